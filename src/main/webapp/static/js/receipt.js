// The receipt page: the sale is done, so the cart it came from is emptied (the paper is
// paper.js's).
(function () {
  'use strict';
  var receipt = document.getElementById('receipt');
  if (!receipt) { return; }
  try {
    var cart = JSON.parse(localStorage.getItem('cermin.cart'));
    if (cart && cart.key === receipt.dataset.saleKey) { localStorage.removeItem('cermin.cart'); }
  } catch (e) { localStorage.removeItem('cermin.cart'); }
  document.getElementById('new-sale').focus();
}());
