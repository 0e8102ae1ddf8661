import datetime

import pytest

from accounts.factories import UserFactory
from reporting import reports
from reporting.models import Indicator, ReportValue, Target
from reporting.periods import latest_ended_period
from reporting.tokens import issue
from teams.factories import CommuneFactory, MemberFactory, ProvinceFactory, TeamFactory
from teams.models import MemberRole, RoleAssignment, ScopeRole
from training.factories import TrainingIndexPageFactory, TrainingModulePageFactory
from training.models import Completion

QUIZ_SECRETS = ["Có được hỏi mã OTP", "Không bao giờ", "Có, nếu cần", "Sổ đỏ bản gốc", "Vì đó là cách an toàn"]


@pytest.fixture
def module(home_page, pillars):
    """A module with a quiz (from the factory) whose questions, choices and explanations must never leak."""
    index = TrainingIndexPageFactory(parent=home_page)
    return TrainingModulePageFactory(
        parent=index, title="Hướng dẫn định danh điện tử", slug="dinh-danh", pillar=pillars["chinh-quyen-so"]
    )


@pytest.fixture
def place(db):
    province = ProvinceFactory(name="Tỉnh Mẫu", code="77")
    east = CommuneFactory(name="Xã Đông", code="77001", parent=province)
    west = CommuneFactory(name="Xã Tây", code="77002", parent=province)
    return {"province": province, "east": east, "west": west}


@pytest.fixture
def people(place, module):
    """A team in each commune, each with a volunteer who completed the module, and the coordinators."""
    east_team = TeamFactory(area=place["east"])
    west_team = TeamFactory(area=place["west"])
    found = {}
    for key, team, phone, name in [
        ("east_volunteer", east_team, "+84912000001", "Phạm Thị Lan"),
        ("west_volunteer", west_team, "+84912000002", '=HYPERLINK("http://x")'),
    ]:
        user = UserFactory(username=phone, phone=phone)
        MemberFactory(team=team, user=user, full_name=name, phone=phone)
        Completion.objects.create(user=user, module=module, module_title=module.title, score=90)
        found[key] = user
    leader = UserFactory(username="+84912000003", phone="+84912000003")
    MemberFactory(team=east_team, user=leader, role=MemberRole.LEADER, full_name="Trần Văn Hùng", phone="+84912000003")
    found["leader"] = leader
    found["east_officer"] = UserFactory(username="canbo-dong")
    RoleAssignment.objects.create(user=found["east_officer"], role=ScopeRole.COMMUNE_OFFICER, area=place["east"])
    found["coordinator"] = UserFactory(username="dieuphoi")
    RoleAssignment.objects.create(
        user=found["coordinator"], role=ScopeRole.PROVINCE_COORDINATOR, area=place["province"]
    )
    found["teams"] = {"east": east_team, "west": west_team}
    return found


@pytest.fixture
def results(people):
    """Accepted-or-submitted reports for the latest ended period: 12 helped in the east, 5 in the west."""
    period = latest_ended_period()
    indicator = Indicator.objects.filter(active=True).order_by("sort_order", "name").first()
    for team, leader_value in [(people["teams"]["east"], 12), (people["teams"]["west"], 5)]:
        report = reports.report_for(team, period, people["coordinator"])
        ReportValue.objects.update_or_create(
            report=report, indicator=indicator, defaults={"value": leader_value, "from_logs": 0}
        )
        reports.submit(report, people["coordinator"])
    Target.objects.create(area=people["teams"]["east"].commune, indicator=indicator, year=period.start.year, value=100)
    return period, indicator


def bearer(key):
    return {"HTTP_AUTHORIZATION": f"Bearer {key}"}


@pytest.fixture
def tokens(people, place):
    """Keys by name: a province token with personal data, a figures-only commune token for each commune."""
    _, province_key = issue(people["coordinator"], "Bình dân học vụ số", place["province"], "personal")
    _, east_key = issue(people["east_officer"], "Ứng dụng của xã Đông", place["east"])
    _, west_key = issue(people["coordinator"], "Ứng dụng của xã Tây", place["west"])
    return {"province": province_key, "east": east_key, "west": west_key}


@pytest.fixture
def today():
    return datetime.date.today()
