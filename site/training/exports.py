"""The list of completed modules that a national training platform (Bình dân học vụ số) takes in: one row per
volunteer and module, with official area codes and the certificate's verification code. It names people, so
only roles whose scope covers them get it, and every download is logged."""

from dataclasses import astuple, dataclass

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from teams.models import Member
from training.models import Completion

COMPLETION_COLUMNS = [
    _("Mã tỉnh"),
    _("Tỉnh, thành phố"),
    _("Mã xã"),
    _("Xã, phường, đặc khu"),
    _("Tổ công nghệ số"),
    _("Họ và tên"),
    _("Số điện thoại"),
    _("Học phần"),
    _("Trụ cột"),
    _("Ngày hoàn thành"),
    _("Điểm (%)"),
    _("Mã xác minh chứng nhận"),
    _("Địa chỉ xác minh"),
]


@dataclass
class CompletionRecord:
    province_code: str
    province_name: str
    commune_code: str
    commune_name: str
    team: str
    full_name: str
    phone: str
    module: str
    pillar: str
    completed_on: str
    score: int
    verification_code: str
    verification_url: str


def completion_records(teams, request, since=None, until=None):
    """Completions of the current members of the teams still active (as the counts), oldest first, in two queries."""
    current = Member.objects.current().filter(team__in=teams.active(), user__isnull=False)
    members = {}
    for member in current.select_related("team__commune", "team__province").order_by("team__name", "full_name", "pk"):
        members.setdefault(member.user_id, member)
    completions = Completion.objects.filter(user_id__in=current.values("user_id")).select_related("module__pillar")
    if since:
        completions = completions.filter(completed_at__date__gte=since)
    if until:
        completions = completions.filter(completed_at__date__lte=until)
    records = []
    for completion in completions.order_by("completed_at", "pk"):
        member = members.get(completion.user_id)
        if member is None:  # joined a team between the two queries
            continue
        team = member.team
        pillar = completion.module.pillar if completion.module and completion.module.pillar_id else None
        records.append(
            CompletionRecord(
                province_code=team.province.code or "",
                province_name=team.province.name,
                commune_code=team.commune.code or "",
                commune_name=team.commune.name,
                team=team.name,
                full_name=member.full_name,
                phone=member.phone,
                module=completion.module_title,
                pillar=pillar.name if pillar else "",
                completed_on=timezone.localdate(completion.completed_at).isoformat(),
                score=completion.score,
                verification_code=completion.verification_code,
                verification_url=request.build_absolute_uri(
                    reverse("training:verify_code", args=[completion.verification_code])
                ),
            )
        )
    return records


def completion_table(records):
    return [list(astuple(record)) for record in records]
