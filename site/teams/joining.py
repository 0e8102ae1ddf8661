"""Joining a team with its invitation code for someone who already has an account and is in no team (they signed
up before, left their team, or their team was dissolved). The code is checked, and wrong codes counted, exactly as
at sign-up (teams.signup); the name and phone come from the account."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from teams.member_rules import phone_elsewhere_error
from teams.models import ConsentSource, Member, MemberRole
from teams.signup import JoinTeamForm

NO_PHONE = _(
    "Tài khoản của bạn chưa có số điện thoại nên chưa tự vào tổ được. Hãy nhờ tổ trưởng thêm bạn vào danh sách "
    "thành viên."
)


class JoinWithCodeForm(forms.Form):
    invitation_code = JoinTeamForm.base_fields["invitation_code"]
    affiliation = JoinTeamForm.base_fields["affiliation"]
    consent = JoinTeamForm.base_fields["consent"]

    # The same check and the same count of wrong codes as the sign-up form.
    clean_invitation_code = JoinTeamForm.clean_invitation_code

    def __init__(self, *args, user, client_address, **kwargs):
        super().__init__(*args, **kwargs)
        self.user, self.client_address, self.team = user, client_address, None

    def clean(self):
        cleaned = super().clean()
        if self.team is None:
            return cleaned
        if not self.user.phone:
            raise forms.ValidationError(NO_PHONE)
        error = phone_elsewhere_error(self.user.phone, self.team, viewer=AnonymousUser())
        if error is not None:
            raise forms.ValidationError(error)
        return cleaned

    @transaction.atomic
    def save(self):
        """The person's member row in the team: the one the leader recorded under their phone, or a new one."""
        user = self.user
        # Two joins by one person at once wait here for each other, so the second sees the first's team.
        get_user_model().objects.select_for_update().filter(pk=user.pk).first()
        if phone_elsewhere_error(user.phone, self.team, viewer=AnonymousUser()) is not None:
            raise IntegrityError("the phone joined another team since the form was checked")
        member = Member.objects.filter(team=self.team, phone=user.phone).first()
        if member is None:
            member = Member(team=self.team, phone=user.phone, role=MemberRole.MEMBER)
            member.full_name = user.get_full_name() or user.phone_display
        elif member.left_on is not None:
            member.role = MemberRole.MEMBER  # a leader or deputy who left comes back as a member, never in charge
        member.affiliation = self.cleaned_data["affiliation"]
        member.user = user
        member.left_on = None
        member.record_consent(ConsentSource.SELF_SIGN_UP, recorded_by=user)
        member.save()
        return member
