// A receipt or a surat jalan: the sale or transfer is done, so the list it came from
// (data-cart-store, the counter's by default) is emptied; the paper size choice is
// remembered for the next one of its kind (data-paper-store), among the sizes the page offers.
(function () {
  'use strict';
  var receipt = document.getElementById('receipt');
  if (!receipt) { return; }
  var cartStore = receipt.dataset.cartStore || 'cermin.cart';
  try {
    var cart = JSON.parse(localStorage.getItem(cartStore));
    if (cart && cart.key === receipt.dataset.saleKey) { localStorage.removeItem(cartStore); }
  } catch (e) { localStorage.removeItem(cartStore); }
  var paper = document.getElementById('paper');
  var sizes = Array.prototype.map.call(paper.options, function (o) { return o.value; });
  var paperStore = receipt.dataset.paperStore || 'cermin.paper';
  var chosen = localStorage.getItem(paperStore) || sizes[0];
  // The printed page is as wide as the paper and, on a thermal roll, as long as the
  // receipt, so the printer feeds no blank paper. Set through the CSSOM (the page's
  // security policy allows no inline styles).
  var sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [sheet];
  function pageRule(value) {
    if (value === 'paper-a4') { return '@page { size: A4; margin: 15mm; }'; }
    var width = value === 'paper-80' ? 80 : 58;
    var length = Math.ceil(receipt.getBoundingClientRect().height * 25.4 / 96) + 4;
    return '@page { size: ' + width + 'mm ' + length + 'mm; margin: 0; }';
  }
  function apply(value) {
    if (sizes.indexOf(value) < 0) { value = sizes[0]; }
    sizes.forEach(function (size) { receipt.classList.remove(size); });
    receipt.classList.add(value);
    document.body.dataset.paper = value;
    paper.value = value;
    sheet.replaceSync(pageRule(value));
  }
  apply(chosen);
  paper.addEventListener('change', function () { localStorage.setItem(paperStore, paper.value); apply(paper.value); });
  document.getElementById('print-receipt').addEventListener('click', function () { window.print(); });
  var next = document.getElementById('new-sale');
  if (next) { next.focus(); }
}());
