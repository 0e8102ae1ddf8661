import pytest

from tests.training.conftest import take_quiz
from training.models import Completion

pytestmark = pytest.mark.django_db


@pytest.fixture
def completion(client, module, volunteer):
    client.force_login(volunteer)
    take_quiz(client, module)
    client.logout()
    return Completion.objects.get()


def test_the_volunteer_opens_a_printable_certificate_with_code_and_qr(client, completion, volunteer):
    client.force_login(volunteer)
    response = client.get(f"/hoc/chung-nhan/{completion.verification_code}/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Phạm Thị Lan" in content and "An toàn trên mạng" in content
    assert completion.verification_code in content and "<svg" in content
    assert f"/xac-minh/{completion.verification_code}/" in content


def test_someone_else_cannot_open_the_certificate_page(client, completion, leader):
    client.force_login(leader)
    assert client.get(f"/hoc/chung-nhan/{completion.verification_code}/").status_code == 404


def test_public_verification_shows_only_name_module_date_and_commune(client, completion, team):
    response = client.get(f"/xac-minh/{completion.verification_code}/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Chứng nhận hợp lệ" in content
    assert "Phạm Thị Lan" in content and "An toàn trên mạng" in content and team.commune.name in content
    assert "0902" not in content and "+8490" not in content and "%" not in content.split("<main")[1]


@pytest.mark.parametrize("code", ["SAIMA12345", "x" * 40, "'; DROP TABLE x; --", "🙂"])
def test_a_wrong_code_is_not_found_with_a_clear_message(client, completion, code):
    response = client.get("/xac-minh/", {"ma": code})
    assert response.status_code == 404
    assert "Không tìm thấy chứng nhận" in response.content.decode()


def test_codes_are_typed_with_spaces_and_lower_case(client, completion):
    spaced = " ".join(completion.verification_code.lower())
    assert client.get("/xac-minh/", {"ma": spaced}).status_code == 200
