vcl 4.1;

# Sổ tay số behind Varnish (README.md, "Behind Varnish"). Varnish keeps the pages that are the same for every
# anonymous reader, for as long as the app's `Cache-Control: public, ..., s-maxage=300` says; everything built for
# someone in particular goes through to gunicorn and is never stored. The app purges it on every change:
# Wagtail's frontend cache sends PURGE for a published or unpublished page, and core/frontend_purge.py sends
# BAN (everything) when anything a page shows changes.
#
# Purges come in on a listener of their own, named "purge" and bound to loopback only (README.md, "Behind Varnish":
# `-a purge=127.0.0.1:6091`); the public listener refuses PURGE and BAN whoever sends them, since the TLS proxy in
# front of Varnish on the same machine makes every reader's request arrive from 127.0.0.1.
#
# bench/varnish.py renders this file with another backend port for the test and the bench (varnishd takes
# either -b or -f, never both): keep the backend's `.port = "..."` on one line.

import cookie;
import std;

backend gunicorn {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 5s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 30s;
}

# Who may purge, on the purge listener only: the app's own machine. Add the app servers' addresses when gunicorn runs
# elsewhere (and bind the purge listener to an address they reach, never a public one).
acl purgers {
    "localhost";
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (local.socket != "purge" || client.ip !~ purgers) {
            return (synth(405, "Purging is allowed only on the purge listener, from the app's machine"));
        }
        return (purge);
    }
    if (req.method == "BAN") {
        if (local.socket != "purge" || client.ip !~ purgers) {
            return (synth(405, "Banning is allowed only on the purge listener, from the app's machine"));
        }
        # Everything: a taxonomy, feedback or snippet change shows on pages the app cannot list.
        ban("obj.status != 0");
        return (synth(200, "Banned"));
    }
    # Sign-in forms, reports, feedback, uploads: never stored.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The API's tokens and any other credentials.
    if (req.http.Authorization) {
        return (pass);
    }
    if (req.url ~ "^/admin(/|\?|$)") {
        return (pass);
    }
    # Cookies the app ignores when it decides whether a page is the same for everyone
    # (core/personal_responses.py, ANONYMOUS_COOKIES): the CSRF token and the data-saver choice. Any other cookie
    # (a session, a message) means someone in particular: straight to gunicorn.
    if (req.http.Cookie) {
        cookie.parse(req.http.Cookie);
        if (req.http.X-Public-Copy != "1") {
            # offline.js asks for the copy every anonymous reader gets: the app drops the other cookies too.
            cookie.filter("csrftoken,tiet-kiem-du-lieu");
            if (cookie.get_string() != "") {
                return (pass);
            }
            cookie.parse(req.http.Cookie);
        }
        # Only the data-saver choice reaches the app and, through `Vary: Cookie`, splits the cached copies. The app
        # reads `tiet-kiem-du-lieu=1` as images off and any other value as no choice (core/data_saver.py): the
        # header is rewritten to exactly one of those two, so a made-up value gets the anonymous copy instead of a
        # copy of its own, and the app sees the same choice Varnish keyed the copy on.
        if (cookie.get("tiet-kiem-du-lieu") == "1") {
            set req.http.Cookie = "tiet-kiem-du-lieu=1";
        } else {
            unset req.http.Cookie;
        }
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    # Wagtail purges with the Site's host name and no port (or the Site's own port): the same copy whichever
    # port the reader came in on.
    hash_data(regsub(std.tolower(req.http.host), ":[0-9]+$", ""));
    return (lookup);
}

sub vcl_backend_response {
    if (bereq.uncacheable) {
        return (deliver);
    }
    # Stored only when the app says it is the same for everyone: `public` or `s-maxage`, no cookie set, nothing
    # private. A page without Cache-Control is not stored at all.
    if (beresp.http.Set-Cookie
        || !beresp.http.Cache-Control
        || beresp.http.Cache-Control ~ "(?i)(^|[,\s])(private|no-store|no-cache)\b"
        || beresp.http.Cache-Control !~ "(?i)(^|[,\s])(public|s-maxage=)"
        || beresp.http.Vary == "*") {
        # Not stored; the next request for it goes straight to gunicorn for two minutes.
        set beresp.ttl = 120s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    if (!beresp.http.Vary) {
        set beresp.http.Vary = "Cookie";
    } else if (beresp.http.Vary !~ "(?i)(^|,)\s*cookie\s*(,|$)") {
        set beresp.http.Vary = beresp.http.Vary + ", Cookie";
    }
    # A purged page is gone at once; an expired one may be served for 10 s more while it is fetched afresh.
    set beresp.grace = 10s;
    return (deliver);
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}
