"""The admin's sign-out, answering /admin/logout/ before Wagtail's own (config/urls.py)."""

from django.contrib.auth import views as auth_views
from django.utils.decorators import method_decorator
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.account import LogoutView


@method_decorator(require_admin_access, name="dispatch")
class AdminSignOutView(LogoutView):
    """Only a POST signs out (Wagtail's own sign-out button sends one), and it flushes the server's session.

    Wagtail's view deletes the session cookie and queues its message whatever the method, so a GET (a link, or an
    image on any page) was answered 405 and still signed the browser out, while the session lived on at the server.
    Anything but a POST is answered by Django's view alone: 405, and nothing changed."""

    def dispatch(self, request, *args, **kwargs):
        if request.method == "POST":
            return super().dispatch(request, *args, **kwargs)
        return auth_views.LogoutView.dispatch(self, request, *args, **kwargs)
