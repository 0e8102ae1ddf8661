"""The scoped API: tokens, what each one may read, the exports' columns and the personal data log."""

import csv
import io

import pytest
from django.utils import timezone

from accounts.models import PersonalDataAccess
from reporting.exports import RESULT_COLUMNS
from reporting.models import ApiToken
from reporting.tokens import hash_key, issue
from teams.models import RoleAssignment
from tests.api.conftest import bearer
from training.exports import COMPLETION_COLUMNS

pytestmark = pytest.mark.django_db


def rows_of(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_no_token_is_a_401_with_a_vietnamese_message(client, tokens):
    response = client.get("/api/v2/reporting/results/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response.json() == {"detail": "Cần khóa truy cập: gửi tiêu đề Authorization: Bearer <khóa>."}


@pytest.mark.parametrize("header", ["Bearer sai-khoa", "Token abc", "Bearer", "Basic dXNlcjpwYXNz"])
def test_a_wrong_key_is_refused(client, tokens, header):
    response = client.get("/api/v2/reporting/results/", HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    assert response.json()["detail"].startswith(("Khóa không hợp lệ", "Gửi khóa theo dạng"))


def test_only_the_hash_is_stored_and_last_use_is_recorded(client, tokens):
    token = ApiToken.objects.get(key_hash=hash_key(tokens["east"]))
    assert tokens["east"] not in {token.key_hash, token.prefix, token.name}
    assert token.prefix == tokens["east"][:8] and token.last_used_at is None
    assert client.get("/api/v2/reporting/results/", **bearer(tokens["east"])).status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_a_revoked_token_is_refused(client, tokens):
    ApiToken.objects.filter(key_hash=hash_key(tokens["east"])).update(revoked_at=timezone.now())
    assert client.get("/api/v2/reporting/results/", **bearer(tokens["east"])).status_code == 401


def test_a_token_stops_working_when_its_issuer_loses_the_role(client, tokens, people):
    RoleAssignment.objects.filter(user=people["east_officer"]).delete()
    assert client.get("/api/v2/reporting/results/", **bearer(tokens["east"])).status_code == 401


def test_a_commune_token_reads_its_own_commune_only(client, tokens, results):
    period, indicator = results
    data = client.get(f"/api/v2/reporting/results/?period={period.pk}", **bearer(tokens["east"])).json()
    assert data["area"] == {"code": "77001", "name": "Xã Đông", "level": 2}
    assert [row["area"]["code"] for row in data["results"]] == ["77001"]
    figures = {item["code"]: item for item in data["results"][0]["indicators"]}
    assert figures[indicator.code]["value"] == 12 and figures[indicator.code]["target"] == 100
    for other in ("77002", "77"):
        response = client.get(f"/api/v2/reporting/results/?area={other}", **bearer(tokens["east"]))
        assert response.status_code == 404
        assert response.json() == {"detail": "Không tìm thấy, hoặc nằm ngoài địa bàn của khóa này."}
    assert client.get("/api/v2/reporting/training/?area=77002", **bearer(tokens["east"])).status_code == 404


def test_a_province_token_sees_each_commune(client, tokens, results):
    period, _indicator = results
    data = client.get(f"/api/v2/reporting/results/?period={period.pk}", **bearer(tokens["province"])).json()
    values = {row["area"]["code"]: row["indicators"][0]["value"] for row in data["results"]}
    assert values == {"77001": 12, "77002": 5}
    west = client.get(f"/api/v2/reporting/results/?period={period.pk}&area=77002", **bearer(tokens["province"]))
    assert [row["area"]["name"] for row in west.json()["results"]] == ["Xã Tây"]


def test_scoped_answers_are_private_to_the_token(client, tokens):
    for path in ("results", "training"):
        response = client.get(f"/api/v2/reporting/{path}/", **bearer(tokens["east"]))
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
        assert "Authorization" in response["Vary"]
        assert "X-Page-Cache" not in response


def test_training_counts_have_no_names(client, tokens, module, people):
    data = client.get("/api/v2/reporting/training/", **bearer(tokens["province"])).json()
    east = next(row for row in data["results"] if row["area"]["code"] == "77001")
    assert east["members"] == 2 and east["members_with_account"] == 2 and east["members_ready"] == 1
    text = str(data)
    assert "Phạm Thị Lan" not in text and "912000001" not in text


def test_training_counts_per_period(client, tokens, module, people):
    from reporting.periods import period_containing

    this_period = period_containing(timezone.localdate())
    data = client.get(f"/api/v2/reporting/training/?period={this_period.pk}", **bearer(tokens["province"])).json()
    counts = {row["area"]["code"]: row["completions_in_period"] for row in data["results"]}
    assert counts["77001"] == [{"module_id": module.pk, "count": 1}]
    last = client.get("/api/v2/reporting/training/", **bearer(tokens["province"])).json()
    assert all(row["completions_in_period"][0]["count"] == 0 for row in last["results"])


def test_a_figures_token_cannot_read_names(client, tokens):
    response = client.get("/api/v2/reporting/completions/", **bearer(tokens["east"]))
    assert response.status_code == 403
    assert "không được cấp quyền xem danh sách có họ tên" in response.json()["detail"]
    assert not PersonalDataAccess.objects.exists()


def test_the_completions_export_has_the_national_platform_columns(client, tokens, module, people):
    response = client.get("/api/v2/reporting/completions/?format=csv", **bearer(tokens["province"]))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = rows_of(response)
    assert rows[0] == COMPLETION_COLUMNS
    east = next(row for row in rows[1:] if row[5] == "Phạm Thị Lan")
    code = module.completions.get(user=people["east_volunteer"]).verification_code
    assert east[:5] == ["77", "Tỉnh Mẫu", "77001", "Xã Đông", people["teams"]["east"].name]
    assert east[6:9] == ["+84912000001", "Hướng dẫn định danh điện tử", "Chính quyền số"]
    assert east[10:] == ["90", code, f"http://testserver/xac-minh/{code}/"]
    west = next(row for row in rows[1:] if row[2] == "77002")
    assert west[5].startswith("'=HYPERLINK")  # a name that would run as a formula is neutralised
    log = PersonalDataAccess.objects.get()
    assert log.user == people["coordinator"] and "xuất csv qua API" in log.action


def test_the_completions_list_in_json_and_xlsx(client, tokens, people):
    data = client.get("/api/v2/reporting/completions/?area=77001", **bearer(tokens["province"])).json()
    assert [item["full_name"] for item in data["items"]] == ["Phạm Thị Lan"]
    assert data["items"][0]["phone"] == "+84912000001"
    xlsx = client.get("/api/v2/reporting/completions/?format=xlsx", **bearer(tokens["province"]))
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
    assert PersonalDataAccess.objects.count() == 2


def test_the_results_export_has_stable_columns(client, tokens, results):
    period, indicator = results
    response = client.get(f"/api/v2/reporting/results/?period={period.pk}&format=csv", **bearer(tokens["province"]))
    rows = rows_of(response)
    assert rows[0] == RESULT_COLUMNS
    east = next(row for row in rows[1:] if row[0] == "77001" and row[5] == indicator.code)
    assert east == [
        "77001",
        "Xã Đông",
        "Xã, phường, đặc khu",
        period.start.isoformat(),
        period.end.isoformat(),
        indicator.code,
        indicator.name,
        indicator.unit,
        "12",
        "100",
    ]


@pytest.mark.parametrize(
    "query", ["format=pdf", "period=abc", "period=999999999", "khac=1", "area=77%00001", "area=" + "7" * 40]
)
def test_bad_parameters(client, tokens, query):
    response = client.get(f"/api/v2/reporting/results/?{query}", **bearer(tokens["east"]))
    assert response.status_code in (400, 404)
    assert response.json()["detail"]


def test_a_coordinator_cannot_issue_a_token_outside_their_area(people, place):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        issue(people["east_officer"], "Xã khác", place["west"])
    with pytest.raises(PermissionDenied):
        issue(people["east_officer"], "Cả tỉnh", place["province"])
    with pytest.raises(PermissionDenied):
        issue(people["coordinator"], "Cả nước", None)


def test_queries_stay_the_same_whatever_the_number_of_teams(
    client, tokens, results, people, place, django_assert_max_num_queries
):
    from teams.factories import CommuneFactory, MemberFactory, TeamFactory

    def measure(path):
        client.get(path, **bearer(tokens["province"]))
        with django_assert_max_num_queries(30) as counted:
            assert client.get(path, **bearer(tokens["province"])).status_code == 200
        return len(counted.captured_queries)

    paths = ["/api/v2/reporting/results/", "/api/v2/reporting/training/", "/api/v2/reporting/completions/"]
    before = [measure(path) for path in paths]
    for number in range(4):
        team = TeamFactory(area=CommuneFactory(parent=place["province"], code=f"7710{number}"))
        MemberFactory(team=team)
    assert [measure(path) for path in paths] == before
