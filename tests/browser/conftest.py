"""Playwright driving Debian's Chromium (never a downloaded browser) against pytest-django's live server."""

import os
import shutil
from pathlib import Path

import pytest
from django.utils import translation
from wagtail.admin.forms.models import registry
from wagtail.snippets.widgets import AdminSnippetChooser

PHONE_VIEWPORT = {"width": 390, "height": 844}
# Playwright's own default, and every page's: CI runs a browser test beside another worker's, and a slow moment must
# not read as a broken page.
TIMEOUT_MS = 30_000
SCREENSHOT_DIR = Path(os.environ.get("SCREENSHOT_DIR", Path(__file__).resolve().parents[2] / "build" / "screenshots"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def find_chromium():
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return configured if Path(configured).exists() else None
    return shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


def pytest_collection_modifyitems(config, items):
    browser_items = [item for item in items if "tests/browser/" in item.nodeid]
    for item in browser_items:
        item.add_marker(pytest.mark.browser)
    if find_chromium() or os.environ.get("BROWSER_TESTS_REQUIRED") == "1":
        return
    reason = "no Chromium found: install Debian's chromium or set CHROMIUM_PATH (BROWSER_TESTS_REQUIRED=1 fails)"
    for item in browser_items:
        item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def browser():
    executable = find_chromium()
    if executable is None:
        pytest.fail("BROWSER_TESTS_REQUIRED=1 but no Chromium was found at CHROMIUM_PATH or /usr/bin/chromium")
    # Playwright's sync API runs an event loop in this thread; the live server's database work is synchronous.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def phone(browser):
    """A fresh browser context the size of a common phone, in Vietnamese."""
    context = browser.new_context(viewport=PHONE_VIEWPORT, locale="vi-VN", device_scale_factor=1)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    yield page
    context.close()


@pytest.fixture
def screenshot(phone):
    def save(name):
        SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOT_DIR / f"{name}.png"
        phone.screenshot(path=str(path), full_page=True)
        return path

    return save


@pytest.fixture(autouse=True)
def snippet_choosers_worded_in_vietnamese():
    """pytest-django builds the test database with `migrate`, which runs with translations off; its system checks load
    the admin's URLs, and Wagtail then builds each snippet chooser widget once, formatting "Choose %(object)s" in
    English. A server builds them on its first request, in Vietnamese (tests/config/test_admin_catalogue.py shows the
    widget's words): build them again here the way a server does."""
    with translation.override("vi"):
        for override in registry.values_by_fk_related_model.values():
            widget = override.get("widget") if isinstance(override, dict) else None
            if isinstance(widget, AdminSnippetChooser):
                widget.__init__(model=widget.model, icon=widget.icon)
