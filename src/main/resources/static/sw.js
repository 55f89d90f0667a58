/*
 * MotCua's service worker (decision 0035): when a page cannot be reached, the phone shows the portal's own
 * "no connection" page instead of the browser's error. Nothing else is cached: every page, form and file comes
 * from the server as before, and no page that names a person is ever stored on the device.
 */
const CACHE = 'motcua-offline-1';
const OFFLINE = new URL('offline', self.location).href;
const KEPT = [OFFLINE, new URL('css/app.css', self.location).href, new URL('images/icon.svg', self.location).href];
const START = new URL('./', self.location).href;

// without cookies: the kept page is the anonymous one, whoever was signed in when it was fetched
function keep(urls) {
  return caches.open(CACHE).then(cache => cache.addAll(urls.map(url => new Request(url, { credentials: 'omit' }))));
}

self.addEventListener('install', event => {
  event.waitUntil(keep(KEPT).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(names => Promise.all(names.filter(name => name !== CACHE).map(name => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).then(response => {
      // the home page opened online takes a fresh copy of the offline page, whose footer gives the hotline
      if (request.url === START && response.ok) {
        event.waitUntil(keep([OFFLINE]).catch(() => undefined));
      }
      return response;
    }).catch(() => caches.match(OFFLINE)));
  }
  else if (KEPT.includes(request.url)) {
    // the network first, so that a new stylesheet is used as soon as it is deployed
    event.respondWith(fetch(request).catch(() => caches.match(request.url)));
  }
});
