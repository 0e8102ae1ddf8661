/* "Copy" buttons for read-only text boxes, shown only where the browser can copy; without JavaScript people select
   the text themselves. What it says is in the page, translated (data-copied, data-not-copied on the status). */
(function () {
    "use strict";
    var clipboard = window.isSecureContext && navigator.clipboard && navigator.clipboard.writeText;
    var command = false;
    try { command = document.queryCommandSupported && document.queryCommandSupported("copy"); } catch (error) { command = false; }
    if (!clipboard && !command) { return; }
    var buttons = document.querySelectorAll("[data-copy-target]");
    function say(copied) {
        var status = document.querySelector("[data-copy-status]");
        if (status) { status.textContent = status.getAttribute(copied ? "data-copied" : "data-not-copied"); }
    }
    function select(box) {
        box.select();
        var copied = false;
        try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
        say(copied);
    }
    for (var i = 0; i < buttons.length; i++) {
        buttons[i].hidden = false;
        buttons[i].addEventListener("click", function (event) {
            var box = document.getElementById(event.currentTarget.getAttribute("data-copy-target"));
            if (!clipboard) { select(box); return; }
            navigator.clipboard.writeText(box.value).then(function () { say(true); }, function () { select(box); });
        });
    }
})();
