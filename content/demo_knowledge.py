"""Demo knowledge: the national documents the teams work under (with a one-page PDF of each summary), three
announcements from the demo province and four good practices from different communes. Idempotent: pages by
slug, announcements by title, files by title.

The documents are real (numbers, dates and issuers as published). The province's own plan on community digital
technology teams is not among them: its number and date differ by province and are not in our sources, so an
editor adds it from the signed original rather than the demo inventing one."""

import datetime

from django.core.files.base import ContentFile
from django.db.models import Q
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.models import Page, Site

from accounts.models import User
from content.demo import ensure_child
from content.demo_pdf import summary_pdf
from content.models import (
    DocumentApplication,
    DocumentIndexPage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    GoodPracticeResult,
    Pillar,
    PlatformPage,
    PolicyDocumentPage,
)
from content.models.documents import DocumentType
from teams.announcements import announce
from teams.demo import DEMO_PROVINCE_CODE
from teams.models import AdminArea, Announcement, RoleAssignment, ScopeRole, Team

DOCUMENT_INDEX = {
    "title": "Văn bản",
    "slug": "van-ban",
    "intro": "Kế hoạch, quyết định, công văn và tài liệu về chuyển đổi số mà các Tổ công nghệ số cộng đồng tuyên "
    "truyền, kèm tóm tắt dễ hiểu và hướng dẫn làm theo.",
}
PRACTICE_INDEX = {
    "title": "Cách làm hay",
    "slug": "cach-lam-hay",
    "intro": "Các xã, phường đã làm gì để người dân dùng được nền tảng số, kết quả ra sao và liên hệ ai để làm theo.",
}

DOCUMENTS = [
    {
        "slug": "793-btttt-thh",
        "title": "Hướng dẫn thí điểm triển khai Tổ công nghệ số cộng đồng",
        "number": "793/BTTTT-THH",
        "issued_on": datetime.date(2022, 3, 5),
        "issuer": "Bộ Thông tin và Truyền thông",
        "document_type": DocumentType.OFFICIAL_LETTER,
        "pillar": None,
        "summary": "Mỗi thôn, bản, tổ dân phố có một Tổ công nghệ số cộng đồng: thường là trưởng thôn cùng ít nhất "
        "hai người nữa, có đoàn viên thanh niên tham gia; cấp xã cũng có một tổ. Chủ tịch Ủy ban nhân dân xã ký "
        "quyết định thành lập tổ.\nTổ đi từng ngõ, gõ từng nhà, hướng dẫn từng người dùng các nền tảng số: dịch vụ "
        "công trực tuyến, định danh điện tử, thương mại điện tử, thanh toán không dùng tiền mặt.\n"
        "Từ ngày 1/3/2025, Bộ Thông tin và Truyền thông hợp nhất vào Bộ Khoa học và Công nghệ.",
        "applied_by": ["vai-tro-to-cong-nghe-so", "giup-nguoi-cao-tuoi"],
    },
    {
        "slug": "749-qd-ttg",
        "title": "Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030",
        "number": "749/QĐ-TTg",
        "issued_on": datetime.date(2020, 6, 3),
        "issuer": "Thủ tướng Chính phủ",
        "document_type": DocumentType.DECISION,
        "pillar": None,
        "summary": "Chương trình đặt mục tiêu chuyển đổi số đồng thời trên ba trụ cột: chính quyền số, kinh tế số "
        "và xã hội số. Người dân được hưởng dịch vụ công trực tuyến thuận tiện hơn, doanh nghiệp và hộ kinh doanh "
        "tham gia kinh tế số, mọi người có kỹ năng số cơ bản.",
        "applied_by": ["vai-tro-to-cong-nghe-so"],
    },
    {
        "slug": "411-qd-ttg",
        "title": "Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030",
        "number": "411/QĐ-TTg",
        "issued_on": datetime.date(2022, 3, 31),
        "issuer": "Thủ tướng Chính phủ",
        "document_type": DocumentType.DECISION,
        "pillar": "kinh-te-so",
        "summary": "Chiến lược hướng tới kinh tế số lớn mạnh và xã hội số an toàn: người dân có tài khoản thanh "
        "toán, mua bán trên sàn thương mại điện tử, dùng dịch vụ số về y tế, giáo dục. Ở cơ sở, Tổ công nghệ số "
        "giúp hộ sản xuất mở gian hàng, thanh toán bằng mã QR và dùng mạng an toàn.",
        "applied_by": ["thuong-mai-dien-tu", "mo-gian-hang", "thanh-toan-qr"],
    },
    {
        "slug": "06-qd-ttg",
        "title": "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06)",
        "number": "06/QĐ-TTg",
        "issued_on": datetime.date(2022, 1, 6),
        "issuer": "Thủ tướng Chính phủ",
        "document_type": DocumentType.DECISION,
        "pillar": "chinh-quyen-so",
        "summary": "Đề án đưa dữ liệu dân cư và tài khoản định danh điện tử (VNeID) vào phục vụ thủ tục hành chính, "
        "y tế, bảo hiểm và đời sống. Tổ công nghệ số giúp người dân đăng ký, kích hoạt tài khoản định danh điện "
        "tử và dùng VNeID để đăng nhập dịch vụ công.",
        "applied_by": ["kich-hoat-vneid-muc-2", "kich-hoat-muc-2", "dang-nhap-bang-vneid"],
    },
    {
        "slug": "316-qd-ttg",
        "title": "Thí điểm dùng tài khoản viễn thông thanh toán cho hàng hóa, dịch vụ giá trị nhỏ (Mobile Money)",
        "number": "316/QĐ-TTg",
        "issued_on": datetime.date(2021, 3, 9),
        "issuer": "Thủ tướng Chính phủ",
        "document_type": DocumentType.DECISION,
        "pillar": "kinh-te-so",
        "summary": "Nhà mạng được thí điểm dịch vụ Mobile Money: người dân, kể cả ở nơi chưa có ngân hàng, dùng "
        "tài khoản gắn với số điện thoại để thanh toán các khoản nhỏ, tối đa 10 triệu đồng một tháng.\n"
        "Giai đoạn thí điểm đã kết thúc. Từ ngày 1/1/2026, Mobile Money làm theo Nghị định 368/2025/NĐ-CP: mở tài "
        "khoản phải có căn cước và xác thực sinh trắc học, mỗi người một tài khoản tại một nhà mạng, hạn mức 100 "
        "triệu đồng một tháng. Tổ công nghệ số hướng dẫn mở tài khoản và giữ an toàn tài khoản.",
        "applied_by": ["mo-tai-khoan", "giu-an-toan-tai-khoan"],
    },
    {
        "slug": "757-qd-bkhcn",
        "title": "Khung kỹ năng số cơ bản cho người dân",
        "number": "757/QĐ-BKHCN",
        "issued_on": datetime.date(2025, 4, 29),
        "issuer": "Bộ Khoa học và Công nghệ",
        "document_type": DocumentType.DECISION,
        "pillar": "xa-hoi-so",
        "summary": "Quyết định nêu những kỹ năng số cơ bản mà người dân cần có. Tổ công nghệ số dùng khung này "
        "để biết cần hướng dẫn người dân những gì; phong trào “Bình dân học vụ số” (binhdanhocvuso.gov.vn) có các "
        "khóa học kỹ năng số kèm chứng nhận.",
        "applied_by": ["an-toan-khong-gian-mang", "dich-vu-cong-truc-tuyen"],
    },
]

ANNOUNCEMENTS = [
    {
        "title": "Tháng cao điểm hướng dẫn kích hoạt tài khoản định danh điện tử mức 2",
        "body": "Đề nghị các Tổ công nghệ số cộng đồng phối hợp với công an xã hướng dẫn người dân có căn cước gắn "
        "chip kích hoạt tài khoản định danh điện tử mức 2, ưu tiên người cao tuổi và hộ chưa có điện thoại thông "
        "minh. Ghi nhận từng lượt hỗ trợ trên Sổ tay số để số liệu vào báo cáo kỳ.",
        "days_to_deadline": 30,
        "communes": 0,
    },
    {
        "title": "Báo cáo kỳ nộp trên Sổ tay số thay cho bảng tính gửi qua Zalo",
        "body": "Từ kỳ này, tổ trưởng nộp báo cáo kỳ trên Sổ tay số (mục “Báo cáo kỳ này của tổ”); số liệu được "
        "điền sẵn từ sổ ghi nhận hỗ trợ. Không cần gửi bảng tính vào nhóm Zalo nữa.",
        "days_to_deadline": None,
        "communes": 0,
    },
    {
        "title": "Tập huấn kỹ năng số cơ bản cho thành viên tổ mới",
        "body": "Thành viên mới của các tổ hoàn thành học phần “Vai trò của Tổ công nghệ số cộng đồng” và "
        "“An toàn trên không gian mạng” trên Sổ tay số trước buổi tập huấn tại nhà văn hóa xã.",
        "days_to_deadline": 14,
        "communes": 2,
    },
]

PRACTICES = [
    {
        "slug": "diem-ho-tro-vneid-cuoi-tuan",
        "title": "Điểm hỗ trợ VNeID cuối tuần ở nhà văn hóa thôn",
        "for_whom": "Người cao tuổi và người đi làm xa, chỉ ở nhà vào cuối tuần",
        "what_they_did": "Mỗi sáng Chủ nhật, tổ cùng công an xã mở một bàn hỗ trợ ở nhà văn hóa thôn. Người dân "
        "mang căn cước gắn chip và điện thoại đến, tự cài VNeID từ CH Play, App Store; đoàn viên đọc từng bước. "
        "Ai chưa có điện thoại thông minh thì được hẹn lại cùng con cháu.",
        "how_to_replicate": "Hai đến ba người mỗi buổi, một cán bộ công an xã; một bàn, ổ cắm điện và wifi. Thông "
        "báo lịch trên loa truyền thanh và nhóm Zalo thôn trước hai ngày.",
        "results": [("312", "người kích hoạt tài khoản định danh điện tử mức 2"), ("9", "buổi hỗ trợ")],
        "pillars": ["chinh-quyen-so"],
        "platforms": ["vneid"],
        "contact": ("Trần Văn Hải", "Tổ trưởng Tổ công nghệ số cộng đồng xã"),
    },
    {
        "slug": "dua-che-len-postmart",
        "title": "Đưa chè của hộ sản xuất lên postmart.vn",
        "for_whom": "Hộ trồng và chế biến chè",
        "what_they_did": "Tổ cùng nhân viên bưu điện xã đến từng hộ chụp ảnh sản phẩm, viết mô tả và mở gian hàng "
        "trên postmart.vn. Đơn hàng được bưu điện nhận tại nhà, đóng gói theo hướng dẫn của tổ.",
        "how_to_replicate": "Một nhân viên bưu điện và hai thành viên tổ biết chụp ảnh bằng điện thoại; mỗi hộ "
        "khoảng một buổi để mở gian hàng và đăng ba sản phẩm đầu tiên.",
        "results": [("46", "hộ mở gian hàng"), ("138", "sản phẩm được đăng bán")],
        "pillars": ["kinh-te-so"],
        "platforms": ["postmart"],
        "contact": ("Nguyễn Thị Thu", "Cán bộ văn hóa, xã hội xã"),
    },
    {
        "slug": "thanh-toan-qr-o-cho",
        "title": "Chợ phiên thanh toán bằng mã QR",
        "for_whom": "Tiểu thương ở chợ xã và người đi chợ",
        "what_they_did": "Tổ hướng dẫn tiểu thương mở tài khoản, in mã QR nhận tiền và dán ở quầy; đoàn viên đứng "
        "ở cổng chợ hướng dẫn người đi chợ quét mã và cách nhận biết tin nhắn lừa đảo.",
        "how_to_replicate": "Phối hợp với ban quản lý chợ; in mã QR khổ A5 ép plastic cho từng quầy.",
        "results": [("85", "quầy nhận thanh toán bằng mã QR")],
        "pillars": ["kinh-te-so", "xa-hoi-so"],
        "platforms": [],
        "contact": ("Hoàng Văn Long", "Bí thư Đoàn xã"),
    },
    {
        "slug": "so-suc-khoe-dien-tu-cho-nguoi-cao-tuoi",
        "title": "Sổ sức khỏe điện tử cho người cao tuổi",
        "for_whom": "Người từ 60 tuổi trở lên",
        "what_they_did": "Trong đợt khám sức khỏe định kỳ ở trạm y tế, tổ ngồi cùng cán bộ y tế giúp người cao tuổi "
        "mở Sổ sức khỏe điện tử trong VNeID và chỉ cách xem lại kết quả khám.",
        "how_to_replicate": "Lịch khám của trạm y tế; người được hỗ trợ cần tài khoản định danh điện tử mức 2.",
        "results": [("204", "người cao tuổi xem được sổ sức khỏe điện tử")],
        "pillars": ["xa-hoi-so"],
        "platforms": ["vneid"],
        "contact": ("Lê Thị Mai", "Trạm trưởng trạm y tế xã"),
    },
]


def load():
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    documents = load_documents(home)
    practices = load_practices(home)
    announcements = load_announcements()
    return [f"{documents} văn bản, {practices} cách làm hay, {announcements} thông báo của tỉnh"]


def load_documents(home):
    index, _created = ensure_child(home, DOCUMENT_INDEX["slug"], lambda: DocumentIndexPage(**DOCUMENT_INDEX))
    pillars = {pillar.slug: pillar for pillar in Pillar.objects.all()}
    for spec in DOCUMENTS:
        fields = {key: value for key, value in spec.items() if key not in ("pillar", "applied_by")}
        page, created = ensure_child(
            index,
            spec["slug"],
            lambda fields=fields, spec=spec: PolicyDocumentPage(
                **fields, pillar=pillars.get(spec["pillar"]), file=summary_file(spec)
            ),
        )
        if created:
            link_applications(page, spec["applied_by"])
    return PolicyDocumentPage.objects.child_of(index).count()


def summary_file(spec):
    title = f"Tóm tắt {spec['number']}"
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    facts = f"{spec['number']} · {spec['issued_on']:%d/%m/%Y} · {spec['issuer']}"
    text = spec["summary"] + "\n\nBản tóm tắt dễ hiểu do Sổ tay số biên soạn; khi cần trích dẫn, dùng văn bản gốc."
    data = summary_pdf(spec["title"], facts, text)
    if data is None:
        return None
    name = f"tom-tat-{spec['slug']}.pdf"
    return Document.objects.create(title=title, file=ContentFile(data, name=name))


def link_applications(page, slugs):
    pages = {
        found.slug: found
        for found in Page.objects.live()
        .filter(slug__in=slugs)
        .filter(Q(content_type__model="guidepage") | Q(content_type__model="trainingmodulepage"))
    }
    for order, slug in enumerate(slugs):
        if slug in pages:
            DocumentApplication.objects.create(document=page, page=pages[slug], sort_order=order)


def demo_province_and_communes():
    province = AdminArea.objects.get(code=DEMO_PROVINCE_CODE)
    officer_communes = list(
        RoleAssignment.objects.filter(role=ScopeRole.COMMUNE_OFFICER, area__parent=province).values_list(
            "area_id", flat=True
        )
    )
    with_teams = list(
        Team.objects.filter(province=province, area__level=2)
        .order_by("commune__code")
        .values_list("commune_id", flat=True)
    )
    ordered = list(dict.fromkeys(officer_communes + with_teams))
    return province, ordered


def load_practices(home):
    index, _created = ensure_child(home, PRACTICE_INDEX["slug"], lambda: GoodPracticeIndexPage(**PRACTICE_INDEX))
    _province, commune_ids = demo_province_and_communes()
    communes = AdminArea.objects.in_bulk(commune_ids[1:5])
    pillars = {pillar.slug: pillar for pillar in Pillar.objects.all()}
    platforms = {platform.slug: platform for platform in PlatformPage.objects.all()}
    for spec, commune_id in zip(PRACTICES, commune_ids[1:5], strict=False):
        contact_name, contact_role = spec["contact"]
        page, created = ensure_child(
            index,
            spec["slug"],
            lambda spec=spec, commune_id=commune_id, contact_name=contact_name, contact_role=contact_role: (
                GoodPracticePage(
                    title=spec["title"],
                    commune=communes[commune_id],
                    for_whom=spec["for_whom"],
                    what_they_did=spec["what_they_did"],
                    how_to_replicate=spec["how_to_replicate"],
                    contact_name=contact_name,
                    contact_role=contact_role,
                )
            ),
        )
        if created:
            for order, (figure, label) in enumerate(spec["results"]):
                GoodPracticeResult.objects.create(page=page, figure=figure, label=label, sort_order=order)
            page.pillars.set([pillars[slug] for slug in spec["pillars"] if slug in pillars])
            page.platforms.set([platforms[slug] for slug in spec["platforms"] if slug in platforms])
            page.save_revision().publish()
    return GoodPracticePage.objects.child_of(index).count()


def load_announcements():
    province, commune_ids = demo_province_and_communes()
    author = User.objects.filter(username="dieuphoi").first()
    today = timezone.localdate()
    for spec in ANNOUNCEMENTS:
        if Announcement.objects.filter(province=province, title=spec["title"]).exists():
            continue
        deadline = today + datetime.timedelta(days=spec["days_to_deadline"]) if spec["days_to_deadline"] else None
        announcement = Announcement.objects.create(
            author=author, province=province, title=spec["title"], body=spec["body"], deadline=deadline
        )
        announcement.communes.set(AdminArea.objects.filter(pk__in=commune_ids[: spec["communes"]]))
        announce(announcement)
    return Announcement.objects.filter(province=province).count()
