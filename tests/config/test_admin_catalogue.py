"""Wagtail's admin in Vietnamese: every Wagtail msgid config/wagtail_messages.py keeps has our Vietnamese in the
catalogue, the compiled catalogues shipped in the repository say the same as their .po files, Wagtail's own
English catalogues hold nothing we left out, and Django serves our Vietnamese first (views, e-mails, JavaScript)."""

import ast
import gettext
import json
import re
from pathlib import Path

import pytest
import wagtail
from django.core import mail
from django.utils import translation

from accounts.factories import UserFactory
from content.editorial import sync_all_departments

REPO = Path(__file__).resolve().parents[2]
LOCALE = REPO / "site" / "locale" / "vi" / "LC_MESSAGES"
WAGTAIL = Path(wagtail.__file__).parent
# Wagtail's apps whose admin screens our staff use: every English message in them is ours to translate.
WAGTAIL_APPS = ["admin", ".", "images", "documents", "snippets", "users", "contrib/settings", "sites", "embeds"]
WAGTAIL_APPS += ["contrib/redirects", "contrib/search_promotions", "search"]
# Names of Wagtail apps this site does not install: they appear on no screen.
NOT_INSTALLED = {"Wagtail frontend cache", "Wagtail sitemaps"}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w+\}")


def unquote(lines):
    return ast.literal_eval(" ".join(lines)) if lines else ""


def read_po(path):
    """(msgid, msgid_plural) -> (msgstr, fuzzy) for every entry of a .po file."""
    entries = {}
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        fields, current, fuzzy = {}, None, False
        for line in block.splitlines():
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            match = re.match(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[0\])?) (\".*\")$", line)
            if match:
                current = match.group(1).replace("[0]", "")
                fields[current] = [match.group(2)]
            elif line.startswith('"') and current:
                fields[current].append(line)
        if "msgid" in fields and "msgctxt" not in fields:
            key = (unquote(fields["msgid"]), unquote(fields.get("msgid_plural", [])) or None)
            entries[key] = (unquote(fields.get("msgstr", [])), fuzzy)
    return entries


def kept_msgids():
    """(msgid, plural) of every gettext_noop and ngettext_lazy call in config/wagtail_messages.py."""
    tree = ast.parse((REPO / "site" / "config" / "wagtail_messages.py").read_text(encoding="utf-8"))
    kept = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("gettext_noop", "ngettext_lazy"):
            arguments = [argument.value for argument in node.args]
            kept.append((arguments[0], arguments[1] if len(arguments) > 1 else None))
    return kept


def test_wagtail_messages_lists_many_msgids_once_each():
    kept = kept_msgids()
    assert len(kept) > 1500
    assert len(set(kept)) == len(kept)


def test_every_kept_wagtail_msgid_has_vietnamese_that_keeps_its_placeholders():
    catalogue = read_po(LOCALE / "django.po")
    problems = []
    for key in kept_msgids():
        msgstr, fuzzy = catalogue.get(key, ("", False))
        if not msgstr or fuzzy:
            problems.append(f"{key[0]!r}: {'fuzzy' if fuzzy else 'no Vietnamese'}")
            continue
        expected = set(PLACEHOLDER.findall(key[1] or key[0]))
        if set(PLACEHOLDER.findall(msgstr)) != expected:
            problems.append(f"{key[0]!r}: placeholders {sorted(expected)} became {msgstr!r}")
    assert not problems, "\n".join(problems)


def test_wagtail_has_no_english_admin_message_we_left_out():
    kept = {msgid for msgid, _plural in kept_msgids()}
    missing = []
    for app in WAGTAIL_APPS:
        catalogue = WAGTAIL / app / "locale" / "en" / "LC_MESSAGES" / "django.po"
        missing += [msgid for msgid, _plural in read_po(catalogue) if msgid and msgid not in kept | NOT_INSTALLED]
    assert not missing, f"Wagtail messages missing from config/wagtail_messages.py: {missing}"


def test_every_message_of_wagtails_admin_javascript_has_vietnamese():
    ours = read_po(LOCALE / "djangojs.po")
    wagtails = read_po(WAGTAIL / "admin" / "locale" / "en" / "LC_MESSAGES" / "djangojs.po")
    missing = [key[0] for key in wagtails if key[0] and ours.get(key, ("", False))[0] == ""]
    fuzzy = [key[0] for key, (_msgstr, is_fuzzy) in ours.items() if is_fuzzy]
    assert not fuzzy, f"Fuzzy JavaScript messages: {fuzzy}"
    assert not missing, f"Wagtail's admin JavaScript messages without Vietnamese: {missing}"


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_the_compiled_catalogue_in_the_repository_matches_its_po_file(domain):
    """`make run` needs no gettext: the .mo is committed, so it must say what the .po says."""
    with (LOCALE / f"{domain}.mo").open("rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)
    stale = []
    for (msgid, plural), (msgstr, fuzzy) in read_po(LOCALE / f"{domain}.po").items():
        if not msgid or not msgstr or fuzzy:
            continue
        shown = catalogue.ngettext(msgid, plural, 2) if plural else catalogue.gettext(msgid)
        if shown != msgstr:
            stale.append(msgid)
    assert not stale, f"Run `make messages`: the compiled {domain}.mo is older than its .po for {stale[:5]}"


SAMPLE = {
    "Sign in to Wagtail": "Đăng nhập trang quản trị",
    "Enter your %(username_field_name)s": "Nhập %(username_field_name)s của bạn",
    "Awaiting your review": "Đang chờ bạn duyệt",
    "Search all pages…": "Tìm trong mọi trang…",
    "Request changes": "Yêu cầu chỉnh sửa",
    "Approve": "Phê duyệt",
    "Submit for moderation": "Gửi duyệt",
    "Save draft": "Lưu bản nháp",
    "Publish": "Xuất bản",
    "Images": "Hình ảnh",
    "Documents": "Tài liệu",
    "Reports": "Báo cáo",
    "Your most recent edits": "Những chỗ bạn sửa gần đây",
    "Workflow history": "Lịch sử duyệt",
    "Log out": "Đăng xuất",
}


def test_django_serves_our_vietnamese_over_wagtails_catalogue():
    with translation.override("vi"):
        assert {msgid: translation.gettext(msgid) for msgid in SAMPLE} == SAMPLE
        assert translation.ngettext("1 page", "%(counter)s pages", 3) == "%(counter)s trang"


def test_wagtails_javascript_catalogue_is_vietnamese(client, superuser):
    client.force_login(superuser)
    script = client.get("/admin/jsi18n/").content.decode()
    for vietnamese in ("Tìm kiếm", "Trang tổng quan", "Thêm bình luận", "Đang tự động lưu…"):
        assert json.dumps(vietnamese)[1:-1] in script or vietnamese in script


@pytest.mark.django_db
def test_workflow_e_mails_are_vietnamese(home_page, vneid, guide, settings):
    settings.WAGTAILADMIN_NOTIFICATION_USE_HTML = False
    sync_all_departments()
    vneid.department.refresh_from_db()
    editor = UserFactory(username="bientap", email="bientap@example.vn", is_staff=True)
    editor.groups.add(vneid.department.editors_group)
    reviewer = UserFactory(username="duyet", email="duyet@example.vn", is_staff=True)
    reviewer.groups.add(vneid.department.reviewers_group)
    guide.save_revision(user=editor)
    mail.outbox.clear()
    guide.get_workflow().start(guide, editor)
    sent = [message for message in mail.outbox if "duyet@example.vn" in message.to]
    assert sent, "the reviewer was told nothing"
    text = sent[0].subject + "\n" + sent[0].body
    assert "đã được gửi duyệt" in text
    for english in ("has been submitted", "You can preview", "Edit your notification preferences", "Hello"):
        assert english not in text


@pytest.mark.django_db
def test_a_snippet_chooser_built_by_a_server_speaks_vietnamese():
    """A server builds the snippet choosers on its first request, under the request's language."""
    from wagtail.snippets.widgets import AdminSnippetChooser

    from content.models import Pillar

    with translation.override("vi"):
        widget = AdminSnippetChooser(model=Pillar)
    assert str(widget.choose_one_text).startswith("Chọn ")
    assert str(widget.choose_another_text).startswith("Chọn ")
