"""Forms fuzzed with Hypothesis: whatever arrives, the answer is a page or a clear refusal, never a 500."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import from_form

from accounts.factories import UserFactory
from guides.feedback import FeedbackForm
from teams.factories import MemberFactory, TeamFactory
from teams.models import MemberRole

pytestmark = pytest.mark.django_db

# Derandomised: CI runs the same examples every time, so a failure is reproducible, never a flake.
FUZZ = settings(
    max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
TEXT = st.text(max_size=300) | st.sampled_from(["-1", "0", "1e9", "9" * 40, "2026-02-30", "<script>", "'; --", ""])


def fields(*names):
    return st.dictionaries(st.sampled_from(names), TEXT, max_size=len(names))


def answers(data, *statuses):
    """A NUL is refused with the 400 page before the view (config.middleware); anything else reaches the form."""
    return {400} if any("\x00" in value for value in data.values()) else set(statuses)


@FUZZ
@given(form=from_form(FeedbackForm))
def test_the_feedback_form_validates_anything_it_is_given(form):
    form.is_valid()


@FUZZ
@given(data=fields("helpful", "comment", "client_id"))
def test_feedback_posts_never_fail(client, guide, data):
    from django.core.cache import cache

    cache.clear()
    assert client.post(f"/phan-hoi/{guide.pk}/", data).status_code in (302, 400)


@FUZZ
@given(data=fields("invitation_code", "full_name", "phone", "affiliation", "password1", "password2", "consent"))
def test_sign_up_posts_never_fail(client, home_page, data):
    assert client.post("/dang-ky/", data).status_code in answers(data, 200, 302)


@FUZZ
@given(data=fields("username", "password"))
def test_sign_in_posts_never_fail(client, home_page, data):
    # 429 once the failures lock this client address out (accounts.lockout).
    assert client.post("/dang-nhap/", data).status_code in answers(data, 200, 302, 429)


@pytest.fixture
def leader_client(client, home_page):
    team = TeamFactory()
    leader = UserFactory(username="to-truong-fuzz")
    MemberFactory(team=team, user=leader, role=MemberRole.LEADER)
    client.force_login(leader)
    return client, team


@FUZZ
@given(data=fields("full_name", "phone", "affiliation", "role", "joined_on", "consent"))
def test_member_posts_never_fail(leader_client, data):
    client, team = leader_client
    assert client.post(f"/to/{team.pk}/them-thanh-vien/", data).status_code in answers(data, 200, 302)


@FUZZ
@given(data=fields("date", "area", "platform", "note", "client_id", "chi-tieu-1", "chi-tieu-2"))
def test_help_logging_posts_never_fail(leader_client, data):
    client, _team = leader_client
    assert client.post("/ghi-nhan/", data).status_code in answers(data, 200, 302)
