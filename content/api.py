"""The public, read-only open data API (Wagtail API v2): platforms and the taxonomy here, guides and training modules
next to their apps. What every endpoint shares is here too: a fixed set of query parameters, limit/offset with a
ceiling, filters by pillar, sector and platform, search that ignores diacritics, and errors in Vietnamese."""

import re

from django.conf import settings
from django.db.models import Case, When
from django.http import Http404
from django.urls import path
from django.utils.translation import gettext as _
from rest_framework import serializers
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from wagtail.api import APIField
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError, get_base_url
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.rich_text import expand_db_html

from content.models import Department, Pillar, PlatformPage, Sector
from core.ids import parse_id
from core.search_text import matching_page_ids

DEFAULT_LIMIT = 20
# Renditions every image in the API comes with: a phone-sized JPEG, a larger one and a WebP of the larger.
IMAGE_RENDITIONS = ["width-360|format-jpeg", "width-720|format-jpeg", "width-720|format-webp"]
SLUG = re.compile(r"[-a-zA-Z0-9_]{1,100}")
RELATIVE_LINK = re.compile(r'(href|src)="/(?!/)')


class Pagination(WagtailPagination):
    """Wagtail's limit and offset, with the ceiling WAGTAILAPI_LIMIT_MAX and messages in Vietnamese."""

    def paginate_queryset(self, queryset, request, view=None):
        limit_max = settings.WAGTAILAPI_LIMIT_MAX
        offset = parse_id(request.GET.get("offset", "0"))
        if offset is None:
            raise BadRequestError(_("offset phải là số nguyên không âm."))
        limit = parse_id(request.GET.get("limit", str(min(DEFAULT_LIMIT, limit_max))))
        if limit is None:
            raise BadRequestError(_("limit phải là số nguyên không âm."))
        if limit > limit_max:
            raise BadRequestError(_("limit không được lớn hơn %(max)s.") % {"max": limit_max})
        self.view = view
        self.total_count = queryset.count()
        return queryset[offset : offset + limit]


def absolute_html(request, html):
    """Rich text as HTML another site can show: links to our pages and files become absolute."""
    if not html:
        return ""
    base = get_base_url(request) or request.build_absolute_uri("/").rstrip("/")
    return RELATIVE_LINK.sub(rf'\1="{base}/', expand_db_html(html))


def rich_text_html(request, value):
    return absolute_html(request, value.source if value else "")


def image_data(request, image, alt_text=""):
    """An image as rendition URLs (absolute), never the original upload."""
    if image is None:
        return None
    renditions = image.get_renditions(*IMAGE_RENDITIONS)
    return {
        "id": image.pk,
        "alt": alt_text or image.title,
        "credit": image.credit,
        "renditions": [
            {
                "spec": spec,
                "url": request.build_absolute_uri(renditions[spec].url),
                "width": renditions[spec].width,
                "height": renditions[spec].height,
            }
            for spec in IMAGE_RENDITIONS
        ],
    }


def term_data(term):
    return {"id": term.pk, "slug": term.slug, "name": term.name} if term else None


class TermField(serializers.Field):
    """A pillar, sector or department inside another object: id, slug and name."""

    def to_representation(self, value):
        return term_data(value)


class TermListField(serializers.Field):
    """A many-to-many of terms (prefetched by the endpoint's queryset)."""

    def get_attribute(self, instance):
        return getattr(instance, self.source).all()

    def to_representation(self, value):
        return [term_data(term) for term in value]


class ImageField(serializers.Field):
    def to_representation(self, value):
        return image_data(self.context["request"], value)


class OpenDataMixin:
    """What every public endpoint shares. `filters` maps a query parameter to a lookup (see filter_by_term)."""

    renderer_classes = [JSONRenderer]
    pagination_class = Pagination
    known_query_parameters = frozenset(["limit", "offset"])
    filters = {}
    searchable = False
    meta_fields = ["type", "detail_url"]
    select_related = ()
    prefetch_related = ()

    def check_query_parameters(self, queryset):
        allowed = set(self.known_query_parameters) | set(self.filters) | ({"search"} if self.searchable else set())
        unknown = set(self.request.GET) - allowed
        if unknown:
            raise BadRequestError(
                _("Tham số không được hỗ trợ: %(names)s. Dùng được: %(allowed)s.")
                % {"names": ", ".join(sorted(unknown)), "allowed": ", ".join(sorted(allowed))}
            )

    def filter_queryset(self, queryset):
        for parameter, lookup in self.filters.items():
            if parameter in self.request.GET:
                queryset = filter_by_term(queryset, parameter, lookup, self.request.GET[parameter])
        if self.searchable and "search" in self.request.GET:
            ids = matching_page_ids(queryset.model, self.request.GET["search"])
            relevance = Case(*[When(pk=pk, then=position) for position, pk in enumerate(ids)])
            queryset = queryset.filter(pk__in=ids).order_by(relevance) if ids else queryset.none()
        return queryset

    def handle_exception(self, exc):
        if isinstance(exc, Http404):
            return Response({"detail": _("Không tìm thấy.")}, status=404)
        if isinstance(exc, BadRequestError):
            return Response({"detail": str(exc)}, status=400)
        return super().handle_exception(exc)

    @classmethod
    def get_urlpatterns(cls):
        """Listing and detail only; ids are bounded so an impossible one is a 404, never a database error."""
        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            path("<id:pk>/", cls.as_view({"get": "detail_view"}), name="detail"),
        ]

    @classmethod
    def get_detail_default_fields(cls, model):
        return cls.get_available_fields(model)

    @classmethod
    def get_listing_default_fields(cls, model):
        return [name for name in cls.get_available_fields(model) if name not in cls.detail_only_fields]

    def with_related(self, queryset):
        return queryset.select_related(*self.select_related).prefetch_related(*self.prefetch_related)


TERM_MODELS = {"pillar": Pillar, "sector": Sector}


def filter_by_term(queryset, parameter, lookup, value):
    """`?pillar=<slug>`, `?sector=<slug>`, `?platform=<slug or id>`: an unknown value is a clear 400, not an empty
    list that looks like "no guides"."""
    value = value.strip()
    shown = value[:60].replace("\x00", "")
    is_slug = SLUG.fullmatch(value) is not None  # anything else (a NUL byte...) never reaches the database
    if parameter == "platform":
        platforms = PlatformPage.objects.live().public()
        platform_id = parse_id(value)
        platform = platforms.filter(pk=platform_id).first() if platform_id else None
        if platform is None and is_slug:
            platform = platforms.filter(slug=value).first()
        if platform is None:
            raise BadRequestError(_("Không có nền tảng “%(value)s”.") % {"value": shown})
        return queryset.filter(**{lookup: platform.pk})
    term = TERM_MODELS[parameter].objects.filter(slug=value).first() if is_slug else None
    if term is None:
        message = _("Không có trụ cột “%(value)s”.") if parameter == "pillar" else _("Không có lĩnh vực “%(value)s”.")
        raise BadRequestError(message % {"value": shown})
    return queryset.filter(**{lookup: term.pk})


class OpenDataPagesAPIViewSet(OpenDataMixin, PagesAPIViewSet):
    """Published, public pages of one type; the fields each endpoint lists are the whole contract."""

    meta_fields = ["type", "detail_url", "html_url", "slug", "first_published_at", "last_published_at"]
    detail_only_fields = []
    searchable = True

    def get_queryset(self):
        return self.with_related(self.model.objects.live().public().order_by("path"))

    def get_object(self):
        if not hasattr(self, "_cached_object"):
            self._cached_object = super(PagesAPIViewSet, self).get_object()
        return self._cached_object

    def get_serializer_context(self):
        return {"request": self.request, "view": self, "router": self.request.wagtailapi_router}


class PlatformsAPIViewSet(OpenDataPagesAPIViewSet):
    """Digital platforms (VNeID, VssID...): who owns them, what they are for, where to get the app."""

    name = "platforms"
    model = PlatformPage
    filters = {"pillar": "pillar_id", "sector": "sectors"}
    body_fields = [
        "id",
        "title",
        "summary",
        APIField("department", serializer=TermField()),
        APIField("pillar", serializer=TermField()),
        APIField("sectors", serializer=TermListField()),
        "website",
        "android_url",
        "ios_url",
        APIField("logo", serializer=ImageField()),
    ]
    select_related = ("department", "pillar", "logo")
    prefetch_related = ("sectors", "logo__renditions")


class TaxonomyAPIViewSet(OpenDataMixin, BaseAPIViewSet):
    """Pillars, sectors and departments are snippets: plain endpoints over their models."""

    body_fields = ["id", "name", "slug", "description", "sort_order"]
    meta_fields = ["type", "detail_url"]

    def get_queryset(self):
        return self.model.objects.order_by("sort_order", "name", "pk")


class PillarsAPIViewSet(TaxonomyAPIViewSet):
    name = "pillars"
    model = Pillar


class SectorsAPIViewSet(TaxonomyAPIViewSet):
    name = "sectors"
    model = Sector


class DepartmentsAPIViewSet(TaxonomyAPIViewSet):
    name = "departments"
    model = Department
    body_fields = [*TaxonomyAPIViewSet.body_fields, "short_name", "website"]
