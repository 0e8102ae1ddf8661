"""Announcements from coordinators to the teams in their scope: the form, read state, and the phone-friendly pages
at /thong-bao/. Who may post where, who reads what and who is notified: teams.access."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from accounts.notifications import notify_many
from core import form_tokens
from core.dates import AtMostDaysAhead, TodayRelativeLimits, not_in_past
from core.ids import parse_id
from core.pagination import page_of
from teams import access
from teams.models import ANNOUNCEMENT_DEADLINE_DAYS, Announcement, AnnouncementRead

ANNOUNCEMENTS_PER_PAGE = 20


def visible_announcements(user):
    """Announcements this person may read (teams.access), annotated with `is_read` for this person."""
    announcements = Announcement.objects.filter(access.announcement_filter(user))
    read = AnnouncementRead.objects.filter(announcement=OuterRef("pk"), user=user)
    return announcements.select_related("province", "author").annotate(is_read=Exists(read))


def unread_announcements(user):
    return visible_announcements(user).filter(is_read=False)


class AnnouncementForm(TodayRelativeLimits, forms.ModelForm):
    """Title, text, optional deadline and the communes; whole province only for those who coordinate it."""

    # A deadline typed is still ahead, and within a year; an old announcement's has passed and stays as it was.
    today_relative_limits = {"deadline": (not_in_past, AtMostDaysAhead(ANNOUNCEMENT_DEADLINE_DAYS))}

    whole_province = forms.BooleanField(label=gettext_lazy("Gửi toàn tỉnh"), required=False)
    deadline = forms.DateField(
        label=gettext_lazy("Hạn thực hiện"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=gettext_lazy("Nếu có: ngày các tổ cần làm xong việc được giao."),
    )

    class Meta:
        model = Announcement
        fields = ["title", "body", "deadline", "communes"]
        widgets = {
            "body": forms.Textarea(attrs={"rows": 6}),
            "communes": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, user, province, **kwargs):
        super().__init__(*args, **kwargs)
        self.user, self.province = user, province
        self.may_address_province = access.postable_provinces(user).filter(pk=province.pk).exists()
        self.fields["communes"].queryset = access.postable_communes(user, province)
        self.fields["communes"].label = _("Gửi đến xã, phường")
        self.fields["communes"].help_text = ""
        if not self.may_address_province:
            del self.fields["whole_province"]

    def clean(self):
        cleaned = super().clean()
        whole = cleaned.get("whole_province")
        communes = cleaned.get("communes")
        if whole and communes:
            self.add_error("communes", _("Đã chọn gửi toàn tỉnh: bỏ chọn các xã, hoặc bỏ ô gửi toàn tỉnh."))
        elif not whole and not communes and "communes" not in self.errors:
            self.add_error("communes", _("Hãy chọn ít nhất một xã, phường nhận thông báo."))
        return cleaned

    def save(self, commit=True):
        announcement = super().save(commit=False)
        announcement.author, announcement.province = self.user, self.province
        if commit:
            announcement.save()
            self.save_m2m()
        return announcement


def announce(announcement):
    """Puts the announcement in every recipient's inbox; e-mail and Zalo follow from `send_notifications`."""
    notify_many(
        list(access.announcement_recipients(announcement)),
        key=f"thong-bao:{announcement.pk}",
        title=_("Thông báo mới: %(title)s") % {"title": announcement.title},
        body=announcement.body[:500],
        url=reverse("teams:announcement", args=[announcement.pk]),
    )


@login_required
def announcement_list(request):
    announcements = visible_announcements(request.user)
    page = page_of(request, announcements, ANNOUNCEMENTS_PER_PAGE)
    return TemplateResponse(
        request,
        "teams/announcements.html",
        {"announcements": page, "can_post": access.may_post_announcement(request.user), "today": timezone.localdate()},
    )


@login_required
def announcement_detail(request, announcement_id):
    """Opening an announcement marks it read."""
    announcement = get_object_or_404(visible_announcements(request.user), pk=announcement_id)
    if not announcement.is_read:
        set_read(request.user, announcement, True)
    communes = list(announcement.communes.order_by("name").values_list("name", flat=True))
    return TemplateResponse(
        request,
        "teams/announcement.html",
        {"announcement": announcement, "communes": communes, "today": timezone.localdate()},
    )


@login_required
@require_POST
def announcement_mark(request, announcement_id):
    """Marks read (`da-doc=1`) or unread again (`da-doc=0`)."""
    announcement = get_object_or_404(visible_announcements(request.user), pk=announcement_id)
    read = request.POST.get("da-doc") != "0"
    set_read(request.user, announcement, read)
    messages.success(request, _("Đã đánh dấu đã đọc.") if read else _("Đã đánh dấu chưa đọc."))
    return redirect("teams:announcements")


def set_read(user, announcement, read):
    if not read:
        AnnouncementRead.objects.filter(user=user, announcement=announcement).delete()
        return
    try:
        with transaction.atomic():
            AnnouncementRead.objects.create(user=user, announcement=announcement)
    except IntegrityError:
        pass


@login_required
def announcement_new(request):
    """Step one picks the province when there is a choice (?tinh=...), step two writes the announcement."""
    if not access.may_post_announcement(request.user):
        raise PermissionDenied
    if repeat := form_tokens.repeat_of_spent_form(request):
        return repeat
    provinces = access.provinces_for_posting(request.user).order_by("name")
    chosen = request.POST.get("tinh") or request.GET.get("tinh")
    province = None
    if chosen:
        province_id = parse_id(chosen)
        if province_id is None:
            raise Http404
        province = get_object_or_404(provinces, pk=province_id)
    elif provinces.count() == 1:
        province = provinces.get()
    if province is None:
        return TemplateResponse(request, "teams/announcement_province.html", {"provinces": provinces})
    form = AnnouncementForm(request.POST or None, user=request.user, province=province)
    if request.method == "POST" and form.is_valid():

        def post():
            announcement = form.save()
            transaction.on_commit(lambda: announce(announcement))
            messages.success(request, _("Đã đăng thông báo; các tổ sẽ thấy ngay trên trang của mình."))
            return reverse("teams:announcement", args=[announcement.pk])

        # Once per form: a double tap must not post it, and notify every team, twice.
        return form_tokens.create_once(request, post)
    return TemplateResponse(request, "teams/announcement_form.html", {"form": form, "province": province})


def announcement_link(request):
    """For the account page: the announcements link with the unread count."""
    unread = unread_announcements(request.user).count()
    if not unread and not access.may_post_announcement(request.user) and not access.audience_areas(request.user)[0]:
        return []
    description = (
        _("%(count)s thông báo chưa đọc từ tỉnh, xã.") % {"count": unread}
        if unread
        else _("Thông báo từ tỉnh, xã: chiến dịch mới, thay đổi thủ tục, hạn báo cáo.")
    )
    return [{"url": reverse("teams:announcements"), "label": _("Thông báo"), "description": description}]
