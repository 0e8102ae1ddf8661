/* Guide page enhancements. The page works without this file; it adds remembered ticks, sharing and copying.
   What it says is in the page, translated: data-sentence on the progress ({done}, {total} filled in here),
   data-copied and data-not-copied on the share status. Each button stays hidden unless this browser can do it. */
(function () {
    "use strict";
    var guide = document.querySelector("[data-guide-id]");
    if (!guide) { return; }
    var storageKey = "sotayso:guide:" + guide.getAttribute("data-guide-id") + ":done";
    var boxes = guide.querySelectorAll("[data-step-done]");
    var progress = guide.querySelector("[data-steps-progress]");
    var status = guide.querySelector("[data-share-status]");

    function readDone() {
        try { return JSON.parse(window.localStorage.getItem(storageKey) || "[]"); } catch (error) { return []; }
    }
    function writeDone(done) {
        try { window.localStorage.setItem(storageKey, JSON.stringify(done)); } catch (error) { /* private mode */ }
    }
    function showProgress() {
        var count = 0;
        for (var i = 0; i < boxes.length; i++) {
            if (boxes[i].checked) { count++; }
            boxes[i].closest(".step").classList.toggle("step--done", boxes[i].checked);
        }
        if (progress) {
            progress.hidden = count === 0;
            progress.textContent = (progress.getAttribute("data-sentence") || "")
                .replace("{done}", count).replace("{total}", boxes.length);
        }
    }

    var done = readDone();
    for (var i = 0; i < boxes.length; i++) {
        boxes[i].checked = done.indexOf(boxes[i].getAttribute("data-step-done")) !== -1;
        boxes[i].addEventListener("change", function () {
            var ids = [];
            for (var j = 0; j < boxes.length; j++) {
                if (boxes[j].checked) { ids.push(boxes[j].getAttribute("data-step-done")); }
            }
            writeDone(ids);
            showProgress();
        });
    }
    showProgress();

    var link = document.getElementById("guide-link");
    var shareButton = guide.querySelector("[data-share]");
    var copyButton = guide.querySelector("[data-copy-link]");
    function say(name) { if (status) { status.textContent = status.getAttribute("data-" + name) || ""; } }

    if (shareButton && link && typeof navigator.share === "function") {
        shareButton.hidden = false;
        shareButton.addEventListener("click", function () {
            navigator.share({ title: document.title, url: link.value }).catch(function () { /* cancelled */ });
        });
    }
    // Offered only where the page may write to the clipboard (HTTPS): elsewhere people hold a finger on the box.
    if (copyButton && link && window.isSecureContext && navigator.clipboard && navigator.clipboard.writeText) {
        copyButton.hidden = false;
        copyButton.addEventListener("click", function () {
            navigator.clipboard.writeText(link.value).then(function () { say("copied"); }, function () {
                link.select();
                var copied = false;
                try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
                say(copied ? "copied" : "not-copied");
            });
        });
    }
})();

/* The answer to "was this helpful?" gets an id of its own when the page loads, so a double tap or a resend is kept
   once, while people behind one address each keep theirs. The page itself is the same for everyone (cached). */
(function () {
    "use strict";
    var field = document.querySelector("[data-feedback-form] [data-answer-id]");
    if (!field || field.value) { return; } // a page sent back with errors keeps the id of the answer it shows
    var crypto = window.crypto;
    if (crypto && crypto.randomUUID) { field.value = crypto.randomUUID(); return; } // only on HTTPS and localhost
    if (!crypto || !crypto.getRandomValues) { return; } // no id: the server keeps every answer
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
    var hex = "";
    for (var i = 0; i < bytes.length; i++) { hex += (bytes[i] + 0x100).toString(16).slice(1); }
    field.value = [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
})();

/* "Read the guide" lives in read-aloud.js, fetched only once this phone shows a Vietnamese voice: most phones have
   none, and voices load after the page, so the check runs again when they change. */
(function () {
    "use strict";
    var button = document.querySelector("[data-read-aloud]");
    var synth = window.speechSynthesis;
    if (!button || !synth || !window.SpeechSynthesisUtterance) { return; }
    function load() {
        var voices = synth.getVoices().filter(function (voice) { return /^vi([-_]|$)/i.test(voice.lang || ""); });
        if (!voices.length || load.done) { return; }
        load.done = true;
        var script = document.createElement("script");
        script.src = button.getAttribute("data-script");
        document.head.appendChild(script);
    }
    load();
    if (synth.addEventListener) { synth.addEventListener("voiceschanged", load); } else { synth.onvoiceschanged = load; }
})();
