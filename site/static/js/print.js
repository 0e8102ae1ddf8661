/* Reveals "print" buttons: on phones the browser's print command is hard to find. */
(function () {
    "use strict";
    var buttons = document.querySelectorAll("[data-print]");
    for (var i = 0; i < buttons.length; i++) {
        buttons[i].hidden = false;
        buttons[i].addEventListener("click", function () { window.print(); });
    }
})();
