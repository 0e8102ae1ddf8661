import pytest
from wagtail.models import Locale, Page, Site

from accounts.factories import UserFactory
from content.factories import HomePageFactory, SiteSettingsFactory


@pytest.fixture
def root_page(db):
    """Wagtail's tree root. Transactional tests flush what migrations made, so build it again when it is gone."""
    Locale.objects.get_or_create(language_code="vi")
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
