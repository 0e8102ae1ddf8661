"""Every refusal the site gives is a page in Vietnamese that says why and what to do next: each 403 and 405 of the
access matrix, and each PermissionDenied raised with a reason anywhere in our code (found in the source)."""

import ast
from importlib import import_module

import pytest
from django.conf import settings
from django.utils.html import escape
from rest_framework.views import APIView

from accounts.factories import UserFactory
from teams.factories import MemberFactory, TeamFactory
from teams.models import MemberRole
from tests.security import test_access_matrix as access_matrix
from tests.security.test_access_matrix import EXPECTED, ROLES, F, M

pytestmark = pytest.mark.django_db
world = access_matrix.world  # the people of every role and the objects they reach

SOURCE_FOLDERS = [settings.SOURCE_ROOT, settings.REPO_ROOT / "content", settings.REPO_ROOT / "guides"]


@pytest.mark.parametrize("role", ROLES)
def test_every_403_and_405_of_the_access_matrix_is_the_vietnamese_page(client, world, role):
    people, values = world
    if role != "anonymous":
        client.force_login(people[role])
    wrong = {}
    for name, (template, expectations) in EXPECTED.items():
        if expectations[role] not in (F, M):
            continue
        response = client.get(template.format(**values))
        content = response.content.decode()
        heading = "Bạn chưa được phép làm việc này" if expectations[role] == F else "Không mở được địa chỉ này"
        if not ('<html lang="vi">' in content and heading in content and "Bạn có thể làm gì" in content):
            wrong[name] = response.status_code
        elif expectations[role] == M and not response.get("Allow"):
            wrong[name] = "no Allow header"
    assert wrong == {}


def module_name(path):
    root = settings.SOURCE_ROOT if path.is_relative_to(settings.SOURCE_ROOT) else settings.REPO_ROOT
    return ".".join(path.relative_to(root).with_suffix("").parts)


class RefusalFinder(ast.NodeVisitor):
    """Collects (class or None, function, reason) for each `PermissionDenied(<reason>)`, with where it is raised."""

    def __init__(self):
        self.found, self.owner, self.function = set(), None, None

    def visit_ClassDef(self, node):
        outer, self.owner = self.owner, node.name
        self.generic_visit(node)
        self.owner = outer

    def visit_FunctionDef(self, node):
        outer, self.function = self.function, self.function or node.name  # a nested function belongs to its outer
        self.generic_visit(node)
        self.function = outer

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Call(self, node):
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name == "PermissionDenied" and node.args:
            reason = next((part.value for part in ast.walk(node.args[0]) if isinstance(part, ast.Constant)), None)
            self.found.add((self.owner, self.function, reason))
        self.generic_visit(node)


def permission_refusals_with_a_reason():
    """(module, class or None, function, reason) for each `PermissionDenied(<reason>)` in our code."""
    found = set()
    for folder in SOURCE_FOLDERS:
        for path in folder.rglob("*.py"):
            if "migrations" in path.parts:
                continue
            finder = RefusalFinder()
            finder.visit(ast.parse(path.read_text()))
            found |= {(module_name(path), *refusal) for refusal in finder.found}
    return found


def volunteer_without_a_team(client):
    client.force_login(UserFactory(username="chua-co-to"))
    return "/ghi-nhan/", "Bạn chưa thuộc tổ nào nên chưa ghi nhận được kết quả."


def leader_editing_an_admins_membership(client):
    team = TeamFactory()
    leader = UserFactory(username="to-truong-sua")
    MemberFactory(team=team, user=leader, role=MemberRole.LEADER)
    member = MemberFactory(team=team, user=UserFactory(username="quan-tri", is_staff=True), full_name="Lê Quản")
    client.force_login(leader)
    return f"/to/{team.pk}/thanh-vien/{member.pk}/sua/", "Tài khoản của Lê Quản là tài khoản quản trị."


# How to meet each refusal that has a reason: the URL, signed in as whom, and the reason expected. A new refusal
# without an entry here fails the sweep.
TRIGGERS = {
    ("reporting.views", None, "log_help"): volunteer_without_a_team,
    ("teams.managed_accounts", None, "refuse_protected"): leader_editing_an_admins_membership,
}
# Refusals that never reach a page: Django or DRF take them.
NOT_PAGES = {
    # django.contrib.auth.authenticate() takes a backend's PermissionDenied as "stop, nobody signs in".
    ("accounts.backends", "PhoneEmailOrUsernameBackend", "authenticate"),
}


def answered_by_drf(module, owner):
    view = getattr(import_module(module), owner, None) if owner else None
    return isinstance(view, type) and issubclass(view, APIView)  # JSON with the reason as "detail": tests/api


def test_the_source_sweep_finds_the_refusals_we_know():
    known = (
        "reporting.api",
        "CompletionsView",
        "get",
        "Khóa này chỉ đọc số liệu tổng hợp, không được cấp quyền xem danh sách có họ tên.",
    )
    assert known in permission_refusals_with_a_reason()


def test_every_permission_refusal_with_a_reason_shows_that_reason(client, home_page):
    refusals = [
        refusal
        for refusal in permission_refusals_with_a_reason()
        if refusal[:3] not in NOT_PAGES and not answered_by_drf(*refusal[:2])
    ]
    assert {refusal[:3] for refusal in refusals} <= set(TRIGGERS), "add how to meet the new refusal to TRIGGERS"
    for module, owner, function, _reason in refusals:
        url, reason = TRIGGERS[(module, owner, function)](client)
        response = client.get(url)
        assert response.status_code == 403, (function, response.status_code)
        content = response.content.decode()
        assert "Bạn chưa được phép làm việc này" in content and escape(reason) in content, function
