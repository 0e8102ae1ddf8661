/* The header's account link on pages that are the same for everyone (core/page_cache.py): the page says
   "Tài khoản" and links to the account page, which sends anyone not signed in to sign in. Here we ask who is
   signed in (accounts/header_part.py, never stored by any cache) and show "Trang của tôi" or "Đăng nhập" in its
   place, in the same link, so its place, focus and role stay. */
(function () {
    "use strict";
    var link = document.querySelector("a[data-account-part]");
    if (!link || !window.fetch) {
        return;
    }
    fetch(link.getAttribute("data-account-part"), {
        credentials: "same-origin",
        cache: "no-store",
        headers: { Accept: "application/json" },
    })
        .then(function (response) {
            return response.ok ? response.json() : null;
        })
        .then(function (part) {
            if (part && typeof part.label === "string" && typeof part.url === "string" && part.url.charAt(0) === "/" && part.url.charAt(1) !== "/") {
                link.href = part.url;
                link.textContent = part.label;
            }
        })
        .catch(function () {
            /* Without an answer the link to the account page stays: it still leads where the reader needs. */
        });
})();
