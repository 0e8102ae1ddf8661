"""A person's rights under the Personal Data Protection Law (91/2025/QH15): see what the site keeps about them,
take it away as a file, and have it erased. Erasure anonymises: the help they gave and the figures it fed stay,
with no name or phone attached."""

import json

from django.apps import apps
from django.db import transaction
from django.utils import timezone

from accounts.erasure_traces import scrub_traces, traces_of
from accounts.lockout import forget_sign_in_records
from accounts.phone import format_phone
from core.page_cache import retire_cached_pages

ERASED_NAME = "(đã xóa theo yêu cầu)"


def personal_data(user):
    """Everything the site keeps about this person, in plain words and their own terms."""
    Member = apps.get_model("teams", "Member")
    Completion = apps.get_model("training", "Completion")
    SupportLog = apps.get_model("reporting", "SupportLog")
    memberships = Member.objects.filter(user=user).select_related("team")
    return {
        "tài khoản": {
            "họ và tên": user.get_full_name(),
            "số điện thoại": format_phone(user.phone),
            "thư điện tử": user.email,
            "mã Zalo nhận thông báo": user.zalo_user_id,
            "tạo lúc": user.date_joined.isoformat(),
            "đăng nhập gần nhất": user.last_login.isoformat() if user.last_login else None,
        },
        "thành viên tổ": [
            {
                "tổ": member.team.name,
                "họ và tên": member.full_name,
                "số điện thoại": format_phone(member.phone),
                "tổ chức": member.get_affiliation_display(),
                "vai trò": member.get_role_display(),
                "ngày tham gia": member.joined_on.isoformat(),
                "ngày rời tổ": member.left_on.isoformat() if member.left_on else None,
                "thời điểm đồng ý xử lý dữ liệu": member.consented_at.isoformat() if member.consented_at else None,
                "mục đích đã đồng ý": member.consent_purpose,
            }
            for member in memberships
        ],
        "học phần đã hoàn thành": [
            {"học phần": item.module_title, "ngày": item.completed_at.isoformat(), "điểm": item.score}
            for item in Completion.objects.filter(user=user)
        ],
        "lượt hỗ trợ đã ghi": SupportLog.objects.filter(volunteer=user).count(),
        "thông báo đã nhận": [
            {"tiêu đề": item.title, "lúc": item.created_at.isoformat()} for item in user.notifications.all()
        ],
    }


def personal_data_json(user):
    return json.dumps(personal_data(user), ensure_ascii=False, indent=2)


@transaction.atomic
def erase(user):
    """Remove name, phone, e-mail and password; keep anonymous records so that reported figures do not change.
    Wagtail's copies of the person (history, revisions, search index, their phone in pages) are scrubbed once this
    has committed, so that the scan holds no lock on the erasure; cached pages, which could show the person, are
    retired then too (after the commit, so that no request caches the page as it was in between)."""
    forget_sign_in_records(user)  # first: it finds the records by the identifiers erased below
    traces = traces_of(user)  # before the records lose what identifies them
    Member = apps.get_model("teams", "Member")
    members = list(Member.objects.filter(user=user))
    for member in members:
        member.full_name = ERASED_NAME
        member.phone = f"xoa-{member.pk}"
        member.left_on = member.left_on or timezone.localdate()
        member.user = None
        member.save()
    user.first_name = user.last_name = user.email = user.zalo_user_id = ""
    user.notifications.all().delete()
    user.phone = None
    user.username = f"da-xoa-{user.pk}"
    user.is_active = False
    user.set_unusable_password()
    user.save()

    def scrub_copies():
        scrub_traces(traces, ERASED_NAME)

    # robust: the erasure stands even if the scrub fails; Django logs the failure.
    transaction.on_commit(scrub_copies, robust=True)
    transaction.on_commit(retire_cached_pages, robust=True)
