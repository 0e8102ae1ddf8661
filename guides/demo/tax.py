"""Demo guides: eTax Mobile (Cục Thuế, Bộ Tài chính), Chính quyền số, sector Thuế.

From 1 January 2026 household businesses no longer pay a lump-sum tax (thuế khoán): they declare what they actually
sell. The app's button labels are not quoted by any source found, so the steps say where to look. Every source below
was read on 30/11/2026.
"""

from datetime import date

from guides.demo.common import OFFICIAL_STORES_ONLY
from guides.models import Audience, Effort

LUMP_SUM_ENDS = {
    "title": "Xóa bỏ thuế khoán, hộ kinh doanh sẽ được phân loại thế nào từ 1/1/2026",
    "url": "https://hatinh24h.com.vn/xoa-bo-thue-khoan-ho-kinh-doanh-se-duoc-phan-loai-the-nao-tu-112026-a192811.html",
    "issuer": "Hà Tĩnh 24h",
    "issued_on": date(2025, 11, 23),
    "supports": "Từ 1/1/2026 thuế khoán kết thúc; hộ kinh doanh tự kê khai thuế theo doanh thu thực tế, được phân "
    "loại theo quy mô doanh thu",
}
ETAX_PAYMENT_LAODONG = {
    "title": "Hướng dẫn hộ kinh doanh nộp thuế trên ứng dụng eTax Mobile",
    "url": "https://news.laodong.vn/kinh-doanh/huong-dan-ho-kinh-doanh-nop-thue-tren-ung-dung-etax-mobile-1646613.ldo",
    "issuer": "Báo Lao Động",
    "issued_on": None,
    "supports": "Tải eTax Mobile từ App Store, CH Play; đăng nhập, chọn nộp thuế, tra theo mã số thuế của hộ, lập "
    "giấy nộp tiền, trả qua ngân hàng liên kết hoặc mã QR; chia sẻ mã QR để người khác nộp hộ",
}
ETAX_FUNCTIONS_NGHE_AN = {
    "title": "Nghe An Tax Department deploys tax payment by mobile phone",
    "url": "https://baonghean.vn/en/cuc-thue-nghe-an-trien-khai-nop-thue-bang-dien-thoai-di-dong-10255148.html",
    "issuer": "Báo Nghệ An",
    "issued_on": date(2023, 6, 1),
    "supports": "eTax Mobile cho cá nhân, hộ kinh doanh: đăng ký tài khoản giao dịch thuế điện tử, tra cứu nghĩa vụ "
    "thuế, thông báo thuế, nộp thuế; đăng nhập bằng mật khẩu, vân tay hoặc khuôn mặt",
}
ETAX_REGISTRATION_ECOMTAX = {
    "title": "Cách đăng ký tài khoản trên ứng dụng eTax mobile",
    "url": "https://ecomtax.vn/cach-dang-ky-tai-khoan-tren-ung-dung-etax-mobile-n154266.html",
    "issuer": "Ecomtax",
    "issued_on": date(2025, 3, 12),
    "supports": "Trên màn hình đăng nhập chọn Đăng ký ngay; nhập mã số thuế và mã captcha; chọn Tiếp tục; loại người "
    "nộp thuế là cá nhân kinh doanh, hộ kinh doanh; loại giấy tờ mặc định căn cước; nhập số điện thoại, email",
}
# From 1 July 2025 the personal identification number stands in for the tax code (Thông tư 86/2024/TT-BTC).
TAX_CODE_PIN_LAODONG = {
    "title": "Năm 2025, mã số thuế sẽ được thay bằng số định danh cá nhân",
    "url": "https://news.laodong.vn/kinh-doanh/nam-2025-ma-so-thue-se-duoc-thay-bang-so-dinh-danh-ca-nhan-1442608.ldo",
    "issuer": "Báo Lao Động",
    "issued_on": None,
    "supports": "Thông tư 86/2024/TT-BTC: mã số thuế cơ quan thuế cấp cho cá nhân, hộ, hộ kinh doanh dùng đến hết "
    "30/6/2025; từ 1/7/2025 dùng số định danh cá nhân (12 số), của người đại diện hộ kinh doanh thay mã số thuế "
    "của hộ",
}
TAX_CODE_PIN_ATA = {
    "title": "Circular No. 86/2024/TT-BTC: from July 1, 2025, personal identification numbers can be used instead of "
    "personal tax identification numbers",
    "url": "https://ata-legal.com/circular-no-86-2024-tt-btc-from-july-1-2025-personal-identification-numbers-can-be-"
    "used-instead-of-personal-tax-identification-numbers",
    "issuer": "ATA Legal",
    "issued_on": date(2025, 1, 18),
    "supports": "Khoản 5 Điều 5 Thông tư 86/2024/TT-BTC: từ 1/7/2025 số định danh cá nhân thay mã số thuế của cá "
    "nhân, người đại diện hộ kinh doanh; hộ đã có mã số thuế dùng được số định danh nếu thông tin khớp Cơ sở dữ "
    "liệu quốc gia về dân cư",
}

GUIDES = [
    # eTax Mobile: Cục Thuế, Chính quyền số
    {
        "platform": "etax-mobile",
        "slug": "khai-thue-ho-kinh-doanh",
        "title": "Hộ kinh doanh đăng ký và tự khai thuế từ năm 2026",
        "outcome": "Hộ kinh doanh của bạn có tài khoản thuế điện tử và sẵn sàng tự khai thuế, thay cho thuế khoán.",
        "audience": Audience.HOUSEHOLD_BUSINESSES,
        "difficulty": Effort.MEDIUM,
        "minutes": 30,
        "pillar": "chinh-quyen-so",
        "sectors": ["thue"],
        "tags": ["thue", "ho-kinh-doanh", "thue-khoan", "khai-thue", "dang-ky-thue", "ma-so-thue", "etax"],
        "requirements": [
            "Mã số thuế của hộ, hoặc số định danh cá nhân của chủ hộ (12 số trên căn cước)",
            "Căn cước gắn chip của chủ hộ",
            "Số điện thoại và email đứng tên chủ hộ",
            "Sổ hoặc giấy ghi doanh thu bán hàng",
        ],
        "steps": [
            {
                "heading": "Biết điều gì đã đổi",
                "text": "<p>Từ ngày 1/1/2026, hộ kinh doanh không nộp thuế khoán nữa. Hộ tự khai thuế theo doanh "
                "thu thực tế.</p>",
            },
            {
                "heading": "Tải eTax Mobile",
                "text": "<p>Mở CH Play hoặc App Store. Tìm <b>eTax Mobile</b> của ngành thuế và cài đặt.</p>",
                "warning": OFFICIAL_STORES_ONLY,
            },
            {
                "heading": "Chạm Đăng ký ngay",
                "text": "<p>Trên màn hình đăng nhập của eTax Mobile, chạm <b>Đăng ký ngay</b>.</p>",
            },
            {
                "heading": "Gõ mã số thuế",
                "text": "<p>Gõ mã số thuế của hộ kinh doanh vào ô <b>Mã số thuế</b>.</p>",
                "tip": "<p>Từ ngày 1/7/2025, số định danh cá nhân của chủ hộ dùng thay mã số thuế của hộ. Đó là 12 số "
                "trên căn cước.</p>",
            },
            {
                "heading": "Gõ mã kiểm tra",
                "text": "<p>Gõ mã kiểm tra (chữ và số trong ảnh) đúng như trong ảnh.</p>",
                "screen": {
                    "title": "eTax Mobile: đăng ký tài khoản",
                    "lines": ["Mã số thuế", "Mã kiểm tra: 7K4P2", "Ô gõ mã kiểm tra"],
                    "highlight": "Gõ đúng mã trong ảnh",
                    "alt": "Màn hình đăng ký tài khoản eTax Mobile có ô mã số thuế, ảnh mã kiểm tra 7K4P2 và ô gõ mã "
                    "kiểm tra; dòng đỏ nhắc gõ đúng mã trong ảnh.",
                },
            },
            {
                "heading": "Chạm Tiếp tục",
                "text": "<p>Chạm <b>Tiếp tục</b> để sang phần thông tin của hộ.</p>",
            },
            {
                "heading": "Nhập cách liên lạc",
                "text": "<p>Gõ số điện thoại và email của chủ hộ để nhận thông báo thuế.</p>",
            },
            {
                "heading": "Kích hoạt tài khoản",
                "text": "<p>Làm theo hướng dẫn trên màn hình để kích hoạt tài khoản. Không rõ thì hỏi cơ quan thuế "
                "nơi bạn kinh doanh.</p>",
                "safety": True,
            },
            {
                "heading": "Ghi doanh thu mỗi ngày",
                "text": "<p>Ghi số tiền bán được mỗi ngày vào sổ. Số này dùng để khai thuế.</p>",
            },
            {
                "heading": "Hỏi cơ quan thuế về kỳ khai",
                "text": "<p>Hỏi cơ quan thuế nơi bạn kinh doanh: hộ của bạn khai mấy lần một năm, dùng tờ khai nào."
                "</p>",
            },
        ],
        "troubleshooting": [
            (
                "Chưa có mã số thuế",
                "<p>Từ ngày 1/7/2025, số định danh cá nhân của chủ hộ dùng thay mã số thuế. Hỏi cơ quan thuế nơi bạn "
                "kinh doanh cách đăng ký cho hộ.</p>",
            ),
            (
                "Có người gọi xưng cán bộ thuế, đòi cài ứng dụng",
                "<p>Không cài ứng dụng qua đường link. Chỉ tải eTax Mobile từ CH Play hoặc App Store.</p>",
            ),
        ],
        "sources": [
            LUMP_SUM_ENDS,
            TAX_CODE_PIN_LAODONG,
            TAX_CODE_PIN_ATA,
            ETAX_FUNCTIONS_NGHE_AN,
            ETAX_REGISTRATION_ECOMTAX,
        ],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
    {
        "platform": "etax-mobile",
        "slug": "nop-thue-etax-mobile",
        "title": "Nộp thuế hộ kinh doanh trên eTax Mobile",
        "outcome": "Bạn nộp thuế của hộ kinh doanh ngay trên điện thoại và giữ được chứng từ đã nộp.",
        "audience": Audience.HOUSEHOLD_BUSINESSES,
        "difficulty": Effort.MEDIUM,
        "minutes": 15,
        "pillar": "chinh-quyen-so",
        "sectors": ["thue"],
        "tags": ["thue", "nop-thue", "etax", "etax-mobile", "ho-kinh-doanh", "giay-nop-tien"],
        "requirements": [
            "Tài khoản eTax Mobile của hộ kinh doanh",
            "Tài khoản ngân hàng có đủ tiền, hoặc người nộp hộ",
        ],
        "steps": [
            {
                "heading": "Đăng nhập eTax Mobile",
                "text": "<p>Gõ mật khẩu eTax Mobile, hoặc dùng vân tay, khuôn mặt.</p>",
                "safety": True,
            },
            {
                "heading": "Mở mục nộp thuế",
                "text": "<p>Chạm mục nộp thuế trên màn hình chính.</p>",
            },
            {
                "heading": "Tra khoản thuế của hộ",
                "text": "<p>Tra theo mã số thuế của hộ kinh doanh để thấy các khoản phải nộp.</p>",
            },
            {
                "heading": "Chọn khoản cần nộp",
                "text": "<p>Chọn từng khoản, hoặc chọn nộp tất cả.</p>",
            },
            {
                "heading": "Lập giấy nộp tiền",
                "text": "<p>Chạm phần lập giấy nộp tiền. Đọc lại số tiền trên giấy.</p>",
                "screen": {
                    "title": "Giấy nộp tiền",
                    "lines": ["Mã số thuế: ••••••••••", "Khoản: thuế hộ kinh doanh", "Số tiền: 1.200.000 đ"],
                    "highlight": "Chọn cách thanh toán",
                    "alt": "Giấy nộp tiền ghi mã số thuế đã che, khoản thuế hộ kinh doanh, số tiền 1.200.000 "
                    "đồng; dòng đỏ ghi Chọn cách thanh toán.",
                },
            },
            {
                "heading": "Chọn cách thanh toán",
                "text": "<p>Chọn trả qua ngân hàng đã liên kết, hoặc tạo mã QR để quét bằng ứng dụng ngân hàng.</p>",
            },
            {
                "heading": "Xác thực giao dịch",
                "text": "<p>Gõ mã OTP hoặc dùng vân tay, khuôn mặt theo yêu cầu của ngân hàng.</p>",
                "safety": True,
            },
            {
                "heading": "Lưu chứng từ",
                "text": "<p>Chụp màn hình báo nộp thuế thành công để giữ làm bằng chứng.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Nhờ con cháu nộp hộ",
                "<p>Tạo mã QR cho giấy nộp tiền và gửi cho người nộp hộ. Không đưa mật khẩu eTax Mobile cho ai.</p>",
            ),
            (
                "Tin nhắn lạ báo nợ thuế, kèm đường link",
                "<p>Không mở đường link. Tự mở eTax Mobile để xem khoản phải nộp.</p>",
            ),
        ],
        "sources": [ETAX_PAYMENT_LAODONG, ETAX_FUNCTIONS_NGHE_AN],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
]
