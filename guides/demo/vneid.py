"""Demo guides: VNeID (Bộ Công an), Chính quyền số."""

from guides.demo.common import NEVER_SHARE_CODES, OFFICIAL_STORES_ONLY, SIGN_IN_VNEID
from guides.models import Audience, Effort

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
]
