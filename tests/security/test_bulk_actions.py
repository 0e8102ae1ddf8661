"""Wagtail's bulk actions (/admin/bulk/<app>/<model>/<action>/) for the eight roles. The (model, action) pairs come
from Wagtail's bulk action registry, so a new bulk action, or a new model one applies to, is swept too.

For each role, objects outside its scope (another province, another department's pages, another collection, other
people's accounts, superuser-only models) are asked for by id, with `id=all`, on GET and on POST: their names never
appear and nothing of them changes. What each role may see and do keeps working."""

from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.documents import get_document_model
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from accounts.factories import UserFactory
from content.factories import DepartmentFactory, ImageFactory, PillarFactory, SectorFactory
from content.models import GlossaryTerm, SafetyRules
from content.safety_defaults import first_rules_stream
from guides.factories import GuidePageFactory, OfficialSourceFactory
from reporting.models import Indicator, Target
from teams.bulk_actions import ScopedBulkAction
from teams.factories import CommuneFactory, MemberFactory, ProvinceFactory, TeamFactory, VillageFactory
from teams.models import Member, RoleAssignment, ScopeRole, Team
from tests.security import test_access_matrix

ROLES = test_access_matrix.ROLES
world = test_access_matrix.world  # the eight roles and their team, province and department

pytestmark = pytest.mark.django_db

OUTSIDE = "Ngoài Phạm Vi"  # in the name of everything outside the roles' scope

# Who may see the object of each model that lies outside the world's team, province and department.
MAY_SEE_OUTSIDE = {
    "teams.team": {"superuser"},
    "teams.member": {"superuser"},
    "teams.adminarea": {"superuser"},
    "teams.roleassignment": {"superuser"},
    "reporting.target": {"superuser"},
    "reporting.indicator": {"superuser"},
    "content.pillar": {"superuser"},
    "content.sector": {"superuser"},
    "content.department": {"superuser"},
    "accounts.user": {"superuser"},
    "wagtailcore.page": {"moderator", "superuser"},  # Wagtail's moderators work on the whole tree
    # Every admin role may choose any image (Wagtail gave choose_image on the root collection to the groups that
    # existed); the collection rule itself is swept by a person limited to one collection, below.
    "content.customimage": {"commune_officer", "province_coordinator", "department_editor", "moderator", "superuser"},
    "wagtaildocs.document": {"moderator", "superuser"},
    # Shared, unscoped content (issue 22): the scam rules and the glossary are the province moderators'; the
    # official sources are cited by every department's editors.
    "content.safetyrules": {"moderator", "superuser"},
    "content.glossaryterm": {"moderator", "superuser"},
    "guides.officialsource": {"department_editor", "moderator", "superuser"},
}


def registered_bulk_actions():
    """[(app_label, model_name, action_type, action_class)] from Wagtail's registry."""
    bulk_action_registry._scan_for_bulk_actions()
    return [
        (app_label, model_name, action_type, action_class)
        for app_label, models in sorted(bulk_action_registry.actions.items())
        for model_name, actions in sorted(models.items())
        for action_type, action_class in sorted(actions.items())
    ]


def bulk_url(app_label, model_name, action_type, ids, **extra):
    query = urlencode({"id": [str(pk) for pk in ids], **extra}, doseq=True)
    return reverse("wagtail_bulk_action", args=[app_label, model_name, action_type]) + "?" + query


def the_scam_rules(title):
    """The one row of scam rules (migration 0012 writes it; a transactional test may have flushed it)."""
    rules = SafetyRules.current() or SafetyRules.objects.create(title=title, rules=first_rules_stream())
    rules.title = title
    rules.save()
    return rules


@pytest.fixture
def outside(world, postmart):
    """One object of every model with a bulk action, outside the scope of the roles not in MAY_SEE_OUTSIDE."""
    people, values = world
    province = ProvinceFactory(name=f"Tỉnh {OUTSIDE}")
    commune = CommuneFactory(parent=province, name=f"Xã {OUTSIDE}")
    team = TeamFactory(area=commune, name=f"Tổ {OUTSIDE}")
    coordinator = UserFactory(username="dieu-phoi-ngoai", first_name="Điều Phối", last_name=OUTSIDE)
    indicator = Indicator.objects.create(code="chi-tieu-ngoai", name=f"Chỉ tiêu {OUTSIDE}")
    collection = Collection.get_first_root_node().add_child(name="Bộ sưu tập riêng")
    objects = {
        "teams.team": team,
        "teams.member": MemberFactory(team=team, full_name=f"Người {OUTSIDE}"),
        "teams.adminarea": VillageFactory(parent=commune, name=f"Thôn {OUTSIDE}"),
        "teams.roleassignment": RoleAssignment.objects.create(
            user=coordinator, role=ScopeRole.PROVINCE_COORDINATOR, area=province
        ),
        "reporting.target": Target.objects.create(area=province, indicator=indicator, year=2026, value=11600),
        "reporting.indicator": indicator,
        "content.pillar": PillarFactory(slug="tru-cot-ngoai", name=f"Trụ cột {OUTSIDE}"),
        "content.sector": SectorFactory(slug="nganh-ngoai", name=f"Ngành {OUTSIDE}"),
        "content.department": DepartmentFactory(slug="don-vi-ngoai", name=f"Đơn vị {OUTSIDE}"),
        "accounts.user": coordinator,
        "wagtailcore.page": GuidePageFactory(parent=postmart, title=f"Bản nháp {OUTSIDE}", live=False),
        "content.customimage": ImageFactory(title=f"Ảnh {OUTSIDE}", collection=collection),
        "wagtaildocs.document": get_document_model().objects.create(
            title=f"Văn bản {OUTSIDE}", collection=collection, file=SimpleUploadedFile("ngoai.pdf", b"%PDF-1.4\n%%EOF")
        ),
        "content.safetyrules": the_scam_rules(title=f"Quy tắc {OUTSIDE}"),
        "content.glossaryterm": GlossaryTerm.objects.create(
            term=f"Từ {OUTSIDE}", slug="tu-ngoai", definition="Một từ chỉ người quản lý từ ngữ được sửa."
        ),
        "guides.officialsource": OfficialSourceFactory(title=f"Nguồn {OUTSIDE}"),
    }
    form_data = {
        "delete": {},
        "publish": {"include_descendants": "on"},
        "unpublish": {"include_descendants": "on"},
        "move": {"chooser": values["platform"]},
        "add_tags": {"tags": "xam-nhap"},
        "add_to_collection": {"collection": Collection.get_first_root_node().pk},
        "set_active_state": {"mark_as_active": "False"},
        "assign_role": {"role": Group.objects.get(name="Moderators").pk},
    }
    return people, objects, form_data


def state(obj):
    """Everything a bulk action could change about an object: its row (or its absence), tags, groups."""
    model = type(obj)
    if isinstance(obj, Page):
        model = Page
    row = model._default_manager.filter(pk=obj.pk).values().first()
    tags = sorted(obj.tags.names()) if row and hasattr(obj, "tags") else None
    groups = sorted(obj.groups.values_list("pk", flat=True)) if row and hasattr(obj, "groups") else None
    return row, tags, groups


def names_outside(objects, role):
    """The names of the outside objects this role may not see."""
    return [str(obj) for label, obj in objects.items() if role not in MAY_SEE_OUTSIDE[label]]


def refused(response):
    location = response.get("Location", "")
    return response.status_code in (403, 404) or (
        response.status_code == 302 and (location == "/admin/" or location.startswith("/admin/login/"))
    )


def test_every_model_with_a_bulk_action_has_an_outside_object():
    models = {f"{app_label}.{model_name}" for app_label, model_name, _action, _class in registered_bulk_actions()}
    assert models == set(MAY_SEE_OUTSIDE)


def test_every_registered_bulk_action_is_scoped():
    unscoped = [
        (app_label, model_name, action_type, action_class.__name__)
        for app_label, model_name, action_type, action_class in registered_bulk_actions()
        if not issubclass(action_class, ScopedBulkAction)
    ]
    assert unscoped == []


def test_every_action_type_has_form_data(outside):
    _people, _objects, form_data = outside
    assert {action_type for _app, _model, action_type, _class in registered_bulk_actions()} <= set(form_data)


@pytest.mark.parametrize("role", ROLES)
def test_no_role_sees_or_changes_anything_outside_its_scope_through_bulk_actions(client, outside, role):
    people, objects, form_data = outside
    if role != "anonymous":
        client.force_login(people[role])
    forbidden_names = names_outside(objects, role)
    before = {label: state(obj) for label, obj in objects.items()}
    leaks, not_refused = [], []
    posts = []
    for app_label, model_name, action_type, _class in registered_bulk_actions():
        label = f"{app_label}.{model_name}"
        if role in MAY_SEE_OUTSIDE[label]:
            continue
        alone = bulk_url(app_label, model_name, action_type, [objects[label].pk])
        everything = bulk_url(app_label, model_name, action_type, ["all"])
        for url in (alone, everything):
            response = client.get(url)
            leaks += [(url, name) for name in forbidden_names if name in response.content.decode()]
        if not refused(client.get(alone)):
            not_refused.append(alone)
        posts += [(alone, form_data[action_type]), (everything, form_data[action_type])]
    # Posting may act on what the role may act on, so it comes after every look.
    for url, data in posts:
        response = client.post(url, data)
        leaks += [(url, name) for name in forbidden_names if name in response.content.decode()]
    changed = [label for label, obj in objects.items() if state(obj) != before[label]]
    assert (leaks, not_refused, changed) == ([], [], [])


def test_the_superuser_sees_every_outside_object_by_its_name(client, outside):
    """The sweep above would see a leak: the same pages name the objects to someone who may see them."""
    people, objects, _form_data = outside
    client.force_login(people["superuser"])
    missing = []
    for app_label, model_name, action_type, _class in registered_bulk_actions():
        obj = objects[f"{app_label}.{model_name}"]
        response = client.get(bulk_url(app_label, model_name, action_type, [obj.pk]))
        if response.status_code != 200 or str(obj) not in response.content.decode():
            missing.append((app_label, model_name, action_type, response.status_code))
    assert missing == []


def test_ids_that_are_not_ids_are_not_found(client, outside):
    people, _objects, _form_data = outside
    client.force_login(people["superuser"])
    errors = []
    for app_label, model_name, action_type, _class in registered_bulk_actions():
        for url in (
            bulk_url(app_label, model_name, action_type, ["abc"]),
            bulk_url(app_label, model_name, action_type, ["999999"]),
            bulk_url(app_label, model_name, action_type, ["all"], childOf="abc"),
            bulk_url(app_label, model_name, action_type, ["all"], childOf="999999"),
        ):
            status = client.get(url).status_code
            if status >= 500:
                errors.append((url, status))
    assert errors == []


def test_a_coordinator_deletes_the_targets_of_their_province_and_only_those(client, world, outside):
    people, objects, _form_data = outside
    _people, values = world
    team_province = Team.objects.get(pk=values["team"]).province
    indicator = Indicator.objects.create(code="chi-tieu-trong-tinh", name="Chỉ tiêu trong tỉnh")
    own = Target.objects.create(area=team_province, indicator=indicator, year=2026, value=500)
    client.force_login(people["province_coordinator"])
    url = bulk_url("reporting", "target", "delete", [own.pk, objects["reporting.target"].pk])

    page = client.get(url).content.decode()
    assert str(own) in page and OUTSIDE not in page

    response = client.post(url)
    assert response.status_code == 302
    assert not Target.objects.filter(pk=own.pk).exists()
    assert Target.objects.filter(pk=objects["reporting.target"].pk).exists()


def test_coordinators_see_the_members_of_their_scope_but_may_not_delete_them(client, outside):
    people, _objects, _form_data = outside
    client.force_login(people["commune_officer"])
    url = bulk_url("teams", "member", "delete", ["all"])
    page = client.get(url).content.decode()
    assert "Tổ Trưởng" in page and "Tình Nguyện" in page and OUTSIDE not in page
    client.post(url)
    assert Member.objects.filter(full_name__in=["Tổ Trưởng", "Tình Nguyện"]).count() == 2


def test_a_moderator_publishes_any_department_draft_and_a_department_editor_does_not(client, outside, guide):
    people, objects, _form_data = outside
    draft = objects["wagtailcore.page"]
    editors_draft = GuidePageFactory(parent=guide.get_parent(), title="Bản nháp của đơn vị", live=False)
    client.force_login(people["department_editor"])
    url = bulk_url("wagtailcore", "page", "publish", [editors_draft.pk])
    page = client.get(url).content.decode()
    assert "Bản nháp của đơn vị" in page  # listed: the editor sees it, but may not publish it
    client.post(url, {"include_descendants": "on"})
    editors_draft.refresh_from_db()
    assert not editors_draft.live

    client.force_login(people["moderator"])
    response = client.post(
        bulk_url("wagtailcore", "page", "publish", [draft.pk, editors_draft.pk]), {"include_descendants": "on"}
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    editors_draft.refresh_from_db()
    assert draft.live and editors_draft.live


def test_a_move_to_a_page_outside_the_scope_does_not_name_it_or_move_anything(client, outside, guide, vneid):
    """Someone who may move the pages of one platform chooses another department's platform as the destination."""
    _people, objects, _form_data = outside
    destination = objects["wagtailcore.page"].get_parent()
    group = Group.objects.create(name="Quản lý trang VNeID")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "delete_page", "publish_page"):
        permission = Permission.objects.get(codename=codename)
        GroupPagePermission.objects.create(group=group, page=vneid, permission=permission)
    person = UserFactory(username="quan-ly-vneid")
    person.groups.add(group)
    client.force_login(person)
    url = bulk_url("wagtailcore", "page", "move", [guide.pk])
    assert guide.title in client.get(url).content.decode()  # the person may move their own guide

    response = client.post(url, {"chooser": destination.pk})
    assert destination.title not in response.content.decode()
    guide.refresh_from_db()
    assert guide.get_parent().pk == vneid.pk


def test_a_moderator_tags_images_of_any_collection_and_a_department_editor_only_sees_them(client, outside):
    people, objects, _form_data = outside
    image = objects["content.customimage"]
    url = bulk_url("content", "customimage", "add_tags", [image.pk])
    client.force_login(people["department_editor"])
    assert str(image) in client.get(url).content.decode()
    client.post(url, {"tags": "cua-bien-tap"})
    assert list(image.tags.names()) == []

    client.force_login(people["moderator"])
    assert client.post(url, {"tags": "da-duyet"}).status_code == 302
    assert list(image.tags.names()) == ["da-duyet"]


def test_the_superuser_still_deactivates_users_in_bulk(client, outside):
    people, objects, _form_data = outside
    client.force_login(people["superuser"])
    user = objects["accounts.user"]
    response = client.post(bulk_url("accounts", "user", "set_active_state", [user.pk]), {"mark_as_active": "False"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert not user.is_active


def test_a_person_limited_to_one_collection_sees_and_changes_nothing_in_another(client, outside):
    """Images and documents: permissions given on one collection reach no other collection's items."""
    _people, objects, form_data = outside
    own_collection = Collection.get_first_root_node().add_child(name="Bộ sưu tập của nhóm")
    group = Group.objects.create(name="Thư viện một bộ sưu tập")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_image", "change_image", "delete_image", "choose_image", "add_document", "change_document"):
        GroupCollectionPermission.objects.create(
            group=group, collection=own_collection, permission=Permission.objects.get(codename=codename)
        )
    person = UserFactory(username="thu-vien")
    person.groups.add(group)
    outside_items = {label: objects[label] for label in ("content.customimage", "wagtaildocs.document")}
    before = {label: state(obj) for label, obj in outside_items.items()}
    client.force_login(person)
    leaks = []
    for app_label, model_name, action_type, _class in registered_bulk_actions():
        label = f"{app_label}.{model_name}"
        if label not in outside_items:
            continue
        for ids in ([outside_items[label].pk], ["all"]):
            url = bulk_url(app_label, model_name, action_type, ids)
            data = {**form_data[action_type], "collection": own_collection.pk}
            for response in (client.get(url), client.post(url, data)):
                if OUTSIDE in response.content.decode():
                    leaks.append(url)
    assert leaks == []
    assert {label: state(obj) for label, obj in outside_items.items()} == before
    # What lies in the person's collection is still theirs to work on.
    own_image = ImageFactory(title="Ảnh của nhóm", collection=own_collection)
    response = client.post(bulk_url("content", "customimage", "add_tags", [own_image.pk]), {"tags": "cua-nhom"})
    assert response.status_code == 302 and list(own_image.tags.names()) == ["cua-nhom"]
