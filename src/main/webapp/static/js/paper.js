// Printed documents on a receipt roll or A4 (receipts, shift reports, return receipts,
// surat jalan): the paper chosen, among the sizes the page offers, is remembered for the
// next document of its kind (data-paper-store, receipts' by default). The printed page is as wide as
// the paper and, on a thermal roll, as long as the document, so the printer feeds no
// blank paper. Set through the CSSOM (the page's security policy allows no inline styles).
(function () {
  'use strict';
  var doc = document.getElementById('receipt');
  var paper = document.getElementById('paper');
  if (!doc || !paper) { return; }
  var sizes = Array.prototype.map.call(paper.options, function (o) { return o.value; });
  var paperStore = doc.dataset.paperStore || 'cermin.paper';
  var sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [sheet];
  function pageRule(value) {
    if (value === 'paper-a4') { return '@page { size: A4; margin: 15mm; }'; }
    var width = value === 'paper-80' ? 80 : 58;
    var length = Math.ceil(doc.getBoundingClientRect().height * 25.4 / 96) + 4;
    return '@page { size: ' + width + 'mm ' + length + 'mm; margin: 0; }';
  }
  function apply(value) {
    if (sizes.indexOf(value) < 0) { value = sizes[0]; }
    sizes.forEach(function (size) { doc.classList.remove(size); });
    doc.classList.add(value);
    document.body.dataset.paper = value;
    paper.value = value;
    sheet.replaceSync(pageRule(value));
  }
  apply(localStorage.getItem(paperStore) || sizes[0]);
  paper.addEventListener('change', function () { localStorage.setItem(paperStore, paper.value); apply(paper.value); });
  document.getElementById('print-receipt').addEventListener('click', function () { window.print(); });
}());
