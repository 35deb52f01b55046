// A sheet of labels prints on its own paper: A4 label sheets (3 × 8, no page margin) or
// one 58 × 30 mm label per page of a thermal roll. Set through the CSSOM (no inline styles).
(function () {
  'use strict';
  var labels = document.getElementById('labels');
  if (!labels) { return; }
  var sheet = new CSSStyleSheet();
  sheet.replaceSync(labels.dataset.paper === '58' ? '@page { size: 58mm 30mm; margin: 0; }'
    : '@page { size: A4; margin: 0; }');
  document.adoptedStyleSheets = [sheet];
  document.body.dataset.paper = 'labels';
}());
