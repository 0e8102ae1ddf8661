"""A gunicorn worker's first page took 0.5 s more than its next ones (1.2-2 s on a loaded machine): it read the URL
modules, compiled the templates and loaded the image library on first use. A reader after a publish, or after a
restart, waited for all of it (tests/core/test_shared_cache_workers.py). config/wsgi.py warms each worker before it
takes its first request; nothing here touches the database, so a worker still starts when the database is down."""

import logging
from pathlib import Path

from django.conf import settings
from django.template import TemplateSyntaxError, engines
from django.template.utils import get_app_template_dirs
from django.urls import Resolver404, get_resolver
from PIL import Image

logger = logging.getLogger(__name__)


def site_template_names():
    """Every template of the site's own (its templates folder and its apps'), not Django's or Wagtail's."""
    engine = engines["django"].engine
    roots = [Path(folder) for folder in (*engine.dirs, *get_app_template_dirs("templates"))]
    installed = {"site-packages", "dist-packages"}  # a virtualenv may sit in the repository, or be linked into it
    ours = [root for root in roots if root.is_relative_to(settings.REPO_ROOT) and not installed & set(root.parts)]
    return sorted({path.relative_to(root).as_posix() for root in ours for path in root.rglob("*.html")})


def warm_up():
    resolver = get_resolver()
    resolver.reverse_dict  # noqa: B018 (imports every view module and lists the names that links reverse)
    try:
        resolver.resolve("/-/")  # compiles every pattern an address is matched against
    except Resolver404:
        pass
    Image.init()  # the image formats, read when a page's renditions are listed
    templates = engines["django"]
    for name in site_template_names():
        try:
            templates.get_template(name)  # compiled once, kept by the cached loader
        except TemplateSyntaxError:
            logger.exception("Template %s does not compile", name)
