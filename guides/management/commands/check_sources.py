"""Fetches every official source and notes when its text changed, which puts the guides citing it on the overdue list
(guides.editorial.overdue_guides). Meant for cron, e.g. once a day:

    15 3 * * *  cd /srv/sotayso && .venv/bin/python manage.py check_sources

A source is fingerprinted as the SHA-256 of its body with runs of whitespace collapsed to one space. The first fetch
only stores the fingerprint; a different one later sets `changed_on` to today. A source that cannot be fetched (an
error, a timeout, too large, not http or https) is reported and keeps what it had; the command never stops on one."""

import hashlib
import re
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.translation import gettext as _

from guides.models import OfficialSource

WHITESPACE = re.compile(rb"\s+")
WEB_SCHEMES = ("http", "https")
USER_AGENT = "SoTaySo-check-sources/1.0"


class SourceUnavailable(Exception):
    """Why a source could not be read, in words."""


class WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to another http or https address."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme not in WEB_SCHEMES:
            raise SourceUnavailable(_("chuyển hướng tới địa chỉ không phải http/https: %(url)s") % {"url": newurl})
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fingerprint(body):
    """SHA-256 of the body with whitespace collapsed, so re-indented markup is not a change."""
    return hashlib.sha256(WHITESPACE.sub(b" ", body).strip()).hexdigest()


def fetch(url, timeout, max_bytes):
    """The body at `url`, or SourceUnavailable."""
    if urlsplit(url).scheme not in WEB_SCHEMES:
        raise SourceUnavailable(_("địa chỉ không phải http/https"))
    opener = urllib.request.build_opener(WebOnlyRedirects())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with opener.open(request, timeout=timeout) as response:
            body = response.read(max_bytes + 1)
    except urllib.error.HTTPError as error:
        raise SourceUnavailable(_("máy chủ trả lời %(code)s") % {"code": error.code}) from error
    except (urllib.error.URLError, OSError, ValueError) as error:
        raise SourceUnavailable(str(getattr(error, "reason", error))) from error
    if len(body) > max_bytes:
        raise SourceUnavailable(_("lớn hơn %(size)s byte") % {"size": max_bytes})
    return body


class Command(BaseCommand):
    help = _(
        "Tải từng nguồn chính thức; nguồn có nội dung khác lần trước được ghi ngày thay đổi, và các hướng dẫn dẫn "
        "nguồn đó vào danh sách cần rà soát. Dùng cho cron (ví dụ mỗi ngày một lần). Nguồn không tải được chỉ được "
        "báo, không làm dừng lệnh."
    )

    def add_arguments(self, parser):
        parser.add_argument("--timeout", type=float, default=20, help=_("Số giây chờ mỗi nguồn (mặc định 20)."))
        parser.add_argument(
            "--max-bytes", type=int, default=5 * 1024 * 1024, help=_("Cỡ tối đa một nguồn (mặc định 5 MB).")
        )

    def handle(self, *args, timeout, max_bytes, **options):
        today = timezone.localdate()
        counts = {"first": 0, "changed": 0, "same": 0, "unavailable": 0}
        for source in OfficialSource.objects.order_by("pk"):
            try:
                body = fetch(source.url, timeout, max_bytes)
            except SourceUnavailable as error:
                counts["unavailable"] += 1
                self.stderr.write(
                    _("Không tải được: %(title)s <%(url)s>: %(error)s")
                    % {"title": source.title, "url": source.url, "error": error}
                )
                continue
            new = fingerprint(body)
            fields = {"fingerprint": new, "fetched_at": timezone.now()}
            if not source.fingerprint:
                counts["first"] += 1
                self.stdout.write(_("Lần đầu lưu dấu: %(title)s") % {"title": source.title})
            elif new != source.fingerprint:
                counts["changed"] += 1
                fields["changed_on"] = today
                self.stdout.write(_("Đã thay đổi: %(title)s <%(url)s>") % {"title": source.title, "url": source.url})
            else:
                counts["same"] += 1
            OfficialSource.objects.filter(pk=source.pk).update(**fields)
        self.stdout.write(
            _(
                "%(first)s nguồn lần đầu lưu dấu, %(changed)s nguồn đã thay đổi, %(same)s nguồn không đổi, "
                "%(unavailable)s nguồn không tải được."
            )
            % counts
        )
