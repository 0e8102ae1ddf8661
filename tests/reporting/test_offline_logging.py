import uuid

import pytest
from django.utils import timezone

from reporting.models import SupportLog

pytestmark = pytest.mark.django_db


def entry(indicators, client_id, **extra):
    return {
        "date": timezone.localdate().isoformat(),
        f"chi-tieu-{indicators['vneid-muc-2'].pk}": "2",
        "client_id": str(client_id),
        **extra,
    }


def test_an_entry_sent_twice_is_saved_once(client, volunteer, indicators):
    client.force_login(volunteer)
    client_id = uuid.uuid4()
    for _ in range(2):
        response = client.post("/ghi-nhan/", entry(indicators, client_id), headers={"X-Requested-With": "fetch"})
        assert response.status_code == 200 and response.json() == {"ok": True}
    assert SupportLog.objects.filter(client_id=client_id).count() == 1


def test_a_double_tap_on_the_form_is_saved_once(client, volunteer, indicators):
    client.force_login(volunteer)
    client_id = client.get("/ghi-nhan/").context["form"].initial["client_id"]
    client.post("/ghi-nhan/", entry(indicators, client_id))
    client.post("/ghi-nhan/", entry(indicators, client_id))
    assert SupportLog.objects.count() == 1


def test_a_queued_entry_with_bad_data_is_refused_with_400(client, volunteer, indicators):
    client.force_login(volunteer)
    data = entry(indicators, uuid.uuid4(), **{f"chi-tieu-{indicators['vneid-muc-2'].pk}": "-5"})
    response = client.post("/ghi-nhan/", data, headers={"X-Requested-With": "fetch"})
    assert response.status_code == 400 and response.json()["ok"] is False
    assert not SupportLog.objects.exists()
