"""Quiz grading on the server. The page never carries the answers; a submission names choices by position."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from training.models import Completion, QuizAttempt

FIELD_PREFIX = "cau-"


class TamperedSubmission(Exception):
    """A submission no honest form could produce: unknown questions or choices."""


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


def field_name(question_id):
    return f"{FIELD_PREFIX}{question_id}"


def read_answers(module, data):
    """{question id: [choice positions]} from the POST data; raises TamperedSubmission or returns missing numbers."""
    questions = {question.id: question for question in module.quiz}
    submitted = {key[len(FIELD_PREFIX) :] for key in data if key.startswith(FIELD_PREFIX)}
    if submitted - set(questions):
        raise TamperedSubmission(_("Bài làm có câu hỏi không thuộc học phần này."))
    answers, missing = {}, []
    for number, (question_id, question) in enumerate(questions.items(), start=1):
        raw = data.getlist(field_name(question_id))
        try:
            positions = sorted({int(value) for value in raw})
        except ValueError as error:
            raise TamperedSubmission(_("Bài làm có phương án không hợp lệ.")) from error
        if any(position < 0 or position >= len(question.value["choices"]) for position in positions):
            raise TamperedSubmission(_("Bài làm có phương án không hợp lệ."))
        if not positions:
            missing.append(number)
        answers[question_id] = positions
    return answers, missing


def grade(module, answers):
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


def submit_quiz(user, module, answers):
    """Keep the attempt; on a pass, record the completion once even if the same answers arrive twice at once."""
    score, _results = grade(module, answers)
    passed = score >= module.pass_mark
    attempt = QuizAttempt.objects.create(
        user=user, module=module, module_title=module.title, answers=answers, score=score, passed=passed
    )
    if passed and not Completion.objects.filter(user=user, module=module).exists():
        try:
            with transaction.atomic():
                Completion.objects.create(user=user, module=module, module_title=module.title, score=score)
        except IntegrityError:
            pass
    return attempt
