"""Issuing and revoking open data API tokens in the Wagtail admin. A coordinator issues tokens for the areas of
their role only; superusers for any area or the whole country. The key is shown once, on the page after issuing."""

from django import forms
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from core.choosers import ChoosersShowOnlyChoices
from reporting.models import ApiToken
from reporting.tokens import issue
from teams.access import area_filter, bindable_areas, declare_object_scope, may_issue_token, scope_for
from teams.admin_views import scoped


def visible_tokens(user):
    """Tokens of the areas the user coordinates (every token for superusers)."""
    return ApiToken.objects.select_related("area", "created_by").filter(area_filter(user, prefix="area__"))


declare_object_scope(ApiToken, visible_tokens)


class ApiTokenIssueForm(ChoosersShowOnlyChoices, WagtailAdminModelForm):
    class Meta:
        model = ApiToken
        fields = ["name", "area", "scope"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.user = for_user
        self.fields["area"].queryset = bindable_areas(scope_for(for_user)).order_by("level", "name")
        self.fields["area"].required = not scope_for(for_user).everything  # empty: the whole country

    def clean_area(self):
        area = self.cleaned_data.get("area")
        if not may_issue_token(self.user, area):
            raise forms.ValidationError(_("Bạn chỉ cấp được khóa cho địa bàn mình phụ trách."))
        return area


class ApiTokenRevokeForm(WagtailAdminModelForm):
    revoke = forms.BooleanField(
        label=_("Thu hồi khóa này"),
        required=False,
        help_text=_("Hệ thống đang dùng khóa sẽ không đọc được số liệu nữa. Không hoàn tác được."),
    )

    class Meta:
        model = ApiToken
        fields = ["name"]

    def save(self, commit=True):
        if self.cleaned_data.get("revoke") and self.instance.revoked_at is None:
            self.instance.revoked_at = timezone.now()
        return super().save(commit=commit)


class TokenIndexView(generic.IndexView):
    def get_base_queryset(self):
        return visible_tokens(self.request.user)


class TokenIssueView(generic.CreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        token, self.key = issue(self.request.user, data["name"], data["area"], data["scope"])
        log(instance=token, action="wagtail.create", content_changed=True)
        return token

    def save_action(self):
        """The key, once: the page is not stored by the browser and the key cannot be shown again."""
        response = TemplateResponse(
            self.request,
            "reporting/admin/api_token_issued.html",
            {"token": self.object, "key": self.key, "index_url": self.get_success_url()},
        )
        patch_cache_control(response, no_store=True)
        return response


class ApiTokenViewSet(ModelViewSet):
    model = ApiToken
    icon = "key"
    menu_label = _("Khóa dữ liệu mở")
    menu_order = 220
    add_to_admin_menu = True
    name = "api_tokens"
    url_prefix = "khoa-du-lieu-mo"
    index_view_class = TokenIndexView
    add_view_class = TokenIssueView
    # A token of another area does not exist for a coordinator: 404 on every page about one token.
    edit_view_class = scoped(generic.EditView, visible_tokens)
    delete_view_class = scoped(generic.DeleteView, visible_tokens)
    history_view_class = scoped(history.HistoryView, visible_tokens)
    usage_view_class = scoped(usage.UsageView, visible_tokens)
    inspect_view_enabled = False
    copy_view_enabled = False
    list_display = ["name", "area", "scope", "prefix", "created_by", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["scope"]
    search_fields = ["name", "prefix"]
    search_backend_name = None

    def get_form_class(self, for_update=False):
        return ApiTokenRevokeForm if for_update else ApiTokenIssueForm
