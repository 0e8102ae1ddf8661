"""The routes of a training module page: overview, lesson by lesson, the quiz and its result."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from training import progress, quiz
from training.records import Completion, QuizAttempt


def require_sign_in(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None


def overview(page, request):
    """The same for everyone (core/page_cache.py): the reader's own progress comes from `own_progress`."""
    return page.render(request, context_overrides={"lessons": list(page.lessons)})


# Asked by static/js/module-progress.js for the part of the module page that is the reader's own.
PART_PARAMETER = "phan"


def own_progress(page, request):
    """Where the reader stands in a module: progress, lessons still to open, the quiz, the certificate. A page of its
    own without JavaScript; with it, the part the module page shows in its place. Never cached: after a sign-out on
    a shared phone it asks the next reader to sign in."""
    context = {"module_state": None}
    if request.user.is_authenticated:
        (context["module_state"],) = progress.module_states(request.user, [page])
    if request.GET.get(PART_PARAMETER) == "1":
        response = TemplateResponse(request, "training/includes/own_progress.html", {"page": page, **context})
    else:
        response = page.render(request, template="training/own_progress.html", context_overrides=context)
    add_never_cache_headers(response)
    return response


def lesson(page, request, number):
    lessons = list(page.lessons)
    if not 1 <= number <= len(lessons):
        raise Http404
    current = lessons[number - 1]
    following = lessons[number] if number < len(lessons) else None
    context = {
        "lesson": current,
        "number": number,
        "lesson_count": len(lessons),
        "done": False,
        "next_lesson": following,
    }
    if request.user.is_authenticated:
        row = progress.open_lesson(request.user, page, number, current.id)
        context["done"] = current.id in row.lessons_done
    return page.render(request, template="training/lesson.html", context_overrides=context)


def lesson_done(page, request, number):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if response := require_sign_in(request):
        return response
    lessons = list(page.lessons)
    if not 1 <= number <= len(lessons):
        raise Http404
    progress.mark_lesson_done(request.user, page, lessons[number - 1].id)
    if number < len(lessons):
        return redirect(page.url + f"bai/{number + 1}/")
    (state,) = progress.module_states(request.user, [page])
    if not state.quiz_open:
        return redirect(page.url + "tien-do/")  # which lists the lessons still to open
    messages.success(request, _("Bạn đã học xong các bài. Hãy làm bài kiểm tra để hoàn thành học phần."))
    return redirect(page.url + "kiem-tra/")


def take_quiz(page, request):
    if response := require_sign_in(request):
        return response
    (state,) = progress.module_states(request.user, [page])
    if not state.quiz_open:
        response = page.render(request, template="training/quiz_locked.html", context_overrides={"state": state})
        response.status_code = 403
        return response
    if request.method == "POST":
        return answer_quiz(page, request, state)
    paper = quiz.hand_out_paper(request.user, page)
    return show_quiz(page, request, state, paper)


def answer_quiz(page, request, state):
    """Grade a submitted paper, or show the quiz again saying why not, keeping every choice that can be kept."""
    try:
        paper = quiz.submitted_paper(request.user, page, request.POST)
    except quiz.TamperedSubmission as error:
        return show_quiz(page, request, state, quiz.hand_out_paper(request.user, page), error=str(error), status=400)
    if not paper.fits(page):
        error = _("Bài kiểm tra vừa được cập nhật. Hãy làm bài trên đề mới dưới đây.")
        return show_quiz(page, request, state, quiz.hand_out_paper(request.user, page), error=error, status=409)
    try:
        answers, missing = quiz.read_answers(page, paper, request.POST)
    except quiz.TamperedSubmission as error:
        return show_quiz(page, request, state, paper, error=str(error), status=400)
    if not quiz.is_answered(paper):
        if missing:
            return show_quiz(page, request, state, paper, answers=answers, missing=missing, status=400)
        try:
            attempt = quiz.submit_quiz(request.user, page, paper, answers)
        except quiz.PaperAlreadyAnswered:  # the same paper, sent twice at the same moment
            pass
        else:
            return redirect(page.url + f"ket-qua/{attempt.pk}/")
    error = _(
        "Bài làm trên đề này đã được nộp rồi. Các lựa chọn của bạn được giữ trên đề mới dưới đây "
        "(các phương án đã được xếp lại); hãy xem lại rồi nộp."
    )
    paper = quiz.hand_out_paper(request.user, page)
    return show_quiz(page, request, state, paper, answers=answers, missing=missing, error=error, status=409)


def show_quiz(page, request, state, paper, answers=None, missing=(), error="", status=200):
    context = {
        "paper": paper,
        "questions": quiz.shown_questions(page, paper, answers, missing),
        "paper_field": quiz.PAPER_FIELD,
        "missing": missing,
        "error": error,
        "completion": state.completion,
    }
    response = page.render(request, template="training/quiz.html", context_overrides=context)
    response.status_code = status
    return response


def quiz_result(page, request, attempt_id):
    if response := require_sign_in(request):
        return response
    attempt = get_object_or_404(QuizAttempt, pk=attempt_id, user=request.user, module=page)
    _score, results = quiz.grade(page, attempt.answers)
    return page.render(
        request,
        template="training/quiz_result.html",
        context_overrides={
            "attempt": attempt,
            "results": results,
            "completion": Completion.objects.filter(user=request.user, module=page).first(),
        },
    )
