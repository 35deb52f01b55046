// A print button for pages that print as they are (reports on A4).
(function () {
  'use strict';
  var button = document.getElementById('print-report');
  if (button) { button.addEventListener('click', function () { window.print(); }); }
}());
