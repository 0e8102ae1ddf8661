"""Demo guides: Viettel Money (Tổng công ty Dịch vụ số Viettel), Kinh tế số."""

from guides.demo.common import NEVER_SHARE_CODES, OFFICIAL_STORES_ONLY
from guides.models import Audience, Effort

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
        "tags": ["viettel-money", "mobile-money", "thanh-toan"],
        "requirements": [
            "Căn cước gắn chip",
            "Số điện thoại đứng tên chính bạn",
            "Điện thoại thông minh có camera",
        ],
        "steps": [
            {
                "heading": "Tải ứng dụng Viettel Money",
                "text": "<p>Mở CH Play hoặc App Store, tìm <b>Viettel Money</b> và cài đặt.</p>",
                "warning": OFFICIAL_STORES_ONLY,
                "tip": "<p>Không có điện thoại thông minh? Mang căn cước ra cửa hàng Viettel để được mở tài khoản "
                "Mobile Money và hướng dẫn giao dịch trên điện thoại phím bấm.</p>",
            },
            {
                "heading": "Nhập số điện thoại",
                "text": "<p>Mở ứng dụng, nhập số điện thoại của bạn và chạm <b>Tiếp tục</b>.</p>",
                "screen": {
                    "title": "Viettel Money: đăng ký",
                    "lines": ["Số điện thoại", "Tôi đồng ý với điều khoản sử dụng"],
                    "highlight": "Tiếp tục",
                    "alt": "Màn hình đăng ký Viettel Money có ô số điện thoại, dòng đồng ý điều khoản và nút "
                    "Tiếp tục màu đỏ.",
                },
            },
            {
                "heading": "Nhập mã OTP",
                "text": "<p>Nhập mã OTP gửi qua tin nhắn đến số điện thoại của bạn.</p>",
                "warning": NEVER_SHARE_CODES,
            },
            {
                "heading": "Chụp ảnh căn cước",
                "text": "<p>Chụp mặt trước và mặt sau căn cước theo khung trên màn hình, chỗ đủ sáng, không bị lóa. "
                "Nếu ứng dụng yêu cầu, áp căn cước vào lưng máy để đọc chip.</p>",
            },
            {
                "heading": "Chụp ảnh khuôn mặt",
                "text": "<p>Nhìn thẳng vào camera và làm theo hướng dẫn để ứng dụng so khuôn mặt với ảnh trên "
                "căn cước.</p>",
            },
            {
                "heading": "Kiểm tra thông tin",
                "text": "<p>Đọc lại họ tên, ngày sinh, số căn cước mà ứng dụng đọc được. Sửa nếu sai.</p>",
            },
            {
                "heading": "Tạo mật khẩu",
                "text": "<p>Đặt mật khẩu theo yêu cầu của ứng dụng. Không dùng ngày sinh hay dãy số dễ đoán như "
                "123456.</p>",
            },
            {
                "heading": "Nạp tiền vào tài khoản",
                "text": "<p>Liên kết tài khoản ngân hàng đứng tên bạn, hoặc nạp tiền mặt tại cửa hàng, điểm giao "
                "dịch của Viettel.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Ứng dụng báo số điện thoại chưa chính chủ",
                "<p>Mang căn cước ra cửa hàng Viettel để cập nhật thông tin thuê bao, rồi đăng ký lại.</p>",
            ),
            (
                "Không chụp được căn cước",
                "<p>Đặt thẻ trên nền tối, chỗ đủ sáng, không có đèn chiếu thẳng gây lóa; giữ máy song song với "
                "thẻ.</p>",
            ),
        ],
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
        "tags": ["viettel-money", "qr", "thanh-toan"],
        "requirements": ["Tài khoản Viettel Money có đủ tiền", "Mã QR thanh toán của cửa hàng"],
        "steps": [
            {
                "heading": "Mở Viettel Money",
                "text": "<p>Mở ứng dụng và đăng nhập.</p>",
            },
            {
                "heading": "Chạm Quét QR",
                "text": "<p>Chạm biểu tượng quét mã QR trên màn hình chính.</p>",
            },
            {
                "heading": "Quét mã của cửa hàng",
                "text": "<p>Đưa camera vào mã QR dán tại quầy cho mã nằm gọn trong khung.</p>",
            },
            {
                "heading": "Kiểm tra tên người nhận",
                "text": "<p>Đọc tên người nhận hiện trên màn hình: phải đúng tên cửa hàng hoặc chủ cửa hàng.</p>",
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
                "text": "<p>Nếu mã QR chưa có sẵn số tiền, nhập số tiền cần trả và kiểm tra lại từng số 0.</p>",
            },
            {
                "heading": "Xác nhận thanh toán",
                "text": "<p>Chạm <b>Xác nhận</b> rồi nhập mật khẩu, mã OTP hoặc dùng vân tay, khuôn mặt theo yêu "
                "cầu.</p>",
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
        "tags": ["viettel-money", "an-toan", "lua-dao", "otp"],
        "requirements": ["Tài khoản Viettel Money"],
        "steps": [
            {
                "heading": "Đặt mật khẩu khó đoán",
                "text": "<p>Không dùng ngày sinh, số điện thoại hay dãy số liền nhau. Không dùng chung mật khẩu với "
                "ứng dụng khác.</p>",
            },
            {
                "heading": "Khóa màn hình điện thoại",
                "text": "<p>Cài mã khóa, vân tay hoặc khuôn mặt để mở điện thoại, trong phần Cài đặt của máy.</p>",
            },
            {
                "heading": "Bật xác thực bằng vân tay hoặc khuôn mặt",
                "text": "<p>Trong phần cài đặt của ứng dụng Viettel Money, bật đăng nhập và xác nhận giao dịch bằng "
                "vân tay hoặc khuôn mặt nếu máy hỗ trợ.</p>",
            },
            {
                "heading": "Giữ kín mã OTP",
                "text": "<p>Nhân viên Viettel không bao giờ hỏi mật khẩu hay mã OTP của bạn.</p>",
                "warning": NEVER_SHARE_CODES,
                "screen": {
                    "title": "Tin nhắn mã OTP",
                    "lines": ["Mã OTP của bạn là ••••••", "Tuyệt đối không cung cấp mã này cho bất kỳ ai"],
                    "highlight": "Không đọc mã cho ai",
                    "alt": "Tin nhắn chứa mã OTP đã che, nhắc không cung cấp mã cho bất kỳ ai; nút đỏ ghi Không "
                    "đọc mã cho ai.",
                },
            },
            {
                "heading": "Xem lịch sử giao dịch mỗi tuần",
                "text": "<p>Mở lịch sử giao dịch trong ứng dụng. Thấy khoản lạ, báo ngay cho Viettel.</p>",
            },
            {
                "heading": "Khóa tài khoản khi mất điện thoại",
                "text": "<p>Mượn máy khác gọi tổng đài chăm sóc khách hàng của Viettel, hoặc đến cửa hàng Viettel "
                "gần nhất, để khóa SIM và tài khoản. Mang theo căn cước.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Nhận tin nhắn OTP mà mình không giao dịch",
                "<p>Có người đang thử vào tài khoản của bạn. Không đọc mã cho ai, đổi mật khẩu ngay và báo cho "
                "Viettel.</p>",
            ),
        ],
    },
]
