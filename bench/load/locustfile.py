"""Deadline day: citizens reading guides while team leaders sign in and submit their period reports.

Run by bench/load/run.py (`make load`), which prepares the data and writes LOAD_PLAN: the guides to read and the
leaders who sign in. Each leader user submits one team's report, then signs in as the next leader."""

import json
import os
import random
from html.parser import HTMLParser

from locust import HttpUser, between, task

PLAN = json.loads(open(os.environ["LOAD_PLAN"], encoding="utf-8").read())
LEADERS = PLAN["leaders"]
SEARCHES = ["vneid", "dich vu cong", "bảo hiểm", "thanh toán", "gian hàng", "định danh mức 2"]


class FormFields(HTMLParser):
    """The report form's inputs, as a browser would send them."""

    def __init__(self):
        super().__init__()
        self.values = {}

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        name = attributes.get("name")
        if not name or tag not in ("input", "textarea", "select") or attributes.get("type") == "submit":
            return
        if attributes.get("type") == "checkbox" and "checked" not in attributes:
            return
        self.values[name] = attributes.get("value") or ""


def form_fields(html):
    parser = FormFields()
    parser.feed(html)
    return parser.values


class Citizen(HttpUser):
    weight = 3
    wait_time = between(1, 3)

    @task(5)
    def read_a_guide(self):
        self.client.get(random.choice(PLAN["guides"]), name="hướng dẫn")

    @task(2)
    def home(self):
        self.client.get("/", name="trang chủ")

    @task(2)
    def search(self):
        self.client.get("/tim-kiem/", params={"q": random.choice(SEARCHES)}, name="tìm kiếm")

    @task(1)
    def guide_list(self):
        self.client.get("/huong-dan/", name="danh sách hướng dẫn")


class TeamLeader(HttpUser):
    weight = 1
    wait_time = between(1, 3)

    def on_start(self):
        self.leader = None

    def sign_in_as_the_next_leader(self):
        if not LEADERS:
            return False
        self.client.cookies.clear()
        self.leader = LEADERS.pop()
        page = self.client.get("/dang-nhap/", name="trang đăng nhập")
        if page.status_code != 200:
            LEADERS.append(self.leader)  # the database is back in a moment: this leader tries again later
            self.leader = None
            return False
        fields = form_fields(page.text)
        fields.update(username=self.leader["login"], password=PLAN["password"])
        with self.client.post(
            "/dang-nhap/", fields, name="đăng nhập", allow_redirects=False, catch_response=True
        ) as answer:
            if answer.status_code != 302:
                answer.failure(f"đăng nhập: {answer.status_code}")
                LEADERS.append(self.leader)
                self.leader = None
                return False
        return True

    @task
    def submit_the_report(self):
        if self.leader is None and not self.sign_in_as_the_next_leader():
            return
        url = f"/to/{self.leader['team']}/bao-cao/"
        page = self.client.get(url, name="báo cáo của tổ")
        if page.status_code != 200:
            return  # the database is back in a moment: the leader opens the page again
        fields = form_fields(page.text)
        if 'name="nop"' not in page.text or "csrfmiddlewaretoken" not in fields:
            self.leader = None  # already submitted (a retry after a lost answer): on to the next leader
            return
        fields.update(nop="1", proposals="Xin thêm 20 điện thoại cũ để người dân mượn khi làm thủ tục.")
        with self.client.post(
            page.url, fields, name="nộp báo cáo", allow_redirects=False, catch_response=True
        ) as answer:
            if answer.status_code == 302:
                self.leader = None
            else:
                answer.failure(f"nộp báo cáo: {answer.status_code}")
