/* Offline use: registers the service worker, saves guides for reading without a signal, lists and deletes
   what is stored, and keeps help logged offline until it can be sent. Every page works without this file. */
(function () {
    "use strict";
    var SAVED = "sotayso-saved";
    var PACKS_KEY = "sotayso:packs";
    var QUEUE_KEY = "sotayso:log-queue";

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
        return bytes > 1048576 ? (bytes / 1048576).toFixed(1) + " MB" : Math.max(1, Math.round(bytes / 1024)) + " KB";
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

    function store(cache, url) {
        return fetch(url, { credentials: "same-origin" }).then(function (response) {
            if (!response.ok) { throw new Error(url); }
            return response.clone().blob().then(function (blob) {
                return cache.put(url, response).then(function () { return { url: url, blob: blob }; });
            });
        });
    }

    function savePack(button) {
        var status = document.querySelector(button.getAttribute("data-status") || "[data-offline-status]");
        var say = function (text) { if (status) { status.textContent = text; } };
        say("Đang lưu…");
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
                    say("Đã lưu " + pack.urls.length + " trang (" + sizeText(bytes) + "). Đọc được khi mất mạng.");
                });
            });
        }).catch(function () { say("Chưa lưu được. Hãy thử lại khi có mạng."); });
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
            list.innerHTML = "<li>Chưa lưu hướng dẫn nào trên máy này.</li>";
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
            meta.textContent = pack.urls.length + " tệp · " + sizeText(pack.bytes);
            var remove = document.createElement("button");
            remove.type = "button";
            remove.className = "button-secondary";
            remove.textContent = "Xóa khỏi máy";
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

    function showQueue() {
        var box = document.querySelector("[data-log-queue]");
        if (!box) { return; }
        var queue = read(QUEUE_KEY, []);
        box.hidden = queue.length === 0;
        box.textContent = queue.length ? "Đang chờ gửi " + queue.length + " lượt ghi nhận (sẽ tự gửi khi có mạng)." : "";
    }

    function sendQueue() {
        var queue = read(QUEUE_KEY, []);
        if (!queue.length || !navigator.onLine) { showQueue(); return; }
        var entry = queue[0];
        var body = new URLSearchParams(entry.fields);
        fetch(entry.action, {
            method: "POST", body: body, credentials: "same-origin",
            headers: { "X-Requested-With": "fetch" }
        }).then(function (response) {
            if (response.status === 400) {
                write(QUEUE_KEY, read(QUEUE_KEY, []).filter(function (item) { return item.id !== entry.id; }));
                var box = document.querySelector("[data-log-queue]");
                if (box) { box.hidden = false; box.textContent = "Một lượt ghi nhận không gửi được vì thông tin chưa đúng; hãy nhập lại."; }
                return null;
            }
            return response.json().then(function (result) {
                if (result && result.ok) {
                    write(QUEUE_KEY, read(QUEUE_KEY, []).filter(function (item) { return item.id !== entry.id; }));
                    sendQueue();
                } else {
                    showQueue();
                }
            });
        }).catch(showQueue);
    }

    function queueForm(form) {
        var fields = [];
        new FormData(form).forEach(function (value, name) { if (name !== "client_id") { fields.push([name, value]); } });
        var id = newId();
        fields.push(["client_id", id]);
        var queue = read(QUEUE_KEY, []);
        queue.push({ id: id, action: form.action, fields: fields });
        write(QUEUE_KEY, queue);
        form.reset();
        showQueue();
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
            window.addEventListener("online", sendQueue);
            sendQueue();
        }
    });
})();
