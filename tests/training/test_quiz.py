import itertools
import random
import threading
import uuid

import pytest
from django.db import connection

from tests.training.conftest import (
    answers_for,
    handed_out_paper,
    open_lessons,
    paper_answers,
    quiz_url,
    take_quiz,
)
from training import quiz
from training.models import Completion, QuizAttempt, QuizPaper
from training.quiz import grade, hand_out_paper, submit_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def ready(client, module, volunteer):
    """The volunteer, signed in, has opened every lesson of the module."""
    client.force_login(volunteer)
    open_lessons(client, module)
    return volunteer


@pytest.fixture
def seeded(monkeypatch):
    monkeypatch.setattr(quiz, "order_random", random.Random(2026))


def right_answers(module):
    """{question id: [places in the module of the correct choices]}: what grading expects."""
    return {
        item.id: [index for index, choice in enumerate(item.value["choices"]) if choice["correct"]]
        for item in module.quiz
    }


def wrong_answers(module):
    return {
        item.id: [index for index, choice in enumerate(item.value["choices"]) if not choice["correct"]]
        for item in module.quiz
    }


def test_the_quiz_page_carries_no_answers_or_explanations(client, module, ready):
    content = client.get(quiz_url(module)).content.decode()
    assert "Không bao giờ" in content
    assert "correct" not in content.lower().replace("correctly", "")
    assert "Vì đó là cách an toàn." not in content


def test_passing_records_one_completion_with_score_and_keeps_every_attempt(client, module, ready, volunteer):
    failed = client.post(quiz_url(module), answers_for(client, module, right=False))
    assert failed.status_code == 302
    assert not Completion.objects.exists()
    result = client.get(failed["Location"]).content.decode()
    assert "Chưa đạt" in result and "Vì đó là cách an toàn." in result
    client.post(quiz_url(module), answers_for(client, module))
    client.post(quiz_url(module), answers_for(client, module))
    completion = Completion.objects.get()
    assert (completion.user, completion.module_id, completion.score) == (volunteer, module.pk, 100)
    assert QuizAttempt.objects.filter(user=volunteer).count() == 3
    assert QuizPaper.objects.filter(user=volunteer, attempt__isnull=False).count() == 3


def test_several_correct_choices_must_all_be_chosen(module):
    two_answer_question = list(module.quiz)[1]
    answers = {item.id: [0] for item in module.quiz}
    score, results = grade(module, answers)
    assert results[0].is_correct and not results[1].is_correct
    assert score == 50
    answers[two_answer_question.id] = [0, 1]
    assert grade(module, answers)[0] == 100


def test_ticking_the_first_box_everywhere_scores_only_by_chance(client, module, ready, monkeypatch):
    """With the choices shuffled, the first box is the right one on some papers only: across seeded papers the
    same first-box submission passes sometimes and fails sometimes, and is graded against the real answers."""
    outcomes = set()
    for seed in range(12):
        monkeypatch.setattr(quiz, "order_random", random.Random(seed))
        paper = handed_out_paper(client, module)
        data = {"de": str(paper.pk)} | {f"cau-{item.id}": ["0"] for item in module.quiz}
        client.post(quiz_url(module), data)
        attempt = QuizAttempt.objects.get(paper=paper)
        stored_first = {question_id: [order[0]] for question_id, order in paper.choice_order.items()}
        assert attempt.answers == stored_first
        assert attempt.score == grade(module, stored_first)[0]
        outcomes.add(attempt.score)
    assert len(outcomes) > 1


@pytest.mark.parametrize("right", [True, False], ids=["all-right", "all-wrong"])
def test_grading_is_right_whatever_order_the_paper_showed(client, module, ready, volunteer, right):
    """Every possible order of every question's choices: the right choices always score 100, the wrong ones 0."""
    questions = list(module.quiz)
    orders = [list(itertools.permutations(range(len(item.value["choices"])))) for item in questions]
    for combination in itertools.product(*orders):
        paper = QuizPaper.objects.create(
            user=volunteer,
            module=module,
            choice_order={item.id: list(order) for item, order in zip(questions, combination, strict=True)},
        )
        response = client.post(quiz_url(module), paper_answers(module, paper, right))
        assert response.status_code == 302
        attempt = QuizAttempt.objects.get(paper=paper)
        assert attempt.answers == (right_answers(module) if right else wrong_answers(module))
        assert (attempt.score, attempt.passed) == ((100, True) if right else (0, False))


def test_the_order_changes_from_one_attempt_to_the_next_and_stays_on_reload(client, module, ready, seeded):
    first = handed_out_paper(client, module)
    assert handed_out_paper(client, module) == first  # a reload shows the same order
    client.post(quiz_url(module), paper_answers(module, first))
    second = handed_out_paper(client, module)
    assert second != first and second.choice_order != first.choice_order
    content = client.get(quiz_url(module)).content.decode()
    choices = list(module.quiz)[1].value["choices"]
    shown = [choices[index]["text"] for index in second.choice_order[list(module.quiz)[1].id]]
    positions = [content.index(f"> {text}</label>") for text in shown]
    assert positions == sorted(positions)


def test_each_choice_lands_in_every_place_on_some_papers(module, volunteer):
    """Statistical, with the real unseeded shuffle: over 80 papers each choice of a three-choice question is
    shown in each of the three places (chance of failing: about 9 * (2/3)^80, below 1e-13)."""
    question = list(module.quiz)[1]
    seen = set()
    for _ in range(80):
        order = hand_out_paper_now(volunteer, module).choice_order[question.id]
        seen.update(enumerate(order))
    assert seen == set(itertools.product(range(3), range(3)))


def hand_out_paper_now(volunteer, module):
    """A new paper, as after each submission."""
    return QuizPaper.objects.create(user=volunteer, module=module, choice_order=quiz.shuffled_order(module))


def test_a_missing_answer_is_asked_for_and_the_other_choices_are_kept(client, module, ready):
    paper = handed_out_paper(client, module)
    data = paper_answers(module, paper)
    first, second = (f"cau-{item.id}" for item in module.quiz)
    del data[second]
    response = client.post(quiz_url(module), data)
    assert response.status_code == 400
    content = response.content.decode()
    assert "Bạn chưa trả lời câu 2" in content
    assert f'name="{first}" value="{data[first][0]}" checked' in content
    assert f'value="{paper.pk}"' in content  # the same paper, in the same order
    assert not QuizAttempt.objects.exists()
    assert client.post(quiz_url(module), paper_answers(module, paper)).status_code == 302


def with_first_answer(value):
    """The submission with the first question's answer replaced by value."""

    def tamper(data, others):
        question = next(key for key in data if key.startswith("cau-"))
        return {**data, question: [value]}

    return tamper


TAMPERINGS = {
    "unknown-question": lambda data, others: {**data, "cau-khong-ton-tai": ["0"]},
    "choice-out-of-range": with_first_answer("7"),
    "negative-choice": with_first_answer("-1"),
    "non-numeric-choice": with_first_answer("mot"),
    "arabic-indic-digit": with_first_answer("\u0660"),  # int() would read it as 0
    "no-paper": lambda data, others: {key: value for key, value in data.items() if key != "de"},
    "paper-not-a-uuid": lambda data, others: {**data, "de": "1 OR 1=1"},
    "paper-never-handed-out": lambda data, others: {**data, "de": str(uuid.uuid4())},
    "another-volunteers-paper": lambda data, others: {**data, "de": others["leader"]},
    "another-modules-paper": lambda data, others: {**data, "de": others["module"]},
    "another-modules-answers": lambda data, others: others["module_answers"],
}


@pytest.mark.parametrize("tamper", TAMPERINGS.values(), ids=TAMPERINGS.keys())
def test_tampered_submissions_are_refused_politely_and_not_recorded(
    client, module, optional_module, ready, leader, tamper
):
    other_module_paper = hand_out_paper(ready, optional_module)
    others = {
        "leader": str(hand_out_paper(leader, module).pk),
        "module": str(other_module_paper.pk),
        "module_answers": paper_answers(optional_module, other_module_paper),
    }
    response = client.post(quiz_url(module), tamper(answers_for(client, module), others))
    assert response.status_code == 400
    content = response.content.decode()
    assert 'class="form-error" role="alert"' in content and "Nộp bài" in content
    assert not QuizAttempt.objects.exists() and not Completion.objects.exists()


def test_a_replayed_submission_is_not_recorded_again_and_keeps_the_choices(client, module, ready, volunteer):
    data = answers_for(client, module, right=False)
    assert client.post(quiz_url(module), data).status_code == 302
    replay = client.post(quiz_url(module), data)
    assert replay.status_code == 409
    assert "đã được nộp rồi" in replay.content.decode()
    assert QuizAttempt.objects.count() == 1
    fresh = replay.context["paper"]
    assert str(fresh.pk) != data["de"]
    ticked = {
        (question.field_name, choice.text)
        for question in replay.context["questions"]
        for choice in question.choices
        if choice.checked
    }
    wrong = {
        (f"cau-{item.id}", choice["text"])
        for item in module.quiz
        for choice in item.value["choices"]
        if not choice["correct"]
    }
    assert ticked == wrong


def test_an_old_paper_cannot_be_answered_again_after_a_pass(client, module, ready):
    failed = answers_for(client, module, right=False)
    client.post(quiz_url(module), failed)
    passed = answers_for(client, module)
    client.post(quiz_url(module), passed)
    for old in (failed, passed):
        assert client.post(quiz_url(module), old).status_code == 409
    assert QuizAttempt.objects.count() == 2 and Completion.objects.count() == 1


def test_a_paper_for_questions_since_changed_gives_a_new_paper(client, module, ready):
    data = answers_for(client, module)
    module.quiz.append(("question", module.quiz[0].value))
    module.save_revision().publish()
    module.refresh_from_db()
    response = client.post(quiz_url(module), data)
    assert response.status_code == 409
    assert "vừa được cập nhật" in response.content.decode()
    assert response.context["paper"].fits(module) and not QuizAttempt.objects.exists()


def test_the_quiz_needs_a_signed_in_volunteer(client, module):
    response = client.post(quiz_url(module), {})
    assert response.status_code == 302 and response["Location"].startswith("/dang-nhap/")


def test_a_volunteer_cannot_open_someone_elses_result(client, module, volunteer, leader):
    client.force_login(volunteer)
    attempt_url = take_quiz(client, module)["Location"]
    client.force_login(leader)
    assert client.get(attempt_url).status_code == 404


def test_editing_or_deleting_a_module_keeps_completions(module, volunteer):
    submit_quiz(volunteer, module, hand_out_paper(volunteer, module), right_answers(module))
    module.title = "Tên mới"
    del module.quiz[1]
    module.save_revision().publish()
    assert Completion.objects.get().module_title == "An toàn trên mạng"
    module.delete()
    completion = Completion.objects.get()
    assert completion.module is None and completion.module_title == "An toàn trên mạng"
    assert QuizAttempt.objects.get().paper is None


def submit_at_once(volunteer, module, papers):
    errors, answers = [], right_answers(module)

    def submit(paper):
        try:
            submit_quiz(volunteer, module, paper, answers)
        except quiz.PaperAlreadyAnswered:
            pass
        except Exception as error:  # a failure in a thread must fail the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(paper,)) for paper in papers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors


@pytest.mark.django_db(transaction=True)
def test_simultaneous_passing_submissions_record_one_completion(module, volunteer):
    papers = [
        QuizPaper.objects.create(user=volunteer, module=module, choice_order=quiz.shuffled_order(module))
        for _ in range(4)
    ]
    submit_at_once(volunteer, module, papers)
    assert Completion.objects.filter(user=volunteer).count() == 1
    assert QuizAttempt.objects.filter(user=volunteer).count() == 4


@pytest.mark.django_db(transaction=True)
def test_one_paper_sent_several_times_at_once_is_one_attempt(module, volunteer):
    paper = QuizPaper.objects.create(user=volunteer, module=module, choice_order=quiz.shuffled_order(module))
    submit_at_once(volunteer, module, [paper] * 4)
    assert QuizAttempt.objects.filter(user=volunteer).count() == 1
    assert Completion.objects.filter(user=volunteer).count() == 1
