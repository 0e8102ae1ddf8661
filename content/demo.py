"""Demo content for the content app: the home page's text, the deploying authority shown in the footer, the
taxonomy (pillars, sectors, departments) and the directory of platforms."""

from wagtail.models import Page, Site

from content.models import Department, HomePage, Pillar, PlatformIndexPage, PlatformPage, Sector, SiteSettings

HOME_INTRO = (
    "Hướng dẫn từng bước, bằng lời dễ hiểu, để dùng dịch vụ công trực tuyến, VNeID, "
    "bán hàng và thanh toán trên điện thoại, sổ sức khỏe điện tử và bảo hiểm xã hội."
)

HOME_BODY = [
    ("heading", "Sổ tay số dành cho ai?"),
    (
        "paragraph",
        "<ul>"
        "<li><b>Người dân</b>: làm theo từng bước đánh số, xem trên điện thoại hoặc in ra giấy.</li>"
        "<li><b>Thành viên Tổ công nghệ số cộng đồng</b>: học trước khi đi hướng dẫn bà con, "
        "ghi lại kết quả hỗ trợ.</li>"
        "<li><b>Tổ trưởng và cán bộ xã, phường</b>: quản lý tổ, báo cáo chỉ tiêu theo kỳ.</li>"
        "</ul>",
    ),
    (
        "callout",
        {
            "kind": "warning",
            "text": "<p>Bước nào cần nhập mật khẩu, mã OTP, passcode hay đưa tiền đều kèm <b>quy tắc chống lừa "
            "đảo</b>. Đọc kỹ trước khi làm.</p>",
        },
    ),
]

AUTHORITY_NAME = "Sở Khoa học và Công nghệ (bản trình diễn)"

PILLARS = [
    {
        "slug": "chinh-quyen-so",
        "name": "Chính quyền số",
        "description": "Làm thủ tục hành chính, dịch vụ công trực tuyến và dùng tài khoản định danh điện tử "
        "để làm việc với cơ quan nhà nước ngay trên điện thoại.",
    },
    {
        "slug": "kinh-te-so",
        "name": "Kinh tế số",
        "description": "Bán hàng trên sàn thương mại điện tử, thanh toán không dùng tiền mặt và dùng tài khoản "
        "thanh toán, Mobile Money một cách an toàn.",
    },
    {
        "slug": "xa-hoi-so",
        "name": "Xã hội số",
        "description": "Dùng điện thoại để chăm sóc sức khỏe, theo dõi bảo hiểm xã hội, học tập và giữ an toàn "
        "cho bản thân trên mạng.",
    },
]

SECTORS = [
    ("y-te", "Y tế"),
    ("giao-duc", "Giáo dục"),
    ("bao-hiem-xa-hoi", "Chính sách xã hội và bảo hiểm xã hội"),
    ("thue", "Thuế"),
    ("ho-tich", "Tư pháp, hộ tịch"),
    ("cu-tru-dinh-danh", "Cư trú và định danh"),
    ("nong-nghiep", "Nông nghiệp"),
    ("viec-lam", "Lao động, việc làm"),
    ("ngan-hang", "Tài chính, ngân hàng"),
    ("thuong-mai", "Thương mại"),
    ("giao-thong", "Giao thông"),
    ("dat-dai", "Đất đai"),
]

# Websites only where the address is certain; no phone numbers or street addresses.
DEPARTMENTS = [
    {
        "slug": "bo-cong-an",
        "name": "Bộ Công an",
        "short_name": "Bộ Công an",
        "website": "https://bocongan.gov.vn",
        "description": "Quản lý ứng dụng VNeID và tài khoản định danh điện tử.",
    },
    {
        "slug": "van-phong-chinh-phu",
        "name": "Văn phòng Chính phủ",
        "short_name": "Văn phòng Chính phủ",
        "website": "",
        "description": "Quản lý Cổng Dịch vụ công quốc gia.",
    },
    {
        "slug": "bhxh-viet-nam",
        "name": "Bảo hiểm xã hội Việt Nam",
        "short_name": "BHXH Việt Nam",
        "website": "https://baohiemxahoi.gov.vn",
        "description": "Quản lý bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp và ứng dụng VssID.",
    },
    {
        "slug": "bo-y-te",
        "name": "Bộ Y tế",
        "short_name": "Bộ Y tế",
        "website": "https://moh.gov.vn",
        "description": "Quản lý Sổ sức khỏe điện tử, phối hợp với Bộ Công an và Bảo hiểm xã hội Việt Nam.",
    },
    {
        "slug": "buu-dien-viet-nam",
        "name": "Tổng công ty Bưu điện Việt Nam",
        "short_name": "Vietnam Post",
        "website": "https://vnpost.vn",
        "description": "Vận hành sàn postmart.vn và mạng lưới bưu điện đến tận xã.",
    },
    {
        "slug": "viettel-digital",
        "name": "Tổng công ty Dịch vụ số Viettel",
        "short_name": "Viettel Digital",
        "website": "",
        "description": "Cung cấp ứng dụng Viettel Money và dịch vụ Mobile Money cho thuê bao Viettel.",
    },
    {
        "slug": "ngan-hang-nha-nuoc",
        "name": "Ngân hàng Nhà nước Việt Nam",
        "short_name": "NHNN",
        "website": "https://sbv.gov.vn",
        "description": "Quản lý hoạt động ngân hàng, thanh toán; quy định việc mở tài khoản và xác thực sinh trắc học.",
    },
    {
        "slug": "cuc-thue",
        "name": "Cục Thuế (Bộ Tài chính)",
        "short_name": "Cục Thuế",
        "website": "https://gdt.gov.vn",
        "description": "Quản lý thuế và ứng dụng thuế điện tử eTax Mobile.",
    },
    {
        "slug": "so-khcn-tinh",
        "name": "Sở Khoa học và Công nghệ tỉnh",
        "short_name": "Sở KH&CN tỉnh",
        "website": "",
        "description": "Cơ quan chuyên môn về chuyển đổi số của tỉnh: tổng hợp, duyệt các hướng dẫn trước khi đăng.",
    },
]

PLATFORM_INDEX = {
    "slug": "nen-tang",
    "title": "Nền tảng số",
    "intro": "Các ứng dụng và trang web mà người dân dùng để làm thủ tục, bán hàng, thanh toán và chăm sóc "
    "sức khỏe, kèm hướng dẫn từng bước.",
}

VNEID_ANDROID = "https://play.google.com/store/apps/details?id=com.vnid"
VNEID_IOS = "https://apps.apple.com/vn/app/vneid/id1582750311"

PLATFORMS = [
    {
        "slug": "vneid",
        "title": "VNeID",
        "department": "bo-cong-an",
        "pillar": "chinh-quyen-so",
        "sectors": ["cu-tru-dinh-danh", "ho-tich", "giao-thong"],
        "summary": "Ứng dụng định danh điện tử của Bộ Công an, dùng để xuất trình giấy tờ, đăng nhập các cổng "
        "dịch vụ công và làm một số thủ tục ngay trên điện thoại. Tài khoản mức 2 còn giữ được giấy phép lái xe, "
        "thẻ bảo hiểm y tế và sổ sức khỏe điện tử của bạn.",
        "website": "https://vneid.gov.vn",
        "android_url": VNEID_ANDROID,
        "ios_url": VNEID_IOS,
    },
    {
        "slug": "dich-vu-cong",
        "title": "Cổng Dịch vụ công quốc gia",
        "department": "van-phong-chinh-phu",
        "pillar": "chinh-quyen-so",
        "sectors": ["ho-tich", "giao-thong", "viec-lam", "dat-dai", "thue", "cu-tru-dinh-danh", "bao-hiem-xa-hoi"],
        "summary": "Trang web dichvucong.gov.vn để nộp hồ sơ thủ tục hành chính, nộp phí, lệ phí và tra cứu "
        "kết quả, dù thủ tục do bộ, tỉnh hay xã, phường giải quyết. Từ 1/7/2025, cổng dịch vụ công của các tỉnh "
        "đã đóng: mọi dịch vụ công trực tuyến đi qua cổng này. Bạn đăng nhập bằng tài khoản định danh điện tử "
        "VNeID.",
        "website": "https://dichvucong.gov.vn",
    },
    {
        "slug": "vssid",
        "title": "VssID – Bảo hiểm xã hội số",  # noqa: RUF001
        "department": "bhxh-viet-nam",
        "pillar": "xa-hoi-so",
        "sectors": ["bao-hiem-xa-hoi", "y-te", "viec-lam"],
        "summary": "Ứng dụng của Bảo hiểm xã hội Việt Nam để xem thẻ bảo hiểm y tế, quá trình đóng bảo hiểm "
        "xã hội, bảo hiểm thất nghiệp và các chế độ đã hưởng. Bạn cũng làm được một số dịch vụ công về bảo "
        "hiểm trên ứng dụng này.",
    },
    {
        "slug": "so-suc-khoe",
        "title": "Sổ sức khỏe điện tử",
        "department": "bo-y-te",
        "pillar": "xa-hoi-so",
        "sectors": ["y-te"],
        "summary": "Sổ ghi thông tin sức khỏe của mỗi người, nằm ngay trong ứng dụng VNeID, gồm lịch sử khám "
        "chữa bệnh và các thông tin do cơ sở y tế cập nhật. Để xem được sổ, bạn cần tài khoản định danh "
        "điện tử mức 2.",
        "android_url": VNEID_ANDROID,
        "ios_url": VNEID_IOS,
    },
    {
        "slug": "postmart",
        "title": "postmart.vn",
        "department": "buu-dien-viet-nam",
        "pillar": "kinh-te-so",
        "sectors": ["thuong-mai", "nong-nghiep"],
        "summary": "Sàn thương mại điện tử của Bưu điện Việt Nam, chuyên về nông sản, đặc sản và sản phẩm của "
        "hộ sản xuất, hợp tác xã. Bưu điện giúp người bán mở gian hàng, lấy hàng, giao hàng và thu tiền.",
        "website": "https://postmart.vn",
    },
    {
        "slug": "ung-dung-ngan-hang",
        "title": "Ứng dụng ngân hàng trên điện thoại",
        "department": "ngan-hang-nha-nuoc",
        "pillar": "kinh-te-so",
        "sectors": ["ngan-hang", "giao-duc"],
        "summary": "Ứng dụng của từng ngân hàng để mở tài khoản, chuyển tiền, quét mã QR trả tiền học, tiền điện. "
        "Ngân hàng Nhà nước quy định việc xác thực sinh trắc học khi mở tài khoản và khi chuyển tiền.",
    },
    {
        "slug": "etax-mobile",
        "title": "eTax Mobile – Thuế điện tử",  # noqa: RUF001
        "department": "cuc-thue",
        "pillar": "chinh-quyen-so",
        "sectors": ["thue"],
        "summary": "Ứng dụng thuế điện tử của ngành thuế cho cá nhân và hộ kinh doanh: tra cứu nghĩa vụ thuế, "
        "thông báo thuế và nộp thuế qua ngân hàng hoặc mã QR. Từ năm 2026, hộ kinh doanh tự khai thuế thay cho "
        "thuế khoán.",
    },
    {
        "slug": "viettel-money",
        "title": "Viettel Money – Mobile Money",  # noqa: RUF001
        "department": "viettel-digital",
        "pillar": "kinh-te-so",
        "sectors": ["ngan-hang", "thuong-mai"],
        "summary": "Ứng dụng thanh toán của Viettel để chuyển tiền, trả hóa đơn điện nước, quét mã QR khi mua "
        "hàng và nạp, rút tiền tại điểm giao dịch của Viettel. Thuê bao di động Viettel có thể mở tài khoản "
        "Mobile Money để chuyển tiền, thanh toán mà không cần tài khoản ngân hàng.",
    },
]


def load():
    """Fill the home page and the site settings once; later runs leave editors' changes alone."""
    site = Site.objects.get(is_default_site=True)
    if (site.hostname, site.port) == ("localhost", 80):
        # QR codes and printed addresses use the site's address: make them open the demo server.
        site.hostname, site.port = "127.0.0.1", 8000
        site.save()
    home = site.root_page.specific
    if isinstance(home, HomePage) and not home.body:
        home.intro = HOME_INTRO
        home.body = HOME_BODY
        home.save_revision().publish()
    settings, created = SiteSettings.objects.get_or_create(site=site)
    if created or settings.authority_name == SiteSettings._meta.get_field("authority_name").default:
        settings.authority_name = AUTHORITY_NAME
        settings.save()
    load_taxonomy()
    return [f"{load_platforms(home)} nền tảng số"]


def load_taxonomy():
    """Pillars, sectors and departments by slug; an existing term keeps what editors wrote."""
    for order, spec in enumerate(PILLARS, start=1):
        Pillar.objects.get_or_create(slug=spec["slug"], defaults={**spec, "sort_order": order})
    for order, (slug, name) in enumerate(SECTORS, start=1):
        Sector.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": order})
    for order, spec in enumerate(DEPARTMENTS, start=1):
        Department.objects.get_or_create(slug=spec["slug"], defaults={**spec, "sort_order": order})


def ensure_child(parent, slug, build, sectors=(), tags=()):
    """The child of parent with this slug. If there is none, build() makes the unsaved page, which is added with
    its sectors and tags and published. Returns (page, created); an existing page is left as editors left it."""
    existing = Page.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing.specific, False
    page = build()
    page.slug = slug
    if sectors:
        page.sectors.set(sectors)
    if tags:
        page.tags.add(*tags)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def load_platforms(home):
    """The platform directory under the home page and one page per platform; returns how many there are."""
    index, _created = ensure_child(home, PLATFORM_INDEX["slug"], lambda: PlatformIndexPage(**PLATFORM_INDEX))
    departments = {term.slug: term for term in Department.objects.all()}
    pillars = {term.slug: term for term in Pillar.objects.all()}
    sectors = {term.slug: term for term in Sector.objects.all()}
    for spec in PLATFORMS:
        fields = {key: value for key, value in spec.items() if key not in ("department", "pillar", "sectors")}
        ensure_child(
            index,
            spec["slug"],
            lambda fields=fields, spec=spec: PlatformPage(
                **fields, department=departments[spec["department"]], pillar=pillars[spec["pillar"]]
            ),
            sectors=[sectors[slug] for slug in spec["sectors"]],
        )
    return PlatformPage.objects.child_of(index).count()
