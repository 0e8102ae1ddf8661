"""Routing a page address in one query.

Wagtail's `Page.route` walks the tree one level at a time, two queries per level (the child by slug, then its specific
row), so a guide at /nen-tang/vneid/kich-hoat/ took eight queries before it was found, and its breadcrumbs and view
restrictions took three more. The site's root page (content.HomePage) routes instead with one query: every page whose
`url_path` is a prefix of the address, each with its specific row (a LEFT JOIN per page type), its locale, whether a
view restriction sits on it, plus the site root's ancestors for their restrictions.

Wagtail's semantics are kept: the pages are visited from the root down, as `Page.route` would call them. A page with
the default `route` hands on to its child; a `RoutablePageMixin` page that is live answers first when one of its own
routes matches the rest of the address (as RoutablePageMixin.route does), and a page type with any other `route`
of its own is handed the rest of the address and routes it itself. Only live pages are served; anything else is a
404. Previews and drafts do not come through here (Wagtail serves them from the admin), and the view restrictions
are still checked by Wagtail's `before_serve_page` hook: `RoutedPageMixin.get_view_restrictions` only skips the
query when this one showed no restriction on the page or any of its ancestors (and no alias among them).

Compiling this query (a dozen joins) took longer than running it, so it is compiled once per number of path parts
(core/prepared_queries.py); the site and its root page come from core/known_sites.py.
"""

from functools import cache

from django.db.models import Exists, Func, IntegerField, OuterRef, Subquery
from django.db.models.functions import JSONObject
from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site, get_page_models
from wagtail.models.sites import SiteRootPath
from wagtail.url_routing import RouteResult

from core.prepared_queries import prepared_list


@cache
def specific_accessors():
    """For each page type, the chain of reverse one-to-one names from Page to it ("guidepage"), and the related
    rows it asks to load along (`route_select_related`, e.g. a platform's department)."""
    accessors = {}
    for model in get_page_models():
        if model is Page:
            continue
        names, current = [], model
        while current is not Page:
            parent, link = next((parent, link) for parent, link in current._meta.parents.items() if link)
            names.insert(0, link.remote_field.get_accessor_name())
            current = parent
        accessors[model] = "__".join(names)
    return accessors


def select_related_names():
    names = []
    for model, accessor in specific_accessors().items():
        names.append(accessor)
        names += [f"{accessor}__{name}" for name in getattr(model, "route_select_related", ())]
    return names


def specific_from_row(row):
    """The page in its specific type, from the rows the routing query joined in; None when it was not joined."""
    model = row.specific_class
    if model is None:
        return None
    if model is Page:
        return row
    page = row
    for name in specific_accessors().get(model, "").split("__"):
        if not name:
            return None
        page = getattr(page, name, None)
        if page is None:
            return None
    return page


def route_in_one_query(root, request, path_components, site_settings=None):
    """What `root.route(request, path_components)` returns, from one query (root: the site's root page, already
    specific). `site_settings`: a Wagtail site setting model whose row is read along (and kept for the request)."""
    prefixes = tuple(
        root.url_path + "/".join(path_components[:count]) + "/" for count in range(1, len(path_components) + 1)
    )
    site = getattr(request, "_wagtail_site", None)
    site_id = site.pk if site else None
    # Everything the query is built from but the prefixes is part of its shape (core/prepared_queries.py).
    shape = ("routing", root.pk, root.path, site_settings._meta.label if site_settings else None, site_id)
    found = prepared_list(
        shape, lambda prefixes: routing_rows(root, prefixes, site_settings, site_id), prefixes=prefixes
    )
    chain = [row for row in found if row.depth > root.depth]
    known = [row for row in found if row.depth <= root.depth]
    seed_site_root_paths(request, root, known)
    if site_settings is not None:
        seed_site_settings(site_settings, request, next((row for row in known if row.pk == root.pk), None))
    restricted = any(row.restricted or row.alias_of_id for row in known)
    if not path_components:
        root._route_restricted = restricted
        return Page.route(root, request, path_components)

    parent = root
    ancestors = [row for row in known if row.depth > 1 and row.pk != root.pk] + [root]
    for index, row in enumerate(chain):
        if row.depth != root.depth + index + 1 or not row.path.startswith(parent.path):
            return Page.route(root, request, path_components)  # url_path out of step with the tree: Wagtail's walk
        page = specific_from_row(row)
        if page is None:
            return Page.route(root, request, path_components)
        page._cached_parent_obj = parent
        restricted = restricted or row.restricted or bool(row.alias_of_id)
        page._route_restricted = restricted
        page._route_ancestors = list(ancestors)
        remaining = path_components[index + 1 :]
        route = type(page).route
        if route is RoutablePageMixin.route:
            if page.live and resolves(page, remaining):
                return page.route(request, remaining)
        elif route is not Page.route:
            return page.route(request, remaining)
        if not remaining:
            if page.live:
                return RouteResult(page)
            raise Http404
        ancestors.append(page)
        parent = page
    raise Http404  # no child of the last page found has the next slug


def routing_rows(root, prefixes, site_settings, site_id):
    """Every page whose url_path is one of the prefixes, below the root, and the root with its ancestors: each in its
    specific type, with its locale and whether a view restriction sits on it."""
    above = [root.path[: root.steplen * depth] for depth in range(1, root.depth + 1)]  # the root and its ancestors
    rows = (
        (
            Page.objects.filter(path__in=above)
            | Page.objects.filter(path__startswith=root.path, depth__gt=root.depth, url_path__in=prefixes)
        )
        .select_related("locale", *select_related_names())
        .annotate(
            restricted=Exists(PageViewRestriction.objects.filter(page_id=OuterRef("pk"))),
            sites=Subquery(
                Site.objects.order_by().values(total=Func("pk", function="COUNT", output_field=IntegerField()))
            ),
        )
        .order_by("depth")
    )
    if site_settings is not None:
        rows = rows.annotate(site_settings=Subquery(site_settings_row(site_settings, site_id)))
    return rows


def resolves(page, remaining):
    path = "/" + "".join(f"{component}/" for component in remaining)
    try:
        page.resolve_subpage(path)
    except Http404:
        return False
    return True


def site_settings_row(model, site_id):
    """The site's settings row (shown in every page's footer) as one JSON value, read along with the pages."""
    fields = {field.attname: field.attname for field in model._meta.concrete_fields}
    return model.objects.filter(site_id=site_id).order_by().values(row=JSONObject(**fields))[:1]


def seed_site_settings(model, request, root_row):
    """Wagtail's per-request copy of the site's settings (BaseSiteSetting.for_request), from the routing query; with no
    row yet, Wagtail creates it as usual."""
    attribute = model.get_cache_attr_name()
    if root_row is not None and root_row.site_settings and not hasattr(request, attribute):
        names = [field.attname for field in model._meta.concrete_fields]
        row = root_row.site_settings
        setattr(request, attribute, model.from_db(root_row._state.db, names, [row[name] for name in names]))


def seed_site_root_paths(request, root, known):
    """Page URLs need every site's root path (Site.get_site_root_paths, read through the cache: with the database cache
    a miss costs seven queries). With one site, that is this request's site and this root: Wagtail's own per-request
    copy is filled in from what the routing query brought."""
    site = getattr(request, "_wagtail_site", None)
    root_row = next((row for row in known if row.pk == root.pk), None)
    if site is None or root_row is None or root_row.sites != 1 or site.root_page_id != root.pk:
        return
    if not hasattr(request, "_wagtail_cached_site_root_paths"):
        request._wagtail_cached_site_root_paths = [
            SiteRootPath(site.id, root.url_path, site.root_url, root_row.locale.language_code)
        ]


class RoutedPageMixin:
    """For page types served through `route_in_one_query`: the view restrictions and breadcrumbs it already read."""

    def get_view_restrictions(self):
        if getattr(self, "_route_restricted", None) is False:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def breadcrumb_pages(self):
        """The pages above this one from the site's root down (the root included), as a list."""
        known = getattr(self, "_route_ancestors", None)
        if known is not None:
            return known
        return list(self.get_ancestors()[1:])
