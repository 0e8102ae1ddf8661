"""Demo content for the content app: the home page's text and the deploying authority shown in the footer."""

from wagtail.models import Site

from content.models import HomePage, SiteSettings

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
            "text": "<p>Cán bộ và tình nguyện viên <b>không bao giờ</b> hỏi mật khẩu hay mã OTP của bạn. "
            "Không đọc mã OTP cho bất kỳ ai.</p>",
        },
    ),
]

AUTHORITY_NAME = "Sở Khoa học và Công nghệ (bản trình diễn)"


def load():
    """Fill the home page and the site settings once; later runs leave editors' changes alone."""
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if isinstance(home, HomePage) and not home.body:
        home.intro = HOME_INTRO
        home.body = HOME_BODY
        home.save_revision().publish()
    settings, created = SiteSettings.objects.get_or_create(site=site)
    if created or settings.authority_name == SiteSettings._meta.get_field("authority_name").default:
        settings.authority_name = AUTHORITY_NAME
        settings.save()
    return []
