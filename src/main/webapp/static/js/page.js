// What every page shares, without inline script (the pages' policy forbids it):
// - a form with data-confirm asks "Yakin?" (its text) before it is sent;
// - a form with data-progress shows that element while a long request runs, and its
//   buttons cannot be pressed twice;
// - an element with data-bootstrap-status follows a new store filling itself from the hub,
//   and reloads the page when it is done.
(function () {
  'use strict';
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      e.preventDefault();
      return;
    }
    if (form.dataset.progress) {
      var note = document.getElementById(form.dataset.progress);
      if (note) { note.hidden = false; }
      window.setTimeout(function () {
        Array.prototype.forEach.call(form.querySelectorAll('button'), function (b) { b.disabled = true; });
      }, 0);
    }
  });

  function follow(box) {
    var count = box.querySelector('[data-count]');
    var format = new Intl.NumberFormat('id-ID');
    function poll() {
      fetch(box.dataset.bootstrapStatus, { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (status) {
          if (!status) { return; }
          if (status.bootstrapCopied < 0) { window.location.reload(); return; }
          count.textContent = box.dataset.template.replace('{0}', format.format(status.bootstrapCopied));
          window.setTimeout(poll, 2000);
        })
        .catch(function () { window.setTimeout(poll, 5000); });
    }
    window.setTimeout(poll, 2000);
  }
  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-bootstrap-status]'), follow);
  });
}());
