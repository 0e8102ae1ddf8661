"""What a shared phone may keep. One rule, here, decides which answers were built for someone in particular; those
are sent `Cache-Control: private, no-store`, so that no browser cache, shared cache, page cache or service worker
keeps them. Every other answer is the same for everyone, and the page cache and the service worker may keep it.

An answer is personal when, while it was built:
- a session holding someone (a signed-in person, a half-finished two-step sign-in) was read: a page that asks who
  is signed in shows that person's name, team or links;
- it sets a cookie: a session, a CSRF token in a form, a message for this browser;
- the request carried an API token;
- the view already said so (private, no-store, never_cache).
Not "varies on Cookie": every page reads the session to draw the header, and for an anonymous reader the session
is empty, so the page is the same for every anonymous reader.

Every sign-out (the site's, the admin's, erasing one's data) also sends `Clear-Site-Data: "cache"`: the browser
drops its HTTP cache and its back/forward pages. In Chromium "cache" does not touch Cache Storage (that is
"storage", which would also take localStorage and the service worker), so guides saved for offline reading stay;
the service worker itself keeps nothing personal (guides/templates/guides/sw.js).
"""

from django.conf import settings
from django.contrib.auth.signals import user_logged_out
from django.utils.cache import cc_delim_re, patch_cache_control

from core.data_saver import DATA_SAVER_COOKIE

# Cookies that say nothing about who is reading: the page cache serves requests carrying only these.
ANONYMOUS_COOKIES = {settings.CSRF_COOKIE_NAME, DATA_SAVER_COOKIE}
# offline.js asks with this header for the copy every anonymous reader gets (a guide to save for offline reading):
# the other cookies are left out, so nothing of the person (their session, their messages, their progress) goes
# into the copy, while the data-saver preference still applies.
PUBLIC_COPY_HEADER = "X-Public-Copy"
# The Cache-Control directives this module sets on a personal answer. The service worker and offline.js keep nothing
# that carries one, by the pattern below (rendered into guides/sw.js and includes/offline_script.html).
PRIVATE_DIRECTIVES = ("private", "no-store")
PRIVATE_CACHE_CONTROL_PATTERN = r"(^|,)\s*(" + "|".join(PRIVATE_DIRECTIVES) + r")\b"
SIGNED_OUT = "_signed_out_in_this_request"


def cache_directives(response):
    return {part.split("=", 1)[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))}


def is_personal(request, response):
    session = getattr(request, "session", None)
    return bool(
        (session is not None and session.accessed and not session.is_empty())
        or response.cookies
        or "HTTP_AUTHORIZATION" in request.META
        or cache_directives(response) & set(PRIVATE_DIRECTIVES)
    )


def mark_sign_out(sender, request, **kwargs):
    if request is not None:
        setattr(request, SIGNED_OUT, True)


user_logged_out.connect(mark_sign_out, dispatch_uid="core.personal_responses.mark_sign_out")


class PersonalResponseMiddleware:
    """Placed outside the page cache and the session middleware, so that it sees the cookies they set and the
    page cache can ask the same question before storing anything."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD") and request.headers.get(PUBLIC_COPY_HEADER) == "1":
            request.COOKIES = {name: value for name, value in request.COOKIES.items() if name in ANONYMOUS_COOKIES}
        response = self.get_response(request)
        if is_personal(request, response):
            patch_cache_control(response, private=True, no_store=True)
        if getattr(request, SIGNED_OUT, False):
            response["Clear-Site-Data"] = '"cache"'
        return response
