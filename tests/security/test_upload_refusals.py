"""Every path that takes an uploaded file, with every kind of file we refuse: one message, in Vietnamese, the typed
values kept, nothing created, never a 500. The paths come from the URL conf and the models: a new one fails
`test_every_upload_path_is_swept` until it is added here."""

import inspect
import io
import random
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import URLPattern, URLResolver, get_resolver
from openpyxl import Workbook
from PIL import Image
from wagtail.documents.models import Document
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from content.factories import ImageFactory
from content.models import CustomImage
from teams.factories import CommuneFactory, MemberFactory, TeamFactory
from teams.models import Member, MemberRole, Team

pytestmark = [pytest.mark.django_db, pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")]

TYPED_TITLE = "Màn hình chào của VNeID, do tổ Xã An chụp"
TYPED_CREDIT = "Ảnh của tổ công nghệ số Xã An"
TYPED_FIRST_NAME = "Thị Minh Khai"


# Files, made here. ---------------------------------------------------------------------------------------------


def saved(image, image_format, **options):
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, **options)
    return buffer.getvalue()


def noise_image(size=(160, 120)):
    """Random pixels: they do not compress, so cutting the file cuts the picture."""
    return Image.frombytes("RGB", size, random.Random(16).randbytes(size[0] * size[1] * 3))


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def crafted_png(width, height, *, rows=None, extra_chunks=b""):
    """A black-and-white PNG written row by row, so a 30000 x 30000 picture costs a few hundred kilobytes and no
    memory here. With `rows`, the header claims more rows than the data holds."""
    compressor = zlib.compressobj(9)
    row = bytes(1 + (width + 7) // 8)
    data = b"".join(compressor.compress(row) for _ in range(height if rows is None else rows)) + compressor.flush()
    header = png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + header + extra_chunks + png_chunk(b"IDAT", data) + png_chunk(b"IEND", b"")


def text_bomb_png():
    """A small PNG with a compressed text chunk that unpacks to 20 MB."""
    bomb = b"Comment\x00\x00" + zlib.compress(bytes(20 * 1024 * 1024), 9)
    return crafted_png(8, 8, extra_chunks=png_chunk(b"zTXt", bomb))


def many_frames_gif(width, height, frames):
    """An animated GIF whose frames are one pixel each on a large screen: a few kilobytes, 200 million pixels."""
    screen = b"GIF89a" + struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    frame = b"\x2c" + struct.pack("<HHHHB", 0, 0, 1, 1, 0) + b"\x02\x02\x44\x01\x00"
    return screen + frame * frames + b"\x3b"


def heif_photo():
    from pillow_heif import HeifImagePlugin  # noqa: F401  registers HEIF with Pillow

    return saved(Image.new("RGB", (64, 64), "teal"), "HEIF")


def zipped(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in entries.items():
            package.writestr(name, data)
    return buffer.getvalue()


def workbook(rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


MINIMAL_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
HTML = b"<html><script>alert(1)</script></html>"
PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00" + bytes(200)
MEMBER_LIST = "Họ và tên,Số điện thoại\nNguyễn Văn An,0912 345 678\n".encode()

# name, content (a function, so nothing is built before a test needs it), and the message the person reads.
IMAGE_REFUSALS = {
    "30000 x 30000 PNG of a few hundred KB": ("ban-do.png", lambda: crafted_png(30000, 30000), "điểm ảnh"),
    "PNG whose header claims 65535 x 65535": ("anh.png", lambda: crafted_png(65535, 65535, rows=1), "điểm ảnh"),
    "132 million pixels: over our limit, under Pillow's own": (
        "anh.png",
        lambda: crafted_png(12000, 11000),
        "điểm ảnh",
    ),
    "truncated PNG": ("anh.png", lambda: saved(noise_image(), "PNG")[:20000], "Không đọc được ảnh"),
    "truncated JPEG": ("anh.jpg", lambda: saved(noise_image(), "JPEG", quality=95)[:9000], "Không đọc được ảnh"),
    "zip bomb in a PNG text chunk": ("anh.png", text_bomb_png, "Không đọc được ảnh"),
    "animated GIF of 200 frames on a 1000 x 1000 screen": (
        "hoat-hinh.gif",
        lambda: many_frames_gif(1000, 1000, 200),
        "điểm ảnh",
    ),
    "PNG named .jpg": ("anh.jpg", lambda: saved(Image.new("RGB", (8, 8)), "PNG"), "nội dung là ảnh png"),
    "HEIF photo from a phone": ("anh.heic", heif_photo, "Chỉ nhận ảnh"),
    "HEIF photo named .jpg": ("anh.jpg", heif_photo, "nội dung là ảnh heic"),
    "AVIF": ("anh.avif", lambda: saved(Image.new("RGB", (8, 8)), "AVIF"), "Chỉ nhận ảnh"),
    "BMP": ("anh.bmp", lambda: saved(Image.new("RGB", (8, 8)), "BMP"), "Chỉ nhận ảnh"),
    "SVG with a script": (
        "anh.svg",
        lambda: b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "Chỉ nhận ảnh",
    ),
    "web page named .png": ("anh.png", lambda: HTML, "nội dung là ảnh svg"),  # Willow reads markup as SVG
    "text named .png": ("anh.png", lambda: b"Xin chao, day khong phai anh.", "Không đọc được ảnh"),
}
DOCUMENT_REFUSALS = {
    "web page named .pdf": ("van-ban.pdf", lambda: HTML, "không phải PDF"),
    "picture named .pdf": ("van-ban.pdf", lambda: saved(Image.new("RGB", (8, 8)), "PNG"), "không phải PDF"),
    "PDF named .docx": ("van-ban.docx", lambda: MINIMAL_PDF, "không phải PDF"),
    "zip of other files named .docx": ("van-ban.docx", lambda: zipped({"a.txt": b"x"}), "không phải PDF"),
    "program": ("cai-dat.exe", lambda: PROGRAM, "Chỉ nhận tệp PDF"),
}
DECISION_REFUSALS = {
    "web page named .pdf": ("quyet-dinh.pdf", lambda: HTML, "không phải PDF"),
    "picture named .pdf": ("quyet-dinh.pdf", lambda: saved(Image.new("RGB", (8, 8)), "PNG"), "không phải PDF"),
    "Word file named .pdf": ("quyet-dinh.pdf", lambda: zipped({"[Content_Types].xml": b"<Types/>"}), "không phải PDF"),
    "program": ("cai-dat.exe", lambda: PROGRAM, "Chỉ nhận tệp PDF"),
}
MEMBER_LIST_REFUSALS = {
    "web page named .xlsx": ("danh-sach.xlsx", lambda: HTML, "Không đọc được tệp Excel"),
    "picture named .csv": ("danh-sach.csv", lambda: saved(Image.new("RGB", (8, 8)), "PNG"), "không phải bảng tính"),
    "zip bomb named .xlsx": (
        "danh-sach.xlsx",
        lambda: zipped({"xl/sharedStrings.xml": bytes(60 * 1024 * 1024)}),
        "khi mở ra lớn quá",
    ),
    "program": ("cai-dat.exe", lambda: PROGRAM, "không phải bảng tính"),
}


@dataclass(frozen=True)
class Accepts:
    """What a path takes: a good file of its kind, its refusals, and how to make its size limit small."""

    good_name: str
    good_content: object
    refusals: dict
    limit_setting: tuple  # (settings name or "module:attribute", a small limit)
    messages: dict = field(default_factory=dict)


IMAGES = Accepts(
    "anh.png",
    lambda: saved(Image.new("RGB", (8, 8), "navy"), "PNG"),
    IMAGE_REFUSALS,
    ("WAGTAILIMAGES_MAX_UPLOAD_SIZE", 60),
    {"empty": "Tệp ảnh rỗng", "extension": "Chỉ nhận ảnh", "too large": "Tệp ảnh quá lớn"},
)
DOCUMENTS = Accepts(
    "van-ban.pdf",
    lambda: MINIMAL_PDF,
    DOCUMENT_REFUSALS,
    ("WAGTAILDOCS_MAX_UPLOAD_SIZE", 40),
    {"empty": "Tệp rỗng", "extension": "Chỉ nhận tệp PDF", "too large": "Tệp quá lớn"},
)
DECISIONS = Accepts(
    "quyet-dinh.pdf",
    lambda: MINIMAL_PDF,
    DECISION_REFUSALS,
    ("teams.registry:DECISION_MAX_SIZE", 40),
    {"empty": "Tệp rỗng", "extension": "Chỉ nhận tệp PDF", "too large": "Tệp quá lớn"},
)
AVATARS = Accepts(
    "chan-dung.png",
    lambda: saved(Image.new("RGB", (8, 8), "navy"), "PNG"),
    IMAGE_REFUSALS,
    ("wagtail.admin.forms.account.AvatarPreferencesForm.base_fields.avatar", 60),
    IMAGES.messages,
)
MEMBER_LISTS = Accepts(
    "danh-sach.csv",
    lambda: MEMBER_LIST,
    MEMBER_LIST_REFUSALS,
    ("teams.importing:MAX_FILE_BYTES", 40),
    {"empty": "Tệp trống", "extension": "không phải bảng tính", "too large": "Tệp lớn quá"},
)


NAMELESS = "chưa có tên"


def refusals_of(accepts):
    """The path's own refusals and those every path has: empty, no or a double extension, a NUL in the name (which
    Django's parser drops, leaving the double extension), over the size limit, and the names Django's extension
    check (Path(name).suffix) reads otherwise than a split at the last dot: ".pdf" has no extension at all, "..pdf"
    and " .pdf" have one and nothing else. Each is good content under a bad name."""
    good, content = accepts.good_name, accepts.good_content
    stem, extension = good.rsplit(".", 1)
    wrong_extension = accepts.messages["extension"]
    common = {
        "empty file": (good, lambda: b"", accepts.messages["empty"]),
        "no extension": (stem, content, wrong_extension),
        "double extension": (f"{good}.exe", content, wrong_extension),
        "NUL in the name": (f"{stem}.{extension}\x00.exe", content, wrong_extension),
        "over the size limit": (good, lambda: content() + bytes(200), accepts.messages["too large"]),
        "name that is only the extension": (f".{extension}", content, NAMELESS),
        "name of two dots and the extension": (f"..{extension}", content, NAMELESS),
        "name of a space and the extension": (f" .{extension}", content, NAMELESS),
        "name of dots only": ("...", content, NAMELESS),
        "name of spaces only": ("   ", content, NAMELESS),
        "the extension without its dot": (extension, content, wrong_extension),
        "a name ending in a dot": ("a.", content, wrong_extension),
        "the extension followed by a dot": (f"a.{extension}.", content, wrong_extension),
    }
    return {**accepts.refusals, **common}


# Upload paths. ---------------------------------------------------------------------------------------------------


class TextOf(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def text_of(html):
    parser = TextOf()
    parser.feed(html)
    return " ".join("".join(parser.parts).split())


def error_messages_in(html):
    """The field errors of a Wagtail admin form, or of one of our site forms."""
    found = re.findall(r'class="(?:error-message|field-error)"[^>]*>(.*?)</p>', html, re.S)
    return [" ".join(message.split()) for message in found]


def decision_fields(area):
    """A team's registration as typed, but for its file; the issuer is the text the form must give back."""
    return {
        "area": area,
        "name": "",
        "decision_number": "15/QĐ-UBND",
        "decision_date": "2026-03-02",
        "decision_issuer": TYPED_TITLE,
        "founded_on": "",
        "status": "active",
        "zalo_group_url": "",
        "contact_phone": "",
    }


@dataclass(frozen=True)
class UploadPath:
    url_name: str
    url: str
    accepts: Accepts
    reply: str  # "page": the form again; "json": the multiple uploader; "modal": a chooser's form in JSON
    prefix: str = ""

    def data(self, upload, objects):
        if self.reply == "json":
            return {"files[]": upload, "collection": objects["collection"]}
        if self.accepts is MEMBER_LISTS:
            return {"file": upload}
        if self.accepts is DECISIONS:
            area = objects["team_area"] if "/edit/" in self.url else objects["free_area"]
            return {**decision_fields(area), "decision_file": upload}
        if self.accepts is AVATARS:
            return {**ACCOUNT_SETTINGS, "name_email-first_name": TYPED_FIRST_NAME, "avatar-avatar": upload}
        typed = {"title": TYPED_TITLE, "file": upload, "collection": objects["collection"]}
        if self.accepts is IMAGES:
            typed["credit"] = TYPED_CREDIT
        return {f"{self.prefix}{key}": value for key, value in typed.items()}

    def post(self, client, objects, upload):
        return client.post(self.url.format(**objects), self.data(upload, objects))

    def html(self, response):
        return response.json()["htmlFragment"] if self.reply == "modal" else response.content.decode()

    def errors(self, response):
        if self.reply == "json":
            body = response.json()
            assert body["success"] is False
            return body["error_message"].split("\n")
        return error_messages_in(self.html(response))

    def banners(self, response):
        """The messages at the top of an admin page ("could not be saved due to errors")."""
        if self.reply != "page":
            return []
        shown = response.content.decode().split('data-w-messages-target="container">', 1)[-1].split("</ul>", 1)[0]
        return [text_of(message) for message in re.findall(r'<li class="(?:error|warning)">(.*?)</li>', shown, re.S)]

    def keeps_typed_values(self, response):
        """The uploader keeps what was typed in the browser; the member list form has nothing else to type."""
        if self.reply == "json" or self.accepts is MEMBER_LISTS:
            return True
        html = self.html(response)
        if self.accepts is AVATARS:
            return TYPED_FIRST_NAME in html
        if self.accepts is DECISIONS:
            return TYPED_TITLE in html
        return TYPED_TITLE in html and (self.accepts is not IMAGES or TYPED_CREDIT in html)


UPLOAD_PATHS = [
    UploadPath("wagtailimages:add", "/admin/images/add/", IMAGES, "page"),
    UploadPath("wagtailimages:edit", "/admin/images/{image}/", IMAGES, "page"),
    UploadPath("wagtailimages:add_multiple", "/admin/images/multiple/add/", IMAGES, "json"),
    UploadPath(
        "wagtailimages_chooser:create", "/admin/images/chooser/create/", IMAGES, "modal", "image-chooser-upload-"
    ),
    UploadPath("wagtaildocs:add", "/admin/documents/add/", DOCUMENTS, "page"),
    UploadPath("wagtaildocs:edit", "/admin/documents/edit/{document}/", DOCUMENTS, "page"),
    UploadPath("wagtaildocs:add_multiple", "/admin/documents/multiple/add/", DOCUMENTS, "json"),
    # The upload tab of the document chooser: how an editor gives a policy document page its file.
    UploadPath(
        "wagtaildocs_chooser:create", "/admin/documents/chooser/create/", DOCUMENTS, "modal", "document-chooser-upload-"
    ),
    UploadPath("teams:member_import", "/to/{team}/nhap-danh-sach/", MEMBER_LISTS, "page"),
    # A team's signed founding decision: the phone page and the admin's team forms.
    UploadPath("teams:register_team", "/to-cong-nghe-so/dang-ky-to/", DECISIONS, "page"),
    UploadPath("wagtailsnippets_teams_team:add", "/admin/snippets/teams/team/add/", DECISIONS, "page"),
    UploadPath("wagtailsnippets_teams_team:edit", "/admin/snippets/teams/team/edit/{team}/", DECISIONS, "page"),
    # Every admin user's profile picture, on Wagtail's account page.
    UploadPath("wagtailadmin_account", "/admin/account/", AVATARS, "page"),
]
ACCOUNT_SETTINGS = {
    "name_email-last_name": "Nguyễn Văn",
    "name_email-email": "quantri@example.vn",
    "locale-preferred_language": "vi",
    "locale-current_time_zone": "Asia/Ho_Chi_Minh",
    "theme-theme": "system",
    "theme-contrast": "system",
    "theme-density": "default",
}

# Views on the upload models that take no file: the metadata steps of the multiple uploaders (the file was checked
# when it came in), deletions, the chooser's format step, the URL generator and the preview of a rendition.
TAKE_NO_FILE = {
    "wagtailimages:preview",
    "wagtailimages:edit_multiple",
    "wagtailimages:create_multiple_from_uploaded_image",
    "wagtailimages:delete",
    "wagtailimages:delete_multiple",
    "wagtailimages:delete_upload_multiple",
    "wagtailimages:url_generator",
    "wagtailimages:url_generator_output",
    "wagtailimages_chooser:select_format",
    "wagtaildocs:edit_multiple",
    "wagtaildocs:create_multiple_from_uploaded_document",
    "wagtaildocs:delete",
    "wagtaildocs:delete_multiple",
    "wagtaildocs:delete_upload_multiple",
}
UPLOAD_NAMESPACES = {"wagtailimages", "wagtailimages_chooser", "wagtaildocs", "wagtaildocs_chooser"}
OWN_APPS = ("content", "guides", "accounts", "teams", "training", "reporting", "config")
# Every file field of every model, with the paths that upload into it: a new field is a new path to sweep.
FILE_FIELDS = {
    "content.CustomImage.file": {"wagtailimages:add", "wagtailimages:edit", "wagtailimages:add_multiple"},
    "content.CustomRendition.file": set(),  # made by the site from a checked image, never uploaded
    "wagtaildocs.Document.file": {"wagtaildocs:add", "wagtaildocs:edit", "wagtaildocs:add_multiple"},
    "wagtailcore.UploadedFile.file": set(),  # a file the multiple uploaders checked, kept until its title is given
    "wagtailusers.UserProfile.avatar": {"wagtailadmin_account"},  # not in an upload namespace: found from here
    "wagtailimages.Image.file": set(),  # Wagtail's own image model: unused, every view takes the custom one
    "wagtailimages.Rendition.file": set(),
    "teams.Team.decision_file": {
        "teams:register_team",
        "wagtailsnippets_teams_team:add",
        "wagtailsnippets_teams_team:edit",
    },
}


def url_patterns(patterns=None, namespace=""):
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from url_patterns(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}", pattern.callback


def takes_posts(view):
    view_class = getattr(view, "view_class", None)
    return view_class is None or hasattr(view_class, "post")


def reads_uploaded_files(view):
    """One of our views that reads request.FILES or builds a form with a file field."""
    view_class = getattr(view, "view_class", None)
    written = view_class.__mro__ if view_class else (inspect.unwrap(view),)
    for code in written:
        if code.__module__.split(".")[0] in OWN_APPS:
            try:
                source = inspect.getsource(code)
            except OSError:  # a class made at run time (a viewset's): its bases are read instead
                continue
            if re.search(r"request\.FILES|FileField|ImageField|UploadForm", source):
                return True
    return False


def upload_url_names():
    """POST views of Wagtail's image and document namespaces, and our views that read uploaded files."""
    names = set()
    for name, view in url_patterns():
        namespace = name.split(":")[0] if ":" in name else ""
        if (namespace in UPLOAD_NAMESPACES and takes_posts(view)) or reads_uploaded_files(view):
            names.add(name)
    return names


def test_every_upload_path_is_swept():
    into_model_fields = set().union(*FILE_FIELDS.values())
    assert (upload_url_names() - TAKE_NO_FILE) | into_model_fields == {path.url_name for path in UPLOAD_PATHS}


def test_every_file_field_of_every_model_is_known():
    found = {
        f"{model._meta.app_label}.{model.__name__}.{model_field.name}"
        for model in apps.get_models()
        for model_field in model._meta.get_fields()
        if isinstance(model_field, models.FileField)
    }
    assert found == set(FILE_FIELDS)


# The sweep. ------------------------------------------------------------------------------------------------------


@pytest.fixture
def objects(superuser, root_page):
    team = TeamFactory()
    MemberFactory(team=team, role=MemberRole.LEADER, full_name="Tổ Trưởng")
    image = ImageFactory(title="Ảnh cũ")
    document = Document.objects.create(title="Văn bản cũ", file=SimpleUploadedFile("cu.pdf", MINIMAL_PDF))
    collection = Collection.get_first_root_node()
    return {
        "team": team.pk,
        "team_area": team.area_id,
        "free_area": CommuneFactory().pk,
        "image": image.pk,
        "document": document.pk,
        "collection": collection.pk,
    }


def counts():
    return (CustomImage.objects.count(), Document.objects.count(), Member.objects.count())


def stored_files():
    return sorted(
        [(image.title, image.file.name) for image in CustomImage.objects.all()]
        + [(document.title, document.file.name) for document in Document.objects.all()]
        + [(str(profile.user_id), profile.avatar.name) for profile in UserProfile.objects.exclude(avatar="")]
        + [(team.name, team.decision_file.name) for team in Team.objects.exclude(decision_file="")]
    )


ENGLISH = re.compile(
    r"\b(the|is|not|file|files|image|upload|allowed|extension|valid|maximum|please|submitted|empty|too|big|"
    r"supported|format|pixels|must|error)\b",
    re.IGNORECASE,
)
VIETNAMESE = re.compile(r"[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", re.IGNORECASE)


def sweep_cases():
    for path in UPLOAD_PATHS:
        for kind in refusals_of(path.accepts):
            yield pytest.param(path, kind, id=f"{path.url_name}: {kind}")


def limit_upload_size(accepts, settings, monkeypatch):
    """A limit a few bytes wide, so "too large" needs no large file: a setting, a module's constant, or (for the
    avatar field Wagtail's account form holds from start-up) the field itself."""
    setting, small_limit = accepts.limit_setting
    if ":" in setting:
        monkeypatch.setattr(setting.replace(":", "."), small_limit)
    elif setting.endswith(".avatar"):
        from wagtail.admin.forms.account import AvatarPreferencesForm

        field = AvatarPreferencesForm.base_fields["avatar"]
        monkeypatch.setattr(field, "max_upload_size", small_limit)
        monkeypatch.setattr(field, "max_upload_size_text", f"{small_limit} byte")
    else:
        setattr(settings, setting, small_limit)


@pytest.mark.parametrize(("path", "kind"), list(sweep_cases()))
def test_every_upload_path_refuses_every_bad_file_in_one_vietnamese_message(
    client, superuser, objects, settings, monkeypatch, path, kind
):
    name, content, expected = refusals_of(path.accepts)[kind]
    if kind == "over the size limit":
        limit_upload_size(path.accepts, settings, monkeypatch)
    client.force_login(superuser)
    before, files_before = counts(), stored_files()

    response = path.post(client, objects, SimpleUploadedFile(name, content()))

    assert response.status_code == 200, response.content[:500]
    messages = path.errors(response)
    assert len(messages) == 1, messages
    [message] = messages
    assert expected.lower() in message.lower(), message
    assert VIETNAMESE.search(message) and not ENGLISH.search(message), message
    for banner in path.banners(response):
        assert VIETNAMESE.search(banner) and not ENGLISH.search(banner), banner
    assert path.keeps_typed_values(response)
    assert counts() == before and stored_files() == files_before


@pytest.mark.parametrize("path", UPLOAD_PATHS, ids=[path.url_name for path in UPLOAD_PATHS])
def test_every_upload_path_takes_a_good_file_and_drops_nul_from_its_name(client, superuser, objects, path):
    """The refusals above are about the files: the same paths take a good one."""
    client.force_login(superuser)
    stem, extension = path.accepts.good_name.rsplit(".", 1)
    files_before = stored_files()

    upload = SimpleUploadedFile(f"{stem}\x00-moi.{extension}", path.accepts.good_content())
    response = path.post(client, objects, upload)

    assert response.status_code in (200, 302)
    if path.reply == "json":
        assert response.json()["success"] is True
    if path.accepts is MEMBER_LISTS:
        assert "Nguyễn Văn An" in response.content.decode()
    else:
        new_names = [name for _title, name in set(stored_files()) - set(files_before)]
        assert len(new_names) == 1 and "-moi" in new_names[0] and "\x00" not in new_names[0], new_names


@pytest.mark.parametrize("template", ["a..{extension}", "a.{EXTENSION}"])
@pytest.mark.parametrize("path", UPLOAD_PATHS, ids=[path.url_name for path in UPLOAD_PATHS])
def test_every_upload_path_takes_a_good_file_whose_name_has_its_extension_read_as_django_reads_it(
    client, superuser, objects, path, template
):
    """ "a..pdf" has a name ("a.") and the extension pdf, and "a.PDF" is a PDF: both are taken, as Django takes them."""
    client.force_login(superuser)
    extension = path.accepts.good_name.rsplit(".", 1)[1]
    name = template.format(extension=extension, EXTENSION=extension.upper())
    files_before = stored_files()

    response = path.post(client, objects, SimpleUploadedFile(name, path.accepts.good_content()))

    assert response.status_code in (200, 302), response.content[:500]
    if path.reply == "json":
        assert response.json()["success"] is True, response.json()
    if path.accepts is MEMBER_LISTS:
        assert "Nguyễn Văn An" in response.content.decode()
    else:
        assert response.status_code == 302 or path.reply != "page", path.errors(response)
        new_names = [stored for _title, stored in set(stored_files()) - set(files_before)]
        assert len(new_names) == 1 and new_names[0].lower().endswith(f".{extension}"), new_names


# The file kept if none is sent; a team is registered before its signed decision arrives.
FILE_OPTIONAL = {
    "wagtailimages:edit",
    "wagtaildocs:edit",
    "wagtailadmin_account",
    "teams:register_team",
    "wagtailsnippets_teams_team:add",
    "wagtailsnippets_teams_team:edit",
}


@pytest.mark.parametrize("path", UPLOAD_PATHS, ids=[path.url_name for path in UPLOAD_PATHS])
def test_a_file_named_dot_arrives_as_no_file(client, superuser, objects, path):
    """Django's parser drops a file named "." (or ".."), so the request carries no file: the paths that need one ask
    for it in Vietnamese, the others keep the file they had."""
    client.force_login(superuser)
    before, names_before = counts(), sorted(stored for _title, stored in stored_files())

    upload = io.BytesIO(path.accepts.good_content())
    upload.name = "."  # SimpleUploadedFile refuses the name; a browser's form can send it

    # A browser's form always sends its CSRF token too: the post is not empty once the file is dropped.
    data = {**path.data(upload, objects), "csrfmiddlewaretoken": "sent-by-the-browser"}

    response = client.post(path.url.format(**objects), data)

    assert response.status_code < 500
    if path.url_name in FILE_OPTIONAL:
        assert response.status_code == 302, path.errors(response)
    else:
        messages = [response.json()["error_message"]] if path.reply == "json" else path.errors(response)
        assert len(messages) == 1, messages
        assert VIETNAMESE.search(messages[0]) and not ENGLISH.search(messages[0]), messages[0]
    assert counts() == before and sorted(stored for _title, stored in stored_files()) == names_before


DOCUMENT_PATHS = [path for path in UPLOAD_PATHS if path.accepts is DOCUMENTS]


@pytest.mark.parametrize("path", DOCUMENT_PATHS, ids=[path.url_name for path in DOCUMENT_PATHS])
def test_a_refusal_by_wagtails_own_document_check_reaches_the_person_in_vietnamese(
    client, superuser, objects, settings, path
):
    """Wagtail's document model checks the extension again after our form, with Django's English message. Here the
    two disagree (the setting no longer lists pdf, our signatures still do): the person reads our message alone."""
    settings.WAGTAILDOCS_EXTENSIONS = ["docx"]
    client.force_login(superuser)
    before, files_before = counts(), stored_files()

    response = path.post(client, objects, SimpleUploadedFile("van-ban.pdf", MINIMAL_PDF))

    assert response.status_code == 200, response.content[:500]
    messages = path.errors(response)
    assert len(messages) == 1, messages
    assert DOCUMENTS.messages["extension"] in messages[0]
    assert VIETNAMESE.search(messages[0]) and not ENGLISH.search(messages[0]), messages[0]
    assert counts() == before and stored_files() == files_before


def test_a_body_cut_short_of_its_content_length_is_no_500(client, superuser, objects):
    """The connection dropped mid-upload, or a probe: the parser gets half a body. Nothing is stored."""
    client.force_login(superuser)
    before = counts()
    for path in UPLOAD_PATHS:
        upload = SimpleUploadedFile(path.accepts.good_name, path.accepts.good_content() + bytes(4000))
        body = encode_multipart(BOUNDARY, path.data(upload, objects))
        response = client.generic(
            "POST",
            path.url.format(**objects),
            body[: len(body) // 2],
            content_type=MULTIPART_CONTENT,
        )
        assert response.status_code < 500, path.url_name
        assert counts() == before, path.url_name


MULTIPLE_UPLOADERS = [path for path in UPLOAD_PATHS if path.reply == "json"]


@pytest.mark.parametrize("path", MULTIPLE_UPLOADERS, ids=[path.url_name for path in MULTIPLE_UPLOADERS])
@pytest.mark.parametrize("sent", ["nothing", "the file under another name"])
def test_the_multiple_uploaders_answer_a_request_without_the_file_in_vietnamese(client, superuser, objects, path, sent):
    """Wagtail answered the first in English and the second with a 500; its page says a refusal in Vietnamese."""
    client.force_login(superuser)
    before = counts()
    data = {"collection": objects["collection"]}
    if sent != "nothing":
        data["file"] = SimpleUploadedFile(path.accepts.good_name, path.accepts.good_content())

    response = client.post(path.url, data)

    assert response.status_code == 400 and response.json()["success"] is False
    message = response.json()["error_message"]
    assert VIETNAMESE.search(message) and not ENGLISH.search(message), message
    assert counts() == before
    page = client.get(path.url)
    assert page.status_code == 200 and "Chưa tải lên được." in page.content.decode()
