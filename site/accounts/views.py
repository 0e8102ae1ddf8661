from django import forms
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail import hooks

from accounts import notifications
from accounts.forms import LockoutExplainedMixin
from accounts.models import Notification
from accounts.personal_data import erase, personal_data, personal_data_json
from core.ids import parse_id
from core.pagination import page_of

ACCOUNT_LINKS_HOOK = "account_links"


class SignInForm(LockoutExplainedMixin, AuthenticationForm):
    username = forms.CharField(
        label=_("Số điện thoại hoặc tên đăng nhập"),
        max_length=150,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username", "inputmode": "text"}),
    )
    error_messages = {
        "invalid_login": _("Số điện thoại (hoặc tên đăng nhập) hay mật khẩu chưa đúng. Hãy thử lại."),
        "inactive": _("Tài khoản này đã bị khóa."),
    }


class SignInView(auth_views.LoginView):
    form_class = SignInForm
    template_name = "accounts/sign_in.html"
    redirect_authenticated_user = True


class SignOutView(auth_views.LogoutView):
    """Signs out and says so here rather than on the home page: this page tells how much help logged offline is
    still unsent on the phone, and asks the service worker to check that it keeps nothing personal. The browser's
    cache is cleared by the response (core.personal_responses, on every sign-out)."""

    template_name = "accounts/signed_out.html"

    def get_default_redirect_url(self):
        return self.request.path


@login_required
def account_home(request):
    """The signed-in person's page: links contributed by each app through the `account_links` hook (a link marked
    `first`, such as joining a team for someone in none, leads the page as its main action)."""
    links = []
    for provide_links in hooks.get_hooks(ACCOUNT_LINKS_HOOK):
        links.extend(provide_links(request))
    return TemplateResponse(
        request,
        "accounts/home.html",
        {
            "first_links": [link for link in links if link.get("first")],
            "links": [link for link in links if not link.get("first")],
            "unread": notifications.unread_count(request.user),
        },
    )


NOTIFICATIONS_PER_PAGE = 30


@login_required
def inbox(request):
    """The person's notifications, newest first, unread ones marked."""
    items = Notification.objects.filter(user=request.user).only("title", "body", "url", "created_at", "read_at")
    page = page_of(request, items, NOTIFICATIONS_PER_PAGE)
    return TemplateResponse(
        request,
        "accounts/inbox.html",
        {"notifications": page, "unread": notifications.unread_count(request.user)},
    )


@login_required
@require_POST
def inbox_mark_read(request):
    """Marks one notification (`id`) or all of them read; someone else's id changes nothing."""
    raw = request.POST.get("id", "")
    ids = None  # no id: all of them
    if raw:
        notification_id = parse_id(raw)
        ids = [notification_id] if notification_id else []
    notifications.mark_read(request.user, ids)
    return redirect("accounts:inbox")


@login_required
def download_my_data(request):
    response = HttpResponse(personal_data_json(request.user), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="du-lieu-cua-toi.json"'
    return response


@login_required
def erase_my_data(request):
    """Asks once more, then erases and signs the person out."""
    if request.method == "POST" and request.POST.get("xac-nhan") == "XOA":
        user = request.user
        logout(request)
        erase(user)
        return TemplateResponse(request, "accounts/erased.html", {})
    return TemplateResponse(
        request, "accounts/erase.html", {"data": personal_data(request.user), "asked": request.method == "POST"}
    )
