"""Fetches every official source and notes when its text changed, which puts the guides citing it on the overdue list
(guides.editorial.overdue_guides). Meant for cron, e.g. once a day:

    15 3 * * *  cd /srv/sotayso && .venv/bin/python manage.py check_sources

A source is fingerprinted as the SHA-256 of its body with runs of whitespace collapsed to one space. The first fetch
only stores the fingerprint; a different one later sets `changed_on` to today. A source that cannot be fetched (an
error, a timeout, too large, too slow overall, not http or https, an internal address) is reported and keeps what it
had; the command never stops on one.

Sources are typed by editors, so the fetch must not become a way to reach this machine's own network (server-side
request forgery): every address a source or one of its redirects (at most MAX_REDIRECTS) names is resolved, and a
host resolving to a loopback, private, link-local, reserved, multicast, unspecified or otherwise non-global address
is refused. The connection is made to the very address that was checked, and the peer is checked again once
connected, so a DNS answer that changes between the check and the connection (rebinding) gains nothing. Proxies from
the environment are not used: the check could not see where a proxy goes. Tests that serve pages on 127.0.0.1 turn
the check off with the setting SOURCE_CHECK_ALLOW_PRIVATE_HOSTS = True; nothing else should."""

import hashlib
import http.client
import ipaddress
import re
import socket
import ssl
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.translation import gettext as _

from guides.models import OfficialSource

WHITESPACE = re.compile(rb"\s+")
WEB_SCHEMES = ("http", "https")
USER_AGENT = "SoTaySo-check-sources/1.0"
MAX_REDIRECTS = 3
CHUNK = 64 * 1024
DEFAULT_DEADLINE = 60  # seconds for one source, redirects and all


class SourceUnavailable(Exception):
    """Why a source could not be read, in words."""


class DeadlinePassed(TimeoutError):
    """The source took longer than its overall limit (a server sending a byte now and then)."""


def allow_private_hosts():
    """Only tests serving pages on 127.0.0.1 set SOURCE_CHECK_ALLOW_PRIVATE_HOSTS."""
    return bool(getattr(settings, "SOURCE_CHECK_ALLOW_PRIVATE_HOSTS", False))


def is_public(address):
    """Whether an IP address (text, possibly with an IPv6 zone) is an ordinary address on the internet."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not (
        ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_reserved or ip.is_multicast or ip.is_unspecified
    )


class Guard:
    """The checks one fetch makes: which addresses it may connect to, and its overall deadline."""

    def __init__(self, allow_private, timeout, seconds):
        self.allow_private = allow_private
        self.timeout = timeout
        self.end = time.monotonic() + seconds
        self.seconds = seconds

    def wait(self):
        """How long the next socket operation may wait: the timeout, but never past the deadline."""
        left = self.end - time.monotonic()
        if left <= 0.01:
            raise DeadlinePassed(_("quá %(seconds)s giây") % {"seconds": f"{self.seconds:g}"})
        return min(self.timeout, left)

    def receive(self, sock, read, *args):
        """One read on `sock`, waiting no longer than wait(); a wait cut short by the deadline says so."""
        sock.settimeout(self.wait())
        try:
            return read(*args)
        except TimeoutError:
            self.wait()
            raise

    def refuse(self, host, address):
        return SourceUnavailable(
            _("địa chỉ nội bộ hoặc không công khai (%(host)s → %(address)s), không tải")
            % {"host": host, "address": address}
        )

    def resolve(self, host, port):
        """The addresses `host` resolves to, refusing them all if any is not public."""
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        if not self.allow_private:
            for *_ignored, sockaddr in found:
                if not is_public(sockaddr[0]):
                    raise self.refuse(host, sockaddr[0])
        return found

    def check_url(self, url):
        """Refuses a URL whose host is not public (the redirect check; the connection checks again)."""
        parts = urlsplit(url)
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as error:
            raise SourceUnavailable(_("địa chỉ không hợp lệ: %(url)s") % {"url": url}) from error
        if not parts.hostname:
            raise SourceUnavailable(_("địa chỉ không hợp lệ: %(url)s") % {"url": url})
        try:
            self.resolve(parts.hostname, port)
        except OSError as error:
            raise SourceUnavailable(str(error)) from error

    def connect(self, address, timeout=None, source_address=None):
        """Stands in for socket.create_connection: connects to an address that passed the check, then checks the
        peer it reached."""
        host, port = address
        last = None
        for family, kind, proto, _name, sockaddr in self.resolve(host, port):
            sock = DeadlineSocket(family, kind, proto)
            sock.guard = self
            try:
                sock.settimeout(self.wait())
                if source_address:
                    sock.bind(source_address)
                sock.connect(sockaddr)
                peer = sock.getpeername()[0]
                if not self.allow_private and not is_public(peer):
                    raise self.refuse(host, peer)
                return sock
            except OSError as error:
                sock.close()
                last = error
            except BaseException:
                sock.close()
                raise
        raise last or OSError(_("không tìm thấy địa chỉ của %(host)s") % {"host": host})


class DeadlineSocket(socket.socket):
    """A socket whose every read waits no longer than what is left of the fetch's deadline."""

    guard = None

    def recv_into(self, buffer, nbytes=0, flags=0):
        return self.guard.receive(self, super().recv_into, buffer, nbytes, flags)


class DeadlineSSLSocket(ssl.SSLSocket):
    """The same for https (a subclass per fetch carries the guard: SSLContext makes these sockets itself)."""

    guard = None

    def recv_into(self, buffer, nbytes=None, flags=0):
        return self.guard.receive(self, super().recv_into, buffer, nbytes, flags)


class GuardedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args, guard, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = guard.connect


class GuardedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args, guard, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = guard.connect


class GuardedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, guard):
        super().__init__()
        self.guard = guard

    def http_open(self, req):
        return self.do_open(GuardedHTTPConnection, req, guard=self.guard)


class GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, guard):
        context = ssl.create_default_context()
        context.sslsocket_class = type("FetchSSLSocket", (DeadlineSSLSocket,), {"guard": guard})
        super().__init__(context=context)
        self.guard = guard

    def https_open(self, req):
        return self.do_open(GuardedHTTPSConnection, req, context=self._context, guard=self.guard)


class CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Follows at most MAX_REDIRECTS redirects, each only to a public http or https address."""

    max_redirections = MAX_REDIRECTS

    def __init__(self, guard):
        super().__init__()
        self.guard = guard

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        try:
            if urlsplit(newurl).scheme not in WEB_SCHEMES:
                raise SourceUnavailable(_("chuyển hướng tới địa chỉ không phải http/https: %(url)s") % {"url": newurl})
            if len(getattr(req, "redirect_dict", {})) >= MAX_REDIRECTS:
                raise SourceUnavailable(_("chuyển hướng quá %(count)s lần") % {"count": MAX_REDIRECTS})
            self.guard.check_url(newurl)
        except SourceUnavailable:
            fp.close()
            raise
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fingerprint(body):
    """SHA-256 of the body with whitespace collapsed, so re-indented markup is not a change."""
    return hashlib.sha256(WHITESPACE.sub(b" ", body).strip()).hexdigest()


def fetch(url, timeout, max_bytes, deadline=DEFAULT_DEADLINE, allow_private=None):
    """The body at `url`, or SourceUnavailable. `timeout` bounds each wait on the network, `deadline` the whole fetch
    (redirects included); `allow_private` (by default the setting SOURCE_CHECK_ALLOW_PRIVATE_HOSTS) is for tests."""
    if urlsplit(url).scheme not in WEB_SCHEMES:
        raise SourceUnavailable(_("địa chỉ không phải http/https"))
    guard = Guard(allow_private_hosts() if allow_private is None else allow_private, timeout, deadline)
    guard.check_url(url)
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}), GuardedHTTPHandler(guard), GuardedHTTPSHandler(guard), CheckedRedirects(guard)
    )
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    body = bytearray()
    try:
        with opener.open(request, timeout=timeout) as response:
            while chunk := response.read1(CHUNK):
                body += chunk
                if len(body) > max_bytes:
                    raise SourceUnavailable(_("lớn hơn %(size)s byte") % {"size": max_bytes})
    except urllib.error.HTTPError as error:
        raise SourceUnavailable(_("máy chủ trả lời %(code)s") % {"code": error.code}) from error
    except http.client.HTTPException as error:
        raise SourceUnavailable(
            _("máy chủ trả lời sai giao thức HTTP (%(error)s)") % {"error": type(error).__name__}
        ) from error
    except (urllib.error.URLError, OSError, ValueError) as error:
        raise SourceUnavailable(str(getattr(error, "reason", error))) from error
    return bytes(body)


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
        parser.add_argument(
            "--deadline",
            type=float,
            default=DEFAULT_DEADLINE,
            help=_("Số giây tối đa cho cả một nguồn, kể cả chuyển hướng (mặc định 60)."),
        )

    def handle(self, *args, timeout, max_bytes, deadline, **options):
        today = timezone.localdate()
        counts = {"first": 0, "changed": 0, "same": 0, "unavailable": 0}
        for source in OfficialSource.objects.order_by("pk"):
            try:
                body = fetch(source.url, timeout, max_bytes, deadline)
            except Exception as error:  # one source, whatever went wrong, never stops the others
                if not isinstance(error, SourceUnavailable):
                    error = _("lỗi không lường trước (%(kind)s: %(error)s)") % {
                        "kind": type(error).__name__,
                        "error": error,
                    }
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
