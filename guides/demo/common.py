"""What several demo guides say the same way: signing in to a platform, and where apps come from."""

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
