"""No select of ours offers "---------": the site renderer (core.form_rendering) labels Django's empty choice
"— Chọn —". Swept over every site page each role opens (the access matrix's URLs), the listings' filters and the
admin's add forms of our models."""

import pytest
from django import forms
from django.urls import reverse

from teams.models import Member
from tests.security.roles import ROLES
from tests.security.test_access_matrix import EXPECTED, world  # noqa: F401  (the matrix's people and objects)

pytestmark = pytest.mark.django_db

DASHES = "---------"
ADMIN_ADD_FORMS = [
    "wagtailsnippets_teams_team:add",
    "wagtailsnippets_teams_member:add",
    "wagtailsnippets_teams_roleassignment:add",
    "wagtailsnippets_reporting_target:add",
    "wagtailusers_users:add",
]


def test_a_django_empty_choice_is_labelled_in_vietnamese():
    class MemberChoice(forms.ModelForm):
        class Meta:
            model = Member
            fields = ["team", "affiliation"]

    html = MemberChoice().as_div()
    assert DASHES not in html
    assert ">— Chọn —</option>" in html


def test_a_field_that_names_its_empty_choice_keeps_its_words():
    field = forms.ChoiceField(choices=[("", "Tất cả"), ("a", "A")])
    html = field.widget.render("loc", "", {"id": "loc"})
    assert ">Tất cả</option>" in html and "— Chọn —" not in html


@pytest.mark.parametrize("role", ROLES)
def test_no_site_page_offers_dashes_to_any_role(client, world, role):  # noqa: F811
    people, values = world
    if role != "anonymous":
        client.force_login(people[role])
    found = []
    for name, (template, _expected) in EXPECTED.items():
        response = client.get(template.format(**values))
        if response.status_code == 200 and DASHES in response.content.decode(errors="replace"):
            found.append(name)
    for listing in ("/huong-dan/", "/van-ban/", "/tim-kiem/?q=vneid"):
        response = client.get(listing)
        if response.status_code == 200 and DASHES in response.content.decode():
            found.append(listing)
    assert found == []


def test_the_admins_add_forms_of_our_models_offer_no_dashes(client, world):  # noqa: F811
    people, _values = world
    client.force_login(people["superuser"])
    found = [name for name in ADMIN_ADD_FORMS if DASHES in client.get(reverse(name)).content.decode()]
    assert found == []
