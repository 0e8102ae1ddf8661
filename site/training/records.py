"""The record of who did what in training.

Progress follows Kolibri's logger: one summary row per (volunteer, module), attempts as separate rows, and a
completion recorded once. Deleting or editing a module never erases a volunteer's history: rows keep the
module's title and lose only the link."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from accounts.codes import readable_code
from core.cache_retirement import RetiringQuerySet


def new_verification_code():
    return readable_code(10)


class ModuleProgress(models.Model):
    """Where a volunteer is in a module: started, lessons done, last lesson opened, completed."""

    wagtail_reference_index_ignore = True  # a log row: no editor looks up what links to it

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_progress")
    module = models.ForeignKey(
        "training.TrainingModulePage", null=True, on_delete=models.SET_NULL, related_name="progress"
    )
    module_title = models.CharField(max_length=255)
    lessons_done = models.JSONField(default=list, help_text=_("Mã các bài đã học xong."))
    lessons_opened = models.JSONField(
        default=list, blank=True, help_text=_("Mã các bài đã mở; bài kiểm tra mở khi mọi bài đã được mở.")
    )
    last_lesson = models.PositiveSmallIntegerField(default=1)
    started_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("tiến độ học")
        constraints = [models.UniqueConstraint(fields=["user", "module"], name="one_progress_per_user_and_module")]

    def __str__(self):
        return f"{self.user}: {self.module_title}"


class QuizPaper(models.Model):
    """The quiz as handed to one volunteer: the order its choices were shown in, shuffled for each paper. A
    submission names choices by their place on this paper, so a place says nothing about which choice is
    right, and a paper is answered once (its attempt is one-to-one)."""

    wagtail_reference_index_ignore = True  # a log row: no editor looks up what links to it

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_papers")
    module = models.ForeignKey("training.TrainingModulePage", on_delete=models.CASCADE, related_name="+")
    choice_order = models.JSONField(
        help_text=_("Mã câu hỏi → vị trí trong học phần của các phương án, theo thứ tự đã hiện cho người học.")
    )
    handed_out_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("đề kiểm tra đã phát")
        verbose_name_plural = _("đề kiểm tra đã phát")
        indexes = [models.Index(fields=["user", "module", "-handed_out_at"], name="quiz_paper_latest")]

    def __str__(self):
        return f"{self.user}: {self.module_id} ({self.handed_out_at:%d/%m/%Y %H:%M})"

    def fits(self, module):
        """True while the module still has the questions, and as many choices each, as when it was handed out."""
        return {question.id: len(question.value["choices"]) for question in module.quiz} == {
            question_id: len(order) for question_id, order in self.choice_order.items()
        }


class QuizAttempt(models.Model):
    """One submitted quiz, kept whether it passed or not. Answers name choices by their place in the module,
    whatever order the paper showed them in."""

    wagtail_reference_index_ignore = True  # a log row: no editor looks up what links to it

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts")
    module = models.ForeignKey(
        "training.TrainingModulePage", null=True, on_delete=models.SET_NULL, related_name="attempts"
    )
    module_title = models.CharField(max_length=255)
    answers = models.JSONField(help_text=_("Mã câu hỏi → các phương án đã chọn."))
    paper = models.OneToOneField(
        QuizPaper, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="attempt"
    )
    score = models.PositiveSmallIntegerField(_("điểm (%)"))
    passed = models.BooleanField(_("đạt"))
    submitted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("lần làm bài kiểm tra")
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.user}: {self.module_title} ({self.score}%)"


class Completion(models.Model):
    """A module finished: recorded once per volunteer and module, with its date, score and a certificate code."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="completions")
    module = models.ForeignKey(
        "training.TrainingModulePage", null=True, on_delete=models.SET_NULL, related_name="completions"
    )
    module_title = models.CharField(_("học phần"), max_length=255)
    completed_at = models.DateTimeField(_("hoàn thành lúc"), auto_now_add=True)
    score = models.PositiveSmallIntegerField(_("điểm (%)"))
    verification_code = models.CharField(
        _("mã xác minh"), max_length=16, unique=True, default=new_verification_code, editable=False
    )

    # Written in bulk too (the demo, imports): the figures kept per commune count who is ready for field work.
    objects = RetiringQuerySet.as_manager()

    class Meta:
        verbose_name = _("hoàn thành học phần")
        verbose_name_plural = _("hoàn thành học phần")
        constraints = [models.UniqueConstraint(fields=["user", "module"], name="one_completion_per_user_and_module")]

    def __str__(self):
        return f"{self.user}: {self.module_title}"
