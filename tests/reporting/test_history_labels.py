"""A report's history reads in Vietnamese wherever it is shown: the stored action values (created, submitted,
returned, accepted) never reach the page."""

import re

import pytest

from reporting import reports
from reporting.models import ReportAction

pytestmark = pytest.mark.django_db

RAW_VALUES = [value for value, _label in ReportAction.choices]


def history_of(page):
    match = re.search(r"Lịch sử báo cáo</summary>(.*?)</details>", page, re.S)
    assert match, "the page shows no history"
    return match.group(1)


def test_every_step_of_a_reports_history_has_its_vietnamese_label(client, team, period, leader, officer):
    report = reports.report_for(team, period, leader)
    reports.submit(report, leader)
    reports.return_report(report, officer, "Thiếu số liệu")
    reports.submit(report, leader)
    reports.accept(report, officer)

    client.force_login(officer)
    for url in (f"/bao-cao/xem/{report.pk}/", f"/to/{team.pk}/bao-cao/ky-{period.pk}/"):
        history = history_of(client.get(url).content.decode())
        for label in ("Lập báo cáo", "Nộp báo cáo", "Trả lại để sửa", "Duyệt báo cáo"):
            assert label in history, (url, label)
        assert "Thiếu số liệu" in history
        words = set(re.findall(r"[A-Za-z]+", re.sub(r"<[^>]+>", " ", history)))
        assert words.isdisjoint(RAW_VALUES), (url, words & set(RAW_VALUES))
