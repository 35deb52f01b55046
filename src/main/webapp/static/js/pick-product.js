// One product picked for a form (an opname count, an adjustment, a label): scan its
// barcode or type part of its name, pick it, then type the quantity and press Enter.
(function () {
  'use strict';
  var form = document.getElementById('count-form');
  if (!form) { return; }
  var C = window.CerminCart;
  var message = document.getElementById('scan-message');
  var quantity = document.getElementById('f-counted');
  function say(text) { message.textContent = text || ''; message.hidden = !text; }
  C.searchBox({ input: document.getElementById('scan'), list: document.getElementById('suggestions'),
    url: form.dataset.lookup, say: say,
    onPick: function (product) {
      document.getElementById('count-product-id').value = product.id;
      document.getElementById('count-product-name').value = product.name;
      document.getElementById('count-picked').textContent = product.name + ' (' + product.unit + ')';
      quantity.focus();
      quantity.select();
    },
    onEmptyEnter: function () { quantity.focus(); } });
  form.addEventListener('submit', function (e) {
    if (!document.getElementById('count-product-id').value) {
      e.preventDefault();
      say(form.dataset.pickFirst);
      document.getElementById('scan').focus();
    }
  });
}());
