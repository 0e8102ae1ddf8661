"""Demo training modules: what a new member of a Community Digital Technology Team needs before knocking on doors.

The content is data so that reviewers read Vietnamese, not code. It stays true across app versions: where a button's
label may change, a lesson says where to look instead. Facts reflect the institutions after the 2025 reforms and the
Personal Data Protection Law in force from 1/1/2026."""

from wagtail.models import Site
from wagtail.rich_text import RichText

from content.demo import ensure_child
from content.illustrations import illustration_image
from content.models import Pillar
from guides.models import GuidePage
from training.models import TrainingIndexPage, TrainingModulePage

TRAINING_INDEX = {
    "title": "Đào tạo thành viên Tổ công nghệ số",
    "slug": "dao-tao",
    "intro": "Các học phần ngắn để thành viên Tổ công nghệ số cộng đồng học trên điện thoại lúc rảnh. Học xong "
    "các học phần bắt buộc và đạt bài kiểm tra là bạn sẵn sàng đi hướng dẫn người dân.",
}

MODULES = [
    # 1. The team's role: no pillar, it spans all three.
    {
        "slug": "vai-tro-to-cong-nghe-so",
        "title": "Vai trò của Tổ công nghệ số cộng đồng",
        "summary": "Tổ công nghệ số cộng đồng là ai, giúp người dân những gì trong ba trụ cột chuyển đổi số, và "
        "những điều thành viên luôn làm, không bao giờ làm khi đến nhà người dân.",
        "pillar": None,
        "minutes": 20,
        "required_for_field_work": True,
        "pass_mark": 80,
        "lessons": [
            {
                "heading": "Tổ công nghệ số cộng đồng là gì",
                "body": "<p>Tổ công nghệ số cộng đồng được lập ở mỗi thôn, bản, tổ dân phố và ở xã, phường, đặc "
                "khu. Mô hình bắt đầu từ năm 2022 theo hướng dẫn của Bộ Thông tin và Truyền thông; nay việc này "
                "thuộc <b>Bộ Khoa học và Công nghệ</b>. Chủ tịch Ủy ban nhân dân xã, phường ký quyết định thành "
                "lập tổ.</p>"
                "<p>Tổ ở thôn thường có trưởng thôn và ít nhất hai người nữa. Thành viên đến từ:</p>"
                "<ul><li>Đoàn Thanh niên (thường là nòng cốt), Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến "
                "binh, Mặt trận Tổ quốc;</li>"
                "<li>Công an xã, phường và cán bộ xã, phường;</li>"
                "<li>bưu điện, nhà mạng (Viettel, VNPT, MobiFone), trường học, trạm y tế.</li></ul>"
                "<p>Khẩu hiệu của tổ: <b>“Đi từng ngõ, gõ từng nhà, hướng dẫn từng người”</b>. Tổ đến tận nhà, "
                "ngồi cạnh người dân và giúp họ <b>tự làm được</b> trên điện thoại của chính họ.</p>",
                "guides": [],
            },
            {
                "heading": "Ba trụ cột chuyển đổi số",
                "body": "<p>Chuyển đổi số ở địa phương có ba trụ cột. Tổ giúp người dân ở cả ba.</p>"
                "<h3>Chính quyền số</h3>"
                "<p>Làm thủ tục hành chính bằng dịch vụ công trực tuyến, dùng tài khoản định danh điện tử "
                "VNeID, làm việc với chính quyền ngay trên điện thoại.</p>"
                "<h3>Kinh tế số</h3>"
                "<p>Hộ kinh doanh, nông dân bán hàng trên sàn thương mại điện tử như postmart.vn; "
                "mở tài khoản thanh toán, Mobile Money; trả tiền bằng mã QR.</p>"
                "<h3>Xã hội số</h3>"
                "<p>Dùng sổ sức khỏe điện tử, ứng dụng VssID của Bảo hiểm xã hội Việt Nam, ứng dụng học tập; "
                "nhận tiền chính sách qua tài khoản; giữ an toàn trên mạng.</p>",
                "guides": [],
            },
            {
                "heading": "Việc thành viên làm",
                "body": "<ul>"
                "<li>Hướng dẫn người dân cài đúng ứng dụng và <b>tự làm từng bước</b> trên máy của họ.</li>"
                "<li>Mở sẵn hoặc in hướng dẫn trên Sổ tay số, đưa mã QR để người dân xem lại khi cần.</li>"
                "<li>Nhắc người dân cách nhận ra lừa đảo trên mạng.</li>"
                "<li>Ghi số lượt người dân đã được hướng dẫn, khó khăn, vướng mắc và đề xuất; báo cho tổ "
                "trưởng, xã, phường theo mẫu và kỳ báo cáo mà tỉnh quy định.</li>"
                "<li>Trao đổi trong nhóm Zalo của xã, phường khi gặp việc khó.</li>"
                "<li>Tự học thêm, ví dụ các khóa học trên "
                '<a href="https://binhdanhocvuso.gov.vn">Bình dân học vụ số</a>.</li>'
                "</ul>",
                "screen": {
                    "title": "Chuẩn bị trước khi đến nhà dân",
                    "lines": [
                        "☑ Biết hôm nay giúp việc gì",
                        "☑ Hướng dẫn mở sẵn hoặc in ra",
                        "☑ Điện thoại đã sạc pin",
                    ],
                    "highlight": "Chào hỏi và xin phép người dân",
                    "alt": "Danh sách chuẩn bị trên điện thoại, đã đánh dấu: biết hôm nay giúp việc gì, hướng dẫn "
                    "mở sẵn hoặc in ra, điện thoại đã sạc pin; nút đỏ ghi Chào hỏi và xin phép người dân.",
                },
                "guides": ["giup-nguoi-cao-tuoi"],
            },
            {
                "heading": "Những điều thành viên không bao giờ làm",
                "body": "<ul>"
                "<li><b>Không hỏi</b> mật khẩu, mã OTP, passcode của người dân. Khi họ nhập mã, bạn quay đi.</li>"
                "<li><b>Không giữ</b> căn cước hay điện thoại của người dân, không mang máy của họ đi chỗ "
                "khác.</li>"
                "<li><b>Không chụp</b> căn cước, không lưu số định danh, số điện thoại của người dân vào máy "
                "của mình.</li>"
                "<li><b>Không đăng ký hộ</b> bằng số điện thoại hay tài khoản của mình.</li>"
                "<li><b>Không thu tiền</b>, không nhận quà để làm hộ.</li>"
                "</ul>"
                "<p>Mật khẩu và mã OTP là chìa khóa tài khoản: ai biết mã là vào được tài khoản. Kẻ lừa đảo "
                "cũng hay xưng là cán bộ hay “người của tổ công nghệ số” để hỏi mã. Hãy để người dân biết: "
                "thành viên thật <b>không bao giờ</b> hỏi.</p>",
                "guides": ["giup-nguoi-cao-tuoi", "lua-dao-gia-danh-cong-an"],
            },
        ],
        "quiz": [
            {
                "question": "Khẩu hiệu của Tổ công nghệ số cộng đồng là gì?",
                "choices": [
                    ("Mỗi nhà một máy tính, mỗi người một tài khoản", False),
                    ("Đi từng ngõ, gõ từng nhà, hướng dẫn từng người", True),
                    ("Làm hộ cho nhanh, xong việc trong ngày", False),
                ],
                "explanation": "<p>Tổ đến tận nhà và hướng dẫn <b>từng người</b> tự làm được, không làm hộ.</p>",
            },
            {
                "question": "Ba trụ cột của chuyển đổi số là gì?",
                "choices": [
                    ("Hạ tầng số, dữ liệu số, an toàn số", False),
                    ("Thương mại điện tử, ngân hàng số, y tế số", False),
                    ("Chính quyền số, kinh tế số, xã hội số", True),
                ],
                "explanation": "<p>Ba trụ cột là <b>chính quyền số</b>, <b>kinh tế số</b> và <b>xã hội số</b>.</p>",
            },
            {
                "question": "Một bác nhờ bạn nhập hộ mật khẩu và mã OTP cho nhanh. Bạn làm gì? (Chọn hai đáp án.)",
                "choices": [
                    ("Nhập hộ rồi ghi mật khẩu vào sổ của tổ để lần sau giúp tiếp", False),
                    ("Để bác tự nhập, bạn chỉ chỗ chạm và quay đi khi bác nhập mã", True),
                    ("Bảo bác đọc to mã OTP để bạn nhập", False),
                    ("Giải thích rằng mật khẩu và mã OTP chỉ chủ tài khoản được biết", True),
                ],
                "explanation": "<p>Thành viên tổ <b>không bao giờ</b> hỏi, nhập hộ hay ghi lại mật khẩu, mã OTP của "
                "người dân. Người dân tự nhập; bạn quay đi.</p>",
            },
            {
                "question": "Thành viên tổ có được giữ lại căn cước hoặc điện thoại của người dân để làm cho xong "
                "không?",
                "choices": [
                    ("Không. Người dân luôn tự giữ giấy tờ và điện thoại của mình", True),
                    ("Được, nếu mang về nhà làm xong rồi trả lại", False),
                    ("Được, nếu người dân là người cao tuổi", False),
                ],
                "explanation": "<p>Không giữ căn cước hay điện thoại của người dân, kể cả trong chốc lát. Mọi việc "
                "làm ngay trước mặt họ, trên máy của họ.</p>",
            },
            {
                "question": "Việc nào thuộc trụ cột kinh tế số?",
                "choices": [
                    ("Nộp hồ sơ đăng ký khai sinh trực tuyến", False),
                    ("Xem sổ sức khỏe điện tử trên VNeID", False),
                    ("Mở gian hàng bán nông sản trên postmart.vn", True),
                ],
                "explanation": "<p>Bán hàng trên sàn thương mại điện tử là <b>kinh tế số</b>. Khai sinh trực tuyến "
                "thuộc chính quyền số; sổ sức khỏe điện tử thuộc xã hội số.</p>",
            },
            {
                "question": "Báo cáo kết quả hỗ trợ của tổ nên ghi gì?",
                "choices": [
                    ("Ảnh căn cước của từng người đã được giúp", False),
                    ("Số lượt người dân được hướng dẫn, khó khăn, vướng mắc và đề xuất", True),
                    ("Mật khẩu VNeID của người dân để xã kiểm tra", False),
                ],
                "explanation": "<p>Báo cáo ghi <b>số lượt</b> và các khó khăn, đề xuất; không ghi giấy tờ hay mật "
                "khẩu của người dân.</p>",
            },
        ],
    },
    # 2. Electronic identity: the first thing most citizens ask for.
    {
        "slug": "kich-hoat-vneid-muc-2",
        "title": "Hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức 2",
        "summary": "Phân biệt tài khoản VNeID mức 1 và mức 2, việc đăng ký tại cơ quan Công an, cách kích hoạt "
        "trên ứng dụng bằng mã gửi qua tin nhắn, cách xử lý trục trặc thường gặp và giữ kín thông tin của người "
        "dân.",
        "pillar": "chinh-quyen-so",
        "minutes": 30,
        "required_for_field_work": True,
        "pass_mark": 80,
        "lessons": [
            {
                "heading": "Tài khoản mức 1 và mức 2",
                "body": "<p>Tài khoản định danh điện tử do <b>Bộ Công an</b> cấp và dùng trên ứng dụng "
                "<b>VNeID</b>. Có hai mức:</p>"
                "<ul><li><b>Mức 1</b>: người dân tự đăng ký trên ứng dụng VNeID, điện thoại đọc chip căn cước "
                "và chụp ảnh khuôn mặt. Dùng được một số tiện ích cơ bản.</li>"
                "<li><b>Mức 2</b>: đăng ký tại <b>cơ quan Công an</b> (thường là Công an xã, phường, hoặc làm "
                "cùng lúc khi làm căn cước). Mức 2 dùng được đầy đủ: xuất trình giấy tờ trên điện thoại, tích "
                "hợp giấy phép lái xe, thẻ bảo hiểm y tế, mở sổ sức khỏe điện tử và làm thủ tục trực "
                "tuyến.</li></ul>"
                "<p>Nhiều người đã đăng ký mức 2 khi làm căn cước nhưng <b>chưa kích hoạt</b>: đó là việc tổ giúp "
                "nhiều nhất.</p>",
                "guides": ["dang-ky-muc-1"],
            },
            {
                "heading": "Đăng ký mức 2 tại cơ quan Công an",
                "body": "<p>Người dân mang <b>căn cước gắn chip</b> (thẻ căn cước hoặc căn cước công dân gắn chip) "
                "đến Công an xã, phường và khai <b>số điện thoại đứng tên chính mình</b>, đang nhận được tin "
                "nhắn. Cán bộ Công an thu nhận thông tin và gửi hồ sơ đi duyệt.</p>"
                "<p>Khi hồ sơ được duyệt, người dân nhận <b>tin nhắn SMS</b> báo đã duyệt. Sau đó mới kích hoạt "
                "được trên ứng dụng.</p>"
                "<p>Việc của bạn: hỏi người dân đã đăng ký chưa, đã nhận tin nhắn chưa. Chưa đăng ký thì hẹn "
                "ngày đưa họ đến Công an xã, phường; không dùng số điện thoại của bạn hay của người khác để đăng "
                "ký hộ.</p>",
                "guides": [],
            },
            {
                "heading": "Kích hoạt trên ứng dụng VNeID",
                "body": "<ol>"
                "<li>Tải <b>VNeID</b> từ CH Play (Android) hoặc App Store (iPhone), không cài từ đường link.</li>"
                "<li>Mở ứng dụng, chạm <b>Kích hoạt tài khoản định danh điện tử</b>.</li>"
                "<li>Nhập <b>số định danh cá nhân</b> (12 số trên căn cước) và <b>số điện thoại</b> đã khai với "
                "Công an, rồi gửi yêu cầu.</li>"
                "<li>Người dân nhận <b>mã OTP qua tin nhắn SMS</b> và tự nhập mã vào ứng dụng.</li>"
                "<li>Tạo mật khẩu: 8 đến 20 ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc biệt.</li>"
                "<li>Tạo <b>passcode</b> 6 số, dùng khi mở giấy tờ và xác nhận thao tác.</li>"
                "<li>Đăng nhập lại, mở <b>Ví giấy tờ</b>: thấy thông tin căn cước là đã xong.</li>"
                "</ol>",
                "screen": {
                    "title": "VNeID: nhập mã OTP",
                    "lines": ["Mã OTP đã gửi qua tin nhắn SMS", "Nhập mã OTP: ••••••"],
                    "highlight": "Xác nhận",
                    "alt": "Màn hình VNeID báo mã OTP đã gửi qua tin nhắn SMS, ô nhập mã đã che bằng dấu "
                    "chấm và nút Xác nhận màu đỏ.",
                },
                "guides": ["kich-hoat-muc-2"],
            },
            {
                "heading": "Xử lý trục trặc thường gặp",
                "body": "<ul>"
                "<li><b>Không nhận được tin nhắn mã OTP</b>: kiểm tra sóng và số điện thoại vừa nhập đúng "
                "là số đã khai với Công an; chờ vài phút rồi thử lại. Đã đổi số thì đến Công an xã, phường để "
                "cập nhật.</li>"
                "<li><b>Ứng dụng báo hồ sơ chưa được duyệt</b>: chờ tin nhắn báo duyệt; chờ quá lâu thì hỏi "
                "Công an nơi đã đăng ký.</li>"
                "<li><b>Báo thông tin không khớp</b>: kiểm tra lại từng số; vẫn lỗi thì đến Công an xã, "
                "phường.</li>"
                "<li><b>Quên mật khẩu</b>: dùng chức năng quên mật khẩu trên màn hình đăng nhập; người dân tự "
                "làm và nhận mã trên máy của họ.</li>"
                "<li><b>Máy quá cũ, không cài được</b>: ghi vào khó khăn, vướng mắc của tổ; không đăng nhập "
                "tài khoản của người dân trên máy của bạn.</li>"
                "</ul>",
                "guides": ["kich-hoat-muc-2"],
            },
            {
                "heading": "Tôn trọng quyền riêng tư khi giúp",
                "body": "<ul>"
                "<li>Giới thiệu mình, nói rõ hôm nay giúp việc gì và hỏi người dân có đồng ý không.</li>"
                "<li>Người dân <b>tự cầm máy, tự chạm, tự nhập</b>; bạn đọc từng bước và chỉ chỗ chạm.</li>"
                "<li>Quay đi khi người dân nhập mã OTP, mật khẩu, passcode. Không đọc to, không ghi hộ, "
                "không chụp màn hình.</li>"
                "<li>Không chụp căn cước, không ghi số định danh vào sổ của bạn: báo cáo chỉ cần số lượt đã "
                "hỗ trợ.</li>"
                "<li>Xong việc, dặn người dân: không đọc mã OTP cho ai; công an không gọi điện bảo chuyển tiền "
                "hay cài ứng dụng.</li>"
                "</ul>",
                "guides": ["giup-nguoi-cao-tuoi"],
            },
        ],
        "quiz": [
            {
                "question": "Người dân đăng ký tài khoản định danh điện tử mức 2 ở đâu?",
                "choices": [
                    ("Tại cửa hàng sửa điện thoại gần nhà", False),
                    ("Qua đường link gửi trong tin nhắn SMS", False),
                    ("Tại cơ quan Công an, ví dụ Công an xã, phường, mang theo căn cước gắn chip", True),
                ],
                "explanation": "<p>Mức 2 đăng ký tại <b>cơ quan Công an</b> với căn cước gắn chip. Không có đường "
                "link nào để “lên mức 2” gửi qua tin nhắn.</p>",
            },
            {
                "question": "Những việc nào cần tài khoản định danh điện tử mức 2? (Chọn hai đáp án.)",
                "choices": [
                    ("Mở sổ sức khỏe điện tử trên VNeID", True),
                    ("Tải ứng dụng VNeID từ CH Play hoặc App Store", False),
                    ("Tích hợp giấy phép lái xe, thẻ bảo hiểm y tế vào Ví giấy tờ", True),
                ],
                "explanation": "<p>Sổ sức khỏe điện tử và tích hợp giấy tờ vào Ví giấy tờ cần <b>mức 2</b>. Tải "
                "ứng dụng thì ai cũng làm được, chưa cần tài khoản.</p>",
            },
            {
                "question": "Mã OTP để kích hoạt tài khoản mức 2 đến với người dân bằng cách nào?",
                "choices": [
                    ("Cán bộ công an gọi điện đọc mã", False),
                    ("Tin nhắn SMS đến số điện thoại người dân đã khai với Công an", True),
                    ("Thành viên tổ công nghệ số nhận mã rồi chuyển lại", False),
                ],
                "explanation": "<p>Mã gửi qua <b>tin nhắn SMS</b> đến số đã khai. Chỉ người dân đọc và nhập mã.</p>",
            },
            {
                "question": "Người dân không nhận được tin nhắn mã OTP. Nên làm gì trước?",
                "choices": [
                    ("Nhập số điện thoại của bạn để nhận mã thay", False),
                    ("Cài lại VNeID từ đường link gửi qua Zalo", False),
                    (
                        "Kiểm tra sóng và số vừa nhập có đúng số đã khai với Công an không, chờ vài phút rồi thử lại",
                        True,
                    ),
                ],
                "explanation": "<p>Thường do sai số hoặc mất sóng. Không bao giờ dùng số của bạn và chỉ cài VNeID "
                "từ CH Play hoặc App Store.</p>",
            },
            {
                "question": "Khi người dân tạo mật khẩu và passcode, bạn làm gì?",
                "choices": [
                    ("Quay đi, để người dân tự nhập và tự nhớ", True),
                    ("Ghi hộ vào sổ của tổ để người dân khỏi quên", False),
                    ("Chụp ảnh màn hình làm bằng chứng đã hỗ trợ", False),
                ],
                "explanation": "<p>Mật khẩu, passcode chỉ chủ tài khoản được biết. Gợi ý người dân tự ghi vào sổ "
                "riêng, cất kỹ, không để cùng điện thoại.</p>",
            },
            {
                "question": "Người dân chưa đăng ký mức 2 nhưng muốn dùng ngay hôm nay. Bạn làm gì?",
                "choices": [
                    ("Cho đăng nhập tạm bằng tài khoản VNeID của người thân", False),
                    ("Hướng dẫn người dân đến Công an xã, phường đăng ký, rồi hẹn ngày giúp kích hoạt", True),
                    ("Kích hoạt bằng số định danh của người dân và số điện thoại của bạn", False),
                ],
                "explanation": "<p>Mỗi người dùng tài khoản của chính mình, với số điện thoại đứng tên mình. Chưa "
                "đăng ký thì phải đăng ký tại <b>Công an</b> trước.</p>",
            },
        ],
    },
    # 3. Online public services.
    {
        "slug": "dich-vu-cong-truc-tuyen",
        "title": "Hướng dẫn người dân dùng dịch vụ công trực tuyến",
        "summary": "Cổng Dịch vụ công quốc gia (dichvucong.gov.vn), đăng nhập bằng VNeID, dịch vụ "
        "toàn trình và một phần, tìm thủ tục, theo dõi hồ sơ và nhận kết quả qua bưu điện.",
        "pillar": "chinh-quyen-so",
        "minutes": 30,
        "required_for_field_work": True,
        "pass_mark": 80,
        "lessons": [
            {
                "heading": "Cổng Dịch vụ công quốc gia, đăng nhập bằng VNeID",
                "body": '<p><b>Cổng Dịch vụ công quốc gia</b> (<a href="https://dichvucong.gov.vn">'
                "dichvucong.gov.vn</a>) là nơi nộp hồ sơ thủ tục hành chính, nộp phí, lệ phí và tra cứu kết "
                "quả, dù thủ tục do bộ, tỉnh hay xã, phường giải quyết.</p>"
                "<p>Từ 1/7/2025, cổng dịch vụ công của các tỉnh đã đóng. Mọi thủ tục của bộ, tỉnh, xã, phường "
                "đều nộp và tra cứu trên <b>dichvucong.gov.vn</b>.</p>"
                "<ul><li>Người dân <b>đăng nhập bằng tài khoản định danh điện tử VNeID</b>, không cần tạo tài "
                "khoản riêng.</li>"
                "<li>Xem hướng dẫn thủ tục thì chưa cần đăng nhập.</li>"
                "<li>Kiểm tra địa chỉ trang: trang của cơ quan nhà nước có đuôi <b>.gov.vn</b>. Không đăng nhập "
                "qua đường link người lạ gửi.</li></ul>",
                "guides": ["dang-nhap-vneid"],
            },
            {
                "heading": "Dịch vụ toàn trình và dịch vụ một phần",
                "body": "<p>Dịch vụ công trực tuyến có hai loại:</p>"
                "<ul><li><b>Toàn trình</b>: khai, nộp hồ sơ, nộp phí (nếu có) đều trên mạng; kết quả trả bản "
                "điện tử hoặc gửi qua bưu điện. Người dân không phải đến cơ quan nhà nước.</li>"
                "<li><b>Một phần</b>: một số bước vẫn làm trực tiếp, ví dụ đến nộp hoặc xuất trình bản giấy, "
                "hay đến nhận kết quả tại bộ phận một cửa.</li></ul>"
                "<p>Trước khi nộp, cùng người dân đọc trang hướng dẫn của thủ tục: <b>cơ quan thực hiện</b>, "
                "<b>thành phần hồ sơ</b>, <b>thời hạn giải quyết</b> và <b>phí, lệ phí</b>.</p>",
                "screen": {
                    "title": "Hướng dẫn thủ tục: đọc trước khi nộp",
                    "lines": [
                        "Cơ quan thực hiện: UBND xã, phường",
                        "Dịch vụ công trực tuyến toàn trình",
                        "Thành phần hồ sơ",
                        "Thời hạn giải quyết, phí, lệ phí",
                    ],
                    "highlight": "Nộp trực tuyến",
                    "alt": "Trang hướng dẫn một thủ tục ghi cơ quan thực hiện là Ủy ban nhân dân xã, phường, loại "
                    "dịch vụ toàn trình, các mục thành phần hồ sơ, thời hạn, phí, lệ phí và nút Nộp trực tuyến "
                    "màu đỏ.",
                },
                "guides": ["tim-thu-tuc"],
            },
            {
                "heading": "Tìm thủ tục và nộp hồ sơ",
                "body": "<ol>"
                "<li>Mở dichvucong.gov.vn, gõ việc cần làm vào ô tìm kiếm, ví dụ <b>khai sinh</b>.</li>"
                "<li>Chọn đúng thủ tục: xem cơ quan thực hiện là xã, phường hay tỉnh.</li>"
                "<li>Chụp sẵn từng giấy tờ cho rõ nét, đủ bốn góc, không bị lóa.</li>"
                "<li>Chạm <b>Nộp trực tuyến</b>; người dân đăng nhập bằng VNeID của chính mình.</li>"
                "<li>Khai thông tin, tải ảnh giấy tờ, chọn cách nhận kết quả, rồi nộp hồ sơ.</li>"
                "<li>Ghi lại <b>mã hồ sơ</b> để tra cứu sau.</li>"
                "</ol>"
                "<p>Ví dụ hay gặp: thủ tục <b>liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm "
                "y tế cho trẻ em dưới 6 tuổi</b>: nộp một lần, bé được làm cả ba việc.</p>",
                "guides": ["tim-thu-tuc", "khai-sinh-truc-tuyen"],
            },
            {
                "heading": "Theo dõi hồ sơ và nhận kết quả",
                "body": "<p><b>Mã hồ sơ</b> có trong tin nhắn, email hoặc mục quản lý hồ sơ của người dân; nộp "
                "trực tiếp thì mã in trên giấy tiếp nhận hồ sơ và hẹn trả kết quả. Từ 1/7/2025 cổng "
                "dịch vụ công của tỉnh đã đóng: mọi hồ sơ tra cứu trên <b>dichvucong.gov.vn</b>.</p>"
                "<p>Kết quả nhận theo cách đã chọn khi nộp: bản điện tử, tại bộ phận một cửa, hoặc qua "
                "<b>dịch vụ bưu chính công ích</b>. Với cách nhận qua bưu điện:</p>"
                "<ul><li>Ghi địa chỉ: số nhà hoặc thôn, tổ dân phố; xã, phường; tỉnh, thành phố. Từ 1/7/2025 "
                "không còn cấp huyện.</li>"
                "<li>Người dân có thể phải trả cước chuyển phát theo bảng giá của bưu điện.</li>"
                "<li>Khi bưu tá đến: xuất trình căn cước, kiểm tra đúng tên, đủ giấy tờ rồi mới ký nhận.</li>"
                "</ul>",
                "screen": {
                    "title": "Tiến độ giải quyết hồ sơ",
                    "lines": ["☑ Đã tiếp nhận", "☑ Đang giải quyết", "Đã có kết quả"],
                    "highlight": "Nhận kết quả qua bưu điện",
                    "alt": "Màn hình tiến độ hồ sơ: đã tiếp nhận và đang giải quyết được đánh dấu, chưa có kết "
                    "quả; dòng Nhận kết quả qua bưu điện được tô đỏ.",
                },
                "guides": ["tra-cuu-ho-so", "nhan-ket-qua-buu-dien"],
            },
        ],
        "quiz": [
            {
                "question": "Người dân đăng nhập Cổng Dịch vụ công quốc gia bằng gì?",
                "choices": [
                    ("Tài khoản Zalo", False),
                    ("Tài khoản định danh điện tử VNeID", True),
                    ("Tài khoản Facebook", False),
                ],
                "explanation": "<p>Công dân đăng nhập bằng <b>tài khoản định danh điện tử VNeID</b>, không cần tạo "
                "tài khoản riêng.</p>",
            },
            {
                "question": "Dịch vụ công trực tuyến toàn trình là gì?",
                "choices": [
                    ("Nộp trên mạng nhưng luôn phải mang bản giấy đến bộ phận một cửa", False),
                    ("Thủ tục chỉ làm được tại trụ sở Ủy ban nhân dân xã, phường", False),
                    (
                        "Khai, nộp hồ sơ, nộp phí đều làm trên mạng; kết quả trả bản điện tử hoặc qua bưu điện, "
                        "không phải đến cơ quan",
                        True,
                    ),
                ],
                "explanation": "<p><b>Toàn trình</b>: làm trọn trên mạng. Phải đến nộp hoặc nhận giấy tờ là dịch "
                "vụ <b>một phần</b>.</p>",
            },
            {
                "question": "Trước khi chạm Nộp trực tuyến, cần đọc những gì trên trang hướng dẫn của thủ tục? "
                "(Chọn hai đáp án.)",
                "choices": [
                    ("Thành phần hồ sơ: cần những giấy tờ gì", True),
                    ("Số điện thoại riêng của cán bộ giải quyết", False),
                    ("Mật khẩu của người nộp", False),
                    ("Thời hạn giải quyết và phí, lệ phí", True),
                ],
                "explanation": "<p>Đọc <b>thành phần hồ sơ</b>, <b>thời hạn</b>, <b>phí, lệ phí</b> và cơ quan thực "
                "hiện để chuẩn bị đủ trước khi nộp.</p>",
            },
            {
                "question": "Người dân muốn biết hồ sơ đã nộp đang ở bước nào. Cần có gì để tra cứu?",
                "choices": [
                    ("Ảnh căn cước của người nộp", False),
                    ("Mã hồ sơ", True),
                    ("Mã OTP của người nộp", False),
                ],
                "explanation": "<p>Tra cứu bằng <b>mã hồ sơ</b>, có trong tin nhắn, email, mục quản lý hồ sơ hoặc "
                "trên giấy tiếp nhận.</p>",
            },
            {
                "question": "Bưu tá mang kết quả thủ tục đến nhà. Người dân nên làm gì?",
                "choices": [
                    ("Ký nhận trước, để bưu tá đi rồi mới mở phong bì", False),
                    ("Đọc mã OTP cho bưu tá để xác nhận", False),
                    ("Xuất trình căn cước, kiểm tra đúng tên, đủ giấy tờ rồi mới ký nhận", True),
                ],
                "explanation": "<p>Kiểm tra giấy tờ <b>trước khi ký nhận</b>. Không ai cần mã OTP của người dân.</p>",
            },
            {
                "question": "Từ 1/7/2025, địa chỉ nhận kết quả qua bưu điện ghi những cấp nào?",
                "choices": [
                    ("Số nhà hoặc thôn, tổ dân phố; xã, phường; tỉnh, thành phố", True),
                    ("Thôn; xã; huyện; tỉnh", False),
                    ("Chỉ cần tên tỉnh", False),
                ],
                "explanation": "<p>Từ 1/7/2025 chính quyền địa phương có hai cấp: tỉnh và xã; <b>không còn cấp "
                "huyện</b>.</p>",
            },
        ],
    },
    # 4. E-commerce and cashless payment: useful, not a condition for field work.
    {
        "slug": "thuong-mai-dien-tu",
        "title": "Thương mại điện tử và thanh toán không dùng tiền mặt cho hộ kinh doanh",
        "summary": "Giúp hộ kinh doanh, nông dân mở gian hàng trên postmart.vn, chụp ảnh sản phẩm, đóng "
        "gói đơn hàng, nhận tiền bằng mã QR an toàn và dùng Mobile Money của các nhà mạng.",
        "pillar": "kinh-te-so",
        "minutes": 35,
        "required_for_field_work": False,
        "pass_mark": 80,
        "lessons": [
            {
                "heading": "Mở gian hàng trên postmart.vn",
                "body": "<ul>"
                '<li><a href="https://postmart.vn">postmart.vn</a> của <b>Bưu điện Việt Nam</b>: chuyên nông '
                "sản, đặc sản, sản phẩm của hộ sản xuất, hợp tác xã. Nhân viên bưu điện văn hóa xã, bưu cục có "
                "thể giúp mở gian hàng.</li>"
                "</ul>"
                "<p>Người bán cần: căn cước gắn chip, số điện thoại đang dùng, địa chỉ lấy hàng, tài khoản ngân "
                "hàng đứng tên mình để nhận tiền, giấy đăng ký hộ kinh doanh hoặc hợp tác xã nếu có.</p>"
                "<p>Nhân viên bưu điện giúp mở gian hàng. Không gửi ảnh căn cước cho người lạ.</p>",
                "guides": ["mo-gian-hang"],
            },
            {
                "heading": "Ảnh sản phẩm và mô tả đúng thật",
                "body": "<ul>"
                "<li>Lau ống kính, chụp ở chỗ có ánh sáng tự nhiên, trên nền trơn.</li>"
                "<li>Chụp 3 đến 5 ảnh: toàn cảnh có bao bì, cận cảnh, ảnh cho thấy to nhỏ.</li>"
                "<li>Không dùng bộ lọc màu đậm: ảnh đúng thật giúp người mua tin và ít trả hàng.</li>"
                "<li>Tên sản phẩm ghi loại hàng, nơi làm ra và khối lượng, ví dụ <i>Gạo ST25 ruộng nhà, túi 5 "
                "kg</i>.</li>"
                "<li>Ghi đúng khối lượng để phí vận chuyển tính đúng.</li>"
                "</ul>",
                "screen": {
                    "title": "Ảnh sản phẩm: kiểm tra trước khi đăng",
                    "lines": [
                        "☑ Đủ sáng, nền trơn",
                        "☑ Ảnh toàn cảnh có bao bì",
                        "☑ Ảnh cận cảnh",
                        "☑ Ảnh cho thấy to nhỏ",
                    ],
                    "highlight": "Tải ảnh lên",
                    "alt": "Danh sách kiểm tra ảnh sản phẩm, đã đánh dấu đủ sáng, nền trơn, ảnh toàn cảnh có bao "
                    "bì, ảnh cận cảnh, ảnh cho thấy to nhỏ; nút Tải ảnh lên màu đỏ.",
                },
                "guides": ["chup-anh-san-pham"],
            },
            {
                "heading": "Đóng gói đơn hàng",
                "body": "<ul>"
                "<li>Chọn thùng vừa cỡ; lót giấy, xốp hoặc màng bọc chống sốc, chèn kín chỗ trống.</li>"
                "<li>Hàng có nước như mắm, mật ong: cho vào túi nilon, buộc hoặc dán kín rồi mới cho vào "
                "thùng.</li>"
                "<li>Rau quả tươi: chừa vài lỗ thoáng để không bị hấp hơi.</li>"
                "<li>Dán băng keo hình chữ H ở nắp và đáy; dán phiếu gửi hàng ở mặt trên; hàng dễ vỡ ghi rõ.</li>"
                "<li>Cân lại thùng hàng và so với khối lượng trên đơn trước khi giao bưu tá.</li>"
                "</ul>",
                "guides": ["dong-goi-don-hang"],
            },
            {
                "heading": "Nhận tiền bằng mã QR",
                "body": "<p>Người bán in <b>mã QR</b> của tài khoản ngân hàng hoặc tài khoản ví, Mobile Money "
                "đứng tên mình, dán ở quầy. Người mua quét mã bằng ứng dụng ngân hàng hoặc ví để trả tiền.</p>"
                "<ul><li><b>Người mua</b>: trước khi xác nhận, đọc tên người nhận trên màn hình; phải đúng tên "
                "cửa hàng hoặc chủ cửa hàng.</li>"
                "<li><b>Người bán</b>: chỉ giao hàng khi <b>chính mình</b> thấy tiền đã vào tài khoản (trong "
                "ứng dụng hoặc tin nhắn của ngân hàng, ví). Ảnh chụp màn hình người mua đưa có thể là giả.</li>"
                "<li>Thỉnh thoảng xem mã QR ở quầy có bị dán đè mã khác không.</li>"
                "<li>Quét mã QR là để <b>trả</b> tiền. Người lạ bảo quét mã để <b>nhận</b> tiền là lừa đảo.</li>"
                "</ul>",
                "screen": {
                    "title": "Người bán: kiểm tra tiền đã về",
                    "lines": [
                        "Thông báo của ứng dụng ngân hàng",
                        "+85.000 đ vào tài khoản của bạn",
                        "Nội dung: mua hàng",
                    ],
                    "highlight": "Tiền đã vào tài khoản: giao hàng",
                    "alt": "Thông báo trong ứng dụng ngân hàng của người bán: 85.000 đồng đã vào tài khoản, nội "
                    "dung mua hàng; dòng đỏ ghi Tiền đã vào tài khoản: giao hàng.",
                },
                "guides": ["thanh-toan-qr"],
            },
            {
                "heading": "Mobile Money của các nhà mạng",
                "body": "<p><b>Mobile Money</b> là tài khoản thanh toán gắn với số thuê bao di động, dùng để trả "
                "tiền điện, nước, mua hàng, chuyển tiền mà không cần tài khoản ngân hàng. Dịch vụ do ba nhà mạng "
                "cung cấp: <b>Viettel</b> (Viettel Money), <b>VNPT</b> (VNPT Money) và <b>MobiFone</b>. Sau thời "
                "gian thí điểm theo <b>Quyết định 316/QĐ-TTg</b>, từ ngày 1/1/2026 dịch vụ làm theo <b>Nghị định "
                "368/2025/NĐ-CP</b>.</p>"
                "<ul><li>Mở tài khoản bằng số điện thoại của chính nhà mạng đó, đứng tên chính mình, trên ứng "
                "dụng hoặc tại cửa hàng, điểm giao dịch của nhà mạng.</li>"
                "<li>Phải có căn cước và xác thực sinh trắc học (khuôn mặt). Mỗi người chỉ mở một tài khoản tại "
                "một nhà mạng.</li>"
                "<li>Người không có điện thoại thông minh vẫn dùng được trên điện thoại phím bấm: nhà mạng hướng "
                "dẫn tại cửa hàng.</li>"
                "<li>Nạp, rút tiền mặt tại cửa hàng, điểm giao dịch, đại lý của nhà mạng.</li>"
                "<li>Hạn mức: chuyển tiền và thanh toán tối đa 100 triệu đồng một tháng tại một nhà mạng. Trả "
                "tiền điện, nước, học phí, viện phí, dịch vụ công được dùng thêm hạn mức riêng, cũng không quá "
                "100 triệu đồng một tháng.</li>"
                "<li>Giữ kín mật khẩu, mã OTP như với tài khoản ngân hàng.</li></ul>",
                "guides": ["mo-tai-khoan", "giu-an-toan-tai-khoan"],
            },
        ],
        "quiz": [
            {
                "question": "Sàn postmart.vn do đơn vị nào vận hành?",
                "choices": [
                    ("Bộ Công an", False),
                    ("Bảo hiểm xã hội Việt Nam", False),
                    ("Bưu điện Việt Nam", True),
                ],
                "explanation": "<p><b>postmart.vn</b> là sàn của Bưu điện Việt Nam. Nhân viên bưu điện có thể giúp "
                "hộ kinh doanh mở gian hàng.</p>",
            },
            {
                "question": "Trang nào là sàn thương mại điện tử mà hộ kinh doanh, nông dân dùng để bán nông sản?",
                "choices": [
                    ("dichvucong.gov.vn", False),
                    ("postmart.vn", True),
                    ("Ứng dụng VssID", False),
                ],
                "explanation": "<p><b>postmart.vn</b> (Bưu điện Việt Nam) là sàn thương mại điện tử. "
                "dichvucong.gov.vn là Cổng Dịch vụ công quốc gia; VssID là ứng dụng bảo hiểm xã hội.</p>",
            },
            {
                "question": "Người mua đưa ảnh chụp màn hình báo đã chuyển khoản. Người bán nên làm gì?",
                "choices": [
                    ("Mở ứng dụng ngân hàng hoặc ví của mình, thấy tiền đã vào mới giao hàng", True),
                    ("Giao hàng ngay vì đã có ảnh", False),
                    ("Xin mã OTP của người mua để kiểm tra", False),
                ],
                "explanation": "<p>Ảnh chụp màn hình có thể bị làm giả. Chỉ tin thông báo trong <b>tài khoản của "
                "chính mình</b>.</p>",
            },
            {
                "question": "Khi quét mã QR để trả tiền, cần làm gì trước khi xác nhận?",
                "choices": [
                    ("Chụp mã QR gửi cho người thân xem", False),
                    ("Đọc tên người nhận trên màn hình, đúng tên cửa hàng hoặc chủ cửa hàng mới xác nhận", True),
                    ("Tắt mạng rồi bật lại", False),
                ],
                "explanation": "<p>Mã QR có thể bị dán đè. Tên người nhận không đúng thì <b>dừng lại</b>, hỏi lại "
                "người bán.</p>",
            },
            {
                "question": "Mobile Money (Viettel Money, VNPT Money, MobiFone) là gì?",
                "choices": [
                    ("Một sàn thương mại điện tử bán nông sản", False),
                    ("Ứng dụng tra cứu quá trình đóng bảo hiểm xã hội", False),
                    (
                        "Tài khoản thanh toán gắn với số thuê bao di động, để chuyển tiền, thanh toán mà không cần "
                        "tài khoản ngân hàng",
                        True,
                    ),
                ],
                "explanation": "<p>Mobile Money là tài khoản gắn với số thuê bao của nhà mạng. Từ ngày 1/1/2026 "
                "dịch vụ làm theo <b>Nghị định 368/2025/NĐ-CP</b>, hạn mức 100 triệu đồng một tháng.</p>",
            },
            {
                "question": "Gửi mật ong, nước mắm cho người mua, cần đóng gói thế nào? (Chọn hai đáp án.)",
                "choices": [
                    ("Cho vào túi nilon buộc hoặc dán kín rồi mới cho vào thùng", True),
                    ("Đục nhiều lỗ trên thùng cho thoáng", False),
                    ("Chọn thùng thật to cho rộng rãi", False),
                    ("Lót chống sốc và chèn kín chỗ trống trong thùng", True),
                ],
                "explanation": "<p>Hàng có nước phải <b>bọc kín</b> và <b>chống sốc</b>. Lỗ thoáng dành cho rau quả "
                "tươi; thùng quá to làm hàng xô lệch.</p>",
            },
        ],
    },
    # 5. Health and social insurance apps.
    {
        "slug": "y-te-bao-hiem-xa-hoi",
        "title": "Ứng dụng y tế và bảo hiểm xã hội",
        "summary": "Sổ sức khỏe điện tử trong VNeID (cần tài khoản mức 2), tích hợp thẻ bảo hiểm y tế vào VNeID, "
        "ứng dụng VssID của Bảo hiểm xã hội Việt Nam, và giữ kín thông tin sức khỏe của người dân.",
        "pillar": "xa-hoi-so",
        "minutes": 25,
        "required_for_field_work": False,
        "pass_mark": 80,
        "lessons": [
            {
                "heading": "Sổ sức khỏe điện tử trong VNeID",
                "body": "<p><b>Sổ sức khỏe điện tử</b> ghi thông tin sức khỏe của mỗi người. Sổ do Bộ Y tế phối hợp "
                "với Bộ Công an và Bảo hiểm xã hội Việt Nam triển khai, nằm ngay trong ứng dụng <b>VNeID</b>. "
                "Sổ có 4 nhóm thông tin:</p>"
                "<ul><li>hành chính;</li>"
                "<li>tiền sử y tế;</li>"
                "<li>các lần khám, chữa bệnh;</li>"
                "<li>tóm tắt hồ sơ bệnh án.</li></ul>"
                "<p>Điều kiện: <b>tài khoản định danh điện tử mức 2</b> đã kích hoạt và VNeID bản mới nhất. "
                "Tùy phiên bản, mục này ở màn hình chính hoặc trong Ví giấy tờ.</p>"
                "<p>Theo <b>Quyết định 31/QĐ-BYT</b>, thông tin đã hiện đủ trên VNeID thì nơi khám không đòi bản "
                "giấy.</p>"
                "<p>Sổ chỉ hiện những lần khám mà cơ sở y tế đã gửi dữ liệu lên. Sổ còn trống thì hỏi nơi đã "
                "khám hoặc trạm y tế xã, phường.</p>",
                "screen": {
                    "title": "Sổ sức khỏe điện tử",
                    "lines": [
                        "Hành chính",
                        "Tiền sử y tế",
                        "Khám, chữa bệnh",
                        "Tóm tắt hồ sơ bệnh án",
                    ],
                    "highlight": "Khám, chữa bệnh",
                    "alt": "Các mục của sổ sức khỏe điện tử: hành chính, tiền sử y tế, khám chữa bệnh, tóm tắt "
                    "hồ sơ bệnh án; mục khám, chữa bệnh được tô đỏ.",
                },
                "guides": ["xem-so-suc-khoe"],
            },
            {
                "heading": "Tích hợp thẻ bảo hiểm y tế vào VNeID",
                "body": "<ol>"
                "<li>Đăng nhập VNeID (mức 2), chạm <b>Ví giấy tờ</b>. Đã thấy <b>Thẻ BHYT</b> thì không cần "
                "làm tiếp.</li>"
                "<li>Chạm <b>Tích hợp thông tin</b>, rồi <b>Tạo mới yêu cầu</b>.</li>"
                "<li>Chọn <b>Thẻ BHYT</b>, đơn vị cấp là Bảo hiểm xã hội Việt Nam, rồi nhập số thẻ: 10 số mã "
                "số bảo hiểm xã hội hoặc đủ 15 ký tự in trên thẻ.</li>"
                "<li>Đánh dấu xác nhận, chạm <b>Gửi yêu cầu</b>, người dân tự nhập passcode.</li>"
                "<li>Khi yêu cầu được duyệt, thẻ hiện trong Ví giấy tờ.</li>"
                "</ol>"
                "<p>Đi khám chữa bệnh có bảo hiểm y tế, người dân có thể đưa thẻ trên VNeID, thẻ trên VssID "
                "hoặc căn cước gắn chip cho quầy tiếp đón.</p>",
                "guides": ["tich-hop-bhyt"],
            },
            {
                "heading": "VssID: bảo hiểm xã hội số",
                "body": "<p><b>VssID</b> là ứng dụng của <b>Bảo hiểm xã hội Việt Nam</b>. Trên VssID, người dân "
                "xem:</p>"
                "<ul><li>thẻ bảo hiểm y tế, hạn dùng và nơi đăng ký khám chữa bệnh ban đầu;</li>"
                "<li>quá trình đóng bảo hiểm xã hội, bảo hiểm thất nghiệp;</li>"
                "<li>các chế độ đã hưởng.</li></ul>"
                "<p>Đăng nhập bằng mã số bảo hiểm xã hội hoặc số căn cước và mật khẩu, hoặc chọn <b>đăng nhập "
                "bằng tài khoản định danh điện tử</b> để dùng VNeID mức 2 (người dân cần có tài khoản VssID "
                "trước).</p>"
                "<p>Thẻ hết hạn: người tham gia theo hộ gia đình gia hạn tại đại lý thu bảo hiểm hoặc trên Cổng "
                "Dịch vụ công quốc gia; người đi làm hỏi đơn vị nơi làm việc. Thiếu tháng đã đóng: hỏi đơn vị, "
                "rồi cơ quan bảo hiểm xã hội.</p>",
                "guides": ["dang-nhap-bang-vneid", "xem-the-bhyt", "qua-trinh-dong-bhxh"],
            },
            {
                "heading": "Giữ kín thông tin sức khỏe",
                "body": "<p>Thông tin sức khỏe là <b>dữ liệu cá nhân nhạy cảm</b>. Khi giúp:</p>"
                "<ul><li>Người dân tự nhập passcode để mở sổ; bạn quay đi.</li>"
                "<li>Chỉ giúp tìm đúng mục; không đọc, không bàn về bệnh, đơn thuốc của họ khi không được "
                "hỏi.</li>"
                "<li>Không chụp màn hình sổ sức khỏe, thẻ bảo hiểm y tế.</li>"
                "<li>Hỏi về chẩn đoán, thuốc: mời người dân hỏi bác sĩ, trạm y tế xã, phường. Hỏi về thẻ, quá "
                "trình đóng: hỏi cơ quan bảo hiểm xã hội.</li></ul>",
                "guides": [],
            },
        ],
        "quiz": [
            {
                "question": "Sổ sức khỏe điện tử nằm ở đâu?",
                "choices": [
                    ("Trên sàn postmart.vn", False),
                    ("Trong ứng dụng VNeID", True),
                    ("Trong ứng dụng Viettel Money", False),
                ],
                "explanation": "<p>Sổ sức khỏe điện tử nằm trong <b>VNeID</b>, do Bộ Y tế phối hợp với Bộ Công an "
                "và Bảo hiểm xã hội Việt Nam triển khai.</p>",
            },
            {
                "question": "Để mở sổ sức khỏe điện tử, người dân cần tài khoản định danh điện tử mức nào?",
                "choices": [
                    ("Mức 1 là đủ", False),
                    ("Không cần tài khoản", False),
                    ("Mức 2", True),
                ],
                "explanation": "<p>Sổ sức khỏe điện tử cần <b>tài khoản mức 2</b> đã kích hoạt.</p>",
            },
            {
                "question": "VssID là ứng dụng của cơ quan nào?",
                "choices": [
                    ("Bảo hiểm xã hội Việt Nam", True),
                    ("Bộ Công an", False),
                    ("Bưu điện Việt Nam", False),
                ],
                "explanation": "<p><b>VssID</b> là ứng dụng của Bảo hiểm xã hội Việt Nam. VNeID mới là ứng dụng "
                "của Bộ Công an.</p>",
            },
            {
                "question": "Trên VssID, người dân xem được những gì? (Chọn hai đáp án.)",
                "choices": [
                    ("Giấy phép lái xe", False),
                    ("Đơn hàng trên postmart.vn", False),
                    ("Hạn dùng của thẻ bảo hiểm y tế", True),
                    ("Quá trình đóng bảo hiểm xã hội", True),
                ],
                "explanation": "<p>VssID cho xem <b>thẻ bảo hiểm y tế</b> và <b>quá trình đóng bảo hiểm</b>. Giấy "
                "phép lái xe tích hợp trong VNeID.</p>",
            },
            {
                "question": "Khi tích hợp thẻ bảo hiểm y tế vào VNeID, nhập số thẻ thế nào?",
                "choices": [
                    ("6 số passcode VNeID", False),
                    ("10 số mã số bảo hiểm xã hội, hoặc đủ 15 ký tự in trên thẻ", True),
                    ("Số điện thoại của người dân", False),
                ],
                "explanation": "<p>Nhập <b>mã số bảo hiểm xã hội</b> (10 số) hoặc đủ 15 ký tự trên thẻ, không có "
                "dấu cách. Passcode không bao giờ nhập vào ô số thẻ.</p>",
            },
            {
                "question": "Sổ sức khỏe của người dân chưa có lịch sử khám bệnh. Bạn giải thích thế nào?",
                "choices": [
                    (
                        "Sổ chỉ hiện lần khám mà cơ sở y tế đã gửi dữ liệu lên; hỏi nơi đã khám hoặc trạm y tế "
                        "xã, phường",
                        True,
                    ),
                    ("Tài khoản đã bị khóa, phải đăng ký lại từ đầu", False),
                    ("Phải gửi ảnh căn cước qua Zalo cho người hỗ trợ để khôi phục sổ", False),
                ],
                "explanation": "<p>Sổ trống không phải lỗi của người dân: dữ liệu do <b>cơ sở y tế</b> gửi lên.</p>",
            },
        ],
    },
    # 6. Safety online and personal data.
    {
        "slug": "an-toan-khong-gian-mang",
        "title": "An toàn trên không gian mạng và bảo vệ dữ liệu cá nhân",
        "summary": "Nhận ra các kiểu lừa đảo hay gặp, giữ kín mã OTP và mật khẩu, bảo vệ dữ liệu cá nhân của "
        "người dân theo Luật Bảo vệ dữ liệu cá nhân (có hiệu lực từ 1/1/2026), và biết làm gì khi đã bị lừa.",
        "pillar": "xa-hoi-so",
        "minutes": 30,
        "required_for_field_work": True,
        "pass_mark": 80,
        "lessons": [
            {
                "heading": "Những kiểu lừa đảo hay gặp",
                "body": "<ul>"
                "<li><b>Giả danh công an</b>: gọi điện nói người dân liên quan đến vụ án, tài khoản định danh "
                "bị lỗi; đòi chuyển tiền để “xác minh”, gọi video để “lấy lời khai”.</li>"
                "<li><b>Giả danh cơ quan thuế</b>: gửi đường link bảo cài ứng dụng thuế “bản mới” để khai hay "
                "hoàn thuế.</li>"
                "<li><b>Giả danh điện lực</b>: báo nợ tiền điện, dọa cắt điện ngay nếu không chuyển tiền hoặc "
                "chạm vào đường link.</li>"
                "<li><b>Giả danh cán bộ, nhân viên nhà mạng, ngân hàng</b>, kể cả “người của tổ công nghệ "
                "số”: hỏi mã OTP để “kích hoạt hộ”, “nâng cấp tài khoản”.</li>"
                "<li><b>Đường link, ứng dụng giả</b>: cài vào là kẻ gian có thể điều khiển điện thoại, lấy tiền "
                "trong tài khoản.</li>"
                "</ul>"
                "<p>Dấu hiệu chung: <b>gấp gáp, dọa dẫm, bảo giữ bí mật, đòi tiền, đòi mã OTP hoặc bảo cài ứng "
                "dụng qua đường link</b>. Cơ quan nhà nước không giải quyết vụ việc qua điện thoại và không bảo "
                "cài ứng dụng qua đường link.</p>",
                "screen": {
                    "title": "Cuộc gọi lạ: dọa cắt điện",
                    "lines": [
                        "Số lạ xưng là nhân viên điện lực",
                        "“Chuyển tiền ngay, nếu không 2 giờ nữa cắt điện”",
                    ],
                    "highlight": "Dập máy, không chuyển tiền",
                    "alt": "Cuộc gọi từ số lạ xưng là nhân viên điện lực, dọa cắt điện sau 2 giờ nếu không chuyển "
                    "tiền; nút đỏ ghi Dập máy, không chuyển tiền.",
                },
                "guides": ["lua-dao-gia-danh-cong-an"],
            },
            {
                # The rules themselves come from the one scam-rules snippet (content.SafetyRules), as in guides.
                "block": "safety_rules",
                "heading": "Quy tắc chống lừa đảo",
                "body": "<p>Mọi hướng dẫn trên trang đều nhắc các quy tắc trên. Hãy nhắc lại với người dân mỗi "
                "lần giúp họ. Nhớ thêm hai việc:</p>"
                "<ul><li>Xem kỹ địa chỉ trang web. Trang của cơ quan nhà nước có đuôi <b>.gov.vn</b>.</li>"
                "<li>Đặt mật khẩu khó đoán, không dùng chung. Cài khóa màn hình điện thoại.</li></ul>",
                "guides": ["giu-an-toan-tai-khoan", "dang-nhap-vneid"],
            },
            {
                "heading": "Bảo vệ dữ liệu cá nhân của người dân",
                "body": "<p><b>Luật Bảo vệ dữ liệu cá nhân</b> (Luật số 91/2025/QH15) có hiệu lực từ <b>1/1/2026</b>, "
                "thay cho Nghị định 13/2023/NĐ-CP. Khi giúp người dân:</p>"
                "<ul><li><b>Có sự đồng ý</b>: chỉ ghi, chụp hay lưu thông tin cá nhân khi người dân đồng ý rõ "
                "ràng. Im lặng không phải là đồng ý.</li>"
                "<li><b>Đúng mục đích</b>: nói rõ ghi để làm gì, chỉ dùng cho việc đó và ghi ít nhất có thể. "
                "Báo cáo của tổ chỉ cần số lượt hỗ trợ.</li>"
                "<li><b>Không chụp căn cước</b>, không chụp giấy tờ trên VNeID, không lưu số định danh, số điện "
                "thoại của người dân vào máy hay nhóm Zalo.</li>"
                "<li><b>Quyền của người dân</b>: được biết, được xem, yêu cầu sửa và yêu cầu xóa thông tin của "
                "mình.</li>"
                "<li>Lỡ làm lộ, mất thông tin của người dân: báo ngay tổ trưởng và cán bộ xã, phường.</li></ul>",
                "screen": {
                    "title": "Trước khi ghi thông tin người dân",
                    "lines": [
                        "☑ Đã hỏi và người dân đồng ý",
                        "☑ Đã nói rõ ghi để làm gì",
                        "☑ Chỉ ghi điều thật cần",
                    ],
                    "highlight": "Không chụp căn cước",
                    "alt": "Danh sách kiểm tra trước khi ghi thông tin: người dân đã đồng ý, đã nói rõ mục đích, "
                    "chỉ ghi điều thật cần; nút đỏ nhắc Không chụp căn cước.",
                },
                "guides": ["giup-nguoi-cao-tuoi"],
            },
            {
                "heading": "Khi người dân đã bị lừa",
                "body": "<ol>"
                "<li>Gọi ngay tổng đài ngân hàng hoặc ví điện tử để khóa tài khoản. Chỉ gọi số chính thức, "
                "như quy tắc ở bài 2.</li>"
                "<li>Lỡ cài ứng dụng lạ: tắt wifi, 4G ngay. Dùng máy khác đổi mật khẩu ngân hàng, VNeID.</li>"
                "<li>Không mang máy ra tiệm sửa. Nhờ tổ công nghệ số hoặc Công an xã, phường xem giúp.</li>"
                "<li>Giữ bằng chứng và trình báo công an theo quy tắc ở bài 2.</li>"
                "<li>Cảnh giác lần hai: ai hứa “lấy lại tiền” rồi đòi trả phí trước cũng là lừa đảo.</li>"
                "</ol>"
                "<p>Giúp người dân bình tĩnh, không trách móc: người bị lừa cần được giúp nhanh, và câu chuyện "
                "của họ giúp cả thôn cảnh giác.</p>",
                "guides": ["lua-dao-gia-danh-cong-an", "giu-an-toan-tai-khoan"],
            },
        ],
        "quiz": [
            {
                "question": "Người gọi xưng là công an, nói tài khoản định danh của bà con bị khóa và đòi đọc mã "
                "OTP để mở lại. Đây là gì?",
                "choices": [
                    ("Việc bình thường: cứ đọc mã cho nhanh", False),
                    ("Lừa đảo: dập máy, không đọc mã", True),
                    ("Chỉ đọc một nửa mã cho an toàn", False),
                ],
                "explanation": "<p>Công an không hỏi mã OTP và không giải quyết vụ việc qua điện thoại. <b>Dập "
                "máy</b>, hỏi Công an xã, phường nếu lo lắng.</p>",
            },
            {
                "question": "Dấu hiệu nào cho thấy có thể là lừa đảo? (Chọn hai đáp án.)",
                "choices": [
                    ("Dọa cắt điện trong vài giờ nếu không chuyển tiền ngay", True),
                    ("Trưởng thôn đọc lịch họp thôn trên loa", False),
                    ("Gửi đường link bảo cài ứng dụng thuế hay VNeID “bản mới”", True),
                ],
                "explanation": "<p><b>Gấp gáp, dọa dẫm, đòi tiền</b> và <b>bảo cài ứng dụng qua đường link</b> là "
                "dấu hiệu lừa đảo.</p>",
            },
            {
                "question": "Luật Bảo vệ dữ liệu cá nhân (Luật số 91/2025/QH15) có hiệu lực từ ngày nào?",
                "choices": [
                    ("1/7/2023", False),
                    ("1/3/2025", False),
                    ("1/1/2026", True),
                ],
                "explanation": "<p>Luật có hiệu lực từ <b>1/1/2026</b>, thay cho Nghị định 13/2023/NĐ-CP (có hiệu "
                "lực từ 1/7/2023).</p>",
            },
            {
                "question": "Bạn có nên chụp ảnh căn cước của người dân để “lưu cho tổ” không?",
                "choices": [
                    ("Có, để báo cáo cho đầy đủ", False),
                    (
                        "Không. Báo cáo chỉ cần số lượt hỗ trợ; chỉ thu thập thông tin cá nhân khi người dân đồng ý, "
                        "cho mục đích đã nói rõ",
                        True,
                    ),
                    ("Có, nếu chỉ gửi vào nhóm Zalo của xã", False),
                ],
                "explanation": "<p>Không chụp căn cước. Thông tin cá nhân chỉ thu thập khi người dân <b>đồng ý</b>, "
                "cho <b>mục đích đã nói rõ</b>, và ít nhất có thể.</p>",
            },
            {
                "question": "Bà con vừa lỡ chuyển tiền cho kẻ lừa đảo. Việc nào làm trước tiên?",
                "choices": [
                    ("Gọi ngay tổng đài ngân hàng hoặc ví để khóa tài khoản, rồi trình báo Công an xã, phường", True),
                    ("Chuyển thêm tiền để kẻ gian trả lại khoản trước", False),
                    ("Nhờ người trên mạng hứa lấy lại tiền, trả phí trước cho họ", False),
                ],
                "explanation": "<p>Khóa tài khoản <b>ngay</b> để chặn mất thêm tiền, rồi trình báo Công an. "
                "<b>Giữ lại</b> tin nhắn, đường link làm bằng chứng, không xóa. Ai hứa lấy lại tiền để đòi phí cũng "
                "là lừa đảo.</p>",
            },
            {
                "question": "Theo Luật Bảo vệ dữ liệu cá nhân, người dân có những quyền nào với thông tin của mình? "
                "(Chọn hai đáp án.)",
                "choices": [
                    ("Bắt thành viên tổ giữ hộ mật khẩu", False),
                    ("Được xem thông tin cá nhân của mình", True),
                    ("Yêu cầu sửa hoặc xóa thông tin cá nhân của mình", True),
                ],
                "explanation": "<p>Người dân được <b>biết</b>, <b>xem</b>, yêu cầu <b>sửa</b> và <b>xóa</b> dữ liệu "
                "cá nhân của mình. Mật khẩu thì chỉ chủ tài khoản giữ.</p>",
            },
        ],
    },
]


def screenshot(screen):
    """The lesson's picture: a drawn, labelled illustration (never a photo of someone's real screen)."""
    if not screen:
        return {"image": None, "alt_text": ""}
    image = illustration_image(screen["title"], screen["lines"], screen.get("highlight"))
    return {"image": image, "alt_text": screen["alt"]}


def build_module(spec, guides):
    """The unsaved module page. Pictures are drawn here, so they are only drawn when the module is first made."""
    return TrainingModulePage(
        title=spec["title"],
        summary=spec["summary"],
        pillar=Pillar.objects.filter(slug=spec["pillar"]).first() if spec["pillar"] else None,
        minutes=spec["minutes"],
        required_for_field_work=spec["required_for_field_work"],
        pass_mark=spec["pass_mark"],
        lessons=[
            (
                lesson.get("block", "lesson"),
                {
                    "heading": lesson["heading"],
                    "body": RichText(lesson["body"]),
                    "image": screenshot(lesson.get("screen")),
                    "video": None,
                    "guides": [guides[slug] for slug in lesson["guides"] if slug in guides],
                },
            )
            for lesson in spec["lessons"]
        ],
        quiz=[
            (
                "question",
                {
                    "question": item["question"],
                    "choices": [{"text": text, "correct": correct} for text, correct in item["choices"]],
                    "explanation": RichText(item["explanation"]),
                },
            )
            for item in spec["quiz"]
        ],
    )


def load_modules():
    """The training index and its modules in MODULES order; pages that exist are left as editors left them, and a
    guide an editor removed or unpublished is simply not linked. Returns how many modules the index holds."""
    home = Site.objects.get(is_default_site=True).root_page
    index, _created = ensure_child(home, TRAINING_INDEX["slug"], lambda: TrainingIndexPage(**TRAINING_INDEX))
    guides = {page.slug: page for page in GuidePage.objects.live()}
    for spec in MODULES:
        ensure_child(index, spec["slug"], lambda spec=spec: build_module(spec, guides))
    return TrainingModulePage.objects.child_of(index).count()
