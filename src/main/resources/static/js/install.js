/* Registers the service worker (static/sw.js) that shows the "no connection" page offline; see decision 0035. */
(function () {
  var script = document.currentScript;
  if ('serviceWorker' in navigator && script && script.dataset.worker) {
    navigator.serviceWorker.register(script.dataset.worker).catch(function () {
      // a browser that refuses (private mode, an insecure origin) keeps the plain pages: nothing is lost
    });
  }
})();
