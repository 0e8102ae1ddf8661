"""Production: refuses to start without a secret key and allowed hosts, and is secure by default.

SERVE_OVER_HTTP=1 relaxes the HTTPS-only settings for `make serve` on the loopback address only.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import cache_from_environment, env_bool

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}

DEBUG = False

missing = [name for name in ("SECRET_KEY", "ALLOWED_HOSTS") if not os.environ.get(name, "").strip()]
if missing:
    raise ImproperlyConfigured(
        "Production settings need these environment variables: "
        + ", ".join(missing)
        + ". Set SECRET_KEY to a long random string and ALLOWED_HOSTS to the site's host names, comma-separated."
    )
if len(SECRET_KEY) < 50:  # noqa: F405
    raise ImproperlyConfigured("SECRET_KEY must be at least 50 characters long and random.")

SERVE_OVER_HTTP = env_bool("SERVE_OVER_HTTP", False)
if SERVE_OVER_HTTP and not set(ALLOWED_HOSTS) <= LOOPBACK_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("SERVE_OVER_HTTP=1 is only allowed when ALLOWED_HOSTS lists loopback addresses.")

# `make serve` (SERVE_OVER_HTTP) runs gunicorn on loopback with no proxy in front: no header is trusted there.
SECURE_PROXY_SSL_HEADER = None if SERVE_OVER_HTTP else ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = not SERVE_OVER_HTTP
SESSION_COOKIE_SECURE = not SERVE_OVER_HTTP
CSRF_COOKIE_SECURE = not SERVE_OVER_HTTP
SECURE_HSTS_SECONDS = 0 if SERVE_OVER_HTTP else int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Several workers serve the site: a publish must retire the pages cached in every one of them.
CACHES = {"default": cache_from_environment(shared=True)}

# Media is served by the web server or object storage in front of the app; on loopback the app serves it.
SERVE_MEDIA = SERVE_OVER_HTTP
