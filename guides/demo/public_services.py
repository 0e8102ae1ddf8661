"""Demo guides: Cổng Dịch vụ công quốc gia (Văn phòng Chính phủ) and the provincial portal, Chính quyền số."""

from guides.demo.common import NEVER_SHARE_CODES, SIGN_IN_DVC
from guides.models import Audience, Effort

GUIDES = [
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
]
