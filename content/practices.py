"""A good practice's page: the replicate button and what pressing it does. It takes the page and imports no content
model, so the page can call it; the listing's filters are next to the index page (content/models/practices.py)."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import IntegrityError, transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from accounts.notifications import notify_many
from core.ids import parse_id
from teams.access import coordinators_of, led_teams, may_see_replication_interests


def practice_page_context(page, request):
    """The leader's teams and which of them already asked to replicate this practice."""
    context = {"interest_count": page.interests.count(), "leader_teams": [], "interests": []}
    if request.user.is_authenticated:
        teams = list(led_teams(request.user))
        done = set(page.interests.filter(team__in=teams).values_list("team_id", flat=True))
        context["leader_teams"] = [(team, team.pk in done) for team in teams]
        if may_see_replication_interests(request.user, page.commune):
            context["interests"] = page.interests.select_related("team__commune").order_by("-created_at")
    return context


def replicate_view(page, request):
    """A team leader says their team wants to replicate this practice: recorded once per team, and the
    coordinators whose scope covers the story's commune are told."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(page.url)
    team_id = parse_id(request.POST.get("to", ""))
    team = led_teams(request.user).filter(pk=team_id).first() if team_id else None
    if team is None:
        messages.error(request, _("Chỉ tổ trưởng mới đăng ký làm theo cho tổ của mình."))
        return redirect(page.url)
    try:
        with transaction.atomic():
            page.interests.create(team=team, user=request.user)
    except IntegrityError:
        messages.info(request, _("%(team)s đã đăng ký làm theo cách làm này rồi.") % {"team": team.name})
        return redirect(page.url)
    notify_many(
        list(coordinators_of(page.commune)),
        key=f"muon-lam-theo:{page.pk}:{team.pk}",
        title=_("%(team)s muốn làm theo: %(title)s") % {"team": team.name, "title": page.title},
        # The team and its commune only: the leader's name is not in these coordinators' scope.
        body=_("%(team)s (%(commune)s) muốn làm theo cách làm hay của %(origin)s.")
        % {"team": team.name, "commune": team.commune.name, "origin": page.commune.name},
        url=page.url,
    )
    messages.success(
        request,
        _("Đã ghi nhận: %(team)s muốn làm theo. Cán bộ phụ trách %(commune)s sẽ liên hệ.")
        % {"team": team.name, "commune": page.commune.name},
    )
    return redirect(page.url)
