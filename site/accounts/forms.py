from django import forms
from django.core.exceptions import ValidationError
from wagtail.users.forms import UserCreationForm, UserEditForm

from accounts.phone import normalize_phone


class PhoneFieldMixin(forms.Form):
    """Adds the optional phone number to Wagtail's user forms and stores it in canonical form."""

    def clean_phone(self):
        raw = self.cleaned_data.get("phone")
        if not raw:
            return None
        phone = normalize_phone(raw)
        others = type(self.instance)._default_manager.filter(phone=phone).exclude(pk=self.instance.pk)
        if others.exists():
            raise ValidationError("Số điện thoại này đã được dùng cho một tài khoản khác.", code="duplicate_phone")
        return phone


class SiteUserCreationForm(PhoneFieldMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | {"phone"}


class SiteUserEditForm(PhoneFieldMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | {"phone", "zalo_user_id"}
