"""The demo's quizzes cannot be passed by ticking the same box everywhere: neither in the order they are stored
and printed in, nor on the shuffled papers the site hands out."""

import random

import pytest

from tests.training.conftest import handed_out_paper, open_lessons, quiz_url
from training import quiz
from training.demo_content import MODULES, load_modules
from training.models import QuizAttempt, TrainingModulePage
from training.quiz import grade

pytestmark = pytest.mark.django_db


def correct_places(spec):
    return [{place for place, (_text, correct) in enumerate(item["choices"]) if correct} for item in spec["quiz"]]


@pytest.mark.parametrize("spec", MODULES, ids=[spec["slug"] for spec in MODULES])
def test_the_right_answers_are_not_all_in_one_place(spec):
    places = correct_places(spec)
    assert len({frozenset(question) for question in places}) > 1
    widest = max(len(item["choices"]) for item in spec["quiz"])
    for place in range(widest):
        assert sum(question == {place} for question in places) < len(places) / 2, place


@pytest.fixture
def demo_modules(home_page):
    load_modules()
    return list(TrainingModulePage.objects.order_by("path"))


def test_ticking_the_same_box_everywhere_fails_every_demo_module_in_stored_order(demo_modules):
    assert [module.slug for module in demo_modules] == [spec["slug"] for spec in MODULES]
    for module in demo_modules:
        for place in range(6):
            score, _results = grade(module, {item.id: [place] for item in module.quiz})
            assert score < module.pass_mark, (module.slug, place)


def test_ticking_the_first_box_everywhere_fails_every_demo_module_on_the_papers_handed_out(
    client, demo_modules, volunteer, monkeypatch
):
    client.force_login(volunteer)
    for module in demo_modules:
        open_lessons(client, module)
        for seed in range(8):
            monkeypatch.setattr(quiz, "order_random", random.Random(seed))
            paper = handed_out_paper(client, module)
            first_boxes = {"de": str(paper.pk)} | {f"cau-{item.id}": ["0"] for item in module.quiz}
            assert client.post(quiz_url(module), first_boxes).status_code == 302
            assert not QuizAttempt.objects.get(paper=paper).passed, (module.slug, seed)
