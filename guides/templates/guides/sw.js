/* Sổ tay số service worker: pages opened or saved stay readable without a signal. Version {{ version }}. */
"use strict";
var SHELL = "sotayso-shell-{{ version }}";
// Pages opened while online. The name changed when the worker began keeping only pages that are the same for
// everyone: the older "sotayso-pages" could hold a signed-in page, and is dropped on activation.
var PAGES = "sotayso-public-pages";
var SAVED = "sotayso-saved";
var OFFLINE_URL = "/khong-co-mang/";
// What is kept as pages are read stays within these; past either, the oldest kept goes first (guides/offline.py).
var PAGE_CACHE_ENTRIES = {{ page_cache_entries }};
var PAGE_CACHE_BYTES = {{ page_cache_bytes }};
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

/* Trims the page cache to its limits, oldest first (the cache lists what it holds in the order it was stored).
   One trim at a time: two pages read at once must not both count the same entries. */
var trimming = Promise.resolve();
function trimPages() {
    trimming = trimming.then(function () {
        return caches.open(PAGES).then(function (cache) {
            return cache.keys().then(function (requests) {
                var drop = requests.slice(0, Math.max(0, requests.length - PAGE_CACHE_ENTRIES));
                var kept = requests.slice(drop.length);
                return Promise.all(kept.map(function (request) {
                    return cache.match(request).then(function (response) {
                        return response ? response.blob().then(function (blob) { return blob.size; }) : 0;
                    });
                })).then(function (sizes) {
                    var total = sizes.reduce(function (sum, size) { return sum + size; }, 0);
                    for (var i = 0; total > PAGE_CACHE_BYTES && i < kept.length - 1; i++) {
                        total -= sizes[i];
                        drop.push(kept[i]);
                    }
                    return Promise.all(drop.map(function (request) { return cache.delete(request); }));
                });
            });
        });
    }).catch(function () { /* the next page read trims again */ });
    return trimming;
}

/* Where a fresh answer goes: the home page and the offline page stay in the shell, a page or image saved on
   purpose is refreshed where it is saved (never kept twice), anything else joins the page cache, which is
   trimmed. Entries are keyed by address alone. */
function keep(request, response) {
    var url = new URL(request.url);
    var key = url.href;
    if (SHELL_URLS.indexOf(url.pathname + url.search) !== -1) {
        return caches.open(SHELL).then(function (cache) { return cache.put(key, response); });
    }
    return caches.open(SAVED).then(function (saved) {
        return saved.match(key, { ignoreVary: true }).then(function (found) {
            if (found) { return saved.put(key, response); }
            return caches.open(PAGES).then(function (pages) { return pages.put(key, response); }).then(trimPages);
        });
    });
}

/* An image's other sizes and formats share its name up to the filter ("anh.format-webp.width-360.webp"), cut to
   fit a length, so a JPEG's name may be one letter longer than its WebP's (offline.js names them the same way). */
function imageName(path) {
    var match = /^(\/media\/images\/.+?)\.(?:[0-9a-f]{8}\.)?(?:format|width|height|fill|max|min|scale|original)/
        .exec(path);
    return match ? match[1] : null;
}
function sameImage(a, b) {
    if (!a || !b) { return false; }
    var longer = a.length >= b.length ? a : b, shorter = longer === a ? b : a;
    return longer.length - shorter.length <= 1 && longer.indexOf(shorter) === 0;
}

/* Offline, a browser that picks another size or format of an image than the one saved gets the saved one. */
function anotherVariant(request) {
    var wanted = imageName(new URL(request.url).pathname);
    if (!wanted) { return Promise.resolve(undefined); }
    return [SAVED, PAGES].reduce(function (found, name) {
        return found.then(function (response) {
            return response || caches.open(name).then(function (cache) {
                return cache.keys().then(function (requests) {
                    var match = requests.filter(function (key) {
                        return sameImage(imageName(new URL(key.url).pathname), wanted);
                    })[0];
                    return match ? cache.match(match) : undefined;
                });
            });
        });
    }, Promise.resolve(undefined));
}

self.addEventListener("fetch", function (event) {
    var request = event.request;
    var url = new URL(request.url);
    if (request.method !== "GET" || url.origin !== self.location.origin) {
        return;
    }
    // offline.js saving a pack asks the network for the copy everyone gets and stores it itself: no second copy.
    if (request.headers.has(PUBLIC_COPY_HEADER)) {
        return;
    }
    if (request.mode === "navigate") {
        event.respondWith(fetch(request).then(function (response) {
            if (mayKeep(response)) {
                event.waitUntil(keep(request, response.clone()));
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
                    event.waitUntil(keep(request, response.clone()));
                }
                return response;
            }, function (error) {
                return anotherVariant(request).then(function (response) {
                    if (response) { return response; }
                    throw error;
                });
            });
        }));
    }
});
