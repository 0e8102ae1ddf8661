"""Training modules in the open data API: lessons, length and pass mark, never the quiz. The questions, their
correct choices and the explanations stay on the site, where the quiz is graded; the API gives only how many
questions there are."""

from rest_framework import serializers
from wagtail.api import APIField

from content.api import OpenDataPagesAPIViewSet, TermField, image_data, rich_text_html
from training.models import TrainingModulePage


class LessonsField(serializers.Field):
    def to_representation(self, value):
        request = self.context["request"]
        return [
            {
                "number": number,
                "heading": lesson.value["heading"],
                "body": rich_text_html(request, lesson.value["body"]),
                "image": image_data(request, lesson.value["image"]["image"], lesson.value["image"]["alt_text"]),
                "video_url": lesson.value["video"].url if lesson.value["video"] else None,
                "guide_ids": [guide.pk for guide in lesson.value["guides"] if guide is not None],
            }
            for number, lesson in enumerate(value, start=1)
        ]


class CountField(serializers.Field):
    """How many blocks a StreamField holds, read from its raw data: the blocks are never built."""

    def __init__(self, stream_name, **kwargs):
        self.stream_name = stream_name
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return len(getattr(instance, self.stream_name).raw_data)

    def to_representation(self, value):
        return value


class TrainingModulesAPIViewSet(OpenDataPagesAPIViewSet):
    """Modules volunteers take before field work, in the order editors arrange them."""

    name = "training-modules"
    model = TrainingModulePage
    filters = {"pillar": "pillar_id"}
    body_fields = [
        "id",
        "title",
        "summary",
        APIField("pillar", serializer=TermField()),
        "minutes",
        "required_for_field_work",
        "pass_mark",
        APIField("lesson_count", serializer=CountField("lessons")),
        APIField("question_count", serializer=CountField("quiz")),
        APIField("lessons", serializer=LessonsField()),
    ]
    detail_only_fields = ["lessons"]
    select_related = ("pillar",)
