"""Demo guides: postmart.vn (Bưu điện Việt Nam) and voso.vn (Viettel Post), Kinh tế số."""

from guides.demo.common import NEVER_SHARE_CODES
from guides.models import Audience, Effort

GUIDES = [
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
]
