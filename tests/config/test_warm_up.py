"""Each gunicorn worker is warmed before its first request (config/wsgi.py): a cold worker made the first reader
after a publish wait 1.2-2 s on a loaded machine (tests/core/test_shared_cache_workers.py holds it to 2 s)."""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json, sys
import config.wsgi  # warms as gunicorn's worker does
from django.template import engines
from django.urls import get_resolver
from config.warm_up import site_template_names

loader = engines["django"].engine.template_loaders[0]
print(json.dumps({
    "templates": sorted(key.split(":")[0] for key in loader.get_template_cache),
    "ours": site_template_names(),
    "image_formats": "PIL.PngImagePlugin" in sys.modules and "PIL.WebPImagePlugin" in sys.modules,
    "reversed_names": "search" in get_resolver().reverse_dict,
}))
"""


def test_a_worker_has_its_views_templates_and_image_formats_before_its_first_request_without_a_database():
    environment = {name: value for name, value in os.environ.items() if name in {"PATH", "HOME", "LANG"}}
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        PYTHONPATH=str(REPO_ROOT / "site"),
        SECRET_KEY="warm-up-test-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        ALLOWED_HOSTS="localhost",
        SERVE_OVER_HTTP="1",
        DATABASE_URL="postgres://nobody@127.0.0.1:9/nowhere",  # nothing listens: warming must not need it
    )
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=REPO_ROOT, env=environment, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert {"guides/guide_page.html", "guides/blocks/step.html", "base.html"} <= set(found["templates"])
    assert found["templates"] == found["ours"]
    assert not any(name.startswith(("django/", "wagtailcore/", "wagtailimages/")) for name in found["ours"])
    assert found["image_formats"] and found["reversed_names"]
