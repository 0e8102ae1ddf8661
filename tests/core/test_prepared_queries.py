"""Queries compiled once per shape (core/prepared_queries.py) answer exactly as the queryset they stand for."""

import pytest
from django.db.models import Exists, OuterRef, Q
from django.db.models.sql.compiler import SQLCompiler
from django.utils.text import slugify
from wagtail.models import Page

from core.prepared_queries import forget_prepared_shapes, prepared_list

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_shapes_from_other_tests():
    forget_prepared_shapes()
    yield
    forget_prepared_shapes()


@pytest.fixture
def compilations(monkeypatch):
    """How many times Django compiles a query to SQL."""
    count = [0]
    compile_sql = SQLCompiler.as_sql

    def counting(self, *args, **kwargs):
        count[0] += 1
        return compile_sql(self, *args, **kwargs)

    monkeypatch.setattr(SQLCompiler, "as_sql", counting)
    return count


def pages_at(depth, url_paths):
    return (
        Page.objects.filter(depth__gte=depth, url_path__in=url_paths)
        .select_related("locale")
        .annotate(at_depth=Exists(Page.objects.filter(depth=depth, pk=OuterRef("pk"))))
        .order_by("path")
    )


def url_paths_of(pages):
    return [page.url_path for page in pages]


def test_a_prepared_query_compiles_once_and_answers_like_the_queryset_for_every_value(guide, compilations):
    tree = list(Page.objects.order_by("path"))
    cases = [(1, tuple(page.url_path for page in tree[:2])), (2, tuple(page.url_path for page in tree[1:3]))]
    cases += [(3, tuple(page.url_path for page in tree[2:4])), (1, ("/khong-co/", tree[-1].url_path))]
    answers = [prepared_list("pages at", pages_at, depth=cases[0][0], url_paths=cases[0][1])]
    compilations[0] = 0  # the first run compiled it
    answers += [prepared_list("pages at", pages_at, depth=depth, url_paths=paths) for depth, paths in cases[1:]]
    assert compilations[0] == 0
    for (depth, paths), answer in zip(cases, answers, strict=True):
        assert url_paths_of(answer) == url_paths_of(pages_at(depth, paths)) and answer
    assert all(isinstance(page, Page) and page.locale.language_code for answer in answers for page in answer)


def test_each_length_of_a_list_is_a_shape_of_its_own(guide, compilations):
    paths = [page.url_path for page in Page.objects.order_by("path")]
    answers, compiled = [], []
    for count in (1, 2, 3, 2, 1):
        before = compilations[0]
        answers.append(prepared_list("pages at", pages_at, depth=1, url_paths=tuple(paths[:count])))
        compiled.append(compilations[0] > before)
    assert compiled == [True, True, True, False, False]
    assert [url_paths_of(answer) for answer in answers] == [paths[:count] for count in (1, 2, 3, 2, 1)]


def test_rows_come_whole_with_what_they_select_related_in_one_query(guide, django_assert_num_queries):
    prepared_list("pages at", pages_at, depth=1, url_paths=(guide.url_path,))  # the first run compiles
    with django_assert_num_queries(1):
        (page,) = prepared_list("pages at", pages_at, depth=1, url_paths=(guide.url_path,))
        assert page.pk == guide.pk and page.title == guide.title and page.locale.language_code == "vi"


def titled(words):
    return Page.objects.filter(title__contains=words).order_by("path")


def one_level_up(depth):
    return Page.objects.filter(depth=depth - 1).order_by("path")


def slug_or_title(words):
    return Page.objects.filter(Q(title=words) | Q(slug=slugify(words))).order_by("path")


def specific_pages(depth):
    return Page.objects.filter(depth=depth).specific().order_by("path")


def between(low, high):
    return Page.objects.filter(depth__gte=low, depth__lte=high).order_by("path")


@pytest.mark.parametrize(
    ("builder", "first", "second"),
    [
        (titled, {"words": "Kích hoạt"}, {"words": "không có trang nào như thế"}),  # a LIKE pattern
        (one_level_up, {"depth": 2}, {"depth": 4}),  # a number derived from the value
        (slug_or_title, {"words": "nen-tang"}, {"words": "vneid"}),  # transformed where no mark survives
        (specific_pages, {"depth": 3}, {"depth": 4}),  # rows in their own types: Wagtail's iterable, not Django's
        (between, {"low": 0, "high": 2}, {"low": 3, "high": 3}),  # fine: both whole parameters
    ],
)
def test_a_value_the_orm_rewrites_is_compiled_every_time_and_still_answers_right(guide, builder, first, second):
    for values in (first, second, first):
        answer = prepared_list(builder.__name__, builder, **values)
        assert [(type(page), page.pk) for page in answer] == [(type(page), page.pk) for page in builder(**values)]
    assert [page.pk for page in prepared_list(builder.__name__, builder, **first)] != [
        page.pk for page in prepared_list(builder.__name__, builder, **second)
    ]


def test_a_prepared_query_keeps_values_as_parameters(guide):
    """A value is a parameter, never SQL: a quote or a stand-in's look-alike reaches the database as text."""
    for hostile in ("'; DROP TABLE wagtailcore_page; --", "\ue000stand-in-0\ue000", "%", "_"):
        assert prepared_list("pages at", pages_at, depth=1, url_paths=(hostile,)) == []
    assert Page.objects.filter(pk=guide.pk).exists()


def test_an_empty_list_that_leaves_nothing_to_ask_answers_nothing(guide, django_assert_num_queries):
    def with_ids(ids):
        return Page.objects.filter(pk__in=ids)

    with django_assert_num_queries(0):
        assert prepared_list("with ids", with_ids, ids=()) == []
    assert [page.pk for page in prepared_list("with ids", with_ids, ids=(guide.pk,))] == [guide.pk]


def test_a_value_of_another_type_is_a_shape_of_its_own(guide):
    depth = guide.depth
    assert [page.pk for page in prepared_list("at depth", pages_at, depth=depth, url_paths=(guide.url_path,))] == [
        guide.pk
    ]
    # A digit string for the number: Django converts it, so the query answers the same, prepared or not.
    answer = prepared_list("at depth", pages_at, depth=str(depth), url_paths=(guide.url_path,))
    assert [page.pk for page in answer] == [guide.pk]


@pytest.mark.parametrize("value", [None, True, 1.5])
def test_none_booleans_and_other_types_belong_in_the_shape(value):
    with pytest.raises(TypeError):
        prepared_list("pages at", pages_at, depth=value, url_paths=())
