/* A module page is the same for everyone: bring the reader's own progress (never cached) into its slot. For a
   signed-in reader that part carries their own actions, which replace the page's. */
(function () {
    var slot = document.querySelector("[data-own-progress-part]");
    if (!slot || !window.fetch || !window.DOMParser) return;
    fetch(slot.getAttribute("data-own-progress-part"), { credentials: "same-origin" })
        .then(function (r) {
            var type = r.headers.get("Content-Type") || "";
            return r.ok && !r.redirected && type.indexOf("text/html") === 0 ? r.text() : null;
        })
        .then(function (html) {
            var part = html && new DOMParser().parseFromString(html, "text/html").querySelector(".own-progress");
            if (!part) return;
            slot.replaceChildren(document.importNode(part, true));
            if (part.hasAttribute("data-signed-in")) {
                document.querySelectorAll("[data-for-anyone]").forEach(function (a) { a.hidden = true; });
            }
        })
        .catch(function () {});
})();
