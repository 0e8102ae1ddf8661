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


def quiz_url(module):
    return module.url + "kiem-tra/"


def open_lessons(client, module):
    for number in range(1, len(module.lessons) + 1):
        client.get(module.url + f"bai/{number}/")


def paper_answers(module, paper, right=True):
    """POST data for this paper answering every question right (or every question wrong)."""
    data = {"de": str(paper.pk)}
    for item in module.quiz:
        choices = item.value["choices"]
        order = paper.choice_order[item.id]
        data[f"cau-{item.id}"] = [str(place) for place, index in enumerate(order) if choices[index]["correct"] == right]
    return data


def handed_out_paper(client, module):
    response = client.get(quiz_url(module))
    assert response.status_code == 200
    return response.context["paper"]


def answers_for(client, module, right=True):
    """POST data answering, on the paper the quiz page hands out now, every question right (or wrong)."""
    return paper_answers(module, handed_out_paper(client, module), right)


def take_quiz(client, module, right=True):
    """Open every lesson, then answer the quiz; returns the submission's response."""
    open_lessons(client, module)
    return client.post(quiz_url(module), answers_for(client, module, right))
