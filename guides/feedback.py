"""'Was this guide helpful?': anonymous answers, limited per client so nobody can flood them."""

import hashlib

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from accounts.lockout import client_address
from guides.models import GuideFeedback, GuidePage

FEEDBACK_LIMIT = 5
FEEDBACK_WINDOW_SECONDS = 60 * 10
# The same answer from the same client this soon is one answer sent twice (a double tap on a slow network). Guide
# pages are cached for everyone, so their form cannot carry a one-time token of its own (content.form_tokens).
REPEAT_WINDOW_SECONDS = 60


class FeedbackForm(forms.ModelForm):
    helpful = forms.TypedChoiceField(
        choices=[("1", _("Có")), ("0", _("Không"))],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
        label=_("Hướng dẫn này có giúp được bạn không?"),
        error_messages={"required": _("Hãy chọn Có hoặc Không.")},
    )
    comment = forms.CharField(
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
        label=_("Góp ý thêm (không bắt buộc, đừng ghi số điện thoại hay số căn cước)"),
        error_messages={"max_length": _("Góp ý dài tối đa %(limit_value)d ký tự (hiện có %(show_value)d).")},
    )

    class Meta:
        model = GuideFeedback
        fields = ["helpful", "comment"]


def client_key(request):
    """A one-way key per client address: the limit needs to recognise a client, not to know who it is."""
    address = client_address(request) or ""
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    return f"guides:feedback:{digest}"


def take_feedback_allowance(request):
    """Count this attempt; False once the client has sent FEEDBACK_LIMIT answers in the window."""
    key = client_key(request)
    cache.add(key, 0, FEEDBACK_WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, FEEDBACK_WINDOW_SECONDS)
        count = 1
    return count <= FEEDBACK_LIMIT


def is_repeat(request, guide, form):
    """True when this client sent exactly this answer about this guide in the last REPEAT_WINDOW_SECONDS; otherwise
    remembers it for that long."""
    answer = f"{guide.pk}:{form.cleaned_data['helpful']}:{form.cleaned_data['comment'].strip()}"
    digest = hashlib.sha256(f"{client_key(request)}:{answer}".encode()).hexdigest()[:32]
    return not cache.add(f"guides:feedback-sent:{digest}", 1, REPEAT_WINDOW_SECONDS)


@csrf_exempt
@require_POST
def receive_feedback(request, guide_id):
    """Anonymous and rate-limited, so it needs no CSRF token: guide pages then carry no per-visitor token and can
    be served from the page cache. A forged submission could only do what anyone can do by submitting directly."""
    guide = get_object_or_404(GuidePage.objects.live().public(), pk=guide_id)
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return render_with_form(guide, request, form, status=400)
    if not take_feedback_allowance(request):
        form.add_error(None, _("Bạn đã gửi nhiều phản hồi liên tiếp. Hãy thử lại sau ít phút."))
        return render_with_form(guide, request, form, status=429)
    if is_repeat(request, guide, form):
        return redirect(guide.url + "?da-gui-phan-hoi=1#phan-hoi")
    feedback = form.save(commit=False)
    feedback.guide = guide
    feedback.save()
    return redirect(guide.url + "?da-gui-phan-hoi=1#phan-hoi")


def render_with_form(guide, request, form, status):
    """The guide again, with the form showing its errors and everything the person typed."""
    response = guide.render(request, context_overrides={"feedback_form": form})
    response.status_code = status
    return response
