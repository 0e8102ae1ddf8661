/* Pages the same for everyone say "Tài khoản"; ask who is signed in (never cached) and name the link for them. */
(function () {
    var link = document.querySelector("a[data-account-part]");
    if (!link || !window.fetch) return;
    fetch(link.getAttribute("data-account-part"), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (p) {
            if (p && /^\/(?!\/)/.test(p.url)) { link.href = p.url; link.textContent = p.label; }
        })
        .catch(function () {});
})();
