/* Sổ tay số service worker: pages opened or saved stay readable without a signal. Version {{ version }}. */
"use strict";
var SHELL = "sotayso-shell-{{ version }}";
var PAGES = "sotayso-pages";
var SAVED = "sotayso-saved";
var OFFLINE_URL = "/khong-co-mang/";
var SHELL_URLS = [{% for url in shell_urls %}"{{ url|escapejs }}"{% if not forloop.last %}, {% endif %}{% endfor %}];
// Personal or changing pages are never stored: accounts, team tools, reports, the admin.
var PRIVATE_PREFIXES = [{% for prefix in personal_prefixes %}"{{ prefix|escapejs }}"{% if not forloop.last %}, {% endif %}{% endfor %}];

self.addEventListener("install", function (event) {
    event.waitUntil(caches.open(SHELL).then(function (cache) { return cache.addAll(SHELL_URLS); }).then(function () {
        return self.skipWaiting();
    }));
});

self.addEventListener("activate", function (event) {
    event.waitUntil(caches.keys().then(function (keys) {
        return Promise.all(keys.filter(function (key) {
            return key.indexOf("sotayso-shell-") === 0 && key !== SHELL;
        }).map(function (key) { return caches.delete(key); }));
    }).then(function () { return self.clients.claim(); }));
});

function isPrivate(url) {
    return PRIVATE_PREFIXES.some(function (prefix) { return url.pathname.indexOf(prefix) === 0; });
}

function mayKeep(response) {
    // A page the server marks no-store is about the person signed in: never kept on the phone.
    return response.ok && !/no-store/.test(response.headers.get("Cache-Control") || "");
}

function fromCaches(request) {
    return caches.match(request, { ignoreVary: true });
}

self.addEventListener("fetch", function (event) {
    var request = event.request;
    var url = new URL(request.url);
    if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname.indexOf("/admin/") === 0) {
        return;
    }
    if (request.mode === "navigate") {
        event.respondWith(fetch(request).then(function (response) {
            if (mayKeep(response) && !isPrivate(url)) {
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
                if (response.ok) {
                    var copy = response.clone();
                    caches.open(PAGES).then(function (cache) { cache.put(request, copy); });
                }
                return response;
            });
        }));
    }
});
