from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from accounts.names import clean_person_name
from accounts.phone import normalize_phone
from core.choosers import ChoosersShowOnlyChoices
from core.dates import HAS_HAPPENED, TodayRelativeLimits, team_event
from teams.access import may_link_member_accounts, visible_teams
from teams.member_rules import becomes_current_leader, current_leader, phone_elsewhere_error, second_leader_error
from teams.models import MEMBER_DATA_PURPOSE, ConsentSource, Member

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def clean_phone_field(form, field_name="phone"):
    raw = form.cleaned_data.get(field_name)
    return normalize_phone(raw) if raw else raw


PHONE_IN_TEAM = _("Tổ đã có thành viên dùng số điện thoại này.")


def check_registry_rules(form, team, viewer):
    """The rules of teams.member_rules on a member form's cleaned data: a phone of another team's current member is
    refused (a move is the admin's edit of this member's team), and so is a second current leader. Checked on a new
    row or a changed value only, so an old row saves unchanged."""
    cleaned = form.cleaned_data
    stored = form.instance if form.instance.pk else None
    phone = cleaned.get("phone")
    if team and phone and (stored is None or stored.phone != phone or stored.team_id != team.pk):
        error = phone_elsewhere_error(phone, team, viewer, exclude_pk=getattr(stored, "pk", None))
        if error is not None:
            form.add_error("phone", error)
    left_on = cleaned["left_on"] if "left_on" in cleaned else getattr(stored, "left_on", None)
    if team and becomes_current_leader(stored, team, cleaned.get("role"), left_on):
        leader = current_leader(team, exclude_pk=getattr(stored, "pk", None))
        if leader is not None:
            form.add_error("role", second_leader_error(leader))


def area_label(area):
    return f"{area.name} ({area.parent.name})" if area.parent_id else area.name


class MemberAdminForm(ChoosersShowOnlyChoices, TodayRelativeLimits, WagtailAdminModelForm):
    """Teams offered are those in the editor's scope; only superusers link accounts here. As on the leader's
    form, a member without a recorded consent is saved only with the consent box ticked."""

    today_relative_limits = {"joined_on": HAS_HAPPENED, "left_on": HAS_HAPPENED}

    consent = forms.BooleanField(label=_("Người này đã đồng ý cho tổ lưu thông tin"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "consent" in self.fields:
            self.fields["consent"].help_text = MEMBER_DATA_PURPOSE
            if self.instance.consented_at is not None:
                del self.fields["consent"]
        if self.for_user is None:
            return
        if "team" in self.fields:
            self.fields["team"].queryset = visible_teams(self.for_user).order_by("name")
        if "user" in self.fields and not may_link_member_accounts(self.for_user):
            del self.fields["user"]

    def clean_phone(self):
        return clean_phone_field(self)

    def clean_full_name(self):
        return clean_person_name(self.cleaned_data.get("full_name"))

    def clean(self):
        cleaned = super().clean()
        team, phone = cleaned.get("team"), cleaned.get("phone")
        if team and phone:
            duplicates = Member.objects.filter(team=team, phone=phone).exclude(pk=self.instance.pk)
            if duplicates.exists():
                self.add_error("phone", _("Tổ này đã có thành viên dùng số điện thoại này."))
        check_registry_rules(self, team, self.for_user)
        if "consent" in self.fields and not cleaned.get("consent"):
            self.add_error("consent", _("Chỉ lưu thông tin của người đã đồng ý. Hãy hỏi ý kiến họ trước."))
        return cleaned

    def save(self, commit=True):
        if self.cleaned_data.get("consent"):
            self.instance.record_consent(ConsentSource.ADMIN, self.for_user)
        return super().save(commit)


class RoleAssignmentAdminForm(ChoosersShowOnlyChoices, WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "area" in self.fields:
            self.fields["area"].queryset = (
                self.fields["area"].queryset.select_related("parent").order_by("level", "name")
            )
            self.fields["area"].label_from_instance = area_label


def consent_field():
    return forms.BooleanField(
        label=_("Người này đã đồng ý: %(purpose)s") % {"purpose": MEMBER_DATA_PURPOSE},
        error_messages={"required": _("Chỉ lưu thông tin của người đã đồng ý. Hãy hỏi ý kiến họ trước.")},
    )


class MemberForm(TodayRelativeLimits, forms.ModelForm):
    """The team leader's form on the front end. A person's data is kept only once their consent is recorded."""

    today_relative_limits = {"joined_on": HAS_HAPPENED}

    class Meta:
        model = Member
        fields = ["full_name", "phone", "affiliation", "role", "joined_on"]
        widgets = {
            "joined_on": DATE_INPUT,
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "off", "inputmode": "tel"}),
        }

    def __init__(self, *args, team, recorded_by=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.team = team
        self.recorded_by = recorded_by
        if self.instance.consented_at is None:
            self.fields["consent"] = consent_field()

    def clean_phone(self):
        return clean_phone_field(self)

    def clean_full_name(self):
        return clean_person_name(self.cleaned_data.get("full_name"))

    def clean(self):
        cleaned = super().clean()
        phone = cleaned.get("phone")
        if phone and Member.objects.filter(team=self.team, phone=phone).exclude(pk=self.instance.pk).exists():
            self.add_error("phone", PHONE_IN_TEAM)
        check_registry_rules(self, self.team, self.recorded_by)
        return cleaned

    def save(self, commit=True):
        self.instance.team = self.team
        if self.cleaned_data.get("consent"):
            self.instance.record_consent(ConsentSource.LEADER, self.recorded_by)
        return super().save(commit)


class LeaveForm(forms.Form):
    left_on = forms.DateField(label=_("Ngày rời tổ"), widget=DATE_INPUT, validators=team_event())

    def __init__(self, *args, member, **kwargs):
        super().__init__(*args, **kwargs)
        self.member = member

    def clean_left_on(self):
        left_on = self.cleaned_data["left_on"]
        if left_on < self.member.joined_on:
            raise ValidationError(_("Ngày rời tổ không thể trước ngày tham gia."))
        return left_on


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Tệp danh sách (Excel .xlsx hoặc CSV)"),
        help_text=_("Dòng đầu là tên cột: Họ và tên, Số điện thoại, Tổ chức, Vai trò, Ngày tham gia."),
        error_messages={
            "required": _("Hãy chọn tệp danh sách."),
            "missing": _("Hãy chọn tệp danh sách."),
            "invalid": _("Hãy chọn tệp danh sách."),
            "empty": _("Tệp trống, không có dòng nào."),
        },
    )
