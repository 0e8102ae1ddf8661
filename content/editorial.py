"""Department editors and the review workflow, kept in sync with the Department snippets.

Each department gets two groups: its editors (add and edit its platforms and their guides, nothing else, never
publish) and its reviewers (the department's lead). Each department also gets its own workflow: its reviewers'
approval, then the province moderators' approval, assigned to the department's platform pages so that it
covers their guides. One workflow per department (rather than one task that routes by department) keeps to
Wagtail's own tasks, notifications and admin screens: routing is just where the workflow is assigned."""

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from content.models import Department, PlatformPage
from teams.access import MODERATORS_GROUP, department_filter

PROVINCE_TASK_NAME = "Sở Khoa học và Công nghệ phê duyệt"
PAGE_PERMISSIONS = ["add_page", "change_page"]
IMAGE_PERMISSIONS = ["add_image", "choose_image"]  # Wagtail checks images against its own Image model
# The official sources guides are checked against (guides.OfficialSource): editors and reviewers keep them.
SOURCE_PERMISSIONS = ["add_officialsource", "change_officialsource", "view_officialsource"]


@dataclass
class SyncReport:
    departments: int = 0
    groups_created: int = 0
    permissions_added: int = 0
    permissions_removed: int = 0

    def __str__(self):
        return _(
            "%(departments)d đơn vị; %(groups_created)d nhóm mới; "
            "%(permissions_added)d quyền thêm, %(permissions_removed)d quyền bỏ"
        ) % {
            "departments": self.departments,
            "groups_created": self.groups_created,
            "permissions_added": self.permissions_added,
            "permissions_removed": self.permissions_removed,
        }


def group_named(current, name, report):
    if current is not None:
        if current.name != name:
            current.name = name
            current.save(update_fields=["name"])
        return current
    group, created = Group.objects.get_or_create(name=name)
    report.groups_created += created
    return group


def province_task():
    task = GroupApprovalTask.objects.filter(name=PROVINCE_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=PROVINCE_TASK_NAME)
    task.groups.add(*Group.objects.filter(name=MODERATORS_GROUP))
    return task


def sync_workflow(department, reviewers, platforms):
    name = _("Duyệt nội dung: %(department)s") % {"department": department.name}
    workflow = department.workflow or Workflow.objects.create(name=name)
    workflow.name = name
    workflow.save(update_fields=["name"])
    first = WorkflowTask.objects.filter(workflow=workflow, sort_order=0).select_related("task").first()
    review_task = first.task.specific if first else GroupApprovalTask.objects.create(name="")
    review_task.name = _("%(department)s xem xét") % {"department": department.display_name}
    review_task.save()
    review_task.groups.set([reviewers])
    WorkflowTask.objects.update_or_create(workflow=workflow, sort_order=0, defaults={"task": review_task})
    WorkflowTask.objects.update_or_create(workflow=workflow, sort_order=1, defaults={"task": province_task()})
    WorkflowPage.objects.filter(workflow=workflow).exclude(page__in=platforms).delete()
    for platform in platforms:
        WorkflowPage.objects.update_or_create(page=platform, defaults={"workflow": workflow})
    return workflow


def sync_page_permissions(group, platforms, report):
    permissions = list(Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS))
    wanted = {(platform.pk, permission.pk) for platform in platforms for permission in permissions}
    existing = {(row.page_id, row.permission_id): row for row in GroupPagePermission.objects.filter(group=group)}
    for key, row in existing.items():
        if key not in wanted:
            row.delete()
            report.permissions_removed += 1
    for page_id, permission_id in wanted - set(existing):
        GroupPagePermission.objects.create(group=group, page_id=page_id, permission_id=permission_id)
        report.permissions_added += 1


def sync_admin_access(group):
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    root = Collection.get_first_root_node()
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailimages", codename__in=IMAGE_PERMISSIONS
    ):
        GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="guides", codename__in=SOURCE_PERMISSIONS))


@transaction.atomic
def sync_department(department, report=None):
    report = report or SyncReport()
    platforms = list(PlatformPage.objects.filter(department=department))
    editors = group_named(
        department.editors_group, _("Biên tập: %(department)s") % {"department": department.name}, report
    )
    reviewers = group_named(
        department.reviewers_group, _("Duyệt: %(department)s") % {"department": department.name}, report
    )
    for group in (editors, reviewers):
        sync_admin_access(group)
        sync_page_permissions(group, platforms, report)
    workflow = sync_workflow(department, reviewers, platforms)
    if (department.editors_group_id, department.reviewers_group_id, department.workflow_id) != (
        editors.pk,
        reviewers.pk,
        workflow.pk,
    ):
        department.editors_group, department.reviewers_group, department.workflow = editors, reviewers, workflow
        department.save(update_fields=["editors_group", "reviewers_group", "workflow"])
    report.departments += 1
    return report


def sync_all_departments():
    report = SyncReport()
    for department in Department.objects.order_by("sort_order", "name"):
        sync_department(department, report)
    return report


def departments_of(user):
    """The departments whose editors or reviewers the user belongs to (the rule: teams.access.department_filter)."""
    return Department.objects.filter(department_filter(user))
