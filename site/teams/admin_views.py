"""Wagtail admin views for teams and members, limited to the signed-in person's scope."""

import django_filters
from django import forms
from django.db import IntegrityError
from django.db.models import Q
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import chooser as generic_chooser
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets import BaseChooser
from wagtail.snippets.views import chooser, snippets

from accounts.audit import log_personal_data_access
from teams.access import declare_object_scope, registrable_areas
from teams.models import AdminArea, AreaLevel, Member, MemberRole, Team, TeamStatus
from teams.registry import existing_active_team, labelled, matching_area_ids, refuse_duplicate


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


def scoped_chooser_viewset(scope_function, register_widget=True):
    """The chooser modal of a snippet, which any admin user can open from a form: it lists and returns only
    what the user's scope covers, so it cannot be used to read names outside it. Without `register_widget`, it is
    not the widget of every foreign key to the model (a village chooser must not pick a team's commune)."""

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
            "register_widget": register_widget,
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
    # Replaces Wagtail's view of SINGLE_OBJECT_VIEWS' attribute, before it is scoped.
    single_object_views = {}
    chooser_is_every_foreign_keys_widget = True
    index_view_class = ExportLoggingIndexView
    copy_view_enabled = False
    search_backend_name = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.scope is not None:
            for attribute, view_class in SINGLE_OBJECT_VIEWS.items():
                setattr(cls, attribute, scoped(cls.single_object_views.get(attribute, view_class), cls.scope))
            cls.chooser_viewset_class = scoped_chooser_viewset(cls.scope, cls.chooser_is_every_foreign_keys_widget)
            declare_object_scope(cls.model, cls.scope)

    def get_queryset(self, request):
        return self.scope(request.user)


class TeamFilterSet(WagtailFilterSet):
    province = django_filters.ModelChoiceFilter(
        queryset=AdminArea.objects.filter(level=AreaLevel.PROVINCE), label=_("Tỉnh")
    )
    status = django_filters.ChoiceFilter(choices=TeamStatus.choices, label=_("Trạng thái"))
    decision = django_filters.ChoiceFilter(
        choices=[("co", _("Có quyết định")), ("chua", _("Chưa có"))],
        label=_("Quyết định thành lập"),
        method="filter_decision",
    )

    class Meta:
        model = Team
        fields = ["province", "status", "decision"]

    def filter_decision(self, queryset, name, value):
        """As Team.has_decision: a number and a date (the signed file may follow)."""
        recorded = Q(decision_date__isnull=False) & ~Q(decision_number="")
        return queryset.filter(recorded) if value == "co" else queryset.exclude(recorded)


class MemberFilterSet(WagtailFilterSet):
    role = django_filters.ChoiceFilter(choices=MemberRole.choices, label=_("Vai trò"))
    current = django_filters.BooleanFilter(field_name="left_on", lookup_expr="isnull", label=_("Đang trong tổ"))

    class Meta:
        model = Member
        fields = ["role", "affiliation", "current"]


class RefusesSecondActiveTeam:
    """For the team's add and edit views: the form checked the area has no other active team, but another request
    may have registered one since. The database refuses it; the person reads which team, not a server error."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except IntegrityError:
            area = form.cleaned_data.get("area")
            if area is None or existing_active_team(area, exclude_pk=form.instance.pk) is None:
                raise
            refuse_duplicate(form, area)
            self.produced_error_code = "validation_error"
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class TeamCreateView(RefusesSecondActiveTeam, snippets.CreateView):
    pass


class TeamEditView(RefusesSecondActiveTeam, snippets.EditView):
    pass


# The area chooser: the communes and villages where the person may register a team, labelled with their commune and
# province, searched without diacritics. 3,321 communes and their villages are never one <select>.


class AreaSearchForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Tìm địa bàn"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Tên xã hoặc thôn, gõ có dấu hay không dấu đều được")}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def filter(self, objects):
        query = self.cleaned_data.get("q")
        if not query:
            return objects
        self.is_searching, self.search_query = True, query
        return objects.filter(pk__in=matching_area_ids(self.user, query, limit=200))


class NoCreation:
    """Areas come from the official lists and the village admin, never from a chooser."""

    def can_create(self):
        return False


class AreaChooseViewMixin(NoCreation):
    per_page = 30

    def get_object_list(self):
        return labelled(registrable_areas(self.request.user)).order_by(
            "level", "province__name", "parent__name", "name"
        )

    def get_filter_form(self):
        return AreaSearchForm(self.request.GET, user=self.request.user)

    @property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Địa bàn"),
                accessor="full_label",
                get_url=lambda area: self.append_preserved_url_parameters(
                    reverse(self.chosen_url_name, args=(area.pk,))
                ),
                link_attrs={"data-chooser-modal-choice": True},
            ),
            Column("division_type", label=_("Loại")),
        ]


class AreaChooseView(AreaChooseViewMixin, generic_chooser.ChooseView):
    pass


class AreaChooseResultsView(AreaChooseViewMixin, generic_chooser.ChooseResultsView):
    pass


class AreaChosenView(generic_chooser.ChosenView):
    def get_object(self, pk):
        return labelled(registrable_areas(self.request.user)).get(pk=pk)

    def get_display_title(self, instance):
        return instance.full_label

    def get_edit_item_url(self, instance):
        return None


class AreaCreateView(NoCreation, generic_chooser.CreateView):
    pass


class AreaChosenMultipleView(generic_chooser.ChosenMultipleView):
    def get_objects(self, pks):
        return labelled(registrable_areas(self.request.user)).filter(pk__in=pks)

    def get_display_title(self, instance):
        return instance.full_label


class AreaChooserWidget(BaseChooser):
    def get_instance(self, value):
        if isinstance(value, AdminArea) or value in (None, ""):
            return value or None
        return labelled(AdminArea.objects).filter(pk=value).first()

    def get_display_title(self, instance):
        return instance.full_label

    def get_value_data_from_instance(self, instance):
        return {"id": instance.pk, "edit_url": None, self.display_title_key: self.get_display_title(instance)}


class AreaChooserViewSet(ChooserViewSet):
    """Registered by teams.wagtail_hooks; the team form's area uses its widget, nothing else does."""

    model = AdminArea
    icon = "site"
    choose_one_text = _("Chọn địa bàn")
    choose_another_text = _("Chọn địa bàn khác")
    page_title = _("Chọn xã, phường hoặc thôn, tổ dân phố")
    base_widget_class = AreaChooserWidget
    register_widget = False
    choose_view_class = AreaChooseView
    choose_results_view_class = AreaChooseResultsView
    chosen_view_class = AreaChosenView
    chosen_multiple_view_class = AreaChosenMultipleView
    create_view_class = AreaCreateView


area_chooser_viewset = AreaChooserViewSet("team_area_chooser", url_prefix="teams/chon-dia-ban")
