import pytest

from accounts.factories import UserFactory
from teams.factories import CommuneFactory, MemberFactory, TeamFactory
from teams.models import MemberRole, RoleAssignment, ScopeRole
from tests.training.conftest import take_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def finished(client, module, volunteer):
    client.force_login(volunteer)
    take_quiz(client, module)
    client.logout()


def test_the_leader_sees_the_teams_matrix_and_who_is_not_ready(client, team, leader, volunteer, module, finished):
    MemberFactory(team=team, full_name="Chưa Có Tài Khoản")
    client.force_login(leader)
    content = client.get(f"/to/{team.pk}/dao-tao/").content.decode()
    assert "Phạm Thị Lan" in content and "An toàn trên mạng" in content
    assert "2 người chưa sẵn sàng đi hỗ trợ." in content
    assert "chưa có tài khoản" in content


def test_the_matrix_exports_with_stable_columns(client, team, leader, module, finished):
    client.force_login(leader)
    body = client.get(f"/to/{team.pk}/dao-tao/", {"xuat": "csv"}).content.decode("utf-8-sig").splitlines()
    assert body[0] == "Họ và tên,Số điện thoại,An toàn trên mạng,Sẵn sàng đi hỗ trợ"
    assert any(line.startswith("Phạm Thị Lan,+84") and line.endswith(",Có") for line in body)


def test_a_leader_of_team_a_cannot_see_team_bs_matrix(client, leader, module):
    other = TeamFactory()
    client.force_login(leader)
    assert client.get(f"/to/{other.pk}/dao-tao/").status_code == 404
    assert client.get(f"/to/{other.pk}/dao-tao/", {"xuat": "csv"}).status_code == 404


def test_coordinators_see_readiness_rates_by_commune_and_team(client, team, volunteer, module, finished):
    officer = UserFactory(username="canboxa")
    RoleAssignment.objects.create(user=officer, role=ScopeRole.COMMUNE_OFFICER, area=team.commune)
    MemberFactory(team=team, full_name="Người Thứ Hai", role=MemberRole.MEMBER)
    client.force_login(officer)
    rows = client.get("/tien-do-dao-tao/").context["rows"]
    assert [(row.label, row.members, row.with_account, row.ready, row.percent) for row in rows] == [
        (team.commune.name, 2, 1, 1, 50)
    ]
    by_team = client.get("/tien-do-dao-tao/", {"xa": team.commune.code}).context["rows"]
    assert [(row.label, row.ready) for row in by_team] == [(team.name, 1)]
    other = CommuneFactory()
    assert client.get("/tien-do-dao-tao/", {"xa": other.code}).status_code == 404
    export = client.get("/tien-do-dao-tao/", {"xuat": "csv"}).content.decode("utf-8-sig").splitlines()
    assert export[0] == '"Xã, phường",Thành viên,Có tài khoản,Sẵn sàng,Tỷ lệ sẵn sàng (%)'


def test_volunteers_cannot_see_area_progress(client, volunteer):
    client.force_login(volunteer)
    assert client.get("/tien-do-dao-tao/").status_code == 403


def test_the_required_modules_are_the_published_public_ones_marked_required(module, optional_module, training_index):
    """The ids the figures' signature and the ready-member counts read: what published_modules() lists and
    required_ids() keeps, without building the pages."""
    from wagtail.models import PageViewRestriction

    from training.factories import TrainingModulePageFactory
    from training.pages import published_modules, required_module_ids
    from training.reports import required_ids

    second = TrainingModulePageFactory(parent=training_index, title="VNeID mức 2", slug="vneid")
    draft = TrainingModulePageFactory(parent=training_index, title="Bản nháp", slug="nhap")
    draft.unpublish()

    def both():
        return required_module_ids(), sorted(required_ids(published_modules()))

    assert both() == (sorted([module.pk, second.pk]),) * 2
    restriction = PageViewRestriction.objects.create(page=second, restriction_type=PageViewRestriction.LOGIN)
    assert both() == ([module.pk],) * 2
    restriction.delete()
    PageViewRestriction.objects.create(page=training_index, restriction_type=PageViewRestriction.LOGIN)
    assert both() == ([],) * 2
