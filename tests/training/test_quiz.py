import threading

import pytest
from django.db import connection

from tests.training.conftest import answers_for
from training.models import Completion, QuizAttempt
from training.quiz import grade, submit_quiz

pytestmark = pytest.mark.django_db


def quiz_url(module):
    return module.url + "kiem-tra/"


def test_the_quiz_page_carries_no_answers_or_explanations(client, module, volunteer):
    client.force_login(volunteer)
    content = client.get(quiz_url(module)).content.decode()
    assert "Không bao giờ" in content
    assert "correct" not in content.lower().replace("correctly", "")
    assert "Vì đó là cách an toàn." not in content


def test_passing_records_one_completion_with_score_and_keeps_every_attempt(client, module, volunteer):
    client.force_login(volunteer)
    failed = client.post(quiz_url(module), answers_for(module, right=False))
    assert failed.status_code == 302
    assert not Completion.objects.exists()
    result = client.get(failed["Location"]).content.decode()
    assert "Chưa đạt" in result and "Vì đó là cách an toàn." in result
    client.post(quiz_url(module), answers_for(module))
    client.post(quiz_url(module), answers_for(module))
    completion = Completion.objects.get()
    assert (completion.user, completion.module_id, completion.score) == (volunteer, module.pk, 100)
    assert QuizAttempt.objects.filter(user=volunteer).count() == 3


def test_several_correct_choices_must_all_be_chosen(module):
    two_answer_question = list(module.quiz)[1]
    answers = {item.id: [0] for item in module.quiz}
    score, results = grade(module, answers)
    assert results[0].is_correct and not results[1].is_correct
    assert score == 50
    answers[two_answer_question.id] = [0, 1]
    assert grade(module, answers)[0] == 100


def test_a_missing_answer_is_asked_for_and_the_other_choices_are_kept(client, module, volunteer):
    client.force_login(volunteer)
    data = answers_for(module)
    second = list(data)[1]
    del data[second]
    response = client.post(quiz_url(module), data)
    assert response.status_code == 400
    content = response.content.decode()
    assert "Bạn chưa trả lời câu 2" in content
    assert 'value="0" checked' in content
    assert not QuizAttempt.objects.exists()


@pytest.mark.parametrize(
    "tamper",
    [
        lambda data, other: {**data, "cau-khong-ton-tai": ["0"]},
        lambda data, other: {**data, next(iter(data)): ["7"]},
        lambda data, other: {**data, next(iter(data)): ["mot"]},
        lambda data, other: answers_for(other),
    ],
    ids=["unknown-question", "choice-out-of-range", "non-numeric-choice", "another-modules-answers"],
)
def test_tampered_submissions_are_refused_and_not_recorded(client, module, optional_module, volunteer, tamper):
    client.force_login(volunteer)
    response = client.post(quiz_url(module), tamper(answers_for(module), optional_module))
    assert response.status_code == 400
    assert not QuizAttempt.objects.exists() and not Completion.objects.exists()


def test_the_quiz_needs_a_signed_in_volunteer(client, module):
    response = client.post(quiz_url(module), answers_for(module))
    assert response.status_code == 302 and response["Location"].startswith("/dang-nhap/")


def test_a_volunteer_cannot_open_someone_elses_result(client, module, volunteer, leader):
    client.force_login(volunteer)
    attempt_url = client.post(quiz_url(module), answers_for(module))["Location"]
    client.force_login(leader)
    assert client.get(attempt_url).status_code == 404


def test_editing_or_deleting_a_module_keeps_completions(module, volunteer):
    submit_quiz(volunteer, module, {item.id: [0] for item in module.quiz} | {list(module.quiz)[1].id: [0, 1]})
    module.title = "Tên mới"
    del module.quiz[1]
    module.save_revision().publish()
    assert Completion.objects.get().module_title == "An toàn trên mạng"
    module.delete()
    completion = Completion.objects.get()
    assert completion.module is None and completion.module_title == "An toàn trên mạng"


@pytest.mark.django_db(transaction=True)
def test_simultaneous_passing_submissions_record_one_completion(module, volunteer):
    answers = {item.id: [0] for item in module.quiz} | {list(module.quiz)[1].id: [0, 1]}
    errors = []

    def submit():
        try:
            submit_quiz(volunteer, module, answers)
        except Exception as error:  # a failure in a thread must fail the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert Completion.objects.filter(user=volunteer).count() == 1
    assert QuizAttempt.objects.filter(user=volunteer).count() == 4
