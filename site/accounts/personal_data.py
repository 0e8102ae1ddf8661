"""A person's rights under the Personal Data Protection Law (91/2025/QH15): see what the site keeps about them,
take it away as a file, and have it erased. Erasure anonymises: the help they gave and the figures it fed stay,
with no name or phone attached."""

import json

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.erasure_traces import scrub_traces, traces_of
from accounts.lockout import forget_sign_in_records
from accounts.phone import format_phone
from core.page_cache import retire_cached_pages

ERASED_NAME = gettext_lazy("(đã xóa theo yêu cầu)")


def personal_data(user):
    """Everything the site keeps about this person, in plain words and their own terms."""
    Member = apps.get_model("teams", "Member")
    Completion = apps.get_model("training", "Completion")
    SupportLog = apps.get_model("reporting", "SupportLog")
    memberships = Member.objects.filter(user=user).select_related("team")
    return {
        _("tài khoản"): {
            _("họ và tên"): user.get_full_name(),
            _("số điện thoại"): format_phone(user.phone),
            _("thư điện tử"): user.email,
            _("mã Zalo nhận thông báo"): user.zalo_user_id,
            _("tạo lúc"): user.date_joined.isoformat(),
            _("đăng nhập gần nhất"): user.last_login.isoformat() if user.last_login else None,
        },
        _("thành viên tổ"): [
            {
                _("tổ"): member.team.name,
                _("họ và tên"): member.full_name,
                _("số điện thoại"): format_phone(member.phone),
                _("tổ chức"): member.get_affiliation_display(),
                _("vai trò"): member.get_role_display(),
                _("ngày tham gia"): member.joined_on.isoformat(),
                _("ngày rời tổ"): member.left_on.isoformat() if member.left_on else None,
                _("thời điểm đồng ý xử lý dữ liệu"): member.consented_at.isoformat() if member.consented_at else None,
                _("mục đích đã đồng ý"): member.consent_purpose,
            }
            for member in memberships
        ],
        _("học phần đã hoàn thành"): [
            {_("học phần"): item.module_title, _("ngày"): item.completed_at.isoformat(), _("điểm"): item.score}
            for item in Completion.objects.filter(user=user)
        ],
        _("lượt hỗ trợ đã ghi"): SupportLog.objects.filter(volunteer=user).count(),
        _("thông báo đã nhận"): [
            {_("tiêu đề"): item.title, _("lúc"): item.created_at.isoformat()} for item in user.notifications.all()
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
    erased_name = str(ERASED_NAME)  # in the language of the request that erased, as stored text
    for member in members:
        member.full_name = erased_name
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
        scrub_traces(traces, erased_name)

    # robust: the erasure stands even if the scrub fails; Django logs the failure.
    transaction.on_commit(scrub_copies, robust=True)
    transaction.on_commit(retire_cached_pages, robust=True)
