"""WSGI entry point for gunicorn: `gunicorn --chdir site config.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()

from config.warm_up import warm_up  # noqa: E402 (needs the settings and apps loaded above)

warm_up()
