/* Wagtail admin (issue 18): every field a screen reader reaches has a name. Wagtail draws the rich-text
   editors, the tag input and a stream's plain text blocks without one; the name comes from the field's own
   label (or the block's label) that the editor already sees on the screen. */
(function () {
  "use strict";
  function labelFor(el) {
    for (var up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      var label = up.querySelector("label, .c-sf-block__type");
      if (label && label.textContent.trim()) return label.textContent.replace(/\*/g, "").trim();
    }
    return "";
  }
  function name() {
    document
      .querySelectorAll('[role="textbox"][contenteditable], input:not([type="hidden"]), textarea, .tagify__input')
      .forEach(function (el) {
        if (el.getAttribute("aria-label") || el.getAttribute("aria-labelledby")) return;
        if (el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]')) return;
        if (el.closest("label")) return;
        var text = labelFor(el);
        if (text) el.setAttribute("aria-label", text);
      });
    document.querySelectorAll("a.page-status-tag[aria-label]").forEach(function (link) {
      var seen = link.textContent.trim();
      var said = link.getAttribute("aria-label");
      if (seen && said.indexOf(seen) === -1) link.setAttribute("aria-label", seen + ". " + said);
    });
  }
  function start() {
    name();
    new MutationObserver(name).observe(document.body, { childList: true, subtree: true });
    window.addEventListener("load", name);
    [100, 500, 1500].forEach(function (ms) {
      window.setTimeout(name, ms);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
