import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupPagePermission, WorkflowPage

from content.editorial import sync_all_departments
from content.factories import DepartmentFactory, PlatformPageFactory

pytestmark = pytest.mark.django_db


def test_each_department_gets_editors_reviewers_and_its_own_workflow(newsroom):
    police = newsroom["police"]
    assert police.editors_group.name == "Biên tập: Bộ Công an"
    assert police.reviewers_group.name == "Duyệt: Bộ Công an"
    codenames = set(
        GroupPagePermission.objects.filter(group=police.editors_group, page=newsroom["vneid"]).values_list(
            "permission__codename", flat=True
        )
    )
    assert codenames == {"add_page", "change_page"}
    assert WorkflowPage.objects.get(page=newsroom["vneid"]).workflow == police.workflow
    tasks = [task.name for task in police.workflow.tasks]
    assert tasks == ["Bộ Công an xem xét", "Sở Khoa học và Công nghệ phê duyệt"]


def test_the_sync_command_is_idempotent_and_a_new_department_gets_its_group(newsroom, capsys):
    call_command("sync_department_groups")
    groups, permissions = Group.objects.count(), GroupPagePermission.objects.count()
    call_command("sync_department_groups")
    assert (Group.objects.count(), GroupPagePermission.objects.count()) == (groups, permissions)
    assert "0 nhóm mới; 0 quyền thêm, 0 quyền bỏ" in capsys.readouterr().out
    DepartmentFactory(slug="bo-y-te", name="Bộ Y tế")
    call_command("sync_department_groups")
    assert Group.objects.filter(name="Biên tập: Bộ Y tế").exists()


def test_a_platform_that_changes_hands_moves_its_permissions(newsroom):
    vneid = newsroom["vneid"]
    vneid.department = newsroom["insurance"]
    vneid.save()
    sync_all_departments()
    assert not GroupPagePermission.objects.filter(group=newsroom["police"].editors_group, page=vneid).exists()
    assert GroupPagePermission.objects.filter(group=newsroom["insurance"].editors_group, page=vneid).exists()
    assert WorkflowPage.objects.get(page=vneid).workflow == newsroom["insurance"].workflow


def test_a_new_platform_saved_in_the_admin_gets_its_departments_permissions(client, newsroom, platform_index):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser("quantri", password="x" * 12)
    client.force_login(admin)
    PlatformPageFactory(parent=platform_index, slug="so-suc-khoe", department=newsroom["police"])
    new = platform_index.get_children().get(slug="so-suc-khoe")
    client.post(
        f"/admin/pages/{new.pk}/edit/",
        {
            "title": "Sổ sức khỏe điện tử",
            "slug": "so-suc-khoe",
            "summary": "Sổ sức khỏe trong VNeID.",
            "department": newsroom["police"].pk,
            "pillar": newsroom["vneid"].pillar_id,
        },
    )
    assert GroupPagePermission.objects.filter(group=newsroom["police"].editors_group, page=new).exists()
