"""Backups the way a Wagtail site needs them: the database's own dump (pg_dump, or SQLite's backup API) plus the
media files, with a manifest of row counts and file checksums so that a restore can be checked, not trusted."""

import datetime
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from core.uploaded_files import private_files_root

MANIFEST = "manifest.json"
MEDIA_ARCHIVE = "media.tar.gz"
PRIVATE_ARCHIVE_FOLDER = "media-private"


def row_counts():
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }


def media_checksums(root):
    root = Path(root)
    if not root.exists():
        return {}
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and path.name != ".gitkeep"
    }


def postgres_arguments(database):
    arguments = ["--dbname", database["NAME"], "--no-owner"]
    if database.get("HOST"):
        arguments += ["--host", database["HOST"]]
    if database.get("PORT"):
        arguments += ["--port", str(database["PORT"])]
    if database.get("USER"):
        arguments += ["--username", database["USER"]]
    return arguments


def postgres_environment(database):
    return {**os.environ, **({"PGPASSWORD": database["PASSWORD"]} if database.get("PASSWORD") else {})}


def backup(destination):
    """Write the database dump, the media archive and the manifest into a new folder; return its path."""
    folder = Path(destination) / timezone.now().strftime("%Y%m%d-%H%M%S")
    folder.mkdir(parents=True)
    database = settings.DATABASES["default"]
    if connection.vendor == "postgresql":
        subprocess.run(
            ["pg_dump", "--format=custom", "--file", str(folder / "database.dump"), *postgres_arguments(database)],
            check=True,
            env=postgres_environment(database),
        )
        dump = "database.dump"
    else:
        connection.ensure_connection()
        with sqlite3.connect(folder / "database.sqlite3") as target:
            connection.connection.backup(target)
        dump = "database.sqlite3"
    with tarfile.open(folder / MEDIA_ARCHIVE, "w:gz") as archive:
        media = Path(settings.MEDIA_ROOT)
        if media.exists():
            archive.add(media, arcname="media")
        # Files served only through a view (signed founding decisions) live beside the media folder, not in it.
        if private_files_root().exists():
            archive.add(private_files_root(), arcname=PRIVATE_ARCHIVE_FOLDER)
    manifest = {
        "created": timezone.now().isoformat(),
        "engine": connection.vendor,
        "database": dump,
        "rows": row_counts(),
        "media": media_checksums(settings.MEDIA_ROOT),
        "private_media": media_checksums(private_files_root()),
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1))
    return folder


class BackupError(ValueError):
    """A backup that cannot be restored here, or a database it would silently overwrite; nothing was changed."""


class DatabaseNotEmpty(BackupError):
    def __init__(self, manifest, rows):
        self.rows = rows
        super().__init__(
            _(
                "Cơ sở dữ liệu đang có dữ liệu; khôi phục sẽ xóa và thay toàn bộ, nên chưa làm gì cả.\n%(rows)s\n"
                "Nếu chắc chắn muốn thay bằng bản sao lưu lúc %(created)s, chạy lại với --replace."
            )
            % {"rows": describe_rows(rows, manifest), "created": backup_time(manifest)}
        )


# Django writes these again after every migrate and flush: they describe the schema, not anyone's data.
SCHEMA_ROWS = {"contenttypes.ContentType", "auth.Permission"}


def read_manifest(folder):
    try:
        return json.loads((Path(folder) / MANIFEST).read_text())
    except FileNotFoundError as error:
        raise BackupError(
            _("Không thấy bản sao lưu ở %(folder)s (thiếu %(manifest)s).") % {"folder": folder, "manifest": MANIFEST}
        ) from error
    except ValueError as error:
        raise BackupError(_("Tệp %(manifest)s của bản sao lưu bị hỏng.") % {"manifest": MANIFEST}) from error


def backup_time(manifest):
    """When the backup was taken, in local time: 12/03/2026 14:05."""
    created = timezone.localtime(datetime.datetime.fromisoformat(manifest["created"]))
    return date_format(created, "d/m/Y H:i")


def rows_in_place():
    """{model label: rows} of the data the database holds now. Tables not created yet and the rows Django writes
    after every migrate (content types, permissions) do not count, so an empty database holds nothing; one that has
    only been migrated does hold rows (the home page, groups, indicators...) and needs `replace`."""
    tables = set(connection.introspection.table_names())
    counts = {}
    for model in apps.get_models():
        meta = model._meta
        if not meta.managed or meta.proxy or meta.label in SCHEMA_ROWS or meta.db_table not in tables:
            continue
        count = model._default_manager.count()
        if count:
            counts[meta.label] = count
    return counts


def describe_rows(rows, manifest):
    """One line per table: its rows now and in the backup, marked where they differ (what would be lost)."""
    lines = []
    for label, count in sorted(rows.items()):
        in_backup = manifest["rows"].get(label, 0)
        line = _("  %(table)s: %(count)s dòng, bản sao lưu có %(backup)s") % {
            "table": apps.get_model(label)._meta.db_table,
            "count": count,
            "backup": in_backup,
        }
        lines.append(line + (_("  ← khác") if count != in_backup else ""))
    return "\n".join(lines)


def restore(folder, media_root=None, replace=False, confirm=None):
    """Load a backup into the configured database and media folder, then check it against the manifest.
    A database holding data is refused (DatabaseNotEmpty) unless `replace`; then `confirm` is first shown what will
    be replaced and may stop the restore by answering False. Media files the backup does not have are kept.
    Returns (differences from the backup, media files the backup does not have); no differences means the restore
    matches the backup exactly."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    database = settings.DATABASES["default"]
    if manifest["engine"] != connection.vendor:
        raise BackupError(
            _("Bản sao lưu của %(engine)s, không khôi phục vào %(vendor)s được.")
            % {"engine": manifest["engine"], "vendor": connection.vendor}
        )
    rows = rows_in_place()
    if rows and not replace:
        raise DatabaseNotEmpty(manifest, rows)
    if rows and confirm:
        replacing = _("Thay dữ liệu đang có bằng bản sao lưu lúc %(created)s:\n%(rows)s") % {
            "created": backup_time(manifest),
            "rows": describe_rows(rows, manifest),
        }
        if not confirm(replacing):
            raise BackupError(_("Đã dừng; cơ sở dữ liệu và thư mục media vẫn như cũ."))
    if connection.vendor == "postgresql":
        connection.close()
        subprocess.run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--exit-on-error",
                *postgres_arguments(database),
                str(folder / manifest["database"]),
            ],
            check=True,
            env=postgres_environment(database),
        )
    else:
        connection.ensure_connection()
        with sqlite3.connect(folder / manifest["database"]) as source:
            source.backup(connection.connection)
    media_root = Path(media_root or settings.MEDIA_ROOT)
    with tarfile.open(folder / MEDIA_ARCHIVE, "r:gz") as archive:
        staging = media_root.parent / f".restore-{folder.name}"
        archive.extractall(staging, filter="data")
    if (staging / "media").exists():
        shutil.copytree(staging / "media", media_root, dirs_exist_ok=True)
    if (staging / PRIVATE_ARCHIVE_FOLDER).exists():
        shutil.copytree(staging / PRIVATE_ARCHIVE_FOLDER, private_files_root(), dirs_exist_ok=True)
    shutil.rmtree(staging, ignore_errors=True)
    return differences(manifest, media_root), media_not_in_backup(manifest, media_root)


def media_not_in_backup(manifest, media_root):
    """Files in the media folder that the backup does not have: kept, and listed so that someone decides."""
    return sorted(set(media_checksums(media_root)) - set(manifest["media"]))


def differences(manifest, media_root):
    found = []
    counts = row_counts()
    for label, expected in manifest["rows"].items():
        if counts.get(label) != expected:
            found.append(
                _("%(label)s: %(count)s dòng, bản sao lưu có %(expected)s")
                % {"label": label, "count": counts.get(label), "expected": expected}
            )
    checksums = media_checksums(media_root)
    for name, digest in manifest["media"].items():
        if checksums.get(name) != digest:
            found.append(_("tệp %(name)s không khớp") % {"name": name})
    private = media_checksums(private_files_root())
    for name, digest in manifest.get("private_media", {}).items():  # backups made before private files had none
        if private.get(name) != digest:
            found.append(_("tệp %(name)s không khớp") % {"name": f"{PRIVATE_ARCHIVE_FOLDER}/{name}"})
    return found
