/* Read the guide aloud with the phone's Vietnamese voice (guide.js loads this file once one exists): the title, what
   to prepare, every step with its tips and warnings, then the troubleshooting, in the page's order. The part being
   read is marked (is-reading, aria-current) and scrolled into view. A tap pauses, the next resumes from the cut
   sentence (phones' own pause() does not hold, so pausing cancels); Stop ends. Labels: the button's data-pause,
   data-resume, data-stop. */
(function () {
    "use strict";
    var button = document.querySelector("[data-read-aloud]");
    var guide = document.querySelector("[data-guide-id]");
    var synth = window.speechSynthesis;
    if (!button || !guide || !synth) { return; }
    var labels = { idle: button.textContent, reading: button.getAttribute("data-pause"), paused: button.getAttribute("data-resume") };
    var stopButton = document.createElement("button");
    stopButton.type = "button";
    stopButton.className = button.className;
    stopButton.textContent = button.getAttribute("data-stop");
    stopButton.hidden = true;
    button.parentNode.appendChild(stopButton);
    var state = "idle", queue = [], index = 0, marked = null;
    var run = 0; // bumped by every tap, so a cancelled sentence's callbacks do nothing

    function voice() {
        return synth.getVoices().filter(function (item) { return /^vi([-_]|$)/i.test(item.lang || ""); })[0];
    }
    function offer() { if (state === "idle") { button.hidden = !voice(); } }
    function clean(text) { return (text || "").replace(/\s+/g, " ").trim(); }
    function sentences(box) {
        var found = [];
        box.querySelectorAll("h2, h3, h4, p, li, summary").forEach(function (block) {
            if (!block.querySelector("p, li")) { found.push(clean(block.textContent)); }
        });
        return found.length ? found : [clean(box.textContent)];
    }
    function plan() {
        var parts = [];
        function add(element, texts, current) {
            texts.forEach(function (text) { if (text) { parts.push({ element: element, text: text, current: current }); } });
        }
        var header = guide.querySelector(".guide__header");
        var lead = header.querySelector(".lead");
        add(header, [clean(header.querySelector("h1").textContent), lead && clean(lead.textContent)], "true");
        guide.querySelectorAll(".guide__needs").forEach(function (needs) { add(needs, sentences(needs), "true"); });
        guide.querySelectorAll(".step").forEach(function (step) {
            var number = clean(step.querySelector(".step__number").textContent);
            var texts = [number + ". " + clean(step.querySelector(".step__heading").textContent).slice(number.length).trim()];
            texts = texts.concat(sentences(step.querySelector(".step__text")));
            step.querySelectorAll(".callout").forEach(function (callout) {
                var said = sentences(callout);
                texts.push(said[0] + ". " + said.slice(1).join(" "));
            });
            add(step, texts, "step");
        });
        guide.querySelectorAll(".guide__faq").forEach(function (faq) {
            add(faq, [clean(faq.querySelector("h2").textContent)], "true");
            faq.querySelectorAll("details").forEach(function (item) { add(item, sentences(item), "true"); });
        });
        return parts;
    }
    function unmark() {
        if (marked) { marked.classList.remove("is-reading"); marked.removeAttribute("aria-current"); }
        marked = null;
    }
    function mark(part) {
        if (marked === part.element) { return; }
        unmark();
        marked = part.element;
        marked.classList.add("is-reading");
        marked.setAttribute("aria-current", part.current);
        if (marked.tagName === "DETAILS") { marked.open = true; }
        var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        marked.scrollIntoView({ block: "start", behavior: still ? "auto" : "smooth" });
    }
    function show(next) {
        state = next;
        run++;
        button.textContent = labels[state];
        stopButton.hidden = state === "idle";
        document.documentElement.classList.toggle("is-reading-aloud", state !== "idle");
    }
    function stop() {
        show("idle");
        synth.cancel();
        unmark();
        offer();
    }
    function speak() {
        if (index >= queue.length) { stop(); return; }
        var part = queue[index], mine = run;
        mark(part);
        var utterance = new window.SpeechSynthesisUtterance(part.text);
        utterance.lang = "vi-VN";
        utterance.voice = voice() || null;
        utterance.rate = 0.9;
        utterance.onend = function () { if (mine === run) { index++; speak(); } };
        utterance.onerror = function (event) {
            if (mine === run && event.error !== "interrupted" && event.error !== "canceled") { stop(); }
        };
        speak.current = utterance; // held, or some browsers drop its callbacks
        synth.speak(utterance);
    }

    button.addEventListener("click", function () {
        if (state === "reading") { show("paused"); synth.cancel(); return; }
        if (state === "idle") { synth.cancel(); queue = plan(); index = 0; }
        show("reading");
        speak();
    });
    stopButton.addEventListener("click", function () { stop(); button.focus(); });
    window.addEventListener("pagehide", function () { if (state !== "idle") { stop(); } });
    if (synth.addEventListener) { synth.addEventListener("voiceschanged", offer); } else { synth.onvoiceschanged = offer; }
    offer();
})();
