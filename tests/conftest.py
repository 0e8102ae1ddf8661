import datetime

import pytest
from wagtail.models import Collection, Locale, Page, Site
from wagtail.rich_text import RichText

from accounts.factories import UserFactory
from content.factories import (
    DepartmentFactory,
    HomePageFactory,
    ImageFactory,
    PillarFactory,
    PlatformIndexPageFactory,
    PlatformPageFactory,
    SectorFactory,
    SiteSettingsFactory,
)
from guides.factories import GuideIndexPageFactory, GuidePageFactory, step


@pytest.fixture
def root_page(db):
    """Wagtail's tree root. Transactional tests flush what migrations made, so build it again when it is gone."""
    Locale.objects.get_or_create(language_code="vi")
    if Collection.get_first_root_node() is None:  # images, documents and the editors' permissions hang from it
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    return root or Page.add_root(instance=Page(title="Root", slug="root"))


@pytest.fixture
def home_page(root_page):
    """A fresh home page as the default site's root, whatever the migrations left behind."""
    home = HomePageFactory(parent=root_page)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page = home
    site.save()
    Site.clear_site_root_paths_cache()
    return home


@pytest.fixture
def site_settings(home_page):
    return SiteSettingsFactory(site=Site.objects.get(is_default_site=True))


@pytest.fixture
def superuser(db):
    return UserFactory(username="quantri", is_superuser=True, is_staff=True)


@pytest.fixture
def pillars(db):
    return {
        slug: PillarFactory(slug=slug, name=name, sort_order=order)
        for order, (slug, name) in enumerate(
            [("chinh-quyen-so", "Chính quyền số"), ("kinh-te-so", "Kinh tế số"), ("xa-hoi-so", "Xã hội số")]
        )
    }


@pytest.fixture
def sectors(db):
    return {
        slug: SectorFactory(slug=slug, name=name)
        for slug, name in [("y-te", "Y tế"), ("thuong-mai", "Thương mại"), ("ho-tich", "Tư pháp, hộ tịch")]
    }


@pytest.fixture
def platform_index(home_page):
    return PlatformIndexPageFactory(parent=home_page)


@pytest.fixture
def guide_index(home_page):
    return GuideIndexPageFactory(parent=home_page)


@pytest.fixture
def vneid(platform_index, pillars):
    return PlatformPageFactory(
        parent=platform_index,
        title="VNeID",
        slug="vneid",
        pillar=pillars["chinh-quyen-so"],
        department=DepartmentFactory(slug="bo-cong-an", name="Bộ Công an"),
    )


@pytest.fixture
def postmart(platform_index, pillars):
    return PlatformPageFactory(
        parent=platform_index,
        title="postmart.vn",
        slug="postmart",
        pillar=pillars["kinh-te-so"],
        department=DepartmentFactory(slug="buu-dien", name="Tổng công ty Bưu điện Việt Nam"),
    )


@pytest.fixture
def guide(vneid, guide_index, sectors):
    image = ImageFactory(title="Màn hình VNeID")
    return GuidePageFactory(
        parent=vneid,
        title="Kích hoạt tài khoản định danh điện tử mức 2",
        slug="kich-hoat-muc-2",
        outcome="Bạn có tài khoản định danh điện tử mức 2.",
        requirements=[("item", "Căn cước có gắn chip"), ("item", "Điện thoại đã cài VNeID")],
        steps=[
            step("Mở ứng dụng VNeID", image=image, alt_text="Màn hình chào của VNeID"),
            step("Chọn Kích hoạt tài khoản", tip="<p>Nhập đúng số căn cước.</p>"),
            step("Nhập mã kích hoạt", warning="<p>Không đọc mã cho ai.</p>"),
        ],
        troubleshooting=[
            ("question", {"question": "Không nhận được mã", "answer": RichText("<p>Chờ 2 phút rồi thử lại.</p>")})
        ],
        sectors=[sectors["ho-tich"]],
        last_reviewed=datetime.date(2026, 10, 1),
    )


@pytest.fixture(scope="session", autouse=True)
def remove_test_media():
    """Uploads made by the suite go to a temporary folder that is removed afterwards."""
    yield
    import shutil

    from django.conf import settings

    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: cached pages and figures never leak from one test to the next."""
    from django.core.cache import cache

    from core.page_cache import forget_what_this_process_read

    cache.clear()
    forget_what_this_process_read()
