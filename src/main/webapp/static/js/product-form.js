// The product form: more lines for further units and price rules, and a live warning
// when a price (a unit's own, or a rule's) sells below cost: the harga modal of the base
// unit times the unit's factor. The server checks and saves; this only helps to see.
(function () {
  'use strict';
  var form = document.getElementById('product-form');
  if (!form) { return; }
  var C = { rupiah: function (t) { var v = String(t).replace(/\s/g, ''); return /^(\d{1,3}(\.\d{3})+|\d+)$/.test(v) ? Number(v.replace(/\./g, '')) : NaN; },
    qty: function (t) { var v = String(t).trim(); return /^\d{1,12}([.,]\d{1,3})?$/.test(v) ? Number(v.replace(',', '.')) : NaN; } };
  var format = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
  var box = document.getElementById('below-cost');
  var list = document.getElementById('below-cost-list');

  Array.prototype.forEach.call(form.querySelectorAll('.add-line'), function (button) {
    button.addEventListener('click', function () {
      var body = document.getElementById(button.dataset.table).tBodies[0];
      var row = body.rows[body.rows.length - 1].cloneNode(true);
      Array.prototype.forEach.call(row.querySelectorAll('input, select'), function (field) { field.value = ''; });
      body.appendChild(row);
      row.querySelector('select, input').focus();
    });
  });

  function values(name) {
    return Array.prototype.map.call(form.querySelectorAll('[name="' + name + '"]'), function (f) { return f.value; });
  }
  function check() {
    var cost = C.rupiah(form.elements.costPrice.value);
    var base = form.elements.unitCode.value;
    var factors = {};
    var below = [];
    function test(unit, level, price) {
      var p = C.rupiah(price);
      var unitCost = Math.round(cost * factors[unit]);
      if (!isNaN(p) && factors[unit] && p < unitCost) {
        below.push(box.dataset.pattern.replace('{0}', unit).replace('{1}', box.dataset['level' + level.charAt(0)
          + level.slice(1).toLowerCase()]).replace('{2}', 'Rp ' + format.format(p)).replace('{3}', 'Rp ' + format.format(unitCost)));
      }
    }
    if (!isNaN(cost) && base) {
      factors[base] = 1;
      test(base, 'ECERAN', form.elements.sellPrice.value);
      var units = values('extraUnit');
      var unitFactors = values('extraFactor');
      var unitPrices = values('extraPrice');
      units.forEach(function (unit, i) {
        var f = C.qty(unitFactors[i]);
        if (unit && !isNaN(f) && !factors[unit]) { factors[unit] = f; test(unit, 'ECERAN', unitPrices[i]); }
      });
      var ruleUnits = values('ruleUnit');
      var levels = values('ruleLevel');
      var prices = values('rulePrice');
      ruleUnits.forEach(function (unit, i) { if (unit && levels[i]) { test(unit, levels[i], prices[i]); } });
    }
    list.textContent = '';
    below.forEach(function (line) {
      var li = document.createElement('li');
      li.textContent = line;
      list.appendChild(li);
    });
    box.hidden = below.length === 0;
  }
  form.addEventListener('input', check);
  form.addEventListener('change', check);
}());
