"""Demo guides: postmart.vn (Bưu điện Việt Nam), Kinh tế số.

The seller pages of postmart.vn could not be checked against an official page, so the shop guide says only what the
sources confirm: post offices help farming households put their produce on postmart.vn. voso.vn (Viettel Post) could
not be confirmed to run any more; its guides were retired and the packing guide moved here.
Every source below was read on 30/11/2026.
"""

from datetime import date

from guides.models import Audience, Effort

POSTMART_MIC = {
    "title": "Bưu điện đưa na, bưởi da xanh, chanh không hạt lên sàn TMĐT Postmart",
    "url": "https://mic.gov.vn/buu-dien-dua-na-buoi-da-xanh-chanh-khong-hat-len-san-tmdt-postmart-197148207.htm",
    "issuer": "Bộ Thông tin và Truyền thông",
    "issued_on": date(2021, 8, 4),
    "supports": "Bưu điện các tỉnh giúp nông dân đưa nông sản lên sàn Postmart và nhận, vận chuyển hàng",
}
POSTMART_GIA_LAI = {
    "title": "Để bưu chính là nền tảng kinh tế số nông nghiệp",
    "url": "https://baogialai.com.vn/channel/744/202206/de-buu-chinh-la-nen-tang-kinh-te-so-nong-nghiep-5779885/",
    "issuer": "Báo Gia Lai",
    "issued_on": None,
    "supports": "Quyết định 654/QĐ-TTg: hộ sản xuất nông nghiệp giao dịch trên sàn của doanh nghiệp bưu chính; nhân "
    "viên Postmart.vn tư vấn cho nông dân",
}

PACKING_RULES = {
    "title": "Quy cách đóng gói sản phẩm dành cho nhà bán",
    "url": "http://vabiz.vn/tin-tuc-quy-cach-dong-goi-san-pham-danh-cho-nha-ban-27.html",
    "issuer": "Vabiz",
    "issued_on": None,
    "supports": "Chèn kín khoảng trống bằng giấy báo vò, hạt xốp, giấy bọt khí; cho hàng vào thùng, hộp cứng; gói kín "
    "bằng băng keo; hàng dễ bẩn, ướt cho vào túi nilon dán kín; hàng dễ vỡ, chất lỏng dán cảnh báo ngoài thùng; "
    "bưu kiện ghi tên, số điện thoại, địa chỉ người nhận và ghi chú hàng dễ vỡ",
}

PRODUCT_PHOTOS = {
    "title": "4 yếu tố để đánh giá một tấm ảnh ecommerce",
    "url": "https://hocviennhiepanh.com/?p=21809",
    "issuer": "Học viện Nhiếp ảnh",
    "issued_on": None,
    "supports": "Ảnh sản phẩm bán trực tuyến phải giữ đúng chi tiết, chất liệu và màu thật của hàng",
}

GUIDES = [
    # postmart.vn: Bưu điện Việt Nam, Kinh tế số
    {
        "platform": "postmart",
        "slug": "mo-gian-hang",
        "title": "Mở gian hàng trên postmart.vn",
        "outcome": "Bưu điện giúp bạn mở gian hàng trên postmart.vn để bán nông sản, đặc sản của gia đình.",
        "audience": Audience.HOUSEHOLD_BUSINESSES,
        "difficulty": Effort.MEDIUM,
        "minutes": 45,
        "sectors": ["thuong-mai", "nong-nghiep"],
        "tags": ["postmart", "ban-hang", "nong-san", "gian-hang", "buu-dien"],
        "requirements": [
            "Căn cước gắn chip",
            "Điện thoại và số điện thoại đứng tên bạn",
            "Ảnh thật của sản phẩm",
            "Giấy đăng ký hộ kinh doanh hoặc hợp tác xã (nếu có)",
            "Tài khoản ngân hàng đứng tên bạn để nhận tiền",
        ],
        "steps": [
            {
                "heading": "Chụp ảnh sản phẩm trước",
                "text": "<p>Chụp vài ảnh thật của mỗi sản phẩm (xem hướng dẫn <b>Chụp ảnh sản phẩm bằng điện thoại "
                "để bán hàng trực tuyến</b>).</p>",
            },
            {
                "heading": "Ghi thông tin sản phẩm",
                "text": "<p>Ghi ra giấy tên, giá bán, khối lượng mỗi gói và số lượng bạn có.</p>",
            },
            {
                "heading": "Mang giấy tờ ra bưu điện",
                "text": "<p>Mang căn cước, điện thoại và giấy tờ kinh doanh (nếu có) ra bưu điện xã hoặc bưu cục "
                "gần nhà.</p>",
            },
            {
                "heading": "Hỏi nhân viên bưu điện",
                "text": "<p>Nói bạn muốn bán nông sản trên postmart.vn. Nhân viên hướng dẫn bạn mở gian hàng.</p>",
            },
            {
                "heading": "Tự gõ mã OTP trên máy mình",
                "text": "<p>Khi cần đặt mật khẩu hay nhập mã OTP, tự gõ trên máy của bạn. Không đọc mã cho ai.</p>",
                "safety": True,
            },
            {
                "heading": "Xem gian hàng trên postmart.vn",
                "text": '<p>Về nhà, mở <a href="https://postmart.vn">postmart.vn</a> và tìm tên gian hàng của bạn.</p>',
            },
        ],
        "troubleshooting": [
            (
                "Chưa có đăng ký kinh doanh",
                "<p>Hỏi nhân viên bưu điện loại gian hàng hợp với gia đình bạn và giấy tờ cần có.</p>",
            ),
            (
                "Người lạ hứa “mở gian hàng hộ”",
                "<p>Không gửi ảnh căn cước qua Zalo, Facebook cho người lạ. Chỉ nhờ nhân viên tại bưu điện.</p>",
            ),
        ],
        "sources": [POSTMART_MIC, POSTMART_GIA_LAI],
        "app_version": "",
        "checked_by": "kiemduyet",
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
                "text": "<p>Đặt sản phẩm trên tấm vải trơn, giấy trắng hoặc mặt bàn gỗ sạch.</p>",
                "tip": "<p>Dọn đồ vật thừa ra khỏi khung hình.</p>",
            },
            {
                "heading": "Chạm vào sản phẩm để lấy nét",
                "text": "<p>Giữ máy thẳng. Chạm vào sản phẩm trên màn hình để ảnh rõ nét.</p>",
                "screen": {
                    "title": "Chụp ảnh sản phẩm",
                    "lines": ["Nền vải trơn, ánh sáng tự nhiên", "Chạm vào sản phẩm để lấy nét"],
                    "highlight": "Chụp",
                    "alt": "Màn hình máy ảnh điện thoại nhắc dùng nền vải trơn, ánh sáng tự nhiên, chạm vào sản "
                    "phẩm để lấy nét; nút Chụp màu đỏ.",
                },
            },
            {
                "heading": "Chụp toàn cảnh",
                "text": "<p>Chụp cả sản phẩm cùng bao bì, nhãn mác.</p>",
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
                "<p>Ra chỗ sáng hơn. Tựa tay vào bàn cho máy không rung. Chạm vào sản phẩm để lấy nét rồi mới "
                "chụp.</p>",
            ),
        ],
        # Photo advice, not a fact about a platform: no official page covers it; a photography school's page does.
        "sources": [PRODUCT_PHOTOS],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
    {
        "platform": "postmart",
        "slug": "dong-goi-don-hang",
        "title": "Đóng gói nông sản trước khi giao cho bưu tá",
        "outcome": "Hàng đến tay người mua nguyên vẹn, không dập, không rò rỉ.",
        "audience": Audience.HOUSEHOLD_BUSINESSES,
        "difficulty": Effort.EASY,
        "minutes": 15,
        "sectors": ["thuong-mai", "nong-nghiep"],
        "tags": ["dong-goi", "ban-hang", "van-chuyen", "buu-ta", "giao-hang"],
        "requirements": [
            "Thùng các-tông hoặc túi chắc, vừa cỡ hàng",
            "Giấy báo, xốp hoặc màng bọc chống sốc",
            "Băng keo to bản",
            "Phiếu gửi hàng của đơn",
        ],
        "steps": [
            {
                "heading": "Chọn thùng cứng",
                "text": "<p>Dùng thùng các-tông hoặc hộp cứng, còn đủ chỗ cho lớp chống sốc quanh hàng.</p>",
            },
            {
                "heading": "Chèn kín chỗ trống",
                "text": "<p>Chèn giấy báo vò, xốp hoặc màng bọc vào mọi chỗ trống để hàng không xô lệch.</p>",
            },
            {
                "heading": "Bọc kín hàng có nước",
                "text": "<p>Mắm, mật ong, nước cốt: cho vào túi nilon, dán kín trước khi cho vào thùng.</p>",
            },
            {
                "heading": "Dán băng keo chắc",
                "text": "<p>Dán kín nắp và đáy thùng bằng băng keo. Không buộc bằng dây thừng, dây vải.</p>",
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
                "heading": "Giao hàng cho bưu tá",
                "text": "<p>Giao thùng hàng tận tay bưu tá đến lấy đơn của bạn, hoặc mang ra bưu cục. Giữ lại "
                "biên nhận.</p>",
                "warning": "<p>Người lấy hàng không bao giờ hỏi mã OTP. Ai đòi mã, hay đòi chuyển khoản vào tài "
                "khoản lạ, là kẻ gian.</p>",
                "safety": True,
            },
        ],
        "troubleshooting": [
            (
                "Người mua báo hàng bị dập",
                "<p>Xin người mua ảnh hàng lỗi. Báo ngay cho sàn và đơn vị vận chuyển theo hướng dẫn của sàn. Lần "
                "sau tăng lớp chống sốc.</p>",
            ),
        ],
        # Packing advice: no official page found covers it; a seller's packing rules do. The post office's part
        # (it collects and carries the goods) rests on the ministry's article.
        "sources": [PACKING_RULES, POSTMART_MIC],
        "app_version": "",
        "checked_by": "kiemduyet",
    },
]
