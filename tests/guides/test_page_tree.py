from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from content.models import DocumentIndexPage, GoodPracticeIndexPage, HomePage, PlatformIndexPage, PlatformPage
from guides.models import GuideIndexPage, GuidePage
from training.models import TrainingIndexPage


class TestPageTreeRules(WagtailPageTestCase):
    def test_home_page_holds_the_directories(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {PlatformIndexPage, GuideIndexPage, TrainingIndexPage, DocumentIndexPage, GoodPracticeIndexPage},
        )

    def test_platforms_live_only_in_the_platform_directory(self):
        self.assertAllowedParentPageTypes(PlatformPage, {PlatformIndexPage})
        self.assertCanNotCreateAt(HomePage, PlatformPage)
        self.assertCanNotCreateAt(GuideIndexPage, PlatformPage)

    def test_guides_are_children_of_a_platform_only(self):
        self.assertAllowedParentPageTypes(GuidePage, {PlatformPage})
        self.assertAllowedSubpageTypes(PlatformPage, {GuidePage})
        self.assertCanCreateAt(PlatformPage, GuidePage)
        self.assertCanNotCreateAt(HomePage, GuidePage)
        self.assertCanNotCreateAt(GuideIndexPage, GuidePage)
        self.assertCanNotCreateAt(Page, GuidePage)

    def test_guides_and_indexes_have_no_children(self):
        self.assertAllowedSubpageTypes(GuidePage, set())
        self.assertAllowedSubpageTypes(GuideIndexPage, set())

    def test_directories_are_singletons(self):
        assert PlatformIndexPage.max_count == 1
        assert GuideIndexPage.max_count == 1
