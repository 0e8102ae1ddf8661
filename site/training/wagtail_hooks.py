from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from accounts.views import ACCOUNT_LINKS_HOOK
from teams.access import scope_for
from teams.growth import READY_MEMBERS_HOOK
from training.growth import ready_members_series

hooks.register(READY_MEMBERS_HOOK, ready_members_series)


@hooks.register(ACCOUNT_LINKS_HOOK)
def training_account_links(request):
    links = [
        {
            "url": reverse("training:my_learning"),
            "label": _("Học tập của tôi"),
            "description": _("Các học phần, tiến độ, chứng nhận và huy hiệu sẵn sàng đi hỗ trợ."),
        }
    ]
    if scope_for(request.user).coordinates_areas:
        links.append(
            {
                "url": reverse("training:area_progress"),
                "label": _("Tiến độ đào tạo"),
                "description": _("Tỷ lệ thành viên sẵn sàng đi hỗ trợ theo xã, phường và theo tổ."),
            }
        )
    return links
