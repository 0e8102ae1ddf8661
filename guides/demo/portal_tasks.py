"""Demo guides: the tasks people ask for most on Cổng Dịch vụ công quốc gia (Văn phòng Chính phủ), Chính quyền số.

Traffic fines, renewing a driving licence, the linked death registration, marriage registration and renewing a
household health-insurance card: each is done on the national portal, the single entry point since 1 July 2025.
Where a source gives a menu label it is named; where none does, the text says where to look.
"""

from datetime import date

from guides.demo.public_services import (
    FIND_AND_SUBMIT,
    LINKED_BIRTH_DEATH,
    PORTAL_SOURCES,
    SIGN_IN_PORTAL,
)
from guides.models import Audience, Effort

PAY_FINES_STEPS = {
    "title": "Nộp phạt xử lý hành chính trong lĩnh vực giao thông qua Cổng Dịch vụ công quốc gia (trên điện thoại "
    "di động thông minh)",
    "url": "https://thuanan.binhduong.gov.vn/huongdan/Page_06.htm",
    "issuer": "Ủy ban nhân dân thành phố Thuận An, tỉnh Bình Dương",
    "issued_on": None,
    "supports": "Trên dichvucong.gov.vn: biểu tượng ba gạch, Thanh toán trực tuyến, Tra cứu, thanh toán vi phạm "
    "giao thông, Nộp phạt xử lý vi phạm hành chính; tra cứu theo mã quyết định hoặc số biên bản với mã bảo mật; "
    "đối chiếu quyết định, số tiền; chọn ngân hàng hoặc ví; nhập mã OTP; tải biên lai",
}
FINES_NEED_A_DECISION = {
    "title": "Không thể nộp phạt trực tuyến ngay sau khi lập biên bản vi phạm giao thông",
    "url": "https://viettimes.vn/nop-phat-truc-tuyen-tag128625.html",
    "issuer": "Báo điện tử VietTimes",
    "issued_on": None,
    "supports": "Chỉ khi cơ quan có thẩm quyền ra quyết định xử phạt thì người dân mới nộp phạt được trên Cổng "
    "Dịch vụ công quốc gia",
}
TRAFFIC_POLICE_WARNING = {
    "title": "Cảnh báo lừa đảo liên quan đến phạt nguội giao thông",
    "url": "https://baophutho.vn/canh-bao-lua-dao-lien-quan-den-phat-nguoi-giao-thong-237578.htm",
    "issuer": "Báo Phú Thọ",
    "issued_on": date(2025, 8, 8),
    "supports": "Cục Cảnh sát giao thông không thông báo vi phạm qua điện thoại hay tin nhắn; kẻ gian giả trang "
    "Cổng Dịch vụ công, trang nộp phạt; tra cứu phạt nguội tại csgt.bocongan.gov.vn; đến địa chỉ ghi trong thông "
    "báo để làm việc",
}
HANOI_POLICE_WARNING = {
    "title": "Công an Hà Nội cảnh báo tin nhắn lừa đảo thông báo 'phạt nguội' của CSGT",
    "url": "https://kienthuc.net.vn/cong-an-ha-noi-canh-bao-tin-nhan-lua-dao-thong-bao-phat-nguoi-cua-csgt-"
    "post1586254.html",
    "issuer": "Báo Kiến thức",
    "issued_on": date(2025, 11, 18),
    "supports": "Công an TP Hà Nội: không có hình thức thông báo vi phạm qua tin nhắn hoặc điện thoại; thông báo "
    "gửi bằng văn bản, mời đến trụ sở; không cài ứng dụng lạ, không đưa mã OTP",
}
LICENCE_TO_POLICE = {
    "title": "Ngày đầu tiên ngành Công an thực hiện cấp đổi giấy phép lái xe",
    "url": "https://www.vietnamplus.vn/ngay-dau-tien-nganh-cong-an-thuc-hien-cap-doi-giay-phep-lai-xe-post1015232.vnp",
    "issuer": "Báo điện tử VietnamPlus (TTXVN)",
    "issued_on": date(2025, 3, 1),
    "supports": "Từ 1/3/2025, Bộ Công an tiếp nhận sát hạch, cấp giấy phép lái xe (Nghị định 02/2025/NĐ-CP, Thông "
    "tư 12/2025/TT-BCA); hồ sơ nhận trực tiếp và trên Cổng dịch vụ công",
}
LICENCE_ONLINE = {
    "title": "Người dân có thể đổi giấy phép lái xe trực tuyến ở đâu?",
    "url": "https://cafef.vn/nguoi-dan-co-the-doi-giay-phep-lai-xe-truc-tuyen-o-dau-188250224202546861.chn",
    "issuer": "Báo điện tử CafeF (theo TTXVN)",
    "issued_on": None,
    "supports": "Cục Cảnh sát giao thông: đổi giấy phép lái xe trực tuyến qua Cổng Dịch vụ công quốc gia, nộp lệ "
    "phí theo hướng dẫn; nhận qua bưu chính trong 5 ngày làm việc; thông tin cập nhật trên VNeID",
}
LICENCE_INTO_VNEID = {
    "title": "Cách tích hợp thông tin giấy phép lái xe mới vào VNeID để thay bản cứng",
    "url": "https://dantri.com.vn/cong-nghe/cach-tich-hop-thong-tin-giay-phep-lai-xe-moi-vao-vneid-de-thay-ban-"
    "cung-20260117031258749.htm",
    "issuer": "Báo Dân trí",
    "issued_on": date(2026, 1, 17),
    "supports": "Khi hồ sơ đổi giấy phép xong, mở Ví giấy tờ trên VNeID, chạm thông báo “Bạn đang có thông tin chờ "
    "xác nhận tích hợp”, nhập mã PIN, chọn Giấy phép lái xe để xác nhận",
}
LINKED_DEATH_PROCEDURE = {
    "title": "Thủ tục hành chính: Đăng ký khai tử, xóa đăng ký thường trú, trợ cấp mai táng, hỗ trợ chi phí mai táng",
    "url": "https://vinhtu.vinhlinh.quangtri.gov.vn/chi-tiet-tin/-/view-article/1/1695106593926/1703812995747",
    "issuer": "Ủy ban nhân dân xã Vĩnh Tú, tỉnh Quảng Trị",
    "issued_on": date(2023, 12, 29),
    "supports": "Mã thủ tục 1.011537; nộp trên dichvucong.gov.vn qua mục Dịch vụ công liên thông khai sinh, khai "
    "tử; tờ khai điện tử, thông tin đã có trong các cơ sở dữ liệu được điền sẵn; đính kèm giấy tờ theo quy định",
}
MARRIAGE_ONLINE = {
    "title": "Hướng dẫn quy trình đăng ký kết hôn điện tử trên Cổng dịch vụ công Quốc gia",
    "url": "https://caugiay.hanoi.gov.vn/tuyen-truyen-pho-bien-phap-luat/-/view_content/7322917-huong-dan-quy-"
    "trinh-dang-ky-ket-hon-dien-tu-tren-cong-dich-vu-cong-quoc-gia.html",
    "issuer": "Ủy ban nhân dân quận Cầu Giấy, Hà Nội",
    "issued_on": date(2022, 8, 17),
    "supports": "Đăng ký kết hôn trực tuyến theo Thông tư 01/2022/TT-BTP: khai biểu mẫu điện tử, tải lên giấy tờ "
    "(thông tin đã có trong dữ liệu dân cư thì không phải tải); khi có kết quả, hai bên cùng có mặt, ký Sổ và Giấy "
    "chứng nhận kết hôn, mỗi bên nhận một bản chính",
}
MARRIAGE_PAPERS = {
    "title": "Làm giấy đăng ký kết hôn cần những gì? Thủ tục làm giấy kết hôn",
    "url": "https://camxuyen.hatinh.gov.vn/portal/pages/2023/lam-giay-dang-ky-ket-hon-can-nhung-gia-thu-tuc-lam-"
    "giay-ket-hon-2-6928.aspx",
    "issuer": "Ủy ban nhân dân xã Cẩm Xuyên, tỉnh Hà Tĩnh",
    "issued_on": None,
    "supports": "Nộp trực tuyến thì tải lên giấy tờ; Giấy xác nhận tình trạng hôn nhân khi không thường trú tại "
    "xã, phường nơi đăng ký kết hôn",
}
HOUSEHOLD_CARD_ON_PORTAL = {
    "title": "Cách gia hạn thẻ bảo hiểm y tế hộ gia đình online",
    "url": "https://thitruonghanghoa.com/tin-tuc/cach-gia-han-the-bao-hiem-y-te-ho-gia-dinh-online-174042.html",
    "issuer": "Thị trường Hàng hóa",
    "issued_on": date(2021, 8, 1),
    "supports": "Trên Cổng Dịch vụ công quốc gia: Thanh toán trực tuyến, Đóng BHXH tự nguyện và BHYT theo hộ gia "
    "đình, Gia hạn thẻ BHYT theo hộ gia đình; nhập mã thẻ, số tháng, Tra cứu; chọn ngân hàng thụ hưởng của cơ "
    "quan BHXH; Thanh toán",
}
HOUSEHOLD_CARD_BHXH = {
    "title": "Hướng dẫn gia hạn thẻ BHYT hộ gia đình trực tuyến",
    "url": "https://phapluatvacuocsong.vn/huong-dan-gia-han-the-bhyt-ho-gia-dinh-truc-tuyen-a70910.html",
    "issuer": "Tạp chí Pháp luật và Cuộc sống",
    "issued_on": date(2023, 12, 13),
    "supports": "Bảo hiểm xã hội Việt Nam: gia hạn thẻ BHYT theo hộ gia đình trực tuyến; nhập thông tin chủ hộ, "
    "thành viên và số tháng; màn hình hiện số tiền phải đóng; chọn ngân hàng thụ hưởng của cơ quan BHXH rồi "
    "thanh toán",
}
HOUSEHOLD_CARD_ANSWER = {
    "title": "Gia hạn thẻ BHYT ở đâu?",
    "url": "https://nld.com.vn/cong-doan/gia-han-the-bhyt-o-dau-20210401215041368.htm",
    "issuer": "Báo Người Lao Động",
    "issued_on": None,
    "supports": "Bảo hiểm xã hội Việt Nam trả lời: gia hạn tại đại lý thu hoặc cơ quan BHXH, hoặc đóng trực "
    "tuyến; sau khi thanh toán, thẻ được tự động gia hạn",
}

# Steps shared by the guides that pay on the portal: the bank's code is the scam rules' business.
FILL_PAYMENT_PAGE = {
    "heading": "Điền thông tin trả tiền",
    "text": "<p>Làm theo trang thanh toán của ngân hàng hoặc ví. Thường phải điền tên chủ tài khoản và số tài "
    "khoản.</p>",
    "safety": True,
}
TYPE_BANK_OTP = {
    "heading": "Gõ mã OTP của ngân hàng",
    "text": "<p>Gõ mã OTP mà ngân hàng hoặc ví vừa gửi về điện thoại của bạn, trên chính trang thanh toán.</p>",
    "safety": True,
}

GUIDES = [
    {
        "platform": "dich-vu-cong",
        "slug": "nop-phat-giao-thong",
        "title": "Tra cứu phạt nguội và nộp phạt giao thông trực tuyến",
        "outcome": "Bạn biết xe mình có bị phạt nguội không, nộp tiền phạt trên mạng và tránh được tin nhắn phạt giả.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.MEDIUM,
        "minutes": 15,
        "sectors": ["giao-thong"],
        "tags": ["phat-nguoi", "nop phat nguoi", "nop phat giao thong", "vi pham giao thong", "csgt"],
        "requirements": [
            "Biển số xe, để tra cứu phạt nguội",
            "Số quyết định xử phạt, hoặc số biên bản vi phạm, để nộp phạt",
            "Tài khoản VNeID để đăng nhập Cổng Dịch vụ công quốc gia",
            "Tài khoản ngân hàng hoặc ví điện tử để trả tiền",
        ],
        "steps": [
            {
                "heading": "Mở trang của Cục Cảnh sát giao thông",
                "text": '<p>Gõ <a href="https://csgt.bocongan.gov.vn">csgt.bocongan.gov.vn</a> vào thanh địa chỉ của '
                "trình duyệt.</p>",
                "warning": "<p>Công an không báo phạt nguội qua tin nhắn hay cuộc gọi. Tin nhắn kèm đường link đòi "
                "nộp phạt là giả.</p>",
            },
            {
                "heading": "Tra cứu phạt nguội theo biển số xe",
                "text": "<p>Ở phần tra cứu vi phạm, gõ biển số xe để xem các lỗi do camera ghi lại.</p>",
            },
            {
                "heading": "Giải quyết vi phạm ở nơi ghi trong thông báo",
                "text": "<p>Công an gửi thông báo vi phạm bằng văn bản. Đến đúng địa chỉ ghi trong thông báo để làm "
                "việc.</p>",
                "tip": "<p>Chỉ nộp phạt trực tuyến được khi đã có quyết định xử phạt.</p>",
            },
            SIGN_IN_PORTAL,
            {
                "heading": "Chạm Thanh toán trực tuyến",
                "text": "<p>Chạm <b>Thanh toán trực tuyến</b>. Trên điện thoại, mục này nằm trong biểu tượng ba "
                "gạch ở góc trên bên phải.</p>",
            },
            {
                "heading": "Chọn Tra cứu, thanh toán vi phạm giao thông",
                "text": "<p>Chạm <b>Tra cứu, thanh toán vi phạm giao thông</b>.</p>",
            },
            {
                "heading": "Chọn Nộp phạt xử lý vi phạm hành chính",
                "text": "<p>Chạm <b>Nộp phạt xử lý vi phạm hành chính</b>.</p>",
            },
            {
                "heading": "Gõ số quyết định xử phạt",
                "text": "<p>Gõ số quyết định xử phạt vào ô tra cứu.</p>",
                "tip": "<p>Chỉ có biên bản thì chọn cách tra cứu theo biên bản. Gõ các thông tin in trên biên bản.</p>",
            },
            {
                "heading": "Gõ mã kiểm tra",
                "text": "<p>Gõ lại chữ và số trong ảnh vào ô mã kiểm tra (trang ghi là <b>mã bảo mật</b>).</p>",
            },
            {
                "heading": "Chạm Tra cứu",
                "text": "<p>Chạm <b>Tra cứu</b> để xem quyết định xử phạt.</p>",
            },
            {
                "heading": "Đối chiếu quyết định",
                "text": "<p>Kiểm tra số quyết định, lỗi vi phạm và số tiền phạt đúng với giấy bạn có.</p>",
                "screen": {
                    "title": "Quyết định xử phạt",
                    "lines": ["Số quyết định", "Hành vi vi phạm", "Số tiền phạt"],
                    "highlight": "Thanh toán",
                    "alt": "Kết quả tra cứu quyết định xử phạt với số quyết định, hành vi vi phạm, số tiền phạt và "
                    "nút Thanh toán màu đỏ.",
                },
            },
            {
                "heading": "Chọn nơi nhận lại giấy tờ",
                "text": "<p>Nếu có giấy tờ bị tạm giữ, chọn nhận lại tại cơ quan xử phạt, hoặc qua bưu điện nếu "
                "trang cho chọn.</p>",
            },
            {
                "heading": "Chọn ngân hàng hoặc ví để trả",
                "text": "<p>Chọn ngân hàng hoặc ví điện tử bạn đang dùng trong danh sách.</p>",
                "safety": True,
            },
            FILL_PAYMENT_PAGE,
            TYPE_BANK_OTP,
            {
                "heading": "Tải biên lai",
                "text": "<p>Chạm <b>Tải biên lai</b>. Giữ biên lai để đưa cán bộ khi được hỏi.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Nhận tin nhắn báo phạt nguội kèm đường link",
                "<p>Đó là tin giả. Không mở đường link, không gõ số thẻ hay mã OTP. Tra cứu lại trên "
                "csgt.bocongan.gov.vn. Đã lỡ làm theo thì báo ngay ngân hàng theo số in trên thẻ, và công an "
                "xã, phường.</p>",
            ),
            (
                "Trang báo chưa có quyết định xử phạt",
                "<p>Cơ quan công an chưa ra quyết định. Hỏi đơn vị đã lập biên bản khi nào nộp được.</p>",
            ),
            (
                "Trang báo quyết định đã được thanh toán",
                "<p>Khoản phạt này đã nộp xong. Không trả thêm lần nữa.</p>",
            ),
        ],
        "sources": [PAY_FINES_STEPS, FINES_NEED_A_DECISION, TRAFFIC_POLICE_WARNING, HANOI_POLICE_WARNING],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
    {
        "platform": "dich-vu-cong",
        "slug": "doi-giay-phep-lai-xe",
        "title": "Đổi giấy phép lái xe trực tuyến",
        "outcome": "Bạn nộp hồ sơ đổi giấy phép lái xe ở nhà, nhận giấy mới qua bưu điện và có ngay trên VNeID.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.MEDIUM,
        "minutes": 20,
        "sectors": ["giao-thong"],
        "tags": ["gplx", "doi bang lai xe", "doi giay phep lai xe", "cap lai bang lai", "bang lai het han"],
        "requirements": [
            "Tài khoản VNeID để đăng nhập Cổng Dịch vụ công quốc gia",
            "Giấy phép lái xe đang dùng",
            "Giấy khám sức khỏe của người lái xe, nếu trang thủ tục yêu cầu",
            "Tài khoản ngân hàng hoặc ví điện tử để nộp lệ phí",
        ],
        "steps": [
            SIGN_IN_PORTAL,
            {
                "heading": "Gõ đổi giấy phép lái xe vào ô tìm kiếm",
                "text": "<p>Gõ <b>đổi giấy phép lái xe</b> vào ô tìm kiếm của Cổng.</p>",
                "tip": "<p>Từ 1/3/2025, ngành Công an cấp và đổi giấy phép lái xe, thay cho ngành giao thông.</p>",
            },
            {
                "heading": "Chọn thủ tục đổi giấy phép lái xe",
                "text": "<p>Đọc tên thủ tục và cơ quan thực hiện. Chọn thủ tục đổi giấy phép lái xe.</p>",
            },
            {
                "heading": "Chọn cơ quan thực hiện",
                "text": "<p>Chọn tỉnh, thành phố nơi bạn muốn nộp hồ sơ.</p>",
            },
            {
                "heading": "Chạm Nộp trực tuyến",
                "text": "<p>Chạm <b>Nộp trực tuyến</b> để mở tờ khai.</p>",
            },
            {
                "heading": "Khai thông tin giấy phép",
                "text": "<p>Điền các ô của tờ khai theo giấy phép lái xe đang dùng. Đọc lại số giấy phép và hạng "
                "xe.</p>",
            },
            {
                "heading": "Tải lên giấy tờ trang yêu cầu",
                "text": "<p>Tải ảnh hoặc tệp các giấy tờ mà tờ khai yêu cầu, ví dụ giấy khám sức khỏe.</p>",
            },
            {
                "heading": "Chọn nhận qua bưu điện",
                "text": "<p>Chọn nhận giấy phép qua bưu điện nếu không muốn đi lấy. Giấy phép gửi đến trong khoảng "
                "5 ngày làm việc.</p>",
            },
            {
                "heading": "Nộp lệ phí trực tuyến",
                "text": "<p>Trên trang thanh toán của Cổng, chọn ngân hàng hoặc ví để trả lệ phí.</p>",
                "safety": True,
            },
            FILL_PAYMENT_PAGE,
            TYPE_BANK_OTP,
            {
                "heading": "Ghi lại mã hồ sơ",
                "text": "<p>Chép <b>mã hồ sơ</b> ra giấy để tra cứu sau.</p>",
            },
            {
                "heading": "Xác nhận giấy phép mới trên VNeID",
                "text": "<p>Giấy phép mới chờ bạn xác nhận trong <b>Ví giấy tờ</b> của VNeID. Xem hướng dẫn “Xác "
                "nhận giấy phép lái xe mới cấp, mới đổi trên VNeID”.</p>",
                "screen": {
                    "title": "VNeID: Ví giấy tờ",
                    "lines": ["Thẻ Căn cước", "Giấy phép lái xe", "Thẻ BHYT"],
                    "highlight": "Bạn đang có thông tin chờ xác nhận tích hợp",
                    "alt": "Ví giấy tờ trong VNeID với các giấy tờ; dòng thông báo Bạn đang có thông tin chờ xác "
                    "nhận tích hợp được tô đỏ.",
                },
                "safety": True,
            },
        ],
        "troubleshooting": [
            (
                "Ví giấy tờ báo 0 thông tin chờ xác nhận",
                "<p>Giấy phép mới chưa được cập nhật. Chờ thêm một thời gian rồi mở lại Ví giấy tờ.</p>",
            ),
            (
                "Tôi bị mất giấy phép lái xe",
                "<p>Đó là thủ tục cấp lại. Gõ <b>cấp lại giấy phép lái xe</b> vào ô tìm kiếm để xem hồ sơ cần gì.</p>",
            ),
            (
                "Không thấy thủ tục cho hạng xe của mình",
                "<p>Có trường hợp phải nộp trực tiếp. Hỏi công an xã, phường hoặc cơ quan công an ghi trong thủ "
                "tục.</p>",
            ),
        ],
        "sources": [LICENCE_TO_POLICE, LICENCE_ONLINE, LICENCE_INTO_VNEID, FIND_AND_SUBMIT],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
    {
        "platform": "dich-vu-cong",
        "slug": "khai-tu-lien-thong",
        "title": "Khai tử, xóa thường trú và xin mai táng phí: nộp một lần trực tuyến",
        "outcome": "Gia đình nộp một hồ sơ trên mạng để khai tử, xóa thường trú và xin mai táng phí cho người đã mất.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.MEDIUM,
        "minutes": 20,
        "sectors": ["ho-tich", "cu-tru-dinh-danh", "bao-hiem-xa-hoi"],
        "tags": ["khai-tu", "khai tu", "mai tang phi", "xoa thuong tru", "tu tuat", "giay chung tu"],
        "requirements": [
            "Tài khoản VNeID của người thân đi khai tử",
            "Ảnh chụp rõ nét các giấy tờ mà tờ khai yêu cầu đính kèm",
            "Tài khoản ngân hàng hoặc ví điện tử, nếu phải nộp lệ phí",
        ],
        "steps": [
            SIGN_IN_PORTAL,
            {
                "heading": "Mở mục liên thông khai sinh, khai tử",
                "text": "<p>Trên trang chủ, chạm mục <b>Dịch vụ công liên thông khai sinh, khai tử</b>.</p>",
                "tip": "<p>Mục này cũng có trên ứng dụng VNeID.</p>",
            },
            {
                "heading": "Chọn nhóm thủ tục khai tử",
                "text": "<p>Chọn nhóm <b>đăng ký khai tử, xóa đăng ký thường trú, mai táng phí, tử tuất</b>.</p>",
            },
            {
                "heading": "Chọn các việc cần làm",
                "text": "<p>Chọn hai, ba hoặc bốn việc: khai tử, xóa thường trú, mai táng phí, tử tuất. Tờ khai "
                "đổi theo việc bạn chọn.</p>",
                "screen": {
                    "title": "Liên thông khai tử",
                    "lines": [
                        "☑ Đăng ký khai tử",
                        "☑ Xóa đăng ký thường trú",
                        "☐ Trợ cấp tử tuất",
                    ],
                    "highlight": "☑ Mai táng phí",
                    "alt": "Danh sách bốn việc của nhóm liên thông khai tử: khai tử và xóa thường trú đã đánh dấu, "
                    "dòng mai táng phí được tô đỏ, trợ cấp tử tuất chưa chọn.",
                },
            },
            {
                "heading": "Khai thông tin người đã mất",
                "text": "<p>Thông tin đã có trong dữ liệu dân cư, hộ tịch, bảo hiểm được điền sẵn. Điền các ô còn "
                "trống.</p>",
            },
            {
                "heading": "Đính kèm giấy tờ",
                "text": "<p>Tải ảnh rõ nét từng giấy tờ mà tờ khai yêu cầu. Ảnh phải đủ bốn góc, đọc rõ chữ.</p>",
            },
            {
                "heading": "Trả lệ phí nếu trang yêu cầu",
                "text": "<p>Nếu có lệ phí, chọn ngân hàng hoặc ví trên trang thanh toán của Cổng.</p>",
                "safety": True,
            },
            {
                "heading": "Nộp hồ sơ",
                "text": "<p>Chạm nút ở cuối tờ khai để gửi hồ sơ đi. Tên nút khác nhau tùy thủ tục.</p>",
            },
            {
                "heading": "Ghi lại mã hồ sơ",
                "text": "<p>Chép <b>mã hồ sơ</b> ra giấy để tra cứu sau.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Không biết gia đình có được mai táng phí, tử tuất không",
                "<p>Hỏi công chức tư pháp, hộ tịch của xã, phường trước khi chọn. Bạn vẫn có thể chỉ làm khai tử "
                "và xóa thường trú.</p>",
            ),
            (
                "Có người gọi đòi tiền để hồ sơ được giải quyết nhanh",
                "<p>Không chuyển tiền, không đọc mã OTP. Cán bộ không gọi điện đòi những thứ này. Báo công an xã, "
                "phường.</p>",
            ),
        ],
        "sources": [LINKED_BIRTH_DEATH, LINKED_DEATH_PROCEDURE],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
    {
        "platform": "dich-vu-cong",
        "slug": "ket-hon-truc-tuyen",
        "title": "Nộp hồ sơ kết hôn trực tuyến",
        "outcome": "Bạn nộp hồ sơ đăng ký kết hôn trên mạng, rồi hai người chỉ đến xã, phường một lần để ký và nhận "
        "giấy.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.MEDIUM,
        "minutes": 20,
        "sectors": ["ho-tich"],
        "tags": ["ket-hon", "dang ky ket hon", "ket hon online", "giay chung nhan ket hon"],
        "requirements": [
            "Tài khoản VNeID của một trong hai người",
            "Giấy xác nhận tình trạng hôn nhân, nếu bạn không thường trú ở xã, phường nơi nộp hồ sơ",
            "Căn cước của cả hai người, mang theo khi đến ký",
        ],
        "steps": [
            SIGN_IN_PORTAL,
            {
                "heading": "Gõ đăng ký kết hôn vào ô tìm kiếm",
                "text": "<p>Gõ <b>đăng ký kết hôn</b> vào ô tìm kiếm của Cổng.</p>",
                "tip": "<p>Bộ Tư pháp cho nộp hồ sơ kết hôn trực tuyến theo Thông tư 01/2022/TT-BTP.</p>",
            },
            {
                "heading": "Chọn thủ tục đăng ký kết hôn",
                "text": "<p>Chọn thủ tục <b>đăng ký kết hôn</b> trong nước.</p>",
            },
            {
                "heading": "Chọn cơ quan thực hiện",
                "text": "<p>Chọn tỉnh, thành phố và xã, phường nơi hai bạn sẽ đăng ký kết hôn.</p>",
            },
            {
                "heading": "Chạm Nộp trực tuyến",
                "text": "<p>Chạm <b>Nộp trực tuyến</b> để mở tờ khai.</p>",
            },
            {
                "heading": "Khai tờ khai điện tử",
                "text": "<p>Điền thông tin của hai người. Thông tin đã có trong dữ liệu dân cư được lấy sẵn.</p>",
            },
            {
                "heading": "Tải lên giấy tờ",
                "text": "<p>Tải ảnh giấy xác nhận tình trạng hôn nhân, nếu trang yêu cầu.</p>",
            },
            {
                "heading": "Nộp hồ sơ",
                "text": "<p>Chạm nút ở cuối tờ khai để gửi hồ sơ đi. Tên nút khác nhau tùy thủ tục.</p>",
            },
            {
                "heading": "Ghi lại mã hồ sơ",
                "text": "<p>Chép <b>mã hồ sơ</b> ra giấy để theo dõi.</p>",
            },
            {
                "heading": "Cùng đến xã, phường để ký",
                "text": "<p>Khi có kết quả, cả hai người cùng đến, mang theo giấy tờ tùy thân. Hai người ký Sổ và "
                "Giấy chứng nhận kết hôn. Mỗi người nhận một bản chính.</p>",
                "warning": "<p>Không ai ký thay được: cả hai người phải có mặt.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Hồ sơ bị yêu cầu bổ sung",
                "<p>Không chạm đường link trong tin nhắn. Mở hồ sơ trên dichvucong.gov.vn để đọc lý do. Gửi bổ "
                "sung đúng giấy tờ được hỏi.</p>",
            ),
            (
                "Một trong hai người là người nước ngoài",
                "<p>Thủ tục khác. Hỏi công chức tư pháp, hộ tịch của xã, phường trước khi nộp.</p>",
            ),
        ],
        "sources": [MARRIAGE_ONLINE, MARRIAGE_PAPERS, FIND_AND_SUBMIT],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
    {
        "platform": "dich-vu-cong",
        "slug": "gia-han-bhyt-ho-gia-dinh",
        "title": "Gia hạn thẻ bảo hiểm y tế hộ gia đình trực tuyến",
        "outcome": "Bạn đóng tiền gia hạn thẻ bảo hiểm y tế hộ gia đình trên mạng, không phải ra đại lý thu.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.MEDIUM,
        "minutes": 15,
        "sectors": ["y-te", "bao-hiem-xa-hoi"],
        "tags": ["gia-han-bhyt", "gia han bhyt", "bhyt ho gia dinh", "dong bhyt online", "gia han the bao hiem y te"],
        "requirements": [
            "Mã thẻ bảo hiểm y tế của từng người cần gia hạn (xem trên VssID)",
            "Tài khoản VNeID để đăng nhập Cổng Dịch vụ công quốc gia",
            "Tài khoản ngân hàng hoặc ví điện tử để trả tiền",
        ],
        "steps": [
            SIGN_IN_PORTAL,
            {
                "heading": "Chạm Thanh toán trực tuyến",
                "text": "<p>Chạm <b>Thanh toán trực tuyến</b>. Trên điện thoại, mục này nằm trong biểu tượng ba "
                "gạch ở góc trên bên phải.</p>",
            },
            {
                "heading": "Chọn mục đóng BHYT theo hộ gia đình",
                "text": "<p>Chạm <b>Đóng BHXH tự nguyện và BHYT theo hộ gia đình</b>.</p>",
                "tip": "<p>Tên mục có thể khác một chút. Tìm dòng có chữ <b>BHYT theo hộ gia đình</b>.</p>",
            },
            {
                "heading": "Chọn Gia hạn thẻ BHYT theo hộ gia đình",
                "text": "<p>Chạm <b>Gia hạn thẻ BHYT theo hộ gia đình</b>.</p>",
            },
            {
                "heading": "Gõ mã thẻ bảo hiểm y tế",
                "text": "<p>Gõ mã thẻ của người cần gia hạn, đúng như trên VssID.</p>",
            },
            {
                "heading": "Chọn số tháng gia hạn",
                "text": "<p>Chọn số tháng bạn muốn đóng tiếp.</p>",
            },
            {
                "heading": "Chạm Tra cứu",
                "text": "<p>Chạm <b>Tra cứu</b> để xem số tiền phải đóng.</p>",
            },
            {
                "heading": "Kiểm tra số tiền và thời hạn",
                "text": "<p>Đọc kỹ họ tên, số tháng, hạn thẻ mới và số tiền trước khi trả.</p>",
                "screen": {
                    "title": "Gia hạn thẻ BHYT theo hộ gia đình",
                    "lines": ["Họ tên", "Số tháng gia hạn", "Hạn thẻ hiện tại"],
                    "highlight": "Số tiền phải đóng",
                    "alt": "Thông tin gia hạn thẻ bảo hiểm y tế: họ tên, số tháng gia hạn, hạn thẻ hiện tại; dòng "
                    "số tiền phải đóng được tô đỏ.",
                },
            },
            {
                "heading": "Chọn ngân hàng thụ hưởng",
                "text": "<p>Chọn ngân hàng nhận tiền của cơ quan bảo hiểm xã hội. Chọn cùng ngân hàng với tài khoản "
                "của bạn có thể đỡ phí chuyển.</p>",
            },
            {
                "heading": "Chạm Thanh toán",
                "text": "<p>Chạm <b>Thanh toán</b> để sang trang thanh toán.</p>",
                "safety": True,
            },
            {
                "heading": "Chọn ngân hàng hoặc ví của bạn",
                "text": "<p>Chọn ngân hàng hoặc ví điện tử bạn đang dùng trong danh sách.</p>",
                "safety": True,
            },
            FILL_PAYMENT_PAGE,
            TYPE_BANK_OTP,
            {
                "heading": "Xem hạn thẻ mới trên VssID",
                "text": "<p>Trả xong, thẻ được tự động gia hạn. Xem hạn mới theo hướng dẫn “Xem thẻ bảo hiểm y tế và "
                "hạn dùng trên VssID”.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Không thấy mục gia hạn thẻ",
                "<p>Gõ <b>gia hạn thẻ BHYT</b> vào ô tìm kiếm của Cổng. Hoặc đến đại lý thu bảo hiểm xã hội, bảo "
                "hiểm y tế gần nhà.</p>",
            ),
            (
                "Mã thẻ báo không hợp lệ",
                "<p>Chỉ gia hạn được thẻ của người tham gia theo hộ gia đình. Người đi làm, học sinh, người được "
                "Nhà nước đóng thì hỏi nơi đóng cho mình.</p>",
            ),
        ],
        "sources": [HOUSEHOLD_CARD_ON_PORTAL, HOUSEHOLD_CARD_BHXH, HOUSEHOLD_CARD_ANSWER, *PORTAL_SOURCES],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
]
