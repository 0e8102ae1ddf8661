"""Demo guides: paying bills and school money by phone, opening a bank account safely, and pensions paid into an
account (Viettel Money, bank apps, VssID). Kinh tế số and Xã hội số.

Button labels that no source names are described by where they are, not quoted. Every source below was read on
30/11/2026.
"""

from datetime import date

from guides.demo.common import OFFICIAL_STORES_ONLY
from guides.demo.money import DECREE_368_DANTRI, DECREE_368_LUATVIETNAM
from guides.models import Audience, Effort

# Electricity: where the bill can be paid, and the fake-utility scam.
ELECTRICITY_SCAM_ATTT = {
    "title": "Tuyệt đối không làm theo yêu cầu này nếu gặp đối tượng giả danh cán bộ điện lực",
    "url": "https://hatinh24h.com.vn/tuyet-doi-khong-lam-theo-yeu-cau-nay-neu-gap-doi-tuong-gia-danh-can-bo-dien-luc-"
    "a190196.html",
    "issuer": "Hà Tĩnh 24h",
    "issued_on": None,
    "supports": "Cục An toàn thông tin khuyến cáo: kiểm tra qua kênh chính thức của điện lực, không mở đường link, "
    "không cài ứng dụng lạ; tiền điện thu qua ví điện tử (có Viettel Pay), ứng dụng ngân hàng, điểm thu chính thức",
}
ELECTRICITY_SCAM_VTC = {
    "title": "EVNHANOI khuyến cáo khách hàng về thủ đoạn mạo danh ngành điện để lừa đảo",
    "url": "https://vtcnews.vn/evnhanoi-khuyen-cao-khach-hang-ve-thu-doan-mao-danh-nganh-dien-de-lua-dao-ar970391.html",
    "issuer": "VTC News",
    "issued_on": date(2025, 10, 10),
    "supports": "Kẻ gian giả tổng đài điện lực, dọa cắt điện khẩn cấp, gửi đường link, bắt cài ứng dụng giả, giả số "
    "hiển thị",
}
ELECTRICITY_SCAM_CAFEF = {
    "title": "Điện lực Việt Nam có thông báo quan trọng tới tất cả người dân",
    "url": "https://cafef.vn/dien-luc-viet-nam-co-thong-bao-quan-trong-toi-tat-ca-nguoi-dan-18826012106103973.chn",
    "issuer": "CafeF",
    "issued_on": date(2026, 1, 21),
    "supports": "Kẻ gian xưng nhân viên ngành điện, báo lỗi dùng điện, dọa ngừng cấp điện, xin thông tin và số tài "
    "khoản; dụ gọi tổng đài thu phí cao",
}
EVN_REFUND_SCAM_EVNNPC = {
    "title": "Điện lực miền Bắc phát thông báo quan trọng liên quan đến hoàn tiền hóa đơn điện do sai sót hệ thống",
    "url": "https://cafef.vn/dien-luc-mien-bac-phat-thong-bao-quan-trong-lien-quan-den-hoan-tien-hoa-don-dien-do-sai-"
    "sot-he-thong-188260106111155334.chn",
    "issuer": "CafeF",
    "issued_on": date(2026, 1, 6),
    "supports": "EVNNPC: không cung cấp mật khẩu, OTP, thông tin thẻ, tài khoản qua đường link, email lạ; ngành điện "
    "không yêu cầu bấm đường link hay tải tệp từ email, tin nhắn lạ",
}
EVN_FAKE_STAFF = {
    "title": "EVN cảnh báo chiêu trò giả mạo nhân viên ngành điện để bán hàng trục lợi",
    "url": "https://cafef.vn/evn-canh-bao-chieu-tro-gia-mao-nhan-vien-nganh-dien-de-ban-hang-truc-loi-"
    "188250926080804854.chn",
    "issuer": "CafeF",
    "issued_on": date(2025, 9, 26),
    "supports": "Người mặc đồng phục có logo EVN rao bán đồ; EVN khuyên không mua, báo công an hoặc chính quyền địa "
    "phương khi nghi ngờ",
}
EVN_OFFICIAL_SITE = {
    "title": "Cảnh báo trang web giả mạo thương hiệu Tập đoàn Điện lực Việt Nam (EVN)",
    "url": "https://voh.com.vn/phap-luat/canh-bao-trang-web-gia-mao-thuong-hieu-tap-doan-dien-luc-viet-nam-evn-"
    "404274.html",
    "issuer": "Đài Tiếng nói Nhân dân TP.HCM (VOH)",
    "issued_on": None,
    "supports": "EVN chỉ sở hữu trang evn.com.vn và tietkiemnangluong.vn; khách hàng liên hệ Trung tâm Chăm sóc "
    "khách hàng của các Tổng công ty Điện lực",
}
ELECTRICITY_BILL_DATA = {
    "title": "EVNHANOI cảnh báo rủi ro khi công khai hóa đơn tiền điện trên mạng",
    "url": "https://tcanninhmang.vn/bao-ve-du-lieu/202509/evnhanoi-canh-bao-rui-ro-khi-cong-khai-hoa-don-tien-dien-"
    "tren-mang-8d25577",
    "issuer": "Tạp chí An ninh mạng",
    "issued_on": None,
    "supports": "Hóa đơn tiền điện có mã khách hàng, họ tên, địa chỉ; không đăng hóa đơn lên mạng; nhân viên điện "
    "lực mặc đồng phục, có thẻ ngành",
}
# School money.
TUITION_FREE = {
    "title": "Miễn học phí cho trẻ mầm non, học sinh phổ thông từ năm học 2025–2026",  # noqa: RUF001
    "url": "https://congluan.vn/print/10297717.html",
    "issuer": "Báo Công luận",
    "issued_on": date(2025, 7, 5),
    "supports": "Nghị quyết 217/2025/QH15: miễn học phí ở trường công lập từ mầm non đến hết trung học phổ thông, "
    "hỗ trợ học phí ở trường dân lập, tư thục, từ năm học 2025–2026",  # noqa: RUF001
}
TUITION_SCAM = {
    "title": "Công an điểm mặt chiêu lừa ăn theo chính sách miễn học phí",
    "url": "https://thanhnien.vn/cong-an-diem-mat-chieu-lua-an-theo-chinh-sach-mien-hoc-phi-185250307163104455.htm",
    "issuer": "Báo Thanh Niên",
    "issued_on": None,
    "supports": "Kẻ gian gọi, nhắn tin báo hoàn học phí, xin số tài khoản và mã OTP, gửi đường link giả trường học",
}
SCHOOL_PAYMENT_MISA = {
    "title": "Hướng dẫn Phụ huynh thanh toán tiền học trực tuyến qua Ví điện tử",
    "url": "https://emishelp.misa.vn/kb/23766/",
    "issuer": "MISA",
    "issued_on": None,
    "supports": "Phụ huynh đóng tiền học theo thông báo của trường, qua ví điện tử (có Viettel Money) hoặc ngân hàng "
    "mà trường chấp nhận; kiểm tra thông tin rồi xác nhận",
}
# Bank accounts: biometrics and the scams around them.
BANK_BIOMETRICS_SBV = {
    "title": "Ngân hàng nâng cấp công nghệ bảo mật, kịp thời ngăn chặn tội phạm công nghệ và lừa đảo",
    "url": "https://tapchinganhang.gov.vn/ngan-hang-nang-cap-cong-nghe-bao-mat-kip-thoi-ngan-chan-toi-pham-cong-nghe-"
    "va-lua-dao.htm",
    "issuer": "Tạp chí Ngân hàng (Ngân hàng Nhà nước Việt Nam)",
    "issued_on": None,
    "supports": "Quyết định 2345/QĐ-NHNN: xác thực sinh trắc học khi chuyển tiền trên 10 triệu đồng, khi giao dịch "
    "lần đầu, khi đổi thiết bị; kẻ gian giả cán bộ ngân hàng “hỗ trợ cài sinh trắc học”",
}
BANK_ACCOUNTS_SBV = {
    "title": "An toàn, bảo mật thông tin tài khoản của khách hàng - Nhiệm vụ quan trọng của ngân hàng",
    "url": "https://tapchinganhang.gov.vn/an-toan-bao-mat-thong-tin-tai-khoan-cua-khach-hang-nhiem-vu-quan-trong-cua-"
    "ngan-hang-trong-cung-cap-.htm",
    "issuer": "Tạp chí Ngân hàng (Ngân hàng Nhà nước Việt Nam)",
    "issued_on": date(2022, 10, 13),
    "supports": "Tài khoản mở trực tuyến (eKYC); kẻ gian dùng tài khoản không chính chủ, thuê mua tài khoản của người "
    "dân để nhận tiền lừa đảo",
}
# Pensions paid into an account.
PENSION_ACCOUNTS_2025 = {
    "title": "Thông tin việc chi trả lương hưu, trợ cấp BHXH khi vận hành chính quyền địa phương 2 cấp",
    "url": "https://news.laodong.vn/xa-hoi/thong-tin-viec-chi-tra-luong-huu-tro-cap-bhxh-khi-van-hanh-chinh-quyen-dia-"
    "phuong-2-cap-1546686.ldo",
    "issuer": "Báo Lao Động",
    "issued_on": None,
    "supports": "BHXH chuyển tiền vào tài khoản cá nhân từ ngày làm việc đầu tiên của tháng; khoảng 81% người hưởng "
    "nhận qua tài khoản (7/2025); vẫn nhận tiền mặt tại điểm chi trả hoặc tại nhà nếu không đi được",
}
PENSION_CHANGE_VSSID = {
    "title": "Hướng dẫn đăng ký nhận lương hưu qua thẻ ATM trên ứng dụng VssID",
    "url": "https://tayho360.vn/chuyen-doi-so-huong-dan-dang-ky-nhan-luong-huu-qua-the-atm-tren-ung-dung-vssid.html",
    "issuer": "Tây Hồ 360",
    "issued_on": None,
    "supports": "VssID: mục Dịch vụ công, Thay đổi hình thức lĩnh lương hoặc thông tin người hưởng chế độ BHXH; Hình "
    "thức nhận: Nhận qua tài khoản; chạm Gửi, nhập mã OTP, chạm Xác nhận; thông tin người đăng ký phải trùng chủ "
    "tài khoản ngân hàng",
}

GUIDES = [
    # Viettel Money: Tổng công ty Dịch vụ số Viettel, Kinh tế số
    {
        "platform": "viettel-money",
        "slug": "tra-tien-dien-nuoc",
        "title": "Đóng tiền điện, tiền nước bằng Viettel Money",
        "outcome": "Bạn trả tiền điện, tiền nước ngay trên điện thoại, không phải chờ người đến thu.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 10,
        "sectors": ["ngan-hang"],
        "tags": [
            "tien-dien",
            "tien-nuoc",
            "dong-tien-dien",
            "thanh-toan-tien-dien",
            "hoa-don-dien",
            "hoa-don-nuoc",
            "viettel-money",
        ],
        "requirements": [
            "Tài khoản Viettel Money có đủ tiền",
            "Hóa đơn hoặc thông báo tiền điện, tiền nước có mã khách hàng",
        ],
        "steps": [
            {
                "heading": "Tìm mã khách hàng",
                "text": "<p>Tìm dòng <b>mã khách hàng</b> trên hóa đơn hoặc thông báo tiền điện, tiền nước.</p>",
                "screen": {
                    "title": "Thông báo tiền điện",
                    "lines": ["Khách hàng: NGUYỄN VĂN AN", "Mã khách hàng: ••••••••••", "Số tiền: 356.000 đ"],
                    "highlight": "Mã khách hàng",
                    "alt": "Thông báo tiền điện ghi tên khách hàng, mã khách hàng đã che và số tiền 356.000 "
                    "đồng; dòng mã khách hàng được tô đỏ.",
                },
            },
            {
                "heading": "Đăng nhập Viettel Money",
                "text": "<p>Gõ mật khẩu Viettel Money, hoặc dùng vân tay, khuôn mặt.</p>",
                "safety": True,
            },
            {
                "heading": "Mở mục trả tiền điện hoặc tiền nước",
                "text": "<p>Tìm mục thanh toán hóa đơn điện hoặc hóa đơn nước trong ứng dụng.</p>",
            },
            {
                "heading": "Gõ mã khách hàng",
                "text": "<p>Gõ mã khách hàng trên hóa đơn vào ô trống.</p>",
            },
            {
                "heading": "Đối chiếu với hóa đơn",
                "text": "<p>So tên, địa chỉ và số tiền trên màn hình với hóa đơn giấy. Khác nhau thì dừng lại.</p>",
            },
            {
                "heading": "Chạm nút ở cuối màn hình",
                "text": "<p>Chạm nút ở cuối màn hình, ngay dưới số tiền cần trả.</p>",
            },
            {
                "heading": "Xác thực giao dịch",
                "text": "<p>Gõ mật khẩu hoặc mã OTP, hoặc dùng vân tay, khuôn mặt theo yêu cầu.</p>",
                "safety": True,
            },
            {
                "heading": "Lưu biên nhận",
                "text": "<p>Chụp màn hình báo thanh toán thành công để giữ làm bằng chứng.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Không thấy công ty nước của mình",
                "<p>Hỏi công ty cấp nước nơi bạn ở cách trả tiền qua điện thoại. Có thể trả qua ứng dụng ngân "
                "hàng.</p>",
            ),
            (
                "Có người gọi báo nợ tiền điện, dọa cắt điện ngay",
                "<p>Đó có thể là kẻ gian. Xem hướng dẫn <b>Nhận biết cuộc gọi, tin nhắn giả danh điện lực</b>.</p>",
            ),
            (
                "Tiền điện có tính vào hạn mức Mobile Money không?",
                "<p>Từ ngày 1/1/2026, tiền điện, nước được dùng thêm hạn mức riêng, ngoài 100 triệu đồng một "
                "tháng.</p><p>Hạn mức riêng đó cũng không quá 100 triệu đồng một tháng.</p>",
            ),
        ],
        "sources": [ELECTRICITY_SCAM_ATTT, ELECTRICITY_BILL_DATA, DECREE_368_DANTRI, DECREE_368_LUATVIETNAM],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
    {
        "platform": "viettel-money",
        "slug": "gia-danh-dien-luc",
        "title": "Nhận biết cuộc gọi, tin nhắn giả danh điện lực",
        "outcome": "Bạn nhận ra cuộc gọi, tin nhắn giả danh điện lực và không mất tiền.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 5,
        "sectors": ["ngan-hang"],
        "tags": ["gia-danh-dien-luc", "lua-dao", "tien-dien", "cat-dien", "evn", "an-toan"],
        "requirements": ["Hóa đơn tiền điện gần nhất của gia đình"],
        "steps": [
            {
                "heading": "Nghi ngờ khi bị dọa cắt điện",
                "text": "<p>Kẻ gian xưng là điện lực, báo nợ tiền điện và dọa cắt điện ngay. Chúng còn giả được số "
                "hiển thị.</p>",
                "screen": {
                    "title": "Tin nhắn lạ",
                    "lines": ["ĐIỆN LỰC: Quý khách nợ tiền điện", "Sẽ cắt điện sau 2 giờ", "Thanh toán tại: http://…"],
                    "highlight": "Không mở đường link",
                    "alt": "Tin nhắn giả xưng điện lực báo nợ tiền điện, dọa cắt điện sau 2 giờ và gửi một đường "
                    "link; dòng đỏ ghi Không mở đường link.",
                },
            },
            {
                "heading": "Không mở đường link",
                "text": "<p>Không chạm vào đường link trong tin nhắn hay email. Không cài ứng dụng do người lạ "
                "gửi.</p>",
            },
            {
                "heading": "Không chuyển tiền vào tài khoản cá nhân",
                "text": "<p>Điện lực thu tiền qua ứng dụng ngân hàng, ví điện tử và điểm thu chính thức. Không chuyển "
                "tiền theo lời người gọi.</p>",
                "safety": True,
            },
            {
                "heading": "Không đọc mã OTP",
                "text": "<p>Không đọc mã OTP, mật khẩu, số thẻ cho người gọi đến.</p>",
                "safety": True,
            },
            {
                "heading": "Tự kiểm tra tiền điện",
                "text": "<p>Tra hóa đơn bằng mã khách hàng trong ứng dụng bạn vẫn dùng để trả tiền điện.</p>",
            },
            {
                "heading": "Giữ lại bằng chứng",
                "text": "<p>Chụp màn hình tin nhắn, ghi lại số đã gọi. Không xóa tin nhắn.</p>",
            },
            {
                "heading": "Gọi ngân hàng khóa tài khoản",
                "text": "<p>Đã lỡ chuyển tiền hay đọc mã? Gọi ngay số in trên thẻ ngân hàng để khóa tài khoản.</p>",
            },
            {
                "heading": "Báo Công an xã, phường",
                "text": "<p>Sau khi khóa tài khoản, báo Công an xã, phường nơi bạn ở.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Muốn hỏi điện lực cho chắc",
                "<p>Đến hỏi trực tiếp điện lực nơi bạn ở. Không gọi số trong tin nhắn lạ hay tìm thấy trên mạng.</p>",
            ),
            (
                "Người mặc áo điện lực đến nhà thu tiền, bán đồ",
                "<p>Xem thẻ ngành. Không mua đồ, không đưa tiền khi chưa rõ. Báo công an xã nếu nghi ngờ.</p>",
            ),
        ],
        "sources": [
            ELECTRICITY_SCAM_VTC,
            ELECTRICITY_SCAM_CAFEF,
            ELECTRICITY_SCAM_ATTT,
            EVN_REFUND_SCAM_EVNNPC,
            EVN_FAKE_STAFF,
            EVN_OFFICIAL_SITE,
            ELECTRICITY_BILL_DATA,
        ],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
    # Bank apps: Ngân hàng Nhà nước Việt Nam sets their rules, Kinh tế số
    {
        "platform": "ung-dung-ngan-hang",
        "slug": "dong-tien-hoc",
        "title": "Đóng tiền học cho con bằng điện thoại",
        "outcome": "Bạn đóng tiền học, tiền bán trú cho con đúng khoản, đúng trường mà không phải cầm tiền mặt.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 10,
        "sectors": ["giao-duc", "ngan-hang"],
        "tags": ["hoc-phi", "dong-hoc-phi", "tien-hoc", "nha-truong", "phu-huynh", "thanh-toan"],
        "requirements": [
            "Thông báo thu tiền của nhà trường (có mã học sinh hoặc mã QR)",
            "Ứng dụng ngân hàng hoặc ví điện tử mà trường nhận",
        ],
        "steps": [
            {
                "heading": "Đọc thông báo thu của trường",
                "text": "<p>Xem các khoản phải đóng, số tiền, mã học sinh và cách đóng mà trường ghi.</p>",
                "tip": "<p>Từ năm học 2025–2026, trường công lập từ mầm non đến hết trung học phổ thông miễn học "  # noqa: RUF001
                "phí. Các khoản khác như tiền bán trú vẫn có thể phải đóng.</p>",
            },
            {
                "heading": "Hỏi lại giáo viên chủ nhiệm",
                "text": "<p>Thông báo đến qua tin nhắn lạ? Hỏi trực tiếp giáo viên chủ nhiệm trước khi trả.</p>",
            },
            {
                "heading": "Đăng nhập ứng dụng ngân hàng",
                "text": "<p>Đăng nhập ứng dụng ngân hàng hoặc ví mà trường nhận, bằng mật khẩu hoặc vân tay.</p>",
                "safety": True,
            },
            {
                "heading": "Chạm biểu tượng quét mã",
                "text": "<p>Chạm biểu tượng quét mã QR trên màn hình chính của ứng dụng.</p>",
            },
            {
                "heading": "Quét mã QR của trường",
                "text": "<p>Đưa camera vào mã QR trên thông báo của trường.</p>",
            },
            {
                "heading": "Kiểm tra người nhận",
                "text": "<p>Tên người nhận phải là trường hoặc đơn vị thu của trường, kèm tên, mã học sinh của con."
                "</p>",
                "screen": {
                    "title": "Xác nhận chuyển tiền",
                    "lines": [
                        "Người nhận: TRƯỜNG TIỂU HỌC AN BÌNH",
                        "Nội dung: mã học sinh, tiền bán trú",
                        "Số tiền: 450.000 đ",
                    ],
                    "highlight": "Xác nhận",
                    "alt": "Màn hình xác nhận chuyển tiền ghi người nhận là một trường tiểu học, nội dung có mã học "
                    "sinh và tiền bán trú, số tiền 450.000 đồng; nút Xác nhận màu đỏ.",
                },
            },
            {
                "heading": "Xác thực giao dịch",
                "text": "<p>Gõ mã OTP hoặc dùng vân tay, khuôn mặt theo yêu cầu của ứng dụng.</p>",
                "safety": True,
            },
            {
                "heading": "Lưu biên nhận",
                "text": "<p>Chụp màn hình báo thành công. Gửi cho giáo viên nếu trường yêu cầu.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Tên người nhận là tên một người",
                "<p>Dừng lại. Hỏi trực tiếp nhà trường trước khi chuyển tiền vào tài khoản cá nhân.</p>",
            ),
            (
                "Có người gọi báo hoàn lại học phí",
                "<p>Đó là lừa đảo. Không gửi số tài khoản, mã OTP, không mở đường link họ gửi.</p>",
            ),
        ],
        "sources": [TUITION_FREE, TUITION_SCAM, SCHOOL_PAYMENT_MISA],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
    {
        "platform": "ung-dung-ngan-hang",
        "slug": "mo-tai-khoan-ngan-hang",
        "title": "Mở tài khoản ngân hàng an toàn trên điện thoại",
        "outcome": "Bạn có tài khoản ngân hàng đứng tên mình, mở ngay trong ứng dụng chính thức của ngân hàng.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.MEDIUM,
        "minutes": 20,
        "sectors": ["ngan-hang"],
        "tags": ["mo-tai-khoan-ngan-hang", "tai-khoan-ngan-hang", "ngan-hang", "ekyc", "sinh-trac-hoc"],
        "requirements": [
            "Căn cước gắn chip của chính bạn",
            "Số điện thoại đứng tên chính bạn",
            "Điện thoại thông minh có camera và NFC",
        ],
        "steps": [
            {
                "heading": "Chọn ngân hàng",
                "text": "<p>Chọn ngân hàng có phòng giao dịch gần nhà, để dễ hỏi khi cần.</p>",
            },
            {
                "heading": "Tải ứng dụng của ngân hàng",
                "text": "<p>Mở CH Play hoặc App Store. Tìm đúng tên ngân hàng và cài ứng dụng.</p>",
                "warning": OFFICIAL_STORES_ONLY,
            },
            {
                "heading": "Mở mục mở tài khoản mới",
                "text": "<p>Ở màn hình đầu của ứng dụng, chạm mục tài khoản mới hoặc đăng ký.</p>",
            },
            {
                "heading": "Gõ số điện thoại",
                "text": "<p>Gõ số điện thoại đứng tên bạn vào ô trống.</p>",
            },
            {
                "heading": "Nhập mã OTP",
                "text": "<p>Gõ mã OTP gửi đến trong tin nhắn.</p>",
                "safety": True,
            },
            {
                "heading": "Chụp mặt trước căn cước",
                "text": "<p>Đặt mặt trước căn cước vừa khung trên màn hình và chụp.</p>",
            },
            {
                "heading": "Chụp mặt sau căn cước",
                "text": "<p>Lật căn cước. Đặt mặt sau vừa khung và chụp.</p>",
            },
            {
                "heading": "Đọc chip căn cước",
                "text": "<p>Áp căn cước vào lưng điện thoại, giữ yên đến khi ứng dụng báo xong.</p>",
            },
            {
                "heading": "Quay khuôn mặt",
                "text": "<p>Tự nhìn vào camera và làm theo hướng dẫn. Ứng dụng so khuôn mặt với ảnh trong chip.</p>",
                "warning": "<p>Chỉ quay khuôn mặt trong ứng dụng ngân hàng. Không gửi ảnh, video khuôn mặt cho ai "
                "qua Zalo hay đường link.</p>",
            },
            {
                "heading": "Đặt mật khẩu",
                "text": "<p>Đặt mật khẩu khó đoán. Không dùng ngày sinh hay 123456.</p>",
                "safety": True,
            },
        ],
        "troubleshooting": [
            (
                "Có người xưng nhân viên ngân hàng gọi “hỗ trợ cài sinh trắc học”",
                "<p>Đó là lừa đảo. Không làm theo người gọi. Đến phòng giao dịch nếu cần giúp.</p>",
            ),
            (
                "Có người nhờ mở tài khoản hộ, hoặc hỏi mua tài khoản",
                "<p>Không làm. Tài khoản đứng tên bạn có thể bị dùng để nhận tiền lừa đảo.</p>",
            ),
            (
                "Điện thoại không đọc được chip",
                "<p>Máy có thể không có NFC. Mang căn cước đến phòng giao dịch của ngân hàng để mở tài khoản.</p>",
            ),
        ],
        "sources": [BANK_BIOMETRICS_SBV, BANK_ACCOUNTS_SBV],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
    # VssID: Bảo hiểm xã hội Việt Nam, Xã hội số
    {
        "platform": "vssid",
        "slug": "nhan-luong-huu-qua-tai-khoan",
        "title": "Nhận lương hưu, trợ cấp qua tài khoản ngân hàng",
        "outcome": "Lương hưu, trợ cấp bảo hiểm xã hội hằng tháng về thẳng tài khoản của bạn, không phải xếp hàng.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.MEDIUM,
        "minutes": 20,
        "sectors": ["bao-hiem-xa-hoi", "ngan-hang"],
        "tags": ["luong-huu", "tro-cap", "nhan-luong-huu", "tai-khoan-ngan-hang", "bhxh", "vssid"],
        "requirements": [
            "Tài khoản ngân hàng đứng tên chính người hưởng",
            "Ứng dụng VssID đã đăng nhập được",
            "Điện thoại nhận được tin nhắn mã OTP",
        ],
        "steps": [
            {
                "heading": "Mở tài khoản ngân hàng",
                "text": "<p>Chưa có tài khoản? Xem hướng dẫn <b>Mở tài khoản ngân hàng an toàn trên điện "
                "thoại</b>.</p>",
            },
            {
                "heading": "Đăng nhập VssID",
                "text": "<p>Trong ứng dụng VssID, gõ mật khẩu để đăng nhập.</p>",
                "safety": True,
            },
            {
                "heading": "Mở mục Dịch vụ công",
                "text": "<p>Chạm mục <b>Dịch vụ công</b> trong VssID.</p>",
            },
            {
                "heading": "Chọn dịch vụ đổi cách nhận chế độ",
                "text": "<p>Chọn <b>Thay đổi hình thức lĩnh lương hoặc thông tin người hưởng chế độ BHXH</b>.</p>",
            },
            {
                "heading": "Chọn Nhận qua tài khoản",
                "text": "<p>Ở mục <b>Hình thức nhận</b>, chọn <b>Nhận qua tài khoản</b>.</p>",
                "screen": {
                    "title": "Đổi cách nhận chế độ",
                    "lines": ["Cách nhận: qua tài khoản cá nhân", "Ngân hàng", "Số tài khoản"],
                    "highlight": "Đọc lại số tài khoản",
                    "alt": "Màn hình đổi cách nhận chế độ đã chọn nhận qua tài khoản cá nhân, có ô ngân hàng, số "
                    "tài khoản; dòng đỏ nhắc đọc lại số tài khoản.",
                },
            },
            {
                "heading": "Chọn ngân hàng",
                "text": "<p>Chọn ngân hàng nơi bạn mở tài khoản.</p>",
            },
            {
                "heading": "Điền số tài khoản",
                "text": "<p>Gõ số tài khoản đứng tên bạn vào ô trống.</p>",
                "tip": "<p>Đọc lại từng số trước khi gửi.</p>",
            },
            {
                "heading": "Chạm Gửi",
                "text": "<p>Chạm <b>Gửi</b> khi đã điền đủ thông tin.</p>",
            },
            {
                "heading": "Nhập mã OTP",
                "text": "<p>Gõ mã OTP trong tin nhắn gửi đến điện thoại của bạn.</p>",
                "safety": True,
            },
            {
                "heading": "Chạm Xác nhận",
                "text": "<p>Chạm <b>Xác nhận</b> để gửi hồ sơ.</p>",
            },
            {
                "heading": "Xem tiền về tài khoản",
                "text": "<p>Bảo hiểm xã hội chuyển tiền từ ngày làm việc đầu tiên của tháng. Xem trong ứng dụng ngân "
                "hàng.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Muốn nhận vào tài khoản của con cháu",
                "<p>Bảo hiểm xã hội chỉ chuyển vào tài khoản đứng tên người hưởng. Muốn ủy quyền, hỏi cơ quan bảo "
                "hiểm xã hội nơi bạn nhận.</p>",
            ),
            (
                "Không dùng được điện thoại",
                "<p>Vẫn nhận tiền mặt tại điểm chi trả. Người già yếu, không đi được thì được chi trả tại nhà.</p>",
            ),
            (
                "Có người gọi báo tăng lương hưu, đòi mã OTP",
                "<p>Đó là lừa đảo. Không đọc mã, không mở đường link. Hỏi cơ quan bảo hiểm xã hội nơi bạn ở.</p>",
            ),
        ],
        "sources": [PENSION_ACCOUNTS_2025, PENSION_CHANGE_VSSID],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
]
