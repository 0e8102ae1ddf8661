"""Settings shared by every environment. Anything that differs between machines comes from the environment."""

import os
import re
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

SOURCE_ROOT = Path(__file__).resolve().parents[2]
REPO_ROOT = SOURCE_ROOT.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
CSRF_FAILURE_VIEW = "config.error_pages.csrf_failure"

INSTALLED_APPS = [
    # Project apps first so their templates override Wagtail's.
    "content",
    "guides",
    "accounts",
    "teams",
    "training",
    "reporting",
    "core",
    "accounts.apps.WagtailUsersConfig",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
]

# `manage.py load_demo_content` runs each app's demo in this order: each `load()` is safe to run again, builds on
# the pages, users and teams of those before it, and returns the lines to print (logins, counts). The list is here
# because only the settings may know every app; the command (in content) reads it.
DEMO_LOADERS = [
    "content.demo.load",
    "content.demo_safety.load",
    "guides.demo.load",
    "accounts.demo.load",
    "guides.demo_editorial.load",
    "guides.demo.load_checks",  # after the reviewers exist (accounts.demo, guides.demo_editorial)
    "teams.demo.load",
    "training.demo.load",
    "reporting.demo.load",
    "content.demo_knowledge.load",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "config.middleware.RefuseUnstorableInputMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag, public, gzip: outside personal marking and page cache to see final headers; whitenoise compresses statics.
    "core.http_caching.HttpCachingMiddleware",
    # Marks every answer built for someone in particular `private, no-store`; the page cache asks it too.
    "core.personal_responses.PersonalResponseMiddleware",
    # The request's Wagtail site and root page, kept per process until a site or page changes.
    "core.known_sites.KnownSiteMiddleware",
    "core.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.two_factor.RequireSecondStepMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Turns a sign-in refused by the lock-out into a 429 (accounts.lockout.lockout_response).
    "axes.middleware.AxesMiddleware",
    "config.middleware.MethodNotAllowedPageMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SOURCE_ROOT / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.data_saver.data_saver",
            ],
        },
    },
]


def database_from_environment():
    """PostgreSQL when DATABASE_URL is set; otherwise an SQLite file in the repository root."""
    config = dj_database_url.config(
        default=f"sqlite:///{REPO_ROOT / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # IMMEDIATE transactions and a busy timeout stop "database is locked" under concurrent writes. The connection
        # is kept like PostgreSQL's: opening one costs 1.7 ms (the WAL pragma takes a lock), a cached page 0.3 ms.
        config["OPTIONS"] = {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    else:
        # PostgreSQL's JIT compiler is for long analytical queries; a page's queries run in milliseconds. On tables
        # not yet analysed (a new site, a test database) the planner guesses the routing query's twelve LEFT JOINs
        # at trillions of rows and spent 1.1 s compiling it to run it in 1 ms. DATABASE_JIT_OFF=0 sends no startup
        # option, for a pooler that refuses them (PgBouncer): then set jit = off on the database itself.
        options = config.setdefault("OPTIONS", {})
        chosen = options.get("options", "")
        if os.environ.get("DATABASE_JIT_OFF", "1") == "1" and not re.search(r"\bjit\s*=", chosen):
            options["options"] = f"-c jit=off {chosen}".strip()
    return config


DATABASES = {"default": database_from_environment()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Django's widget templates with the site's few replacements (an empty choice says "— Chọn —", not "---------").
FORM_RENDERER = "core.form_rendering.SiteFormRenderer"


# The database cache's table, created by core's migration 0002 whatever the settings, so `migrate` alone suffices.
DATABASE_CACHE_TABLE = "sotayso_cache"


def cache_from_environment(shared=False):
    """Redis when REDIS_URL is set. Otherwise, where several workers serve the site (`shared`: production), the
    database cache, which every worker reads and retires at once; else this process's memory (dev, tests)."""
    redis_url = os.environ.get("REDIS_URL")
    if redis_url:
        return {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": "sotayso",
        }
    if shared:
        return {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": DATABASE_CACHE_TABLE,
            "KEY_PREFIX": "sotayso",
            # Every retirement leaves the old generation's pages behind until they expire: room for a few thousand.
            "OPTIONS": {"MAX_ENTRIES": 5000, "CULL_FREQUENCY": 4},
        }
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "sotayso"}


CACHES = {"default": cache_from_environment()}
# Anonymous pages are served from the cache for this long at most (0 turns the page cache off).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# Each process also keeps the pages it serves most, up to this many bytes and seconds (core/page_cache.LocalCopies):
# a hit then costs no round trip to the shared cache, and a change still shows everywhere at once.
PAGE_CACHE_LOCAL_BYTES = int(os.environ.get("PAGE_CACHE_LOCAL_BYTES", str(8 * 1024 * 1024)))
PAGE_CACHE_LOCAL_SECONDS = int(os.environ.get("PAGE_CACHE_LOCAL_SECONDS", "60"))
# The request's Wagtail site and root page kept per process until the page cache's generation changes
# (core/known_sites.py); development and the tests, with no page cache, look them up for every request.
SITES_KEPT_IN_PROCESS = PAGE_CACHE_SECONDS > 0
# Varnish's purge listener (README.md, "Behind Varnish"), e.g. http://127.0.0.1:6091, never its public port: where
# PURGE and BAN go on every change (core/frontend_purge.py). Unset, nothing is sent.
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "").strip()
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "core.frontend_purge.VarnishBackend", "LOCATION": FRONTEND_CACHE_URL},
    }

AUTH_USER_MODEL = "accounts.User"
# django-axes first: it refuses a locked sign-in before any password is checked.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "accounts.backends.PhoneEmailOrUsernameBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:sign_in"
# Optional two-step sign-in for staff (accounts.two_factor): the name authenticator apps show.
OTP_TOTP_ISSUER = "Sổ tay số"
LOGIN_REDIRECT_URL = "accounts:home"
LOGOUT_REDIRECT_URL = "/"
# The Wagtail admin keeps its own sign-in page, with a form that says when the lock-out refused it.
WAGTAILADMIN_LOGIN_URL = "wagtailadmin_login"
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.AdminSignInForm"
# One way to reset a forgotten password (accounts.password_reset, linked from both sign-in pages): Wagtail's own
# would e-mail accounts that sign in by phone too, unthrottled.
WAGTAIL_PASSWORD_RESET_ENABLED = False

# Sign-in lock-out (django-axes, tied in by accounts.lockout; the reasons for the numbers are in the README).
# How many proxies in front of the site append to X-Forwarded-For; 0 trusts no header and reads REMOTE_ADDR.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_HANDLER = "accounts.lockout.AccountAndAddressHandler"
AXES_FAILURE_LIMIT = 5  # per account
SIGN_IN_ADDRESS_FAILURE_LIMIT = 30  # per client address, shared by everyone behind one NAT
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = "accounts.lockout.lockout_parameters"
AXES_USERNAME_CALLABLE = "accounts.lockout.account_key"
AXES_CLIENT_IP_CALLABLE = "accounts.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
# Tries while locked neither count nor push the end further away: the lock ends one cool-off after the failure
# that set it, however long anyone keeps typing.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# Keep only what the counts need: no log of successful sign-ins, and no typed secrets in the failure records.
AXES_DISABLE_ACCESS_LOG = True
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "code", "csrfmiddlewaretoken"]
AXES_VERBOSE = False  # log lines name only the counts' parameters, masked

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt"))]
LOCALE_PATHS = [SOURCE_ROOT / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = REPO_ROOT / "staticfiles"
STATICFILES_DIRS = [SOURCE_ROOT / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", REPO_ROOT / "media"))
# Unset: MEDIA_ROOT plus "-private", read when used (core.uploaded_files), so a test's MEDIA_ROOT brings its own.
PRIVATE_MEDIA_ROOT = os.environ.get("PRIVATE_MEDIA_ROOT") or None
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "core.static_files.MinifiedStaticFilesStorage"},
}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Sổ tay số <khong-tra-loi@localhost>")

WAGTAIL_SITE_NAME = "Sổ tay số"
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
# Reviewers are notified through their groups; superusers would otherwise receive every submission.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# The public address (https://…), set once in production: e-mails, printed pages, QR codes and share links use it.
# Unset (the demo), pages build those links from the address each request came to (core/public_urls.py).
PUBLIC_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "").strip().rstrip("/")
WAGTAILADMIN_BASE_URL = PUBLIC_BASE_URL or "http://127.0.0.1:8000"
WAGTAILIMAGES_IMAGE_MODEL = "content.CustomImage"
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 128_000_000  # a small file that decodes into gigabytes is refused
WAGTAILIMAGES_IMAGE_FORM_BASE = "content.image_uploads.ImageForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "content.document_uploads.DocumentForm"

# Notifications (accounts.notifications): the inbox always; these channels when a person can be reached on them.
NOTIFICATION_CHANNELS = ["accounts.notifications.EmailChannel", "accounts.notifications.ZaloChannel"]
ZALO_OA_ACCESS_TOKEN = os.environ.get("ZALO_OA_ACCESS_TOKEN", "")
ZALO_OA_API_URL = os.environ.get("ZALO_OA_API_URL", "https://openapi.zalo.me/v3.0/oa/message/cs")
REPORT_REMINDER_DAYS = int(os.environ.get("REPORT_REMINDER_DAYS", "3"))
# Functions run by `send_notifications` before sending: each puts due reminders in inboxes.
NOTIFICATION_SOURCES = [
    "reporting.reminders.queue_report_reminders",
    "reporting.escalation.queue_overdue_reminders",
    "teams.deadlines.queue_deadline_reminders",
]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Addresses without diacritics are easier to read aloud and to type from a poster.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# Open data API (/api/v2/): public endpoints need no sign-in; the scoped ones set their own token authentication.
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_SEARCH_ENABLED = True
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    # OPTIONS answers with Allow and a pointer to the OpenAPI description, not the views' English docstrings.
    "DEFAULT_METADATA_CLASS": "config.api_metadata.OpenAPIPointer",
    # `?format=csv|xlsx` picks an export in the scoped API, not a DRF renderer.
    "URL_FORMAT_OVERRIDE": None,
}

# Public pages load nothing but our own files; the admin (inline scripts and styles of Wagtail's) is reported on,
# not blocked.
CSP_SELF = ("'self'",)
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": CSP_SELF,
        "script-src": CSP_SELF,
        "style-src": CSP_SELF,
        "img-src": (*CSP_SELF, "data:"),
        "font-src": CSP_SELF,
        "connect-src": CSP_SELF,
        "manifest-src": CSP_SELF,
        "worker-src": CSP_SELF,
        "media-src": CSP_SELF,
        "object-src": ("'none'",),
        "base-uri": CSP_SELF,
        "form-action": CSP_SELF,
        "frame-ancestors": ("'none'",),
    },
}
CONTENT_SECURITY_POLICY_REPORT_ONLY = {
    "DIRECTIVES": {"default-src": CSP_SELF, "object-src": ("'none'",), "frame-ancestors": ("'none'",)},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Wagtail runs search indexing and reference updates as tasks and logs each one at INFO.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # django-axes logs every sign-in failure at INFO as well as at WARNING.
        "axes": {"level": "WARNING"},
    },
}
