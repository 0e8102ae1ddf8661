import uuid

import pytest
from django.utils import timezone

from accounts.factories import UserFactory
from reporting.models import SupportLog
from teams.factories import MemberFactory

pytestmark = pytest.mark.django_db


def entry(indicators, client_id, owner, **extra):
    return {
        "date": timezone.localdate().isoformat(),
        f"chi-tieu-{indicators['vneid-muc-2'].pk}": "2",
        "client_id": str(client_id),
        "owner": str(owner.pk),
        **extra,
    }


def test_an_entry_sent_twice_is_saved_once(client, volunteer, indicators):
    client.force_login(volunteer)
    client_id = uuid.uuid4()
    queued = entry(indicators, client_id, volunteer)
    for _ in range(2):
        response = client.post("/ghi-nhan/", queued, headers={"X-Requested-With": "fetch"})
        assert response.status_code == 200 and response.json() == {"ok": True}
    assert SupportLog.objects.filter(client_id=client_id).count() == 1


def test_a_double_tap_on_the_form_is_saved_once(client, volunteer, indicators):
    client.force_login(volunteer)
    client_id = client.get("/ghi-nhan/").context["form"].initial["client_id"]
    client.post("/ghi-nhan/", entry(indicators, client_id, volunteer))
    client.post("/ghi-nhan/", entry(indicators, client_id, volunteer))
    assert SupportLog.objects.count() == 1


def test_a_queued_entry_with_bad_data_is_refused_with_400(client, volunteer, indicators):
    client.force_login(volunteer)
    data = entry(indicators, uuid.uuid4(), volunteer, **{f"chi-tieu-{indicators['vneid-muc-2'].pk}": "-5"})
    response = client.post("/ghi-nhan/", data, headers={"X-Requested-With": "fetch"})
    assert response.status_code == 400 and response.json()["ok"] is False
    assert not SupportLog.objects.exists()


@pytest.fixture
def teammate(team):
    user = UserFactory(username="+84905000009", phone="+84905000009")
    MemberFactory(team=team, user=user)
    return user


def test_an_entry_queued_by_another_person_on_this_phone_is_refused_and_kept(client, volunteer, teammate, indicators):
    """A shared phone: the volunteer queued help offline and signed out; a teammate signs in and the entry
    arrives in the teammate's session. It is not saved for either of them, and the phone is told to keep it."""
    client.force_login(teammate)
    queued = entry(indicators, uuid.uuid4(), volunteer)
    response = client.post("/ghi-nhan/", queued, headers={"X-Requested-With": "fetch"})
    assert response.status_code == 403 and response.json()["ok"] is False
    assert "một người khác đăng nhập trên máy này" in response.json()["errors"]["__all__"][0]
    assert not SupportLog.objects.exists()
    client.force_login(volunteer)
    response = client.post("/ghi-nhan/", queued, headers={"X-Requested-With": "fetch"})
    assert response.json() == {"ok": True}
    assert SupportLog.objects.get().volunteer == volunteer


@pytest.mark.parametrize("owner", ["", "abc", "9" * 30])
def test_an_entry_without_a_plain_owner_is_refused(client, volunteer, indicators, owner):
    client.force_login(volunteer)
    data = {**entry(indicators, uuid.uuid4(), volunteer), "owner": owner}
    assert client.post("/ghi-nhan/", data, headers={"X-Requested-With": "fetch"}).status_code == 403
    assert not SupportLog.objects.exists()


def test_a_form_typed_before_a_sign_out_is_shown_again_as_the_new_persons(client, volunteer, teammate, indicators):
    """Without JavaScript: the form is shown again with everything typed and a clear reason; sending it again is
    the new person's deliberate choice, saved as theirs."""
    client.force_login(teammate)
    typed = entry(indicators, uuid.uuid4(), volunteer, note="Hướng dẫn bà Lan")
    response = client.post("/ghi-nhan/", typed)
    content = response.content.decode()
    assert response.status_code == 200 and "một người khác đăng nhập trên máy này" in content
    assert 'value="Hướng dẫn bà Lan"' in content
    assert f'name="owner" value="{teammate.pk}"' in content
    assert not SupportLog.objects.exists()
    assert client.post("/ghi-nhan/", {**typed, "owner": teammate.pk}).status_code == 302
    assert SupportLog.objects.get().volunteer == teammate


def test_the_page_names_whose_entries_it_queues(client, volunteer):
    client.force_login(volunteer)
    content = client.get("/ghi-nhan/").content.decode()
    assert f'name="owner" value="{volunteer.pk}"' in content and "data-others-logs" in content
