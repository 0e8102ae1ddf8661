"""Training: modules volunteers take before field work, and the record of who finished which.

Progress follows Kolibri's logger: one summary row per (volunteer, module), attempts as separate rows, and a
completion recorded once. Deleting or editing a module never erases a volunteer's history: rows keep the
module's title and lose only the link."""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import JsonResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from accounts.codes import readable_code
from core.printable import PrintablePage
from core.search_text import fold_diacritics
from training.blocks import LESSON_BLOCKS, QUESTION_BLOCKS


def new_verification_code():
    return readable_code(10)


class TrainingIndexPage(Page):
    """Every training module, in the order editors arrange them in the page tree, at /dao-tao/."""

    intro = models.TextField(_("lời giới thiệu"), max_length=400, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["content.HomePage"]
    subpage_types = ["training.TrainingModulePage"]
    max_count = 1

    class Meta:
        verbose_name = _("danh mục đào tạo")


class TrainingModulePage(PrintablePage, Page):
    """A module: lessons, then a quiz graded on the server. Its order is its place among its siblings."""

    summary = models.CharField(_("tóm tắt"), max_length=300)
    pillar = models.ForeignKey(
        "content.Pillar", verbose_name=_("trụ cột"), null=True, blank=True, on_delete=models.SET_NULL
    )
    minutes = models.PositiveSmallIntegerField(_("số phút"), default=30)
    required_for_field_work = models.BooleanField(
        _("bắt buộc trước khi đi hỗ trợ"),
        default=True,
        help_text=_("Thành viên phải hoàn thành học phần này mới được coi là sẵn sàng đi hỗ trợ người dân."),
    )
    lessons = StreamField(LESSON_BLOCKS, verbose_name=_("các bài học"), min_num=1)
    quiz = StreamField(QUESTION_BLOCKS, verbose_name=_("bài kiểm tra"), min_num=1)
    pass_mark = models.PositiveSmallIntegerField(
        _("điểm đạt (%)"), default=80, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("pillar"), FieldPanel("minutes")]),
                FieldRowPanel([FieldPanel("required_for_field_work"), FieldPanel("pass_mark")]),
            ],
            heading=_("Thông tin học phần"),
        ),
        FieldPanel("lessons"),
        FieldPanel("quiz"),
    ]
    parent_page_types = ["training.TrainingIndexPage"]
    subpage_types = []
    booklet_template = "training/module_booklet.html"

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("folded_title"),
        index.SearchField("folded_text"),
    ]

    class Meta:
        verbose_name = _("học phần")
        verbose_name_plural = _("học phần")

    def folded_title(self):
        return fold_diacritics(self.title)

    def folded_text(self):
        return fold_diacritics(" ".join([self.summary, *(lesson.value["heading"] for lesson in self.lessons)]))

    def printed_context(self, request):
        return {"lessons": list(self.lessons)}

    @property
    def lesson_ids(self):
        return [lesson.id for lesson in self.lessons]

    @path("")
    def overview(self, request):
        return module_views.overview(self, request)

    @path("bai/<id:number>/", name="lesson")
    def lesson_view(self, request, number):
        return module_views.lesson(self, request, number)

    @path("bai/<id:number>/xong/", name="lesson_done")
    def lesson_done_view(self, request, number):
        return module_views.lesson_done(self, request, number)

    @path("goi-ngoai-tuyen/", name="offline_pack")
    def offline_pack(self, request):
        """The module's pages for reading without a signal (the quiz needs a connection to be graded)."""
        lessons = [f"{self.url}bai/{number}/" for number in range(1, len(self.lessons) + 1)]
        return JsonResponse({"title": self.title, "urls": [self.url, *lessons]})

    @path("kiem-tra/", name="quiz")
    def quiz_view(self, request):
        return module_views.take_quiz(self, request)

    @path("ket-qua/<id:attempt_id>/", name="quiz_result")
    def quiz_result_view(self, request, attempt_id):
        return module_views.quiz_result(self, request, attempt_id)


class ModuleProgress(models.Model):
    """Where a volunteer is in a module: started, lessons done, last lesson opened, completed."""

    wagtail_reference_index_ignore = True  # a log row: no editor looks up what links to it

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_progress")
    module = models.ForeignKey(TrainingModulePage, null=True, on_delete=models.SET_NULL, related_name="progress")
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
    module = models.ForeignKey(TrainingModulePage, on_delete=models.CASCADE, related_name="+")
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
    module = models.ForeignKey(TrainingModulePage, null=True, on_delete=models.SET_NULL, related_name="attempts")
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
    module = models.ForeignKey(TrainingModulePage, null=True, on_delete=models.SET_NULL, related_name="completions")
    module_title = models.CharField(_("học phần"), max_length=255)
    completed_at = models.DateTimeField(_("hoàn thành lúc"), auto_now_add=True)
    score = models.PositiveSmallIntegerField(_("điểm (%)"))
    verification_code = models.CharField(
        _("mã xác minh"), max_length=16, unique=True, default=new_verification_code, editable=False
    )

    class Meta:
        verbose_name = _("hoàn thành học phần")
        verbose_name_plural = _("hoàn thành học phần")
        constraints = [models.UniqueConstraint(fields=["user", "module"], name="one_completion_per_user_and_module")]

    def __str__(self):
        return f"{self.user}: {self.module_title}"


# The routes' code needs the models above; importing it last avoids a circular import.
from training import module_views  # noqa: E402
