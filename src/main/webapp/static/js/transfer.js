// Kirim barang: the list of goods to send kept in this browser until sent, each line
// with how much this store has of it and how much goes.
(function () {
  'use strict';
  var STORE = 'cermin.transfer';
  var root = document.getElementById('transfer');
  if (!root) { return; }
  var C = window.CerminCart;
  var scan = document.getElementById('scan');
  var message = document.getElementById('scan-message');
  var body = document.getElementById('cart-lines');
  var template = document.getElementById('line-template');
  var form = document.getElementById('transfer-form');
  var cart = load();

  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(STORE));
      if (saved && saved.key && Array.isArray(saved.lines)) { return saved; }
    } catch (e) { /* a broken list starts empty */ }
    return { key: C.newKey(), lines: [] };
  }
  function save() { localStorage.setItem(STORE, JSON.stringify(cart)); }
  // "12.500" from the server as people write it here: "12,5".
  function quantityText(plain) {
    var text = String(plain);
    if (text.indexOf('.') >= 0) { text = text.replace(/0+$/, '').replace(/\.$/, ''); }
    return text.replace('.', ',');
  }
  function say(text) { message.textContent = text || ''; message.hidden = !text; }

  function render() {
    body.textContent = '';
    cart.lines.forEach(function (line, index) {
      var row = template.content.firstElementChild.cloneNode(true);
      row.querySelector('.line-name').textContent = line.name;
      row.querySelector('.line-unit').textContent = line.unit;
      row.querySelector('.line-shelf').textContent = line.shelf + ' ' + line.unit;
      var qty = row.querySelector('.line-qty');
      qty.value = line.qty;
      qty.dataset.index = index;
      row.querySelector('.line-remove').dataset.index = index;
      body.appendChild(row);
    });
    document.getElementById('cart-empty').hidden = cart.lines.length > 0;
  }

  function add(product) {
    cart.lines.push({ id: product.id, name: product.name, unit: product.unit, shelf: quantityText(product.stock),
      qty: '1' });
    save();
    render();
    var inputs = body.querySelectorAll('.line-qty');
    inputs[inputs.length - 1].focus();
    inputs[inputs.length - 1].select();
  }

  C.searchBox({ input: scan, list: document.getElementById('suggestions'), url: root.dataset.lookup,
    onPick: add, say: say, onEmptyEnter: function () { document.getElementById('f-toStore').focus(); } });

  body.addEventListener('input', function (e) {
    if (!e.target.classList.contains('line-qty')) { return; }
    cart.lines[Number(e.target.dataset.index)].qty = e.target.value;
    save();
  });
  body.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' || !e.target.classList.contains('line-qty')) { return; }
    e.preventDefault();
    scan.focus();
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
    cart.lines.forEach(function (l) { pairs.push(['productId', l.id], ['qty', l.qty]); });
    C.hiddenFields(document.getElementById('cart-fields'), pairs);
    document.getElementById('send-button').disabled = true;
  });
  render();
  scan.focus();
}());
