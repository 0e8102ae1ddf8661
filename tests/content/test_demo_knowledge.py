from io import StringIO

import pytest
from django.core.management import call_command
from django.http import HttpRequest

from accounts.models import Notification
from content.models import GoodPracticePage, PolicyDocumentPage
from teams.models import Announcement

pytestmark = pytest.mark.django_db


def test_the_demo_has_documents_with_pdf_summaries_practices_and_announcements(settings, client):
    settings.DEBUG = True
    call_command("load_demo_content", stdout=StringIO())
    documents = PolicyDocumentPage.objects.live()
    assert "793/BTTTT-THH" in documents.values_list("number", flat=True)
    for document in documents:
        assert document.file is not None
        with document.file.file.open("rb") as pdf:
            assert pdf.read(5) == b"%PDF-"
    practices = GoodPracticePage.objects.live()
    assert practices.count() == 4
    assert len(set(practices.values_list("commune_id", flat=True))) == 4
    assert Announcement.objects.count() == 3
    assert Notification.objects.filter(key__startswith="thong-bao:").exists()
    assert client.get("/van-ban/", {"q": "793/BTTTT-THH"}).context["documents"][0].number == "793/BTTTT-THH"
    assert client.login(request=HttpRequest(), username="0901 000 001", password="sotayso-demo-2026")
    assert len(client.get("/thong-bao/").context["announcements"]) >= 2
