import datetime

import pytest
from django.contrib.auth.models import Group

from accounts.factories import UserFactory
from content.editorial import sync_all_departments
from content.factories import DepartmentFactory, PlatformPageFactory
from guides.factories import GuidePageFactory


@pytest.fixture
def newsroom(platform_index, guide_index, pillars):
    """Two departments, each owning one platform with one guide, synced; one editor and one reviewer each."""
    police = DepartmentFactory(slug="bo-cong-an", name="Bộ Công an")
    insurance = DepartmentFactory(slug="bhxh", name="Bảo hiểm xã hội Việt Nam")
    vneid = PlatformPageFactory(
        parent=platform_index, slug="vneid", title="VNeID", department=police, pillar=pillars["chinh-quyen-so"]
    )
    vssid = PlatformPageFactory(
        parent=platform_index, slug="vssid", title="VssID", department=insurance, pillar=pillars["xa-hoi-so"]
    )
    police_guide = GuidePageFactory(
        parent=vneid,
        slug="kich-hoat",
        title="Kích hoạt VNeID mức 2",
        requirements=[("item", "Căn cước gắn chip")],
        last_reviewed=datetime.date(2026, 10, 1),
    )
    insurance_guide = GuidePageFactory(
        parent=vssid, slug="tra-cuu", title="Tra cứu quá trình đóng BHXH", requirements=[("item", "Mã số BHXH")]
    )
    sync_all_departments()
    police.refresh_from_db()
    insurance.refresh_from_db()

    def person(username, group):
        user = UserFactory(username=username, is_staff=True)
        user.groups.add(group)
        return user

    return {
        "police": police,
        "insurance": insurance,
        "vneid": vneid,
        "police_guide": police_guide,
        "insurance_guide": insurance_guide,
        "police_editor": person("bientap-congan", police.editors_group),
        "police_reviewer": person("duyet-congan", police.reviewers_group),
        "insurance_editor": person("bientap-bhxh", insurance.editors_group),
        "moderator": person("kiemduyet", Group.objects.get(name="Moderators")),
    }
