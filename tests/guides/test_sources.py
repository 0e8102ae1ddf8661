"""Sources on every guide (issue 22): the official sources a guide cites, the reviewer's confirmed check (the only
thing that sets "last checked"), the overdue list that includes guides whose sources changed, and check_sources."""

import datetime
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from accounts.factories import UserFactory
from content.editorial import sync_all_departments
from core.page_cache import GENERATION_KEY
from guides.checks import confirm_check
from guides.editorial import overdue_guides, overdue_reasons
from guides.factories import GuidePageFactory, GuideSourceFactory, OfficialSourceFactory
from guides.management.commands import check_sources
from guides.management.commands.check_sources import SourceUnavailable, fetch, fingerprint
from guides.models import GuideCheck, GuidePage, OfficialSource
from teams.access import may_confirm_guide_check

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


@pytest.fixture
def desk(guide, vneid):
    """The guide with one source; the VNeID department's editor and reviewer, another department's reviewer, a
    province moderator and a superuser."""
    from content.factories import DepartmentFactory

    GuideSourceFactory(page=guide, source=OfficialSourceFactory(title="Luật Căn cước 2023", issuer="Quốc hội"))
    other = DepartmentFactory(slug="bhxh", name="Bảo hiểm xã hội Việt Nam")
    sync_all_departments()
    vneid.department.refresh_from_db()
    other.refresh_from_db()

    def person(username, *groups, **extra):
        user = UserFactory(username=username, is_staff=True, **extra)
        user.groups.add(*groups)
        return user

    return {
        "guide": guide,
        "editor": person("bientap", vneid.department.editors_group),
        "reviewer": person("duyet", vneid.department.reviewers_group),
        "other_reviewer": person("duyet-khac", other.reviewers_group),
        "moderator": person("kiemduyet", Group.objects.get(name="Moderators")),
        "superuser": person("quantri", is_superuser=True),
    }


def confirm_url(guide):
    return f"/admin/huong-dan/{guide.pk}/xac-nhan-kiem-tra/"


# Who may confirm: both sides of the boundary


@pytest.mark.parametrize(
    ("role", "allowed", "refusal"),
    [
        ("reviewer", True, None),
        ("moderator", True, None),
        ("superuser", True, None),
        ("editor", False, 403),  # may edit the guide, so is told why on the spot
        ("other_reviewer", False, 404),  # may not even edit it: learns nothing, not even that it exists
    ],
)
def test_who_may_confirm_a_check(client, desk, role, allowed, refusal):
    guide = GuidePage.objects.select_related("platform__department").get(pk=desk["guide"].pk)
    assert may_confirm_guide_check(desk[role], guide) is allowed
    client.force_login(desk[role])
    response = client.get(confirm_url(guide))
    assert response.status_code == (200 if allowed else refusal)
    if refusal == 404:
        assert guide.title not in response.content.decode()
    response = client.post(confirm_url(guide), {"followed": "on", "app_version": "VNeID 2.2"})
    assert response.status_code == (302 if allowed else refusal)
    assert GuideCheck.objects.count() == (1 if allowed else 0)


def test_a_copied_guide_has_no_check_of_its_own(desk):
    guide = desk["guide"]
    confirm_check(guide, desk["reviewer"], "VNeID 2.2", "")
    copy = guide.copy(update_attrs={"slug": "ban-sao", "title": "Bản sao"}, user=desk["editor"])
    copy = GuidePage.objects.get(pk=copy.pk)
    assert (copy.last_reviewed, copy.checked_against, copy.next_review_due) == (None, "", None)
    assert not copy.checks.exists()
    assert copy.sources.count() == guide.sources.count()  # what it was checked against comes along


def test_anonymous_people_are_sent_to_sign_in_and_nobody_may_confirm_without_signing_in(client, desk):
    response = client.get(confirm_url(desk["guide"]))
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert not may_confirm_guide_check(UserFactory(username="khach"), desk["guide"])


def test_a_reviewer_confirms_a_check_from_the_screen(client, desk, django_capture_on_commit_callbacks):
    guide = desk["guide"]
    client.force_login(desk["reviewer"])
    page = client.get(confirm_url(guide)).content.decode()
    assert "Tôi đã làm theo/đối chiếu từng bước với các nguồn dưới đây" in page and "Luật Căn cước 2023" in page
    # Without ticking the box nothing is recorded.
    refused = client.post(confirm_url(guide), {"app_version": "VNeID 2.2"})
    assert refused.status_code == 200 and GuideCheck.objects.count() == 0
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(confirm_url(guide), {"followed": "on", "app_version": "VNeID 2.2", "note": "Làm thử"})
    assert response.status_code == 302 and response["Location"] == f"/admin/pages/{guide.pk}/edit/"
    guide.refresh_from_db()
    assert (guide.last_reviewed, guide.checked_against) == (TODAY(), "VNeID 2.2")
    assert guide.next_review_due == TODAY().replace(day=1) or guide.next_review_due > TODAY()
    check = GuideCheck.objects.get()
    assert (check.reviewer, check.app_version, check.note) == (desk["reviewer"], "VNeID 2.2", "Làm thử")


def test_a_guide_without_sources_cannot_be_confirmed(client, desk):
    bare = GuidePageFactory(parent=desk["guide"].get_parent(), slug="chua-co-nguon")
    client.force_login(desk["reviewer"])
    page = client.get(confirm_url(bare)).content.decode()
    assert "chưa có nguồn chính thức nào" in page and 'name="followed"' not in page
    client.post(confirm_url(bare), {"followed": "on"})
    assert GuideCheck.objects.count() == 0
    with pytest.raises(ValidationError):
        confirm_check(bare, desk["reviewer"])
    bare.refresh_from_db()
    assert bare.last_reviewed is None


def test_the_edit_page_shows_the_check_read_only_and_the_confirm_link_to_those_who_may(client, desk):
    guide = desk["guide"]
    confirm_check(guide, desk["reviewer"], "VNeID 2.2", today=datetime.date(2026, 10, 5))
    client.force_login(desk["reviewer"])
    page = client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    assert "05/10/2026" in page and confirm_url(guide) in page
    assert 'name="last_reviewed"' not in page and 'name="checked_against"' not in page
    client.force_login(desk["editor"])
    page = client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    assert "05/10/2026" in page and confirm_url(guide) not in page


# The check lives on the page row, never in revisions or the editor form


def test_confirming_sets_the_dates_and_retires_cached_pages(desk, django_capture_on_commit_callbacks):
    guide = desk["guide"]
    cache.set(GENERATION_KEY, "before", None)
    with django_capture_on_commit_callbacks(execute=True):
        confirm_check(guide, desk["reviewer"], "VNeID 2.2", "", today=datetime.date(2026, 8, 31))
    guide.refresh_from_db()
    assert guide.last_reviewed == datetime.date(2026, 8, 31)
    assert guide.next_review_due == datetime.date(2027, 2, 28)  # six months on, the month's last day
    assert cache.get(GENERATION_KEY) not in ("before", None)


def test_publishing_an_older_revision_keeps_the_live_check(desk):
    guide = desk["guide"]
    old = guide.save_revision(user=desk["editor"])
    confirm_check(guide, desk["reviewer"], "VNeID 2.2", today=datetime.date(2026, 11, 2))
    old.publish(user=desk["superuser"])
    guide.refresh_from_db()
    assert (guide.last_reviewed, guide.checked_against) == (datetime.date(2026, 11, 2), "VNeID 2.2")
    assert guide.next_review_due == datetime.date(2027, 5, 2)


def guide_edit(guide, sources):
    from tests.security.test_unstorable_input import guide_edit as base

    data = base(guide, "Mở ứng dụng")
    data.update(nested_form_data({"sources": inline_formset(sources)}))
    return data


def test_the_editor_form_ignores_a_posted_check_date(client, desk):
    guide = desk["guide"]
    client.force_login(desk["superuser"])
    data = guide_edit(guide, []) | {"last_reviewed": "2026-11-01", "checked_against": "Giả"}
    assert client.post(f"/admin/pages/{guide.pk}/edit/", data).status_code == 302
    guide.refresh_from_db()
    assert (guide.last_reviewed, guide.checked_against) == (datetime.date(2026, 10, 1), "")


# Official sources


def test_a_source_address_is_http_or_https_only():
    for address in ("ftp://chinhphu.vn/van-ban", "javascript:alert(1)", "file:///etc/passwd"):
        with pytest.raises(ValidationError):
            OfficialSource(title="Văn bản", url=address, issuer="Chính phủ").full_clean()
    OfficialSource(title="Văn bản", url="https://chinhphu.vn/van-ban", issuer="Chính phủ").full_clean()


def test_department_editors_and_moderators_keep_the_sources_but_commune_officers_do_not(client, desk):
    for role in ("editor", "reviewer", "moderator"):
        client.force_login(desk[role])
        assert client.get("/admin/snippets/guides/officialsource/add/").status_code == 200, role
    client.force_login(UserFactory(username="nguoi-khac", is_staff=True))
    assert client.get("/admin/snippets/guides/officialsource/").status_code in (302, 403)


# The overdue list


def test_the_overdue_list_includes_a_guide_whose_source_changed_after_its_check(desk):
    guide = desk["guide"]
    confirm_check(guide, desk["reviewer"], today=TODAY() - datetime.timedelta(days=10))
    assert guide not in overdue_guides()
    source = guide.sources.get().source
    source.changed_on = TODAY() - datetime.timedelta(days=2)
    source.save()
    listed = list(overdue_guides())
    assert listed == [guide]
    assert overdue_reasons(listed[0]) == [f"Nguồn đã thay đổi: Luật Căn cước 2023 (ngày {source.changed_on:%d/%m/%Y})"]
    source.changed_on = TODAY() - datetime.timedelta(days=20)  # before the check: nothing to do
    source.save()
    assert guide not in overdue_guides()


def test_the_overdue_list_says_why_in_words(desk):
    guide = desk["guide"]
    never = GuidePageFactory(parent=guide.get_parent(), slug="chua-kiem-tra")
    guide.last_reviewed = datetime.date(2025, 1, 10)
    guide.save()  # past its review date
    reasons = {item.pk: overdue_reasons(item) for item in overdue_guides()}
    assert reasons[never.pk] == ["Chưa kiểm tra lần nào"]
    assert reasons[guide.pk] == ["Quá hạn rà soát (hạn 10/07/2025)"]


def test_the_overdue_report_and_dashboard_show_the_reason_in_constant_queries(client, desk):
    guide = desk["guide"]
    client.force_login(desk["moderator"])

    def queries():
        with CaptureQueriesContext(connection) as captured:
            page = client.get("/admin/ra-soat-huong-dan/").content.decode()
        return len(captured), page

    def never_checked(number):
        item = GuidePageFactory(parent=guide.get_parent(), slug=f"them-{number}")
        GuideSourceFactory(page=item)
        return item

    first = never_checked(0)
    few, _page = queries()
    for number in range(1, 5):
        never_checked(number)
    many, page = queries()
    assert many == few
    assert "Chưa kiểm tra lần nào" in page and confirm_url(first) in page
    confirm_check(guide, desk["reviewer"], today=TODAY() - datetime.timedelta(days=3))
    OfficialSource.objects.filter(citations__page=guide).update(changed_on=TODAY())
    client.force_login(desk["editor"])
    dashboard = client.get("/admin/").content.decode()
    assert "Nguồn đã thay đổi: Luật Căn cước 2023" in dashboard


# The public page, print view and API


def test_the_guide_page_and_print_view_list_the_sources_and_the_check(client, desk):
    guide = desk["guide"]
    confirm_check(guide, desk["reviewer"], "VNeID 2.2", today=datetime.date(2026, 11, 3))
    for url in (guide.url, guide.url + "ban-in/"):
        page = client.get(url).content.decode()
        assert "Nguồn đã đối chiếu" in page, url
        assert "Luật Căn cước 2023" in page and "Quốc hội" in page and "đọc ngày 01/11/2026" in page
        assert "Kiểm tra lần cuối:" in page and "03/11/2026" in page


def test_the_api_lists_a_guides_sources(client, desk):
    data = client.get(f"/api/v2/guides/{desk['guide'].pk}/").json()
    assert data["sources"] == [
        {
            "title": "Luật Căn cước 2023",
            "url": desk["guide"].sources.get().source.url,
            "issuer": "Quốc hội",
            "issued_on": None,
            "read_on": "2026-11-01",
            "supports": "Các bước đăng nhập",
        }
    ]


# check_sources


class Pages:
    """What the loopback server answers, by path (bytes, or a function writing the answer), and what was asked."""

    bodies = {}
    hits = []


def redirect_to(location):
    def answer(handler):
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return answer


def bad_chunks(handler):
    """Promises a 10-byte chunk, sends 5 and hangs up: IncompleteRead."""
    handler.send_response(200)
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    handler.wfile.write(b"a\r\nshort")


def many_headers(handler):
    handler.send_response(200)
    for number in range(120):
        handler.send_header(f"X-Dau-{number}", "1")
    handler.end_headers()


def drip(where):
    """Sends a byte every 0.3 s, in the headers or in the body."""

    def answer(handler):
        try:
            handler.wfile.write(b"HTTP/1.0 200 OK\r\n")
            if where == "headers":
                for _byte in range(20):
                    handler.wfile.write(b"X")
                    handler.wfile.flush()
                    time.sleep(0.3)
                return
            handler.wfile.write(b"Content-Length: 20\r\n\r\n")
            for _byte in range(20):
                handler.wfile.write(b"x")
                handler.wfile.flush()
                time.sleep(0.3)
        except OSError:
            pass  # the client gave up

    return answer


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        Pages.hits.append(self.path)
        body = Pages.bodies.get(self.path)
        if callable(body):
            body(self)
            return
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def web():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    Pages.bodies = {}
    Pages.hits = []


@pytest.fixture
def private_hosts(settings):
    """The loopback server is a private address: only these tests let check_sources fetch from it."""
    settings.SOURCE_CHECK_ALLOW_PRIVATE_HOSTS = True


def run_check(**options):
    out, err = StringIO(), StringIO()
    call_command("check_sources", stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def test_check_sources_stores_a_fingerprint_then_notes_a_change(web, private_hosts):
    Pages.bodies = {"/nghi-dinh": b"<p>Han muc 10 trieu</p>"}
    source = OfficialSourceFactory(url=f"{web}/nghi-dinh")
    run_check()
    source.refresh_from_db()
    assert source.fingerprint == fingerprint(b"<p>Han muc 10 trieu</p>") and source.changed_on is None
    assert source.fetched_at is not None
    Pages.bodies["/nghi-dinh"] = b"  <p>Han muc   10\n trieu</p>\n"  # whitespace only: the same text
    run_check()
    source.refresh_from_db()
    assert source.changed_on is None
    Pages.bodies["/nghi-dinh"] = b"<p>Han muc 100 trieu</p>"
    out, _err = run_check()
    source.refresh_from_db()
    assert source.changed_on == TODAY() and "Đã thay đổi" in out


def test_check_sources_reports_what_it_cannot_fetch_and_goes_on(web, private_hosts):
    Pages.bodies = {"/lon": b"x" * 2000, "/ok": b"ok"}
    missing = OfficialSourceFactory(url=f"{web}/khong-co")
    large = OfficialSourceFactory(url=f"{web}/lon")
    closed = OfficialSourceFactory(url="http://127.0.0.1:9/dong")  # nothing listens on the discard port
    fine = OfficialSourceFactory(url=f"{web}/ok")
    out, err = run_check(max_bytes=1000, timeout=2)
    for source in (missing, large, closed):
        assert source.title in err
        source.refresh_from_db()
        assert source.fingerprint == "" and source.fetched_at is None
    fine.refresh_from_db()
    assert fine.fingerprint
    assert "3 nguồn không tải được" in out


def test_check_sources_fetches_http_and_https_only():
    with pytest.raises(SourceUnavailable):
        fetch("file:///etc/passwd", 1, 1000)
    with pytest.raises(SourceUnavailable):
        fetch("ftp://127.0.0.1/van-ban", 1, 1000)


# check_sources never reaches this machine's own network (server-side request forgery)


def test_check_sources_refuses_internal_addresses(web, settings):
    settings.SOURCE_CHECK_ALLOW_PRIVATE_HOSTS = False
    Pages.bodies = {"/bi-mat": b"noi bo"}
    for address in (
        f"{web}/bi-mat",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://0.0.0.0/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://100.100.100.200/",
    ):
        with pytest.raises(SourceUnavailable, match="địa chỉ nội bộ"):
            fetch(address, 1, 1000)
    assert Pages.hits == []
    source = OfficialSourceFactory(url=f"{web}/bi-mat")
    out, err = run_check(timeout=2)
    source.refresh_from_db()
    assert source.fetched_at is None and source.fingerprint == ""
    assert "địa chỉ nội bộ" in err and "1 nguồn không tải được" in out


def test_check_sources_refuses_a_redirect_to_an_internal_address(web, settings, monkeypatch):
    settings.SOURCE_CHECK_ALLOW_PRIVATE_HOSTS = False
    port = web.rsplit(":", 1)[1]
    # Let the loopback server stand in for a public site; every other internal address stays refused.
    real = check_sources.is_public
    monkeypatch.setattr(check_sources, "is_public", lambda address: address == "127.0.0.1" or real(address))
    Pages.bodies = {
        "/cong-khai": b"ok",
        "/sang-loopback": redirect_to(f"http://127.0.0.2:{port}/bi-mat"),
        "/sang-metadata": redirect_to("http://169.254.169.254/latest/meta-data/"),
        "/sang-ipv6": redirect_to(f"http://[::1]:{port}/bi-mat"),
    }
    assert fetch(f"{web}/cong-khai", 1, 1000) == b"ok"
    for path in ("/sang-loopback", "/sang-metadata", "/sang-ipv6"):
        with pytest.raises(SourceUnavailable, match="địa chỉ nội bộ"):
            fetch(f"{web}{path}", 1, 1000)
    assert "/bi-mat" not in Pages.hits
    source = OfficialSourceFactory(url=f"{web}/sang-loopback")
    _out, err = run_check(timeout=2)
    source.refresh_from_db()
    assert source.fetched_at is None and "địa chỉ nội bộ" in err


def test_check_sources_connects_to_the_address_it_checked(web, settings, monkeypatch):
    """DNS rebinding: a name that answers a public address for the check and loopback for the connection."""
    settings.SOURCE_CHECK_ALLOW_PRIVATE_HOSTS = False
    Pages.bodies = {"/bi-mat": b"noi bo"}
    port = int(web.rsplit(":", 1)[1])
    answers = iter(["93.184.216.34"])

    def rebinding(host, *args, **kwargs):
        address = next(answers, "127.0.0.1")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    with pytest.raises(SourceUnavailable, match="địa chỉ nội bộ"):
        fetch(f"http://nguon.example:{port}/bi-mat", 1, 1000)
    assert Pages.hits == []


def test_check_sources_follows_at_most_three_redirects(web, private_hosts):
    Pages.bodies = {f"/r{number}": redirect_to(f"/r{number + 1}") for number in range(1, 4)}
    Pages.bodies["/r4"] = redirect_to("/ok")
    Pages.bodies["/ok"] = b"ok"
    assert fetch(f"{web}/r2", 1, 1000) == b"ok"  # three redirects
    with pytest.raises(SourceUnavailable, match="chuyển hướng quá 3 lần"):
        fetch(f"{web}/r1", 1, 1000)


# A malformed or slow answer fails that source only


def test_a_malformed_answer_is_reported_and_the_next_source_is_still_checked(web, private_hosts):
    Pages.bodies = {"/hong": bad_chunks, "/nhieu-dau": many_headers, "/ok": b"ok"}
    broken = OfficialSourceFactory(url=f"{web}/hong", title="Khối hỏng")
    crowded = OfficialSourceFactory(url=f"{web}/nhieu-dau", title="Quá nhiều tiêu đề")
    fine = OfficialSourceFactory(url=f"{web}/ok")
    out, err = run_check(timeout=2)
    assert "Khối hỏng" in err and "Quá nhiều tiêu đề" in err and "sai giao thức HTTP" in err
    for source in (broken, crowded):
        source.refresh_from_db()
        assert source.fetched_at is None
    fine.refresh_from_db()
    assert fine.fingerprint and "2 nguồn không tải được" in out


def test_an_unexpected_error_is_reported_and_the_next_source_is_still_checked(web, private_hosts, monkeypatch):
    Pages.bodies = {"/mot": b"mot", "/hai": b"hai"}
    first = OfficialSourceFactory(url=f"{web}/mot")
    second = OfficialSourceFactory(url=f"{web}/hai")
    real = check_sources.fetch
    calls = []

    def failing_once(url, *args):
        calls.append(url)
        if len(calls) == 1:
            raise RuntimeError("bất ngờ")
        return real(url, *args)

    monkeypatch.setattr(check_sources, "fetch", failing_once)
    out, err = run_check(timeout=2)
    assert first.title in err and "RuntimeError" in err
    second.refresh_from_db()
    assert second.fingerprint and "1 nguồn không tải được" in out


@pytest.mark.parametrize("where", ["headers", "body"])
def test_a_source_dripping_a_byte_at_a_time_stops_at_the_overall_deadline(web, private_hosts, where):
    Pages.bodies = {"/nho-giot": drip(where)}
    started = time.monotonic()
    with pytest.raises(SourceUnavailable, match="quá 1 giây"):
        fetch(f"{web}/nho-giot", 5, 1000, deadline=1)
    assert time.monotonic() - started < 2
    source = OfficialSourceFactory(url=f"{web}/nho-giot")
    _out, err = run_check(timeout=5, deadline=1)
    source.refresh_from_db()
    assert source.fetched_at is None and "quá 1 giây" in err
