"""A volunteer's progress through modules: states, continue-where-I-left-off and readiness for field work."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction

from training.models import Completion, ModuleProgress, TrainingModulePage

NOT_STARTED, IN_PROGRESS, COMPLETED = "not_started", "in_progress", "completed"


@dataclass
class ModuleState:
    module: TrainingModulePage
    lessons_total: int
    lessons_done: int
    completion: Completion | None
    next_lesson: int

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


def published_modules():
    return TrainingModulePage.objects.live().public().order_by("path")


def module_states(user, modules=None):
    """Every module with this volunteer's state, in three queries whatever the number of modules."""
    modules = list(modules if modules is not None else published_modules())
    progress = {row.module_id: row for row in ModuleProgress.objects.filter(user=user, module__in=modules)}
    completions = {row.module_id: row for row in Completion.objects.filter(user=user, module__in=modules)}
    states = []
    for module in modules:
        lesson_ids = module.lesson_ids
        row = progress.get(module.pk)
        done = len(set(row.lessons_done) & set(lesson_ids)) if row else 0
        states.append(
            ModuleState(
                module=module,
                lessons_total=len(lesson_ids),
                lessons_done=done,
                completion=completions.get(module.pk),
                next_lesson=min(row.last_lesson, len(lesson_ids)) if row else 1,
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


def open_lesson(user, module, number):
    """Remember the lesson for continue-where-I-left-off; returns the progress row."""
    row = progress_row(user, module)
    if row.last_lesson != number:
        row.last_lesson = number
        row.save(update_fields=["last_lesson", "updated_at"])
    return row


def mark_lesson_done(user, module, lesson_id):
    with transaction.atomic():
        row = progress_row(user, module)
        row = ModuleProgress.objects.select_for_update().get(pk=row.pk)
        if lesson_id not in row.lessons_done:
            row.lessons_done = [*row.lessons_done, lesson_id]
            row.save(update_fields=["lessons_done", "updated_at"])
    return row
