"""Joining a team with its invitation code: an account and a membership in one step.

The code is the key to the rest of the form: without a valid one, the form says nothing about the phone number
(whether it already has an account), and wrong codes are counted per client address, so that the form can serve
neither to find out who has an account nor to guess codes."""

import math
import unicodedata

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from accounts.names import clean_person_name
from accounts.phone import normalize_phone
from accounts.throttle import Throttle
from teams.member_rules import phone_elsewhere_error
from teams.models import MEMBER_DATA_PURPOSE, Affiliation, ConsentSource, Member, MemberRole, Team, TeamStatus

WRONG_CODE_LIMIT = 10
WRONG_CODE_WINDOW_SECONDS = 15 * 60


WRONG_CODES = Throttle("wrong-invitation-codes", WRONG_CODE_LIMIT, WRONG_CODE_WINDOW_SECONDS)

PHONE_TAKEN = _("Số điện thoại này đã có tài khoản. Hãy đăng nhập.")


class JoinTeamForm(forms.Form):
    invitation_code = forms.CharField(
        label=_("Mã mời của tổ"), max_length=12, help_text=_("Tổ trưởng gửi cho bạn mã này, ví dụ: K7M2QX9P.")
    )
    full_name = forms.CharField(label=_("Họ và tên"), max_length=150)
    phone = forms.CharField(
        label=_("Số điện thoại"), max_length=20, widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"})
    )
    affiliation = forms.ChoiceField(label=_("Bạn thuộc tổ chức nào?"), choices=Affiliation.choices)
    password1 = forms.CharField(
        label=_("Mật khẩu"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Ít nhất 8 ký tự, không dùng mật khẩu quá dễ đoán."),
    )
    password2 = forms.CharField(
        label=_("Nhập lại mật khẩu"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )
    consent = forms.BooleanField(
        label=_("Tôi đồng ý: %(purpose)s (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15)")
        % {"purpose": MEMBER_DATA_PURPOSE},
        error_messages={"required": _("Cần bạn đồng ý thì tổ mới được lưu thông tin của bạn.")},
    )

    def __init__(self, *args, client_address, **kwargs):
        super().__init__(*args, **kwargs)
        self.client_address = client_address
        self.team = None

    def clean_invitation_code(self):
        if WRONG_CODES.exhausted(self.client_address):
            raise forms.ValidationError(
                _("Đã nhập sai mã mời quá nhiều lần. Hãy thử lại sau %(minutes)s phút, hoặc hỏi lại tổ trưởng.")
                % {"minutes": math.ceil(WRONG_CODE_WINDOW_SECONDS / 60)}
            )
        # Phone keyboards may type full-width letters and digits: NFKC makes them the plain ones the code is made of.
        code = "".join(unicodedata.normalize("NFKC", self.cleaned_data["invitation_code"]).split()).upper()
        team = Team.objects.filter(invitation_code=code, status=TeamStatus.ACTIVE).first()
        if team is None:
            WRONG_CODES.count(self.client_address)
            raise forms.ValidationError(_("Mã mời không đúng hoặc đã được đổi. Hãy hỏi lại tổ trưởng."))
        self.team = team
        return code

    def clean_phone(self):
        phone = normalize_phone(self.cleaned_data["phone"])
        if self.team is None:  # no valid code: no answer about the number
            return phone
        if get_user_model()._default_manager.filter(phone=phone).exists():
            raise forms.ValidationError(PHONE_TAKEN)
        # A phone is one person: one recorded in another team joins this one only by a move (viewer: nobody, so the
        # other team is not named).
        error = phone_elsewhere_error(phone, self.team, viewer=AnonymousUser())
        if error is not None:
            raise forms.ValidationError(error)
        return phone

    def clean_full_name(self):
        return clean_person_name(self.cleaned_data["full_name"])

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("Hai mật khẩu chưa giống nhau."))
        elif first:
            candidate = get_user_model()(username=cleaned.get("phone") or "", phone=cleaned.get("phone"))
            try:
                password_validation.validate_password(first, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned

    @transaction.atomic
    def save(self):
        data = self.cleaned_data
        names = data["full_name"].split()
        user = get_user_model().objects.create_volunteer(
            data["phone"], data["password1"], first_name=names[-1], last_name=" ".join(names[:-1])
        )
        member = Member.objects.filter(team=self.team, phone=data["phone"]).first()
        if member is None:
            member = Member(team=self.team, phone=data["phone"], role=MemberRole.MEMBER)
        elif member.left_on is not None:
            member.role = MemberRole.MEMBER  # a leader or deputy who left comes back as a member, never in charge
        member.full_name = " ".join(names)
        member.affiliation = data["affiliation"]
        member.user = user
        member.left_on = None
        member.record_consent(ConsentSource.SELF_SIGN_UP, recorded_by=user)
        member.save()
        return user
