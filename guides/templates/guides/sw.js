/* Sổ tay số service worker: pages opened or saved stay readable without a signal. Version {{ version }}. */
"use strict";
var SHELL = "sotayso-shell-{{ version }}";
// Pages opened while online. The name changed when the worker began keeping only pages that are the same for
// everyone: the older "sotayso-pages" could hold a signed-in page, and is dropped on activation.
var PAGES = "sotayso-public-pages";
var SAVED = "sotayso-saved";
var OFFLINE_URL = "/khong-co-mang/";
var SHELL_URLS = [{% for url in shell_urls %}"{{ url|escapejs }}"{% if not forloop.last %}, {% endif %}{% endfor %}];
var PUBLIC_COPY_HEADER = "{{ public_copy_header|escapejs }}";
// The Cache-Control of an answer built for someone in particular, as the server marks it (site/core/personal_responses.py).
var PRIVATE_CACHE_CONTROL = new RegExp("{{ private_cache_control|escapejs }}", "i");

function publicCopy(url) {
    // The copy every anonymous reader gets, whoever is signed in (site/core/personal_responses.py).
    var headers = {};
    headers[PUBLIC_COPY_HEADER] = "1";
    return new Request(url, { headers: headers });
}

function sameForEveryone(response) {
    // The server marks every answer built for someone in particular private, no-store: never kept on the phone.
    return !PRIVATE_CACHE_CONTROL.test(response.headers.get("Cache-Control") || "");
}

function mayKeep(response) {
    return response.ok && response.type === "basic" && !response.redirected && sameForEveryone(response);
}

function isOurs(key) {
    return key === SHELL || key === PAGES || key === SAVED;
}

self.addEventListener("install", function (event) {
    event.waitUntil(caches.open(SHELL).then(function (cache) {
        return cache.addAll(SHELL_URLS.map(publicCopy));
    }).then(function () {
        return self.skipWaiting();
    }));
});

self.addEventListener("activate", function (event) {
    event.waitUntil(caches.keys().then(function (keys) {
        return Promise.all(keys.filter(function (key) {
            return key.indexOf("sotayso-") === 0 && !isOurs(key);
        }).map(function (key) { return caches.delete(key); }));
    }).then(function () { return self.clients.claim(); }));
});

/* After a sign-out (accounts/signed_out.html asks): nothing kept may be personal. The worker never stores such a
   page, so this finds something only if a page changed its answer since; guides saved for offline reading are
   copies for everyone and stay. */
function dropPersonal() {
    return caches.keys().then(function (keys) {
        return Promise.all(keys.filter(function (key) { return key.indexOf("sotayso-") === 0; }).map(function (key) {
            if (!isOurs(key)) { return caches.delete(key); }
            return caches.open(key).then(function (cache) {
                return cache.keys().then(function (requests) {
                    return Promise.all(requests.map(function (request) {
                        return cache.match(request).then(function (response) {
                            return response && sameForEveryone(response) ? null : cache.delete(request);
                        });
                    }));
                });
            });
        }));
    });
}

self.addEventListener("message", function (event) {
    if (event.data === "signed-out") {
        event.waitUntil(dropPersonal().then(function () {
            if (event.source) { event.source.postMessage("personal-dropped"); }
        }));
    }
});

function fromCaches(request) {
    return caches.match(request, { ignoreVary: true });
}

self.addEventListener("fetch", function (event) {
    var request = event.request;
    var url = new URL(request.url);
    if (request.method !== "GET" || url.origin !== self.location.origin) {
        return;
    }
    if (request.mode === "navigate") {
        event.respondWith(fetch(request).then(function (response) {
            if (mayKeep(response)) {
                var copy = response.clone();
                caches.open(PAGES).then(function (cache) { cache.put(request, copy); });
            }
            return response;
        }).catch(function () {
            return fromCaches(request).then(function (cached) { return cached || caches.match(OFFLINE_URL); });
        }));
        return;
    }
    if (url.pathname.indexOf("/static/") === 0 || url.pathname.indexOf("/media/") === 0 || /\/ma-qr\/$/.test(url.pathname)) {
        event.respondWith(fromCaches(request).then(function (cached) {
            return cached || fetch(request).then(function (response) {
                if (mayKeep(response)) {
                    var copy = response.clone();
                    caches.open(PAGES).then(function (cache) { cache.put(request, copy); });
                }
                return response;
            });
        }));
    }
});
