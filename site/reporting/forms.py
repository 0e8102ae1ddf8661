from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from core.choosers import ChoosersShowOnlyChoices
from core.dates import LAST_DAY, AtMostDaysAhead, NotAfter, TodayRelativeLimits, not_in_past
from core.ids import IdModelChoiceField, parse_id
from reporting.models import (
    LOG_DAYS_BACK,
    MAX_COUNT,
    TARGET_TOO_FAR,
    Difficulty,
    DifficultyStage,
    SupportLog,
    latest_target_year,
)
from teams.access import bindable_areas, scope_for
from teams.models import AdminArea, AreaLevel

COUNT_WIDGET = forms.NumberInput(attrs={"inputmode": "numeric", "min": 0, "class": "count-input"})


def count_field(label, maximum, required=False):
    return forms.IntegerField(
        label=label,
        required=required,
        min_value=0,
        max_value=maximum,
        widget=COUNT_WIDGET,
        error_messages={
            "invalid": _("Hãy nhập một số nguyên, ví dụ 3."),
            "min_value": _("Không nhập số âm."),
            "max_value": _("Số lớn hơn %(limit_value)s là quá lớn; hãy kiểm tra lại."),
        },
    )


OTHER_PERSONS_ENTRY = "other_person"


def help_given_by_now(day):
    if day > timezone.localdate():
        raise ValidationError(_("Không ghi nhận cho ngày trong tương lai."), code="future_date")


def help_given_within_log_days(day):
    if (timezone.localdate() - day).days > LOG_DAYS_BACK:
        raise ValidationError(_("Ngày này đã quá một năm; hãy kiểm tra lại."), code="date_too_early")


class SupportLogForm(TodayRelativeLimits, forms.ModelForm):
    """Quick entry on a phone: today, my village and my last platform are already chosen.

    The page names whose entry it is (`owner`, the signed-in person's id, rendered by the template and kept by the
    phone with an entry queued offline): an entry is saved only for that person, so one typed or queued before a
    sign-out is never saved in the next person's session on a shared phone."""

    # Help is logged on the spot, or soon after from a phone that was offline.
    today_relative_limits = {"date": (help_given_by_now, help_given_within_log_days)}

    client_id = forms.UUIDField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = SupportLog
        fields = ["date", "area", "platform", "note"]
        field_classes = {"area": IdModelChoiceField, "platform": IdModelChoiceField}
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "note": forms.TextInput(attrs={"placeholder": _("Ví dụ: hướng dẫn bà Lan ở xóm Bến")}),
        }

    def __init__(self, *args, team, indicators, volunteer, **kwargs):
        super().__init__(*args, **kwargs)
        self.team, self.indicators, self.volunteer = team, indicators, volunteer
        self.fields["area"].queryset = AdminArea.objects.filter(
            Q(pk=team.commune_id) | Q(parent_id=team.commune_id, level=AreaLevel.VILLAGE)
        ).order_by("level", "name")
        self.fields["area"].empty_label = _("(không ghi thôn)")
        self.fields["platform"].queryset = self.fields["platform"].queryset.live().order_by("title")
        self.fields["platform"].empty_label = _("(không ghi nền tảng)")
        for indicator in indicators:
            self.fields[f"chi-tieu-{indicator.pk}"] = count_field(f"{indicator.name} ({indicator.unit})", MAX_COUNT)

    def count_fields(self):
        return [self[f"chi-tieu-{indicator.pk}"] for indicator in self.indicators]

    def clean(self):
        cleaned = super().clean()
        if parse_id(self.data.get("owner")) != self.volunteer.pk:
            raise ValidationError(
                _(
                    "Lượt ghi nhận này được nhập khi một người khác đăng nhập trên máy này, nên chưa được lưu cho "
                    "bạn. Nếu đúng là bạn đã hỗ trợ, hãy kiểm tra lại các con số rồi bấm Ghi nhận."
                ),
                code=OTHER_PERSONS_ENTRY,
            )
        names = [f"chi-tieu-{indicator.pk}" for indicator in self.indicators]
        # A mistyped number has its own message; "enter a number" would only contradict what the person typed.
        if not any(name in self.errors for name in names) and not any(cleaned.get(name) for name in names):
            raise ValidationError(_("Hãy nhập ít nhất một con số lớn hơn 0."))
        return cleaned

    def counts(self):
        return {
            indicator: self.cleaned_data[f"chi-tieu-{indicator.pk}"]
            for indicator in self.indicators
            if self.cleaned_data.get(f"chi-tieu-{indicator.pk}")
        }


class ReportValuesForm(forms.Form):
    """The report's figures: each starts from the logs; a different figure needs a reason."""

    proposals = forms.CharField(
        label=_("Đề xuất, kiến nghị"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, values, **kwargs):
        super().__init__(*args, **kwargs)
        self.report_values = values
        for value in values:
            self.fields[f"so-{value.indicator_id}"] = count_field(
                f"{value.indicator.name} ({value.indicator.unit})", MAX_COUNT * 100, required=True
            )
            self.fields[f"ly-do-{value.indicator_id}"] = forms.CharField(
                label=_("Lý do khác số ghi nhận"), required=False, max_length=300
            )

    def rows(self):
        return [
            (value, self[f"so-{value.indicator_id}"], self[f"ly-do-{value.indicator_id}"])
            for value in self.report_values
        ]

    def clean(self):
        cleaned = super().clean()
        for value in self.report_values:
            figure = cleaned.get(f"so-{value.indicator_id}")
            reason = (cleaned.get(f"ly-do-{value.indicator_id}") or "").strip()
            if figure is not None and figure != value.from_logs and not reason:
                self.add_error(
                    f"ly-do-{value.indicator_id}",
                    _("Số khác với sổ ghi nhận (%(logged)s): hãy ghi lý do.") % {"logged": value.from_logs},
                )
        return cleaned


class DifficultyForm(forms.ModelForm):
    class Meta:
        model = Difficulty
        fields = ["category", "platform", "text"]
        field_classes = {"platform": IdModelChoiceField}
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["platform"].queryset = self.fields["platform"].queryset.live().order_by("title")
        self.fields["platform"].required = False
        self.fields["category"].required = False
        self.fields["text"].required = False

    def has_content(self):
        return bool((self.cleaned_data.get("text") or "").strip())

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("text") or "").strip() and not cleaned.get("category"):
            self.add_error("category", _("Hãy chọn loại khó khăn."))
        return cleaned


class ReviewForm(forms.Form):
    comment = forms.CharField(
        label=_("Nhận xét (bắt buộc khi trả lại)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ResponseForm(forms.Form):
    response = forms.CharField(
        label=_("Phản hồi cho tổ"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Hãy viết phản hồi cho tổ.")},
    )
    resolved = forms.BooleanField(label=_("Đã giải quyết xong"), required=False)

    def __init__(self, *args, receiver="", **kwargs):
        super().__init__(*args, **kwargs)
        if receiver:  # the province records the answer the People's Committee (or a department) sent back
            self.fields["response"].label = _("Trả lời của %(receiver)s") % {"receiver": receiver}
            self.fields["response"].help_text = _("Ghi nội dung trả lời đã nhận; tổ, xã và tỉnh đều đọc được.")


class EscalateForm(forms.Form):
    reason = forms.CharField(
        label=_("Vì sao xã, phường không tự giải quyết được"),
        help_text=_("Tỉnh, tổ và nơi được chuyển đến đều đọc lý do này: xã đã làm gì, cần ai giúp gì."),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Hãy ghi lý do chuyển lên tỉnh.")},
    )


# A province plans its answers within a quarter; a due date further off is a mistyped year.
LONGEST_DUE_DAYS = 92


class ForwardForm(forms.Form):
    """Where the province sends an escalated difficulty: the platform's department (when the difficulty names a
    platform with one) or the province People's Committee, and by when the answer is due."""

    to = forms.ChoiceField(
        label=_("Chuyển đến"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Hãy chọn nơi chuyển đến."),
            "invalid_choice": _("Hãy chọn một trong các nơi chuyển đến trong danh sách."),
        },
    )
    due_on = forms.DateField(
        label=_("Hạn trả lời"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        validators=[not_in_past, NotAfter(LAST_DAY), AtMostDaysAhead(LONGEST_DUE_DAYS)],
        error_messages={
            "required": _("Hãy chọn hạn trả lời."),
            "invalid": _("Ngày này không có thật. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2026."),
        },
    )
    comment = forms.CharField(
        label=_("Nội dung đề nghị"),
        help_text=_("Đề nghị nơi nhận làm gì; tổ và xã cũng đọc được."),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Hãy ghi nội dung đề nghị.")},
    )

    def __init__(self, *args, department, committee, **kwargs):
        super().__init__(*args, **kwargs)
        self.department = department
        choices = []
        if department is not None:
            choices.append((DifficultyStage.DEPARTMENT, department.name))
        choices.append((DifficultyStage.COMMITTEE, committee))
        self.fields["to"].choices = choices


class TargetAdminForm(ChoosersShowOnlyChoices, TodayRelativeLimits, WagtailAdminModelForm):
    """Targets only for the provinces and communes the editor coordinates."""

    today_relative_limits = {"year": (MaxValueValidator(latest_target_year, message=TARGET_TOO_FAR),)}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and "area" in self.fields:
            self.fields["area"].queryset = bindable_areas(scope_for(self.for_user)).order_by("level", "name")
