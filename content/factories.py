import datetime

import factory
import wagtail_factories

from content.models import (
    CustomImage,
    Department,
    DocumentIndexPage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    HomePage,
    Pillar,
    PlatformIndexPage,
    PlatformPage,
    PolicyDocumentPage,
    Sector,
    SiteSettings,
)
from content.models.documents import DocumentType


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


class PillarFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Trụ cột {n}")
    slug = factory.Sequence(lambda n: f"tru-cot-{n}")
    description = "Mô tả ngắn về trụ cột."

    class Meta:
        model = Pillar
        django_get_or_create = ("slug",)


class SectorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Lĩnh vực {n}")
    slug = factory.Sequence(lambda n: f"linh-vuc-{n}")

    class Meta:
        model = Sector
        django_get_or_create = ("slug",)


class DepartmentFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Cơ quan {n}")
    slug = factory.Sequence(lambda n: f"co-quan-{n}")

    class Meta:
        model = Department
        django_get_or_create = ("slug",)


class PlatformIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nền tảng số"
    slug = "nen-tang"

    class Meta:
        model = PlatformIndexPage


class PlatformPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nền tảng {n}")
    slug = factory.Sequence(lambda n: f"nen-tang-{n}")
    summary = "Nền tảng giúp người dân làm thủ tục trên điện thoại."
    department = factory.SubFactory(DepartmentFactory)
    pillar = factory.SubFactory(PillarFactory)

    class Meta:
        model = PlatformPage

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create and extracted:
            self.sectors.set(extracted)
            self.save()


class DocumentIndexPageFactory(wagtail_factories.PageFactory):
    title = "Văn bản"
    slug = "van-ban"

    class Meta:
        model = DocumentIndexPage


class PolicyDocumentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Văn bản thử {n}")
    slug = factory.Sequence(lambda n: f"van-ban-{n}")
    number = factory.Sequence(lambda n: f"{n}/KH-UBND")
    issued_on = datetime.date(2022, 3, 5)
    issuer = "Ủy ban nhân dân tỉnh"
    document_type = DocumentType.PLAN
    summary = "Kế hoạch phát triển Tổ công nghệ số cộng đồng ở mọi thôn, xóm."

    class Meta:
        model = PolicyDocumentPage


class GoodPracticeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Cách làm hay"
    slug = "cach-lam-hay"

    class Meta:
        model = GoodPracticeIndexPage


class GoodPracticePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Cách làm hay {n}")
    slug = factory.Sequence(lambda n: f"cach-lam-hay-{n}")
    what_they_did = "Mở điểm hỗ trợ cuối tuần ở nhà văn hóa thôn."
    for_whom = "Người cao tuổi"
    contact_name = "Nguyễn Thị Lan"

    class Meta:
        model = GoodPracticePage
