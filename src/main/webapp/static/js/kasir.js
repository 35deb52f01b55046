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
  var rupiah = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
  var qtyFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 3 });
  var cart = load();
  var suggestions = [];
  var selected = -1;
  var timer = null;

  function newKey() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    return 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, function () {
      return (Math.random() * 16 | 0).toString(16);
    });
  }
  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(STORE));
      if (saved && saved.key && Array.isArray(saved.lines)) { return saved; }
    } catch (e) { /* a broken cart starts empty */ }
    return { key: newKey(), lines: [] };
  }
  function save() { localStorage.setItem(STORE, JSON.stringify(cart)); }
  function money(n) { return 'Rp ' + rupiah.format(n); }
  function parseQty(text) {
    var t = String(text).trim();
    if (!/^\d{1,9}([.,]\d{1,3})?$/.test(t)) { return NaN; }
    return Number(t.replace(',', '.'));
  }
  function parseRupiah(text) {
    var t = String(text).replace(/\s/g, '');
    if (!/^(\d{1,3}(\.\d{3})+|\d+)$/.test(t)) { return NaN; }
    return Number(t.replace(/\./g, ''));
  }
  function lineTotal(line) {
    var q = parseQty(line.qty);
    return isNaN(q) ? 0 : Math.round(q * line.price);
  }
  function total() { return cart.lines.reduce(function (sum, l) { return sum + lineTotal(l); }, 0); }

  function render() {
    body.textContent = '';
    cart.lines.forEach(function (line, index) {
      var row = template.content.firstElementChild.cloneNode(true);
      row.querySelector('.line-name').textContent = line.name;
      row.querySelector('.line-price').textContent = money(line.price);
      row.querySelector('.line-unit').textContent = line.unit;
      var qty = row.querySelector('.line-qty');
      qty.value = line.qty;
      qty.dataset.index = index;
      var q = parseQty(line.qty);
      var bad = isNaN(q) || q <= 0 || (!line.fraction && q % 1 !== 0);
      qty.classList.toggle('invalid', bad);
      row.querySelector('.line-warn').hidden = bad || q <= Number(line.stock);
      row.querySelector('.line-subtotal').textContent = money(lineTotal(line));
      row.querySelector('.line-remove').dataset.index = index;
      body.appendChild(row);
    });
    document.getElementById('cart-empty').hidden = cart.lines.length > 0;
    document.getElementById('total').textContent = money(total());
    updateChange();
  }
  function updateChange() {
    var p = parseRupiah(paid.value);
    var change = isNaN(p) ? 0 : p - total();
    document.getElementById('change').textContent = money(Math.max(0, change));
    document.getElementById('pay-message').hidden = isNaN(p) || change >= 0;
  }

  function add(product) {
    var existing = cart.lines.find(function (l) { return l.id === product.id; });
    if (existing) {
      var q = parseQty(existing.qty);
      existing.qty = qtyFormat.format((isNaN(q) ? 0 : q) + 1).replace(/\./g, '');
    } else {
      cart.lines.push({ id: product.id, name: product.name, unit: product.unit, price: product.price,
        fraction: product.fraction, stock: product.stock, qty: '1' });
    }
    save();
    render();
    hideSuggestions();
    scan.value = '';
    if (product.fraction && !existing) {
      var inputs = body.querySelectorAll('.line-qty');
      var last = inputs[inputs.length - 1];
      last.focus();
      last.select();
    } else {
      scan.focus();
    }
  }

  function lookup(text, exact) {
    return fetch(root.dataset.lookup + '?q=' + encodeURIComponent(text), { credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (items) {
        if (exact && items.length === 1 && items[0].barcode === text) { add(items[0]); return; }
        showSuggestions(items);
        if (exact && items.length === 0) { say('Barang tidak ditemukan: ' + text); }
      })
      .catch(function () { say('Pencarian gagal, coba lagi.'); });
  }
  function say(text) { message.textContent = text; message.hidden = false; }
  function showSuggestions(items) {
    suggestions = items;
    selected = items.length ? 0 : -1;
    list.textContent = '';
    items.forEach(function (item, i) {
      var li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.textContent = item.name + ' — ' + money(item.price) + ' / ' + item.unit;
      li.addEventListener('mousedown', function (e) { e.preventDefault(); add(item); });
      li.classList.toggle('selected', i === selected);
      list.appendChild(li);
    });
    list.hidden = items.length === 0;
  }
  function hideSuggestions() { suggestions = []; selected = -1; list.hidden = true; list.textContent = ''; }
  function moveSelection(step) {
    if (!suggestions.length) { return; }
    selected = (selected + step + suggestions.length) % suggestions.length;
    Array.prototype.forEach.call(list.children, function (li, i) { li.classList.toggle('selected', i === selected); });
  }

  scan.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown') { e.preventDefault(); moveSelection(1); return; }
    if (e.key === 'ArrowUp') { e.preventDefault(); moveSelection(-1); return; }
    if (e.key === 'Escape') { hideSuggestions(); return; }
    if (e.key !== 'Enter') { return; }
    e.preventDefault();
    message.hidden = true;
    var text = scan.value.trim();
    if (!text) { paid.focus(); paid.select(); return; }
    if (suggestions.length && selected >= 0 && !/^\d+$/.test(text)) { add(suggestions[selected]); return; }
    clearTimeout(timer);
    lookup(text, true);
  });
  scan.addEventListener('input', function () {
    message.hidden = true;
    var text = scan.value.trim();
    clearTimeout(timer);
    if (text.length < 2 || /^\d+$/.test(text)) { hideSuggestions(); return; }
    timer = setTimeout(function () { lookup(text, false); }, 150);
  });
  body.addEventListener('input', function (e) {
    if (!e.target.classList.contains('line-qty')) { return; }
    var index = Number(e.target.dataset.index);
    cart.lines[index].qty = e.target.value;
    save();
    var q = parseQty(e.target.value);
    var line = cart.lines[index];
    var bad = isNaN(q) || q <= 0 || (!line.fraction && q % 1 !== 0);
    e.target.classList.toggle('invalid', bad);
    var row = e.target.closest('tr');
    row.querySelector('.line-subtotal').textContent = money(lineTotal(line));
    row.querySelector('.line-warn').hidden = bad || q <= Number(line.stock);
    document.getElementById('total').textContent = money(total());
    updateChange();
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
    cart = { key: newKey(), lines: [] };
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
    if (!cart.lines.length) { e.preventDefault(); say('Keranjang masih kosong.'); scan.focus(); return; }
    if (isNaN(p) || p < total()) {
      e.preventDefault();
      document.getElementById('pay-message').hidden = false;
      paid.focus();
      return;
    }
    document.getElementById('cart-key').value = cart.key;
    var fields = document.getElementById('cart-fields');
    fields.textContent = '';
    cart.lines.forEach(function (line) {
      [['productId', line.id], ['qty', line.qty]].forEach(function (pair) {
        var input = document.createElement('input');
        input.type = 'hidden';
        input.name = pair[0];
        input.value = pair[1];
        fields.appendChild(input);
      });
    });
    document.getElementById('pay-button').disabled = true;
  });

  render();
  if (document.getElementById('checkout-error')) { paid.focus(); } else { scan.focus(); }
}());
