"""The scam rules, written once (one safety voice): every guide step flagged `safety` shows them, and so does the
training module's safety lesson. There is one set of rules: a second row cannot be saved."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from core.cache_retirement import RetiringQuerySet

THE_ONLY_ROW = 1


class SafetyRuleBlock(blocks.StructBlock):
    """One rule: a short command, then a few plain sentences."""

    heading = blocks.CharBlock(
        max_length=80, label=_("Quy tắc"), help_text=_("Một câu lệnh ngắn. Ví dụ: Không đưa mã cho ai.")
    )
    text = blocks.RichTextBlock(
        features=["bold"], label=_("Giải thích"), help_text=_("Vài câu ngắn, mỗi câu không quá 25 tiếng.")
    )

    class Meta:
        icon = "warning"
        label = _("Quy tắc")


class SafetyRules(models.Model):
    """The scam rules shown in guides and in training. Only one row exists (its key is always 1)."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=THE_ONLY_ROW, editable=False)
    title = models.CharField(_("tiêu đề"), max_length=80, default=_("Quy tắc chống lừa đảo"))
    rules = StreamField([("rule", SafetyRuleBlock())], verbose_name=_("các quy tắc"), min_num=1, max_num=6)

    panels = [FieldPanel("title"), FieldPanel("rules")]

    objects = RetiringQuerySet.as_manager()

    class Meta:
        verbose_name = _("quy tắc an toàn")
        verbose_name_plural = _("quy tắc an toàn")
        constraints = [models.CheckConstraint(condition=Q(id=THE_ONLY_ROW), name="safety_rules_one_row")]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self._state.adding and SafetyRules.objects.filter(pk=THE_ONLY_ROW).exists():
            raise ValidationError(_("Đã có bộ quy tắc an toàn. Hãy sửa bộ đang có thay vì tạo bộ mới."))

    @classmethod
    def current(cls):
        """The rules, or None before anyone wrote them."""
        return cls.objects.filter(pk=THE_ONLY_ROW).first()
