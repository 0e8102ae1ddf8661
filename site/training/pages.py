"""The training pages: the index at /dao-tao/ and each module, whose routes (lessons, quiz, result) are served by
training/module_views.py."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import JsonResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.printable import PrintablePage
from core.search_text import fold_diacritics
from guides.pages import unrestricted
from training import module_views
from training.blocks import LESSON_BLOCKS, QUESTION_BLOCKS


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

    @path("tien-do/", name="own_progress")
    def own_progress_view(self, request):
        return module_views.own_progress(self, request)

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


def published_modules():
    return TrainingModulePage.objects.live().public().order_by("path")


def required_module_ids():
    """The published modules required before field work, as sorted ids, in one query that builds no page: the
    figures' signature (reporting/area_figures.py), read on every coverage and roll-up page."""
    required = TrainingModulePage.objects.live().filter(unrestricted(), required_for_field_work=True)
    return list(required.order_by("pk").values_list("pk", flat=True))
