"""Words citizens stumble on (OTP, tích hợp, mức 2...), each explained in plain words. A guide links the first use
of each to its definition at the end of the same page (content/glossary.py)."""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from core.cache_retirement import RetiringQuerySet

ANCHOR_PREFIX = "tu-ngu-"


def normalised(text):
    """The form two spellings are compared in: NFC, single spaces, case folded."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


class GlossaryTerm(index.Indexed, models.Model):
    """One word or phrase with its plain-words definition, and the other ways guides write it."""

    term = models.CharField(_("từ ngữ"), max_length=60, unique=True, help_text=_("Ví dụ: OTP."))
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=40,
        unique=True,
        help_text=_("Chữ thường không dấu, nối bằng gạch ngang, ví dụ: otp. Trang dùng nó làm mốc #tu-ngu-otp."),
    )
    variants = models.CharField(
        _("cách viết khác"),
        max_length=255,
        blank=True,
        help_text=_("Các cách viết khác trong hướng dẫn, cách nhau bằng dấu phẩy. Ví dụ: mã OTP."),
    )
    definition = models.CharField(
        _("giải thích"),
        max_length=300,
        help_text=_("Lời giải thích bằng từ ngữ thông thường, tối đa 300 ký tự, câu ngắn."),
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("slug"),
        FieldPanel("variants"),
        FieldPanel("definition", widget=forms.Textarea(attrs={"rows": 4})),
    ]
    search_fields = [index.SearchField("term"), index.SearchField("variants"), index.AutocompleteField("term")]

    objects = RetiringQuerySet.as_manager()

    class Meta:
        ordering = ["term"]
        verbose_name = _("từ ngữ cần giải thích")
        verbose_name_plural = _("từ ngữ cần giải thích")

    def __str__(self):
        return self.term

    @property
    def anchor(self):
        return f"{ANCHOR_PREFIX}{self.slug}"

    def spellings(self):
        """The term and its variants, each once, NFC-normalised, as written (not case folded)."""
        seen, result = set(), []
        for spelling in [self.term, *self.variants.split(",")]:
            spelling = " ".join(unicodedata.normalize("NFC", spelling).split())
            if spelling and normalised(spelling) not in seen:
                seen.add(normalised(spelling))
                result.append(spelling)
        return result

    def clean(self):
        super().clean()
        mine = {normalised(spelling) for spelling in self.spellings()}
        for other in GlossaryTerm.objects.exclude(pk=self.pk).only("term", "variants"):
            shared = mine & {normalised(spelling) for spelling in other.spellings()}
            if shared:
                raise ValidationError(
                    {
                        "variants": _("“%(spelling)s” đã là cách viết của từ “%(term)s”.")
                        % {"spelling": sorted(shared)[0], "term": other.term}
                    }
                )
