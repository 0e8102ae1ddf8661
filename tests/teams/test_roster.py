import pytest

from teams.models import MEMBER_DATA_PURPOSE, ConsentSource, Member

pytestmark = pytest.mark.django_db


def roster_url(team, suffix=""):
    return f"/to/{team.pk}/{suffix}"


def test_leader_is_taken_to_their_team(client, world, people):
    client.force_login(people["leader"])
    response = client.get("/to-cua-toi/")
    assert response.status_code == 302 and response["Location"] == roster_url(world["team_an"])
    content = client.get(roster_url(world["team_an"])).content.decode()
    assert "Thành Viên An" in content and "Tổ Trưởng An" in content


def test_leader_adds_a_member_with_a_normalised_phone(client, world, people):
    client.force_login(people["leader"])
    response = client.post(
        roster_url(world["team_an"], "them-thanh-vien/"),
        {
            "full_name": "Hoàng Thị Mai",
            "phone": "0988.123.456",
            "affiliation": "hoi-phu-nu",
            "role": "member",
            "joined_on": "2025-09-01",
            "consent": "on",
        },
    )
    assert response.status_code == 302
    member = Member.objects.get(full_name="Hoàng Thị Mai")
    assert member.phone == "+84988123456" and member.team == world["team_an"]
    assert member.consent_source == ConsentSource.LEADER and member.consent_recorded_by == people["leader"]
    assert member.consent_purpose == MEMBER_DATA_PURPOSE and member.consented_at is not None


def test_a_duplicate_phone_is_explained_and_the_form_keeps_what_was_typed(client, world, people):
    existing = Member.objects.filter(team=world["team_an"]).first()
    client.force_login(people["leader"])
    response = client.post(
        roster_url(world["team_an"], "them-thanh-vien/"),
        {
            "full_name": "Người Mới",
            "phone": existing.phone,
            "affiliation": "khac",
            "role": "member",
            "joined_on": "2025-09-01",
        },
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Tổ đã có thành viên dùng số điện thoại này." in content
    assert 'value="Người Mới"' in content


def test_a_member_who_leaves_stays_in_the_history(client, world, people):
    member = Member.objects.get(full_name="Thành Viên An")
    client.force_login(people["leader"])
    response = client.post(roster_url(world["team_an"], f"thanh-vien/{member.pk}/roi-to/"), {"left_on": "2026-01-15"})
    assert response.status_code == 302
    member.refresh_from_db()
    assert str(member.left_on) == "2026-01-15"
    content = client.get(roster_url(world["team_an"])).content.decode()
    assert "Đã rời tổ (1)" in content and "rời tổ ngày 15/01/2026" in content


@pytest.mark.parametrize(
    "suffix", ["", "them-thanh-vien/", "nhap-danh-sach/", "thanh-vien/{member}/sua/", "thanh-vien/{member}/roi-to/"]
)
def test_a_leader_cannot_reach_another_team(client, world, people, suffix):
    other = world["team_cuong"]
    member = Member.objects.filter(team=other).first()
    client.force_login(people["leader"])
    assert client.get(roster_url(other, suffix.format(member=member.pk))).status_code == 404


def test_a_member_of_another_team_cannot_be_edited_through_ones_own_team(client, world, people):
    foreign = Member.objects.filter(team=world["team_cuong"]).first()
    client.force_login(people["leader"])
    assert client.get(roster_url(world["team_an"], f"thanh-vien/{foreign.pk}/sua/")).status_code == 404


def test_volunteers_without_a_leading_role_see_no_roster(client, world, people):
    client.force_login(people["volunteer"])
    assert client.get(roster_url(world["team_an"])).status_code == 404


def test_anonymous_visitors_are_asked_to_sign_in(client, world):
    response = client.get(roster_url(world["team_an"]))
    assert response.status_code == 302 and response["Location"].startswith("/dang-nhap/")


def test_coordinators_reach_rosters_in_their_scope(client, world, people):
    client.force_login(people["province"])
    assert client.get(roster_url(world["team_village"])).status_code == 200
    assert client.get(roster_url(world["team_cuong"])).status_code == 404


def test_roster_queries_do_not_grow_with_members(client, world, people, django_assert_max_num_queries):
    from teams.factories import MemberFactory

    client.force_login(people["leader"])
    client.get(roster_url(world["team_an"]))
    # 13: one of them asks, on every signed-in request, whether the account has two-step sign-in on.
    with django_assert_max_num_queries(13) as few:
        client.get(roster_url(world["team_an"]))
    MemberFactory.create_batch(20, team=world["team_an"])
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(roster_url(world["team_an"]))


@pytest.mark.parametrize("suffix", ["them-thanh-vien/", "thanh-vien/{member}/sua/"])
def test_a_save_that_loses_the_race_for_a_phone_is_told_so_not_a_500(client, world, people, monkeypatch, suffix):
    """Two saves with one phone at once both pass the form's check; the one that meets the unique constraint must
    answer like the check would have (an outside test sent four spellings at once and got two 500s)."""
    from teams.forms import MemberForm

    taken = Member.objects.filter(team=world["team_an"]).first()
    other = Member.objects.filter(team=world["team_an"]).exclude(pk=taken.pk).first()
    monkeypatch.setattr(MemberForm, "clean", lambda form: super(MemberForm, form).clean())
    client.force_login(people["leader"])
    response = client.post(
        roster_url(world["team_an"], suffix.format(member=other.pk)),
        {
            "full_name": "Người Mới",
            "phone": taken.phone,
            "affiliation": "khac",
            "role": "member",
            "joined_on": "2025-09-01",
            "consent": "on",
        },
    )
    assert response.status_code == 200
    assert "Tổ đã có thành viên dùng số điện thoại này." in response.content.decode()
    assert Member.objects.filter(team=world["team_an"], phone=taken.phone).count() == 1
