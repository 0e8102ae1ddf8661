import datetime

import factory
import wagtail_factories
from wagtail.rich_text import RichText

from guides.models import GuideFeedback, GuideIndexPage, GuidePage, GuideSource, OfficialSource


def step(heading, text="<p>Chạm vào nút.</p>", image=None, alt_text="", tip="", warning="", safety=False):
    """A step's raw value, as StreamField accepts it: ("step", {...})."""
    return (
        "step",
        {
            "heading": heading,
            "text": RichText(text),
            "screenshot": {"image": image, "alt_text": alt_text},
            "tip": RichText(tip),
            "warning": RichText(warning),
            "safety": safety,
        },
    )


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    title = "Hướng dẫn"
    slug = "huong-dan"

    class Meta:
        model = GuideIndexPage


class GuidePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Làm việc số {n}")
    slug = factory.Sequence(lambda n: f"huong-dan-{n}")
    outcome = "Bạn làm xong việc trên điện thoại."
    minutes = 10
    steps = factory.LazyFunction(lambda: [step("Mở ứng dụng"), step("Đăng nhập")])

    class Meta:
        model = GuidePage

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create and extracted:
            self.sectors.set(extracted)
            self.save()


class GuideFeedbackFactory(factory.django.DjangoModelFactory):
    guide = factory.SubFactory(GuidePageFactory)
    helpful = True
    comment = ""

    class Meta:
        model = GuideFeedback


class OfficialSourceFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Văn bản hướng dẫn số {n}")
    url = factory.Sequence(lambda n: f"https://chinhphu.vn/van-ban-{n}")
    issuer = "Chính phủ"

    class Meta:
        model = OfficialSource


class GuideSourceFactory(factory.django.DjangoModelFactory):
    """A source cited by a guide (the page row's; a later revision published without it drops it)."""

    page = factory.SubFactory(GuidePageFactory)
    source = factory.SubFactory(OfficialSourceFactory)
    read_on = datetime.date(2026, 11, 1)
    supports = "Các bước đăng nhập"

    class Meta:
        model = GuideSource
