"""One safety voice: the scam rules live in one snippet (content.SafetyRules), shown in full at the first guide step
that asks for a code or a handover and as a line pointing back to it at the later ones, on the page, in its print
view and booklets, and in the training module's safety lesson."""

import re

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils.html import strip_tags
from wagtail.rich_text import RichText

from content.demo_safety import load as load_demo
from content.models import SafetyRules
from content.safety_defaults import SAFETY_RULES
from core.page_cache import GENERATION_KEY
from guides.factories import GuidePageFactory, step
from training.demo_content import MODULES, build_module
from training.factories import TrainingIndexPageFactory, TrainingModulePageFactory, lesson

pytestmark = pytest.mark.django_db

SAFETY_MODULE = next(spec for spec in MODULES if spec["slug"] == "an-toan-khong-gian-mang")
RULES_BOX = '<aside class="callout callout--warning safety" id="quy-tac-an-toan">'


@pytest.fixture
def rules(db):
    load_demo()
    return SafetyRules.current()


@pytest.fixture
def payment_guide(vneid, guide_index):
    return GuidePageFactory(
        parent=vneid,
        title="Trả tiền bằng mã QR",
        slug="tra-tien-qr",
        steps=[
            step("Mở ứng dụng ngân hàng"),
            step("Nhập mã OTP", safety=True),
            step("Kiểm tra số tiền"),
            step("Nhập mã PIN", safety=True),
            step("Giao hàng cho người nhận", safety=True),
        ],
    )


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def step_html(content, number):
    start = content.index(f'<li class="step" id="buoc-{number}">')
    return content[start : content.index("</li>\n", content.index('class="step__done"', start))]


def rules_queries(queries):
    return sum("content_safetyrules" in query["sql"] for query in queries.captured_queries)


# The snippet.


def test_there_is_one_set_of_rules(rules):
    second = SafetyRules(title="Bộ thứ hai", rules=rules.rules.raw_data)
    with pytest.raises(ValidationError) as error:
        second.full_clean()
    assert "Đã có bộ quy tắc an toàn" in str(error.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        SafetyRules.objects.create(id=2, title="Bộ thứ hai", rules=rules.rules.raw_data)
    rules.full_clean()  # the one row is still valid to edit
    assert SafetyRules.objects.count() == 1


def test_the_rules_say_the_four_things_in_short_sentences(rules):
    text = " ".join(strip_tags(rule.value["heading"] + " " + rule.value["text"].source) for rule in rules.rules)
    for needed in ("mã OTP", "mã PIN", "passcode", "mật khẩu", "Không xóa", "Chụp lại màn hình", "Công an xã",
                   "113", "in trên thẻ", "CH Play", "App Store"):  # fmt: skip
        assert needed in text
    for rule in SAFETY_RULES:
        for sentence in re.split(r"(?<=[.!?])\s+", strip_tags(rule["text"].replace("</p>", "</p> "))):
            assert len(sentence.split()) <= 25, sentence


def test_the_demo_rules_load_once_and_editors_changes_stay(rules):
    rules.title = "Quy tắc an toàn của tỉnh"
    rules.save()
    load_demo()
    assert SafetyRules.objects.get().title == "Quy tắc an toàn của tỉnh"


def test_changing_the_rules_retires_the_cached_pages(rules, settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.set(GENERATION_KEY, "before", None)
    rules.save()
    assert cache.get(GENERATION_KEY) not in ("before", None)


# On a guide.


def test_rules_show_in_full_once_then_as_a_line_back_to_them(client, payment_guide, rules):
    content = html(client, payment_guide.url)
    assert content.count('class="callout callout--warning safety"') == 1
    assert RULES_BOX in step_html(content, 2)
    assert "Ai hỏi mã, hãy dập máy." in step_html(content, 2)
    for number in (4, 5):
        assert (
            '<p class="safety-reminder"><a href="#quy-tac-an-toan">Nhớ quy tắc chống lừa đảo ở bước 2.</a></p>'
            in step_html(content, number)
        )
    for number in (1, 3):
        assert "safety" not in step_html(content, number)


def test_a_guide_without_flagged_steps_never_reads_the_rules(client, guide, rules):
    with CaptureQueriesContext(connection) as queries:
        content = html(client, guide.url)
    assert rules_queries(queries) == 0
    assert "safety" not in content


def test_the_rules_cost_one_query(client, payment_guide, guide, rules, django_assert_max_num_queries):
    client.get(guide.url)
    client.get(payment_guide.url)
    with CaptureQueriesContext(connection) as plain:
        client.get(guide.url)
    with CaptureQueriesContext(connection) as flagged:
        client.get(payment_guide.url)
    assert rules_queries(flagged) == 1
    with django_assert_max_num_queries(len(plain) + 1):
        client.get(payment_guide.url)


def test_a_new_site_starts_with_the_scam_rules_written_once_in_code(db):
    """Migration 0012 writes them, so a deployment without demo content never shows a flagged step bare."""
    rules = SafetyRules.current()
    assert rules is not None
    assert [rule.value["heading"] for rule in rules.rules] == [rule["heading"] for rule in SAFETY_RULES]


def test_without_rules_a_flagged_step_shows_nothing_extra(client, payment_guide):
    SafetyRules.objects.all().delete()
    content = html(client, payment_guide.url)
    assert "safety" not in content


@pytest.mark.parametrize("route", ["ban-in/", "so-tay/"])
def test_print_view_and_booklet_carry_the_rules_once(client, payment_guide, rules, route):
    content = html(client, payment_guide.url + route)
    assert content.count('class="callout callout--warning safety"') == 1
    assert "Chỉ gọi số tổng đài chính thức" in content
    assert content.count("Nhớ quy tắc chống lừa đảo ở bước 2.") == 2


def test_platform_booklet_gives_each_guide_its_rules_and_reads_them_once(client, payment_guide, vneid, rules):
    second = GuidePageFactory(parent=vneid, slug="nhan-tien", steps=[step("Nhập mã OTP", safety=True)])
    with CaptureQueriesContext(connection) as queries:
        content = html(client, vneid.url + "so-tay/")
    assert f'id="quy-tac-an-toan-{payment_guide.pk}"' in content
    assert f'id="quy-tac-an-toan-{second.pk}"' in content
    assert f'href="#quy-tac-an-toan-{payment_guide.pk}"' in content
    assert rules_queries(queries) == 1


# In training.


@pytest.fixture
def safety_module(home_page, rules):
    index = TrainingIndexPageFactory(parent=home_page)
    safety_lesson = (
        "safety_rules",
        {**lesson("Quy tắc chống lừa đảo", body="<p>Nhớ thêm: cài khóa màn hình.</p>")[1]},
    )
    return TrainingModulePageFactory(parent=index, slug="an-toan", lessons=[lesson("Bài một"), safety_lesson])


def test_the_safety_lesson_shows_the_same_rules(client, safety_module, rules):
    content = html(client, safety_module.url + "bai/2/")
    assert "Chỉ cài ứng dụng từ CH Play, App Store" in content
    assert content.index("Ai hỏi mã, hãy dập máy.") < content.index("Nhớ thêm: cài khóa màn hình.")
    rules.rules = [("rule", {"heading": "Một quy tắc mới", "text": RichText("<p>Câu mới.</p>")})]
    rules.save()
    assert "Một quy tắc mới" in html(client, safety_module.url + "bai/2/")


def test_the_module_booklet_shows_the_rules(client, safety_module):
    assert "Ai hỏi mã, hãy dập máy." in html(client, safety_module.url + "so-tay/")


def test_the_demo_safety_module_takes_its_rules_from_the_snippet(home_page, rules):
    module = build_module(SAFETY_MODULE, {})
    kinds = [item.block_type for item in module.lessons]
    assert kinds.count("safety_rules") == 1
    written = " ".join(strip_tags(item.value["body"].source) for item in module.lessons) + " ".join(
        strip_tags(item["explanation"]) for item in SAFETY_MODULE["quiz"]
    )
    for copied in ("CH Play", "App Store", "113", "in trên thẻ", "Xóa tin nhắn", "xóa tin nhắn"):
        assert copied not in written
    assert "không xóa" in written  # the quiz agrees with the rules: keep the evidence
