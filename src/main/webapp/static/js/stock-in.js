// Barang masuk: a list of received goods kept in this browser until saved, each line
// in one of the product's units with its quantity and the cost paid for one of that unit
// (pre-filled with the current harga modal), and a warning when that cost is above the
// unit's selling price.
(function () {
  'use strict';
  var STORE = 'cermin.stockin';
  var root = document.getElementById('stock-in');
  if (!root) { return; }
  var C = window.CerminCart;
  var scan = document.getElementById('scan');
  var message = document.getElementById('scan-message');
  var body = document.getElementById('cart-lines');
  var template = document.getElementById('line-template');
  var form = document.getElementById('stock-in-form');
  var cart = load();

  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(STORE));
      if (saved && saved.key && Array.isArray(saved.lines) && saved.lines.every(function (l) { return l.units; })) {
        return saved;
      }
    } catch (e) { /* a broken list starts empty */ }
    return { key: C.newKey(), lines: [] };
  }
  function save() { localStorage.setItem(STORE, JSON.stringify(cart)); }
  function lineTotal(line) {
    var q = C.parseQty(line.qty);
    var cost = C.parseRupiah(line.cost);
    return isNaN(q) || isNaN(cost) ? 0 : Math.round(q * cost);
  }
  function total() { return cart.lines.reduce(function (sum, l) { return sum + lineTotal(l); }, 0); }
  function say(text) { message.textContent = text || ''; message.hidden = !text; }

  function render() {
    body.textContent = '';
    cart.lines.forEach(function (line, index) {
      var row = template.content.firstElementChild.cloneNode(true);
      row.querySelector('.line-name').textContent = line.name;
      var select = row.querySelector('.line-unit');
      line.units.forEach(function (unit) {
        var option = document.createElement('option');
        option.value = unit.code;
        option.textContent = unit.code;
        select.appendChild(option);
      });
      select.value = line.unit;
      select.dataset.index = index;
      warnBelowCost(row, line);
      ['qty', 'cost'].forEach(function (field) {
        var input = row.querySelector('.line-' + field);
        input.value = line[field];
        input.dataset.index = index;
        input.dataset.field = field;
      });
      row.querySelector('.line-subtotal').textContent = C.money(lineTotal(line));
      row.querySelector('.line-remove').dataset.index = index;
      body.appendChild(row);
    });
    document.getElementById('cart-empty').hidden = cart.lines.length > 0;
    document.getElementById('total').textContent = C.money(total());
  }

  function unitOf(line) {
    return line.units.find(function (u) { return u.code === line.unit; }) || line.units[0];
  }
  function warnBelowCost(row, line) {
    var cost = C.parseRupiah(line.cost);
    var price = unitOf(line).price;
    var badge = row.querySelector('.line-below-cost');
    badge.hidden = isNaN(cost) || cost <= price;
    badge.textContent = root.dataset.belowCost + ' ' + C.money(price);
  }

  function add(product) {
    cart.lines.push({ id: product.id, name: product.name, units: product.units, unit: product.unit, qty: '1',
      cost: String(product.cost) });
    save();
    render();
    var inputs = body.querySelectorAll('.line-qty');
    inputs[inputs.length - 1].focus();
    inputs[inputs.length - 1].select();
  }

  C.searchBox({ input: scan, list: document.getElementById('suggestions'), url: root.dataset.lookup,
    onPick: add, say: say, onEmptyEnter: function () { document.getElementById('f-supplier').focus(); } });

  body.addEventListener('input', function (e) {
    var field = e.target.dataset.field;
    if (!field) { return; }
    var line = cart.lines[Number(e.target.dataset.index)];
    line[field] = e.target.value;
    save();
    warnBelowCost(e.target.closest('tr'), line);
    e.target.closest('tr').querySelector('.line-subtotal').textContent = C.money(lineTotal(line));
    document.getElementById('total').textContent = C.money(total());
  });
  body.addEventListener('change', function (e) {
    if (!e.target.classList.contains('line-unit')) { return; }
    var line = cart.lines[Number(e.target.dataset.index)];
    line.unit = e.target.value;
    line.cost = String(unitOf(line).cost);
    save();
    render();
  });
  body.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' || !e.target.dataset.field) { return; }
    e.preventDefault();
    if (e.target.dataset.field === 'qty') {
      var cost = e.target.closest('tr').querySelector('.line-cost');
      cost.focus();
      cost.select();
    } else {
      scan.focus();
    }
  });
  body.addEventListener('click', function (e) {
    var button = e.target.closest('.line-remove');
    if (!button) { return; }
    cart.lines.splice(Number(button.dataset.index), 1);
    save();
    render();
    scan.focus();
  });
  document.getElementById('clear-cart').addEventListener('click', function () {
    cart = { key: C.newKey(), lines: [] };
    save();
    render();
    scan.focus();
  });
  form.addEventListener('submit', function (e) {
    if (!cart.lines.length) { e.preventDefault(); say(root.dataset.empty); scan.focus(); return; }
    document.getElementById('cart-key').value = cart.key;
    var pairs = [];
    cart.lines.forEach(function (l) {
      pairs.push(['productId', l.id], ['unit', l.unit], ['qty', l.qty], ['cost', l.cost]);
    });
    C.hiddenFields(document.getElementById('cart-fields'), pairs);
    document.getElementById('save-button').disabled = true;
  });
  // A saved list is done: the page after saving shows the success message.
  if (document.querySelector('.alert-success')) {
    cart = { key: C.newKey(), lines: [] };
    save();
  }
  render();
  scan.focus();
}());
