// What the counter and the goods-received page share: rupiah and quantity parsing and
// formatting as people type them in Indonesia, cart keys, and the product search box
// (barcode + Enter, or part of a name with suggestions picked by arrow keys + Enter).
(function () {
  'use strict';
  var rupiah = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

  function newKey() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    return 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, function () {
      return (Math.random() * 16 | 0).toString(16);
    });
  }
  function money(n) { return 'Rp ' + rupiah.format(n); }
  // An amount as a person types it in a field: 902.800
  function amount(n) { return rupiah.format(n); }
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

  /**
   * Wires a search box: typing shows suggestions; arrows move, Enter picks; Enter with a
   * code (digits only: a scanned barcode) picks the item with exactly that code; Enter on
   * an empty box calls onEmptyEnter. say(text) shows a message next to the box. Options
   * for other lists (customers): describe(item) for the suggestion's text, codes: false
   * when digits are no code (a phone number), minimum characters before suggesting,
   * notFound: the words before a code found nothing; known(text): the item whose code this
   * is, if the page already knows it (picked without asking the server). Otherwise the words (data-not-found
   * with {0}, data-lookup-failed) come from the page around the box, in its language.
   */
  function searchBox(options) {
    var input = options.input;
    var list = options.list;
    var codes = options.codes !== false;
    var minimum = options.minimum || 2;
    var describe = options.describe || function (item) { return item.name + ' — ' + money(item.price) + ' / ' + item.unit; };
    var page = (input.closest('[data-not-found]') || { dataset: {} }).dataset;
    var items = [];
    var selected = -1;
    var timer = null;

    function isCode(text) { return codes && /^\d+$/.test(text); }
    function show(found) {
      items = found;
      selected = found.length ? 0 : -1;
      list.textContent = '';
      found.forEach(function (item, i) {
        var li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.textContent = describe(item);
        li.classList.toggle('selected', i === selected);
        li.addEventListener('mousedown', function (e) { e.preventDefault(); pick(item); });
        list.appendChild(li);
      });
      list.hidden = found.length === 0;
    }
    function hide() { items = []; selected = -1; list.hidden = true; list.textContent = ''; }
    function pick(item) { hide(); input.value = ''; options.onPick(item); }
    function move(step) {
      if (!items.length) { return; }
      selected = (selected + step + items.length) % items.length;
      Array.prototype.forEach.call(list.children, function (li, i) { li.classList.toggle('selected', i === selected); });
    }
    function lookup(text, exact) {
      return fetch(options.url + '?q=' + encodeURIComponent(text), { credentials: 'same-origin' })
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
        .then(function (found) {
          if (exact && found.length === 1 && (!codes || found[0].barcode === text
              || found[0].units && found[0].units.some(function (u) { return u.barcode === text; }))) {
            pick(found[0]);
            return;
          }
          show(found);
          if (exact && found.length === 0) {
            options.say(options.notFound ? options.notFound + text : page.notFound.replace('{0}', text));
          }
        })
        .catch(function () { options.say(page.lookupFailed); });
    }

    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { e.preventDefault(); move(1); return; }
      if (e.key === 'ArrowUp') { e.preventDefault(); move(-1); return; }
      if (e.key === 'Escape') { hide(); return; }
      if (e.key !== 'Enter') { return; }
      e.preventDefault();
      options.say(null);
      var text = input.value.trim();
      if (!text) { options.onEmptyEnter(); return; }
      if (items.length && selected >= 0 && !isCode(text)) { pick(items[selected]); return; }
      clearTimeout(timer);
      var known = codes && options.known ? options.known(text) : null;
      if (known) { pick(known); return; }
      lookup(text, true);
    });
    input.addEventListener('input', function () {
      options.say(null);
      var text = input.value.trim();
      clearTimeout(timer);
      if (text.length < minimum || isCode(text)) { hide(); return; }
      timer = setTimeout(function () { lookup(text, false); }, 150);
    });
  }

  /** Adds hidden inputs (name/value pairs) to a container, replacing what was there. */
  function hiddenFields(container, pairs) {
    container.textContent = '';
    pairs.forEach(function (pair) {
      var field = document.createElement('input');
      field.type = 'hidden';
      field.name = pair[0];
      field.value = pair[1];
      container.appendChild(field);
    });
  }

  window.CerminCart = { newKey: newKey, money: money, amount: amount, parseQty: parseQty, parseRupiah: parseRupiah,
    searchBox: searchBox, hiddenFields: hiddenFields };
}());
