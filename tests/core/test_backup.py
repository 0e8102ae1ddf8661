import datetime
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from content.factories import ImageFactory, PillarFactory
from content.models import Pillar
from core.backup import media_checksums, row_counts
from core.management.commands.restore import Command as RestoreCommand
from core.uploaded_files import private_files_root

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


def test_files_kept_outside_media_are_backed_up_and_restored(db, tmp_path, capsys):
    """Signed founding decisions are served only through a view, from a folder beside the media: a backup without
    them would lose every team's decision."""
    private = private_files_root()
    decision = private / "quyet-dinh-thanh-lap-to" / "qd-125.pdf"
    decision.parent.mkdir(parents=True, exist_ok=True)
    decision.write_bytes(b"%PDF-1.4 quyet dinh 125/QD-UBND")
    before = media_checksums(private)

    call_command("backup", "--output", str(tmp_path))
    folder = next(tmp_path.iterdir())
    assert json.loads((folder / "manifest.json").read_text())["private_media"] == before
    decision.unlink()
    call_command("flush", interactive=False, verbosity=0)

    call_command("restore", str(folder))
    assert "số dòng và tệp khớp" in capsys.readouterr().out
    assert media_checksums(private) == before


def test_a_missing_backup_is_reported_in_vietnamese(tmp_path):
    with pytest.raises(CommandError, match="Không thấy bản sao lưu"):
        call_command("restore", str(tmp_path / "khong-co"))


@pytest.fixture
def backup_then_newer_work(guide, tmp_path):
    """A backup, then work done after it: a new pillar and a new image (row and file)."""
    ImageFactory(title="Ảnh trong bản sao lưu")
    rows, files = row_counts(), media_checksums(settings.MEDIA_ROOT)
    call_command("backup", "--output", str(tmp_path))
    folder = next(tmp_path.iterdir())
    PillarFactory(name="Trụ cột thêm sau khi sao lưu", slug="them-sau")
    ImageFactory(title="Ảnh thêm sau khi sao lưu")
    return folder, rows, files


def test_restore_refuses_a_database_that_holds_data_and_changes_nothing(backup_then_newer_work, capsys):
    folder, rows_at_backup, _files = backup_then_newer_work
    rows_now, files_now = row_counts(), media_checksums(settings.MEDIA_ROOT)

    with pytest.raises(SystemExit) as exit_status:
        RestoreCommand().run_from_argv(["manage.py", "restore", str(folder)])

    assert exit_status.value.code != 0
    refusal = capsys.readouterr().err
    assert "Cơ sở dữ liệu đang có dữ liệu" in refusal and "--replace" in refusal
    pillars_now, pillars_then = rows_now["content.Pillar"], rows_at_backup["content.Pillar"]
    assert f"content_pillar: {pillars_now} dòng, bản sao lưu có {pillars_then}  ← khác" in refusal
    assert (row_counts(), media_checksums(settings.MEDIA_ROOT)) == (rows_now, files_now)
    assert Pillar.objects.filter(slug="them-sau").exists()


def test_replace_says_what_it_replaces_then_restores_the_backup_exactly(backup_then_newer_work, capsys):
    folder, rows_at_backup, files_at_backup = backup_then_newer_work
    pillars_now = Pillar.objects.count()
    created = datetime.datetime.fromisoformat(json.loads((folder / "manifest.json").read_text())["created"])

    call_command("restore", str(folder), "--replace", "--no-input")

    output = capsys.readouterr().out
    local_time = created.astimezone(ZoneInfo("Asia/Ho_Chi_Minh")).strftime("%d/%m/%Y %H:%M")
    assert f"Thay dữ liệu đang có bằng bản sao lưu lúc {local_time}:" in output
    expected_line = f"content_pillar: {pillars_now} dòng, bản sao lưu có {rows_at_backup['content.Pillar']}  ← khác"
    assert expected_line in output
    assert "số dòng và tệp khớp" in output
    assert row_counts() == rows_at_backup
    assert not Pillar.objects.filter(slug="them-sau").exists()
    assert {name: media_checksums(settings.MEDIA_ROOT)[name] for name in files_at_backup} == files_at_backup


@pytest.mark.parametrize(("answer", "replaced"), [("thay", True), ("", False), ("yes", False)])
def test_replace_asks_before_replacing_and_a_no_changes_nothing(backup_then_newer_work, monkeypatch, answer, replaced):
    folder, rows_at_backup, _files = backup_then_newer_work
    rows_now = row_counts()
    monkeypatch.setattr("builtins.input", lambda prompt: answer)

    if replaced:
        call_command("restore", str(folder), "--replace")
        assert row_counts() == rows_at_backup
    else:
        with pytest.raises(CommandError, match="Đã dừng"):
            call_command("restore", str(folder), "--replace")
        assert row_counts() == rows_now
        assert Pillar.objects.filter(slug="them-sau").exists()


def test_media_files_the_backup_does_not_have_are_listed_and_kept(backup_then_newer_work, capsys):
    folder, _rows, files_at_backup = backup_then_newer_work
    extra = sorted(set(media_checksums(settings.MEDIA_ROOT)) - set(files_at_backup))
    assert extra

    call_command("restore", str(folder), "--replace", "--no-input")

    output = capsys.readouterr().out
    assert f"có {len(extra)} tệp không nằm trong bản sao lưu" in output
    for name in extra:
        assert f"  {name}" in output
        assert (Path(settings.MEDIA_ROOT) / name).exists()
