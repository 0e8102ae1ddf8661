"""Demo editorial set-up: department groups and workflows, editors and reviewers to sign in as, and guides in
every workflow state (waiting for the department, waiting for the province, sent back, approved)."""

from django.contrib.auth import get_user_model
from django.test.utils import override_settings
from wagtail.models import WorkflowState

from accounts.demo import DEMO_PASSWORD
from accounts.factories import UserFactory
from content.editorial import sync_all_departments
from content.models import Department
from guides.models import GuidePage

DEMO_DEPARTMENT = "bo-cong-an"
EDITORS = [
    ("bientap-congan", "Thảo", "Nguyễn Phương", "editors_group", "Biên tập viên Bộ Công an (VNeID)"),
    ("duyet-congan", "Quân", "Hoàng Minh", "reviewers_group", "Lãnh đạo duyệt của Bộ Công an"),
]
REJECTION = "Bước 3 chưa khớp giao diện VNeID bản mới: nút đã đổi tên. Hãy chụp lại ảnh và sửa tên nút."


def load():
    sync_all_departments()
    department = Department.objects.filter(slug=DEMO_DEPARTMENT).first()
    if department is None:
        return []
    users = {}
    lines = []
    for username, first, last, group_field, role in EDITORS:
        user = UserFactory(
            username=username,
            first_name=first,
            last_name=last,
            email=f"{username}@sotayso.local",
            password=DEMO_PASSWORD,
            is_staff=True,
        )
        user.groups.add(getattr(department, group_field))
        users[group_field] = user
        lines.append(f"{role}: {username} / {DEMO_PASSWORD}")
    if not WorkflowState.objects.exists():
        # The demo's own submissions and approvals would otherwise print a dozen notification e-mails.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
            put_guides_in_every_state(department, users["editors_group"], users["reviewers_group"])
    return lines


def put_guides_in_every_state(department, editor, reviewer):
    moderator = get_user_model().objects.filter(groups__name="Moderators").first()
    guides = list(GuidePage.objects.filter(platform__department=department).order_by("path")[:4])
    workflow = department.workflow
    for number, guide in enumerate(guides):
        guide.save_revision(user=editor, log_action=True)
        state = workflow.start(guide, editor)
        if number == 0:
            continue  # waiting for the department's reviewer
        task_state = state.current_task_state.specific
        if number == 2:
            task_state.task.specific.on_action(task_state, reviewer, "reject", comment=REJECTION)
            continue  # sent back with a comment; the live version stays live
        task_state.task.specific.on_action(task_state, reviewer, "approve", comment="Nội dung đúng với ứng dụng.")
        if number == 3 and moderator:
            state.refresh_from_db()
            province_state = state.current_task_state.specific
            province_state.task.specific.on_action(province_state, moderator, "approve")
