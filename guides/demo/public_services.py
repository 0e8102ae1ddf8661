"""Demo guides: Cổng Dịch vụ công quốc gia (Văn phòng Chính phủ), Chính quyền số.

Since 1 July 2025 the national portal is the single entry point for online public services: the provincial
portals were closed (Official Letter 623/TTg-KSTT, Notice 315/TB-VPCP), so the guides that used to sit under a
provincial portal live here now, with their slugs unchanged. Since 1 July 2024 citizens sign in with VNeID only.
"""

from datetime import date

from guides.models import Audience, Effort

# Sources, shared by the guides that rely on them (a URL cited twice carries the same title and issuer).
SINGLE_PORTAL_LETTER = {
    "title": "Việt Nam triển khai mô hình một cổng dịch vụ công toàn quốc từ 1/7",
    "url": "https://dientuungdung.vn/viet-nam-trien-khai-mo-hinh-mot-cong-dich-vu-cong-toan-quoc-tu-17-9585.html",
    "issuer": "Tạp chí Điện tử và Ứng dụng",
    "issued_on": date(2025, 6, 4),
    "supports": "Công văn 623/TTg-KSTT ngày 30/5/2025: dichvucong.gov.vn là điểm “một cửa số” duy nhất; người dân "
    "chỉ cần nhớ dichvucong.gov.vn, dù thủ tục của bộ, ngành hay địa phương",
}
PROVINCIAL_PORTALS_CLOSED = {
    "title": "Đóng giao diện Cổng Dịch vụ công cấp tỉnh từ 1/7/2025",
    "url": "https://tapchitaichinh.vn/dong-giao-dien-cong-dich-vu-cong-cap-tinh-tu-1-7-2025.html",
    "issuer": "Tạp chí Tài chính",
    "issued_on": None,
    "supports": "Thông báo 315/TB-VPCP ngày 23/6/2025: giao diện Cổng Dịch vụ công cấp tỉnh đóng từ 1/7/2025, "
    "vận hành trên Cổng Dịch vụ công quốc gia",
}
PORTALS_PRESS_BRIEFING = {
    "title": "Cổng dịch vụ công của 63 tỉnh, thành sẽ xóa giao diện từ ngày 1/7",
    "url": "https://laodongthudo.vn/cong-dich-vu-cong-cua-63-tinh-thanh-se-xoa-giao-dien-tu-ngay-17-191567.html",
    "issuer": "Báo Lao động Thủ đô",
    "issued_on": None,
    "supports": "Cục Kiểm soát thủ tục hành chính (Văn phòng Chính phủ): không duy trì cổng dịch vụ công cấp tỉnh "
    "từ 1/7/2025; người dân nộp hồ sơ trên Cổng Dịch vụ công quốc gia bằng máy tính hoặc điện thoại",
}
VNEID_ONLY_SIGN_IN = {
    "title": "Từ 1/7/2024 khi thực hiện dịch vụ công trực tuyến chỉ được sử dụng tài khoản VNeID",
    "url": "https://tanthanh.huonghoa.quangtri.gov.vn/chi-tiet-tin/-/view-article/1/1688518073224/1714808383758",
    "issuer": "Ủy ban nhân dân xã Tân Thành, tỉnh Quảng Trị",
    "issued_on": date(2024, 5, 4),
    "supports": "Từ 1/7/2024, tài khoản do Cổng Dịch vụ công quốc gia tạo cho công dân dừng hoạt động, thay bằng "
    "tài khoản định danh điện tử VNeID do Bộ Công an cấp",
}
TWO_TIER_PORTAL = {
    "title": "VNPT “giữ cửa-canh dữ liệu” để Cổng Dịch vụ công quốc gia vận hành chính thức theo chế độ “một cửa số”",
    "url": "https://nhandan.vn/ocop/vnpt-giu-cua-canh-du-lieu-de-cong-dich-vu-cong-quoc-gia-van-hanh-chinh-thuc-"
    "theo-che-do-mot-cua-so-post890724.html",
    "issuer": "Báo Nhân Dân",
    "issued_on": None,
    "supports": "Từ 1/7/2025 Cổng Dịch vụ công quốc gia vận hành theo chế độ “một cửa số” duy nhất; chính quyền "
    "địa phương 2 cấp",
}
FIND_AND_SUBMIT = {
    "title": "Hướng dẫn thủ tục đăng ký kết hôn online",
    "url": "https://chauly.quyhop.nghean.gov.vn/dich-vu-cong/thu-tuc-dang-ky-ket-hon-qua-cong-dich-vu-cong-quoc-"
    "gia-662047",
    "issuer": "Xã Châu Lý, tỉnh Nghệ An",
    "issued_on": None,
    "supports": "Trên dichvucong.gov.vn: gõ tên thủ tục vào ô tìm kiếm, chọn thủ tục, chọn cơ quan thực hiện, "
    "chạm Nộp trực tuyến, khai thông tin và tải lên giấy tờ",
}
LINKED_BIRTH_DEATH = {
    "title": "Liên thông điện tử đăng ký khai sinh, khai tử trên Cổng Dịch vụ công quốc gia",
    "url": "https://yenbai.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=4332&l=Chinhsachmoi+&lv=11",
    "issuer": "Cổng thông tin điện tử tỉnh Yên Bái",
    "issued_on": None,
    "supports": "Quyết định 296/QĐ-VPCP công bố hai nhóm thủ tục liên thông: khai sinh, thường trú, thẻ bảo hiểm y "
    "tế cho trẻ dưới 6 tuổi; khai tử, xóa thường trú, mai táng phí, tử tuất. Nộp trên dichvucong.gov.vn hoặc "
    "VNeID, mục “Dịch vụ công liên thông khai sinh, khai tử”",
}
LINKED_BIRTH_STEPS = {
    "title": "Hướng dẫn quy trình thực hiện liên thông điện tử đối với 02 nhóm thủ tục hành chính",
    "url": "https://namdong.cujut.daknong.gov.vn/thong-tin-tuyen-truyen/huong-dan-quy-trinh-thuc-hien-lien-thong-"
    "dien-tu-doi-voi-02-nhom-thu-tuc-hanh-chinh-55.html",
    "issuer": "Ủy ban nhân dân xã Nam Dong, tỉnh Đắk Nông",
    "issued_on": date(2023, 9, 21),
    "supports": "Nhóm liên thông khai sinh: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế lần đầu "
    "cho trẻ dưới 6 tuổi; có thể chọn liên thông hai trong ba thủ tục",
}
BIRTH_DEADLINE = {
    "title": "Không chỉ là thủ tục giấy tờ, đây là 6 điều bạn cần nhớ khi làm giấy khai sinh trong năm 2025",
    "url": "https://kinhtechungkhoan.vn/khong-chi-la-thu-tuc-giay-to-day-la-6-dieu-ban-can-nho-khi-lam-giay-khai-"
    "sinh-trong-nam-2025-1371780.html",
    "issuer": "Tạp chí Kinh tế Chứng khoán Việt Nam",
    "issued_on": None,
    "supports": "Theo Luật Hộ tịch, cha mẹ đăng ký khai sinh cho con trong 60 ngày kể từ ngày sinh",
}
FAKE_POSTMEN = {
    "title": "Cảnh báo giả mạo Bưu điện Việt Nam để lừa đảo chiếm đoạt tài sản",
    "url": "https://vietnamnet.vn/canh-bao-gia-mao-buu-dien-viet-nam-de-lua-dao-chiem-doat-tai-san-2136493.html",
    "issuer": "Báo VietNamNet",
    "issued_on": None,
    "supports": "Bưu điện Việt Nam cảnh báo kẻ gian giả nhân viên bưu điện đến nhà thu tiền; nhân viên thật mặc "
    "đồng phục có logo Vietnam Post, đeo bảng tên ghi tên và mã nhân viên",
}
PAY_POSTMAN_ON_DELIVERY = {
    "title": "Giả danh nhân viên bưu điện gọi điện, nhắn tin lừa đảo",
    "url": "https://soha.vn/gia-danh-nhan-vien-buu-dien-goi-dien-nhan-tin-lua-dao-198250913210449798.htm",
    "issuer": "Báo điện tử Soha",
    "issued_on": None,
    "supports": "Công an tỉnh Thanh Hóa: không chuyển tiền theo tin nhắn, cuộc gọi lạ; chỉ trả phí chuyển phát "
    "trực tiếp cho nhân viên bưu chính khi đã nhận được giấy tờ",
}

PORTAL_SOURCES = [SINGLE_PORTAL_LETTER, PROVINCIAL_PORTALS_CLOSED]

# A step other portal guides open with: signing in is a guide of its own, so the step points there.
SIGN_IN_PORTAL = {
    "heading": "Đăng nhập Cổng bằng VNeID",
    "text": '<p>Trên <a href="https://dichvucong.gov.vn">dichvucong.gov.vn</a>, đăng nhập bằng tài khoản VNeID của '
    "bạn. Cách làm có trong hướng dẫn “Đăng nhập Cổng Dịch vụ công quốc gia bằng VNeID”.</p>",
    "safety": True,
}

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
        "tags": ["dich-vu-cong", "vneid", "dang-nhap", "dang nhap dich vu cong"],
        "requirements": [
            "Tài khoản VNeID đã kích hoạt",
            "Điện thoại có cài VNeID, để xác nhận khi đăng nhập",
            "Trình duyệt web trên điện thoại hoặc máy tính",
        ],
        "steps": [
            {
                "heading": "Mở trang dichvucong.gov.vn",
                "text": '<p>Gõ <a href="https://dichvucong.gov.vn">dichvucong.gov.vn</a> vào thanh địa chỉ của '
                "trình duyệt. Kiểm tra địa chỉ đúng là <b>dichvucong.gov.vn</b>.</p>",
                "warning": "<p>Trang giả mạo thường có địa chỉ gần giống. Không đăng nhập qua đường link người "
                "lạ gửi.</p>",
            },
            {
                "heading": "Chạm Đăng nhập",
                "text": "<p>Chạm <b>Đăng nhập</b> ở góc trên của trang.</p>",
                "tip": "<p>Trên điện thoại, nếu không thấy chữ này, chạm biểu tượng ba gạch ở góc trên bên phải "
                "trước.</p>",
            },
            {
                "heading": "Chọn cách đăng nhập bằng VNeID",
                "text": "<p>Chọn đăng nhập bằng <b>tài khoản định danh điện tử</b> (VNeID), dành cho công dân. Từ "
                "1/7/2024, tài khoản riêng của Cổng không còn dùng được cho công dân.</p>",
                "screen": {
                    "title": "Đăng nhập Cổng Dịch vụ công",
                    "lines": ["Công dân", "Tổ chức, doanh nghiệp"],
                    "highlight": "Đăng nhập bằng tài khoản định danh điện tử (VNeID)",
                    "alt": "Trang đăng nhập của Cổng Dịch vụ công quốc gia, phần dành cho công dân; cách đăng nhập "
                    "bằng tài khoản định danh điện tử VNeID được tô đỏ.",
                },
            },
            {
                "heading": "Gõ số định danh và mật khẩu VNeID",
                "text": "<p>Gõ <b>số định danh cá nhân</b> (số căn cước) và <b>mật khẩu VNeID</b> vào hai ô.</p>",
                "safety": True,
            },
            {
                "heading": "Chạm Đăng nhập dưới ô mật khẩu",
                "text": "<p>Chạm nút <b>Đăng nhập</b> ngay dưới ô mật khẩu.</p>",
            },
            {
                "heading": "Xác nhận đăng nhập",
                "text": "<p>Làm theo yêu cầu trên màn hình. Thường là gõ mã OTP gửi về điện thoại của bạn, hoặc "
                "xác nhận trong ứng dụng VNeID.</p>",
                "safety": True,
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
                "Tôi có tài khoản cũ của Cổng Dịch vụ công",
                "<p>Từ 1/7/2024, công dân không đăng nhập bằng tài khoản cũ được nữa. Hãy dùng tài khoản VNeID. "
                "Chưa có VNeID thì nhờ công an xã, phường hoặc Tổ công nghệ số cộng đồng giúp đăng ký.</p>",
            ),
            (
                "Trang không mở được hoặc quay mãi",
                "<p>Kiểm tra lại địa chỉ và mạng Internet, rồi thử lại sau ít phút. Có thể dùng trình duyệt khác.</p>",
            ),
        ],
        "sources": [VNEID_ONLY_SIGN_IN, *PORTAL_SOURCES],
        "app_version": "",
        "checked_by": "kiemduyet",
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
        "tags": ["dich-vu-cong", "thu-tuc", "tim thu tuc"],
        "requirements": ["Điện thoại hoặc máy tính có Internet"],
        "steps": [
            {
                "heading": "Mở trang dichvucong.gov.vn",
                "text": '<p>Gõ <a href="https://dichvucong.gov.vn">dichvucong.gov.vn</a> vào thanh địa chỉ của '
                "trình duyệt. Bạn xem được hướng dẫn thủ tục mà chưa cần đăng nhập.</p>",
                "tip": "<p>Từ 1/7/2025, mọi thủ tục trực tuyến của bộ, tỉnh hay xã, phường đều ở trang này.</p>",
            },
            {
                "heading": "Gõ việc cần làm vào ô tìm kiếm",
                "text": "<p>Gõ vài chữ về việc bạn cần làm, ví dụ <b>khai sinh</b>, <b>trợ cấp thất nghiệp</b> "
                "hay <b>đăng ký đất đai</b>.</p>",
                "screen": {
                    "title": "Tìm thủ tục: khai sinh",
                    "lines": [
                        "Đăng ký khai sinh",
                        "Liên thông đăng ký khai sinh, thường trú, thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi",
                    ],
                    "highlight": "Ô tìm kiếm: khai sinh",
                    "alt": "Ô tìm kiếm trên Cổng Dịch vụ công quốc gia đã gõ chữ khai sinh, được tô đỏ; bên dưới "
                    "là các thủ tục tìm được.",
                },
            },
            {
                "heading": "Chạm nút ở cuối ô tìm kiếm",
                "text": "<p>Chạm nút ở cuối ô tìm kiếm, thường có hình kính lúp, để xem các thủ tục tìm được.</p>",
            },
            {
                "heading": "Chọn đúng thủ tục",
                "text": "<p>Đọc tên thủ tục và cơ quan thực hiện. Chọn thủ tục hợp với việc của bạn.</p>",
            },
            {
                "heading": "Chọn cơ quan thực hiện",
                "text": "<p>Chọn tỉnh, thành phố và xã, phường nơi sẽ giải quyết hồ sơ của bạn.</p>",
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
                "text": "<p>Khi đã đủ giấy tờ, chạm <b>Nộp trực tuyến</b>. Trang sẽ hỏi bạn đăng nhập bằng VNeID.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Tìm thấy nhiều thủ tục giống nhau",
                "<p>Xem cơ quan thực hiện: thủ tục của xã, phường hay của tỉnh. Chưa chắc, hỏi bộ phận một cửa "
                "của xã, phường trước khi nộp.</p>",
            ),
        ],
        "sources": [FIND_AND_SUBMIT, *PORTAL_SOURCES],
        "app_version": "",
        "checked_by": "kiemduyet",
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
        "tags": ["khai-sinh", "dich-vu-cong", "lien-thong", "lam giay khai sinh"],
        "requirements": [
            "Tài khoản VNeID của cha hoặc mẹ",
            "Ảnh chụp rõ nét Giấy chứng sinh của bé",
            "Giấy chứng nhận kết hôn của cha mẹ (nếu có)",
            "Họ tên dự định đặt cho bé",
        ],
        "steps": [
            SIGN_IN_PORTAL,
            {
                "heading": "Mở mục liên thông khai sinh, khai tử",
                "text": "<p>Trên trang chủ, chạm mục <b>Dịch vụ công liên thông khai sinh, khai tử</b>.</p>",
                "tip": "<p>Mục này cũng có trên ứng dụng VNeID.</p>",
            },
            {
                "heading": "Chọn liên thông khai sinh",
                "text": "<p>Chọn nhóm thủ tục khai sinh: <b>đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo "
                "hiểm y tế cho trẻ dưới 6 tuổi</b>.</p>",
                "tip": "<p>Nộp một lần, bé được làm cả ba việc. Bạn cũng có thể chỉ chọn hai trong ba việc.</p>",
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
                "text": "<p>Thông tin đã có trong dữ liệu dân cư được điền sẵn. Kiểm tra lại và bổ sung ô còn "
                "trống.</p>",
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
                "heading": "Đọc lại toàn bộ tờ khai",
                "text": "<p>Xem lại từng mục. Sai một chữ trong tên bé thì sau này phải làm thủ tục sửa.</p>",
            },
            {
                "heading": "Nộp hồ sơ",
                "text": "<p>Chạm nút ở cuối tờ khai để gửi hồ sơ đi. Tên nút khác nhau tùy thủ tục.</p>",
            },
            {
                "heading": "Ghi lại mã hồ sơ",
                "text": "<p>Chép <b>mã hồ sơ</b> trên màn hình ra giấy để tra cứu sau.</p>",
                "warning": "<p>Cha, mẹ cần đăng ký khai sinh cho con trong 60 ngày kể từ ngày sinh.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Hồ sơ bị yêu cầu bổ sung",
                "<p>Không chạm đường link trong tin nhắn. Mở hồ sơ trên dichvucong.gov.vn để đọc lý do. Chụp lại "
                "giấy tờ cho rõ và gửi bổ sung đúng hạn.</p>",
            ),
            (
                "Cha mẹ chưa đăng ký kết hôn",
                "<p>Bé vẫn được đăng ký khai sinh. Hỏi công chức tư pháp, hộ tịch của xã, phường để biết cách "
                "khai phần thông tin người cha.</p>",
            ),
        ],
        "sources": [LINKED_BIRTH_DEATH, LINKED_BIRTH_STEPS, BIRTH_DEADLINE],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
    # Moved here from the provincial portal (closed from 1 July 2025); slugs unchanged.
    {
        "platform": "dich-vu-cong",
        "slug": "tra-cuu-ho-so",
        "title": "Tra cứu tình trạng hồ sơ bằng mã hồ sơ",
        "outcome": "Bạn biết hồ sơ đã nộp đang ở bước nào và khi nào có kết quả, không phải đi hỏi.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 5,
        "sectors": ["dat-dai", "ho-tich", "cu-tru-dinh-danh"],
        "tags": ["tra-cuu", "ho-so", "dich-vu-cong", "tra cuu ho so"],
        "requirements": [
            "Mã hồ sơ (trên giấy tiếp nhận, trong tin nhắn hoặc email khi nộp trực tuyến)",
            "Điện thoại hoặc máy tính có Internet",
        ],
        "steps": [
            {
                "heading": "Tìm mã hồ sơ",
                "text": "<p>Mã hồ sơ in trên <b>Giấy tiếp nhận hồ sơ và hẹn trả kết quả</b>. Nộp trực tuyến thì "
                "mã có trong tin nhắn hoặc email gửi cho bạn.</p>",
            },
            {
                "heading": "Mở trang dichvucong.gov.vn",
                "text": '<p>Gõ <a href="https://dichvucong.gov.vn">dichvucong.gov.vn</a> vào thanh địa chỉ của '
                "trình duyệt. Từ 1/7/2025, cổng dịch vụ công của các tỉnh đã đóng.</p>",
                "tip": "<p>Hồ sơ nộp ở xã, phường hay ở tỉnh đều theo dõi trên Cổng Dịch vụ công quốc gia.</p>",
            },
            {
                "heading": "Mở mục tra cứu hồ sơ",
                "text": "<p>Tìm mục tra cứu hồ sơ trên trang chủ. Trên điện thoại, mục này có thể nằm trong biểu "
                "tượng ba gạch ở góc trên bên phải.</p>",
            },
            {
                "heading": "Gõ mã hồ sơ",
                "text": "<p>Gõ đúng từng ký tự của mã hồ sơ vào ô mã hồ sơ.</p>",
                "screen": {
                    "title": "Tra cứu hồ sơ",
                    "lines": ["Mã hồ sơ", "Mã kiểm tra (chữ và số trong ảnh)"],
                    "highlight": "Tra cứu",
                    "alt": "Trang tra cứu hồ sơ có ô Mã hồ sơ, ô mã kiểm tra kèm ảnh chữ và số, và nút Tra cứu màu đỏ.",
                },
            },
            {
                "heading": "Gõ mã kiểm tra nếu trang hỏi",
                "text": "<p>Nếu trang hiện một ảnh có chữ và số, gõ lại đúng các ký tự đó vào ô <b>mã kiểm "
                "tra</b>.</p>",
            },
            {
                "heading": "Chạm nút ngay dưới các ô vừa gõ",
                "text": "<p>Chạm nút ngay dưới các ô vừa gõ, thường có chữ <b>Tra cứu</b>.</p>",
            },
            {
                "heading": "Đọc tình trạng hồ sơ",
                "text": "<p>Trang cho biết hồ sơ đang ở bước nào, ví dụ:</p><ul><li>Đã tiếp nhận</li>"
                "<li>Đang giải quyết</li><li>Yêu cầu bổ sung</li><li>Đã có kết quả</li></ul>"
                "<p>Tên gọi có thể khác một chút.</p>",
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
                "<p>Kiểm tra lại mã, nhất là chữ O và số 0. Vẫn không thấy, gọi số điện thoại của bộ phận một cửa "
                "in trên giấy tiếp nhận.</p>",
            ),
            (
                "Giấy tiếp nhận ghi địa chỉ cổng dịch vụ công của tỉnh",
                "<p>Cổng của tỉnh đã đóng từ 1/7/2025. Hãy tra cứu trên dichvucong.gov.vn.</p>",
            ),
            (
                "Quá ngày hẹn mà chưa có kết quả",
                "<p>Hỏi bộ phận một cửa nơi nộp. Bạn cũng có thể gửi phản ánh, kiến nghị trên Cổng Dịch vụ công "
                "quốc gia.</p>",
            ),
        ],
        "sources": [*PORTAL_SOURCES, PORTALS_PRESS_BRIEFING, TWO_TIER_PORTAL],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
    {
        "platform": "dich-vu-cong",
        "slug": "nhan-ket-qua-buu-dien",
        "title": "Nhận kết quả thủ tục hành chính qua bưu điện",
        "outcome": "Giấy tờ kết quả được bưu điện giao tận nhà, bạn không phải đi lại để nhận.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 5,
        "sectors": ["dat-dai", "ho-tich"],
        "tags": ["buu-dien", "ket-qua", "dich-vu-cong", "nhan giay to tai nha"],
        "requirements": [
            "Địa chỉ nhận đầy đủ: số nhà hoặc thôn, tổ; xã, phường; tỉnh, thành phố",
            "Số điện thoại đang dùng để bưu tá gọi",
            "Căn cước để xuất trình khi nhận",
        ],
        "steps": [
            {
                "heading": "Chọn nhận kết quả qua bưu điện",
                "text": "<p>Ở bước chọn cách nhận kết quả, chọn nhận qua bưu điện. Có nơi ghi là <b>dịch vụ bưu "
                "chính công ích</b>.</p>",
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
                "không còn cấp huyện, nên không ghi huyện, quận.</p>",
            },
            {
                "heading": "Ghi số điện thoại",
                "text": "<p>Ghi số điện thoại bạn hay nghe máy để bưu tá gọi trước khi giao.</p>",
            },
            {
                "heading": "Xem cước phí",
                "text": "<p>Cước chuyển phát tính theo bảng giá của bưu điện. Màn hình hoặc cán bộ một cửa cho biết "
                "số tiền.</p>",
            },
            {
                "heading": "Nhận diện bưu tá",
                "text": "<p>Bưu tá thật mặc đồng phục có logo Vietnam Post, đeo bảng tên có mã nhân viên.</p>",
                "warning": "<p>Không chuyển khoản khi có tin nhắn hay cuộc gọi đòi phí giao giấy tờ. Kẻ gian hay "
                "giả làm bưu tá để thu tiền.</p>",
            },
            {
                "heading": "Xuất trình căn cước",
                "text": "<p>Đưa căn cước để bưu tá đối chiếu đúng người nhận.</p>",
            },
            {
                "heading": "Kiểm tra giấy tờ",
                "text": "<p>Mở phong bì. Xem đúng tên của bạn và đủ giấy tờ.</p>",
            },
            {
                "heading": "Trả cước khi đã cầm giấy tờ",
                "text": "<p>Nếu còn cước phải trả, chỉ trả tận tay bưu tá sau khi đã nhận giấy tờ.</p>",
                "safety": True,
            },
            {
                "heading": "Ký nhận",
                "text": "<p>Ký vào phiếu giao của bưu tá khi giấy tờ đã đúng và đủ.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Vắng nhà khi bưu tá đến",
                "<p>Đến bưu cục gần nhà, hoặc gọi số bưu cục in trên phiếu báo, để hẹn giao lần khác. Muốn nhờ "
                "người nhận hộ, hỏi bưu điện cần mang giấy tờ gì.</p>",
            ),
            (
                "Có người gọi bảo chuyển tiền trước mới giao",
                "<p>Không chuyển. Gọi bưu cục gần nhà hoặc báo công an xã, phường.</p>",
            ),
        ],
        "sources": [FAKE_POSTMEN, PAY_POSTMAN_ON_DELIVERY, TWO_TIER_PORTAL],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
]
