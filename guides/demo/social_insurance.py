"""Demo guides: VssID (BHXH Việt Nam) and Sổ sức khỏe điện tử (Bộ Y tế), Xã hội số."""

from datetime import date

from guides.models import Audience, Effort

# Sources for the VssID guides. No page of Vietnam Social Security itself was found that walks through the app, so
# these are its answers as printed by newspapers and guides written from the current app.
VSSID_CARD_ANSWER = {
    "title": "Mất thẻ BHYT giấy, điện thoại hư, cách nào để khám chữa bệnh?",
    "url": "https://plo.vn/mat-the-bhyt-giay-dien-thoai-hu-cach-nao-de-kham-chua-benh-post786275.html",
    "issuer": "Báo Pháp Luật TP.HCM",
    "issued_on": None,
    "supports": "Bảo hiểm xã hội TP.HCM trả lời: ba cách thay thẻ BHYT giấy là căn cước gắn chip, VNeID mức 2 và "
    "VssID; trên VssID chọn Quản lý cá nhân, chọn Thẻ BHYT, rồi Sử dụng thẻ hoặc Hình ảnh thẻ",
}
VSSID_HISTORY_2025 = {
    "title": "Hướng dẫn tra cứu BHXH, bảo hiểm thất nghiệp qua ứng dụng VssID",
    "url": "https://hatgiongtamhon.vn/huong-dan-tra-cuu-bhxh-bao-hiem-that-nghiep-qua-ung-dung-vssid-150570.html",
    "issuer": "hatgiongtamhon.vn",
    "issued_on": date(2025, 6, 17),
    "supports": "VssID tra cứu quá trình tham gia BHXH, bảo hiểm thất nghiệp và mức lương đóng; quên mật khẩu thì "
    "đăng nhập bằng tài khoản định danh điện tử, ứng dụng tự chuyển sang VNeID; mục Quá trình tham gia",
}
VSSID_HISTORY_UNPAID = {
    "title": "Tra cứu quá trình đóng BHXH trên VssID",
    "url": "https://hoatieu.vn/phap-luat/tra-cuu-qua-trinh-dong-bhxh-207620",
    "issuer": "Hoatieu.vn",
    "issued_on": None,
    "supports": "Chọn Quá trình tham gia, chọn BHXH để xem tổng thời gian tham gia và thời gian nơi làm việc chưa đóng",
}
VSSID_MENU = {
    "title": "Kiểm tra quá trình đóng BHXH thế nào?",
    "url": "https://luatminhgia.com.vn/kiem-tra-qua-trinh-dong-bhxh-the-nao.aspx",
    "issuer": "Công ty Luật Minh Gia",
    "issued_on": None,
    "supports": "Trong Quản lý cá nhân của VssID có các mục Thẻ BHYT, Quá trình tham gia, Thông tin hưởng và Sổ "
    "khám chữa bệnh",
}
PAPER_CARDS_STOPPED = {
    "title": "Thông tin bảo hiểm y tế trên ứng dụng VNeID hiển thị sai, người dùng chỉnh sửa thế nào?",
    "url": "https://kenh14.vn/thong-tin-bao-hiem-y-te-tren-ung-dung-vneid-hien-thi-sai-nguoi-dung-chinh-sua-the-"
    "nao-215260112172241855.chn",
    "issuer": "Kenh14.vn",
    "issued_on": date(2026, 1, 12),
    "supports": "Công văn 168/BHXH-QLT ngày 26/3/2025: từ 1/6/2025 thẻ BHYT giấy không còn cấp đại trà; người dân "
    "dùng hình ảnh thẻ trên VssID và VNeID",
}

# The VssID guides open the app and sign in in two steps (one action each).
OPEN_VSSID = {"heading": "Mở ứng dụng VssID", "text": "<p>Chạm biểu tượng <b>VssID</b> trên điện thoại.</p>"}
SIGN_IN_TO_VSSID = {
    "heading": "Đăng nhập VssID",
    "text": "<p>Gõ mã số bảo hiểm xã hội và mật khẩu VssID. Quên mật khẩu thì chọn đăng nhập bằng tài khoản định "
    "danh điện tử: ứng dụng chuyển sang VNeID.</p>",
    "safety": True,
}

# Sources for the Sổ sức khỏe điện tử guides.
HEALTH_BOOK_DECISION_31 = {
    "title": "Đăng ký sử dụng sổ sức khỏe điện tử VNeID khi đi khám chữa bệnh diễn ra nhanh gọn, tiết kiệm thời gian "
    "khi thực hiện các bước này",
    "url": "https://giadinh.suckhoedoisong.vn/dang-ky-su-dung-so-suc-khoe-dien-tu-vneid-khi-di-kham-chua-benh-dien-"
    "ra-nhanh-gon-tiet-kiem-thoi-gian-khi-thuc-hien-cac-buoc-nay-172260109150433277.htm",
    "issuer": "Báo Sức khỏe và Đời sống (Bộ Y tế)",
    "issued_on": date(2026, 1, 11),
    "supports": "Quyết định 31/QĐ-BYT: dữ liệu Sổ sức khỏe điện tử đã liên thông, ký số và hiển thị trên VNeID có giá "
    "trị pháp lý như bản giấy; cơ sở khám chữa bệnh, cơ quan giải quyết thủ tục không yêu cầu bản giấy nếu đã có "
    "đủ thông tin trên VNeID",
}
HEALTH_BOOK_DECISION_31_VNEXPRESS = {
    "title": "Từ nay người dân không cần dùng sổ khám bệnh giấy",
    "url": "https://vnexpress.net/tu-nay-nguoi-dan-khong-can-dung-so-kham-benh-giay-5002729.html",
    "issuer": "Báo VnExpress",
    "issued_on": date(2026, 1, 7),
    "supports": "Quyết định số 31 của Bộ Y tế, công bố ngày 6/1/2026, áp dụng từ 1/1/2026; sổ có 4 nhóm thông tin: "
    "hành chính, tiền sử y tế, khám chữa bệnh, tóm tắt hồ sơ bệnh án",
}
HEALTH_BOOK_TRUNG_VUONG = {
    "title": "Hướng dẫn tích hợp và truy cập sổ sức khỏe điện tử trên ứng dụng VNeID",
    "url": "https://bvtrungvuong.vn/tin-tuc-su-kien/tin-benh-vien/huong-dan-tich-hop-va-truy-cap-so-suc-khoe-dien-tu-"
    "tren-ung-dung-vneid",
    "issuer": "Bệnh viện Trưng Vương",
    "issued_on": date(2024, 11, 26),
    "supports": "Tiện ích Sổ sức khỏe điện tử có trên VNeID từ bản 2.1.10, chỉ cho tài khoản định danh mức 2; cập nhật "
    "VNeID lên bản mới nhất qua App Store hoặc Google Play; theo Quyết định 2733/QĐ-BYT sổ điện tử tương đương sổ giấy",
}
HEALTH_CARD_THU_PHUC = {
    "title": "Hướng dẫn tích hợp thông tin Sổ sức khỏe điện tử trên ứng dụng VNeID",
    "url": "https://thuphuc.vn/news/tin-benh-vien/huong-dan-tich-hop-thong-tin-so-suc-khoe-dien-tu-tren-ung-dung-"
    "vneid-149.html",
    "issuer": "Bệnh viện Thu Phúc",
    "issued_on": None,
    "supports": "Tích hợp thẻ BHYT trong Ví giấy tờ của VNeID mức 2: chọn đơn vị cấp thẻ (Bảo hiểm xã hội Việt Nam "
    "hoặc Bảo hiểm xã hội Công an nhân dân); số thẻ 10 ký tự số hoặc 15 ký tự; ô Tôi xác nhận các thông tin ở trên là "
    "đúng; nút Gửi yêu cầu",
}
HEALTH_CARD_WALLET_DANTRI = {
    "title": "Cách xử lý khi thẻ BHYT điện tử hết hạn hoặc thông tin trên VNeID sai lệch",
    "url": "https://dantri.com.vn/cong-nghe/cach-xu-ly-khi-the-bhyt-dien-tu-het-han-hoac-thong-tin-tren-vneid-sai-"
    "lech-20260110021203649.htm",
    "issuer": "Báo Dân trí",
    "issued_on": date(2026, 1, 10),
    "supports": "Ví giấy tờ ở thanh dưới cùng; chọn Thẻ BHYT; nhập mã bảo vệ ví giấy tờ để xem mã số, ngày bắt đầu và "
    "ngày hết hiệu lực",
}

GUIDES = [
    # VssID: BHXH Việt Nam, Xã hội số
    {
        "platform": "vssid",
        "slug": "dang-nhap-bang-vneid",
        "title": "Đăng nhập VssID bằng tài khoản VNeID",
        "outcome": "Bạn vào VssID bằng tài khoản VNeID, không phải nhớ thêm một mật khẩu nữa.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 5,
        "sectors": ["bao-hiem-xa-hoi"],
        "tags": ["vssid", "vneid", "dang-nhap", "quen mat khau vssid"],
        "requirements": [
            "Tài khoản VNeID đã kích hoạt, trên cùng điện thoại với VssID",
            "VssID và VNeID đã cập nhật bản mới nhất",
        ],
        "steps": [
            {
                "heading": "Cập nhật hai ứng dụng",
                "text": "<p>Trong CH Play hoặc App Store, cập nhật <b>VssID</b> và <b>VNeID</b> lên bản mới nhất.</p>",
            },
            OPEN_VSSID,
            {
                "heading": "Chọn đăng nhập bằng tài khoản định danh điện tử",
                "text": "<p>Trên màn hình đăng nhập, chạm dòng đăng nhập bằng <b>tài khoản định danh điện tử</b>. "
                "Ứng dụng tự chuyển sang VNeID.</p>",
                "screen": {
                    "title": "VssID: đăng nhập",
                    "lines": ["Mã số BHXH", "Mật khẩu", "Đăng nhập"],
                    "highlight": "Đăng nhập bằng tài khoản định danh điện tử",
                    "alt": "Màn hình đăng nhập VssID có ô mã số BHXH, ô mật khẩu, nút Đăng nhập và dòng Đăng nhập "
                    "bằng tài khoản định danh điện tử được tô đỏ.",
                },
            },
            {
                "heading": "Đăng nhập VNeID",
                "text": "<p>Trên VNeID, gõ mật khẩu VNeID. Làm theo yêu cầu xác nhận trên màn hình.</p>",
                "safety": True,
            },
            {
                "heading": "Kiểm tra tên trên VssID",
                "text": "<p>VNeID tự chuyển về VssID. Thấy họ tên và mã số bảo hiểm xã hội của bạn là đã đăng "
                "nhập xong.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Báo chưa có tài khoản VssID",
                "<p>Nhờ cơ quan bảo hiểm xã hội hoặc đại lý thu bảo hiểm nơi bạn ở hướng dẫn đăng ký.</p>",
            ),
            (
                "Ứng dụng không chuyển sang VNeID",
                "<p>Cài VNeID trên chính điện thoại này. Cập nhật cả hai ứng dụng, rồi thử lại.</p>",
            ),
        ],
        "sources": [VSSID_HISTORY_2025],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
    {
        "platform": "vssid",
        "slug": "qua-trinh-dong-bhxh",
        "title": "Tra cứu quá trình đóng bảo hiểm xã hội trên VssID",
        "outcome": "Bạn xem được mình đã đóng bảo hiểm xã hội, bảo hiểm thất nghiệp bao lâu và ở đâu.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 5,
        "sectors": ["bao-hiem-xa-hoi", "viec-lam"],
        "tags": ["vssid", "bhxh", "tra-cuu", "tra cuu qua trinh dong bhxh"],
        "requirements": ["Tài khoản VssID, hoặc tài khoản VNeID để đăng nhập VssID"],
        "steps": [
            OPEN_VSSID,
            SIGN_IN_TO_VSSID,
            {
                "heading": "Chạm Quá trình tham gia",
                "text": "<p>Chạm <b>Quá trình tham gia</b>. Nếu màn hình chính không có, tìm trong mục <b>Quản lý "
                "cá nhân</b>.</p>",
                "screen": {
                    "title": "VssID: quản lý cá nhân",
                    "lines": ["Thẻ BHYT", "Thông tin hưởng", "Sổ khám chữa bệnh"],
                    "highlight": "Quá trình tham gia",
                    "alt": "Phần Quản lý cá nhân của VssID với các mục Thẻ BHYT, Thông tin hưởng, Sổ khám chữa "
                    "bệnh và mục Quá trình tham gia được tô đỏ.",
                },
            },
            {
                "heading": "Chạm BHXH",
                "text": "<p>Chạm <b>BHXH</b> để xem bảo hiểm xã hội. Muốn xem bảo hiểm thất nghiệp, chọn mục bảo "
                "hiểm thất nghiệp ngay bên cạnh.</p>",
            },
            {
                "heading": "Đọc tổng thời gian",
                "text": "<p>Phía trên ghi tổng thời gian bạn đã tham gia. Nếu nơi làm việc chậm đóng, ứng dụng ghi "
                "cả thời gian chưa đóng.</p>",
            },
            {
                "heading": "Đọc từng giai đoạn",
                "text": "<p>Mỗi dòng ghi khoảng thời gian, đơn vị đóng cho bạn và mức lương đóng bảo hiểm.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Thiếu những tháng đã đi làm",
                "<p>Hỏi bộ phận nhân sự nơi bạn làm việc xem đã đóng đủ chưa. Nếu đơn vị đã đóng mà vẫn thiếu, "
                "liên hệ cơ quan bảo hiểm xã hội nơi đơn vị đóng.</p>",
            ),
            (
                "Quên mật khẩu VssID",
                "<p>Đăng nhập bằng tài khoản định danh điện tử VNeID thay cho mật khẩu (xem hướng dẫn “Đăng nhập "
                "VssID bằng tài khoản VNeID”).</p>",
            ),
        ],
        "sources": [VSSID_HISTORY_2025, VSSID_HISTORY_UNPAID, VSSID_MENU],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
    {
        "platform": "vssid",
        "slug": "xem-the-bhyt",
        "title": "Xem thẻ bảo hiểm y tế và hạn dùng trên VssID",
        "outcome": "Bạn biết thẻ bảo hiểm y tế còn hạn đến ngày nào và nơi đăng ký khám chữa bệnh ban đầu.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 5,
        "sectors": ["y-te", "bao-hiem-xa-hoi"],
        "tags": ["vssid", "bhyt", "the bhyt dien tu"],
        "requirements": ["Tài khoản VssID, hoặc tài khoản VNeID để đăng nhập VssID"],
        "steps": [
            OPEN_VSSID,
            SIGN_IN_TO_VSSID,
            {
                "heading": "Chạm Quản lý cá nhân",
                "text": "<p>Chạm <b>Quản lý cá nhân</b> trên màn hình chính.</p>",
            },
            {
                "heading": "Chạm Thẻ BHYT",
                "text": "<p>Chạm <b>Thẻ BHYT</b> để xem thẻ của bạn.</p>",
                "screen": {
                    "title": "VssID: thẻ BHYT",
                    "lines": [
                        "Mã số BHXH: 10 số",
                        "Nơi đăng ký khám chữa bệnh ban đầu",
                        "Hình ảnh thẻ",
                    ],
                    "highlight": "Hạn sử dụng: từ ... đến ...",
                    "alt": "Thẻ bảo hiểm y tế trên VssID với mã số, nơi đăng ký khám chữa bệnh ban đầu, nút hình "
                    "ảnh thẻ; dòng hạn sử dụng của thẻ được tô đỏ.",
                },
            },
            {
                "heading": "Xem hạn dùng của thẻ",
                "text": "<p>Đọc dòng ghi thời hạn của thẻ: ngày cuối cùng là hạn của thẻ.</p>",
            },
            {
                "heading": "Xem nơi khám chữa bệnh ban đầu",
                "text": "<p>Đọc tên cơ sở y tế nơi bạn đăng ký khám chữa bệnh ban đầu.</p>",
            },
            {
                "heading": "Mở hình ảnh thẻ khi đi khám",
                "text": "<p>Ở quầy tiếp đón, chạm <b>Sử dụng thẻ</b> hoặc <b>Hình ảnh thẻ</b> để nhân viên y tế "
                "xem.</p>",
                "tip": "<p>Bạn cũng có thể đưa căn cước gắn chip, hoặc thẻ bảo hiểm y tế trên VNeID.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Thẻ đã hết hạn",
                "<p>Thẻ hộ gia đình: xem hướng dẫn “Gia hạn thẻ bảo hiểm y tế hộ gia đình trực tuyến”. Bạn cũng "
                "có thể đến đại lý thu bảo hiểm. Người đi làm hỏi đơn vị nơi làm việc.</p>",
            ),
            (
                "Tôi không còn thẻ giấy",
                "<p>Từ 1/6/2025, thẻ giấy không còn cấp đại trà. Dùng hình ảnh thẻ trên VssID, VNeID hoặc căn cước "
                "gắn chip.</p>",
            ),
        ],
        "sources": [VSSID_CARD_ANSWER, VSSID_MENU, PAPER_CARDS_STOPPED],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
    # Sổ sức khỏe điện tử: Bộ Y tế, Xã hội số
    {
        "platform": "so-suc-khoe",
        "slug": "tich-hop-bhyt",
        "title": "Tích hợp thẻ bảo hiểm y tế vào VNeID",
        "outcome": "Thẻ bảo hiểm y tế hiện trong Ví giấy tờ của VNeID, để xuất trình khi đi khám bệnh.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 10,
        "sectors": ["y-te", "bao-hiem-xa-hoi"],
        "tags": ["vneid", "bhyt", "so-suc-khoe", "the bhyt", "the bao hiem y te dien tu"],
        "requirements": [
            "Tài khoản VNeID mức 2 đã kích hoạt",
            "Số thẻ bảo hiểm y tế: 10 số mã số bảo hiểm xã hội, hoặc đủ 15 ký tự in trên thẻ",
            "Passcode VNeID 6 số",
        ],
        "steps": [
            {"heading": "Mở ứng dụng VNeID", "text": "<p>Chạm biểu tượng <b>VNeID</b> trên điện thoại.</p>"},
            {
                "heading": "Đăng nhập VNeID",
                "text": "<p>Gõ mật khẩu VNeID. Đã cài vân tay, khuôn mặt thì dùng chúng thay mật khẩu.</p>",
                "safety": True,
            },
            {
                "heading": "Mở Ví giấy tờ",
                "text": "<p>Chạm <b>Ví giấy tờ</b> ở thanh dưới cùng. Đã thấy <b>Thẻ BHYT</b> thì thẻ đã có sẵn, "
                "bạn không cần làm tiếp.</p>",
            },
            {
                "heading": "Nhập passcode",
                "text": "<p>Khi ứng dụng hỏi, gõ passcode 6 số để mở Ví giấy tờ.</p>",
                "safety": True,
            },
            {
                "heading": "Chạm Tích hợp thông tin",
                "text": "<p>Trong Ví giấy tờ, chạm <b>Tích hợp thông tin</b>.</p>",
                "tip": "<p>Nếu thấy danh sách các yêu cầu cũ, chạm <b>Tạo mới yêu cầu</b>.</p>",
            },
            {
                "heading": "Chọn Thẻ bảo hiểm y tế",
                "text": "<p>Ở ô <b>Chọn thông tin</b>, chọn thẻ bảo hiểm y tế.</p>",
            },
            {
                "heading": "Chọn đơn vị cấp thẻ",
                "text": "<p>Chọn <b>Bảo hiểm xã hội Việt Nam</b>. Người trong lực lượng Công an chọn <b>Bảo hiểm xã "
                "hội Công an nhân dân</b>.</p>",
            },
            {
                "heading": "Nhập số thẻ",
                "text": "<p>Gõ số thẻ: 10 số mã số bảo hiểm xã hội, hoặc đủ 15 ký tự trên thẻ.</p>",
                "screen": {
                    "title": "Tích hợp thẻ BHYT",
                    "lines": [
                        "Đơn vị cấp: Bảo hiểm xã hội Việt Nam",
                        "Số thẻ BHYT",
                        "☑ Tôi xác nhận các thông tin ở trên là đúng",
                    ],
                    "highlight": "Gửi yêu cầu",
                    "alt": "Ảnh minh họa màn hình tích hợp thẻ bảo hiểm y tế: ô đơn vị cấp, ô số thẻ, ô đánh dấu xác "
                    "nhận và nút Gửi yêu cầu màu đỏ.",
                },
            },
            {
                "heading": "Đánh dấu ô xác nhận",
                "text": "<p>Đánh dấu ô <b>Tôi xác nhận các thông tin ở trên là đúng</b>.</p>",
            },
            {
                "heading": "Chạm Gửi yêu cầu",
                "text": "<p>Chạm <b>Gửi yêu cầu</b> ở cuối màn hình.</p>",
            },
            {
                "heading": "Xem thẻ khi đã duyệt",
                "text": "<p>Khi yêu cầu được duyệt, chạm <b>Thẻ BHYT</b> trong Ví giấy tờ để xem.</p>",
                "tip": "<p>Từ 1/6/2025, thẻ bảo hiểm y tế giấy không còn cấp đại trà. Khi đi khám, đưa thẻ trên VNeID "
                "hoặc VssID.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Báo số thẻ không hợp lệ",
                "<p>Xem lại số thẻ trên VssID. Gõ đúng 10 số mã số bảo hiểm xã hội, hoặc đủ 15 ký tự, không có dấu "
                "cách.</p>",
            ),
            (
                "Không có tài khoản mức 2",
                "<p>Thẻ chỉ tích hợp được với tài khoản mức 2. Đến Công an xã, phường hoặc nơi làm căn cước để đăng "
                "ký mức 2.</p>",
            ),
        ],
        "sources": [HEALTH_CARD_THU_PHUC, HEALTH_CARD_WALLET_DANTRI, PAPER_CARDS_STOPPED],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
    {
        "platform": "so-suc-khoe",
        "slug": "xem-so-suc-khoe",
        "title": "Xem sổ sức khỏe điện tử trên VNeID",
        "outcome": "Bạn xem được thông tin sức khỏe, lịch sử khám chữa bệnh, và dùng sổ thay sổ khám bệnh giấy.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 5,
        "sectors": ["y-te"],
        "tags": ["vneid", "so-suc-khoe", "so kham benh", "so kham benh dien tu", "lich su kham benh", "don thuoc"],
        "requirements": [
            "Tài khoản VNeID mức 2 đã kích hoạt",
            "VNeID bản mới nhất (sổ có từ bản 2.1.10)",
            "Passcode VNeID 6 số",
        ],
        "steps": [
            {
                "heading": "Cập nhật VNeID",
                "text": "<p>Trên <b>CH Play</b> hoặc <b>App Store</b>, cập nhật VNeID lên bản mới nhất.</p>",
            },
            {"heading": "Mở ứng dụng VNeID", "text": "<p>Chạm biểu tượng <b>VNeID</b> trên điện thoại.</p>"},
            {
                "heading": "Đăng nhập VNeID",
                "text": "<p>Gõ mật khẩu VNeID. Đã cài vân tay, khuôn mặt thì dùng chúng thay mật khẩu.</p>",
                "safety": True,
            },
            {
                "heading": "Chạm Sổ sức khỏe điện tử",
                "text": "<p>Trên màn hình chính, chạm <b>Sổ sức khỏe điện tử</b>.</p>",
                "tip": "<p>Không thấy mục này thì chạm biểu tượng kính lúp ở góc trên để tìm.</p>",
                "screen": {
                    "title": "VNeID: màn hình chính",
                    "lines": ["Ví giấy tờ", "Thủ tục hành chính", "Thông báo"],
                    "highlight": "Sổ sức khỏe điện tử",
                    "alt": "Ảnh minh họa màn hình chính của VNeID: các mục Ví giấy tờ, Thủ tục hành chính, Thông báo "
                    "và mục Sổ sức khỏe điện tử được tô đỏ.",
                },
            },
            {
                "heading": "Nhập passcode",
                "text": "<p>Gõ passcode 6 số để mở sổ.</p>",
                "safety": True,
            },
            {
                "heading": "Xem các mục trong sổ",
                "text": "<p>Sổ có 4 nhóm:</p><ul><li>Hành chính: họ tên, thẻ bảo hiểm y tế</li><li>Tiền sử: bệnh, "
                "dị ứng, tiêm chủng</li><li>Các lần khám, chữa bệnh</li><li>Tóm tắt bệnh án, đơn thuốc</li></ul>",
            },
            {
                "heading": "Mở sổ khi đi khám",
                "text": "<p>Ở quầy tiếp đón, mở sổ trên VNeID khi được hỏi.</p>",
                "tip": "<p>Theo Quyết định 31/QĐ-BYT của Bộ Y tế, thông tin đã hiện đủ trên VNeID thì nơi khám không "
                "yêu cầu bản giấy.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Sổ chưa có lịch sử khám bệnh",
                "<p>Sổ chỉ hiện lần khám mà cơ sở y tế đã gửi dữ liệu lên. Hỏi nơi bạn đã khám, hoặc trạm y tế "
                "xã, phường.</p>",
            ),
            (
                "Không thấy mục Sổ sức khỏe điện tử",
                "<p>Cập nhật VNeID lên bản mới nhất. Sổ chỉ có với tài khoản mức 2. Tài khoản mức 1 thì đến Công "
                "an xã, phường để lên mức 2.</p>",
            ),
            (
                "Nơi khám vẫn đòi sổ giấy",
                "<p>Mở sổ trên VNeID cho nhân viên xem. Thông tin đã có đủ trên VNeID thì không phải nộp bản "
                "giấy.</p><p>Thông tin chưa có trong sổ thì vẫn mang giấy tờ.</p>",
            ),
        ],
        "sources": [HEALTH_BOOK_DECISION_31, HEALTH_BOOK_DECISION_31_VNEXPRESS, HEALTH_BOOK_TRUNG_VUONG],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
]
