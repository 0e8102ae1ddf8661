from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from reporting.area_figures import rebuild


class Command(BaseCommand):
    help = "Recounts the figures kept per commune and period (coverage, roll-ups) from the rows they sum."

    def handle(self, *args, **options):
        communes, _members, periods, values, team_days, member_days = rebuild()
        self.stdout.write(
            _(
                "Đã đếm lại: %(communes)d xã, phường; %(periods)d dòng kết quả kỳ; %(values)d tổng chỉ tiêu; "
                "%(days)d dòng tăng trưởng."
            )
            % {"communes": communes, "periods": periods, "values": values, "days": team_days + member_days}
        )
