// The counter kiosk with script: instead of reloading on a timer (the <noscript> meta refresh), the
// waiting screen asks the server every few seconds and changes only when the desk opened a service;
// the thanks and refusal screens go back to waiting after a few seconds.
(function () {
  'use strict';
  var body = document.body;
  var seconds = parseInt(body.getAttribute('data-refresh-seconds') || '', 10);
  var url = body.getAttribute('data-refresh-url');
  var state = body.getAttribute('data-state');
  if (!seconds || !url) {
    return;
  }
  function later(action) {
    window.setTimeout(action, seconds * 1000);
  }
  if (state !== 'waiting') {
    later(function () { window.location.replace(url); });
    return;
  }
  function poll() {
    window.fetch(url, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var next = new window.DOMParser().parseFromString(html, 'text/html').body.getAttribute('data-state');
        if (next && next !== state) {
          window.location.replace(url);
        } else {
          later(poll);
        }
      })
      .catch(function () { later(poll); });
  }
  later(poll);
}());
