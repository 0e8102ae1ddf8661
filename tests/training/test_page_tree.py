from wagtail.test.utils import WagtailPageTestCase

from content.models import HomePage
from training.models import TrainingIndexPage, TrainingModulePage


class TestTrainingPageTree(WagtailPageTestCase):
    def test_modules_live_under_the_single_training_index(self):
        self.assertAllowedParentPageTypes(TrainingIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(TrainingIndexPage, {TrainingModulePage})
        self.assertAllowedParentPageTypes(TrainingModulePage, {TrainingIndexPage})
        self.assertAllowedSubpageTypes(TrainingModulePage, set())
        self.assertCanNotCreateAt(HomePage, TrainingModulePage)
        assert TrainingIndexPage.max_count == 1
