"""'Was this guide helpful?': anonymous answers, limited per client so nobody can flood them."""

from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from accounts.client_address import client_address
from accounts.throttle import Throttle
from guides.forms import FeedbackForm
from guides.models import GuideFeedback, GuidePage
from guides.pages import unrestricted

# Per client address: a carrier's NAT puts many readers of one Zalo post behind one address, and each answer
# already counts once (its client_id), so the limit only has to stop one sender flooding the form.
FEEDBACK_LIMIT = 30
FEEDBACK_WINDOW_SECONDS = 60 * 10
FEEDBACK_TRIES = Throttle("guide-feedback", FEEDBACK_LIMIT, FEEDBACK_WINDOW_SECONDS)


def already_kept(client_id):
    return client_id is not None and GuideFeedback.objects.filter(client_id=client_id).exists()


def keep(guide, form):
    """Saves the answer once per id: the same answer arriving twice at the same moment stays the first one."""
    feedback = GuideFeedback(
        guide=guide,
        helpful=form.cleaned_data["helpful"],
        comment=form.cleaned_data["comment"],
        client_id=form.cleaned_data["client_id"],
    )
    try:
        with transaction.atomic():
            feedback.save()
    except IntegrityError:
        if feedback.client_id is None:
            raise


@csrf_exempt
@require_POST
def receive_feedback(request, guide_id):
    """Anonymous and rate-limited, so it needs no CSRF token: guide pages then carry no per-visitor token and can
    be served from the page cache. A forged submission could only do what anyone can do by submitting directly."""
    guide = get_object_or_404(GuidePage.objects.live().filter(unrestricted()), pk=guide_id)
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return render_with_form(guide, request, form, status=400)
    # A resend of an answer already kept is thanked again and does not count against the sender's allowance.
    if not already_kept(form.cleaned_data["client_id"]):
        if not FEEDBACK_TRIES.allows(client_address(request)):
            form.add_error(None, _("Bạn đã gửi nhiều phản hồi liên tiếp. Hãy thử lại sau ít phút."))
            return render_with_form(guide, request, form, status=429)
        keep(guide, form)
    return redirect(guide.url + "?da-gui-phan-hoi=1#phan-hoi")


def render_with_form(guide, request, form, status):
    """The guide again, with the form showing its errors and everything the person typed."""
    response = guide.render(request, context_overrides={"feedback_form": form})
    response.status_code = status
    return response
