import pytest

from bench.dataset import build
from guides.models import GuidePage
from reporting.models import SupportLog, TeamReport
from teams.models import AdminArea, Member, Team
from training.models import Completion

pytestmark = pytest.mark.django_db


def test_the_synthetic_data_set_has_the_national_shape_at_a_small_scale(home_page):
    lines = []
    build(0.0005, say=lines.append)
    assert AdminArea.objects.filter(level=1).count() == 34
    assert AdminArea.objects.filter(level=2).count() == 3321
    assert Team.objects.count() == 40
    assert all(
        team.area.level == 3 and team.area.parent_id == team.commune_id for team in Team.objects.select_related("area")
    )
    assert Member.objects.count() == 200 and not Member.objects.filter(user=None).exists()
    assert GuidePage.objects.count() == 2
    assert Completion.objects.exists()
    assert TeamReport.objects.values("period").distinct().count() == 12
    assert SupportLog.objects.count() == 40 * 12
    build(0.0005, say=lines.append)
    assert (Team.objects.count(), Member.objects.count(), GuidePage.objects.count()) == (40, 200, 2)
