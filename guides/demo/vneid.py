"""Demo guides: VNeID (Bộ Công an), Chính quyền số.

Checked against the sources below, read on 30/11/2026. Button labels are written only where a source names them;
elsewhere the text says where to look. Drawn screens are illustrations, not screenshots of the app.
"""

from datetime import date

from guides.demo.common import OFFICIAL_STORES_ONLY
from guides.models import Audience, Effort

CHECKED_BY = "duyet-congan"

# Signing in: opening the app and typing the password are two steps; the second carries the scam rules.
OPEN_VNEID = {"heading": "Mở ứng dụng VNeID", "text": "<p>Chạm biểu tượng <b>VNeID</b> trên điện thoại.</p>"}
SIGN_IN_STEP = {
    "heading": "Đăng nhập VNeID",
    "text": "<p>Gõ mật khẩu VNeID. Đã cài vân tay, khuôn mặt thì dùng chúng thay mật khẩu.</p>",
    "safety": True,
}

# Accounts: registering, activating, the password, a new phone.
LEVEL_1_HANAM = {
    "title": "Đăng ký tài khoản định danh điện tử mức 1 trên ứng dụng VNeID",
    "url": "https://dean06.hanam.gov.vn/tailieu/dk_t3.html",
    "issuer": "Tỉnh Hà Nam (tài liệu Đề án 06)",
    "issued_on": None,
    "supports": "Đăng nhập VNeID; trên màn hình trang chủ chọn Đăng ký tài khoản mức 1, chọn Bắt đầu, chọn Tôi đã "
    "hiểu; đọc chip căn cước bằng NFC; máy không có NFC thì ứng dụng tự chuyển sang quét mã QR của thẻ; chọn "
    "Tiếp tục; chụp ảnh chân dung, có nút Chụp lại; kiểm tra rồi chọn Xác nhận thông tin đăng ký",
}
APP_ACCOUNT_HANAM = {
    "title": "Đăng ký tài khoản trên ứng dụng VNeID (tài liệu hướng dẫn Đề án 06)",
    "url": "https://dean06.hanam.gov.vn/tailieu/dk_t2.html",
    "issuer": "Tỉnh Hà Nam (tài liệu Đề án 06)",
    "issued_on": None,
    "supports": "Tại màn hình Đăng ký, nhập số định danh cá nhân và số điện thoại, ấn Đăng ký; quét mã QR trên thẻ "
    "căn cước gắn chip, thông tin tự điền; nhập mã OTP gửi về điện thoại; thiết lập mật khẩu để hoàn thành",
}
ACTIVATE_HANAM = {
    "title": "Kích hoạt tài khoản định danh điện tử trên ứng dụng VNeID",
    "url": "https://dean06.hanam.gov.vn/tailieu/dk_t5.html",
    "issuer": "Tỉnh Hà Nam (tài liệu Đề án 06)",
    "issued_on": None,
    "supports": "Hồ sơ được duyệt thì có tin nhắn SMS báo; chọn Kích hoạt tài khoản định danh điện tử; nhập số định "
    "danh cá nhân và số điện thoại, chọn Gửi yêu cầu; nhập mã OTP gửi qua SMS; đặt mật khẩu, passcode 6 số và "
    "2 câu hỏi bảo mật",
}
ACTIVATE_CAM_THANH = {
    "title": "Hướng dẫn kích hoạt tài khoản định danh điện tử mức 2 trên VNeID",
    "url": "https://camthanh.camlo.quangtri.gov.vn/chi-tiet-tin/-/view-article/1/1697096684151/1725954691544",
    "issuer": "Xã Cam Thành, huyện Cam Lộ, tỉnh Quảng Trị",
    "issued_on": None,
    "supports": "Mức 2 không tự đăng ký tại nhà: đăng ký tại cơ quan Công an, thường cùng lúc làm căn cước; mật "
    "khẩu 8 đến 20 ký tự gồm chữ số, chữ hoa, chữ thường và ký tự đặc biệt; passcode 6 chữ số",
}
ACTIVATE_KON_TUM = {
    "title": "Kích hoạt tài khoản định danh điện tử khi không có điện thoại thông minh hoặc không tải được ứng dụng",
    "url": "http://congan.kontum.gov.vn/cai-cach-hanh-chinh/linh-vuc-quan-ly-hanh-chinh/kich-hoat-tai-khoan-dinh-"
    "danh-dien-tu-khi-khong-co-dien-thoai-thong-minh-hoac-khong-tai-duoc-ung-dung-tren-dien-thoai.html",
    "issuer": "Công an tỉnh Kon Tum",
    "issued_on": None,
    "supports": "Kích hoạt được trên trang vneid.gov.vn bằng máy tính; quên mật khẩu thì chọn Quên mật khẩu để "
    "yêu cầu cấp lại",
}
FORGOT_PASSWORD_DANTRI = {
    "title": "Cách xử lý trong trường hợp quên mật khẩu đăng nhập ứng dụng VNeID",
    "url": "https://dantri.com.vn/cong-nghe/cach-xu-ly-trong-truong-hop-quen-mat-khau-dang-nhap-ung-dung-vneid-"
    "20251203003057624.htm",
    "issuer": "Báo Dân trí",
    "issued_on": date(2025, 12, 4),
    "supports": "Quên mật khẩu trên màn hình đăng nhập; nhập số định danh và số điện thoại, chọn Nhập thông tin "
    "xác thực, Gửi yêu cầu; nhập họ tên, ngày sinh, ngày cấp căn cước, chọn Tiếp tục; mã OTP gửi về số điện "
    "thoại; đặt mật khẩu mới",
}
NEW_PHONE_HHT = {
    "title": "Cách đăng nhập tài khoản định danh điện tử VNeID khi không còn sử dụng thiết bị cũ",
    "url": "https://hoahoctro.tienphong.vn/cach-dang-nhap-tai-khoan-dinh-danh-dien-tu-vneid-khi-khong-con-su-dung-"
    "thiet-bi-cu-post1549155.tpo",
    "issuer": "Báo Hoa Học Trò (Báo Tiền Phong)",
    "issued_on": None,
    "supports": "Tài khoản chỉ đăng nhập trên một thiết bị tại một thời điểm; trên máy mới, đăng nhập bằng số căn "
    "cước và mật khẩu, xác nhận đăng nhập trên thiết bị mới, chọn xác thực NFC bằng thẻ căn cước gắn chip; đọc "
    "chip xong thì mã OTP gửi về máy mới",
}
NEW_PHONE_DANTRI = {
    "title": "Cách đăng nhập lại vào tài khoản VNeID khi bị mất điện thoại",
    "url": "https://dantri.com.vn/cong-nghe/cach-dang-nhap-lai-vao-tai-khoan-vneid-khi-bi-mat-dien-thoai-"
    "20251126012938713.htm",
    "issuer": "Báo Dân trí",
    "issued_on": date(2025, 11, 26),
    "supports": "VNeID chỉ cho đăng nhập trên một thiết bị, để kẻ xấu không vào được tài khoản từ máy khác",
}
NEW_NUMBER_QUANG_NAM = {
    "title": "Hướng dẫn cách đổi số điện thoại trên ứng dụng VNeID",
    "url": "https://baoquangnam.vn/cong-nghe-va-cuoc-song/huong-dan-cach-doi-so-dien-thoai-tren-ung-dung-vneid-"
    "148455.html",
    "issuer": "Báo Quảng Nam",
    "issued_on": None,
    "supports": "Đổi số điện thoại gắn với tài khoản định danh: đến Công an xã đăng ký đổi số; sau đó có tin nhắn "
    "gửi đến số mới và công dân kích hoạt lại tài khoản với số mới",
}

# The driving licence in the document wallet.
LICENCE_PENDING_DANTRI = {
    "title": "Cách tích hợp thông tin giấy phép lái xe mới vào VNeID để thay bản cứng",
    "url": "https://dantri.com.vn/cong-nghe/cach-tich-hop-thong-tin-giay-phep-lai-xe-moi-vao-vneid-de-thay-ban-"
    "cung-20260117031258749.htm",
    "issuer": "Báo Dân trí",
    "issued_on": date(2026, 1, 17),
    "supports": "Giấy phép mới cấp, cấp đổi: trong Ví giấy tờ có thông báo “Bạn đang có thông tin chờ xác nhận "
    "tích hợp. Truy cập để xác nhận”; nhập mã bảo vệ ví giấy tờ; chọn Giấy phép lái xe; báo 0 thông tin chờ "
    "xác nhận nghĩa là giấy phép chưa cập nhật, chờ rồi thử lại",
}
LICENCE_ELECTRONIC_DANTRI = {
    "title": "Xử lý ra sao nếu đã đổi GPLX trực tuyến nhưng vẫn chưa nhận được bằng cứng?",
    "url": "https://dantri.com.vn/cong-nghe/xu-ly-ra-sao-neu-da-doi-gplx-truc-tuyen-nhung-van-chua-nhan-duoc-bang-"
    "cung-20251220025520740.htm",
    "issuer": "Báo Dân trí",
    "issued_on": date(2025, 12, 27),
    "supports": "Cục Cảnh sát giao thông: thẻ PET chưa kịp in; sau khi cấp đổi, giấy phép được cấp dạng điện tử và "
    "tích hợp vào hệ thống dữ liệu quốc gia; đổi giấy phép trên Cổng Dịch vụ công quốc gia",
}
LICENCE_SHOW_VIETBAO = {
    "title": "Người dân có thể đổi giấy phép lái xe qua dịch vụ công trực tuyến",
    "url": "https://vietbao.vn/nguoi-dan-co-the-doi-giay-phep-lai-xe-qua-dich-vu-cong-truc-tuyen-531044.html",
    "issuer": "Việt Báo",
    "issued_on": None,
    "supports": "Cục Cảnh sát giao thông: người dân dùng VNeID để xuất trình giấy phép lái xe khi được kiểm soát",
}

# Scam calls in the name of the police.
FAKE_VNEID_APP = {
    "title": "Thủ đoạn lừa đảo giả danh cơ quan Công an hướng dẫn cài đặt VNeID giả mạo để chiếm đoạt tài sản",
    "url": "https://dhcsnd.edu.vn/thu-doan-lua-dao-gia-danh-co-quan-cong-an-huong-dan-cai-dat-vneid-gia-mao-de-"
    "thuc-hien-hanh-vi-chiem-doat-tai-san&p=16",
    "issuer": "Trường Đại học Cảnh sát nhân dân",
    "issued_on": None,
    "supports": "Bộ Công an khuyến cáo: chỉ cài VNeID từ App Store, CH Play; không cài từ đường link lạ; không cung "
    "cấp thông tin cá nhân qua điện thoại; nghi vấn thì liên hệ Cảnh sát khu vực, Công an xã",
}
NO_VIDEO_CALLS = {
    "title": "Nghe điện thoại có nội dung sau, hãy tắt máy ngay lập tức",
    "url": "https://kenh14.vn/nghe-dien-thoai-co-noi-dung-sau-hay-tat-may-ngay-lap-tuc-215251021111231632.chn",
    "issuer": "Kenh14.vn",
    "issued_on": date(2025, 10, 21),
    "supports": "Cảnh báo của Bộ Công an ngày 21/10/2025: Công an không gọi video để làm việc, không yêu cầu chuyển "
    "tiền, mã OTP, thông tin ngân hàng qua điện thoại; chấm dứt liên lạc và đến Công an xã, phường",
}
POLICE_WORK_IN_PERSON = {
    "title": "Bộ Công an gửi SMS cảnh báo loạt chiêu trò lừa đảo qua điện thoại, internet",
    "url": "https://www.24h.com.vn/cong-nghe-thong-tin/bo-cong-an-gui-sms-canh-bao-loat-chieu-tro-lua-dao-qua-"
    "dien-thoai-internet-c55a1436290.html",
    "issuer": "Báo 24h",
    "issued_on": None,
    "supports": "Bộ Công an: điều tra, xử lý đều tiến hành trực tiếp, không qua tin nhắn, mạng xã hội; không làm theo "
    "yêu cầu của kẻ gian, trình báo cơ quan công an nơi gần nhất",
}
CALL_113_DAK_LAK = {
    "title": "Người dân gặp vấn đề về an ninh trật tự hãy gọi Cảnh sát 113",
    "url": "http://congan.daklak.gov.vn/-/nguoi-dan-gap-van-e-ve-an-ninh-trat-tu-hay-goi-canh-sat-113",
    "issuer": "Công an tỉnh Đắk Lắk",
    "issued_on": None,
    "supports": "Gọi 113 từ máy cố định hoặc di động, không cần mã vùng, không tính cước; tiếp nhận tin báo 24/24 giờ",
}
CALL_113_BAC_GIANG = {
    "title": "Hướng dẫn gọi CS113",
    "url": "http://conganbacgiang.gov.vn/huong-dan-goi-cs113-khong-nen-goi-cs113.html",
    "issuer": "Công an tỉnh Bắc Giang",
    "issued_on": date(2021, 4, 5),
    "supports": "Gọi 113 khi có vụ việc khẩn cấp về an ninh, trật tự, trong đó có lừa đảo",
}

# Residence (cư trú) on VNeID.
RESIDENCE_ON_VNEID_THANH_HOA = {
    "title": "Hướng dẫn cài đặt VNeID trên điện thoại di động",
    "url": "http://thieutoan.thieuhoa.thanhhoa.gov.vn/web/trang-chu/tin-tuc-su-kien/an-ninh-quoc-phong/huong-dan-"
    "cai-dat-vneid-tren-dien-thoai-di-dong.html",
    "issuer": "Xã Thiệu Toán, huyện Thiệu Hóa, tỉnh Thanh Hóa",
    "issued_on": date(2022, 11, 29),
    "supports": "VNeID có dịch vụ công trực tuyến: thông báo lưu trú, đăng ký thường trú, tạm trú, khai báo tạm vắng",
}
RESIDENCE_KENH14 = {
    "title": "Hướng dẫn đăng ký tạm trú trên VNeID để tránh bị phạt tiền từ 15/12/2025",
    "url": "https://kenh14.vn/huong-dan-dang-ky-tam-tru-tren-vneid-de-tranh-bi-phat-tien-tu-15-12-2025-"
    "215251207094308648.chn",
    "issuer": "Kenh14.vn",
    "issued_on": date(2025, 12, 7),
    "supports": "Cần tài khoản VNeID mức 2 và VNeID bản mới nhất; giấy tờ chỗ ở hợp pháp để đính kèm; chủ hộ, chủ "
    "nhà nên có VNeID mức 2 để xác nhận trực tuyến; vào Thủ tục hành chính, chọn Đăng ký tạm trú hoặc Đăng ký "
    "thường trú; nhập passcode",
}
RESIDENCE_24H = {
    "title": "Chi tiết cách đăng ký tạm trú và nhận kết quả qua VNeID",
    "url": "https://www.24h.com.vn/cong-nghe-thong-tin/chi-tiet-cach-dang-ky-tam-tru-va-nhan-ket-qua-qua-vneid-"
    "c55a1720782.html",
    "issuer": "Báo 24h",
    "issued_on": date(2025, 12, 11),
    "supports": "Chọn Đăng ký tạm trú; xác thực bằng passcode hoặc sinh trắc học; Tạo yêu cầu mới; chọn Bản thân "
    "hoặc Khai hộ; khai thông tin chủ hộ, chủ sở hữu; chọn Xin xác nhận qua VNeID; chủ hộ cần VNeID mức 2",
}
RESIDENCE_CHECK_24H = {
    "title": "Cách kiểm tra đã có nơi thường trú, tạm trú trên VNeID hay chưa",
    "url": "https://www.24h.com.vn/cong-nghe-thong-tin/cach-kiem-tra-da-co-noi-thuong-tru-tam-tru-tren-vneid-hay-"
    "chua-c55a1720493.html",
    "issuer": "Báo 24h",
    "issued_on": date(2025, 12, 10),
    "supports": "Xem mục Thông tin cư trú trên màn hình chính, hoặc tìm bằng biểu tượng kính lúp; đọc Nơi thường "
    "trú và Nơi tạm trú",
}
STAY_NOTICE_TIEN_PHONG = {
    "title": "Hướng dẫn chi tiết cách thông báo lưu trú ngay trên ứng dụng VNeID để tránh bị phạt",
    "url": "https://tienphong.vn/huong-dan-chi-tiet-cach-thong-bao-luu-tru-ngay-tren-ung-dung-vneid-de-tranh-bi-"
    "phat-post1808026.tpo",
    "issuer": "Báo Tiền Phong",
    "issued_on": date(2025, 12, 27),
    "supports": "Thủ tục hành chính, chọn Thông báo lưu trú; chọn Cơ sở lưu trú, Tạo mới yêu cầu; chọn cơ quan công "
    "an cấp tỉnh và xã; chọn loại hình cơ sở lưu trú; Thêm người lưu trú; ô Người thông báo là người lưu trú",
}
STAY_DEADLINE_CAFEF = {
    "title": "Không cần đến trực tiếp cơ quan quản lý, người dân chỉ mất 5 phút đăng ký lưu trú ngay tại nhà",
    "url": "https://cafef.vn/khong-can-den-truc-tiep-co-quan-quan-ly-nguoi-dan-chi-mat-5-phut-dang-ky-luu-tru-ngay-"
    "tai-nha-188230414031852262.chn",
    "issuer": "CafeF",
    "issued_on": None,
    "supports": "Luật Cư trú, Điều 30: thông báo lưu trú trước 23 giờ ngày bắt đầu lưu trú, đến sau 23 giờ thì "
    "trước 8 giờ sáng hôm sau; ông bà, cha mẹ, vợ chồng, con cháu, anh chị em ruột đến nhiều lần chỉ cần thông "
    "báo một lần",
}
ABSENCE_HANAM = {
    "title": "Nộp hồ sơ thủ tục khai báo tạm vắng",
    "url": "https://dean06.hanam.gov.vn/tailieu/thutuc_t7.html",
    "issuer": "Tỉnh Hà Nam (tài liệu Đề án 06)",
    "issued_on": None,
    "supports": "Khai báo tạm vắng trực tuyến: chọn nơi khai báo; thông tin người khai báo lấy từ Cơ sở dữ liệu quốc "
    "gia về dân cư; khai nơi đến, thời gian, lý do tạm vắng",
}
RESIDENCE_30_DAYS_PLO = {
    "title": "Cách đăng ký tạm trú trên ứng dụng VNeID để không bị phạt 1 triệu",
    "url": "https://plo.vn/ky-nguyen-so/cach-dang-ky-tam-tru-tren-ung-dung-vneid-de-khong-bi-phat-1-trieu-"
    "post879138.html",
    "issuer": "Báo Pháp Luật TP.HCM",
    "issued_on": date(2025, 11, 3),
    "supports": "Khoản 9 Điều 2 Luật Cư trú 2020: đăng ký tạm trú khi đến sống ở chỗ ở hợp pháp ngoài xã, phường nơi "
    "thường trú từ 30 ngày trở lên; làm được trên VNeID",
}
RESIDENCE_KINDS_VIETNAMNET = {
    "title": "Hướng dẫn cách đăng ký tạm trú, thông báo lưu trú, thường trú",
    "url": "https://vietnamnet.vn/huong-dan-cach-dang-ky-tam-tru-thong-bao-luu-tru-thuong-tru-2466324.html",
    "issuer": "Báo VietNamNet",
    "issued_on": date(2025, 11, 26),
    "supports": "Thường trú: ổn định, lâu dài; tạm trú: có thời hạn, tối đa 2 năm, gia hạn được; thông báo lưu trú: ở "
    "lại dưới 30 ngày, do chủ nhà, cơ sở lưu trú hoặc người tiếp nhận khách thông báo",
}
PASSCODE_SOHA = {
    "title": "Thông tin quan trọng liên quan đến thường trú, tạm trú của tất cả người dân từ ngày 15/12",
    "url": "https://soha.vn/thong-tin-quan-trong-lien-quan-den-thuong-tru-tam-tru-cua-tat-ca-nguoi-dan-tu-ngay-15-12-"
    "19825120410092118.htm",
    "issuer": "Báo điện tử Soha",
    "issued_on": date(2025, 12, 4),
    "supports": "Cập nhật VNeID bản mới nhất; Thủ tục hành chính, chọn Đăng ký tạm trú hoặc Đăng ký thường trú; xác "
    "thực bằng passcode hoặc vân tay, khuôn mặt; quên passcode thì chọn Quên passcode; nhập sai passcode quá 5 "
    "lần thì bị khóa passcode đến hôm sau",
}
DATA_PROTECTION_LAW = {
    "title": "Những điểm mới trong Luật Bảo vệ dữ liệu cá nhân từ 1/1/2026",
    "url": "https://vneconomy.vn/nhung-diem-moi-trong-luat-bao-ve-du-lieu-ca-nhan-tu-112026.htm",
    "issuer": "Tạp chí Kinh tế Việt Nam (VnEconomy)",
    "issued_on": date(2026, 1, 1),
    "supports": "Luật Bảo vệ dữ liệu cá nhân (Luật số 91/2025/QH15), Quốc hội ban hành ngày 26/6/2025, có hiệu lực từ "
    "1/1/2026",
}
DATA_PROTECTION_CONSENT = {
    "title": "Quy định về sự đồng ý của chủ thể dữ liệu cá nhân từ 01/01/2026",
    "url": "https://news.thuvienphapluat.vn/tintuc/vn/ho-tro-phap-luat/chinh-sach-moi/89519/quy-dinh-ve-su-dong-y-"
    "cua-chu-the-du-lieu-ca-nhan-tu-01-01-2026",
    "issuer": "Thư Viện Pháp Luật",
    "issued_on": None,
    "supports": "Điều 9 Luật Bảo vệ dữ liệu cá nhân 2025: xử lý dữ liệu cá nhân cần sự đồng ý tự nguyện của người đó, "
    "biết rõ loại dữ liệu và mục đích xử lý",
}

INSTALL_VNEID = {
    "heading": "Cài ứng dụng VNeID",
    "text": "<p>Cài <b>VNeID</b> từ <b>CH Play</b> (điện thoại Android) hoặc <b>App Store</b> (iPhone).</p>",
    "warning": OFFICIAL_STORES_ONLY,
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
        "tags": ["vneid", "muc-2", "otp", "kich hoat vneid", "kich hoat dinh danh dien tu"],
        "requirements": [
            "Đã đăng ký tài khoản định danh điện tử mức 2 tại cơ quan Công an (thường làm cùng lúc khi làm căn cước)",
            "Tin nhắn SMS báo hồ sơ đăng ký đã được duyệt",
            "Căn cước hoặc căn cước công dân gắn chip",
            "Điện thoại có số điện thoại đã khai với Công an, đang nhận được tin nhắn",
            "Mạng Internet (wifi hoặc 4G)",
        ],
        "steps": [
            INSTALL_VNEID,
            {
                "heading": "Chạm Kích hoạt tài khoản định danh điện tử",
                "text": "<p>Trên màn hình đầu tiên của VNeID, chạm <b>Kích hoạt tài khoản định danh điện tử</b>.</p>",
                "screen": {
                    "title": "VNeID: chọn kích hoạt tài khoản",
                    "lines": ["Đăng nhập", "Đăng ký"],
                    "highlight": "Kích hoạt tài khoản định danh điện tử",
                    "alt": "Ảnh minh họa màn hình đầu tiên của VNeID: nút Đăng nhập, nút Đăng ký và nút Kích hoạt "
                    "tài khoản định danh điện tử được tô đỏ.",
                },
            },
            {
                "heading": "Nhập số định danh cá nhân",
                "text": "<p>Gõ <b>số định danh cá nhân</b>: 12 số in trên căn cước.</p>",
            },
            {
                "heading": "Nhập số điện thoại",
                "text": "<p>Gõ số điện thoại bạn đã khai khi đăng ký tại cơ quan Công an.</p>",
                "screen": {
                    "title": "Kích hoạt tài khoản định danh điện tử",
                    "lines": ["Số định danh cá nhân: 12 số", "Số điện thoại"],
                    "highlight": "Gửi yêu cầu",
                    "alt": "Ảnh minh họa màn hình kích hoạt: ô Số định danh cá nhân, ô Số điện thoại và nút Gửi yêu "
                    "cầu màu đỏ ở dưới.",
                },
            },
            {
                "heading": "Chạm Gửi yêu cầu",
                "text": "<p>Chạm <b>Gửi yêu cầu</b> ở dưới hai ô vừa điền.</p>",
            },
            {
                "heading": "Nhập mã OTP",
                "text": "<p>Tin nhắn SMS gửi mã OTP đến số điện thoại đó. Gõ mã vào ứng dụng.</p>",
                "safety": True,
            },
            {
                "heading": "Tạo mật khẩu",
                "text": "<p>Gõ mật khẩu mới hai lần. Mật khẩu dài 8 đến 20 ký tự.</p><p>Mật khẩu có chữ hoa, chữ "
                "thường, chữ số và ký tự đặc biệt, ví dụ <b>@</b> hoặc <b>#</b>.</p>",
                "tip": "<p>Đã có mật khẩu VNeID từ trước thì ứng dụng bỏ qua bước này. Không dùng ngày sinh hay số "
                "điện thoại làm mật khẩu.</p>",
                "safety": True,
            },
            {
                "heading": "Tạo passcode 6 số",
                "text": "<p>Gõ <b>passcode</b> gồm 6 chữ số hai lần. Passcode dùng khi mở giấy tờ và xác nhận "
                "thao tác.</p>",
                "safety": True,
            },
            {
                "heading": "Chọn câu hỏi bảo mật",
                "text": "<p>Chọn 2 câu hỏi trong danh sách câu hỏi bảo mật.</p>",
            },
            {
                "heading": "Trả lời câu hỏi bảo mật",
                "text": "<p>Gõ câu trả lời cho từng câu hỏi: câu trả lời chỉ bạn biết và nhớ được.</p>",
            },
            {
                "heading": "Đăng nhập lại",
                "text": "<p>Đăng nhập bằng số định danh cá nhân và mật khẩu vừa tạo.</p>",
                "safety": True,
            },
            {
                "heading": "Mở Ví giấy tờ",
                "text": "<p>Chạm <b>Ví giấy tờ</b>. Thấy thông tin căn cước của mình là tài khoản đã dùng được.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Không nhận được tin nhắn mã OTP",
                "<p>Kiểm tra máy còn sóng và số vừa gõ đúng là số đã khai với Công an. Chờ vài phút rồi thử lại.</p>"
                "<p>Đã đổi số điện thoại thì xem hướng dẫn “Dùng VNeID trên điện thoại mới hoặc khi đổi số điện "
                "thoại”.</p>",
            ),
            (
                "Ứng dụng báo hồ sơ chưa được duyệt",
                "<p>Hồ sơ cần thời gian để duyệt. Chờ tin nhắn báo đã duyệt rồi làm lại. Chờ quá lâu thì hỏi "
                "Công an xã, phường nơi bạn đã đăng ký.</p>",
            ),
            (
                "Không có điện thoại thông minh",
                "<p>Bạn có thể kích hoạt trên trang <b>vneid.gov.vn</b> bằng máy tính. Mã OTP vẫn gửi về số "
                "điện thoại đã khai.</p>",
            ),
        ],
        "sources": [ACTIVATE_HANAM, ACTIVATE_CAM_THANH, ACTIVATE_KON_TUM, FAKE_VNEID_APP],
        "app_version": "",
        "checked_by": CHECKED_BY,
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
        "tags": ["vneid", "muc-1", "nfc", "ma-qr", "dang ky vneid", "dang ky dinh danh dien tu"],
        "requirements": [
            "Căn cước hoặc căn cước công dân gắn chip",
            "Điện thoại thông minh của chính bạn. Máy có NFC thì đọc chip; máy không có NFC thì quét mã QR trên thẻ",
            "Số điện thoại đứng tên chính bạn, đang nhận được tin nhắn",
            "Chỗ đủ sáng để chụp ảnh khuôn mặt",
        ],
        "steps": [
            INSTALL_VNEID,
            {
                "heading": "Chạm Đăng ký",
                "text": "<p>Trên màn hình đầu tiên của VNeID, chạm nút có chữ <b>Đăng ký</b>.</p>",
                "screen": {
                    "title": "VNeID: chọn đăng ký tài khoản",
                    "lines": ["Đăng nhập", "Kích hoạt tài khoản định danh điện tử"],
                    "highlight": "Đăng ký",
                    "alt": "Ảnh minh họa màn hình đầu tiên của VNeID: nút Đăng ký được tô đỏ, bên cạnh nút Đăng "
                    "nhập và nút Kích hoạt tài khoản định danh điện tử.",
                },
            },
            {
                "heading": "Nhập số định danh cá nhân",
                "text": "<p>Gõ <b>số định danh cá nhân</b>: 12 số in trên căn cước.</p>",
            },
            {
                "heading": "Nhập số điện thoại",
                "text": "<p>Gõ số điện thoại đứng tên chính bạn.</p>",
            },
            {
                "heading": "Chạm Đăng ký",
                "text": "<p>Chạm <b>Đăng ký</b> ở dưới các ô vừa gõ.</p>",
            },
            {
                "heading": "Quét mã QR trên căn cước",
                "text": "<p>Đưa mã QR in trên căn cước vào giữa khung hình. Ứng dụng tự điền thông tin của bạn.</p>",
            },
            {
                "heading": "Nhập mã OTP",
                "text": "<p>Khi ứng dụng gửi mã OTP qua tin nhắn SMS, gõ mã đó vào ứng dụng.</p>",
                "safety": True,
            },
            {
                "heading": "Đặt mật khẩu",
                "text": "<p>Gõ mật khẩu mới cho VNeID. Chỉ mình bạn biết mật khẩu này.</p>",
                "safety": True,
            },
            {
                "heading": "Đăng nhập VNeID",
                "text": "<p>Gõ số định danh cá nhân và mật khẩu vừa đặt.</p>",
                "safety": True,
            },
            {
                "heading": "Chạm Đăng ký tài khoản mức 1",
                "text": "<p>Trên màn hình trang chủ, chạm <b>Đăng ký tài khoản mức 1</b>.</p>",
            },
            {
                "heading": "Chạm Bắt đầu",
                "text": "<p>Đọc màn hình hướng dẫn. Chạm <b>Bắt đầu</b>.</p>",
            },
            {
                "heading": "Chạm Tôi đã hiểu",
                "text": "<p>Chạm <b>Tôi đã hiểu</b>.</p>",
            },
            {
                "heading": "Đọc chip trên căn cước",
                "text": "<p>Khi ứng dụng yêu cầu, áp mặt sau căn cước vào lưng điện thoại. Giữ yên đến khi ứng dụng "
                "báo đọc xong.</p>",
                "tip": "<p>Máy Android cần bật <b>NFC</b> trong phần Cài đặt. Tháo ốp lưng dày nếu máy không đọc "
                "được.</p>",
                "screen": {
                    "title": "Đọc chip căn cước",
                    "lines": ["Áp mặt sau căn cước vào lưng điện thoại", "Giữ yên đến khi có thông báo"],
                    "highlight": "Đang đọc chip...",
                    "alt": "Ảnh minh họa màn hình đọc chip: áp mặt sau căn cước vào lưng điện thoại và giữ yên "
                    "đến khi có thông báo; dòng Đang đọc chip được tô đỏ.",
                },
            },
            {
                "heading": "Quét mã QR nếu máy không có NFC",
                "text": "<p>Máy không có NFC thì ứng dụng tự chuyển sang quét <b>mã QR</b> của căn cước. Đưa mã QR "
                "in trên thẻ vào giữa khung camera.</p>",
                "tip": "<p>Máy có NFC thì bỏ qua bước này.</p>",
            },
            {
                "heading": "Chạm Tiếp tục",
                "text": "<p>Ứng dụng hiện thông tin của bạn. Chạm <b>Tiếp tục</b>.</p>",
            },
            {
                "heading": "Chụp ảnh khuôn mặt",
                "text": "<p>Nhìn thẳng vào camera và làm theo hướng dẫn trên màn hình.</p>",
                "tip": "<p>Ảnh bị lệch hay mờ thì chạm <b>Chụp lại</b>.</p>",
            },
            {
                "heading": "Chạm Xác nhận thông tin đăng ký",
                "text": "<p>Kiểm tra họ tên, ngày sinh và số định danh. Ô email không bắt buộc. Chạm <b>Xác nhận "
                "thông tin đăng ký</b>.</p>",
            },
            {
                "heading": "Chờ tin nhắn báo đã duyệt",
                "text": "<p>Hồ sơ được duyệt thì bạn nhận tin nhắn SMS báo. Tin nhắn mời vào ứng dụng VNeID để kích "
                "hoạt tài khoản.</p>",
                "warning": "<p>Mở ứng dụng VNeID đã cài. Không chạm đường link trong tin nhắn lạ.</p>",
            },
            {
                "heading": "Kích hoạt tài khoản",
                "text": "<p>Làm theo hướng dẫn “Kích hoạt tài khoản định danh điện tử mức 2”, từ bước chạm "
                "<b>Kích hoạt tài khoản định danh điện tử</b>. Cách kích hoạt giống nhau.</p>",
                "tip": "<p>Tài khoản mức 1 dùng được ít tiện ích hơn mức 2. Muốn lên mức 2, đến Công an xã, phường "
                "hoặc nơi làm căn cước.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Điện thoại không có NFC",
                "<p>Ứng dụng tự chuyển sang quét mã QR trên căn cước. Đặt thẻ ở chỗ đủ sáng và giữ yên máy.</p>"
                "<p>Hãy đăng ký trên điện thoại của chính bạn. Tài khoản chỉ đăng nhập trên một máy tại một lúc.</p>",
            ),
            (
                "Máy có NFC nhưng không đọc được chip",
                "<p>Bật NFC và tháo ốp lưng. Di chuyển thẻ thật chậm trên lưng máy để tìm chỗ đọc chip.</p>",
            ),
            (
                "Ứng dụng báo thông tin không khớp",
                "<p>Kiểm tra lại từng số của số định danh và số điện thoại. Vẫn báo lỗi thì đến Công an xã, phường "
                "để kiểm tra thông tin và đăng ký luôn mức 2.</p>",
            ),
        ],
        "sources": [APP_ACCOUNT_HANAM, LEVEL_1_HANAM, ACTIVATE_HANAM, NEW_PHONE_HHT, FAKE_VNEID_APP],
        "app_version": "",
        "checked_by": CHECKED_BY,
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
        "tags": ["vneid", "giay-phep-lai-xe", "gplx", "bang lai xe", "tich hop bang lai xe"],
        "requirements": [
            "Tài khoản VNeID mức 2 đã kích hoạt",
            "Giấy phép lái xe, để đọc số giấy phép và hạng",
            "Passcode VNeID 6 số",
        ],
        "steps": [
            OPEN_VNEID,
            SIGN_IN_STEP,
            {
                "heading": "Mở Ví giấy tờ",
                "text": "<p>Chạm <b>Ví giấy tờ</b> ở thanh dưới cùng. Đã thấy <b>Giấy phép lái xe</b> ở đây thì "
                "bạn không cần làm tiếp.</p>",
                "tip": "<p>Giấy phép mới cấp hoặc vừa đổi được gửi sẵn vào Ví giấy tờ, chờ bạn xác nhận. Xem hướng "
                "dẫn “Xác nhận giấy phép lái xe mới cấp, mới đổi trên VNeID”.</p>",
            },
            {
                "heading": "Nhập passcode",
                "text": "<p>Khi ứng dụng hỏi, gõ passcode 6 số để mở Ví giấy tờ.</p>",
                "safety": True,
            },
            {
                "heading": "Chạm Tích hợp thông tin",
                "text": "<p>Trong Ví giấy tờ, chạm <b>Tích hợp thông tin</b>.</p>",
                "tip": "<p>Nếu thấy danh sách các yêu cầu cũ, chạm <b>Tạo mới yêu cầu</b>.</p>",
            },
            {
                "heading": "Chọn Giấy phép lái xe",
                "text": "<p>Ở ô <b>Chọn thông tin</b>, chọn <b>Giấy phép lái xe</b>.</p>",
                "screen": {
                    "title": "Tích hợp giấy phép lái xe",
                    "lines": ["Chọn thông tin: Giấy phép lái xe", "Số giấy phép lái xe", "Hạng giấy phép lái xe"],
                    "highlight": "Gửi yêu cầu",
                    "alt": "Ảnh minh họa màn hình tích hợp giấy phép lái xe: ô chọn thông tin, ô số giấy phép, ô hạng "
                    "và nút Gửi yêu cầu màu đỏ.",
                },
            },
            {
                "heading": "Nhập số giấy phép lái xe",
                "text": "<p>Gõ <b>số giấy phép lái xe</b> đúng như trên thẻ.</p>",
            },
            {
                "heading": "Chọn hạng giấy phép",
                "text": "<p>Chọn <b>hạng</b> in trên thẻ, ví dụ A1 hoặc B.</p>",
            },
            {
                "heading": "Đánh dấu ô xác nhận",
                "text": "<p>Đánh dấu vào ô xác nhận các thông tin ở trên là đúng.</p>",
            },
            {
                "heading": "Chạm Gửi yêu cầu",
                "text": "<p>Chạm <b>Gửi yêu cầu</b> ở cuối màn hình.</p>",
            },
            {
                "heading": "Xem giấy phép khi đã duyệt",
                "text": "<p>Khi yêu cầu được duyệt, chạm <b>Giấy phép lái xe</b> trong Ví giấy tờ để xem.</p>",
                "tip": "<p>Khi Cảnh sát giao thông kiểm tra, mở giấy phép trên VNeID để xuất trình.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Yêu cầu bị từ chối",
                "<p>Kiểm tra lại số giấy phép và hạng trên thẻ. Giấy phép sắp hết hạn thì đổi trên Cổng Dịch vụ công "
                "quốc gia. Giấy phép mới sẽ chờ bạn xác nhận trong Ví giấy tờ.</p>",
            ),
            (
                "Không thấy mục Tích hợp thông tin",
                "<p>Cập nhật VNeID lên bản mới nhất trên CH Play hoặc App Store. Tài khoản cần là mức 2.</p>",
            ),
        ],
        "sources": [LICENCE_PENDING_DANTRI, LICENCE_ELECTRONIC_DANTRI, LICENCE_SHOW_VIETBAO],
        "app_version": "",
        "checked_by": CHECKED_BY,
    },
    {
        "platform": "vneid",
        "slug": "lua-dao-gia-danh-cong-an",
        "title": "Nhận diện cuộc gọi lừa đảo giả danh công an",
        "outcome": "Bạn nhận ra cuộc gọi giả danh công an, giữ được bằng chứng và biết báo cho ai.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 5,
        "pillar": "xa-hoi-so",
        "sectors": ["cu-tru-dinh-danh", "ngan-hang"],
        "tags": ["lua-dao", "an-toan", "otp", "gia danh cong an", "cuoc goi lua dao", "tin nhan lua dao"],
        "requirements": [
            "Điện thoại của bạn, để xem lại cuộc gọi và tin nhắn lạ",
            "Số điện thoại của người thân để hỏi lại khi lo lắng",
        ],
        "steps": [
            {
                "heading": "Nhận ra lời kẻ gian hay nói",
                "text": "<p>Hãy cảnh giác khi người gọi:</p><ul>"
                "<li>Xưng là công an, nói bạn dính vào một vụ án.</li>"
                "<li>Nói tài khoản định danh sắp bị khóa.</li>"
                "<li>Dọa bắt, bảo giấu người nhà.</li></ul>",
            },
            {
                "heading": "Nhận ra yêu cầu của kẻ gian",
                "text": "<p>Kẻ gian thường đòi:</p><ul>"
                "<li>Chuyển tiền vào một tài khoản để “xác minh”.</li>"
                "<li>Cài VNeID hay dịch vụ công “bản mới” từ đường link.</li>"
                "<li>Đọc mã OTP, mật khẩu, passcode, hoặc gọi video.</li></ul>",
                "safety": True,
            },
            {
                "heading": "Dập máy",
                "text": "<p>Công an không làm việc qua cuộc gọi video, không đòi chuyển tiền hay mã OTP qua điện "
                "thoại. Nghe những lời như trên, hãy dập máy ngay.</p>",
                "safety": True,
            },
            {
                "heading": "Không chạm vào đường link lạ",
                "text": "<p>Không chạm đường link trong tin nhắn, Zalo, Facebook từ người lạ. Kể cả khi tin nhắn "
                "mang tên cơ quan nhà nước.</p>",
                "warning": OFFICIAL_STORES_ONLY,
                "screen": {
                    "title": "Tin nhắn lạ: không chạm link",
                    "lines": [
                        "Số lạ: Tài khoản định danh của bạn sắp bị khóa.",
                        "Nhấn vào đường link để cập nhật ngay!",
                    ],
                    "highlight": "Không chạm link, giữ lại tin nhắn",
                    "alt": "Ảnh minh họa tin nhắn từ số lạ báo tài khoản định danh sắp bị khóa và giục nhấn đường "
                    "link; dòng đỏ nhắc: không chạm link, giữ lại tin nhắn.",
                },
            },
            {
                "heading": "Chụp màn hình tin nhắn",
                "text": "<p><b>Không xóa</b> tin nhắn, số điện thoại hay đường link lạ. Chụp màn hình để làm bằng "
                "chứng khi trình báo.</p>",
            },
            {
                "heading": "Giữ kín mã OTP và mật khẩu",
                "text": "<p>Mã OTP, mật khẩu, passcode là chìa khóa tài khoản của bạn. Không ai có quyền hỏi những "
                "mã này.</p>",
                "safety": True,
            },
            {
                "heading": "Hỏi Công an xã, phường",
                "text": "<p>Lo lắng thì kể với người thân. Hỏi trực tiếp Công an xã, phường nơi bạn ở. Công an làm "
                "việc trực tiếp, không qua tin nhắn hay mạng xã hội.</p>",
            },
            {
                "heading": "Gọi ngân hàng nếu lỡ chuyển tiền",
                "text": "<p>Gọi ngay tổng đài ngân hàng hoặc ví điện tử để khóa tài khoản. Chỉ gọi số in trên thẻ, "
                "hoặc số trong ứng dụng chính thức.</p>",
            },
            {
                "heading": "Trình báo Công an xã, phường",
                "text": "<p>Đến Công an xã, phường gần nhất. Mang theo ảnh chụp tin nhắn, số điện thoại kẻ gian và "
                "thông tin giao dịch.</p>",
            },
            {
                "heading": "Gọi 113 khi khẩn cấp",
                "text": "<p>Đang bị đe dọa hay gặp nguy hiểm thì gọi <b>113</b>. Gọi miễn phí, không cần mã vùng, "
                "cả ngày lẫn đêm.</p>",
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
                "<p>Tắt wifi và 4G ngay. Dùng một máy khác gọi ngân hàng theo số in trên thẻ để khóa tài khoản.</p>"
                "<p>Mang điện thoại đến Công an xã, phường, hoặc nhờ Tổ công nghệ số cộng đồng giúp. Đổi mật khẩu "
                "ngân hàng và VNeID bằng một máy an toàn.</p>",
            ),
            (
                "Tôi bị mất điện thoại",
                "<p>Mang căn cước đến cửa hàng giao dịch của nhà mạng để khóa SIM. Gọi ngân hàng theo số in trên thẻ "
                "để khóa tài khoản.</p><p>Không gọi số tổng đài tìm trên mạng hay số gửi qua tin nhắn.</p>",
            ),
        ],
        "sources": [NO_VIDEO_CALLS, POLICE_WORK_IN_PERSON, FAKE_VNEID_APP, CALL_113_DAK_LAK, CALL_113_BAC_GIANG],
        "app_version": "",
        "checked_by": CHECKED_BY,
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
                "text": "<p>Nói rõ bạn là thành viên Tổ công nghệ số cộng đồng và việc hôm nay. Hỏi người đó có "
                "đồng ý không. Mời con cháu cùng ngồi nghe.</p>",
            },
            {
                "heading": "Kiểm tra điều kiện trước khi bắt đầu",
                "text": "<p>Hỏi người đó đã đăng ký mức 2 tại Công an chưa, đã nhận tin nhắn báo duyệt chưa. Chưa "
                "đăng ký thì hẹn ngày đưa họ đến Công an xã, phường.</p>",
            },
            {
                "heading": "Kiểm tra ứng dụng là VNeID thật",
                "text": "<p>Tìm VNeID trên CH Play hoặc App Store của máy đó. Xem ứng dụng trên máy có đúng là ứng "
                "dụng này không.</p>",
                "warning": "<p>Thấy ứng dụng lạ cài từ đường link thì dừng lại. Đưa người dân đến Công an xã, "
                "phường để được hướng dẫn.</p>",
            },
            {
                "heading": "Để người dân tự cầm máy",
                "text": "<p>Bạn đọc từng bước và chỉ chỗ cần chạm. Người dân tự chạm, tự gõ. Không cầm máy mang đi "
                "chỗ khác.</p>",
            },
            {
                "heading": "Quay đi khi người dân gõ mã",
                "text": "<p>Khi người dân gõ mã OTP, mật khẩu và passcode, hãy quay đi. Không đọc to, không chụp "
                "ảnh, không ghi hộ.</p>",
                "tip": "<p>Gợi ý người dân tự ghi mật khẩu vào một cuốn sổ riêng, cất kỹ, không để cùng điện "
                "thoại.</p>",
                "safety": True,
                "screen": {
                    "title": "Tạo mật khẩu VNeID",
                    "lines": ["Mật khẩu: ••••••••", "Nhập lại mật khẩu: ••••••••"],
                    "alt": "Ảnh minh họa màn hình tạo mật khẩu của VNeID: hai ô mật khẩu đã được che bằng dấu chấm.",
                },
            },
            {
                "heading": "Cùng kiểm tra kết quả",
                "text": "<p>Nhờ người dân chạm <b>Ví giấy tờ</b> để thấy thông tin căn cước của mình.</p>",
            },
            {
                "heading": "Dặn giữ kín mã",
                "text": "<p>Dặn người dân: không đọc mã OTP, mật khẩu, passcode cho ai. Công an không gọi điện đòi "
                "tiền hay bảo cài ứng dụng.</p>",
                "safety": True,
            },
            {
                "heading": "Dặn cách tránh ứng dụng giả",
                "text": "<p>Dặn người dân: chỉ cài ứng dụng từ CH Play, App Store. Gặp tin nhắn lạ thì giữ lại, báo "
                "Công an xã, phường.</p>",
            },
            {
                "heading": "Ghi số lượt hỗ trợ vào báo cáo",
                "text": "<p>Ghi số lượt đã hỗ trợ vào báo cáo của tổ. Không chụp căn cước, không lưu số định danh "
                "hay số điện thoại của người dân.</p>",
                "warning": "<p>Luật Bảo vệ dữ liệu cá nhân có hiệu lực từ 1/1/2026. Chỉ thu thập thông tin cá nhân "
                "khi người dân đồng ý, đúng mục đích đã nói.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Người dân nhờ bạn giữ hộ mật khẩu",
                "<p>Từ chối nhẹ nhàng: mật khẩu chỉ chủ tài khoản được biết. Gợi ý họ ghi vào sổ riêng cất kỹ.</p>",
            ),
            (
                "Số điện thoại đã đổi hoặc không đứng tên người dân",
                "<p>Hướng dẫn người dân đến Công an xã, phường để đổi số điện thoại. Không dùng số của bạn để "
                "đăng ký hộ.</p>",
            ),
        ],
        "sources": [ACTIVATE_HANAM, FAKE_VNEID_APP, NEW_NUMBER_QUANG_NAM, DATA_PROTECTION_LAW, DATA_PROTECTION_CONSENT],
        "app_version": "",
        "checked_by": CHECKED_BY,
    },
    {
        "platform": "vneid",
        "slug": "xac-nhan-gplx-moi",
        "title": "Xác nhận giấy phép lái xe mới cấp, mới đổi trên VNeID",
        "outcome": "Giấy phép lái xe vừa cấp hoặc vừa đổi hiện trong Ví giấy tờ, dùng được cả khi chưa nhận thẻ.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 5,
        "sectors": ["giao-thong", "cu-tru-dinh-danh"],
        "tags": [
            "vneid",
            "giay-phep-lai-xe",
            "gplx",
            "doi bang lai xe",
            "bang lai xe moi",
            "doi giay phep lai xe",
            "cap doi gplx",
        ],
        "requirements": [
            "Tài khoản VNeID mức 2 đã kích hoạt",
            "Hồ sơ cấp, đổi giấy phép lái xe đã được giải quyết xong (có thư điện tử báo kết quả)",
            "Passcode VNeID 6 số",
        ],
        "steps": [
            OPEN_VNEID,
            SIGN_IN_STEP,
            {
                "heading": "Mở Ví giấy tờ",
                "text": "<p>Chạm <b>Ví giấy tờ</b> ở thanh dưới cùng màn hình.</p>",
            },
            {
                "heading": "Chạm dòng thông tin chờ xác nhận",
                "text": "<p>Giấy phép mới được gửi sẵn vào đây, chờ bạn xác nhận. Chạm dòng <b>Bạn đang có thông tin "
                "chờ xác nhận tích hợp. Truy cập để xác nhận</b>.</p>",
                "screen": {
                    "title": "VNeID: Ví giấy tờ",
                    "lines": ["Căn cước", "Thẻ BHYT"],
                    "highlight": "Bạn đang có thông tin chờ xác nhận tích hợp",
                    "alt": "Ảnh minh họa Ví giấy tờ của VNeID: dòng báo Bạn đang có thông tin chờ xác nhận tích hợp "
                    "được tô đỏ, phía trên căn cước và thẻ BHYT.",
                },
            },
            {
                "heading": "Nhập passcode",
                "text": "<p>Gõ passcode 6 số để mở Ví giấy tờ.</p>",
                "safety": True,
            },
            {
                "heading": "Chạm Giấy phép lái xe",
                "text": "<p>Trong danh sách thông tin chờ xác nhận, chạm <b>Giấy phép lái xe</b>.</p>",
            },
            {
                "heading": "Kiểm tra số và hạng giấy phép",
                "text": "<p>Đọc số giấy phép, hạng và hạn dùng. Sai thông tin thì dừng lại, hỏi nơi đã cấp giấy "
                "phép.</p>",
            },
            {
                "heading": "Xác nhận tích hợp",
                "text": "<p>Thông tin đúng thì chạm nút ở cuối màn hình để xác nhận tích hợp.</p>",
            },
            {
                "heading": "Xem giấy phép trong Ví giấy tờ",
                "text": "<p>Chạm <b>Giấy phép lái xe</b> trong Ví giấy tờ để xem.</p>",
                "tip": "<p>Thẻ giấy phép có thể đến chậm. Trong lúc chờ, xuất trình giấy phép trên VNeID khi được "
                "kiểm tra.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Dòng báo ghi 0 thông tin chờ xác nhận",
                "<p>Giấy phép mới chưa được cập nhật vào VNeID. Chờ thêm một thời gian rồi mở lại Ví giấy tờ.</p>",
            ),
            (
                "Giấy phép cũ không có trong Ví giấy tờ",
                "<p>Giấy phép đã có từ trước thì tự tạo yêu cầu. Xem hướng dẫn “Tích hợp giấy phép lái xe vào "
                "VNeID”.</p>",
            ),
        ],
        "sources": [LICENCE_PENDING_DANTRI, LICENCE_ELECTRONIC_DANTRI, LICENCE_SHOW_VIETBAO],
        "app_version": "",
        "checked_by": CHECKED_BY,
    },
    {
        "platform": "vneid",
        "slug": "tam-tru-thuong-tru",
        "title": "Nộp hồ sơ tạm trú, thường trú trên VNeID",
        "outcome": "Bạn nộp hồ sơ đăng ký tạm trú hoặc thường trú từ điện thoại và xem kết quả ngay trên VNeID.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.MEDIUM,
        "minutes": 20,
        "sectors": ["cu-tru-dinh-danh"],
        "tags": [
            "vneid",
            "cu-tru",
            "tam-tru",
            "thuong-tru",
            "dang ky tam tru",
            "dang ky thuong tru",
            "dang ky tam tru online",
            "khai bao tam tru",
            "nhap khau",
            "ho khau",
        ],
        "requirements": [
            "Tài khoản VNeID mức 2 đã kích hoạt",
            "VNeID đã cập nhật bản mới nhất",
            "Ảnh chụp giấy tờ chỗ ở hợp pháp, ví dụ hợp đồng thuê nhà hoặc giấy tờ nhà",
            "Họ tên và số định danh của chủ hộ, chủ nhà",
            "Chủ hộ, chủ nhà có VNeID mức 2 thì xác nhận được ngay trên ứng dụng",
        ],
        "steps": [
            OPEN_VNEID,
            SIGN_IN_STEP,
            {
                "heading": "Chạm Thủ tục hành chính",
                "text": "<p>Trên màn hình chính, chạm <b>Thủ tục hành chính</b>.</p>",
                "tip": "<p>Không thấy mục này thì chạm biểu tượng kính lúp ở góc trên bên phải để tìm.</p>",
            },
            {
                "heading": "Chọn Đăng ký tạm trú hoặc Đăng ký thường trú",
                "text": "<p>Ở nơi khác nơi thường trú từ 30 ngày trở lên thì chọn <b>Đăng ký tạm trú</b>. Chuyển hẳn "
                "về chỗ ở mới thì chọn <b>Đăng ký thường trú</b>.</p>",
                "screen": {
                    "title": "VNeID: Thủ tục hành chính",
                    "lines": ["Đăng ký thường trú", "Khai báo tạm vắng", "Thông báo lưu trú"],
                    "highlight": "Đăng ký tạm trú",
                    "alt": "Ảnh minh họa danh sách Thủ tục hành chính của VNeID: Đăng ký thường trú, Khai báo tạm "
                    "vắng, Thông báo lưu trú và mục Đăng ký tạm trú được tô đỏ.",
                },
            },
            {
                "heading": "Nhập passcode",
                "text": "<p>Gõ passcode 6 số, hoặc dùng vân tay, khuôn mặt nếu đã cài.</p>",
                "safety": True,
            },
            {
                "heading": "Tạo yêu cầu mới",
                "text": "<p>Chạm <b>Tạo mới yêu cầu</b>. Tùy phiên bản, nút này ghi <b>Tạo yêu cầu mới</b>.</p>",
            },
            {
                "heading": "Chọn Bản thân hoặc Khai hộ",
                "text": "<p>Đăng ký cho chính bạn thì chọn <b>Bản thân</b>. Đăng ký cho người khác thì chọn <b>Khai "
                "hộ</b>.</p>",
            },
            {
                "heading": "Khai thông tin chỗ ở",
                "text": "<p>Khai địa chỉ chỗ ở, thông tin chủ hộ và chủ sở hữu nhà theo từng ô trên màn hình.</p>",
            },
            {
                "heading": "Chọn Xin xác nhận qua VNeID",
                "text": "<p>Ở phần ý kiến của chủ hộ, chọn <b>Xin xác nhận qua VNeID</b>. Chủ hộ nhận thông báo "
                "trên VNeID của họ để đồng ý.</p>",
            },
            {
                "heading": "Đính kèm ảnh giấy tờ chỗ ở",
                "text": "<p>Chụp hoặc chọn ảnh giấy tờ chỗ ở hợp pháp, như hợp đồng thuê nhà. Ảnh cần rõ chữ.</p>",
            },
            {
                "heading": "Gửi hồ sơ",
                "text": "<p>Đọc lại các thông tin đã khai. Chạm nút ở cuối màn hình để gửi hồ sơ đi.</p>",
            },
            {
                "heading": "Xem kết quả trên VNeID",
                "text": "<p>Kết quả được báo trên VNeID. Khi xong, mở <b>Thông tin cư trú</b> để xem nơi tạm trú, "
                "thường trú mới.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Chủ hộ, chủ nhà không có VNeID mức 2",
                "<p>Họ không xác nhận được trên ứng dụng. Hỏi Công an xã, phường nơi có chỗ ở cần giấy tờ gì và "
                "nộp ở đâu.</p>",
            ),
            (
                "Chỉ ở lại vài ngày, dưới 30 ngày",
                "<p>Không cần đăng ký tạm trú. Chủ nhà hoặc bạn thông báo lưu trú. Xem hướng dẫn “Thông báo lưu "
                "trú, khai báo tạm vắng trên VNeID”.</p>",
            ),
            (
                "Không thấy mục Đăng ký tạm trú",
                "<p>Cập nhật VNeID lên bản mới nhất. Tài khoản cần là mức 2.</p>",
            ),
        ],
        "sources": [
            RESIDENCE_KENH14,
            RESIDENCE_24H,
            RESIDENCE_CHECK_24H,
            PASSCODE_SOHA,
            RESIDENCE_30_DAYS_PLO,
            RESIDENCE_KINDS_VIETNAMNET,
            RESIDENCE_ON_VNEID_THANH_HOA,
        ],
        "app_version": "",
        "checked_by": CHECKED_BY,
    },
    {
        "platform": "vneid",
        "slug": "luu-tru-tam-vang",
        "title": "Thông báo lưu trú, khai báo tạm vắng trên VNeID",
        "outcome": "Bạn báo với Công an có người đến ở lại nhà mình, hoặc báo mình vắng mặt, ngay trên điện thoại.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.MEDIUM,
        "minutes": 10,
        "sectors": ["cu-tru-dinh-danh"],
        "tags": [
            "vneid",
            "cu-tru",
            "luu-tru",
            "tam-vang",
            "thong bao luu tru",
            "khai bao luu tru",
            "khai bao tam vang",
            "bao tam vang",
            "khach o lai qua dem",
        ],
        "requirements": [
            "Tài khoản VNeID đã kích hoạt, VNeID bản mới nhất",
            "Họ tên, số định danh của người đến ở",
            "Địa chỉ chỗ ở và ngày người đó đến",
        ],
        "steps": [
            OPEN_VNEID,
            SIGN_IN_STEP,
            {
                "heading": "Chạm Thủ tục hành chính",
                "text": "<p>Trên màn hình chính, chạm <b>Thủ tục hành chính</b>.</p>",
            },
            {
                "heading": "Chọn Thông báo lưu trú",
                "text": "<p>Trong danh sách thủ tục, chọn <b>Thông báo lưu trú</b>.</p>",
                "screen": {
                    "title": "VNeID: Thủ tục hành chính",
                    "lines": ["Đăng ký tạm trú", "Đăng ký thường trú", "Khai báo tạm vắng"],
                    "highlight": "Thông báo lưu trú",
                    "alt": "Ảnh minh họa danh sách Thủ tục hành chính của VNeID: Đăng ký tạm trú, Đăng ký thường "
                    "trú, Khai báo tạm vắng và mục Thông báo lưu trú được tô đỏ.",
                },
            },
            {
                "heading": "Nhập passcode",
                "text": "<p>Khi ứng dụng hỏi, gõ passcode 6 số.</p>",
                "safety": True,
            },
            {
                "heading": "Chọn Cơ sở lưu trú",
                "text": "<p>Chạm <b>Cơ sở lưu trú</b>.</p>",
            },
            {
                "heading": "Chạm Tạo mới yêu cầu",
                "text": "<p>Chạm <b>Tạo mới yêu cầu</b>.</p>",
            },
            {
                "heading": "Chọn cơ quan công an",
                "text": "<p>Ở mục <b>Cơ quan công an thực hiện</b>, chọn đủ tỉnh, thành phố và xã, phường nơi có chỗ "
                "ở.</p>",
            },
            {
                "heading": "Chọn loại chỗ ở",
                "text": "<p>Chọn loại chỗ ở, ví dụ <b>Hộ gia đình</b> hoặc <b>Nhà ngăn phòng cho thuê</b>.</p>",
            },
            {
                "heading": "Chọn tên chỗ ở",
                "text": "<p>Chọn tên chỗ ở của bạn trong danh sách hiện ra.</p>",
            },
            {
                "heading": "Chạm Tiếp tục",
                "text": "<p>Chạm <b>Tiếp tục</b>.</p>",
            },
            {
                "heading": "Chạm Thêm người lưu trú",
                "text": "<p>Chạm <b>Thêm người lưu trú</b>.</p>",
            },
            {
                "heading": "Khai thông tin người đến ở",
                "text": "<p>Gõ thông tin người đến ở vào các ô. Chính bạn là người lưu trú thì đánh dấu ô <b>Người "
                "thông báo là người lưu trú</b>: thông tin tự điền.</p>",
            },
            {
                "heading": "Gửi thông báo",
                "text": "<p>Đọc lại thông tin đã khai. Chạm nút ở cuối màn hình để gửi thông báo đi.</p>",
                "tip": "<p>Thông báo trước 23 giờ của ngày người đó đến. Đến sau 23 giờ thì thông báo trước 8 giờ "
                "sáng hôm sau.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Người thân đến ở nhiều lần",
                "<p>Ông bà, cha mẹ, vợ chồng, con cháu, anh chị em ruột đến ở nhiều lần thì chỉ cần thông báo một "
                "lần.</p>",
            ),
            (
                "Tôi đi vắng, có phải khai báo tạm vắng không?",
                "<p>Không chắc thì hỏi Công an xã, phường nơi bạn cư trú. Cần khai thì vào <b>Thủ tục hành "
                "chính</b>, chọn <b>Khai báo tạm vắng</b>.</p><p>Khai nơi đến, thời gian và lý do vắng mặt.</p>",
            ),
            (
                "Không thấy tên chỗ ở trong danh sách",
                "<p>Kiểm tra đã chọn đúng tỉnh và xã, phường. Vẫn không thấy thì hỏi Công an xã, phường nơi có chỗ "
                "ở.</p>",
            ),
            (
                "Người đến ở lâu từ 30 ngày trở lên",
                "<p>Người đó cần đăng ký tạm trú. Xem hướng dẫn “Nộp hồ sơ tạm trú, thường trú trên VNeID”.</p>",
            ),
        ],
        "sources": [
            STAY_NOTICE_TIEN_PHONG,
            STAY_DEADLINE_CAFEF,
            ABSENCE_HANAM,
            RESIDENCE_KINDS_VIETNAMNET,
            RESIDENCE_ON_VNEID_THANH_HOA,
        ],
        "app_version": "",
        "checked_by": CHECKED_BY,
    },
    {
        "platform": "vneid",
        "slug": "quen-mat-khau",
        "title": "Lấy lại mật khẩu VNeID khi quên",
        "outcome": "Bạn đặt được mật khẩu mới và đăng nhập lại VNeID, không phải đến cơ quan Công an.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.EASY,
        "minutes": 10,
        "sectors": ["cu-tru-dinh-danh"],
        "tags": [
            "vneid",
            "mat-khau",
            "quen mat khau",
            "quen mat khau vneid",
            "lay lai mat khau",
            "dat lai mat khau",
            "quen passcode",
        ],
        "requirements": [
            "Căn cước của bạn, để đọc số định danh và ngày cấp",
            "Điện thoại dùng số đã đăng ký VNeID, đang nhận được tin nhắn",
        ],
        "steps": [
            {
                "heading": "Chạm Quên mật khẩu",
                "text": "<p>Trên màn hình đăng nhập của VNeID, chạm <b>Quên mật khẩu</b>.</p>",
                "screen": {
                    "title": "VNeID: đăng nhập",
                    "lines": ["Số định danh cá nhân", "Mật khẩu", "Đăng nhập"],
                    "highlight": "Quên mật khẩu",
                    "alt": "Ảnh minh họa màn hình đăng nhập VNeID: ô số định danh, ô mật khẩu, nút Đăng nhập và "
                    "dòng Quên mật khẩu được tô đỏ.",
                },
            },
            {
                "heading": "Nhập số định danh cá nhân",
                "text": "<p>Gõ 12 số <b>số định danh cá nhân</b> in trên căn cước.</p>",
            },
            {
                "heading": "Nhập số điện thoại",
                "text": "<p>Gõ số điện thoại đã đăng ký với tài khoản VNeID.</p>",
            },
            {
                "heading": "Chọn Nhập thông tin xác thực",
                "text": "<p>Ở phần cách xác thực, chọn <b>Nhập thông tin xác thực</b>.</p>",
            },
            {
                "heading": "Chạm Gửi yêu cầu",
                "text": "<p>Chạm <b>Gửi yêu cầu</b>.</p>",
            },
            {
                "heading": "Khai họ tên, ngày sinh, ngày cấp thẻ",
                "text": "<p>Gõ họ tên, ngày sinh và ngày cấp căn cước, đúng như trên thẻ.</p>",
            },
            {
                "heading": "Chạm Tiếp tục",
                "text": "<p>Chạm <b>Tiếp tục</b>.</p>",
            },
            {
                "heading": "Nhập mã OTP",
                "text": "<p>Tin nhắn gửi mã OTP đến số điện thoại của bạn. Gõ mã vào ứng dụng.</p>",
                "safety": True,
            },
            {
                "heading": "Đặt mật khẩu mới",
                "text": "<p>Gõ mật khẩu mới hai lần: 8 đến 20 ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc "
                "biệt.</p>",
                "safety": True,
            },
            {
                "heading": "Lưu mật khẩu mới",
                "text": "<p>Chạm nút ngay dưới ô mật khẩu để lưu. Ứng dụng báo đặt mật khẩu thành công.</p>",
            },
            {
                "heading": "Đăng nhập bằng mật khẩu mới",
                "text": "<p>Đăng nhập bằng số định danh cá nhân và mật khẩu vừa đặt.</p>",
                "safety": True,
            },
        ],
        "troubleshooting": [
            (
                "Không nhận được mã OTP",
                "<p>Số điện thoại phải đúng số đã đăng ký VNeID. Đã đổi số thì xem hướng dẫn “Dùng VNeID trên "
                "điện thoại mới hoặc khi đổi số điện thoại”.</p>",
            ),
            (
                "Quên passcode 6 số",
                "<p>Passcode khác mật khẩu. Khi ứng dụng hỏi passcode, chạm <b>Quên passcode</b> và làm theo màn "
                "hình.</p><p>Gõ sai passcode quá 5 lần thì bị khóa passcode đến hôm sau.</p>",
            ),
            (
                "Không có điện thoại thông minh",
                "<p>Trên máy tính, mở trang <b>vneid.gov.vn</b> và chọn <b>Quên mật khẩu</b>.</p>",
            ),
        ],
        "sources": [FORGOT_PASSWORD_DANTRI, ACTIVATE_KON_TUM, ACTIVATE_CAM_THANH, PASSCODE_SOHA],
        "app_version": "",
        "checked_by": CHECKED_BY,
    },
    {
        "platform": "vneid",
        "slug": "doi-dien-thoai",
        "title": "Dùng VNeID trên điện thoại mới hoặc khi đổi số điện thoại",
        "outcome": "Bạn đăng nhập VNeID trên máy mới. Khi đổi số, bạn biết phải đến Công an xã, phường.",
        "audience": Audience.CITIZENS,
        "difficulty": Effort.MEDIUM,
        "minutes": 15,
        "sectors": ["cu-tru-dinh-danh"],
        "tags": [
            "vneid",
            "dien-thoai-moi",
            "doi dien thoai",
            "doi so dien thoai",
            "thay so dien thoai",
            "mat dien thoai",
            "thiet bi moi",
            "dang nhap thiet bi moi",
        ],
        "requirements": [
            "Căn cước gắn chip của bạn",
            "Mật khẩu VNeID (quên thì xem hướng dẫn “Lấy lại mật khẩu VNeID khi quên”)",
            "Điện thoại mới có NFC để đọc chip",
            "SIM có số điện thoại đã đăng ký VNeID",
        ],
        "steps": [
            INSTALL_VNEID,
            {
                "heading": "Đăng nhập bằng số định danh và mật khẩu",
                "text": "<p>Trên máy mới, gõ số định danh cá nhân và mật khẩu VNeID.</p>",
                "safety": True,
            },
            {
                "heading": "Xác nhận đăng nhập trên thiết bị mới",
                "text": "<p>Ứng dụng báo bạn đang đăng nhập trên thiết bị mới. Chạm <b>Xác nhận</b>.</p>",
                "tip": "<p>Mỗi tài khoản chỉ đăng nhập trên một máy tại một lúc. Máy cũ sẽ không dùng tài khoản này "
                "nữa.</p>",
            },
            {
                "heading": "Chọn xác thực bằng chip căn cước",
                "text": "<p>Chọn cách xác thực <b>NFC</b> bằng thẻ căn cước gắn chip.</p>",
            },
            {
                "heading": "Áp căn cước vào lưng máy mới",
                "text": "<p>Áp mặt sau căn cước vào lưng máy mới. Giữ yên đến khi ứng dụng báo đọc xong.</p>",
                "screen": {
                    "title": "Xác thực bằng chip căn cước",
                    "lines": ["Áp mặt sau căn cước vào lưng điện thoại", "Giữ yên đến khi có thông báo"],
                    "highlight": "Đang đọc chip...",
                    "alt": "Ảnh minh họa màn hình xác thực bằng chip: áp mặt sau căn cước vào lưng điện thoại và giữ "
                    "yên; dòng Đang đọc chip được tô đỏ.",
                },
            },
            {
                "heading": "Nhập mã OTP",
                "text": "<p>Đọc chip xong, mã OTP gửi về máy mới. Gõ mã vào ứng dụng.</p>",
                "safety": True,
            },
            {
                "heading": "Mở Ví giấy tờ để kiểm tra",
                "text": "<p>Chạm <b>Ví giấy tờ</b>. Thấy giấy tờ của mình là đã dùng được trên máy mới.</p>",
            },
        ],
        "troubleshooting": [
            (
                "Tôi đã đổi số điện thoại",
                "<p>Số gắn với VNeID không tự đổi theo SIM mới. Mang căn cước đến Công an xã, phường để đăng ký đổi "
                "số.</p><p>Sau đó có tin nhắn gửi đến số mới. Kích hoạt lại tài khoản với số mới.</p>",
            ),
            (
                "Máy mới không đọc được chip",
                "<p>Bật NFC và tháo ốp lưng rồi thử lại. Máy không có NFC thì mang căn cước đến Công an xã, phường "
                "để được hỗ trợ.</p>",
            ),
            (
                "Tôi bị mất điện thoại",
                "<p>Mang căn cước đến cửa hàng giao dịch của nhà mạng để khóa SIM và làm lại SIM cùng số. Sau đó "
                "đăng nhập VNeID trên máy mới theo các bước trên.</p>",
            ),
        ],
        "sources": [NEW_PHONE_HHT, NEW_PHONE_DANTRI, NEW_NUMBER_QUANG_NAM, FAKE_VNEID_APP],
        "app_version": "",
        "checked_by": CHECKED_BY,
    },
]
