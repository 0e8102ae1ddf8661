/* "Copy" buttons for read-only text boxes; without JavaScript people select the text themselves. */
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
            if (status) { status.textContent = copied ? "Đã sao chép." : "Hãy giữ ngón tay lên ô chữ để sao chép."; }
        });
    }
})();
