import pytest

from accounts.factories import UserFactory
from teams.factories import MemberFactory, TeamFactory
from teams.models import MemberRole
from training.factories import TrainingIndexPageFactory, TrainingModulePageFactory


@pytest.fixture
def training_index(home_page):
    return TrainingIndexPageFactory(parent=home_page)


@pytest.fixture
def module(training_index):
    return TrainingModulePageFactory(parent=training_index, title="An toàn trên mạng", slug="an-toan")


@pytest.fixture
def optional_module(training_index):
    return TrainingModulePageFactory(
        parent=training_index, title="Bán hàng trực tuyến", slug="ban-hang", required_for_field_work=False
    )


@pytest.fixture
def team(db):
    return TeamFactory()


@pytest.fixture
def volunteer(team):
    user = UserFactory(username="+84902000001", phone="+84902000001", first_name="Lan", last_name="Phạm Thị")
    MemberFactory(team=team, user=user, full_name="Phạm Thị Lan")
    return user


@pytest.fixture
def leader(team):
    user = UserFactory(username="+84902000002", phone="+84902000002")
    MemberFactory(team=team, user=user, role=MemberRole.LEADER, full_name="Tổ Trưởng")
    return user


def answers_for(module, right=True):
    """POST data answering every question right (or every question wrong)."""
    data = {}
    for item in module.quiz:
        choices = item.value["choices"]
        positions = [i for i, choice in enumerate(choices) if choice["correct"] == right]
        data[f"cau-{item.id}"] = [str(position) for position in positions]
    return data
