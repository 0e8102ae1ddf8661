from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from content.backup import media_checksums, row_counts
from content.factories import ImageFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_backup_restores_into_an_empty_database_with_the_same_rows_and_files(guide, tmp_path, capsys):
    ImageFactory(title="Ảnh sao lưu")
    rows_before, files_before = row_counts(), media_checksums(settings.MEDIA_ROOT)
    assert files_before

    call_command("backup", "--output", str(tmp_path))
    folder = next(tmp_path.iterdir())
    assert {path.name for path in folder.iterdir()} >= {"manifest.json", "media.tar.gz"}

    call_command("flush", interactive=False, verbosity=0)
    for name in files_before:
        (Path(settings.MEDIA_ROOT) / name).unlink()
    assert row_counts() != rows_before

    call_command("restore", str(folder))
    assert "số dòng và tệp khớp" in capsys.readouterr().out
    assert row_counts() == rows_before
    assert media_checksums(settings.MEDIA_ROOT) == files_before


def test_a_damaged_backup_is_reported(tmp_path):
    from django.core.management import CommandError

    with pytest.raises(CommandError):
        call_command("restore", str(tmp_path / "khong-co"))
