// The counter page: a cart kept in this browser (it survives a reload), filled by
// barcode scanner or name search, paid and sent to the till in one POST. Prices shown
// here are for the cashier only; the server takes every price from the database.
// Keys: F2 customer, F3 next unit of the current line, F4 its discount (Shift+F4 the
// sale's), F8 another way to pay (transfer, QRIS, card, bon). A cash sale with no
// customer needs none of them.
(function () {
  'use strict';
  var STORE = 'cermin.cart';
  var root = document.getElementById('kasir');
  if (!root) { return; }
  var C = window.CerminCart;
  var catalogue = window.CerminCatalogue;
  var money = C.money;
  var parseQty = C.parseQty;
  var parseRupiah = C.parseRupiah;
  var text = document.getElementById('kasir-text').dataset;
  var scan = document.getElementById('scan');
  var message = document.getElementById('scan-message');
  var body = document.getElementById('cart-lines');
  var template = document.getElementById('line-template');
  var paid = document.getElementById('paid');
  var saleDisc = document.getElementById('sale-disc');
  var form = document.getElementById('pay-form');
  var payments = document.getElementById('payments');
  var paymentTemplate = document.getElementById('payment-template');
  var menu = document.getElementById('method-menu');
  var customerSearch = document.getElementById('customer-search');
  var customerInput = document.getElementById('customer-q');
  var qrisPanel = document.getElementById('qris-panel');
  var qtyFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 3 });
  var current = -1;
  var cart = load();

  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(STORE));
      if (saved && saved.key && Array.isArray(saved.lines) && saved.lines.every(function (l) { return l.units; })) {
        saved.payments = saved.payments || [];
        return saved;
      }
    } catch (e) { /* a broken cart starts empty */ }
    return { key: C.newKey(), lines: [], customer: null, saleDisc: '', payments: [] };
  }
  function save() { localStorage.setItem(STORE, JSON.stringify(cart)); }
  function level() { return cart.customer ? cart.customer.level : 'ECERAN'; }
  function levelName(code) { return text['level' + code.charAt(0) + code.slice(1).toLowerCase()]; }
  function methodName(code) { return text['method' + code.charAt(0) + code.slice(1).toLowerCase()]; }

  // ---- Prices: the same rule as the server's PriceList, for showing only ----
  function unitOf(line) {
    return line.units.find(function (u) { return u.code === line.unit; }) || line.units[0];
  }
  function priceOf(line) {
    var unit = unitOf(line);
    var q = parseQty(line.qty);
    var best = null;
    unit.prices.forEach(function (rule) {
      if ((rule.level === 'ECERAN' || rule.level === level()) && Number(rule.min) <= q) {
        if (!best || rule.price < best.price || (rule.price === best.price && rule.level === level())) { best = rule; }
      }
    });
    return best || { price: unit.price, level: 'ECERAN', min: '1' };
  }
  function discountOf(textValue, gross) {
    var t = String(textValue || '').trim();
    if (!t) { return 0; }
    var percent = /^(\d{1,3}(?:[.,]\d{1,2})?)\s*%$/.exec(t);
    if (percent) {
      var p = Number(percent[1].replace(',', '.'));
      return p > 100 ? NaN : Math.round(gross * Math.round(p * 100) / 10000);
    }
    return parseRupiah(t);
  }
  function gross(line) {
    var q = parseQty(line.qty);
    return isNaN(q) ? 0 : Math.round(q * priceOf(line).price);
  }
  function lineTotal(line) {
    var g = gross(line);
    var d = discountOf(line.disc, g);
    return isNaN(d) || d > g ? g : g - d;
  }
  function subtotal() { return cart.lines.reduce(function (sum, l) { return sum + lineTotal(l); }, 0); }
  function total() {
    var s = subtotal();
    var d = discountOf(cart.saleDisc, s);
    return isNaN(d) || d > s ? s : s - d;
  }
  function sumOf(bon) {
    return cart.payments.reduce(function (sum, p) {
      var a = parseRupiah(p.amount);
      return sum + ((p.method === 'BON') === bon && !isNaN(a) ? a : 0);
    }, 0);
  }

  // ---- Drawing ----
  function render() {
    body.textContent = '';
    cart.lines.forEach(function (line, index) {
      var row = template.content.firstElementChild.cloneNode(true);
      row.dataset.index = index;
      row.querySelector('.line-name').textContent = line.name;
      var select = row.querySelector('.line-unit');
      line.units.forEach(function (unit) {
        var option = document.createElement('option');
        option.value = unit.code;
        option.textContent = unit.factor === '1' ? unit.code : unit.code + ' (' + unit.factor.replace('.', ',') + ' ' + line.base + ')';
        select.appendChild(option);
      });
      select.value = unitOf(line).code;
      select.dataset.index = index;
      var qty = row.querySelector('.line-qty');
      qty.value = line.qty;
      qty.dataset.index = index;
      var disc = row.querySelector('.line-disc');
      disc.value = line.disc || '';
      disc.dataset.index = index;
      row.querySelector('.line-remove').dataset.index = index;
      body.appendChild(row);
      refreshLine(row, line);
    });
    document.getElementById('cart-empty').hidden = cart.lines.length > 0;
    saleDisc.value = cart.saleDisc || '';
    paid.value = cart.cash || '';
    renderCustomer();
    renderPayments();
    refreshTotals();
  }
  function refreshLine(row, line) {
    var unit = unitOf(line);
    var q = parseQty(line.qty);
    var bad = isNaN(q) || q <= 0 || (!unit.fraction && q % 1 !== 0);
    row.querySelector('.line-qty').classList.toggle('invalid', bad);
    var price = priceOf(line);
    row.querySelector('.line-price').textContent = money(price.price);
    var badge = row.querySelector('.line-level');
    badge.hidden = price.level === 'ECERAN' && Number(price.min) <= 1;
    badge.textContent = levelName(price.level) + (Number(price.min) > 1 ? ' ≥ ' + price.min.replace('.', ',') : '');
    var g = gross(line);
    var d = discountOf(line.disc, g);
    row.querySelector('.line-disc').classList.toggle('invalid', isNaN(d) || d > g);
    row.querySelector('.line-warn').hidden = bad || line.stock == null || q * Number(unit.factor) <= Number(line.stock);
    row.querySelector('.line-subtotal').textContent = money(lineTotal(line));
  }
  function renderCustomer() {
    var c = cart.customer;
    document.getElementById('customer-name').textContent = c ? c.name : text.walkIn;
    document.getElementById('customer-level').textContent = levelName(level());
    document.getElementById('customer-credit').hidden = !c;
    document.getElementById('customer-clear').hidden = !c;
    if (c) {
      document.getElementById('customer-balance').textContent = money(c.balance);
      document.getElementById('customer-limit').textContent = money(c.limit);
    }
    document.getElementById('customer-id').value = c ? c.id : '';
  }
  function renderPayments() {
    payments.textContent = '';
    cart.payments.forEach(function (payment, index) {
      var row = paymentTemplate.content.firstElementChild.cloneNode(true);
      row.dataset.method = payment.method;
      var label = row.querySelector('.pay-method');
      label.textContent = methodName(payment.method);
      var amount = row.querySelector('.pay-amount');
      amount.id = 'pay-amount-' + index;
      label.htmlFor = amount.id;
      amount.value = payment.amount;
      amount.dataset.index = index;
      var ref = row.querySelector('.pay-ref');
      ref.value = payment.ref || '';
      ref.dataset.index = index;
      ref.hidden = payment.method === 'BON';
      row.querySelector('.pay-remove').dataset.index = index;
      payments.appendChild(row);
    });
  }
  function refreshTotals() {
    var t = total();
    document.getElementById('subtotal').textContent = money(subtotal());
    document.getElementById('total').textContent = money(t);
    var nonCash = sumOf(false);
    var bon = sumOf(true);
    var p = paid.value.trim() ? parseRupiah(paid.value) : 0;
    var change = isNaN(p) ? 0 : p + nonCash + bon - t;
    document.getElementById('change').textContent = money(Math.max(0, Math.min(change, isNaN(p) ? 0 : p)));
    document.getElementById('bon-row').hidden = bon === 0;
    document.getElementById('bon-total').textContent = money(bon);
    var problem = null;
    if (nonCash + bon > t) {
      problem = text.over;
    } else if (bon > 0 && !cart.customer) {
      problem = text.bonNeedsCustomer;
    } else if (!isNaN(p) && change < 0 && (paid.value.trim() || cart.payments.length)) {
      problem = text.short + ' ' + money(-change);
    } else if (bon > 0 && cart.customer && cart.customer.balance + bon > cart.customer.limit) {
      problem = text.overLimit;
    }
    var box = document.getElementById('pay-message');
    box.textContent = problem || '';
    box.hidden = !problem;
    box.classList.toggle('alert-warn', problem === text.overLimit);
    box.classList.toggle('alert-error', problem !== text.overLimit);
    if (qrisPanel) {
      var qris = cart.payments.filter(function (pm) { return pm.method === 'QRIS'; })
        .reduce(function (sum, pm) { var a = parseRupiah(pm.amount); return sum + (isNaN(a) ? 0 : a); }, 0);
      qrisPanel.hidden = qris === 0;
      document.getElementById('qris-amount').textContent = money(qris);
    }
  }

  // ---- Lines ----
  function add(product) {
    var existing = cart.lines.find(function (l) { return l.id === product.id && l.unit === product.unit; });
    if (existing) {
      var q = parseQty(existing.qty);
      existing.qty = qtyFormat.format((isNaN(q) ? 0 : q) + 1).replace(/\./g, '');
      current = cart.lines.indexOf(existing);
    } else {
      cart.lines.push({ id: product.id, name: product.name, base: product.base, units: product.units,
        unit: product.unit, stock: product.stock, qty: '1', disc: '' });
      current = cart.lines.length - 1;
    }
    save();
    render();
    if (product.stock === null && !existing) { askServer(cart.lines[current]); }
    if (product.fraction && !existing) {
      focusLine(current, '.line-qty');
    } else {
      scan.focus();
    }
  }
  // A line from the page's catalogue: the server says its stock, and whether the product
  // still sells as the catalogue said (price, units, not archived since the page opened).
  function askServer(line) {
    var coded = line.units.find(function (u) { return u.barcode; });
    if (!coded) { return; }
    fetch(root.dataset.lookup + '?q=' + encodeURIComponent(coded.barcode), { credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (found) {
        var now = found.length === 1 && found[0].id === line.id ? found[0] : null;
        var changed = false;
        cart.lines = cart.lines.filter(function (l) {
          if (l.id !== line.id) { return true; }
          if (!now) { changed = true; return false; }
          if (l.name !== now.name || JSON.stringify(l.units) !== JSON.stringify(now.units)) {
            l.name = now.name;
            l.units = now.units;
            changed = true;
          }
          l.stock = now.stock;
          return true;
        });
        save();
        if (!now) { say(root.dataset.notFound.replace('{0}', coded.barcode)); }
        if (changed) {
          redrawKeepingFocus();
        } else {
          Array.prototype.forEach.call(body.querySelectorAll('tr[data-index]'), function (row) {
            var l = cart.lines[Number(row.dataset.index)];
            if (l && l.id === line.id) { refreshLine(row, l); }
          });
        }
      })
      .catch(function () { /* the stock stays unknown; the sale is checked by the server at Bayar */ });
  }
  function redrawKeepingFocus() {
    var active = document.activeElement;
    var row = active && active.closest ? active.closest('#cart-lines tr') : null;
    var field = row ? ['.line-qty', '.line-disc', '.line-unit'].find(function (f) { return active.matches(f); }) : null;
    var index = row ? Number(row.dataset.index) : -1;
    current = Math.min(current, cart.lines.length - 1);
    render();
    var again = field ? body.querySelector('tr[data-index="' + index + '"] ' + field) : null;
    if (again) { again.focus(); }
  }
  function focusLine(index, selector) {
    var row = body.querySelector('tr[data-index="' + index + '"]');
    if (!row) { return; }
    var input = row.querySelector(selector);
    input.focus();
    if (input.select) { input.select(); }
  }
  function currentLine() {
    var row = document.activeElement && document.activeElement.closest ? document.activeElement.closest('#cart-lines tr') : null;
    if (row) { return Number(row.dataset.index); }
    return current >= 0 && current < cart.lines.length ? current : cart.lines.length - 1;
  }
  function nextUnit() {
    var index = currentLine();
    if (index < 0) { return; }
    var line = cart.lines[index];
    var at = line.units.indexOf(unitOf(line));
    line.unit = line.units[(at + 1) % line.units.length].code;
    current = index;
    save();
    render();
    focusLine(index, '.line-qty');
  }
  function say(textValue) { message.textContent = textValue || ''; message.hidden = !textValue; }

  catalogue.load(root.dataset.catalogue);
  C.searchBox({ input: scan, list: document.getElementById('suggestions'), url: root.dataset.lookup, onPick: add,
    known: catalogue.find, say: say, onEmptyEnter: function () { paid.focus(); paid.select(); } });
  body.addEventListener('input', function (e) {
    var index = Number(e.target.dataset.index);
    var line = cart.lines[index];
    if (!line) { return; }
    if (e.target.classList.contains('line-qty')) { line.qty = e.target.value; }
    if (e.target.classList.contains('line-disc')) { line.disc = e.target.value; }
    save();
    refreshLine(e.target.closest('tr'), line);
    refreshTotals();
  });
  body.addEventListener('change', function (e) {
    if (!e.target.classList.contains('line-unit')) { return; }
    var index = Number(e.target.dataset.index);
    cart.lines[index].unit = e.target.value;
    current = index;
    save();
    render();
    focusLine(index, '.line-qty');
  });
  body.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && (e.target.classList.contains('line-qty') || e.target.classList.contains('line-disc'))) {
      e.preventDefault();
      scan.focus();
    }
  });
  body.addEventListener('focusin', function (e) {
    var row = e.target.closest('tr');
    if (row) { current = Number(row.dataset.index); }
  });
  body.addEventListener('click', function (e) {
    var button = e.target.closest('.line-remove');
    if (!button) { return; }
    cart.lines.splice(Number(button.dataset.index), 1);
    current = cart.lines.length - 1;
    save();
    render();
    scan.focus();
  });

  // ---- Customer (F2) ----
  function openCustomerSearch() {
    customerSearch.hidden = false;
    customerInput.value = '';
    customerInput.focus();
  }
  function setCustomer(customer) {
    cart.customer = customer;
    if (!customer) {
      cart.payments = cart.payments.filter(function (p) { return p.method !== 'BON'; });
    }
    customerSearch.hidden = true;
    save();
    render();
    scan.focus();
  }
  C.searchBox({ input: customerInput, list: document.getElementById('customer-suggestions'),
    url: root.dataset.customers, onPick: setCustomer, say: say, minimum: 1, codes: false,
    notFound: text.customerNotFound + ' ',
    describe: function (c) { return c.name + (c.phone ? ' · ' + c.phone : '') + ' — ' + levelName(c.level); },
    onEmptyEnter: function () { setCustomer(null); } });
  customerInput.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { customerSearch.hidden = true; scan.focus(); }
  });
  document.getElementById('customer-clear').addEventListener('click', function () { setCustomer(null); });

  // ---- Ways to pay (F8) ----
  function openMenu() {
    menu.hidden = false;
    var options = menu.querySelectorAll('.method-option');
    options.forEach(function (o, i) { o.classList.toggle('selected', i === 0); });
    menu.tabIndex = -1;
    menu.focus();
  }
  function addPayment(method) {
    menu.hidden = true;
    var due = Math.max(0, total() - sumOf(false) - sumOf(true));
    cart.payments.push({ method: method, amount: C.amount(due), ref: '' });
    save();
    renderPayments();
    refreshTotals();
    var inputs = payments.querySelectorAll('.pay-amount');
    inputs[inputs.length - 1].focus();
    inputs[inputs.length - 1].select();
  }
  menu.addEventListener('keydown', function (e) {
    var options = Array.prototype.slice.call(menu.querySelectorAll('.method-option'));
    var at = options.findIndex(function (o) { return o.classList.contains('selected'); });
    if (/^[1-4]$/.test(e.key)) { e.preventDefault(); addPayment(options[Number(e.key) - 1].dataset.method); return; }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      at = (at + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length;
      options.forEach(function (o, i) { o.classList.toggle('selected', i === at); });
      return;
    }
    if (e.key === 'Enter') { e.preventDefault(); addPayment(options[Math.max(0, at)].dataset.method); return; }
    if (e.key === 'Escape') { e.preventDefault(); menu.hidden = true; paid.focus(); }
  });
  menu.addEventListener('click', function (e) {
    var option = e.target.closest('.method-option');
    if (option) { addPayment(option.dataset.method); }
  });
  document.getElementById('add-payment').addEventListener('click', openMenu);
  payments.addEventListener('input', function (e) {
    var payment = cart.payments[Number(e.target.dataset.index)];
    if (!payment) { return; }
    if (e.target.classList.contains('pay-amount')) { payment.amount = e.target.value; }
    if (e.target.classList.contains('pay-ref')) { payment.ref = e.target.value; }
    save();
    refreshTotals();
  });
  payments.addEventListener('click', function (e) {
    var button = e.target.closest('.pay-remove');
    if (!button) { return; }
    cart.payments.splice(Number(button.dataset.index), 1);
    save();
    renderPayments();
    refreshTotals();
    paid.focus();
  });

  // ---- Keys ----
  document.addEventListener('keydown', function (e) {
    if (e.key === 'F2') { e.preventDefault(); openCustomerSearch(); }
    if (e.key === 'F3') { e.preventDefault(); nextUnit(); }
    if (e.key === 'F4' && e.shiftKey) { e.preventDefault(); saleDisc.focus(); saleDisc.select(); return; }
    if (e.key === 'F4' && cart.lines.length) { e.preventDefault(); focusLine(currentLine(), '.line-disc'); }
    if (e.key === 'F8') { e.preventDefault(); openMenu(); }
  });
  saleDisc.addEventListener('input', function () { cart.saleDisc = saleDisc.value; save(); refreshTotals(); });
  saleDisc.addEventListener('keydown', function (e) {
    if (e.key === 'Enter') { e.preventDefault(); paid.focus(); paid.select(); }
  });
  document.getElementById('clear-cart').addEventListener('click', function () {
    cart = { key: C.newKey(), lines: [], customer: null, saleDisc: '', payments: [] };
    save();
    render();
    scan.focus();
  });
  document.getElementById('quick-pay').addEventListener('click', function (e) {
    var button = e.target.closest('button[data-pay]');
    if (!button) { return; }
    paid.value = button.dataset.pay === 'exact' ? String(Math.max(0, total() - sumOf(false) - sumOf(true)))
      : button.dataset.pay;
    cart.cash = paid.value;
    save();
    refreshTotals();
    paid.focus();
  });
  paid.addEventListener('input', function () { cart.cash = paid.value; save(); refreshTotals(); });
  form.addEventListener('submit', function (e) {
    var t = total();
    var p = paid.value.trim() ? parseRupiah(paid.value) : 0;
    var box = document.getElementById('pay-message');
    if (!cart.lines.length) { e.preventDefault(); say(text.empty); scan.focus(); return; }
    refreshTotals();
    var blocking = !box.hidden && box.classList.contains('alert-error');
    if (isNaN(p) || blocking || p + sumOf(false) + sumOf(true) < t) {
      e.preventDefault();
      box.hidden = false;
      if (!box.textContent) { box.textContent = text.short + ' ' + money(t - sumOf(false) - sumOf(true)); }
      paid.focus();
      return;
    }
    document.getElementById('cart-key').value = cart.key;
    var pairs = [];
    cart.lines.forEach(function (line) {
      pairs.push(['productId', line.id], ['unit', unitOf(line).code], ['qty', line.qty], ['disc', line.disc || '']);
    });
    cart.payments.forEach(function (payment) {
      pairs.push(['payMethod', payment.method], ['payAmount', payment.amount], ['payRef', payment.ref || '']);
    });
    C.hiddenFields(document.getElementById('cart-fields'), pairs);
    document.getElementById('pay-button').disabled = true;
  });

  render();
  cart.lines.filter(function (l) { return l.stock === null; }).forEach(askServer);
  var approval = document.getElementById('approval');
  if (root.dataset.approval) {
    approval.hidden = false;
    document.getElementById('approver').focus();
  } else if (document.getElementById('checkout-error')) {
    paid.focus();
  } else {
    scan.focus();
  }
}());
