"""Forms that create something create it once. Each such form carries a one-time token (`{% form_token %}`, a
hidden field issued with the form and kept when the form comes back with errors). The post that creates spends the
token in the same transaction as what it creates, and records where it led; the same post arriving again, one
after the other or at the same moment, is sent there with a word that nothing more was made.

In a view:

    if repeat := form_tokens.repeat_of_spent_form(request):
        return repeat
    ...
    if form.is_valid():
        return form_tokens.create_once(request, lambda: save_and_say_where_to(form))

A post without a token (an older page still open) is handled as before, without the guarantee."""

import datetime
import uuid

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from core.models import FormSubmission

TOKEN_FIELD = "form_token"
KEPT_FOR = datetime.timedelta(days=1)


def posted_token(request, field=TOKEN_FIELD):
    """The token the form was issued with, or None when there is none (or it is not one)."""
    try:
        return uuid.UUID(str(request.POST.get(field, "")))
    except ValueError:
        return None


def token_for_form(request, field=TOKEN_FIELD):
    """The token to issue with a form: the one it was posted with when it is shown again with errors."""
    return posted_token(request, field) if request.method == "POST" and posted_token(request, field) else uuid.uuid4()


def owner_of(request):
    return request.user if request.user.is_authenticated else None


def earlier_submission(request, token, *, signs_in=False):
    """The post that already spent this token, when it was this person's; for a form whose first post signs the
    person in (a sign-up), also a post made by no one yet, known by its token alone."""
    submission = FormSubmission.objects.filter(token=token).first()
    if submission is None:
        return None
    if submission.user_id == getattr(owner_of(request), "pk", None):
        return submission
    if signs_in and submission.user_id is None and submission.result_url:
        return submission
    return None


def repeat_of_spent_form(request, field=TOKEN_FIELD, *, signs_in=False):
    """A redirect to what the first post made, when this post repeats it; None otherwise."""
    token = posted_token(request, field) if request.method == "POST" else None
    submission = earlier_submission(request, token, signs_in=signs_in) if token else None
    if submission is None:
        return None
    messages.info(request, _("Biểu mẫu này đã được gửi rồi, nên không tạo thêm. Đây là kết quả của lần gửi đó."))
    return redirect(submission.result_url)


def create_once(request, create, field=TOKEN_FIELD):
    """Runs `create()`, which saves what the form makes and returns the URL to go to, once per token; the
    redirect to that URL. A copy of the post that arrives while the first is still saving waits for it, then is
    sent to the same place."""
    token = posted_token(request, field)
    if token is None or FormSubmission.objects.filter(token=token).exclude(user=owner_of(request)).exists():
        with transaction.atomic():  # no token, or another person's: nothing to recognise a repeat by
            return redirect(create())
    try:
        with transaction.atomic():
            submission = FormSubmission.objects.create(token=token, user=owner_of(request))
            url = create()
            FormSubmission.objects.filter(pk=submission.pk).update(result_url=url)
    except IntegrityError:
        if repeat := repeat_of_spent_form(request, field):
            return repeat
        raise  # the integrity error came from what was being created
    FormSubmission.objects.filter(created_at__lt=timezone.now() - KEPT_FOR).delete()
    return redirect(url)
