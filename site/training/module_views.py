"""The routes of a training module page: overview, lesson by lesson, the quiz and its result."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseBadRequest, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _

from training import progress, quiz
from training.models import Completion, QuizAttempt


def require_sign_in(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None


def overview(page, request):
    context = {"lessons": list(page.lessons)}
    if request.user.is_authenticated:
        (state,) = progress.module_states(request.user, [page])
        context["module_state"] = state
    return page.render(request, context_overrides=context)


def lesson(page, request, number):
    lessons = list(page.lessons)
    if not 1 <= number <= len(lessons):
        raise Http404
    current = lessons[number - 1]
    context = {"lesson": current, "number": number, "lesson_count": len(lessons), "done": False}
    if request.user.is_authenticated:
        row = progress.open_lesson(request.user, page, number)
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
    messages.success(request, _("Bạn đã học xong các bài. Hãy làm bài kiểm tra để hoàn thành học phần."))
    return redirect(page.url + "kiem-tra/")


def take_quiz(page, request):
    if response := require_sign_in(request):
        return response
    questions = list(page.quiz)
    context = {"questions": questions, "chosen": {}, "missing": []}
    if request.method == "POST":
        try:
            answers, missing = quiz.read_answers(page, request.POST)
        except quiz.TamperedSubmission as error:
            return HttpResponseBadRequest(str(error))
        if missing:
            context.update(chosen=answers, missing=missing)
            response = page.render(request, template="training/quiz.html", context_overrides=context)
            response.status_code = 400
            return response
        attempt = quiz.submit_quiz(request.user, page, answers)
        return redirect(page.url + f"ket-qua/{attempt.pk}/")
    context["completion"] = Completion.objects.filter(user=request.user, module=page).first()
    return page.render(request, template="training/quiz.html", context_overrides=context)


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
