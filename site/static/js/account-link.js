/* Pages the same for everyone say "Tài khoản"; ask who is signed in (never cached) and name the link for them. An
   editor who may edit the page gets a link to edit it at the top of the main part. */
(function () {
    var link = document.querySelector("a[data-account-part]");
    if (!link || !window.fetch) return;
    var local = /^\/(?!\/)/;
    fetch(link.getAttribute("data-account-part"), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (p) {
            if (!p || !local.test(p.url)) return;
            link.href = p.url;
            link.textContent = p.label;
            var main = document.querySelector("main");
            if (main && p.edit_url && local.test(p.edit_url)) {
                var bar = document.createElement("p"), edit = document.createElement("a");
                bar.className = "container edit-link";
                edit.href = p.edit_url;
                edit.textContent = p.edit_label;
                bar.appendChild(edit);
                main.insertBefore(bar, main.firstChild);
            }
        })
        .catch(function () {});
})();
