"""A module's quiz opens once its lessons have been opened: the reader's progress (its own page, and the part the
module page brings in with script) says which remain, and the quiz URL
refuses with the same message (a page, not an error) until then. Volunteers who already passed keep their
certificates and may retake the quiz."""

import pytest

from tests.training.conftest import open_lessons, paper_answers, quiz_url, take_quiz
from training.factories import lesson
from training.models import Completion, QuizAttempt
from training.quiz import hand_out_paper

pytestmark = pytest.mark.django_db

LOCKED = "Hãy mở đủ các bài học trước khi làm bài kiểm tra."


def own_progress(client, module):
    return client.get(module.url + "tien-do/").content.decode()


def lesson_link(module, number, heading):
    return f'<a href="{module.url}bai/{number}/">Bài {number}. {heading}</a>'


@pytest.fixture
def signed_in(client, volunteer):
    client.force_login(volunteer)
    return volunteer


def test_the_quiz_is_refused_with_the_lessons_to_open_on_every_method(client, module, signed_in):
    answers = paper_answers(module, hand_out_paper(signed_in, module))
    for response in (client.get(quiz_url(module)), client.post(quiz_url(module), answers)):
        assert response.status_code == 403
        content = response.content.decode()
        assert "<h1>Bài kiểm tra</h1>" in content and LOCKED in content
        assert lesson_link(module, 1, "Bài một") in content and lesson_link(module, 2, "Bài hai") in content
        assert 'name="de"' not in content
    assert not QuizAttempt.objects.exists() and not Completion.objects.exists()


def test_the_quiz_opens_once_every_lesson_is_opened(client, module, signed_in):
    client.get(module.url + "bai/1/")
    content = client.get(quiz_url(module)).content.decode()
    assert LOCKED in content
    assert lesson_link(module, 1, "Bài một") not in content and lesson_link(module, 2, "Bài hai") in content
    client.get(module.url + "bai/2/")
    response = client.get(quiz_url(module))
    assert response.status_code == 200 and LOCKED not in response.content.decode()


def test_a_lesson_marked_as_learnt_counts_as_opened(client, module, signed_in):
    client.post(module.url + "bai/1/xong/")
    client.post(module.url + "bai/2/xong/")
    assert client.get(quiz_url(module)).status_code == 200


def test_finishing_the_last_lesson_with_one_skipped_leads_to_the_module_page(client, module, signed_in):
    client.get(module.url + "bai/2/")
    response = client.post(module.url + "bai/2/xong/")
    assert response["Location"] == module.url + "tien-do/"
    content = own_progress(client, module)
    assert LOCKED in content and lesson_link(module, 1, "Bài một") in content


def test_the_progress_says_which_lessons_remain_and_offers_the_quiz_only_when_open(client, module, signed_in):
    quiz_button = f'href="{quiz_url(module)}">Làm bài kiểm tra</a>'
    content = own_progress(client, module)
    assert LOCKED in content and "Còn 2 bài bạn chưa mở" in content and quiz_button not in content
    open_lessons(client, module)
    content = own_progress(client, module)
    assert LOCKED not in content and quiz_button in content


def test_visitors_see_the_quiz_button_and_are_asked_to_sign_in(client, module):
    content = client.get(module.url).content.decode()
    assert LOCKED not in content and f'href="{quiz_url(module)}"' in content
    assert client.get(quiz_url(module))["Location"].startswith("/dang-nhap/")


def test_a_volunteer_who_passed_before_lessons_were_counted_keeps_the_certificate_and_may_retake(
    client, module, signed_in
):
    """Completions recorded before this change have no opened lessons at all."""
    completion = Completion.objects.create(user=signed_in, module=module, module_title=module.title, score=100)
    assert LOCKED not in own_progress(client, module)
    assert client.get(f"/hoc/chung-nhan/{completion.verification_code}/").status_code == 200
    assert client.get(quiz_url(module)).status_code == 200


def test_a_lesson_added_later_must_be_opened_by_those_still_learning_only(client, module, signed_in, leader):
    take_quiz(client, module)
    client.force_login(leader)
    open_lessons(client, module)
    module.lessons.append(lesson("Bài ba"))
    module.save_revision().publish()
    module.refresh_from_db()
    content = client.get(quiz_url(module)).content.decode()
    assert LOCKED in content and lesson_link(module, 3, "Bài ba") in content
    client.force_login(signed_in)
    assert client.get(quiz_url(module)).status_code == 200
