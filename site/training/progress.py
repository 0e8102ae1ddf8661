"""A volunteer's progress through modules: states, continue-where-I-left-off and readiness for field work."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from wagtail.models import Page

from training.records import Completion, ModuleProgress

NOT_STARTED, IN_PROGRESS, COMPLETED = "not_started", "in_progress", "completed"


@dataclass
class ModuleState:
    module: Page  # a TrainingModulePage
    lessons_total: int
    lessons_done: int
    completion: Completion | None
    next_lesson: int
    unopened: list  # (number, heading) of each lesson the volunteer has not opened yet

    @property
    def state(self):
        if self.completion:
            return COMPLETED
        return IN_PROGRESS if self.lessons_done else NOT_STARTED

    @property
    def percent(self):
        if self.completion:
            return 100
        return round(100 * self.lessons_done / self.lessons_total) if self.lessons_total else 0

    @property
    def lessons_finished(self):
        return self.lessons_done == self.lessons_total

    @property
    def quiz_open(self):
        """The quiz opens once every lesson has been opened. A volunteer who already passed may always take it
        again, whatever lessons were added since or were read before lessons were counted."""
        return bool(self.completion) or not self.unopened


def module_states(user, modules):
    """Every module with this volunteer's state, in three queries whatever the number of modules."""
    modules = list(modules)
    progress = {row.module_id: row for row in ModuleProgress.objects.filter(user=user, module__in=modules)}
    completions = {row.module_id: row for row in Completion.objects.filter(user=user, module__in=modules)}
    states = []
    for module in modules:
        lesson_ids = module.lesson_ids
        row = progress.get(module.pk)
        done = len(set(row.lessons_done) & set(lesson_ids)) if row else 0
        opened = {*row.lessons_opened, *row.lessons_done} if row else set()
        states.append(
            ModuleState(
                module=module,
                lessons_total=len(lesson_ids),
                lessons_done=done,
                completion=completions.get(module.pk),
                next_lesson=min(row.last_lesson, len(lesson_ids)) if row else 1,
                unopened=[
                    (number, lesson.value["heading"])
                    for number, lesson in enumerate(module.lessons, start=1)
                    if lesson.id not in opened
                ],
            )
        )
    return states


def is_ready(states):
    """Ready for field work once every required module is complete."""
    required = [state for state in states if state.module.required_for_field_work]
    return bool(required) and all(state.completion for state in required)


def progress_row(user, module):
    try:
        with transaction.atomic():
            row, _ = ModuleProgress.objects.get_or_create(
                user=user, module=module, defaults={"module_title": module.title}
            )
    except IntegrityError:  # the same volunteer opened the module twice at once
        row = ModuleProgress.objects.get(user=user, module=module)
    return row


def open_lesson(user, module, number, lesson_id):
    """Remember the lesson as opened (the quiz waits for all of them) and for continue-where-I-left-off;
    returns the progress row."""
    row = progress_row(user, module)
    if row.last_lesson == number and lesson_id in row.lessons_opened:
        return row
    with transaction.atomic():
        row = ModuleProgress.objects.select_for_update().get(pk=row.pk)
        row.last_lesson = number
        if lesson_id not in row.lessons_opened:
            row.lessons_opened = [*row.lessons_opened, lesson_id]
        row.save(update_fields=["last_lesson", "lessons_opened", "updated_at"])
    return row


def mark_lesson_done(user, module, lesson_id):
    with transaction.atomic():
        row = progress_row(user, module)
        row = ModuleProgress.objects.select_for_update().get(pk=row.pk)
        if lesson_id not in row.lessons_done:
            row.lessons_done = [*row.lessons_done, lesson_id]
            row.save(update_fields=["lessons_done", "updated_at"])
    return row
