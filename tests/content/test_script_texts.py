"""What our scripts say is in the page, translated: a script holds no sentence of its own, it reads each one from a
data-* attribute that a template renders with {% translate %} or {% blocktranslate %} ({names} it fills in). What the
server decides for offline use (the header asking for the copy every anonymous reader gets, the Cache-Control of an
answer nothing may keep) comes from site/core/personal_responses.py, to the server, offline.js and the service worker
alike."""

import re

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.utils.html import escapejs

from core.personal_responses import PRIVATE_CACHE_CONTROL_PATTERN, PUBLIC_COPY_HEADER
from tests.security import test_access_matrix as access_matrix

pytestmark = pytest.mark.django_db
world = access_matrix.world

SCRIPTS = settings.SOURCE_ROOT / "static" / "js"
SERVICE_WORKER = settings.REPO_ROOT / "guides" / "templates" / "guides" / "sw.js"
COMMENTS = re.compile(r"/\*.*?\*/|^\s*//.*?$|\s//\s.*?$", re.DOTALL | re.MULTILINE)
OFFLINE_JS_READS = re.compile(r'(?:text|setting)\(\s*"([a-z-]+)"')
ATTRIBUTE_NAMED = re.compile(r'"data-([a-z-]+)"')
PLACEHOLDERS = {"saved": {"pages", "size"}, "pack-size": {"files", "size"}, "queued": {"count"}}


def our_scripts():
    return [*sorted(SCRIPTS.glob("*.js")), SERVICE_WORKER]


def code_of(path):
    return COMMENTS.sub("", path.read_text())


@pytest.mark.parametrize("script", our_scripts(), ids=lambda path: path.name)
def test_no_script_of_ours_holds_a_sentence_or_a_decision_of_the_server(script):
    code = code_of(script)
    assert [line for line in code.splitlines() if not line.isascii()] == []
    assert PUBLIC_COPY_HEADER not in code and "no-store" not in code


def test_the_service_worker_takes_the_servers_rule_for_what_it_may_keep(client):
    source = code_of(SERVICE_WORKER)
    assert PUBLIC_COPY_HEADER not in source and "no-store" not in source
    response = client.get("/sw.js")
    worker = response.content.decode()
    assert escapejs(PRIVATE_CACHE_CONTROL_PATTERN) in worker and escapejs(PUBLIC_COPY_HEADER) in worker


def script_tag(response, name):
    tags = BeautifulSoup(response.content, "html.parser").select(f'script[src*="js/{name}"]')
    assert len(tags) == 1, name
    return tags[0]


def test_every_page_gives_offline_js_every_sentence_it_says_and_the_servers_rules(client, request, guide):
    people, _values = request.getfixturevalue("world")
    names = set(OFFLINE_JS_READS.findall(code_of(SCRIPTS / "offline.js")))
    assert {"saving", "saved", "queued", "public-copy-header", "private-cache-control"} <= names
    pages = {"/": None, guide.url: None, "/khong-co-mang/": None, "/ghi-nhan/": people["volunteer"]}
    for url, person in pages.items():
        client.force_login(person) if person else client.logout()
        response = client.get(url)
        assert response.status_code == 200, url
        tag = script_tag(response, "offline.js")
        missing = {name for name in names if not tag.get(f"data-{name}", "").strip()}
        assert missing == set(), url
        assert tag["data-public-copy-header"] == PUBLIC_COPY_HEADER
        assert tag["data-private-cache-control"] == PRIVATE_CACHE_CONTROL_PATTERN
        for name, placeholders in PLACEHOLDERS.items():
            assert set(re.findall(r"{(\w+)}", tag[f"data-{name}"])) == placeholders, name
    assert "Đang chờ gửi {count} lượt ghi nhận" in tag["data-queued"]


def test_the_guide_page_gives_guide_js_every_sentence_it_says(client, guide):
    page = BeautifulSoup(client.get(guide.url).content, "html.parser")
    assert set(re.findall(r"{(\w+)}", page.select_one("[data-steps-progress]")["data-sentence"])) == {"done", "total"}
    status = page.select_one("[data-share-status]")
    assert status["data-copied"].strip() and status["data-not-copied"].strip()
    read_aloud = page.select_one("[data-read-aloud]")
    read_aloud_names = set(re.findall(r'"data-([a-z-]+)"', code_of(SCRIPTS / "read-aloud.js")))
    assert {"pause", "resume", "stop"} <= read_aloud_names
    assert all(read_aloud.get(f"data-{name}", "").strip() for name in read_aloud_names)
    names = set(re.findall(r'"data-([a-z-]+)"', code_of(SCRIPTS / "guide.js")))
    assert {"sentence", "script"} <= names  # and data-copied, data-not-copied, which say() reads by name
    assert read_aloud["data-script"].endswith("read-aloud.js")


def test_the_copy_button_says_what_the_page_gives_it(client, request):
    people, values = request.getfixturevalue("world")
    client.force_login(people["leader"])
    response = client.get(f"/to/{values['team']}/bao-cao/ky-{values['period']}/zalo/")
    script_tag(response, "copy.js")
    status = BeautifulSoup(response.content, "html.parser").select_one("[data-copy-status]")
    names = set(ATTRIBUTE_NAMED.findall(code_of(SCRIPTS / "copy.js"))) - {"copy-target"}
    assert names == {"copied", "not-copied"}
    assert all(status.get(f"data-{name}", "").strip() for name in names)
