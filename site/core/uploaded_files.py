"""What an uploaded file's content must start with, for every path that takes one (documents in content, a team's
signed founding decision in teams): a picture or a script renamed .pdf is refused whatever its name says. Also the
private storage for files that must never be served from the public /media/ address."""

import zipfile
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from core.upload_names import file_extension, refuse_nameless

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
FILE_SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": (ZIP_MAGIC,),
    "xlsx": (ZIP_MAGIC,),
    "odt": (ZIP_MAGIC,),
    "ods": (ZIP_MAGIC,),
    "doc": (OLE_MAGIC,),
    "xls": (OLE_MAGIC,),
}
# The entry every Office Open XML or OpenDocument package holds: any other zip renamed .docx is refused.
PACKAGE_ENTRIES = {"docx": "[Content_Types].xml", "xlsx": "[Content_Types].xml", "odt": "mimetype", "ods": "mimetype"}

EMPTY_FILE = _("Tệp rỗng (0 byte). Hãy chọn lại đúng tệp.")
FILE_TOO_LARGE = _("Tệp quá lớn (%(file_size)s). Chỉ nhận tệp đến %(max_filesize)s; hãy nén hoặc quét lại nhẹ hơn.")


def is_office_package(uploaded, extension):
    uploaded.seek(0)
    try:
        with zipfile.ZipFile(uploaded) as package:
            return PACKAGE_ENTRIES[extension] in package.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    finally:
        uploaded.seek(0)


def content_matches_extension(uploaded, extension):
    """Whether the file's first bytes (and, for an office package, its entries) are what its extension says."""
    uploaded.seek(0)
    head = uploaded.read(8)
    uploaded.seek(0)
    if not head.startswith(FILE_SIGNATURES[extension]):
        return False
    return extension not in PACKAGE_ENTRIES or is_office_package(uploaded, extension)


def check_uploaded_file(uploaded, *, extensions, example, wrong_extension, disguised, max_size=None):
    """Refuse a file without a name, of an extension not among `extensions`, empty, larger than `max_size` bytes,
    or whose content does not match its extension; each refusal is one Vietnamese message."""
    refuse_nameless(uploaded, example=example)
    extension = file_extension(uploaded.name)
    if extension not in extensions:
        raise ValidationError(wrong_extension, code="invalid_extension")
    if not uploaded.size:
        raise ValidationError(EMPTY_FILE, code="empty")
    if max_size is not None and uploaded.size > max_size:
        raise ValidationError(
            FILE_TOO_LARGE,
            code="file_too_large",
            params={"file_size": filesizeformat(uploaded.size), "max_filesize": filesizeformat(max_size)},
        )
    if not content_matches_extension(uploaded, extension):
        raise ValidationError(disguised, code="disguised_file")


def private_files_root():
    """Beside MEDIA_ROOT, never inside it: the web server serves everything under MEDIA_ROOT at /media/."""
    configured = getattr(settings, "PRIVATE_MEDIA_ROOT", None)
    return Path(configured) if configured else Path(f"{settings.MEDIA_ROOT}-private")


def private_storage():
    """Storage for files shown only through a view that asks the access policy (no public URL)."""
    return FileSystemStorage(location=private_files_root(), base_url=None)
