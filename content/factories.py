import factory
import wagtail_factories

from content.models import CustomImage, HomePage, SiteSettings


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = CustomImage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Sổ tay số"
    slug = factory.Sequence(lambda n: f"trang-chu-{n}")
    intro = "Hướng dẫn từng bước dùng các nền tảng số."

    class Meta:
        model = HomePage


class SiteSettingsFactory(factory.django.DjangoModelFactory):
    site = factory.SubFactory(wagtail_factories.SiteFactory)
    authority_name = "Sở Khoa học và Công nghệ"
    hotline = "0912 000 111"
    email = "hotro@example.vn"
    address = "Trụ sở Sở Khoa học và Công nghệ"

    class Meta:
        model = SiteSettings
        django_get_or_create = ("site",)
