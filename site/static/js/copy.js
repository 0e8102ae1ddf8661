/* "Copy" buttons for read-only text boxes; without JavaScript people select the text themselves. What it says is
   in the page, translated (data-copied, data-not-copied on the status). */
(function () {
    "use strict";
    var buttons = document.querySelectorAll("[data-copy-target]");
    for (var i = 0; i < buttons.length; i++) {
        buttons[i].hidden = false;
        buttons[i].addEventListener("click", function (event) {
            var box = document.getElementById(event.currentTarget.getAttribute("data-copy-target"));
            var status = document.querySelector("[data-copy-status]");
            box.select();
            var copied = false;
            try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
            if (status) { status.textContent = status.getAttribute(copied ? "data-copied" : "data-not-copied"); }
        });
    }
})();
