/* Offline use: registers the service worker, saves guides for reading without a signal, lists and deletes
   what is stored, and keeps help logged offline until it can be sent. Every page works without this file. */
(function () {
    "use strict";
    var SAVED = "sotayso-saved";
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

    if ("serviceWorker" in navigator) {
        navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () { /* not available */ });
    }

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

    /* Images a saved page shows: every candidate, so the phone finds the one it picks offline. */
    function imageUrls(html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var urls = [];
        doc.querySelectorAll("img[src], source[srcset], img[srcset]").forEach(function (node) {
            if (node.getAttribute("src")) { urls.push(node.getAttribute("src")); }
            (node.getAttribute("srcset") || "").split(",").forEach(function (part) {
                var candidate = part.trim().split(" ")[0];
                if (candidate) { urls.push(candidate); }
            });
        });
        return urls.filter(function (url) { return url.indexOf("/") === 0; });
    }

    /* What is saved is the copy every reader gets (the server leaves out who is signed in), so it can stay on the
       phone after a sign-out; an answer still marked private is not saved. */
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
                return cache.put(url, response).then(function () { return { url: url, blob: blob }; });
            });
        });
    }

    function savePack(button) {
        var status = document.querySelector(button.getAttribute("data-status") || "[data-offline-status]");
        var say = function (text) { if (status) { status.textContent = text; } };
        say(text("saving"));
        fetch(button.getAttribute("data-save-offline"), { credentials: "same-origin" }).then(function (response) {
            return response.json();
        }).then(function (pack) {
            return caches.open(SAVED).then(function (cache) {
                var urls = [], bytes = 0;
                return pack.urls.reduce(function (chain, pageUrl) {
                    return chain.then(function () {
                        return store(cache, pageUrl).then(function (page) {
                            urls.push(pageUrl);
                            bytes += page.blob.size;
                            return page.blob.text();
                        }).then(function (html) {
                            return Promise.all(imageUrls(html).map(function (imageUrl) {
                                return store(cache, imageUrl).then(function (image) {
                                    urls.push(imageUrl);
                                    bytes += image.blob.size;
                                }, function () { /* a missing image does not stop the rest */ });
                            }));
                        });
                    });
                }, Promise.resolve()).then(function () {
                    var packs = read(PACKS_KEY, {});
                    packs[button.getAttribute("data-save-offline")] = {
                        title: pack.title, urls: urls, bytes: bytes, saved: new Date().toISOString()
                    };
                    write(PACKS_KEY, packs);
                    say(text("saved", { pages: pack.urls.length, size: sizeText(bytes) }));
                });
            });
        }).catch(function () { say(text("save-failed")); });
    }

    function deletePack(key) {
        var packs = read(PACKS_KEY, {});
        var pack = packs[key];
        delete packs[key];
        write(PACKS_KEY, packs);
        var stillUsed = {};
        Object.keys(packs).forEach(function (other) { packs[other].urls.forEach(function (url) { stillUsed[url] = true; }); });
        return caches.open(SAVED).then(function (cache) {
            return Promise.all((pack ? pack.urls : []).filter(function (url) { return !stillUsed[url]; }).map(function (url) {
                return cache.delete(url);
            }));
        });
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
            meta.textContent = text("pack-size", { files: pack.urls.length, size: sizeText(pack.bytes) });
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
        document.querySelectorAll("[data-save-offline]").forEach(function (button) {
            button.hidden = !("caches" in window);
            button.addEventListener("click", function () { savePack(button); });
        });
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
