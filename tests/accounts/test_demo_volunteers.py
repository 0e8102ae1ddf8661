"""The README's two volunteers: one in a team with training and help logged, one in no team yet."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from accounts.demo import NEWCOMER_PHONE, VOLUNTEER_PHONE
from reporting.models import SupportLog
from teams import access
from teams.models import Announcement
from training.models import Completion, ModuleProgress
from training.pages import published_modules

pytestmark = pytest.mark.django_db


def test_the_readme_volunteer_is_in_the_leaders_team_with_progress_and_logs_and_the_newcomer_in_none(settings):
    settings.DEBUG = True
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    users = get_user_model().objects
    volunteer, newcomer = users.get(phone=VOLUNTEER_PHONE), users.get(phone=NEWCOMER_PHONE)

    membership = access.current_membership(volunteer)
    assert membership is not None
    leader = users.get(phone="+84901000001")
    assert access.leads_team(leader, membership.team)
    modules = list(published_modules())
    assert Completion.objects.filter(user=volunteer).count() == len(modules) - 2
    midway = ModuleProgress.objects.filter(user=volunteer).exclude(
        module__in=[c.module for c in Completion.objects.filter(user=volunteer)]
    )
    assert midway.count() == 1
    assert SupportLog.objects.filter(volunteer=volunteer, team=membership.team).exists()
    assert Announcement.objects.filter(access.announcement_filter(volunteer)).exists()

    assert not access.in_team(newcomer)
    printed = out.getvalue()
    assert "0912 345 678 / sotayso-demo-2026" in printed
    assert "0918 765 432 / sotayso-demo-2026" in printed
