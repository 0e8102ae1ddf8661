from django import forms
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from accounts import throttle

ACCOUNT_LINKS_HOOK = "account_links"


class SignInForm(AuthenticationForm):
    username = forms.CharField(
        label=_("Số điện thoại hoặc tên đăng nhập"),
        max_length=150,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username", "inputmode": "text"}),
    )
    error_messages = {
        "invalid_login": _("Số điện thoại (hoặc tên đăng nhập) hay mật khẩu chưa đúng. Hãy thử lại."),
        "inactive": _("Tài khoản này đã bị khóa."),
    }

    def clean(self):
        # The backend refuses locked sign-ins everywhere (the admin's form too); here the person is told why.
        if throttle.is_locked(self.request, self.cleaned_data.get("username")):
            raise ValidationError(throttle.LOCKED_MESSAGE, code="locked")
        return super().clean()


class SignInView(auth_views.LoginView):
    form_class = SignInForm
    template_name = "accounts/sign_in.html"
    redirect_authenticated_user = True


class SignOutView(auth_views.LogoutView):
    pass


@login_required
def account_home(request):
    """The signed-in person's page: links contributed by each app through the `account_links` hook."""
    links = []
    for provide_links in hooks.get_hooks(ACCOUNT_LINKS_HOOK):
        links.extend(provide_links(request))
    return TemplateResponse(request, "accounts/home.html", {"links": links})
