from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class FormSubmission(models.Model):
    """A form's one-time token, spent by the post that created something, with where that post led. The same post
    sent again (a double tap, a phone resending after the signal came back) finds it and is shown what the first
    one made, instead of making it again. Kept for a day (core.form_tokens)."""

    wagtail_reference_index_ignore = True  # a log row: no editor looks up what links to it

    token = models.UUIDField(unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.CASCADE, related_name="+")
    result_url = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("lần gửi biểu mẫu")
        verbose_name_plural = _("lần gửi biểu mẫu")

    def __str__(self):
        return str(self.token)
