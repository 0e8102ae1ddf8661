"""The address a client is counted by: in the sign-in lock-out (django-axes' AXES_CLIENT_IP_CALLABLE) and in every
limit per client (accounts.throttle). It imports nothing of ours, so any app may read an address from here."""

import functools
import ipaddress
import logging

from django.conf import settings
from ipware.ip import get_client_ip

logger = logging.getLogger(__name__)

# Counted for requests whose connection has no address (gunicorn on a unix socket with no proxy header). A fixed,
# valid address rather than None: axes stores the address in an IP column and looks its rows up by it, and rows
# keyed on NULL could be created twice by simultaneous requests and then fail its get_or_create.
NO_ADDRESS = "0.0.0.0"
# One IPv6 subscriber gets a whole /64 and may pick any address in it: counting each address would give them an
# unlimited supply of counts.
IPV6_SUBSCRIBER_PREFIX = 64


def client_address(request):
    """The client's address as django-ipware reads it, as a count key: an IPv6 client by its /64 network (written
    as an address, "2001:db8:1:2::"), an IPv4-mapped IPv6 address as the IPv4 address.

    Each trusted proxy appends the address it was reached from to X-Forwarded-For, so with N of them the client
    is the N-th entry from the right; whatever stands further left was written by the client and is ignored. With
    none (the default), only REMOTE_ADDR counts."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        # ipware counts the proxies listed in the header; the last one is REMOTE_ADDR, not listed.
        address, _routable = get_client_ip(
            request, proxy_count=proxies - 1, request_header_order=["HTTP_X_FORWARDED_FOR"], strict=False
        )
    else:
        address, _routable = get_client_ip(request, request_header_order=["REMOTE_ADDR"], strict=False)
    # Fewer entries than proxies: the request did not come through them all, so only its own connection is known.
    return counted_address(address or request.META.get("REMOTE_ADDR", ""))


def counted_address(address):
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        warn_about_requests_without_an_address()
        return NO_ADDRESS
    if parsed.version == 4:
        return str(parsed)
    if parsed.ipv4_mapped:
        return str(parsed.ipv4_mapped)
    return str(ipaddress.IPv6Network((int(parsed), IPV6_SUBSCRIBER_PREFIX), strict=False).network_address)


@functools.cache  # once per process: the cause is the server's set-up, the same for every request
def warn_about_requests_without_an_address():
    logger.warning(
        "A request came with no usable client address (REMOTE_ADDR is empty, as behind gunicorn on a unix socket "
        "without a proxy header): all such requests share the address %s in the sign-in lock-out and the limits "
        "per client. Set TRUSTED_PROXY_COUNT when a proxy in front of the socket appends X-Forwarded-For.",
        NO_ADDRESS,
    )
