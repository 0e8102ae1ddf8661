"""Every date a form takes has limits on both sides, in Vietnamese: the year 1 and the year 9999 are refused
everywhere, events that happened are not in the future, team matters do not predate the teams, deadlines are not
years away. The list of fields comes from the models and the forms themselves, so a new date field without limits
fails here; each of the site's own forms is then tried with those dates through its page. The limits that move with
today sit on the forms, for what people type: an old row saves unchanged through any form, the admin's included."""

import datetime
import io

import pytest
from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import get_resolver
from django.utils import timezone

from accounts.factories import UserFactory
from reporting.models import CommuneGrowth, CommuneMemberGrowth, Indicator, ReportingPeriod, SupportLog
from teams.factories import MemberFactory, TeamFactory
from teams.models import Announcement, Member, MemberRole, RoleAssignment, ScopeRole

pytestmark = pytest.mark.django_db

OWN_APPS = ("content", "guides", "accounts", "teams", "training", "reporting")
YEAR_ONE, YEAR_9999 = datetime.date(1, 1, 1), datetime.date(9999, 12, 31)
# Rows the site makes itself from the province's settings: no form, the admin's included, edits them.
NOT_EDITED_IN_ANY_FORM = {(ReportingPeriod, name) for name in ("start", "end", "deadline", "closes_on")}
# The figures kept per commune and day (reporting/area_figures.py), counted from the rows, never typed.
NOT_EDITED_IN_ANY_FORM |= {(CommuneGrowth, "day"), (CommuneMemberGrowth, "day")}


def today():
    return timezone.localdate()


def days(number):
    return (today() + datetime.timedelta(days=number)).isoformat()


def own_date_fields():
    for app_label in OWN_APPS:
        for model in apps.get_app_config(app_label).get_models():
            for field in model._meta.get_fields():
                if isinstance(field, models.DateField) and not isinstance(field, models.DateTimeField):
                    if field.editable:
                        yield model, field


def refusal(check, value):
    """The Vietnamese message check(value) refuses with; None when it accepts the value."""
    try:
        check(value)
    except ValidationError as error:
        return " ".join(error.messages)
    return None


def test_every_editable_date_field_of_our_models_refuses_the_first_and_the_last_year():
    unbounded = {}
    for model, field in own_date_fields():
        if (model, field.name) in NOT_EDITED_IN_ANY_FORM:
            continue
        messages = [refusal(field.run_validators, value) for value in (YEAR_ONE, YEAR_9999)]
        if not all(message and "Ngày" in message for message in messages):
            unbounded[f"{model.__name__}.{field.name}"] = messages
    assert unbounded == {}


def test_the_year_of_a_target_has_limits():
    from reporting.models import Target

    field = Target._meta.get_field("year")
    assert "có trước các tổ" in refusal(field.run_validators, 1)
    assert "quá xa" in refusal(field.run_validators, 9999)
    assert refusal(field.run_validators, today().year) is None


def own_form_classes():
    """Every form class defined in our modules (importing the URL conf loads every view and so every form)."""
    get_resolver().url_patterns  # noqa: B018
    found, pending = set(), [forms.BaseForm]
    while pending:
        for subclass in pending.pop().__subclasses__():
            pending.append(subclass)
            if subclass.__module__.split(".")[0] in OWN_APPS:
                found.add(subclass)
    return found


def test_every_date_field_of_every_form_of_ours_has_limits():
    unbounded = {}
    for form_class in own_form_classes():
        model = getattr(getattr(form_class, "_meta", None), "model", None)
        for name, form_field in form_class.base_fields.items():
            if not isinstance(form_field, forms.DateField):
                continue
            model_fields = {field.name: field for field in model._meta.get_fields()} if model else {}
            # A model form checks its model's validators after its own: either place holds the limits.
            checks = [form_field.clean]
            if name in model_fields:
                checks.append(model_fields[name].run_validators)
            for value in (YEAR_ONE, YEAR_9999):
                if not any(refusal(check, value) for check in checks):
                    unbounded.setdefault(f"{form_class.__module__}.{form_class.__name__}.{name}", []).append(value)
    assert unbounded == {}


@pytest.fixture
def team():
    return TeamFactory()


@pytest.fixture
def leader(team):
    user = UserFactory(username="totruong-ngay")
    MemberFactory(team=team, user=user, role=MemberRole.LEADER, joined_on=datetime.date(2025, 3, 1))
    return user


def member_data(**changes):
    return {
        "full_name": "Lê Thị Mai",
        "phone": "0912 000 111",
        "affiliation": "doan-thanh-nien",
        "role": MemberRole.MEMBER,
        "joined_on": days(-1),
        "consent": "on",
        **changes,
    }


@pytest.mark.parametrize("role", [MemberRole.MEMBER, MemberRole.LEADER])
@pytest.mark.parametrize("joined_on", ["0001-01-01", "9999-12-31", "2019-12-31", "tomorrow"])
def test_adding_a_member_refuses_a_joining_date_out_of_bounds(client, team, leader, role, joined_on):
    joined_on = days(1) if joined_on == "tomorrow" else joined_on
    client.force_login(leader)
    response = client.post(f"/to/{team.pk}/them-thanh-vien/", member_data(role=role, joined_on=joined_on))
    assert response.status_code == 200
    assert response.context["form"].errors["joined_on"]
    assert 'value="Lê Thị Mai"' in response.content.decode()
    assert not Member.objects.filter(full_name="Lê Thị Mai").exists()


def test_adding_a_member_who_joined_yesterday_works(client, team, leader):
    client.force_login(leader)
    assert client.post(f"/to/{team.pk}/them-thanh-vien/", member_data(role=MemberRole.DEPUTY)).status_code == 302
    assert Member.objects.get(full_name="Lê Thị Mai").joined_on == today() - datetime.timedelta(days=1)


def test_editing_a_member_refuses_a_far_joining_date(client, team, leader):
    member = MemberFactory(team=team, full_name="Lê Thị Mai")
    client.force_login(leader)
    for value in ("0001-01-01", "9999-12-31", days(1)):
        response = client.post(f"/to/{team.pk}/thanh-vien/{member.pk}/sua/", member_data(joined_on=value))
        assert response.status_code == 200 and response.context["form"].errors["joined_on"], value
    member.refresh_from_db()
    assert member.joined_on == datetime.date(2025, 3, 1)


@pytest.mark.parametrize("left_on", ["0001-01-01", "9999-12-31", "2025-02-28", "tomorrow"])
def test_leaving_refuses_a_date_out_of_bounds_and_the_member_stays(client, team, leader, left_on):
    left_on = days(1) if left_on == "tomorrow" else left_on
    member = MemberFactory(team=team, joined_on=datetime.date(2025, 3, 1))
    client.force_login(leader)
    response = client.post(f"/to/{team.pk}/thanh-vien/{member.pk}/roi-to/", {"left_on": left_on})
    assert response.status_code == 200 and response.context["form"].errors["left_on"]
    member.refresh_from_db()
    assert member.left_on is None


def test_leaving_yesterday_ends_the_membership(client, team, leader):
    member = MemberFactory(team=team, joined_on=datetime.date(2025, 3, 1))
    client.force_login(leader)
    response = client.post(f"/to/{team.pk}/thanh-vien/{member.pk}/roi-to/", {"left_on": days(-1)})
    assert response.status_code == 302
    assert not Member.objects.current().filter(pk=member.pk).exists()


def test_a_member_stored_with_a_far_leaving_date_can_still_be_recorded_as_leaving(client, team, leader):
    """Data from before the limits: still listed as current, so the roster's link must work and repair it."""
    member = MemberFactory(team=team, left_on=YEAR_9999)
    client.force_login(leader)
    url = f"/to/{team.pk}/thanh-vien/{member.pk}/roi-to/"
    assert url in client.get(f"/to/{team.pk}/").content.decode()
    assert client.get(url).status_code == 200
    assert client.post(url, {"left_on": today().isoformat()}).status_code == 302
    member.refresh_from_db()
    assert member.left_on == today()


def test_an_import_refuses_joining_dates_out_of_bounds(client, team, leader):
    rows = [
        "Họ và tên,Số điện thoại,Tổ chức,Vai trò,Ngày tham gia",
        "Người Một,0912 000 201,Đoàn Thanh niên,Tổ trưởng,01/01/0001",
        "Người Hai,0912 000 202,Đoàn Thanh niên,Thành viên,31/12/9999",
        f"Người Ba,0912 000 203,Đoàn Thanh niên,Thành viên,{(today() + datetime.timedelta(days=1)):%d/%m/%Y}",
        f"Người Bốn,0912 000 204,Đoàn Thanh niên,Thành viên,{(today() - datetime.timedelta(days=1)):%d/%m/%Y}",
    ]
    upload = io.BytesIO("\n".join(rows).encode())
    upload.name = "danh-sach.csv"
    client.force_login(leader)
    response = client.post(f"/to/{team.pk}/nhap-danh-sach/", {"file": upload})
    preview = response.context["preview"]
    assert [row.values["full_name"] for row in preview.invalid] == ["Người Một", "Người Hai", "Người Ba"]
    assert [row.values["full_name"] for row in preview.valid] == ["Người Bốn"]


@pytest.fixture
def commune_officer(team):
    user = UserFactory(username="canbo-ngay")
    RoleAssignment.objects.create(user=user, role=ScopeRole.COMMUNE_OFFICER, area=team.commune)
    return user


@pytest.mark.parametrize("deadline", ["0001-01-01", "yesterday", "in 400 days", "9999-12-31"])
def test_an_announcement_refuses_a_deadline_out_of_bounds(client, team, commune_officer, deadline):
    deadline = {"yesterday": days(-1), "in 400 days": days(400)}.get(deadline, deadline)
    client.force_login(commune_officer)
    data = {"title": "Nộp số liệu", "body": "Trước hạn.", "communes": [team.commune_id], "deadline": deadline}
    response = client.post("/thong-bao/moi/", data)
    assert response.status_code == 200 and response.context["form"].errors["deadline"]
    assert not Announcement.objects.exists()


def test_an_announcement_due_tomorrow_is_posted(client, team, commune_officer):
    client.force_login(commune_officer)
    data = {"title": "Nộp số liệu", "body": "Trước hạn.", "communes": [team.commune_id], "deadline": days(1)}
    assert client.post("/thong-bao/moi/", data).status_code == 302
    assert Announcement.objects.get().deadline == today() + datetime.timedelta(days=1)


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "tomorrow", "400 days ago", "yesterday"])
def test_logging_help_accepts_only_a_day_that_has_been_and_is_recent(client, team, leader, day):
    accepted = day == "yesterday"
    day = {"tomorrow": days(1), "400 days ago": days(-400), "yesterday": days(-1)}.get(day, day)
    client.force_login(leader)
    indicator = Indicator.objects.filter(active=True).first()
    data = {"date": day, "area": "", "platform": "", "note": "", "owner": leader.pk, f"chi-tieu-{indicator.pk}": "2"}
    response = client.post("/ghi-nhan/", data)
    assert (response.status_code == 302) is accepted
    assert SupportLog.objects.exists() is accepted
    if not accepted:
        assert response.context["form"].errors["date"]


# Days far apart on which the site could be running: a model's limits must give the same answers on both.
SOME_DAYS = (datetime.date(2021, 6, 1), datetime.date(2099, 6, 1))
SAMPLE_DATES = (
    datetime.date(2019, 12, 31),
    datetime.date(2020, 1, 1),
    datetime.date(2021, 5, 1),
    datetime.date(2050, 1, 1),
    datetime.date(2099, 7, 1),
    datetime.date(2100, 12, 31),
    datetime.date(2101, 1, 1),
)


def test_the_limits_on_our_model_fields_do_not_move_with_today(monkeypatch):
    """A limit that moves with today belongs to the form where people type (site/core/dates.py): on the model it
    would refuse an old row saved unchanged through any form, the admin's included."""
    from reporting.models import Target

    fields = [(f"{model.__name__}.{field.name}", field, SAMPLE_DATES) for model, field in own_date_fields()]
    fields.append(("Target.year", Target._meta.get_field("year"), [day.year for day in SAMPLE_DATES]))
    answers = {}
    for day in SOME_DAYS:
        monkeypatch.setattr(timezone, "localdate", lambda *args, day=day, **kwargs: day)
        for name, field, values in fields:
            answers.setdefault(name, []).append([refusal(field.run_validators, value) is None for value in values])
    moving = {name: found for name, found in answers.items() if found[0] != found[1]}
    assert moving == {}


def saved_unchanged_through_a_model_form(instance, **edits):
    """What an admin does: open the row in a form of all its fields, change some other field, save."""
    form_class = forms.modelform_factory(type(instance), fields="__all__")
    unbound = form_class(instance=instance)
    data = {name: unbound[name].value() for name in unbound.fields}
    data = {name: "" if value is None else value for name, value in data.items()} | edits
    form = form_class(data, instance=instance)
    assert form.is_valid(), form.errors
    return form.save()


def test_an_admin_saves_an_old_help_log_and_an_old_announcement_without_touching_their_dates(team, leader):
    old_day = today() - datetime.timedelta(days=400)
    log = SupportLog.objects.create(volunteer=leader, team=team, date=old_day, note="Hướng dẫn bà Lan")
    log = saved_unchanged_through_a_model_form(log, note="Hướng dẫn bà Lan ở xóm Bến")
    log.refresh_from_db()
    assert (log.date, log.note) == (old_day, "Hướng dẫn bà Lan ở xóm Bến")

    passed = Announcement.objects.create(
        author=leader, province=team.province, title="Nộp số liệu", body="Trước hạn.", deadline=old_day
    )
    far = Announcement.objects.create(
        author=leader,
        province=team.province,
        title="Kế hoạch",
        body="Cả năm.",
        deadline=today() + datetime.timedelta(days=400),
    )
    for announcement in (passed, far):
        saved_unchanged_through_a_model_form(announcement, body="Đã sửa nội dung.")
        announcement.refresh_from_db()
        assert announcement.body == "Đã sửa nội dung."
    assert (passed.deadline, far.deadline) == (old_day, today() + datetime.timedelta(days=400))


def test_a_member_saved_with_a_date_now_refused_still_saves_unchanged_and_refuses_a_new_one(client, team, leader):
    """Data from before the limits (a joining date still ahead): editing the phone keeps it; typing another date
    ahead is refused as on a new member."""
    ahead = today() + datetime.timedelta(days=3)
    member = MemberFactory(team=team, full_name="Lê Thị Mai", joined_on=ahead)
    client.force_login(leader)
    url = f"/to/{team.pk}/thanh-vien/{member.pk}/sua/"
    response = client.post(url, member_data(phone="0912 000 222", joined_on=ahead.isoformat()))
    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.phone, member.joined_on) == ("+84912000222", ahead)
    # The form's hidden initial value is the sender's to set: it does not make a new date look unchanged.
    response = client.post(url, member_data(joined_on=days(4), **{"initial-joined_on": days(4)}))
    assert response.status_code == 200 and response.context["form"].errors["joined_on"]


def model_of(form_class):
    """A model form's model; an admin form gets it from the page class or the snippet's panels that name it."""
    from wagtail.snippets.models import get_snippet_models

    named_by = {model: getattr(model, "base_form_class", None) for model in apps.get_models()}
    for model in get_snippet_models():
        named_by[model] = model.snippet_viewset.get_edit_handler().base_form_class
    models_naming = [model for model, named in named_by.items() if named is form_class]
    return form_class._meta.model or (models_naming[0] if models_naming else None)


def test_every_limit_that_moves_with_today_names_a_field_of_its_form():
    """A misspelt name would switch the limit off without a sound."""
    limited = [form for form in own_form_classes() if getattr(form, "today_relative_limits", None)]
    names = {form.__name__ for form in limited}
    assert names >= {"SupportLogForm", "AnnouncementForm", "GuideSourceForm", "PolicyDocumentPageForm", "MemberForm"}
    missing = {
        f"{form.__name__}.{name}"
        for form in limited
        for name in form.today_relative_limits
        if model_of(form) is None or name not in {field.name for field in model_of(form)._meta.get_fields()}
    }
    assert missing == set()


def test_a_guide_refuses_a_source_read_date_ahead_typed_in_the_admin_and_keeps_one_stored(client, superuser, guide):
    """A guide's check date is no longer typed (only a reviewer's confirmed check sets it: tests/guides/
    test_sources.py); the date typed with it now is the day each source was read."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    from guides.factories import OfficialSourceFactory
    from guides.models import GuidePage, GuideSource
    from tests.security.test_unstorable_input import guide_edit

    source = OfficialSourceFactory()

    def with_source(read_on, row=None):
        item = {"source": source.pk, "read_on": read_on, "supports": "Các bước đăng nhập"}
        sources = inline_formset([{**item, "id": row.pk}] if row else [item], initial=1 if row else 0)
        return guide_edit(guide, "Mở ứng dụng") | nested_form_data({"sources": sources})

    client.force_login(superuser)
    url = f"/admin/pages/{guide.pk}/edit/"
    response = client.post(url, with_source(days(1)))
    assert response.status_code == 200 and "chưa tới" in response.content.decode()
    assert not GuideSource.objects.exists()
    ahead = today() + datetime.timedelta(days=1)
    # Saved before the limit, or on a day the clock was wrong.
    row = GuideSource.objects.create(page=guide, source=source, read_on=ahead, supports="Các bước đăng nhập")
    GuidePage.objects.get(pk=guide.pk).save_revision(user=superuser).publish(user=superuser)
    response = client.post(url, with_source(ahead.isoformat(), row))
    assert response.status_code == 302
    assert list(GuideSource.objects.values_list("pk", "read_on")) == [(row.pk, ahead)]
