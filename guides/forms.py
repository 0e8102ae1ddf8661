"""The form under every guide, "Was this guide helpful?". A plain form rather than a model form: the guide page
shows it, so it stays below the models (guides/feedback.py receives it and keeps the answer)."""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _


class FeedbackForm(forms.Form):
    helpful = forms.TypedChoiceField(
        choices=[("1", _("Có")), ("0", _("Không"))],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
        label=_("Hướng dẫn này có giúp được bạn không?"),
        error_messages={"required": _("Hãy chọn Có hoặc Không.")},
    )
    comment = forms.CharField(
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
        label=_("Góp ý thêm (không bắt buộc, đừng ghi số điện thoại hay số căn cước)"),
        error_messages={"max_length": _("Góp ý dài tối đa %(limit_value)d ký tự (hiện có %(show_value)d).")},
    )
    # Guide pages are cached for everyone, so the server cannot issue a one-time token with the form
    # (core.form_tokens): the page's script draws this id in the browser instead (guide.js).
    client_id = forms.CharField(required=False, widget=forms.HiddenInput(attrs={"data-answer-id": True}))

    def clean_client_id(self):
        """The id, or None when there is none or it is not one: the answer is then kept like any other, so nobody
        loses an answer over a field they never saw."""
        try:
            return uuid.UUID(self.cleaned_data["client_id"])
        except ValueError:
            return None
