// The receipt page: the sale is done, so the cart it came from is emptied; the paper
// size choice is remembered for the next receipt.
(function () {
  'use strict';
  var receipt = document.getElementById('receipt');
  if (!receipt) { return; }
  try {
    var cart = JSON.parse(localStorage.getItem('cermin.cart'));
    if (cart && cart.key === receipt.dataset.saleKey) { localStorage.removeItem('cermin.cart'); }
  } catch (e) { localStorage.removeItem('cermin.cart'); }
  var paper = document.getElementById('paper');
  var chosen = localStorage.getItem('cermin.paper') || 'paper-58';
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
    if (['paper-58', 'paper-80', 'paper-a4'].indexOf(value) < 0) { value = 'paper-58'; }
    receipt.className = 'receipt ' + value;
    document.body.dataset.paper = value;
    paper.value = value;
    sheet.replaceSync(pageRule(value));
  }
  apply(chosen);
  paper.addEventListener('change', function () { localStorage.setItem('cermin.paper', paper.value); apply(paper.value); });
  document.getElementById('print-receipt').addEventListener('click', function () { window.print(); });
  document.getElementById('new-sale').focus();
}());
