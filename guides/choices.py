"""Choices of the guides' fields that pages other than the guide's own filter on (guides/listing.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Audience(models.TextChoices):
    CITIZENS = "nguoi-dan", _("Người dân")
    HOUSEHOLD_BUSINESSES = "ho-kinh-doanh", _("Hộ kinh doanh, nông dân")
    VOLUNTEERS = "to-cong-nghe-so", _("Thành viên Tổ công nghệ số")
