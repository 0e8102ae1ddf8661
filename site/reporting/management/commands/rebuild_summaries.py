from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from reporting.area_figures import rebuild


class Command(BaseCommand):
    help = "Recounts the figures kept per commune and period (coverage, roll-ups) from the rows they sum."

    def handle(self, *args, **options):
        communes, periods = rebuild()
        self.stdout.write(
            _("Đã đếm lại số liệu của %(communes)d xã, phường và %(periods)d dòng kết quả theo kỳ.")
            % {"communes": communes, "periods": periods}
        )
