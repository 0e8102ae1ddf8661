"""Demo guides: real tasks on the demo platforms, written the way the site's editors should write them.

Button labels change between app versions: where a label is not certain the text describes where to look, so the
guide stays true. Every drawn screen is labelled "Ảnh minh họa" and is not a screenshot of the real app.
"""

from datetime import date

from wagtail.models import Site
from wagtail.rich_text import RichText

from content.demo import PLATFORM_INDEX, ensure_child
from content.illustrations import illustration_image
from content.models import Pillar, PlatformIndexPage, PlatformPage, Sector
from guides.factories import step
from guides.models import Audience, Effort, GuideIndexPage, GuidePage

GUIDE_INDEX = {
    "slug": "huong-dan",
    "title": "Hướng dẫn",
    "intro": "Mỗi hướng dẫn là một việc cụ thể, chia thành từng bước ngắn, để bạn tự làm trên điện thoại "
    "hoặc nhờ Tổ công nghệ số cộng đồng giúp.",
}

REVIEWED = date(2026, 1, 20)

NEVER_SHARE_CODES = (
    "<p>Không đọc, không gửi mã OTP, mật khẩu hay passcode cho bất kỳ ai, kể cả người xưng là công an, "
    "cán bộ hay nhân viên nhà mạng.</p>"
)
OFFICIAL_STORES_ONLY = (
    "<p>Chỉ tải ứng dụng từ <b>CH Play</b> hoặc <b>App Store</b>. Không cài ứng dụng từ đường link người lạ "
    "gửi qua tin nhắn, Zalo hay Facebook.</p>"
)
SIGN_IN_VNEID = {
    "heading": "Đăng nhập VNeID",
    "text": "<p>Mở ứng dụng <b>VNeID</b>, nhập mật khẩu (hoặc dùng vân tay, khuôn mặt nếu đã cài) để đăng nhập.</p>",
}
SIGN_IN_VSSID = {
    "heading": "Đăng nhập VssID",
    "text": "<p>Mở ứng dụng <b>VssID</b>. Nhập <b>mã số bảo hiểm xã hội</b> hoặc <b>số căn cước</b> và mật khẩu, "
    "rồi chạm <b>Đăng nhập</b>. Bạn cũng có thể chạm <b>Đăng nhập bằng tài khoản định danh điện tử</b> để "
    "dùng VNeID.</p>",
}
SIGN_IN_DVC = {
    "heading": "Đăng nhập Cổng Dịch vụ công quốc gia",
    "text": '<p>Mở <a href="https://dichvucong.gov.vn">dichvucong.gov.vn</a>, chạm <b>Đăng nhập</b> và đăng '
    "nhập bằng tài khoản VNeID (xem hướng dẫn <b>Đăng nhập Cổng Dịch vụ công quốc gia bằng VNeID</b>).</p>",
}

GUIDES = [
    # VNeID: Bộ Công an, Chính quyền số
    {
        "platform": "vneid",
        "slug": "kich-hoat-muc-2",
        "title": "Kích hoạt tài khoản định danh điện tử mức 2",
        "outcome": "Bạn đăng nhập được VNeID mức 2 để xuất trình giấy tờ và làm thủ tục trực tuyến.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.MEDIUM,
        "minutes": 15,
        "sectors": ["cu-tru-dinh-danh"],
        "tags": ["vneid", "muc-2", "otp"],
        "requirements": [
            "Đã đăng ký tài khoản định danh điện tử mức 2 tại cơ quan Công an (thường làm cùng lúc khi làm căn cước)",
            "Tin nhắn SMS báo hồ sơ đăng ký đã được duyệt",
            "Căn cước hoặc căn cước công dân gắn chip",
            "Điện thoại có số điện thoại đã khai với Công an, đang nhận được tin nhắn",
            "Mạng Internet (wifi hoặc 4G)",
        ],
        "steps": [
            {
                "heading": "Tải ứng dụng VNeID",
                "text": "<p>Mở <b>CH Play</b> (điện thoại Android) hoặc <b>App Store</b> (iPhone), tìm "
                "<b>VNeID</b> rồi chạm <b>Cài đặt</b>.</p>",
                "warning": OFFICIAL_STORES_ONLY,
            },
            {
                "heading": "Chọn Kích hoạt tài khoản định danh điện tử",
                "text": "<p>Mở ứng dụng VNeID. Trên màn hình đầu tiên, chạm <b>Kích hoạt tài khoản định danh "
                "điện tử</b>.</p>",
                "screen": {
                    "title": "VNeID: chọn kích hoạt tài khoản",
                    "lines": ["Đăng nhập", "Đăng ký tài khoản định danh điện tử"],
                    "highlight": "Kích hoạt tài khoản định danh điện tử",
                    "alt": "Màn hình đầu tiên của VNeID với ba nút: Đăng nhập, Đăng ký tài khoản định danh điện "
                    "tử và Kích hoạt tài khoản định danh điện tử; nút Kích hoạt được tô đỏ.",
                },
            },
            {
                "heading": "Nhập số định danh và số điện thoại",
                "text": "<p>Nhập <b>số định danh cá nhân</b> (12 số in trên căn cước) và <b>số điện thoại</b> đã "
                "khai khi đăng ký tại cơ quan Công an. Chạm <b>Gửi yêu cầu</b>.</p>",
                "screen": {
                    "title": "Kích hoạt tài khoản định danh điện tử",
                    "lines": ["Số định danh cá nhân: 12 số", "Số điện thoại"],
                    "highlight": "Gửi yêu cầu",
                    "alt": "Màn hình kích hoạt có ô Số định danh cá nhân, ô Số điện thoại và nút Gửi yêu cầu "
                    "màu đỏ ở dưới.",
                },
            },
            {
                "heading": "Nhập mã kích hoạt trong tin nhắn",
                "text": "<p>Điện thoại nhận được tin nhắn SMS có mã kích hoạt (mã OTP). Nhập mã này vào ứng dụng.</p>",
                "warning": NEVER_SHARE_CODES,
            },
            {
                "heading": "Tạo mật khẩu",
                "text": "<p>Nhập mật khẩu mới hai lần. Mật khẩu dài 8 đến 20 ký tự, có chữ hoa, chữ thường, chữ "
                "số và ký tự đặc biệt (ví dụ <b>@</b> hoặc <b>#</b>).</p>",
                "tip": "<p>Chọn mật khẩu bạn nhớ được nhưng người khác khó đoán; không dùng ngày sinh hay số "
                "điện thoại.</p>",
            },
            {
                "heading": "Tạo passcode 6 số",
                "text": "<p>Ứng dụng yêu cầu tạo <b>passcode</b> gồm 6 chữ số: nhập hai lần để xác nhận. "
                "Passcode dùng mỗi khi mở giấy tờ hoặc xác nhận một thao tác.</p>",
                "tip": "<p>Nếu ứng dụng hỏi câu hỏi bảo mật, chọn câu hỏi có câu trả lời chỉ bạn biết và nhớ được.</p>",
            },
            {
                "heading": "Kiểm tra tài khoản đã dùng được",
                "text": "<p>Đăng nhập lại bằng số định danh và mật khẩu vừa tạo. Trên màn hình chính, chạm "
                "<b>Ví giấy tờ</b>: thấy thông tin căn cước của mình là tài khoản mức 2 đã dùng được.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Không nhận được tin nhắn mã kích hoạt",
                "<p>Kiểm tra điện thoại còn sóng và số vừa nhập đúng là số đã khai với Công an. Chờ vài phút "
                "rồi thử lại. Nếu đã đổi số điện thoại, đến Công an xã, phường để cập nhật số mới.</p>",
            ),
            (
                "Ứng dụng báo hồ sơ chưa được duyệt",
                "<p>Hồ sơ mức 2 cần thời gian để duyệt. Chờ tin nhắn báo đã duyệt rồi làm lại. Chờ quá lâu, "
                "hỏi Công an xã, phường nơi bạn đã đăng ký.</p>",
            ),
        ],
    },
    {
        "platform": "vneid",
        "slug": "dang-ky-muc-1",
        "title": "Đăng ký tài khoản định danh điện tử mức 1 trên VNeID",
        "outcome": "Bạn tự đăng ký tại nhà tài khoản VNeID mức 1 để dùng các tiện ích cơ bản của ứng dụng.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.MEDIUM,
        "minutes": 15,
        "sectors": ["cu-tru-dinh-danh"],
        "tags": ["vneid", "muc-1", "nfc"],
        "requirements": [
            "Căn cước hoặc căn cước công dân gắn chip",
            "Điện thoại thông minh đọc được chip (có NFC)",
            "Số điện thoại đứng tên chính bạn, đang nhận được tin nhắn",
            "Chỗ đủ sáng để chụp ảnh khuôn mặt",
        ],
        "steps": [
            {
                "heading": "Chọn Đăng ký tài khoản định danh điện tử",
                "text": "<p>Mở ứng dụng VNeID (tải trên CH Play hoặc App Store). Trên màn hình đầu tiên, chạm "
                "<b>Đăng ký tài khoản định danh điện tử</b> (ở một số phiên bản chỉ ghi <b>Đăng ký</b>).</p>",
                "screen": {
                    "title": "VNeID: chọn đăng ký tài khoản",
                    "lines": ["Đăng nhập", "Kích hoạt tài khoản định danh điện tử"],
                    "highlight": "Đăng ký tài khoản định danh điện tử",
                    "alt": "Màn hình đầu tiên của VNeID; nút Đăng ký tài khoản định danh điện tử được tô đỏ "
                    "ở dưới hai nút Đăng nhập và Kích hoạt.",
                },
            },
            {
                "heading": "Nhập số định danh và số điện thoại",
                "text": "<p>Nhập <b>số định danh cá nhân</b> (12 số trên căn cước) và số điện thoại của bạn, rồi "
                "chạm nút để tiếp tục.</p>",
            },
            {
                "heading": "Quét chip trên căn cước",
                "text": "<p>Khi ứng dụng yêu cầu, áp mặt sau thẻ căn cước (nơi có chip) vào lưng điện thoại và "
                "giữ yên đến khi ứng dụng báo đọc xong.</p>",
                "tip": "<p>Máy Android cần bật <b>NFC</b> trong phần Cài đặt. Chỗ đọc chip thường ở giữa hoặc phía "
                "trên lưng máy; tháo ốp lưng dày nếu máy không đọc được.</p>",
                "screen": {
                    "title": "Đọc chip căn cước",
                    "lines": [
                        "Áp mặt sau thẻ căn cước vào lưng điện thoại",
                        "Giữ yên thẻ đến khi có thông báo",
                        "Đang đọc chip...",
                    ],
                    "alt": "Màn hình hướng dẫn đọc chip: áp mặt sau thẻ căn cước vào lưng điện thoại và giữ "
                    "yên đến khi có thông báo.",
                },
            },
            {
                "heading": "Chụp ảnh khuôn mặt",
                "text": "<p>Bỏ kính, mũ, khẩu trang. Nhìn thẳng vào camera trước và làm theo hướng dẫn trên màn "
                "hình, ví dụ quay đầu sang trái, sang phải.</p>",
            },
            {
                "heading": "Nhập mã OTP",
                "text": "<p>Nhập mã OTP gửi qua tin nhắn SMS đến số điện thoại bạn vừa khai.</p>",
                "warning": NEVER_SHARE_CODES,
            },
            {
                "heading": "Chờ tin nhắn nếu hồ sơ cần duyệt",
                "text": "<p>Nếu ứng dụng báo hồ sơ đang chờ duyệt, hãy chờ tin nhắn SMS báo đã duyệt. Khi có tin "
                "nhắn, mở VNeID và chạm <b>Kích hoạt tài khoản định danh điện tử</b>. Nếu ứng dụng chuyển ngay "
                "sang bước tạo mật khẩu, làm tiếp bước sau.</p>",
            },
            {
                "heading": "Tạo mật khẩu",
                "text": "<p>Nhập mật khẩu hai lần: 8 đến 20 ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc "
                "biệt.</p>",
            },
            {
                "heading": "Tạo passcode 6 số",
                "text": "<p>Nhập passcode gồm 6 chữ số hai lần. Passcode dùng để mở giấy tờ và xác nhận thao "
                "tác trong ứng dụng.</p>",
                "tip": "<p>Tài khoản mức 1 dùng được ít tiện ích hơn mức 2. Muốn xuất trình giấy tờ và làm đủ các "
                "thủ tục trực tuyến, hãy đăng ký mức 2 tại Công an xã, phường.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Điện thoại không đọc được chip căn cước",
                "<p>Bật NFC, tháo ốp lưng và di chuyển thẻ chậm trên lưng máy để tìm chỗ đọc chip. Điện thoại "
                "không có NFC thì nhờ máy của người thân, hoặc đến Công an xã, phường để đăng ký mức 2.</p>",
            ),
            (
                "Ứng dụng báo thông tin không khớp",
                "<p>Kiểm tra lại từng số của số định danh và số điện thoại. Nếu vẫn báo lỗi, đến Công an xã, "
                "phường để kiểm tra, cập nhật thông tin và đăng ký luôn tài khoản mức 2.</p>",
            ),
        ],
    },
    {
        "platform": "vneid",
        "slug": "tich-hop-gplx",
        "title": "Tích hợp giấy phép lái xe vào VNeID",
        "outcome": "Giấy phép lái xe hiện trong Ví giấy tờ của VNeID để xuất trình trên điện thoại khi cần.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 10,
        "sectors": ["giao-thong", "cu-tru-dinh-danh"],
        "tags": ["vneid", "giay-phep-lai-xe"],
        "requirements": [
            "Tài khoản VNeID mức 2 đã kích hoạt",
            "Giấy phép lái xe, để đọc số giấy phép và hạng",
            "Passcode VNeID 6 số",
        ],
        "steps": [
            SIGN_IN_VNEID,
            {
                "heading": "Mở Ví giấy tờ",
                "text": "<p>Trên màn hình chính, chạm <b>Ví giấy tờ</b>. Nếu đã thấy <b>Giấy phép lái xe</b> ở "
                "đây thì giấy phép đã có sẵn, bạn không cần làm tiếp.</p>",
            },
            {
                "heading": "Tạo yêu cầu tích hợp mới",
                "text": "<p>Chạm <b>Tích hợp thông tin</b>, rồi chạm <b>Tạo mới yêu cầu</b>.</p>",
                "screen": {
                    "title": "Ví giấy tờ: tích hợp thông tin",
                    "lines": ["Căn cước", "Lịch sử tích hợp"],
                    "highlight": "Tạo mới yêu cầu",
                    "alt": "Màn hình Ví giấy tờ của VNeID, phần tích hợp thông tin, với nút Tạo mới yêu cầu "
                    "được tô đỏ.",
                },
            },
            {
                "heading": "Chọn Giấy phép lái xe",
                "text": "<p>Ở ô chọn loại giấy tờ cần tích hợp, chọn <b>Giấy phép lái xe</b>.</p>",
            },
            {
                "heading": "Nhập số giấy phép và hạng",
                "text": "<p>Nhập <b>số giấy phép lái xe</b> đúng như trên thẻ, rồi chọn <b>hạng</b> giấy phép "
                "(ví dụ A1 hoặc B).</p>",
                "screen": {
                    "title": "Tích hợp giấy phép lái xe",
                    "lines": ["Số giấy phép lái xe", "Hạng giấy phép lái xe", "☑ Tôi xác nhận thông tin là đúng"],
                    "highlight": "Gửi yêu cầu",
                    "alt": "Màn hình tích hợp giấy phép lái xe có ô số giấy phép, ô hạng, ô đánh dấu xác nhận "
                    "và nút Gửi yêu cầu màu đỏ.",
                },
            },
            {
                "heading": "Xác nhận và gửi yêu cầu",
                "text": "<p>Đánh dấu vào ô xác nhận thông tin là đúng, chạm <b>Gửi yêu cầu</b>, rồi nhập passcode.</p>",
            },
            {
                "heading": "Xem giấy phép trong Ví giấy tờ",
                "text": "<p>Khi yêu cầu được duyệt, mở lại <b>Ví giấy tờ</b> và chạm <b>Giấy phép lái xe</b> để "
                "xem.</p>",
                "tip": "<p>Khi được kiểm tra, mở giấy phép trên VNeID để xuất trình. Vẫn nên mang theo thẻ "
                "giấy phép phòng khi điện thoại hết pin.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Yêu cầu bị từ chối",
                "<p>Kiểm tra lại số giấy phép và hạng. Giấy phép cũ bằng bìa giấy có thể chưa có trong dữ liệu: "
                "hãy đổi sang giấy phép mới (làm được trên Cổng Dịch vụ công quốc gia) rồi tích hợp lại.</p>",
            ),
            (
                "Không thấy mục Tích hợp thông tin",
                "<p>Cập nhật VNeID lên bản mới nhất trên CH Play hoặc App Store. Tài khoản cần là mức 2.</p>",
            ),
        ],
    },
    {
        "platform": "vneid",
        "slug": "lua-dao-gia-danh-cong-an",
        "title": "Nhận diện cuộc gọi lừa đảo giả danh công an",
        "outcome": "Bạn nhận ra cuộc gọi giả danh công an và biết cách giữ an toàn cho tiền và tài khoản.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 5,
        "pillar": "xa-hoi-so",
        "sectors": ["cu-tru-dinh-danh", "ngan-hang"],
        "tags": ["lua-dao", "an-toan", "otp"],
        "requirements": [],
        "steps": [
            {
                "heading": "Nhận ra dấu hiệu lừa đảo",
                "text": "<p>Hãy cảnh giác khi người gọi:</p><ul>"
                "<li>Xưng là công an, nói bạn liên quan đến một vụ án, hoặc tài khoản định danh của bạn bị lỗi, "
                "bị khóa.</li>"
                "<li>Đòi chuyển tiền vào một tài khoản để “xác minh” hay “tạm giữ”.</li>"
                "<li>Gửi đường link, bảo cài ứng dụng VNeID hay dịch vụ công “bản mới”.</li>"
                "<li>Hỏi mã OTP, mật khẩu, passcode, hoặc đòi gọi video để “lấy lời khai”.</li>"
                "<li>Dọa bắt, bảo giữ bí mật, không cho nói với người nhà.</li></ul>",
            },
            {
                "heading": "Dập máy, không làm theo",
                "text": "<p>Công an <b>không</b> giải quyết vụ việc qua điện thoại, không yêu cầu chuyển tiền và "
                "không gửi đường link để cài ứng dụng. Khi nghe những lời như trên, hãy dập máy ngay.</p>",
            },
            {
                "heading": "Xóa tin nhắn có đường link lạ",
                "text": "<p>Không bấm vào đường link trong tin nhắn, Zalo, Facebook từ người lạ, kể cả khi tin nhắn "
                "mang tên cơ quan nhà nước. Xóa tin nhắn đó.</p>",
                "warning": OFFICIAL_STORES_ONLY,
                "screen": {
                    "title": "Tin nhắn lạ: không bấm link",
                    "lines": [
                        "Số lạ: Tài khoản định danh của bạn sắp bị khóa.",
                        "Bấm vào đường link để cập nhật ngay!",
                    ],
                    "highlight": "Xóa tin nhắn, không bấm link",
                    "alt": "Tin nhắn từ số lạ báo tài khoản định danh sắp bị khóa và bảo bấm đường link; nút "
                    "đỏ nhắc: Xóa tin nhắn, không bấm link.",
                },
            },
            {
                "heading": "Giữ kín mã OTP và mật khẩu",
                "text": "<p>Mã OTP, mật khẩu, passcode là chìa khóa tài khoản của bạn. Không ai có quyền hỏi những "
                "mã này.</p>",
                "warning": NEVER_SHARE_CODES,
            },
            {
                "heading": "Hỏi lại người thân hoặc Công an xã, phường",
                "text": "<p>Nếu lo lắng, hãy kể với người thân và hỏi trực tiếp Công an xã, phường nơi bạn ở. "
                "Công an mời làm việc bằng giấy mời hoặc giấy triệu tập, làm việc tại trụ sở.</p>",
            },
            {
                "heading": "Báo ngay nếu đã lỡ chuyển tiền",
                "text": "<p>Gọi ngay tổng đài ngân hàng hoặc ví điện tử (số in trên thẻ hoặc trong ứng dụng) để "
                "khóa tài khoản. Sau đó đến Công an xã, phường gần nhất trình báo, mang theo số điện thoại kẻ "
                "gian và thông tin giao dịch. Khi khẩn cấp, gọi <b>113</b>.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Người gọi biết rõ họ tên, số căn cước của tôi",
                "<p>Kẻ gian có thể có thông tin bị lộ từ trước. Biết thông tin của bạn không có nghĩa là công an "
                "thật. Vẫn dập máy và không làm theo.</p>",
            ),
            (
                "Tôi lỡ cài ứng dụng từ đường link lạ",
                "<p>Tắt wifi và 4G ngay. Gọi ngân hàng để khóa tài khoản. Nhờ người hiểu biết hoặc cửa hàng điện "
                "thoại gỡ ứng dụng lạ, rồi đổi mật khẩu ngân hàng và VNeID bằng một máy khác.</p>",
            ),
        ],
    },
    {
        "platform": "vneid",
        "slug": "giup-nguoi-cao-tuoi",
        "title": "Giúp người cao tuổi kích hoạt VNeID an toàn",
        "outcome": "Người cao tuổi tự kích hoạt được VNeID trên máy của mình, mật khẩu và mã chỉ họ biết.",
        "audience": Audience.VOLUNTEERS,
        "difficulty": Effort.MEDIUM,
        "minutes": 30,
        "sectors": ["cu-tru-dinh-danh"],
        "tags": ["vneid", "to-cong-nghe-so", "nguoi-cao-tuoi", "an-toan"],
        "requirements": [
            "Điện thoại của chính người cần giúp, đã sạc pin",
            "Căn cước gắn chip của người đó",
            "Số điện thoại người đó đã khai với Công an, đang nhận được tin nhắn",
            "Hướng dẫn “Kích hoạt tài khoản định danh điện tử mức 2” mở sẵn hoặc in ra",
        ],
        "steps": [
            {
                "heading": "Giới thiệu mình và hỏi ý người dân",
                "text": "<p>Nói rõ bạn là thành viên Tổ công nghệ số cộng đồng, hôm nay giúp việc gì, và hỏi "
                "người đó có đồng ý không. Nếu con cháu ở nhà, mời cùng ngồi nghe.</p>",
            },
            {
                "heading": "Kiểm tra điều kiện trước khi bắt đầu",
                "text": "<p>Hỏi xem người đó đã đăng ký mức 2 tại Công an chưa và đã nhận tin nhắn báo duyệt chưa. "
                "Chưa đăng ký thì hẹn ngày đưa họ đến Công an xã, phường, không làm tiếp.</p>",
            },
            {
                "heading": "Kiểm tra ứng dụng là VNeID thật",
                "text": "<p>Mở CH Play hoặc App Store, tìm VNeID và xem ứng dụng trên máy có đúng là ứng dụng này "
                "không. Thấy ứng dụng lạ cài từ đường link, dừng lại và giúp gỡ bỏ trước.</p>",
            },
            {
                "heading": "Để người dân tự cầm máy",
                "text": "<p>Bạn đọc từng bước và chỉ chỗ cần chạm; người dân tự chạm, tự nhập. Không cầm máy mang "
                "đi chỗ khác.</p>",
            },
            {
                "heading": "Quay đi khi người dân nhập mã",
                "text": "<p>Khi người dân nhập mã OTP, mật khẩu và passcode, hãy quay đi. Không đọc to, không chụp "
                "ảnh, không ghi hộ.</p>",
                "tip": "<p>Gợi ý người dân tự ghi mật khẩu vào một cuốn sổ riêng, cất kỹ trong nhà, không để "
                "cùng điện thoại.</p>",
                "screen": {
                    "title": "Tạo mật khẩu VNeID",
                    "lines": ["Mật khẩu: ••••••••", "Nhập lại mật khẩu: ••••••••"],
                    "highlight": "Tiếp tục",
                    "alt": "Màn hình tạo mật khẩu của VNeID: hai ô mật khẩu đã được che bằng dấu chấm và nút "
                    "Tiếp tục màu đỏ.",
                },
            },
            {
                "heading": "Cùng kiểm tra kết quả",
                "text": "<p>Nhờ người dân đăng nhập lại và mở <b>Ví giấy tờ</b> để thấy thông tin căn cước của "
                "mình.</p>",
            },
            {
                "heading": "Dặn ba điều an toàn",
                "text": "<ol><li>Không đọc mã OTP, mật khẩu, passcode cho bất kỳ ai.</li>"
                "<li>Công an không gọi điện bắt chuyển tiền hay cài ứng dụng.</li>"
                "<li>Chỉ cài ứng dụng từ CH Play hoặc App Store.</li></ol>",
            },
            {
                "heading": "Ghi kết quả hỗ trợ, không ghi thông tin cá nhân",
                "text": "<p>Ghi số lượt đã hỗ trợ vào báo cáo của tổ. Không chụp căn cước, không lưu số định danh "
                "hay số điện thoại của người dân vào điện thoại của bạn.</p>",
                "warning": "<p>Luật Bảo vệ dữ liệu cá nhân có hiệu lực từ 1/1/2026: chỉ thu thập thông tin cá "
                "nhân khi người dân đồng ý và cho đúng mục đích đã nói.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Người dân nhờ bạn giữ hộ mật khẩu",
                "<p>Từ chối nhẹ nhàng và giải thích: mật khẩu chỉ chủ tài khoản được biết. Gợi ý họ ghi vào sổ "
                "riêng cất kỹ, hoặc nhờ con cháu tin cậy cùng nhớ.</p>",
            ),
            (
                "Số điện thoại đã đổi hoặc không đứng tên người dân",
                "<p>Hướng dẫn người dân đến Công an xã, phường để cập nhật số điện thoại. Không dùng số của bạn "
                "để đăng ký hộ.</p>",
            ),
        ],
    },
    # Cổng Dịch vụ công quốc gia: Văn phòng Chính phủ, Chính quyền số
    {
        "platform": "dich-vu-cong",
        "slug": "dang-nhap-vneid",
        "title": "Đăng nhập Cổng Dịch vụ công quốc gia bằng VNeID",
        "outcome": "Bạn vào được tài khoản của mình trên dichvucong.gov.vn để nộp và theo dõi hồ sơ.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 5,
        "sectors": ["cu-tru-dinh-danh"],
        "tags": ["dich-vu-cong", "vneid", "dang-nhap"],
        "requirements": [
            "Tài khoản VNeID đã kích hoạt (nên là mức 2)",
            "Điện thoại có cài VNeID",
            "Trình duyệt web: Chrome, Cốc Cốc, Safari...",
        ],
        "steps": [
            {
                "heading": "Mở trang dichvucong.gov.vn",
                "text": '<p>Mở trình duyệt và gõ <a href="https://dichvucong.gov.vn">dichvucong.gov.vn</a>. Kiểm '
                "tra địa chỉ trên thanh trình duyệt đúng là <b>dichvucong.gov.vn</b>.</p>",
                "warning": "<p>Trang giả mạo thường có địa chỉ gần giống. Không đăng nhập qua đường link người "
                "lạ gửi.</p>",
            },
            {
                "heading": "Chạm Đăng nhập",
                "text": "<p>Chạm <b>Đăng nhập</b> ở góc trên của trang (trên điện thoại có thể phải chạm biểu "
                "tượng ba gạch trước).</p>",
            },
            {
                "heading": "Chọn đăng nhập bằng tài khoản VNeID",
                "text": "<p>Chọn cách đăng nhập bằng <b>tài khoản định danh điện tử do Bộ Công an cấp</b>, dành "
                "cho công dân.</p>",
                "screen": {
                    "title": "Đăng nhập Cổng Dịch vụ công",
                    "lines": ["Tài khoản cấp bởi Cổng Dịch vụ công quốc gia", "Tổ chức, doanh nghiệp"],
                    "highlight": "Tài khoản định danh điện tử (VNeID) cho công dân",
                    "alt": "Trang đăng nhập của Cổng Dịch vụ công quốc gia với các cách đăng nhập; cách dùng "
                    "tài khoản định danh điện tử VNeID cho công dân được tô đỏ.",
                },
            },
            {
                "heading": "Nhập số định danh và mật khẩu VNeID",
                "text": "<p>Nhập <b>số định danh cá nhân</b> và <b>mật khẩu VNeID</b>, rồi chạm <b>Đăng nhập</b>.</p>",
                "tip": "<p>Trên máy tính, bạn có thể chọn quét mã QR bằng ứng dụng VNeID thay cho gõ mật khẩu.</p>",
            },
            {
                "heading": "Xác nhận đăng nhập",
                "text": "<p>Làm theo yêu cầu trên màn hình: nhập mã OTP gửi về điện thoại, hoặc mở VNeID để xác "
                "nhận đăng nhập.</p>",
                "warning": NEVER_SHARE_CODES,
            },
            {
                "heading": "Kiểm tra tên của bạn",
                "text": "<p>Thấy họ tên của bạn ở góc trang là đã đăng nhập xong.</p>",
                "warning": "<p>Dùng máy tính chung ở nhà văn hóa, bưu điện thì nhớ chạm <b>Đăng xuất</b> khi làm "
                "xong.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Báo sai mật khẩu",
                "<p>Mật khẩu ở đây là mật khẩu VNeID. Nếu quên, mở ứng dụng VNeID và dùng chức năng quên mật khẩu "
                "trên màn hình đăng nhập.</p>",
            ),
            (
                "Trang không mở được hoặc quay mãi",
                "<p>Kiểm tra lại địa chỉ và mạng Internet, rồi thử lại sau ít phút. Có thể dùng trình duyệt khác.</p>",
            ),
        ],
    },
    {
        "platform": "dich-vu-cong",
        "slug": "tim-thu-tuc",
        "title": "Tìm thủ tục và đọc hướng dẫn trước khi nộp hồ sơ",
        "outcome": "Bạn tìm đúng thủ tục, biết cần giấy tờ gì, mất bao lâu và tốn bao nhiêu trước khi nộp.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 10,
        "sectors": ["ho-tich", "dat-dai", "viec-lam"],
        "tags": ["dich-vu-cong", "thu-tuc"],
        "requirements": ["Điện thoại hoặc máy tính có Internet"],
        "steps": [
            {
                "heading": "Mở trang dichvucong.gov.vn",
                "text": '<p>Mở trình duyệt và gõ <a href="https://dichvucong.gov.vn">dichvucong.gov.vn</a>. Bạn '
                "xem được hướng dẫn thủ tục mà chưa cần đăng nhập.</p>",
            },
            {
                "heading": "Gõ việc cần làm vào ô tìm kiếm",
                "text": "<p>Gõ vài chữ về việc bạn cần làm, ví dụ <b>khai sinh</b>, <b>trợ cấp thất nghiệp</b> "
                "hay <b>đăng ký đất đai</b>, rồi chạm nút tìm.</p>",
                "screen": {
                    "title": "Tìm thủ tục: khai sinh",
                    "lines": [
                        "Tìm kiếm: khai sinh",
                        "Đăng ký khai sinh",
                        "Liên thông đăng ký khai sinh, thường trú, thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi",
                    ],
                    "highlight": "Tìm kiếm",
                    "alt": "Ô tìm kiếm trên Cổng Dịch vụ công quốc gia đã gõ chữ khai sinh, bên dưới là các "
                    "thủ tục tìm được và nút Tìm kiếm màu đỏ.",
                },
            },
            {
                "heading": "Chọn đúng thủ tục",
                "text": "<p>Đọc tên thủ tục và cơ quan thực hiện, chọn thủ tục hợp với việc của bạn và nơi bạn ở.</p>",
                "tip": "<p>Thủ tục trực tuyến <b>toàn trình</b> làm được từ đầu đến cuối trên mạng. Thủ tục trực "
                "tuyến <b>một phần</b> vẫn cần bạn đến nộp hoặc nhận giấy tờ.</p>",
            },
            {
                "heading": "Đọc mục thành phần hồ sơ",
                "text": "<p>Xem danh sách giấy tờ cần có. Chụp sẵn từng giấy tờ cho rõ nét, đủ bốn góc, không bị "
                "lóa.</p>",
            },
            {
                "heading": "Xem thời hạn và phí, lệ phí",
                "text": "<p>Đọc thời hạn giải quyết và số tiền phí, lệ phí (nếu có) để biết trước.</p>",
            },
            {
                "heading": "Chạm Nộp trực tuyến",
                "text": "<p>Khi đã đủ giấy tờ, chạm <b>Nộp trực tuyến</b> và đăng nhập bằng VNeID để bắt đầu "
                "khai hồ sơ.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Tìm thấy nhiều thủ tục giống nhau",
                "<p>Xem cơ quan thực hiện: thủ tục của xã, phường hay của tỉnh. Chưa chắc, hỏi bộ phận một cửa "
                "của xã, phường trước khi nộp.</p>",
            ),
        ],
    },
    {
        "platform": "dich-vu-cong",
        "slug": "khai-sinh-truc-tuyen",
        "title": "Nộp hồ sơ đăng ký khai sinh trực tuyến",
        "outcome": "Hồ sơ khai sinh của con được gửi đến Ủy ban nhân dân xã, phường mà không phải đi nộp giấy.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.MEDIUM,
        "minutes": 20,
        "sectors": ["ho-tich", "cu-tru-dinh-danh", "bao-hiem-xa-hoi"],
        "tags": ["khai-sinh", "dich-vu-cong", "lien-thong"],
        "requirements": [
            "Tài khoản VNeID mức 2 của cha hoặc mẹ",
            "Ảnh chụp rõ nét Giấy chứng sinh của bé",
            "Giấy chứng nhận kết hôn của cha mẹ (nếu có)",
            "Họ tên dự định đặt cho bé",
        ],
        "steps": [
            SIGN_IN_DVC,
            {
                "heading": "Chọn dịch vụ liên thông khai sinh",
                "text": "<p>Tìm thủ tục <b>liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y "
                "tế cho trẻ em dưới 6 tuổi</b> (gõ <b>khai sinh</b> vào ô tìm kiếm), rồi chạm <b>Nộp trực "
                "tuyến</b>.</p>",
                "tip": "<p>Nộp một lần, bé được đăng ký khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế.</p>",
            },
            {
                "heading": "Chọn nơi nộp hồ sơ",
                "text": "<p>Chọn tỉnh, thành phố và xã, phường nơi cha hoặc mẹ đang cư trú.</p>",
            },
            {
                "heading": "Khai thông tin của bé",
                "text": "<p>Nhập họ tên, ngày sinh, giới tính, dân tộc, quê quán và nơi sinh của bé. Đọc lại "
                "từng chữ trước khi đi tiếp.</p>",
                "screen": {
                    "title": "Khai sinh: thông tin của trẻ",
                    "lines": ["Họ, chữ đệm và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Nơi sinh"],
                    "highlight": "Tiếp tục",
                    "alt": "Biểu mẫu khai thông tin của trẻ với các ô họ tên, ngày sinh, giới tính, dân tộc, nơi "
                    "sinh và nút Tiếp tục màu đỏ.",
                },
            },
            {
                "heading": "Kiểm tra thông tin cha, mẹ",
                "text": "<p>Phần lớn thông tin của cha, mẹ được điền sẵn từ dữ liệu dân cư. Kiểm tra lại và bổ "
                "sung ô còn trống.</p>",
            },
            {
                "heading": "Tải lên ảnh giấy tờ",
                "text": "<p>Tải ảnh <b>Giấy chứng sinh</b> và giấy chứng nhận kết hôn (nếu có). Ảnh phải rõ chữ, "
                "đủ bốn góc.</p>",
            },
            {
                "heading": "Chọn cách nhận kết quả",
                "text": "<p>Chọn nhận bản điện tử, nhận qua bưu điện hoặc đến nhận tại xã, phường.</p>",
            },
            {
                "heading": "Nộp hồ sơ và lưu mã hồ sơ",
                "text": "<p>Đọc lại toàn bộ, chạm <b>Nộp hồ sơ</b>. Ghi lại <b>mã hồ sơ</b> để tra cứu sau.</p>",
                "warning": "<p>Đăng ký khai sinh trong 60 ngày kể từ ngày bé sinh ra. Đăng ký đúng hạn không mất "
                "lệ phí.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Hồ sơ bị yêu cầu bổ sung",
                "<p>Đọc lý do trong tin nhắn hoặc trong mục quản lý hồ sơ trên Cổng, chụp lại giấy tờ cho rõ và "
                "gửi bổ sung đúng hạn.</p>",
            ),
            (
                "Cha mẹ chưa đăng ký kết hôn",
                "<p>Bé vẫn được đăng ký khai sinh. Hỏi công chức tư pháp, hộ tịch của xã, phường để biết cách "
                "khai phần thông tin người cha.</p>",
            ),
        ],
    },
    # Cổng dịch vụ công của tỉnh: Sở Khoa học và Công nghệ tỉnh, Chính quyền số
    {
        "platform": "dich-vu-cong-tinh",
        "slug": "tra-cuu-ho-so",
        "title": "Tra cứu tình trạng hồ sơ bằng mã hồ sơ",
        "outcome": "Bạn biết hồ sơ đã nộp đang ở bước nào và khi nào có kết quả, không phải đi hỏi.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 5,
        "sectors": ["dat-dai", "ho-tich", "cu-tru-dinh-danh"],
        "tags": ["tra-cuu", "ho-so", "dich-vu-cong"],
        "requirements": ["Mã hồ sơ (trên giấy tiếp nhận, trong tin nhắn hoặc email khi nộp trực tuyến)"],
        "steps": [
            {
                "heading": "Tìm mã hồ sơ",
                "text": "<p>Mã hồ sơ in trên <b>Giấy tiếp nhận hồ sơ và hẹn trả kết quả</b>. Nộp trực tuyến thì "
                "mã có trong tin nhắn, email hoặc trong mục quản lý hồ sơ của bạn.</p>",
            },
            {
                "heading": "Mở trang tra cứu",
                "text": "<p>Mở trang dịch vụ công của tỉnh (địa chỉ thường in trên giấy tiếp nhận) hoặc "
                '<a href="https://dichvucong.gov.vn">dichvucong.gov.vn</a>.</p>',
                "tip": "<p>Giấy tiếp nhận có mã QR thì mở camera điện thoại quét mã để vào thẳng trang tra cứu.</p>",
            },
            {
                "heading": "Chọn mục Tra cứu hồ sơ",
                "text": "<p>Chạm mục <b>Tra cứu hồ sơ</b> (có trang ghi là <b>Tra cứu tiến độ</b>).</p>",
            },
            {
                "heading": "Nhập mã hồ sơ",
                "text": "<p>Gõ đúng từng ký tự của mã hồ sơ, nhập mã xác nhận nếu trang yêu cầu, rồi chạm "
                "<b>Tra cứu</b>.</p>",
                "screen": {
                    "title": "Tra cứu hồ sơ",
                    "lines": ["Mã hồ sơ", "Mã xác nhận"],
                    "highlight": "Tra cứu",
                    "alt": "Trang tra cứu hồ sơ có ô Mã hồ sơ, ô Mã xác nhận và nút Tra cứu màu đỏ.",
                },
            },
            {
                "heading": "Đọc tình trạng hồ sơ",
                "text": "<p>Trang cho biết hồ sơ đang ở bước nào, ví dụ:</p><ul><li>Đã tiếp nhận</li>"
                "<li>Đang giải quyết</li><li>Yêu cầu bổ sung</li><li>Đã có kết quả</li></ul>"
                "<p>Tên gọi có thể khác một chút giữa các trang.</p>",
            },
            {
                "heading": "Làm việc tiếp theo",
                "text": "<p>Cần bổ sung thì đọc kỹ lý do và làm theo. Đã có kết quả thì nhận theo cách bạn đã chọn "
                "khi nộp.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Không tìm thấy hồ sơ",
                "<p>Kiểm tra lại mã, nhất là chữ O và số 0. Nộp trên Cổng Dịch vụ công quốc gia thì tra cứu ở "
                "đó. Vẫn không thấy, gọi số điện thoại của bộ phận một cửa in trên giấy tiếp nhận.</p>",
            ),
            (
                "Quá ngày hẹn mà chưa có kết quả",
                "<p>Hỏi bộ phận một cửa nơi nộp. Bạn cũng có thể gửi phản ánh, kiến nghị trên Cổng Dịch vụ công "
                "quốc gia.</p>",
            ),
        ],
    },
    {
        "platform": "dich-vu-cong-tinh",
        "slug": "nhan-ket-qua-buu-dien",
        "title": "Nhận kết quả thủ tục hành chính qua bưu điện",
        "outcome": "Giấy tờ kết quả được bưu điện giao tận nhà, bạn không phải đi lại để nhận.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 5,
        "sectors": ["dat-dai", "ho-tich"],
        "tags": ["buu-dien", "ket-qua", "dich-vu-cong"],
        "requirements": [
            "Địa chỉ nhận đầy đủ: số nhà hoặc thôn, tổ; xã, phường; tỉnh, thành phố",
            "Số điện thoại đang dùng để bưu tá gọi",
            "Căn cước để xuất trình khi nhận",
        ],
        "steps": [
            {
                "heading": "Chọn nhận kết quả qua bưu điện",
                "text": "<p>Ở bước chọn cách nhận kết quả (khi nộp trực tuyến hoặc khi nộp tại bộ phận một cửa), "
                "chọn nhận qua <b>dịch vụ bưu chính công ích</b>.</p>",
                "screen": {
                    "title": "Chọn cách nhận kết quả",
                    "lines": ["Nhận trực tiếp tại bộ phận một cửa", "Nhận bản điện tử"],
                    "highlight": "Nhận qua dịch vụ bưu chính công ích",
                    "alt": "Màn hình chọn cách nhận kết quả với ba lựa chọn; lựa chọn nhận qua dịch vụ bưu "
                    "chính công ích được tô đỏ.",
                },
            },
            {
                "heading": "Nhập địa chỉ nhận",
                "text": "<p>Ghi số nhà hoặc thôn, tổ dân phố, rồi xã, phường và tỉnh, thành phố. Từ 1/7/2025 "
                "không còn cấp huyện: không cần ghi huyện, quận.</p>",
            },
            {
                "heading": "Ghi số điện thoại",
                "text": "<p>Ghi số điện thoại bạn hay nghe máy để bưu tá gọi trước khi giao.</p>",
            },
            {
                "heading": "Xem cước phí",
                "text": "<p>Cước chuyển phát tính theo bảng giá của bưu điện. Màn hình hoặc cán bộ một cửa sẽ cho "
                "biết số tiền và cách trả.</p>",
            },
            {
                "heading": "Kiểm tra giấy tờ rồi ký nhận",
                "text": "<p>Khi bưu tá đến, xuất trình căn cước, mở phong bì kiểm tra đúng tên và đủ giấy tờ rồi "
                "mới ký nhận.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Vắng nhà khi bưu tá đến",
                "<p>Gọi lại số của bưu tá hoặc bưu cục để hẹn giao lần khác. Muốn nhờ người nhận hộ, hỏi bưu "
                "điện cần mang giấy tờ gì.</p>",
            ),
        ],
    },
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
    # postmart.vn: Bưu điện Việt Nam, Kinh tế số
    {
        "platform": "postmart",
        "slug": "mo-gian-hang",
        "title": "Mở gian hàng trên postmart.vn",
        "outcome": "Bạn có gian hàng trên postmart.vn để bán nông sản, đặc sản của gia đình đi khắp cả nước.",
        "audience": Audience.HOUSEHOLD_BUSINESSES,
        "difficulty": Effort.MEDIUM,
        "minutes": 30,
        "sectors": ["thuong-mai", "nong-nghiep"],
        "tags": ["postmart", "ban-hang", "nong-san"],
        "requirements": [
            "Căn cước gắn chip",
            "Số điện thoại và email đang dùng",
            "Tên gian hàng và địa chỉ nơi lấy hàng",
            "Giấy đăng ký hộ kinh doanh hoặc hợp tác xã (nếu có)",
            "Tài khoản ngân hàng đứng tên bạn để nhận tiền",
        ],
        "steps": [
            {
                "heading": "Mở postmart.vn",
                "text": '<p>Mở trình duyệt và gõ <a href="https://postmart.vn">postmart.vn</a>.</p>',
                "tip": "<p>Bạn có thể mang căn cước ra bưu điện văn hóa xã hoặc bưu cục gần nhà để nhân viên bưu "
                "điện giúp mở gian hàng.</p>",
            },
            {
                "heading": "Chọn mục dành cho người bán",
                "text": "<p>Tìm mục dành cho người bán (thường ghi <b>Kênh người bán</b> hoặc <b>Đăng ký bán "
                "hàng</b>) và chạm vào.</p>",
                "screen": {
                    "title": "postmart.vn: đăng ký người bán",
                    "lines": ["Họ tên", "Số điện thoại", "Email", "Tên gian hàng", "Địa chỉ lấy hàng"],
                    "highlight": "Đăng ký bán hàng",
                    "alt": "Trang đăng ký người bán của postmart.vn có các ô họ tên, số điện thoại, email, tên "
                    "gian hàng, địa chỉ lấy hàng và nút Đăng ký bán hàng màu đỏ.",
                },
            },
            {
                "heading": "Tạo tài khoản người bán",
                "text": "<p>Nhập họ tên, số điện thoại, email và mật khẩu. Nhập mã xác nhận gửi về điện thoại "
                "hoặc email.</p>",
            },
            {
                "heading": "Khai thông tin gian hàng",
                "text": "<p>Đặt tên gian hàng dễ nhớ, chọn loại người bán (cá nhân, hộ kinh doanh, hợp tác xã hay "
                "doanh nghiệp) và ghi địa chỉ nơi bưu điện đến lấy hàng.</p>",
            },
            {
                "heading": "Tải ảnh giấy tờ",
                "text": "<p>Tải ảnh căn cước và giấy đăng ký kinh doanh (nếu có) theo yêu cầu của trang.</p>",
                "warning": "<p>Chỉ tải ảnh căn cước lên trang postmart.vn chính thức. Không gửi ảnh căn cước qua "
                "Zalo, Facebook cho người lạ hứa “mở gian hàng hộ”.</p>",
            },
            {
                "heading": "Thêm tài khoản nhận tiền",
                "text": "<p>Nhập tài khoản ngân hàng đứng tên bạn để nhận tiền bán hàng.</p>",
            },
            {
                "heading": "Chờ duyệt gian hàng",
                "text": "<p>postmart.vn kiểm tra và duyệt gian hàng; bạn nhận thông báo qua điện thoại hoặc email. "
                "Sau đó đăng sản phẩm đầu tiên.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Nhiều ngày chưa được duyệt",
                "<p>Liên hệ bưu điện xã hoặc bưu cục nơi bạn ở để hỏi hồ sơ còn thiếu gì.</p>",
            ),
            (
                "Chưa có đăng ký kinh doanh",
                "<p>Hỏi nhân viên bưu điện loại gian hàng phù hợp với gia đình bạn và giấy tờ cần có.</p>",
            ),
        ],
    },
    {
        "platform": "postmart",
        "slug": "dang-san-pham",
        "title": "Đăng bán nông sản trên gian hàng postmart.vn",
        "outcome": "Sản phẩm của bạn hiện trên postmart.vn với ảnh, giá và mô tả rõ ràng để người mua đặt hàng.",
        "audience": Audience.HOUSEHOLD_BUSINESSES,
        "difficulty": Effort.MEDIUM,
        "minutes": 20,
        "sectors": ["thuong-mai", "nong-nghiep"],
        "tags": ["postmart", "ban-hang", "nong-san"],
        "requirements": [
            "Gian hàng trên postmart.vn đã được duyệt",
            "3 đến 5 ảnh thật của sản phẩm",
            "Giá bán, khối lượng mỗi gói và số lượng có sẵn",
        ],
        "steps": [
            {
                "heading": "Đăng nhập kênh người bán",
                "text": "<p>Mở postmart.vn và đăng nhập bằng tài khoản người bán.</p>",
            },
            {
                "heading": "Chọn thêm sản phẩm mới",
                "text": "<p>Trong phần quản lý gian hàng, chạm nút thêm sản phẩm mới.</p>",
            },
            {
                "heading": "Đặt tên sản phẩm rõ ràng",
                "text": "<p>Ghi loại hàng, giống, nơi làm ra và khối lượng, ví dụ: <b>Gạo ST25 ruộng nhà, túi 5 "
                "kg</b>.</p>",
                "screen": {
                    "title": "Thêm sản phẩm mới",
                    "lines": [
                        "Tên: Gạo ST25 ruộng nhà, túi 5 kg",
                        "Danh mục: Gạo, ngũ cốc",
                        "Giá bán",
                        "Khối lượng đóng gói",
                    ],
                    "highlight": "Đăng sản phẩm",
                    "alt": "Biểu mẫu thêm sản phẩm đã điền tên Gạo ST25 ruộng nhà, túi 5 kg và danh mục gạo, ngũ "
                    "cốc; có ô giá bán, khối lượng và nút Đăng sản phẩm màu đỏ.",
                },
            },
            {
                "heading": "Chọn danh mục",
                "text": "<p>Chọn danh mục đúng với sản phẩm để người mua dễ tìm.</p>",
            },
            {
                "heading": "Tải ảnh sản phẩm",
                "text": "<p>Tải 3 đến 5 ảnh thật: toàn cảnh, cận cảnh và bao bì (xem hướng dẫn <b>Chụp ảnh sản "
                "phẩm bằng điện thoại để bán hàng trực tuyến</b>).</p>",
            },
            {
                "heading": "Viết mô tả",
                "text": "<p>Viết vài câu về nguồn gốc, cách trồng hoặc làm ra, cách bảo quản và hạn dùng.</p>",
            },
            {
                "heading": "Nhập giá, khối lượng và số lượng",
                "text": "<p>Nhập giá bán, khối lượng mỗi gói (để tính phí vận chuyển) và số lượng bạn có sẵn.</p>",
            },
            {
                "heading": "Đăng và xem lại",
                "text": "<p>Chạm nút đăng sản phẩm, rồi mở gian hàng của bạn để xem sản phẩm hiện ra có đúng "
                "không.</p>",
                "warning": "<p>Chỉ bán hàng bạn có thật; ghi đúng khối lượng và nguồn gốc. Thực phẩm đóng gói có "
                "thể cần giấy tờ về an toàn thực phẩm: hỏi bưu điện nếu chưa rõ.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Sản phẩm đăng lên chưa hiện",
                "<p>Sản phẩm mới có thể phải chờ duyệt. Kiểm tra thông báo trong kênh người bán.</p>",
            ),
        ],
    },
    {
        "platform": "postmart",
        "slug": "chup-anh-san-pham",
        "title": "Chụp ảnh sản phẩm bằng điện thoại để bán hàng trực tuyến",
        "outcome": "Bạn có bộ ảnh sáng, rõ, đúng màu thật để đăng bán sản phẩm.",
        "audience": Audience.HOUSEHOLD_BUSINESSES,
        "difficulty": Effort.EASY,
        "minutes": 15,
        "sectors": ["thuong-mai", "nong-nghiep"],
        "tags": ["ban-hang", "chup-anh"],
        "requirements": ["Điện thoại có camera", "Một tấm vải trơn hoặc giấy trắng làm nền"],
        "steps": [
            {
                "heading": "Lau sạch ống kính",
                "text": "<p>Dùng khăn mềm lau camera sau của điện thoại cho hết vân tay, bụi.</p>",
            },
            {
                "heading": "Chọn chỗ đủ sáng tự nhiên",
                "text": "<p>Chụp gần cửa sổ hoặc dưới mái hiên vào ban ngày. Tránh nắng gắt chiếu thẳng và tránh "
                "đèn màu.</p>",
            },
            {
                "heading": "Trải nền đơn giản",
                "text": "<p>Đặt sản phẩm trên tấm vải trơn, giấy trắng hoặc mặt bàn gỗ sạch. Dọn đồ vật thừa ra "
                "khỏi khung hình.</p>",
            },
            {
                "heading": "Chụp toàn cảnh",
                "text": "<p>Chụp cả sản phẩm cùng bao bì, nhãn mác, giữ máy thẳng và chạm vào sản phẩm trên màn "
                "hình để lấy nét.</p>",
                "screen": {
                    "title": "Chụp ảnh sản phẩm",
                    "lines": ["Nền vải trơn, ánh sáng tự nhiên", "Chạm vào sản phẩm để lấy nét"],
                    "highlight": "Chụp",
                    "alt": "Màn hình máy ảnh điện thoại nhắc dùng nền vải trơn, ánh sáng tự nhiên, chạm vào sản "
                    "phẩm để lấy nét; nút Chụp màu đỏ.",
                },
            },
            {
                "heading": "Chụp cận cảnh",
                "text": "<p>Chụp gần để thấy chất lượng: hạt gạo, thớ thịt quả, màu mật ong.</p>",
            },
            {
                "heading": "Chụp để thấy kích thước",
                "text": "<p>Cầm sản phẩm trên tay hoặc đặt cạnh vật quen thuộc để người mua hình dung được to nhỏ.</p>",
            },
            {
                "heading": "Giữ đúng màu thật",
                "text": "<p>Không dùng bộ lọc màu đậm. Ảnh đúng thật giúp người mua tin và ít trả hàng.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Ảnh bị tối hoặc nhòe",
                "<p>Ra chỗ sáng hơn, tựa tay vào bàn cho máy không rung, chạm vào sản phẩm để lấy nét rồi mới "
                "chụp.</p>",
            ),
        ],
    },
    # voso.vn: Viettel Post, Kinh tế số
    {
        "platform": "voso",
        "slug": "dang-ky-ban-hang",
        "title": "Đăng ký bán hàng trên voso.vn",
        "outcome": "Bạn có gian hàng trên voso.vn, hàng được Viettel Post đến lấy và giao cho người mua.",
        "audience": Audience.HOUSEHOLD_BUSINESSES,
        "difficulty": Effort.MEDIUM,
        "minutes": 30,
        "sectors": ["thuong-mai", "nong-nghiep"],
        "tags": ["voso", "ban-hang"],
        "requirements": [
            "Căn cước gắn chip",
            "Số điện thoại đang dùng",
            "Địa chỉ nơi lấy hàng",
            "Tài khoản ngân hàng đứng tên bạn để nhận tiền",
        ],
        "steps": [
            {
                "heading": "Mở voso.vn",
                "text": '<p>Mở trình duyệt và gõ <a href="https://voso.vn">voso.vn</a>.</p>',
                "tip": "<p>Có thể nhờ nhân viên bưu cục Viettel Post gần nhà hướng dẫn mở gian hàng.</p>",
            },
            {
                "heading": "Chọn mục đăng ký bán hàng",
                "text": "<p>Tìm mục dành cho người bán (ví dụ <b>Bán hàng cùng Voso</b> hoặc <b>Đăng ký bán "
                "hàng</b>) và chạm vào.</p>",
                "screen": {
                    "title": "voso.vn: đăng ký người bán",
                    "lines": ["Số điện thoại", "Mã xác nhận (OTP)", "Tên gian hàng"],
                    "highlight": "Đăng ký",
                    "alt": "Trang đăng ký người bán trên voso.vn có ô số điện thoại, ô mã xác nhận, ô tên gian "
                    "hàng và nút Đăng ký màu đỏ.",
                },
            },
            {
                "heading": "Xác nhận số điện thoại",
                "text": "<p>Nhập số điện thoại và mã xác nhận gửi qua tin nhắn.</p>",
                "warning": NEVER_SHARE_CODES,
            },
            {
                "heading": "Khai thông tin gian hàng",
                "text": "<p>Nhập tên gian hàng, loại người bán và địa chỉ lấy hàng.</p>",
            },
            {
                "heading": "Xác minh danh tính",
                "text": "<p>Tải ảnh căn cước hoặc giấy tờ kinh doanh theo yêu cầu của trang.</p>",
            },
            {
                "heading": "Thêm tài khoản nhận tiền",
                "text": "<p>Nhập tài khoản ngân hàng đứng tên bạn để nhận tiền hàng.</p>",
            },
            {
                "heading": "Chờ duyệt và đăng sản phẩm",
                "text": "<p>Khi gian hàng được duyệt, đăng sản phẩm đầu tiên với ảnh thật, giá và khối lượng đúng.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Không nhận được mã xác nhận",
                "<p>Kiểm tra lại số điện thoại, chờ vài phút rồi yêu cầu gửi lại mã.</p>",
            ),
        ],
    },
    {
        "platform": "voso",
        "slug": "dong-goi-don-hang",
        "title": "Đóng gói nông sản trước khi giao cho bưu tá",
        "outcome": "Hàng đến tay người mua nguyên vẹn, không dập, không rò rỉ.",
        "audience": Audience.HOUSEHOLD_BUSINESSES,
        "difficulty": Effort.EASY,
        "minutes": 15,
        "sectors": ["thuong-mai", "nong-nghiep"],
        "tags": ["dong-goi", "ban-hang", "van-chuyen"],
        "requirements": [
            "Thùng các-tông hoặc túi chắc, vừa cỡ hàng",
            "Giấy báo, xốp hoặc màng bọc chống sốc",
            "Băng keo to bản",
            "Phiếu gửi hàng của đơn",
        ],
        "steps": [
            {
                "heading": "Chọn thùng vừa cỡ",
                "text": "<p>Thùng to quá thì hàng xô lệch, nhỏ quá thì hàng bị ép. Chọn thùng vừa đủ chỗ cho hàng "
                "và lớp chống sốc.</p>",
            },
            {
                "heading": "Lót chống sốc",
                "text": "<p>Lót giấy báo, xốp hoặc màng bọc ở đáy và xung quanh, chèn kín chỗ trống.</p>",
            },
            {
                "heading": "Bọc kín hàng có nước",
                "text": "<p>Mắm, mật ong, nước cốt: cho vào túi nilon, buộc hoặc dán kín, rồi mới cho vào thùng.</p>",
            },
            {
                "heading": "Để thoáng cho rau quả tươi",
                "text": "<p>Rau quả tươi cần vài lỗ thoáng trên thùng để không bị hấp hơi.</p>",
            },
            {
                "heading": "Dán băng keo chắc",
                "text": "<p>Dán băng keo theo hình chữ H ở nắp và đáy thùng.</p>",
            },
            {
                "heading": "Dán phiếu gửi hàng",
                "text": "<p>Dán phiếu gửi hàng ở mặt trên, chỗ phẳng, không đè lên mép thùng. Hàng dễ vỡ thì ghi "
                "rõ <b>Hàng dễ vỡ</b>.</p>",
                "screen": {
                    "title": "Phiếu gửi hàng",
                    "lines": ["Người nhận, số điện thoại", "Địa chỉ: thôn, xã, tỉnh", "Khối lượng: 5 kg"],
                    "highlight": "Ghi chú: Hàng dễ vỡ",
                    "alt": "Phiếu gửi hàng có ô người nhận, địa chỉ theo thôn, xã, tỉnh, khối lượng 5 kg và dòng "
                    "ghi chú Hàng dễ vỡ được tô đỏ.",
                },
            },
            {
                "heading": "Cân lại khối lượng",
                "text": "<p>Cân thùng hàng đã đóng và so với khối lượng trên đơn để tránh phát sinh cước.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Người mua báo hàng bị dập",
                "<p>Chụp ảnh hàng lỗi do người mua gửi, báo ngay cho sàn và đơn vị vận chuyển theo hướng dẫn của "
                "sàn. Lần sau tăng lớp chống sốc.</p>",
            ),
        ],
    },
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


def screenshot(screen):
    """The step's screenshot fields: a drawn illustration (made once, then reused) and its description."""
    if not screen:
        return {}
    image = illustration_image(screen["title"], screen["lines"], screen.get("highlight"))
    return {"image": image, "alt_text": screen["alt"]}


def build_guide(spec, pillars):
    return GuidePage(
        title=spec["title"],
        outcome=spec["outcome"],
        audience=spec["audience"],
        difficulty=spec["difficulty"],
        minutes=spec["minutes"],
        pillar_choice=pillars.get(spec.get("pillar")),
        requirements=[("item", text) for text in spec["requirements"]],
        steps=[
            step(
                item["heading"],
                item["text"],
                tip=item.get("tip", ""),
                warning=item.get("warning", ""),
                **screenshot(item.get("screen")),
            )
            for item in spec["steps"]
        ],
        troubleshooting=[
            ("question", {"question": question, "answer": RichText(answer)})
            for question, answer in spec["troubleshooting"]
        ],
        last_reviewed=spec.get("last_reviewed", REVIEWED),
    )


def load():
    """The guide index and every guide under its platform; a guide that exists already is left alone."""
    home = Site.objects.get(is_default_site=True).root_page
    ensure_child(home, GUIDE_INDEX["slug"], lambda: GuideIndexPage(**GUIDE_INDEX))
    platform_index = PlatformIndexPage.objects.child_of(home).get(slug=PLATFORM_INDEX["slug"])
    platforms = {page.slug: page for page in PlatformPage.objects.child_of(platform_index)}
    pillars = {term.slug: term for term in Pillar.objects.all()}
    sectors = {term.slug: term for term in Sector.objects.all()}
    for spec in GUIDES:
        platform = platforms.get(spec["platform"])
        if platform is None:  # an editor removed the platform: its demo guides go with it
            continue
        ensure_child(
            platform,
            spec["slug"],
            lambda spec=spec: build_guide(spec, pillars),
            sectors=[sectors[slug] for slug in spec["sectors"]],
            tags=spec["tags"],
        )
    return [f"{GuidePage.objects.descendant_of(platform_index).count()} hướng dẫn"]
