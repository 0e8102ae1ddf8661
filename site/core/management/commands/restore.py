import subprocess

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from core.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restores a backup folder into the configured database and media folder, then checks it. A database that "
        "already holds data is refused unless --replace is given; files the backup does not have are listed."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="replace the data the database holds now (listed first, table by table, then asked to confirm)",
        )
        parser.add_argument(
            "--no-input",
            "--noinput",
            action="store_false",
            dest="interactive",
            help="with --replace, replace without asking (for scripts)",
        )

    def confirm(self, interactive):
        def show_and_ask(replacing):
            self.stdout.write(replacing)
            if not interactive:
                return True
            answer = input(_("Gõ “thay” để thay toàn bộ dữ liệu trên bằng bản sao lưu: "))
            return answer.strip().lower() == _("thay")

        return show_and_ask

    def handle(self, *args, folder, replace, interactive, **options):
        try:
            problems, extra_files = restore(folder, replace=replace, confirm=self.confirm(interactive))
        except (OSError, BackupError) as error:
            raise CommandError(str(error)) from error
        except subprocess.CalledProcessError as error:
            raise CommandError(
                _("pg_restore dừng với mã %(code)s; xem thông báo của nó ở trên.") % {"code": error.returncode}
            ) from error
        if extra_files:
            self.stdout.write(
                self.style.WARNING(
                    _(
                        "Thư mục media có %(count)s tệp không nằm trong bản sao lưu; "
                        "vẫn giữ nguyên, hãy xem và xóa nếu thừa:"
                    )
                    % {"count": len(extra_files)}
                )
            )
            self.stdout.write("\n".join(f"  {name}" for name in extra_files))
        if problems:
            raise CommandError(_("Khôi phục không khớp bản sao lưu:") + "\n" + "\n".join(problems))
        self.stdout.write(self.style.SUCCESS(_("Đã khôi phục; số dòng và tệp khớp bản sao lưu.")))
