"""Demo guides: Viettel Money (Tổng công ty Dịch vụ số Viettel), Kinh tế số.

Mobile Money follows Nghị định 368/2025/NĐ-CP from 1 January 2026 (it ended the pilot of Quyết định 316/QĐ-TTg).
Every source below was read on 30/11/2026.
"""

from datetime import date

from guides.demo.common import OFFICIAL_STORES_ONLY
from guides.models import Audience, Effort

# Nghị định 368/2025/NĐ-CP as reported by the press and a legal database: the decree's own text was not found on an
# official site, so these are the sources the guides were checked against.
DECREE_368_VIETNAMNET = {
    "title": "Hạn mức giao dịch qua dịch vụ Mobile Money tối đa 100 triệu đồng/tháng",
    "url": "https://vietnamnet.vn/han-muc-giao-dich-qua-dich-vu-mobile-money-toi-da-100-trieu-dong-thang-2479794.html",
    "issuer": "Báo VietNamNet",
    "issued_on": date(2026, 1, 7),
    "supports": "Nghị định 368/2025/NĐ-CP: mở tài khoản phải có căn cước hoặc hộ chiếu và xác thực sinh trắc học; "
    "mỗi người mở tối đa một tài khoản tại một nhà cung cấp; khách hàng là thuê bao của chính nhà mạng đó; nạp "
    "tiền mặt tại điểm kinh doanh hoặc nhận tiền từ tài khoản ngân hàng",
}
DECREE_368_LUATVIETNAM = {
    "title": "Từ 01/01/2026, nâng hạn mức giao dịch Mobile Money lên 100 triệu đồng/tháng",
    "url": "https://luatvietnam.vn/tin-van-ban-moi/tu-01-01-2026-nang-han-muc-giao-dich-mobile-money-len-100-trieu-"
    "dong-thang-khach-186-106496-article.html",
    "issuer": "LuatVietnam",
    "issued_on": None,
    "supports": "Áp dụng từ 01/01/2026; khoản 1 Điều 15: tối đa 100 triệu đồng một tháng tại một nhà cung cấp, thêm "
    "hạn mức cho dịch vụ công, điện, nước, viễn thông, học phí, viện phí; Điều 7: một tài khoản tại một nhà cung "
    "cấp; thời thí điểm theo Quyết định 316/QĐ-TTg hạn mức là 10 triệu đồng một tháng",
}
DECREE_368_DANTRI = {
    "title": "Tăng hạn mức giao dịch Mobile Money gấp 10 lần lên 100 triệu đồng/tháng",
    "url": "https://dantri.com.vn/kinh-doanh/tang-han-muc-giao-dich-mobile-money-gap-10-lan-len-100-trieu-dongthang-"
    "20260107182914475.htm",
    "issuer": "Báo Dân trí",
    "issued_on": date(2026, 1, 7),
    "supports": "Hạn mức thêm cho dịch vụ công, điện, nước, viễn thông, học phí, viện phí, bảo hiểm và trả nợ vay; "
    "tổng nhóm này cũng không quá 100 triệu đồng một tháng",
}
# Biometric checks in payment apps (Viettel Money among them) and the face compared with the chip.
BIOMETRICS_CAFEBIZ = {
    "title": "Rà soát thông tin giấy tờ tùy thân, cập nhật sinh trắc học tránh gián đoạn giao dịch trực tuyến",
    "url": "https://cafebiz.vn/ra-soat-thong-tin-giay-to-tuy-than-cap-nhat-sinh-trac-hoc-tranh-gian-doan-giao-dich-"
    "truc-tuyen-17624111514341246.chn",
    "issuer": "CafeBiz",
    "issued_on": None,
    "supports": "Viettel Money yêu cầu nhận diện khuôn mặt khi giao dịch lần đầu và khi đổi thiết bị",
}
BIOMETRICS_VTC = {
    "title": "16,6 triệu tài khoản ngân hàng đã xác thực khuôn mặt",
    "url": "https://vtcnews.vn/16-6-trieu-tai-khoan-ngan-hang-da-xac-thuc-khuon-mat-ar881353.html",
    "issuer": "VTC News",
    "issued_on": None,
    "supports": "Khi mở tài khoản, khuôn mặt người mở được so với ảnh lưu trong chip căn cước (Ngân hàng Nhà nước)",
}

# Paying by QR code with Viettel Money, and the QR scams around it.
VIETTEL_MONEY_DAK_TO = {
    "title": "Hướng dẫn thanh toán không dùng tiền mặt qua dịch vụ Viettel Money",
    "url": "https://huyendakto.kontum.gov.vn/cai-cach-hanh-chinh-va-chuyen-doi-so/Huong-dan-thanh-toan-khong-dung-tien-"
    "mat-qua-dich-vu-Viettel-Money-2345",
    "issuer": "Ủy ban nhân dân huyện Đắk Tô (Kon Tum)",
    "issued_on": date(2024, 6, 27),
    "supports": "Tải Viettel Money từ App Store, CH Play; đăng ký bằng số điện thoại chính chủ; dùng để chuyển tiền, "
    "đóng học phí, trả hóa đơn, mua hàng",
}
QR_OVERLAY_HAI_DUONG = {
    "title": "Cửa hàng mất tiền vì bị dán đè mã QR",
    "url": "https://baohaiduong.vn/print/351331.html",
    "issuer": "Báo Hải Dương",
    "issued_on": date(2023, 8, 17),
    "supports": "Kẻ gian dán mã QR khác đè lên mã của cửa hàng; tiền khách trả vào tài khoản đứng tên người khác",
}
QR_CHECK_NAME_LAODONG = {
    "title": "Chủ quán ở Hà Nội tự quét mã QR mỗi ngày, đề phòng bị dán đè chiếm đoạt tiền",
    "url": "https://amp.laodong.vn/xa-hoi/chu-quan-o-ha-noi-tu-quet-ma-qr-moi-ngay-de-phong-bi-dan-de-chiem-doat-tien-"
    "1249143.ldo",
    "issuer": "Báo Lao Động",
    "issued_on": date(2023, 10, 2),
    "supports": "Trước khi khách chuyển tiền, chủ quán đọc tên và đuôi số tài khoản để khách kiểm tra trên màn hình",
}
QR_REFUND_SCAM = {
    "title": "“Hoàn tiền” kiểu gì mà mất thêm tiền? Thủ đoạn lừa đảo mới qua mã QR cần biết",
    "url": "https://www.vnreview.vn/threads/hoan-tien-kieu-gi-ma-mat-them-tien-thu-doan-lua-dao-moi-qua-ma-qr-can-"
    "biet.61272/post-63139",
    "issuer": "VnReview",
    "issued_on": None,
    "supports": "Kẻ gian gửi mã QR, bảo quét để “nhận lại tiền”; người quét bị trừ tiền liên tục (Công an phường Bưởi, "
    "Hà Nội, tiếp nhận trình báo 5/2025)",
}
# Keeping the account safe: the network never asks for codes; what to do first when the phone is lost.
VIETTEL_NO_OTP_VOV = {
    "title": "Cảnh giác với các cuộc gọi từ đầu số lạ yêu cầu chuẩn hóa thông tin thuê bao",
    "url": "https://vov.vn/doanh-nghiep/doanh-nghiep-24h/canh-giac-voi-cac-cuoc-goi-tu-dau-so-la-yeu-cau-chuan-hoa-"
    "thong-tin-thue-bao-post1008575.vov",
    "issuer": "Đài Tiếng nói Việt Nam (VOV)",
    "issued_on": None,
    "supports": "Viettel khuyến cáo: nhà mạng không yêu cầu cung cấp thông tin cá nhân hay mã OTP qua điện thoại; "
    "khách hàng mang giấy tờ đến điểm giao dịch, siêu thị Viettel để cập nhật thông tin",
}
LOST_PHONE_PHU_NU = {
    "title": "Bảo vệ tiền trong ngân hàng, ví điện tử khi mất điện thoại",
    "url": "https://phunuonline.com.vn/bao-ve-tien-trong-ngan-hang-vi-dien-tu-khi-mat-dien-thoai-a1482759.html",
    "issuer": "Báo Phụ nữ TP.HCM",
    "issued_on": date(2023, 1, 19),
    "supports": "Mất điện thoại thì trước hết yêu cầu nhà mạng khóa SIM, vì mã OTP gửi về SIM; mượn máy người thân để "
    "đổi mật khẩu và báo ngân hàng khóa tài khoản",
}

MOBILE_MONEY_SOURCES = [DECREE_368_VIETNAMNET, DECREE_368_LUATVIETNAM, DECREE_368_DANTRI]

GUIDES = [
    # Viettel Money: Tổng công ty Dịch vụ số Viettel, Kinh tế số
    {
        "platform": "viettel-money",
        "slug": "mo-tai-khoan",
        "title": "Mở tài khoản Viettel Money",
        "outcome": "Bạn có tài khoản Viettel Money để chuyển tiền, trả hóa đơn và thanh toán bằng mã QR.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.MEDIUM,
        "minutes": 15,
        "sectors": ["ngan-hang"],
        "tags": ["viettel-money", "mobile-money", "thanh-toan", "mo-tai-khoan", "tien-di-dong"],
        "requirements": [
            "Căn cước gắn chip của chính bạn",
            "Số điện thoại Viettel đứng tên chính bạn",
            "Điện thoại thông minh có camera và NFC để đọc chip",
        ],
        "steps": [
            {
                "heading": "Tải ứng dụng Viettel Money",
                "text": "<p>Mở CH Play hoặc App Store. Tìm <b>Viettel Money</b> và cài đặt.</p>",
                "warning": OFFICIAL_STORES_ONLY,
                "tip": "<p>Không có điện thoại thông minh? Mang căn cước ra cửa hàng Viettel để được hướng dẫn.</p>",
            },
            {
                "heading": "Nhập số điện thoại",
                "text": "<p>Trong ứng dụng, gõ số điện thoại Viettel của bạn vào ô trống.</p>",
                "screen": {
                    "title": "Viettel Money: đăng ký",
                    "lines": ["Số điện thoại"],
                    "highlight": "Tiếp tục",
                    "alt": "Màn hình đăng ký Viettel Money có ô số điện thoại và nút Tiếp tục màu đỏ.",
                },
            },
            {
                "heading": "Chạm Tiếp tục",
                "text": "<p>Chạm <b>Tiếp tục</b> ở dưới ô số điện thoại.</p>",
            },
            {
                "heading": "Nhập mã OTP",
                "text": "<p>Gõ mã OTP trong tin nhắn gửi đến số điện thoại của bạn.</p>",
                "safety": True,
            },
            {
                "heading": "Chụp mặt trước căn cước",
                "text": "<p>Đặt mặt trước căn cước vừa khung trên màn hình. Chụp chỗ đủ sáng, không bị lóa.</p>",
            },
            {
                "heading": "Chụp mặt sau căn cước",
                "text": "<p>Lật căn cước. Đặt mặt sau vừa khung và chụp.</p>",
            },
            {
                "heading": "Đọc chip căn cước",
                "text": "<p>Áp căn cước vào lưng điện thoại, giữ yên đến khi ứng dụng báo đọc xong chip.</p>",
                "screen": {
                    "title": "Đọc chip căn cước",
                    "lines": ["Áp căn cước vào lưng điện thoại", "Giữ yên đến khi đọc xong"],
                    "highlight": "Đang đọc chip",
                    "alt": "Màn hình nhắc áp căn cước vào lưng điện thoại và giữ yên; dòng đỏ ghi Đang đọc chip.",
                },
            },
            {
                "heading": "Chụp ảnh khuôn mặt",
                "text": "<p>Nhìn thẳng vào camera và làm theo hướng dẫn trên màn hình. Ứng dụng so khuôn mặt của "
                "bạn với ảnh trong chip.</p>",
                "tip": "<p>Từ ngày 1/1/2026, mở tài khoản Mobile Money phải xác thực sinh trắc học. Không bỏ qua "
                "bước này.</p>",
            },
            {
                "heading": "Kiểm tra thông tin",
                "text": "<p>Đọc lại họ tên, ngày sinh, số căn cước mà ứng dụng đọc được. Báo cửa hàng Viettel nếu "
                "sai.</p>",
            },
            {
                "heading": "Tạo mật khẩu",
                "text": "<p>Đặt mật khẩu theo yêu cầu của ứng dụng. Không dùng ngày sinh hay dãy số dễ đoán như "
                "123456.</p>",
                "safety": True,
            },
            {
                "heading": "Nạp tiền vào tài khoản",
                "text": "<p>Chuyển tiền từ tài khoản ngân hàng đứng tên bạn. Hoặc nạp tiền mặt tại cửa hàng, điểm "
                "giao dịch của Viettel.</p>",
                "safety": True,
            },
        ],
        "troubleshooting": [
            (
                "Điện thoại không đọc được chip",
                "<p>Máy có thể không có NFC. Mang căn cước và điện thoại ra cửa hàng Viettel để mở tài khoản.</p>",
            ),
            (
                "Ứng dụng báo số điện thoại chưa chính chủ",
                "<p>Mang căn cước ra cửa hàng Viettel để cập nhật thông tin thuê bao. Sau đó đăng ký lại.</p>",
            ),
            (
                "Ứng dụng báo đã có tài khoản",
                "<p>Từ ngày 1/1/2026, mỗi người chỉ mở một tài khoản Mobile Money tại một nhà mạng. Hãy dùng "
                "tài khoản đã có.</p>",
            ),
            (
                "Mỗi tháng được giao dịch bao nhiêu tiền?",
                "<p>Tối đa 100 triệu đồng một tháng cho chuyển tiền và thanh toán. Trả tiền điện, nước, học phí, "
                "viện phí, dịch vụ công được dùng thêm hạn mức riêng.</p>"
                "<p>Hạn mức riêng đó cũng không quá 100 triệu đồng một tháng.</p>",
            ),
        ],
        "sources": [*MOBILE_MONEY_SOURCES, BIOMETRICS_VTC],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
    {
        "platform": "viettel-money",
        "slug": "thanh-toan-qr",
        "title": "Thanh toán bằng mã QR với Viettel Money",
        "outcome": "Bạn trả tiền mua hàng bằng cách quét mã QR, không cần tiền mặt.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 5,
        "sectors": ["ngan-hang", "thuong-mai"],
        "tags": ["viettel-money", "qr", "thanh-toan", "quet-ma"],
        "requirements": ["Tài khoản Viettel Money có đủ tiền", "Mã QR thanh toán của cửa hàng"],
        "steps": [
            {
                "heading": "Mở Viettel Money",
                "text": "<p>Mở ứng dụng Viettel Money trên điện thoại.</p>",
            },
            {
                "heading": "Đăng nhập",
                "text": "<p>Gõ mật khẩu, hoặc dùng vân tay, khuôn mặt nếu đã cài.</p>",
                "safety": True,
            },
            {
                "heading": "Chạm biểu tượng quét mã",
                "text": "<p>Chạm biểu tượng quét mã QR trên màn hình chính.</p>",
            },
            {
                "heading": "Quét mã của cửa hàng",
                "text": "<p>Đưa camera vào mã QR dán tại quầy cho mã nằm gọn trong khung.</p>",
            },
            {
                "heading": "Kiểm tra tên người nhận",
                "text": "<p>Đọc tên người nhận hiện trên màn hình. Tên phải đúng tên cửa hàng hoặc chủ cửa hàng.</p>",
                "screen": {
                    "title": "Xác nhận thanh toán",
                    "lines": ["Người nhận: CỬA HÀNG TẠP HÓA AN BÌNH", "Số tiền: 85.000 đ", "Nội dung: mua hàng"],
                    "highlight": "Xác nhận",
                    "alt": "Màn hình xác nhận thanh toán QR ghi người nhận là một cửa hàng tạp hóa, số tiền 85.000 "
                    "đồng và nút Xác nhận màu đỏ.",
                },
            },
            {
                "heading": "Nhập số tiền",
                "text": "<p>Nếu mã QR chưa có sẵn số tiền, gõ số tiền cần trả. Kiểm tra lại từng số 0.</p>",
            },
            {
                "heading": "Chạm Xác nhận",
                "text": "<p>Chạm <b>Xác nhận</b> ở cuối màn hình.</p>",
            },
            {
                "heading": "Xác thực giao dịch",
                "text": "<p>Gõ mật khẩu hoặc mã OTP, hoặc dùng vân tay, khuôn mặt theo yêu cầu của ứng dụng.</p>",
                "safety": True,
            },
            {
                "heading": "Cho người bán xem kết quả",
                "text": "<p>Đưa màn hình báo giao dịch thành công cho người bán xem.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Người lạ gửi mã QR bảo quét để nhận tiền",
                "<p>Đó là lừa đảo. Quét mã QR là để <b>trả</b> tiền, không phải để nhận tiền. Không quét.</p>",
            ),
            (
                "Tên người nhận không đúng tên cửa hàng",
                "<p>Dừng lại, không xác nhận. Mã QR có thể bị dán đè: hỏi lại người bán.</p>",
            ),
        ],
        "sources": [
            VIETTEL_MONEY_DAK_TO,
            QR_OVERLAY_HAI_DUONG,
            QR_CHECK_NAME_LAODONG,
            QR_REFUND_SCAM,
            BIOMETRICS_CAFEBIZ,
        ],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
    {
        "platform": "viettel-money",
        "slug": "giu-an-toan-tai-khoan",
        "title": "Giữ an toàn cho tài khoản Viettel Money",
        "outcome": "Tài khoản của bạn khó bị kẻ gian chiếm và bạn biết phải làm gì khi mất điện thoại.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 10,
        "sectors": ["ngan-hang"],
        "tags": ["viettel-money", "an-toan", "lua-dao", "otp", "mat-dien-thoai"],
        "requirements": ["Tài khoản Viettel Money"],
        "steps": [
            {
                "heading": "Đặt mật khẩu khó đoán",
                "text": "<p>Không dùng ngày sinh, số điện thoại hay dãy số liền nhau. Không dùng chung mật khẩu với "
                "ứng dụng khác.</p>",
                "safety": True,
            },
            {
                "heading": "Khóa màn hình điện thoại",
                "text": "<p>Trong phần Cài đặt của máy, cài mã khóa, vân tay hoặc khuôn mặt để mở máy.</p>",
            },
            {
                "heading": "Bật vân tay hoặc khuôn mặt",
                "text": "<p>Trong phần cài đặt của Viettel Money, bật đăng nhập bằng vân tay hoặc khuôn mặt nếu máy "
                "hỗ trợ.</p>",
            },
            {
                "heading": "Giữ kín mã OTP",
                "text": "<p>Nhân viên Viettel không bao giờ hỏi mật khẩu hay mã OTP của bạn.</p>",
                "safety": True,
                "screen": {
                    "title": "Tin nhắn mã OTP",
                    "lines": ["Mã OTP của bạn là ••••••", "Tuyệt đối không cung cấp mã này cho bất kỳ ai"],
                    "highlight": "Không đọc mã cho ai",
                    "alt": "Tin nhắn chứa mã OTP đã che, nhắc không cung cấp mã cho bất kỳ ai; dòng đỏ ghi Không "
                    "đọc mã cho ai.",
                },
            },
            {
                "heading": "Xem lịch sử giao dịch mỗi tuần",
                "text": "<p>Mở lịch sử giao dịch trong ứng dụng. Thấy khoản lạ, đến cửa hàng Viettel để báo ngay.</p>",
            },
            {
                "heading": "Đến cửa hàng Viettel khi mất điện thoại",
                "text": "<p>Mang căn cước đến cửa hàng Viettel gần nhất. Nhờ khóa SIM và tài khoản Viettel Money.</p>",
                "tip": "<p>Có tài khoản ngân hàng trên máy đó? Mượn máy người thân, gọi số in trên thẻ ngân hàng để "
                "khóa tài khoản.</p>",
                "warning": "<p>Không gọi số tổng đài tìm thấy trên mạng hay do người lạ gửi. Chưa chắc số nào thì đến "
                "thẳng cửa hàng Viettel.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Nhận tin nhắn OTP mà mình không giao dịch",
                "<p>Có người đang thử vào tài khoản của bạn. Không đọc mã cho ai. Đổi mật khẩu ngay và báo cho "
                "cửa hàng Viettel.</p>",
            ),
            (
                "Đổi sang điện thoại mới",
                "<p>Ứng dụng sẽ yêu cầu nhận diện khuôn mặt khi bạn dùng máy mới. Tự làm trên máy của mình, không "
                "nhờ người lạ.</p>",
            ),
        ],
        "sources": [VIETTEL_NO_OTP_VOV, LOST_PHONE_PHU_NU, BIOMETRICS_CAFEBIZ],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
]
