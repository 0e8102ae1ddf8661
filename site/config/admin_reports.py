"""The admin's reports, each showing only what the viewer may see. Where Wagtail's own report needs a change, the
changed view is served from here under the report's usual address: config/urls.py puts these routes in front of
Wagtail's admin URLs.

Per report (the scopes themselves live in teams.access and content.editorial; nothing here decides who covers what):
- Site history: page entries only of the pages whose own history the viewer may open (Wagtail's rule also let
  through the pages one only browses through to reach one's own, and so their editors' names); other entries need
  the model's permission and, for every model an admin viewset limits to a scope (teams.access.object_scopes: teams,
  members, villages, targets, tokens, role assignments), an object inside the viewer's scope. Its filters offer only
  the people, types and actions of the entries the viewer can see.
- Locked pages, workflows, workflow tasks: Wagtail already lists only pages the viewer may edit; their "locked by"
  and "requested by" filters list only the people on those rows, not everyone who ever locked or submitted a page.
- Aging pages: Wagtail's rule (pages the viewer may publish) covers the rows, and it offers no list of people.
- Page types usage: counts and the last edited page of every type across the whole site: superusers only.
- Search terms (Wagtail, superusers only) and guides due for review (guides.admin_views, the viewer's
  departments) decide for themselves."""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.admin.filters import ContentTypeFilter
from wagtail.admin.urls import display_custom_404
from wagtail.admin.views.pages.history import PageHistoryView
from wagtail.admin.views.reports import audit_logging, locked_pages, page_types_usage, workflows
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import Page, PageLogEntry
from wagtail.permissions import page_permission_policy
from wagtail.utils.urlpatterns import decorate_urlpatterns

from teams.access import is_site_admin, object_scopes


def in_object_scope(log_model, user):
    """The log entries of `log_model` whose object lies in the user's scope, for the models that have one."""
    if is_site_admin(user) or "object_id" not in {field.name for field in log_model._meta.fields}:
        return Q()
    scopes = object_scopes()
    content_types = ContentType.objects.get_for_models(*scopes)
    condition = ~Q(content_type__in=list(content_types.values()))
    for model, visible in scopes.items():
        object_ids = visible(user).order_by().values_list(Cast("pk", CharField()), flat=True)
        condition |= Q(content_type=content_types[model], object_id__in=object_ids)
    return condition


def pages_whose_history_opens_for(user):
    """The pages whose own history (/admin/pages/<id>/history/) the user may open by their page rights. Wagtail's
    PageHistoryView asks for some page permission anywhere (its any_permission_required), then lets in whoever can
    edit or publish the page (its get_object): a "change" or "publish" permission on the page or above it, or "add"
    on a page one owns; never the tree's root. Browsing through a page to reach one's own is not enough. (A page
    waiting on a reviewer's workflow task also opens for them; Wagtail's site history never listed it, nor does
    this.)"""
    if not page_permission_policy.user_has_any_permission(user, PageHistoryView.any_permission_required):
        return Page.objects.none()
    pages = page_permission_policy.instances_user_has_any_permission_for(user, {"change", "publish"})
    return Page.objects.filter(pk__in=pages.order_by().values("pk")).exclude(depth=1)


def in_page_scope(log_model, user):
    """Page entries only of pages whose history the user may open; superusers keep Wagtail's view of every entry,
    deleted pages included."""
    if is_site_admin(user) or not issubclass(log_model, PageLogEntry):
        return Q()
    return Q(page_id__in=pages_whose_history_opens_for(user).values("pk"))


def in_viewer_scope(log_model, user):
    return in_object_scope(log_model, user) & in_page_scope(log_model, user)


def visible_log_entries(log_model, user):
    return log_model.objects.viewable_by_user(user).filter(in_viewer_scope(log_model, user))


def visible_entries_of_every_kind(user):
    return [visible_log_entries(log_model, user) for log_model in log_action_registry.get_log_entry_models()]


def content_types_in_history(request):
    ids = set().union(*(entries.get_content_type_ids() for entries in visible_entries_of_every_kind(request.user)))
    return ContentType.objects.filter(pk__in=ids).order_by("model")


class ScopedSiteHistoryFilterSet(audit_logging.SiteHistoryReportFilterSet):
    object_type = ContentTypeFilter(label=_("Loại"), method="filter_object_type", queryset=content_types_in_history)

    def get_action_choices(self):
        used = set().union(*(entries.get_actions() for entries in visible_entries_of_every_kind(self.request.user)))
        return [choice for choice in log_action_registry.get_choices() if choice[0] in used]

    def get_users_queryset(self):
        ids = set().union(*(entries.get_user_ids() for entries in visible_entries_of_every_kind(self.request.user)))
        User = get_user_model()
        return User.objects.filter(pk__in=ids).order_by(User.USERNAME_FIELD)


class ScopedSiteHistoryView(audit_logging.LogEntriesView):
    filterset_class = ScopedSiteHistoryFilterSet

    def filter_queryset(self, queryset):
        # Called on each log model's entries (already limited by Wagtail's permissions) before they are combined.
        return super().filter_queryset(queryset).filter(in_viewer_scope(queryset.model, self.request.user))


class PeopleOfTheRowsFilterSetMixin:
    """A "who" filter listing only the people on the rows the viewer is shown (the view passes its rows)."""

    people_filter = people_field = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        people = self.queryset.order_by().values(self.people_field)
        User = get_user_model()
        self.filters[self.people_filter].extra["queryset"] = User.objects.filter(pk__in=people).order_by(
            User.USERNAME_FIELD
        )


class ScopedLockedPagesFilterSet(PeopleOfTheRowsFilterSetMixin, locked_pages.LockedPagesReportFilterSet):
    people_filter = people_field = "locked_by"


class ScopedLockedPagesView(locked_pages.LockedPagesView):
    filterset_class = ScopedLockedPagesFilterSet

    def get_filterset_kwargs(self):
        # The report's rows before filtering, as LockedPagesView.get_queryset chooses them (that method applies the
        # filters itself, so it cannot be asked here).
        user = self.request.user
        editable = page_permission_policy.instances_user_has_permission_for(user, "change")
        rows = (editable | Page.objects.filter(locked_by=user)).filter(locked=True)
        return {**super().get_filterset_kwargs(), "queryset": rows}


class ScopedWorkflowFilterSet(PeopleOfTheRowsFilterSetMixin, workflows.WorkflowReportFilterSet):
    people_filter = people_field = "requested_by"


class ScopedWorkflowView(workflows.WorkflowView):
    filterset_class = ScopedWorkflowFilterSet

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "queryset": self.get_queryset()}


class SuperusersOnlyPageTypesUsageView(page_types_usage.PageTypesUsageReportView):
    def dispatch(self, request, *args, **kwargs):
        if not is_site_admin(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


def report_routes(view_class, route, **kwargs):
    return [
        path(route, view_class.as_view(**kwargs)),
        path(f"{route}results/", view_class.as_view(results_only=True, **kwargs)),
    ]


# Routes of wagtail.admin.urls.reports, wrapped as Wagtail wraps its admin URLs.
urlpatterns = [
    *report_routes(ScopedLockedPagesView, "locked/"),
    *report_routes(ScopedWorkflowView, "workflow/"),
    *report_routes(ScopedSiteHistoryView, "site-history/"),
    *report_routes(SuperusersOnlyPageTypesUsageView, "page-types-usage/"),
]
urlpatterns = decorate_urlpatterns(urlpatterns, require_admin_access)
urlpatterns = decorate_urlpatterns(urlpatterns, display_custom_404)
urlpatterns = decorate_urlpatterns(urlpatterns, never_cache)
