// A receipt or a surat jalan: the sale or transfer is done, so the list it came from
// (data-cart-store, the counter's by default) is emptied (the paper is paper.js's).
(function () {
  'use strict';
  var receipt = document.getElementById('receipt');
  if (!receipt) { return; }
  var cartStore = receipt.dataset.cartStore || 'cermin.cart';
  try {
    var cart = JSON.parse(localStorage.getItem(cartStore));
    if (cart && cart.key === receipt.dataset.saleKey) { localStorage.removeItem(cartStore); }
  } catch (e) { localStorage.removeItem(cartStore); }
  var next = document.getElementById('new-sale');
  if (next) { next.focus(); }
}());
