"""The pytest suite: fast hashing, in-memory e-mail, static files without a manifest."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = tempfile.mkdtemp(prefix="sotayso-test-media-")
STATIC_ROOT = tempfile.mkdtemp(prefix="sotayso-test-static-")
WAGTAILADMIN_BASE_URL = "http://testserver"
PUBLIC_BASE_URL = ""  # links come from the request unless a test sets it

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory: tests that write from several threads need SQLite's real locking.
    test_file = Path(tempfile.gettempdir()) / f"sotayso-test-{os.getpid()}.sqlite3"
    DATABASES["default"]["TEST"] = {"NAME": str(test_file)}  # noqa: F405
# Tests see every change at once; the page cache has tests of its own that switch it on.
PAGE_CACHE_SECONDS = 0
SITES_KEPT_IN_PROCESS = False
