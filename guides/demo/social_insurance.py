"""Demo guides: VssID (BHXH Việt Nam) and Sổ sức khỏe điện tử (Bộ Y tế), Xã hội số."""

from guides.demo.common import NEVER_SHARE_CODES, SIGN_IN_VNEID, SIGN_IN_VSSID
from guides.models import Audience, Effort

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
        "tags": ["vssid", "vneid", "dang-nhap"],
        "requirements": [
            "Đã có tài khoản VssID (tài khoản giao dịch điện tử với cơ quan bảo hiểm xã hội)",
            "Tài khoản VNeID mức 2 trên cùng điện thoại",
            "VssID và VNeID đã cập nhật bản mới nhất",
        ],
        "steps": [
            {
                "heading": "Cập nhật hai ứng dụng",
                "text": "<p>Mở CH Play hoặc App Store, cập nhật <b>VssID</b> và <b>VNeID</b> lên bản mới nhất.</p>",
            },
            {
                "heading": "Chọn đăng nhập bằng tài khoản định danh điện tử",
                "text": "<p>Mở VssID. Trên màn hình đăng nhập, chạm <b>Đăng nhập bằng tài khoản định danh điện "
                "tử</b>. Ứng dụng tự chuyển sang VNeID.</p>",
                "screen": {
                    "title": "VssID: đăng nhập",
                    "lines": ["Mã số BHXH hoặc số căn cước", "Mật khẩu", "Đăng nhập"],
                    "highlight": "Đăng nhập bằng tài khoản định danh điện tử",
                    "alt": "Màn hình đăng nhập VssID có ô mã số BHXH, ô mật khẩu, nút Đăng nhập và nút Đăng nhập "
                    "bằng tài khoản định danh điện tử được tô đỏ.",
                },
            },
            {
                "heading": "Đăng nhập VNeID",
                "text": "<p>Trên VNeID, đăng nhập bằng mật khẩu VNeID và làm theo yêu cầu xác nhận trên màn hình.</p>",
                "warning": NEVER_SHARE_CODES,
            },
            {
                "heading": "Quay lại VssID và kiểm tra tên",
                "text": "<p>VNeID tự chuyển về VssID. Thấy họ tên và mã số bảo hiểm xã hội của bạn là đã đăng "
                "nhập xong.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Báo chưa có tài khoản VssID",
                "<p>Bạn cần đăng ký VssID trước: dùng mục đăng ký trên ứng dụng VssID, hoặc nhờ cơ quan bảo hiểm "
                "xã hội, đại lý thu bảo hiểm nơi bạn ở hướng dẫn.</p>",
            ),
            (
                "Ứng dụng không chuyển sang VNeID",
                "<p>Cài VNeID trên chính điện thoại này, cập nhật cả hai ứng dụng rồi thử lại.</p>",
            ),
        ],
    },
    {
        "platform": "vssid",
        "slug": "qua-trinh-dong-bhxh",
        "title": "Tra cứu quá trình đóng bảo hiểm xã hội trên VssID",
        "outcome": "Bạn xem được mình đã đóng bảo hiểm xã hội, bảo hiểm thất nghiệp những tháng nào, ở đâu.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 5,
        "sectors": ["bao-hiem-xa-hoi", "viec-lam"],
        "tags": ["vssid", "bhxh", "tra-cuu"],
        "requirements": ["Tài khoản VssID, hoặc tài khoản VNeID mức 2 để đăng nhập VssID"],
        "steps": [
            SIGN_IN_VSSID,
            {
                "heading": "Mở phần Quản lý cá nhân",
                "text": "<p>Chạm <b>Quản lý cá nhân</b> ở thanh dưới cùng màn hình.</p>",
            },
            {
                "heading": "Chọn Quá trình tham gia",
                "text": "<p>Chạm <b>Quá trình tham gia</b>.</p>",
                "screen": {
                    "title": "VssID: quản lý cá nhân",
                    "lines": ["Thẻ BHYT", "Thông tin hưởng", "Sổ khám chữa bệnh"],
                    "highlight": "Quá trình tham gia",
                    "alt": "Phần Quản lý cá nhân của VssID với các mục Thẻ BHYT, Thông tin hưởng, Sổ khám chữa "
                    "bệnh và mục Quá trình tham gia được tô đỏ.",
                },
            },
            {
                "heading": "Chọn loại bảo hiểm",
                "text": "<p>Chọn <b>Bảo hiểm xã hội</b>, hoặc <b>Bảo hiểm thất nghiệp</b> nếu bạn muốn xem thời "
                "gian đóng bảo hiểm thất nghiệp.</p>",
            },
            {
                "heading": "Chọn khoảng thời gian",
                "text": "<p>Nếu ứng dụng cho chọn từ tháng, đến tháng, chọn khoảng thời gian cần xem rồi chạm "
                "<b>Tra cứu</b>.</p>",
            },
            {
                "heading": "Đọc kết quả",
                "text": "<p>Mỗi dòng cho biết từ tháng nào đến tháng nào, đơn vị nào đóng cho bạn và mức lương "
                "đóng bảo hiểm. Tổng thời gian đã đóng thường ghi ở đầu danh sách.</p>",
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
                "<p>Chạm <b>Quên mật khẩu</b> trên màn hình đăng nhập và làm theo hướng dẫn, hoặc đăng nhập bằng "
                "tài khoản VNeID mức 2.</p>",
            ),
        ],
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
        "tags": ["vssid", "bhyt"],
        "requirements": ["Tài khoản VssID, hoặc tài khoản VNeID mức 2 để đăng nhập VssID"],
        "steps": [
            SIGN_IN_VSSID,
            {
                "heading": "Mở thẻ bảo hiểm y tế",
                "text": "<p>Chạm <b>Quản lý cá nhân</b>, rồi chạm <b>Thẻ BHYT</b>.</p>",
                "screen": {
                    "title": "VssID: thẻ BHYT",
                    "lines": [
                        "Mã số BHXH: 10 số",
                        "Giá trị sử dụng: từ ... đến ...",
                        "Nơi đăng ký khám chữa bệnh ban đầu",
                        "Thời điểm đủ 5 năm liên tục",
                    ],
                    "highlight": "Giá trị sử dụng: từ ... đến ...",
                    "alt": "Thẻ bảo hiểm y tế trên VssID với mã số, nơi đăng ký khám chữa bệnh ban đầu, thời điểm đủ "
                    "5 năm liên tục; dòng giá trị sử dụng (hạn thẻ) được tô đỏ.",
                },
            },
            {
                "heading": "Xem hạn dùng của thẻ",
                "text": "<p>Đọc dòng giá trị sử dụng: ngày cuối cùng là hạn của thẻ.</p>",
            },
            {
                "heading": "Xem nơi khám chữa bệnh ban đầu",
                "text": "<p>Đọc tên cơ sở y tế nơi bạn đăng ký khám chữa bệnh ban đầu.</p>",
            },
            {
                "heading": "Dùng khi đi khám bệnh",
                "text": "<p>Ở quầy tiếp đón, bạn có thể đưa thẻ trên VssID, thẻ bảo hiểm y tế trên VNeID hoặc căn "
                "cước gắn chip.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Thẻ đã hết hạn",
                "<p>Người tham gia theo hộ gia đình gia hạn tại đại lý thu bảo hiểm (như bưu điện, Ủy ban nhân "
                "dân xã, phường) hoặc trên Cổng Dịch vụ công quốc gia. Người đi làm hỏi đơn vị nơi làm việc.</p>",
            ),
        ],
    },
    # Sổ sức khỏe điện tử: Bộ Y tế, Xã hội số
    {
        "platform": "so-suc-khoe",
        "slug": "tich-hop-bhyt",
        "title": "Tích hợp thẻ bảo hiểm y tế vào VNeID",
        "outcome": "Thẻ bảo hiểm y tế hiện trong VNeID, để dùng khi đi khám và để mở sổ sức khỏe điện tử.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 10,
        "sectors": ["y-te", "bao-hiem-xa-hoi"],
        "tags": ["vneid", "bhyt", "so-suc-khoe"],
        "requirements": [
            "Tài khoản VNeID mức 2 đã kích hoạt",
            "Số thẻ bảo hiểm y tế: 10 số mã số bảo hiểm xã hội, hoặc đủ 15 ký tự in trên thẻ",
            "Passcode VNeID 6 số",
        ],
        "steps": [
            SIGN_IN_VNEID,
            {
                "heading": "Mở Ví giấy tờ",
                "text": "<p>Chạm <b>Ví giấy tờ</b>. Nếu đã thấy <b>Thẻ BHYT</b> thì thẻ đã có sẵn, bạn không cần "
                "làm tiếp.</p>",
            },
            {
                "heading": "Tạo yêu cầu tích hợp mới",
                "text": "<p>Chạm <b>Tích hợp thông tin</b>, rồi <b>Tạo mới yêu cầu</b>.</p>",
            },
            {
                "heading": "Chọn Thẻ BHYT",
                "text": "<p>Ở ô chọn loại giấy tờ, chọn <b>Thẻ BHYT</b>.</p>",
            },
            {
                "heading": "Nhập số thẻ",
                "text": "<p>Chọn đơn vị cấp thẻ là <b>Bảo hiểm xã hội Việt Nam</b>, rồi nhập số thẻ: 10 số mã số "
                "bảo hiểm xã hội hoặc đủ 15 ký tự trên thẻ.</p>",
                "screen": {
                    "title": "Tích hợp thẻ BHYT",
                    "lines": [
                        "Đơn vị cấp: Bảo hiểm xã hội Việt Nam",
                        "Số thẻ BHYT",
                        "☑ Tôi xác nhận các thông tin ở trên là đúng",
                    ],
                    "highlight": "Gửi yêu cầu",
                    "alt": "Màn hình tích hợp thẻ bảo hiểm y tế: ô đơn vị cấp đã chọn Bảo hiểm xã hội Việt Nam, "
                    "ô số thẻ, ô đánh dấu xác nhận và nút Gửi yêu cầu màu đỏ.",
                },
            },
            {
                "heading": "Xác nhận và gửi yêu cầu",
                "text": "<p>Đánh dấu vào ô xác nhận thông tin là đúng, chạm <b>Gửi yêu cầu</b> và nhập passcode.</p>",
            },
            {
                "heading": "Xem thẻ trong Ví giấy tờ",
                "text": "<p>Khi yêu cầu được duyệt, mở <b>Ví giấy tờ</b> và chạm <b>Thẻ BHYT</b> để xem.</p>",
                "tip": "<p>Khi đi khám, đưa thẻ trên VNeID hoặc căn cước gắn chip cho quầy tiếp đón.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Báo số thẻ không hợp lệ",
                "<p>Xem lại số trên thẻ giấy hoặc trên VssID. Nhập đúng 10 số mã số bảo hiểm xã hội, hoặc đủ 15 "
                "ký tự, không có dấu cách.</p>",
            ),
        ],
    },
    {
        "platform": "so-suc-khoe",
        "slug": "xem-so-suc-khoe",
        "title": "Xem sổ sức khỏe điện tử trên VNeID",
        "outcome": "Bạn xem được thông tin sức khỏe và lịch sử khám chữa bệnh của mình trên điện thoại.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 5,
        "sectors": ["y-te"],
        "tags": ["vneid", "so-suc-khoe"],
        "requirements": [
            "Tài khoản VNeID mức 2 đã kích hoạt",
            "Thẻ bảo hiểm y tế đã tích hợp vào VNeID",
            "Passcode VNeID 6 số",
        ],
        "steps": [
            {
                "heading": "Cập nhật VNeID",
                "text": "<p>Mở CH Play hoặc App Store và cập nhật VNeID lên bản mới nhất.</p>",
            },
            SIGN_IN_VNEID,
            {
                "heading": "Mở Sổ sức khỏe điện tử",
                "text": "<p>Trên màn hình chính, chạm <b>Sổ sức khỏe điện tử</b>. Tùy phiên bản, mục này nằm "
                "trong <b>Ví giấy tờ</b> hoặc mang tên <b>Hồ sơ sức khỏe</b>.</p>",
                "screen": {
                    "title": "VNeID: màn hình chính",
                    "lines": ["Ví giấy tờ", "Thủ tục hành chính", "Thông báo"],
                    "highlight": "Sổ sức khỏe điện tử",
                    "alt": "Màn hình chính của VNeID với các mục Ví giấy tờ, Thủ tục hành chính, Thông báo và mục "
                    "Sổ sức khỏe điện tử được tô đỏ.",
                },
            },
            {
                "heading": "Nhập passcode",
                "text": "<p>Nhập passcode 6 số để mở sổ.</p>",
            },
            {
                "heading": "Xem các mục trong sổ",
                "text": "<p>Sổ thường có:</p><ul><li>Thông tin cá nhân và thẻ bảo hiểm y tế</li>"
                "<li>Lịch sử khám chữa bệnh: ngày khám, nơi khám, chẩn đoán, đơn thuốc</li>"
                "<li>Giấy hẹn khám lại, giấy chuyển tuyến (nếu có)</li></ul>",
            },
            {
                "heading": "Mở sổ khi đi khám",
                "text": "<p>Khi đi khám, mở sổ để nhân viên y tế xem lịch sử khám của bạn. Nếu nơi khám vẫn cần sổ "
                "giấy, mang theo sổ giấy.</p>",
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
                "<p>Cập nhật VNeID lên bản mới nhất. Tài khoản cần là mức 2 và đã tích hợp thẻ bảo hiểm y tế.</p>",
            ),
        ],
    },
]
