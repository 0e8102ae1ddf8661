/* Offline use: registers the service worker, saves guides for reading without a signal, lists and deletes
   what is stored, and keeps help logged offline until it can be sent. Every page works without this file. */
(function () {
    "use strict";
    var PACKS_KEY = "sotayso:packs";
    var QUEUE_KEY = "sotayso:log-queue";
    // What this script says, translated, and what the server decides, come with its tag
    // (templates/includes/offline_script.html).
    var SCRIPT = document.currentScript || document.querySelector("script[data-public-copy-header]");

    function setting(name) {
        return (SCRIPT && SCRIPT.getAttribute("data-" + name)) || "";
    }
    /* A sentence of the page's language, its {names} filled in. */
    function text(name, values) {
        return setting(name).replace(/\{(\w+)\}/g, function (whole, key) {
            return values && Object.prototype.hasOwnProperty.call(values, key) ? values[key] : whole;
        });
    }

    var PAGES = "sotayso-public-pages";
    var SAVED = "sotayso-saved";
    // Settles when the service worker runs this site: until then nothing saved could be read offline.
    var workerReady = "serviceWorker" in navigator && "caches" in window
        ? navigator.serviceWorker.register("/sw.js", { scope: "/" }).then(function () {
            return navigator.serviceWorker.ready;
        })
        : null;
    if (workerReady) { workerReady.catch(function () { /* not available: the save buttons stay hidden */ }); }

    function read(key, fallback) {
        try { return JSON.parse(window.localStorage.getItem(key)) || fallback; } catch (error) { return fallback; }
    }
    function write(key, value) {
        try { window.localStorage.setItem(key, JSON.stringify(value)); } catch (error) { /* storage full or off */ }
    }
    function sizeText(bytes) {
        return bytes > 1048576
            ? text("megabytes", { size: (bytes / 1048576).toFixed(1) })
            : text("kilobytes", { size: Math.max(1, Math.round(bytes / 1024)) });
    }
    function unique(list) {
        return list.filter(function (item, index) { return list.indexOf(item) === index; });
    }

    /* Image types a <source> may name, each with a one-pixel sample: this phone decodes the type or not. */
    var SAMPLES = { "image/webp": "data:image/webp;base64,UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA" };
    function decodableTypes() {
        var types = {};
        return Promise.all(Object.keys(SAMPLES).map(function (type) {
            return new Promise(function (resolve) {
                var probe = new Image();
                probe.onload = function () { types[type] = probe.width > 0; resolve(); };
                probe.onerror = function () { types[type] = false; resolve(); };
                probe.src = SAMPLES[type];
            });
        })).then(function () { return types; });
    }

    /* Splits on the commas outside brackets: "(min-width: 50rem) 40rem, 100vw". */
    function splitList(value) {
        var parts = [], depth = 0, current = "";
        for (var i = 0; i < value.length; i++) {
            var c = value.charAt(i);
            if (c === "(") { depth++; } else if (c === ")") { depth--; }
            if (c === "," && depth === 0) { parts.push(current.trim()); current = ""; } else { current += c; }
        }
        parts.push(current.trim());
        return parts.filter(Boolean);
    }

    /* The width in CSS pixels a `sizes` attribute gives on this screen, measured by the page itself. */
    function sourceSize(sizes) {
        var probe = document.createElement("div");
        probe.style.cssText = "position:absolute;visibility:hidden;height:0;left:0;top:0";
        document.body.appendChild(probe);
        var width = 0;
        splitList(sizes || "100vw").some(function (entry) {
            var length = entry, condition = "";
            if (entry.charAt(0) === "(") {
                var depth = 0, i = 0;
                for (; i < entry.length; i++) {
                    if (entry.charAt(i) === "(") { depth++; }
                    if (entry.charAt(i) === ")" && --depth === 0) { break; }
                }
                condition = entry.slice(0, i + 1);
                length = entry.slice(i + 1).trim();
            }
            if (condition && !window.matchMedia(condition).matches) { return false; }
            probe.style.width = "";
            probe.style.width = length;
            if (!probe.style.width) { return false; }
            width = probe.getBoundingClientRect().width;
            return true;
        });
        if (!width) { probe.style.width = "100vw"; width = probe.getBoundingClientRect().width; }
        probe.remove();
        return width;
    }

    /* Chromium's pick among candidates sorted by density: the lowest that covers the screen's pixel density,
       or the one below it when the density is nearer to it (below the geometric mean of the two). */
    function pick(candidates, ratio) {
        var i = 0;
        for (; i < candidates.length - 1; i++) {
            var next = candidates[i + 1].density;
            if (next < ratio) { continue; }
            var current = candidates[i].density;
            if ((ratio <= 1 && ratio > current) || ratio >= Math.sqrt(current * next)) { return candidates[i + 1]; }
            break;
        }
        return candidates[i];
    }

    /* The one image file the phone shows for an <img>: the first <source> of its <picture> this phone decodes
       and whose media matches, then the candidate its srcset and sizes give at this screen's width and pixel
       density. Other browsers may settle on a neighbour: the service worker then shows the saved variant. */
    function chosenImage(img, types) {
        var srcset = img.getAttribute("srcset"), sizes = img.getAttribute("sizes");
        var parent = img.parentNode;
        if (parent && parent.tagName === "PICTURE") {
            var sources = parent.querySelectorAll("source");
            for (var i = 0; i < sources.length; i++) {
                var type = sources[i].getAttribute("type"), media = sources[i].getAttribute("media");
                if ((type && !types[type]) || (media && !window.matchMedia(media).matches)) { continue; }
                srcset = sources[i].getAttribute("srcset");
                sizes = sources[i].getAttribute("sizes");
                break;
            }
        }
        if (!srcset) { return img.getAttribute("src"); }
        var width = null;
        var candidates = [];
        splitList(srcset).forEach(function (part) {
            var bits = part.split(/\s+/), descriptor = bits[1] || "1x";
            var density = /w$/.test(descriptor)
                ? parseFloat(descriptor) / (width === null ? (width = sourceSize(sizes)) : width)
                : parseFloat(descriptor);
            if (bits[0] && density > 0) { candidates.push({ url: bits[0], density: density }); }
        });
        if (!candidates.length) { return img.getAttribute("src"); }
        candidates.sort(function (a, b) { return a.density - b.density; });
        candidates = candidates.filter(function (candidate, index) {
            return index === 0 || candidate.density !== candidates[index - 1].density;
        });
        return pick(candidates, window.devicePixelRatio || 1).url;
    }

    /* The image files a saved page shows on this phone: one per image. The site's own files (logo, styles) are
       already kept by the service worker and are not saved again. */
    function imageUrls(html, types, shell) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var urls = [];
        doc.querySelectorAll("img").forEach(function (img) {
            var url = chosenImage(img, types);
            if (url && url.indexOf("/") === 0 && url.indexOf("//") !== 0 && !shell[url]) { urls.push(url); }
        });
        return unique(urls);
    }

    /* What the service worker keeps of the site itself, by path. */
    function shellPaths() {
        return caches.keys().then(function (keys) {
            var shell = keys.filter(function (key) { return key.indexOf("sotayso-shell-") === 0; })[0];
            return shell ? caches.open(shell).then(function (cache) { return cache.keys(); }) : [];
        }).then(function (requests) {
            var paths = {};
            requests.forEach(function (request) { paths[new URL(request.url).pathname] = true; });
            return paths;
        });
    }

    /* What is saved is the copy every reader gets (the server leaves out who is signed in), so it can stay on the
       phone after a sign-out; an answer still marked private is not saved. The same header tells the service
       worker to leave these requests to the network, so nothing is kept twice. */
    var PUBLIC_COPY = {};
    if (setting("public-copy-header")) { PUBLIC_COPY[setting("public-copy-header")] = "1"; }
    var PRIVATE = setting("private-cache-control") ? new RegExp(setting("private-cache-control"), "i") : null;
    function isPrivate(response) {
        // Without the server's pattern nothing is known to be shareable: nothing is saved.
        return !PRIVATE || PRIVATE.test(response.headers.get("Cache-Control") || "");
    }

    function store(cache, url) {
        return fetch(url, { credentials: "same-origin", headers: PUBLIC_COPY }).then(function (response) {
            if (!response.ok || isPrivate(response)) { throw new Error(url); }
            return response.clone().blob().then(function (blob) {
                return cache.put(url, response).then(function () { return blob; });
            });
        });
    }

    /* Bytes and files a pack holds in the phone's storage now: what the offline page shows. */
    function measure(urls) {
        return caches.open(SAVED).then(function (cache) {
            return Promise.all(unique(urls).map(function (url) {
                return cache.match(url, { ignoreVary: true }).then(function (response) {
                    return response ? response.blob().then(function (blob) { return blob.size; }) : null;
                });
            }));
        }).then(function (sizes) {
            var kept = sizes.filter(function (size) { return size !== null; });
            return { files: kept.length, bytes: kept.reduce(function (sum, size) { return sum + size; }, 0) };
        });
    }

    /* Copies of the same files the service worker kept while pages were read go: one copy of each is enough. */
    function dropFromPages(urls) {
        return caches.open(PAGES).then(function (cache) {
            return Promise.all(urls.map(function (url) { return cache.delete(url, { ignoreVary: true }); }));
        });
    }

    function savePack(button) {
        var status = document.querySelector(button.getAttribute("data-status") || "[data-offline-status]");
        var say = function (text) { if (status) { status.textContent = text; } };
        var key = button.getAttribute("data-save-offline");
        say(text("saving"));
        Promise.all([
            fetch(key, { credentials: "same-origin" }).then(function (response) {
                if (!response.ok) { throw new Error(key); }
                return response.json();
            }),
            caches.open(SAVED), decodableTypes(), shellPaths()
        ]).then(function (found) {
            var pack = found[0], cache = found[1], types = found[2], shell = found[3];
            var urls = [];
            return pack.urls.reduce(function (chain, pageUrl) {
                return chain.then(function () {
                    return store(cache, pageUrl).then(function (blob) {
                        urls.push(pageUrl);
                        return blob.text();
                    }).then(function (html) {
                        return Promise.all(imageUrls(html, types, shell).map(function (imageUrl) {
                            return store(cache, imageUrl).then(function () {
                                urls.push(imageUrl);
                            }, function () { /* a missing image does not stop the rest */ });
                        }));
                    });
                });
            }, Promise.resolve()).then(function () {
                urls = unique(urls);
                return dropFromPages(urls).then(function () { return measure(urls); });
            }).then(function (size) {
                var packs = read(PACKS_KEY, {});
                packs[key] = { title: pack.title, urls: urls, bytes: size.bytes, saved: new Date().toISOString() };
                write(PACKS_KEY, packs);
                say(text("saved", { pages: pack.urls.length, size: sizeText(size.bytes) }));
            });
        }).catch(function () { say(text("save-failed")); });
    }

    /* An image's other sizes and formats share its name up to the filter: "anh.format-webp.width-360.webp". The
       name is cut to fit a length, so a JPEG's may be one letter longer than its WebP's. */
    function imageName(url) {
        var match = /^(\/media\/images\/.+?)\.(?:[0-9a-f]{8}\.)?(?:format|width|height|fill|max|min|scale|original)/
            .exec(url);
        return match ? match[1] : null;
    }
    function sameImage(a, b) {
        if (!a || !b) { return false; }
        var longer = a.length >= b.length ? a : b, shorter = longer === a ? b : a;
        return longer.length - shorter.length <= 1 && longer.indexOf(shorter) === 0;
    }

    /* Deleting frees everything the pack brought: its saved files, and every copy the service worker kept of
       them or of another size of its images while they were read, unless another saved pack still needs it. */
    function deletePack(key) {
        var packs = read(PACKS_KEY, {});
        var pack = packs[key];
        delete packs[key];
        write(PACKS_KEY, packs);
        var stillUsed = {};
        Object.keys(packs).forEach(function (other) { packs[other].urls.forEach(function (url) { stillUsed[url] = true; }); });
        var gone = (pack ? pack.urls : []).filter(function (url) { return !stillUsed[url]; });
        var goneImages = gone.map(imageName).filter(Boolean);
        var usedImages = Object.keys(stillUsed).map(imageName).filter(Boolean);
        function belongs(url) {
            if (gone.indexOf(url) !== -1) { return true; }
            var name = imageName(url);
            return goneImages.some(function (image) { return sameImage(image, name); })
                && !usedImages.some(function (image) { return sameImage(image, name); });
        }
        return Promise.all([SAVED, PAGES].map(function (name) {
            return caches.open(name).then(function (cache) {
                return cache.keys().then(function (requests) {
                    return Promise.all(requests.filter(function (request) {
                        var url = new URL(request.url);
                        return url.origin === window.location.origin && belongs(url.pathname + url.search);
                    }).map(function (request) { return cache.delete(request, { ignoreVary: true }); }));
                });
            });
        }));
    }

    function showPacks(list) {
        var packs = read(PACKS_KEY, {});
        var keys = Object.keys(packs);
        list.innerHTML = "";
        if (!keys.length) {
            var empty = document.createElement("li");
            empty.textContent = text("nothing-saved");
            list.appendChild(empty);
            return;
        }
        keys.forEach(function (key) {
            var pack = packs[key];
            var item = document.createElement("li");
            item.className = "card";
            var link = document.createElement("a");
            link.href = pack.urls[0];
            link.className = "card__title";
            link.textContent = pack.title;
            var meta = document.createElement("p");
            meta.className = "card__meta";
            meta.setAttribute("data-pack-size", "");
            meta.textContent = text("pack-size", { files: pack.urls.length, size: sizeText(pack.bytes) });
            // What the phone holds now, which the browser may have trimmed since.
            measure(pack.urls).then(function (size) {
                meta.textContent = text("pack-size", { files: size.files, size: sizeText(size.bytes) });
                meta.setAttribute("data-bytes", size.bytes);
            });
            var remove = document.createElement("button");
            remove.type = "button";
            remove.className = "button-secondary";
            remove.textContent = text("remove");
            remove.addEventListener("click", function () { deletePack(key).then(function () { showPacks(list); }); });
            item.appendChild(link);
            item.appendChild(meta);
            item.appendChild(remove);
            list.appendChild(item);
        });
    }

    /* Help logged without a signal waits on the phone and is sent once when the signal returns. */
    function newId() {
        if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
        return "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, function (c) {
            var r = Math.random() * 16 | 0;
            return (c === "x" ? r : (r & 0x3 | 0x8)).toString(16);
        });
    }

    /* Each entry carries whose it is (the signed-in person's id, in the form): it is sent only from that person's
       own page, never in another person's session, and the server refuses it too if it arrives there. */
    function ownerOf(form) {
        var field = form.querySelector("[name=owner]");
        return field ? field.value : "";
    }

    function mineIn(queue, owner) {
        // Entries queued before entries had an owner are sent with their own CSRF token (below): signing in
        // renews the token, so such an entry can only be accepted in the session that queued it.
        return queue.filter(function (item) { return !item.owner || item.owner === owner; });
    }

    function showQueue(form) {
        var box = document.querySelector("[data-log-queue]");
        var queue = read(QUEUE_KEY, []);
        var mine = mineIn(queue, ownerOf(form));
        if (box) {
            box.hidden = mine.length === 0;
            box.textContent = mine.length ? text("queued", { count: mine.length }) : "";
        }
        showCount(document.querySelectorAll("[data-others-logs]"), queue.length - mine.length);
    }

    function refuse(entry, message) {
        write(QUEUE_KEY, read(QUEUE_KEY, []).filter(function (item) { return item.id !== entry.id; }));
        var box = document.querySelector("[data-log-queue]");
        if (box) { box.hidden = false; box.textContent = message; }
    }

    function fieldsToSend(form, entry) {
        if (!entry.owner) {
            return entry.fields.concat([["owner", ownerOf(form)]]);
        }
        // The token of the page that sends, not of the one that queued: the same person may have signed in again.
        var token = form.querySelector("[name=csrfmiddlewaretoken]");
        return entry.fields.map(function (field) {
            return field[0] === "csrfmiddlewaretoken" && token ? [field[0], token.value] : field;
        });
    }

    function sendQueue(form) {
        var mine = mineIn(read(QUEUE_KEY, []), ownerOf(form));
        if (!mine.length || !navigator.onLine) { showQueue(form); return; }
        var entry = mine[0];
        fetch(entry.action, {
            method: "POST", body: new URLSearchParams(fieldsToSend(form, entry)), credentials: "same-origin",
            headers: { "X-Requested-With": "fetch" }
        }).then(function (response) {
            if (response.status === 400) {
                refuse(entry, text("entry-refused"));
                return null;
            }
            if (response.status === 403 && !entry.owner) {
                refuse(entry, text("old-entry-refused"));
                return null;
            }
            return response.json().then(function (result) {
                if (result && result.ok) {
                    write(QUEUE_KEY, read(QUEUE_KEY, []).filter(function (item) { return item.id !== entry.id; }));
                    sendQueue(form);
                } else {
                    showQueue(form);
                }
            });
        }).catch(function () { showQueue(form); });
    }

    function queueForm(form) {
        var fields = [];
        new FormData(form).forEach(function (value, name) { if (name !== "client_id") { fields.push([name, value]); } });
        var id = newId();
        fields.push(["client_id", id]);
        var queue = read(QUEUE_KEY, []);
        queue.push({ id: id, owner: ownerOf(form), action: form.action, fields: fields });
        write(QUEUE_KEY, queue);
        form.reset();
        showQueue(form);
    }

    /* "N lượt chưa gửi": the sentence is in the page (translated there); the script fills in the number. */
    function showCount(boxes, count) {
        boxes.forEach(function (box) {
            box.querySelectorAll("[data-count]").forEach(function (node) { node.textContent = count; });
            box.hidden = count === 0;
        });
    }

    /* After a sign-out the service worker checks that nothing personal stays in what it keeps. */
    function tellWorkerSignedOut() {
        if (!("serviceWorker" in navigator)) { return; }
        navigator.serviceWorker.ready.then(function (registration) {
            if (registration.active) { registration.active.postMessage("signed-out"); }
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        // Shown only once saving can work: a service worker runs the site and the phone has Cache Storage.
        var saveButtons = document.querySelectorAll("[data-save-offline]");
        saveButtons.forEach(function (button) {
            button.hidden = true;
            button.addEventListener("click", function () { savePack(button); });
        });
        if (workerReady && saveButtons.length) {
            workerReady.then(function () {
                saveButtons.forEach(function (button) { button.hidden = false; });
            }, function () { /* stays hidden */ });
        }
        var list = document.querySelector("[data-offline-packs]");
        if (list && "caches" in window) { showPacks(list); }
        var form = document.querySelector("[data-offline-log]");
        if (form) {
            form.addEventListener("submit", function (event) {
                if (!navigator.onLine) {
                    event.preventDefault();
                    queueForm(form);
                }
            });
            window.addEventListener("online", function () { sendQueue(form); });
            sendQueue(form);
        }
        document.querySelectorAll("[data-unsent-logs]").forEach(function (box) {
            // The account page counts its person's entries (data-owner); the signed-out page, all on the phone.
            var queue = read(QUEUE_KEY, []);
            var owner = box.getAttribute("data-owner");
            showCount([box], owner ? mineIn(queue, owner).length : queue.length);
        });
        if (document.querySelector("[data-signed-out]")) { tellWorkerSignedOut(); }
    });
})();
