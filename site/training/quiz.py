"""Quiz grading on the server. The page never carries the answers.

Each volunteer gets a paper: the module's questions with their choices in a shuffled order, remembered on the
server. A submission names the paper and, for each question, the places of the boxes ticked on it; the server
turns places back into the module's choices and grades them against the real correct flags. A place alone
says nothing (the first box is the right one on some papers only), a paper is answered once, and a paper
belongs to one volunteer and one module."""

import random
import uuid
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from training.records import Completion, QuizAttempt, QuizPaper

FIELD_PREFIX = "cau-"
PAPER_FIELD = "de"

# Not seeded: nobody can predict a paper's order. Tests put a seeded random.Random here.
order_random = random.SystemRandom()


class TamperedSubmission(Exception):
    """A submission no honest form could produce: another paper, unknown questions or choices."""


class PaperAlreadyAnswered(Exception):
    """The paper was already submitted (a replay, a second tab, or a double tap)."""


@dataclass
class QuestionResult:
    number: int
    question: str
    choices: list
    chosen: list
    correct: list
    explanation: object

    @property
    def is_correct(self):
        return sorted(self.chosen) == sorted(self.correct)


@dataclass
class ShownChoice:
    place: int
    text: str
    checked: bool


@dataclass
class ShownQuestion:
    number: int
    field_name: str
    question: str
    choices: list
    missing: bool


def field_name(question_id):
    return f"{FIELD_PREFIX}{question_id}"


def shuffled_order(module):
    return {
        question.id: order_random.sample(range(len(question.value["choices"])), len(question.value["choices"]))
        for question in module.quiz
    }


def hand_out_paper(user, module):
    """The volunteer's latest unanswered paper for this module (so a reload shows the same order), or a new one
    when every paper was answered or the module's questions changed since."""
    latest = QuizPaper.objects.filter(user=user, module=module, attempt__isnull=True).order_by("-handed_out_at").first()
    if latest is not None and latest.fits(module):
        return latest
    return QuizPaper.objects.create(user=user, module=module, choice_order=shuffled_order(module))


def submitted_paper(user, module, data):
    """The paper a submission names; TamperedSubmission unless it was handed to this volunteer for this module."""
    try:
        paper_id = uuid.UUID(data.get(PAPER_FIELD, ""))
    except ValueError as error:
        raise TamperedSubmission(_("Bài làm không kèm đề kiểm tra hợp lệ. Hãy làm bài trên đề dưới đây.")) from error
    paper = QuizPaper.objects.filter(pk=paper_id, user=user, module=module).first()
    if paper is None:
        raise TamperedSubmission(_("Đề kiểm tra này không phải đề đã phát cho bạn. Hãy làm bài trên đề dưới đây."))
    return paper


def is_answered(paper):
    return QuizAttempt.objects.filter(paper=paper).exists()


def read_answers(module, paper, data):
    """(answers, missing) from the POST data: answers is {question id: [places in the module]} whatever order the
    paper showed, missing the numbers of unanswered questions. Raises TamperedSubmission."""
    questions = list(module.quiz)
    submitted = {key[len(FIELD_PREFIX) :] for key in data if key.startswith(FIELD_PREFIX)}
    if submitted - {question.id for question in questions}:
        raise TamperedSubmission(_("Bài làm có câu hỏi không thuộc học phần này."))
    answers, missing = {}, []
    for number, question in enumerate(questions, start=1):
        order = paper.choice_order[question.id]
        raw = data.getlist(field_name(question.id))
        if not all(value.isascii() and value.isdecimal() for value in raw):
            raise TamperedSubmission(_("Bài làm có phương án không hợp lệ."))
        places = {int(value) for value in raw}
        if any(place >= len(order) for place in places):
            raise TamperedSubmission(_("Bài làm có phương án không hợp lệ."))
        if not places:
            missing.append(number)
        answers[question.id] = sorted(order[place] for place in places)
    return answers, missing


def shown_questions(module, paper, answers=None, missing=()):
    """The questions as the paper shows them, with the choices in answers (places in the module) ticked."""
    answers = answers or {}
    shown = []
    for number, question in enumerate(module.quiz, start=1):
        choices = question.value["choices"]
        ticked = answers.get(question.id, [])
        shown.append(
            ShownQuestion(
                number=number,
                field_name=field_name(question.id),
                question=question.value["question"],
                choices=[
                    ShownChoice(place=place, text=choices[index]["text"], checked=index in ticked)
                    for place, index in enumerate(paper.choice_order[question.id])
                ],
                missing=number in missing,
            )
        )
    return shown


def grade(module, answers):
    """Score and per-question results of answers given as places in the module, against its correct flags."""
    results = []
    for number, question in enumerate(module.quiz, start=1):
        choices = question.value["choices"]
        results.append(
            QuestionResult(
                number=number,
                question=question.value["question"],
                choices=[choice["text"] for choice in choices],
                chosen=answers.get(question.id, []),
                correct=[position for position, choice in enumerate(choices) if choice["correct"]],
                explanation=question.value["explanation"],
            )
        )
    right = sum(result.is_correct for result in results)
    score = 100 * right // len(results) if results else 0
    return score, results


def submit_quiz(user, module, paper, answers):
    """Keep the attempt, once per paper even if it arrives twice at once (PaperAlreadyAnswered for the second);
    on a pass, record the completion once."""
    score, _results = grade(module, answers)
    passed = score >= module.pass_mark
    try:
        with transaction.atomic():
            attempt = QuizAttempt.objects.create(
                user=user,
                module=module,
                module_title=module.title,
                paper=paper,
                answers=answers,
                score=score,
                passed=passed,
            )
    except IntegrityError as error:
        raise PaperAlreadyAnswered from error
    if passed and not Completion.objects.filter(user=user, module=module).exists():
        try:
            with transaction.atomic():
                Completion.objects.create(user=user, module=module, module_title=module.title, score=score)
        except IntegrityError:
            pass
    return attempt
