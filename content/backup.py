"""Backups the way a Wagtail site needs them: the database's own dump (pg_dump, or SQLite's backup API) plus the
media files, with a manifest of row counts and file checksums so that a restore can be checked, not trusted."""

import hashlib
import json
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.utils import timezone

MANIFEST = "manifest.json"
MEDIA_ARCHIVE = "media.tar.gz"


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
    import os

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
    manifest = {
        "created": timezone.now().isoformat(),
        "engine": connection.vendor,
        "database": dump,
        "rows": row_counts(),
        "media": media_checksums(settings.MEDIA_ROOT),
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1))
    return folder


def restore(folder, media_root=None):
    """Load a backup into the (empty) configured database and media folder, then check it against the manifest.
    Returns a list of differences; empty means the restore matches the backup exactly."""
    folder = Path(folder)
    manifest = json.loads((folder / MANIFEST).read_text())
    database = settings.DATABASES["default"]
    if manifest["engine"] != connection.vendor:
        raise ValueError(f"Bản sao lưu của {manifest['engine']}, không khôi phục vào {connection.vendor} được.")
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
    shutil.rmtree(staging, ignore_errors=True)
    return differences(manifest, media_root)


def differences(manifest, media_root):
    found = []
    counts = row_counts()
    for label, expected in manifest["rows"].items():
        if counts.get(label) != expected:
            found.append(f"{label}: {counts.get(label)} dòng, bản sao lưu có {expected}")
    checksums = media_checksums(media_root)
    for name, digest in manifest["media"].items():
        if checksums.get(name) != digest:
            found.append(f"tệp {name} không khớp")
    return found
