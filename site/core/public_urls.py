"""The full address of a page as people see it on a screen, on paper and in a QR code.

Production names its public address once, in the WAGTAILADMIN_BASE_URL environment variable (settings'
PUBLIC_BASE_URL): that address wins. Without it (the demo, on whatever address it is opened at) the address is the
one the request came to, which Django has already checked against ALLOWED_HOSTS, so a forged Host header is refused
before it could be echoed. The Wagtail Site's own host name is never used: the demo's says 127.0.0.1:8000."""

from django.conf import settings


def public_base_url(request=None):
    """'https://sotayso.example.vn': the setting, else the request's scheme and host, else the admin's base URL."""
    configured = getattr(settings, "PUBLIC_BASE_URL", "")
    if configured:
        return configured.rstrip("/")
    if request is not None:
        return f"{request.scheme}://{request.get_host()}"
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def public_url(path, request=None):
    """A site path ('/huong-dan/…') as a full address."""
    return public_base_url(request) + "/" + path.lstrip("/")


def page_public_url(page, request=None):
    """A page's full address, whatever host its Wagtail Site names."""
    parts = page.get_url_parts(request)
    if parts is None:  # not routable: no address to give
        return ""
    return public_url(parts[2], request)
