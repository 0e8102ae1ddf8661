"""Demo sign-ins, one per role that exists so far. The roles of later apps add their own."""

from django.contrib.auth.models import Group

from accounts.factories import UserFactory

DEMO_PASSWORD = "sotayso-demo-2026"
# The README's volunteer: a member of the demo leader's team, with training and help logged (teams, training and
# reporting demos). The newcomer signed up but is in no team yet: the path to joining with an invitation code.
VOLUNTEER_PHONE = "+84912345678"
NEWCOMER_PHONE = "+84918765432"

DEMO_USERS = [
    {
        "role": "Quản trị hệ thống",
        "username": "quantri",
        "first_name": "Quản trị",
        "last_name": "",
        "email": "quantri@sotayso.local",
        "is_superuser": True,
        "group": None,
    },
    {
        "role": "Kiểm duyệt viên cấp tỉnh",
        "username": "kiemduyet",
        "first_name": "Hà",
        "last_name": "Trần Thu",
        "email": "kiemduyet@sotayso.local",
        "group": "Moderators",
    },
    {
        "role": "Biên tập viên",
        "username": "bientap",
        "first_name": "Minh",
        "last_name": "Lê Quang",
        "email": "bientap@sotayso.local",
        "group": "Editors",
    },
    {
        "role": "Tình nguyện viên (đăng nhập bằng số điện thoại)",
        "username": VOLUNTEER_PHONE,
        "phone": VOLUNTEER_PHONE,
        "first_name": "Lan",
        "last_name": "Phạm Thị",
        "email": "",
        "group": None,
    },
    {
        "role": "Tình nguyện viên mới, chưa vào tổ nào",
        "username": NEWCOMER_PHONE,
        "phone": NEWCOMER_PHONE,
        "first_name": "Khánh",
        "last_name": "Hoàng Minh",
        "email": "",
        "group": None,
    },
]


def load():
    """Create the demo users if missing (an existing user keeps its password) and return one login line per role."""
    lines = []
    for spec in DEMO_USERS:
        spec = dict(spec)
        role, group_name = spec.pop("role"), spec.pop("group")
        is_superuser = spec.pop("is_superuser", False)
        user = UserFactory(
            **spec,
            password=DEMO_PASSWORD,
            is_superuser=is_superuser,
            is_staff=is_superuser or bool(group_name),
        )
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        login = user.phone_display or user.username
        lines.append(f"{role}: {login} / {DEMO_PASSWORD}")
    return lines
