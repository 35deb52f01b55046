// The counter page: a cart kept in this browser (it survives a reload), filled by
// barcode scanner or name search, paid and sent to the till in one POST. Prices shown
// here are for the cashier only; the server takes every price from the database.
(function () {
  'use strict';
  var STORE = 'cermin.cart';
  var root = document.getElementById('kasir');
  if (!root) { return; }
  var scan = document.getElementById('scan');
  var list = document.getElementById('suggestions');
  var message = document.getElementById('scan-message');
  var body = document.getElementById('cart-lines');
  var template = document.getElementById('line-template');
  var paid = document.getElementById('paid');
  var form = document.getElementById('pay-form');
  var C = window.CerminCart;
  var money = C.money;
  var parseQty = C.parseQty;
  var parseRupiah = C.parseRupiah;
  var qtyFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 3 });
  var cart = load();
  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(STORE));
      if (saved && saved.key && Array.isArray(saved.lines)) { return saved; }
    } catch (e) { /* a broken cart starts empty */ }
    return { key: C.newKey(), lines: [] };
  }
  function save() { localStorage.setItem(STORE, JSON.stringify(cart)); }
  function lineTotal(line) {
    var q = parseQty(line.qty);
    return isNaN(q) ? 0 : Math.round(q * line.price);
  }
  function total() { return cart.lines.reduce(function (sum, l) { return sum + lineTotal(l); }, 0); }

  // One row per cart line, in cart order. A scan changes one row (or adds one) and the
  // totals; only a removal or a cleared cart draws every row again.
  function newRow(line) {
    var row = template.content.firstElementChild.cloneNode(true);
    row.querySelector('.line-name').textContent = line.name;
    row.querySelector('.line-price').textContent = money(line.price);
    row.querySelector('.line-unit').textContent = line.unit;
    return row;
  }
  function paintRow(row, line, index) {
    var qty = row.querySelector('.line-qty');
    if (qty.value !== line.qty) { qty.value = line.qty; }
    qty.dataset.index = index;
    var q = parseQty(line.qty);
    var bad = isNaN(q) || q <= 0 || (!line.fraction && q % 1 !== 0);
    qty.classList.toggle('invalid', bad);
    row.querySelector('.line-warn').hidden = bad || q <= Number(line.stock);
    row.querySelector('.line-subtotal').textContent = money(lineTotal(line));
    row.querySelector('.line-remove').dataset.index = index;
  }
  function paintTotals() {
    document.getElementById('cart-empty').hidden = cart.lines.length > 0;
    document.getElementById('total').textContent = money(total());
    updateChange();
  }
  function render() {
    var rows = document.createDocumentFragment();
    cart.lines.forEach(function (line, index) {
      var row = newRow(line);
      paintRow(row, line, index);
      rows.appendChild(row);
    });
    body.textContent = '';
    body.appendChild(rows);
    paintTotals();
  }
  function updateChange() {
    var p = parseRupiah(paid.value);
    var change = isNaN(p) ? 0 : p - total();
    document.getElementById('change').textContent = money(Math.max(0, change));
    document.getElementById('pay-message').hidden = isNaN(p) || change >= 0;
  }

  function add(product) {
    var index = cart.lines.findIndex(function (l) { return l.id === product.id; });
    var line = cart.lines[index];
    var added = !line;
    if (!added) {
      var q = parseQty(line.qty);
      line.qty = qtyFormat.format((isNaN(q) ? 0 : q) + 1).replace(/\./g, '');
      paintRow(body.children[index], line, index);
    } else {
      line = { id: product.id, barcode: product.barcode, name: product.name, unit: product.unit,
        price: product.price, fraction: product.fraction, stock: product.stock, qty: '1' };
      cart.lines.push(line);
      index = cart.lines.length - 1;
      var row = newRow(line);
      paintRow(row, line, index);
      body.appendChild(row);
    }
    paintTotals();
    if (product.fraction && added) {
      var qty = body.children[index].querySelector('.line-qty');
      qty.focus();
      qty.select();
    } else {
      scan.focus();
    }
    save();
  }

  /** A barcode already in the cart needs no lookup: its line knows the product. */
  function inCart(barcode) {
    return cart.lines.find(function (l) { return l.barcode && l.barcode === barcode; });
  }

  function say(text) { message.textContent = text || ''; message.hidden = !text; }

  C.searchBox({ input: scan, list: list, url: root.dataset.lookup, onPick: add, say: say, known: inCart,
    onEmptyEnter: function () { paid.focus(); paid.select(); } });
  body.addEventListener('input', function (e) {
    if (!e.target.classList.contains('line-qty')) { return; }
    var index = Number(e.target.dataset.index);
    cart.lines[index].qty = e.target.value;
    save();
    paintRow(e.target.closest('tr'), cart.lines[index], index);
    paintTotals();
  });
  body.addEventListener('keydown', function (e) {
    if (e.target.classList.contains('line-qty') && e.key === 'Enter') { e.preventDefault(); scan.focus(); }
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
    paid.value = '';
    updateChange();
    scan.focus();
  });
  document.getElementById('quick-pay').addEventListener('click', function (e) {
    var button = e.target.closest('button[data-pay]');
    if (!button) { return; }
    paid.value = button.dataset.pay === 'exact' ? String(total()) : button.dataset.pay;
    updateChange();
    paid.focus();
  });
  paid.addEventListener('input', updateChange);
  form.addEventListener('submit', function (e) {
    var p = parseRupiah(paid.value);
    if (!cart.lines.length) { e.preventDefault(); say(root.dataset.empty); scan.focus(); return; }
    if (isNaN(p) || p < total()) {
      e.preventDefault();
      document.getElementById('pay-message').hidden = false;
      paid.focus();
      return;
    }
    document.getElementById('cart-key').value = cart.key;
    var pairs = [];
    cart.lines.forEach(function (line) { pairs.push(['productId', line.id], ['qty', line.qty]); });
    C.hiddenFields(document.getElementById('cart-fields'), pairs);
    document.getElementById('pay-button').disabled = true;
  });

  render();
  if (document.getElementById('checkout-error')) { paid.focus(); } else { scan.focus(); }
}());
