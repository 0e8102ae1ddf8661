"""Guides in the open data API: what a province's citizen app needs to show a guide without scraping it."""

from rest_framework import serializers
from wagtail.api import APIField

from content.api import OpenDataPagesAPIViewSet, TermField, TermListField, image_data, rich_text_html
from guides.models import GuidePage
from guides.pages import prefetch_step_renditions


class PlatformField(serializers.Field):
    def to_representation(self, value):
        return {"id": value.pk, "slug": value.slug, "title": value.title}


class RequirementsField(serializers.Field):
    def to_representation(self, value):
        return [str(item.value) for item in value]


class StepsField(serializers.Field):
    """Numbered steps with their HTML, tip, warning and screenshot as rendition URLs."""

    def to_representation(self, value):
        request = self.context["request"]
        steps = list(value)
        prefetch_step_renditions(steps)
        return [
            {
                "number": number,
                "heading": step.value["heading"],
                "text": rich_text_html(request, step.value["text"]),
                "tip": rich_text_html(request, step.value["tip"]),
                "warning": rich_text_html(request, step.value["warning"]),
                "screenshot": image_data(
                    request, step.value["screenshot"]["image"], step.value["screenshot"]["alt_text"]
                ),
            }
            for number, step in enumerate(steps, start=1)
        ]


class TroubleshootingField(serializers.Field):
    def to_representation(self, value):
        request = self.context["request"]
        return [
            {"question": item.value["question"], "answer": rich_text_html(request, item.value["answer"])}
            for item in value
        ]


class SourcesField(serializers.Field):
    """The official sources the guide's steps were checked against, with the day each was read."""

    def to_representation(self, value):
        return [
            {
                "title": item.source.title,
                "url": item.source.url,
                "issuer": item.source.issuer,
                "issued_on": item.source.issued_on.isoformat() if item.source.issued_on else None,
                "read_on": item.read_on.isoformat(),
                "supports": item.supports,
            }
            for item in value.select_related("source")
        ]


class GuidesAPIViewSet(OpenDataPagesAPIViewSet):
    """Step-by-step guides. Lists carry what a list needs; the detail adds requirements, steps and troubleshooting."""

    name = "guides"
    model = GuidePage
    filters = {"pillar": "pillar_id", "sector": "sectors", "platform": "platform_id"}
    body_fields = [
        "id",
        "title",
        "outcome",
        APIField("platform", serializer=PlatformField()),
        APIField("pillar", serializer=TermField()),
        APIField("sectors", serializer=TermListField()),
        "audience",
        "difficulty",
        "minutes",
        "last_reviewed",
        "checked_against",
        APIField("requirements", serializer=RequirementsField()),
        APIField("steps", serializer=StepsField()),
        APIField("troubleshooting", serializer=TroubleshootingField()),
        APIField("sources", serializer=SourcesField()),
    ]
    detail_only_fields = ["requirements", "steps", "troubleshooting", "sources"]
    select_related = ("platform", "pillar")
    prefetch_related = ("sectors",)
