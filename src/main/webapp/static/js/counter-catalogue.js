// The counter's own copy of every product that scans (/kasir/katalog), fetched once each
// time the page opens: a scanned barcode then becomes a cart line at once, without a
// request. Until it has arrived, or for a barcode it does not know (a product made a
// moment ago), the search box asks the server as before. Stock is not in it: it moves
// with every sale, so the counter asks the server for it after each new line.
(function () {
  'use strict';
  var byCode = null;

  function load(url) {
    fetch(url, { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (catalogue) {
        if (!catalogue) { return; }
        var codes = new Map();
        // A unit's barcode first, so that a product's own barcode wins, as on the server.
        [false, true].forEach(function (base) {
          catalogue.products.forEach(function (p) {
            p[2].forEach(function (u, at) {
              if (u[3] && (at === 0) === base) { codes.set(u[3], { product: p, unit: at }); }
            });
          });
        });
        byCode = codes;
        if (window.performance && performance.mark) { performance.mark('cermin-catalogue-ready'); }
      })
      .catch(function () { /* the server answers every scan instead */ });
  }

  /** The product with this barcode as the search box's lookup gives it (stock: null), or null. */
  function find(code) {
    var hit = byCode && byCode.get(code);
    if (!hit) { return null; }
    var units = hit.product[2].map(function (u) {
      return { code: u[0], factor: u[1], fraction: u[2], barcode: u[3], price: u[4],
        prices: u[5].map(function (r) { return { level: r[0], min: r[1], price: r[2] }; }) };
    });
    var picked = units[hit.unit];
    return { id: hit.product[0], barcode: units[0].barcode, name: hit.product[1], unit: picked.code,
      price: picked.price, fraction: picked.fraction, base: units[0].code, stock: null, units: units };
  }

  window.CerminCatalogue = { load: load, find: find };
}());
