from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from content.editorial import sync_all_departments, sync_department
from content.models import Department, GlossaryTerm, Pillar, PlatformPage, SafetyRules, Sector
from content.multiple_uploads import urlpatterns
from teams.access import is_site_admin


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name", "description"]
    ordering = ["sort_order", "name"]
    list_export = ["name", "slug", "description", "sort_order"]


class PillarViewSet(TaxonomyViewSet):
    model = Pillar
    icon = "folder-open-inverse"


class SectorViewSet(TaxonomyViewSet):
    model = Sector
    icon = "tag"


class DepartmentViewSet(TaxonomyViewSet):
    model = Department
    icon = "group"
    list_display = ["name", "short_name", "slug", "sort_order"]
    list_export = ["name", "short_name", "slug", "website", "description", "sort_order"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Phân loại")
    menu_icon = "folder-open-1"
    menu_order = 300
    items = (PillarViewSet, SectorViewSet, DepartmentViewSet)


register_snippet(TaxonomyGroup)


class SafetyRulesViewSet(SnippetViewSet):
    """The one set of scam rules: guides and training show it wherever a step or lesson asks for it."""

    model = SafetyRules
    icon = "warning"
    list_display = ["title"]


class GlossaryTermViewSet(SnippetViewSet):
    """Hard words and their plain-words definitions: guides link the first use of each."""

    model = GlossaryTerm
    icon = "help"
    list_display = ["term", "variants", "slug"]
    search_fields = ["term", "variants", "definition"]
    ordering = ["term"]
    list_export = ["term", "slug", "variants", "definition"]


class PlainWordsGroup(SnippetViewSetGroup):
    menu_label = _("An toàn và từ ngữ")
    menu_icon = "warning"
    menu_order = 310
    items = (SafetyRulesViewSet, GlossaryTermViewSet)


register_snippet(PlainWordsGroup)


def sync_after_department_change(request, instance):
    if isinstance(instance, Department):
        sync_department(instance)


def sync_after_platform_change(request, page):
    # A platform may have changed hands: every department's permissions are recomputed (a handful of rows).
    if isinstance(page.specific, PlatformPage):
        sync_all_departments()


hooks.register("after_create_snippet", sync_after_department_change)
hooks.register("after_edit_snippet", sync_after_department_change)
hooks.register("after_create_page", sync_after_platform_change)
hooks.register("after_edit_page", sync_after_platform_change)


@hooks.register("register_admin_urls", order=-1)
def multiple_uploaders_that_need_a_file():
    """Registered before Wagtail's own hooks (order=-1), so these answer at its addresses."""
    return urlpatterns()


@hooks.register("construct_reports_menu")
def hide_reports_people_cannot_open(request, menu_items):
    """Page types usage counts every page of the site: superusers only (its view refuses others,
    config/admin_reports.py)."""
    if not is_site_admin(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]
