"""collectstatic sends our scripts and style sheets minified (core/static_files.py), hashed and compressed as
before, and leaves Wagtail's files as shipped."""

import json
import os
import shutil
import subprocess
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

SOURCES = Path(settings.STATICFILES_DIRS[0])


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    """One collectstatic for the module (it takes seconds: Wagtail's admin files too)."""
    root = tmp_path_factory.mktemp("static")
    storages = {**settings.STORAGES, "staticfiles": {"BACKEND": "core.static_files.MinifiedStaticFilesStorage"}}
    with override_settings(STATIC_ROOT=root, STORAGES=storages):
        call_command("collectstatic", interactive=False, verbosity=0, stdout=StringIO())
    return root, json.loads((root / "staticfiles.json").read_text())["paths"]


def test_our_scripts_and_style_sheets_are_sent_smaller_and_hashed_from_what_is_sent(collected):
    root, manifest = collected
    ours = [path.relative_to(SOURCES).as_posix() for path in SOURCES.rglob("*") if path.suffix in (".js", ".css")]
    assert "js/offline.js" in ours and "css/site.css" in ours
    for name in ours:
        sent = (root / manifest[name]).read_bytes()
        assert len(sent) < (SOURCES / name).stat().st_size, name
        assert sent == (root / name).read_bytes(), name
        assert (root / (manifest[name] + ".gz")).exists() and (root / (manifest[name] + ".br")).exists(), name
    assert b"/*" not in (root / manifest["css/site.css"]).read_bytes()  # the comments stay in the sources


def test_wagtails_files_are_left_as_shipped(collected):
    root, _manifest = collected
    import wagtail

    shipped = Path(wagtail.__file__).parent / "admin" / "static" / "wagtailadmin" / "js" / "core.js"
    assert (root / "wagtailadmin" / "js" / "core.js").read_bytes() == shipped.read_bytes()


@pytest.mark.skipif(
    shutil.which("node") is None and not os.environ.get("BROWSER_TESTS_REQUIRED"),
    reason="node (installed with npm for the browser tests) checks the minified scripts' syntax",
)
def test_every_minified_script_still_parses(collected):
    root, manifest = collected
    for source in SOURCES.rglob("*.js"):
        name = source.relative_to(SOURCES).as_posix()
        result = subprocess.run(["node", "--check", str(root / manifest[name])], capture_output=True, text=True)
        assert result.returncode == 0, (name, result.stderr)
