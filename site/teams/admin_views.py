"""Wagtail admin views for teams and members, limited to the signed-in person's scope."""

import django_filters
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.views import chooser, snippets

from accounts.audit import log_personal_data_access
from teams.access import declare_object_scope
from teams.models import AdminArea, AreaLevel, Member, MemberRole, Team, TeamStatus


def scoped(view_class, scope_function):
    """A subclass of a single-object admin view for which objects outside the user's scope do not exist:
    404, not a hint that they exist."""

    def get_object(self, *args, **kwargs):
        obj = view_class.get_object(self, *args, **kwargs)
        if not scope_function(self.request.user).filter(pk=obj.pk).exists():
            raise Http404
        return obj

    return type(f"Scoped{view_class.__name__}", (view_class,), {"get_object": get_object})


class ExportLoggingIndexView(snippets.IndexView):
    """Exports of personal data are logged (accounts.audit); every export is formula-safe (core.exports)."""

    def get(self, request, *args, **kwargs):
        if self.is_export and self.model._meta.label in PERSONAL_DATA_MODELS:
            log_personal_data_access(
                request,
                _("xuất %(format)s") % {"format": request.GET.get("export")},
                self.model._meta.verbose_name_plural,
            )
        return super().get(request, *args, **kwargs)


PERSONAL_DATA_MODELS = {"teams.Member"}


SINGLE_OBJECT_VIEWS = {
    "edit_view_class": snippets.EditView,
    "delete_view_class": snippets.DeleteView,
    "inspect_view_class": snippets.InspectView,
    "history_view_class": snippets.HistoryView,
    "usage_view_class": snippets.UsageView,
}


def scoped_chooser_viewset(scope_function):
    """The chooser modal of a snippet, which any admin user can open from a form: it lists and returns only
    what the user's scope covers, so it cannot be used to read names outside it."""

    def get_object_list(self):
        return scope_function(self.request.user)

    def get_object(self, pk):
        return scope_function(self.request.user).get(pk=pk)

    def get_objects(self, pks):
        return scope_function(self.request.user).filter(pk__in=pks)

    return type(
        "ScopedSnippetChooserViewSet",
        (chooser.SnippetChooserViewSet,),
        {
            "choose_view_class": type("ScopedChooseView", (chooser.ChooseView,), {"get_object_list": get_object_list}),
            "choose_results_view_class": type(
                "ScopedChooseResultsView", (chooser.ChooseResultsView,), {"get_object_list": get_object_list}
            ),
            "chosen_view_class": type("ScopedChosenView", (chooser.SnippetChosenView,), {"get_object": get_object}),
            "chosen_multiple_view_class": type(
                "ScopedChosenMultipleView", (chooser.SnippetChosenMultipleView,), {"get_objects": get_objects}
            ),
        },
    )


class ScopedSnippetViewSet(snippets.SnippetViewSet):
    """A snippet admin where people list, export, open and choose only what their role covers.
    Subclasses set `scope = staticmethod(function of the user returning a queryset)`."""

    scope = None
    index_view_class = ExportLoggingIndexView
    copy_view_enabled = False
    search_backend_name = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.scope is not None:
            for attribute, view_class in SINGLE_OBJECT_VIEWS.items():
                setattr(cls, attribute, scoped(view_class, cls.scope))
            cls.chooser_viewset_class = scoped_chooser_viewset(cls.scope)
            declare_object_scope(cls.model, cls.scope)

    def get_queryset(self, request):
        return self.scope(request.user)


class TeamFilterSet(WagtailFilterSet):
    province = django_filters.ModelChoiceFilter(
        queryset=AdminArea.objects.filter(level=AreaLevel.PROVINCE), label=_("Tỉnh")
    )
    status = django_filters.ChoiceFilter(choices=TeamStatus.choices, label=_("Trạng thái"))

    class Meta:
        model = Team
        fields = ["province", "status"]


class MemberFilterSet(WagtailFilterSet):
    role = django_filters.ChoiceFilter(choices=MemberRole.choices, label=_("Vai trò"))
    current = django_filters.BooleanFilter(field_name="left_on", lookup_expr="isnull", label=_("Đang trong tổ"))

    class Meta:
        model = Member
        fields = ["role", "affiliation", "current"]
