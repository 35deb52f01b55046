// While a "Sinkronkan" run started from this page goes on, ask every second whether it is
// done; then show the page again, which says what the run did.
(function () {
    'use strict';
    var banner = document.getElementById('sync-running');
    if (!banner) {
        return;
    }
    var url = '';
    var ticket = banner.getAttribute('data-ticket');
    function ask() {
        fetch(url + '/api/mirror/run?ticket=' + encodeURIComponent(ticket), {credentials: 'same-origin', cache: 'no-store'})
            .then(function (r) { return r.ok ? r.json() : {done: false}; })
            .then(function (answer) {
                if (answer.done) {
                    window.location.reload();
                } else {
                    window.setTimeout(ask, 1000);
                }
            })
            .catch(function () { window.setTimeout(ask, 2000); });
    }
    window.setTimeout(ask, 1000);
}());
