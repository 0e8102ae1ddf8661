/* Guide page enhancements. The page works without this file; it adds remembered ticks, sharing and copying.
   What it says is in the page, translated: data-sentence on the progress ({done}, {total} filled in here),
   data-copied and data-not-copied on the share status, data-stop on the read-aloud button. */
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

    if (shareButton && navigator.share) {
        shareButton.hidden = false;
        shareButton.addEventListener("click", function () {
            navigator.share({ title: document.title, url: link.value }).catch(function () { /* cancelled */ });
        });
    }
    if (copyButton && link) {
        copyButton.hidden = false;
        copyButton.addEventListener("click", function () {
            function fallback() {
                link.select();
                try { document.execCommand("copy"); say("copied"); } catch (error) { say("not-copied"); }
            }
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(link.value).then(function () { say("copied"); }, fallback);
            } else {
                fallback();
            }
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

/* "Read the guide": the phone reads the steps aloud with its Vietnamese voice; hidden where it has none. */
(function () {
    "use strict";
    var button = document.querySelector("[data-read-aloud]");
    if (!button || !("speechSynthesis" in window)) { return; }
    var readLabel = button.textContent;
    function vietnameseVoice() {
        return window.speechSynthesis.getVoices().filter(function (voice) {
            return voice.lang && voice.lang.toLowerCase().indexOf("vi") === 0;
        })[0];
    }
    function offer() { button.hidden = !vietnameseVoice(); }
    offer();
    window.speechSynthesis.addEventListener("voiceschanged", offer);
    button.addEventListener("click", function () {
        if (window.speechSynthesis.speaking) {
            window.speechSynthesis.cancel();
            button.textContent = readLabel;
            return;
        }
        var parts = [document.querySelector("h1").textContent];
        document.querySelectorAll(".step").forEach(function (step) {
            parts.push(step.querySelector(".step__heading").textContent + ". " + step.querySelector(".step__text").textContent);
        });
        parts.forEach(function (text) {
            var utterance = new SpeechSynthesisUtterance(text.replace(/\s+/g, " ").trim());
            utterance.lang = "vi-VN";
            utterance.voice = vietnameseVoice();
            utterance.rate = 0.9;
            window.speechSynthesis.speak(utterance);
        });
        button.textContent = button.getAttribute("data-stop");
    });
})();
