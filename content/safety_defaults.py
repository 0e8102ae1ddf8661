"""The scam rules every site starts with (migration 0012 writes them; editors change them in the admin afterwards).
One copy: the demo and the tests read them from here."""

SAFETY_TITLE = "Quy tắc chống lừa đảo"
SAFETY_RULES = [
    {
        "heading": "Không đưa mã cho ai",
        "text": "<p>Không đọc, không gửi <b>mã OTP</b>, <b>mã PIN</b>, <b>passcode</b>, <b>mật khẩu</b> cho ai.</p>"
        "<p>Công an, ngân hàng, nhà mạng, thành viên tổ công nghệ số không bao giờ hỏi các mã này.</p>"
        "<p>Ai hỏi mã, hãy dập máy.</p>",
    },
    {
        "heading": "Giữ lại bằng chứng",
        "text": "<p><b>Không xóa</b> tin nhắn, đường link, số điện thoại lạ. Chụp lại màn hình.</p>"
        "<p>Đến <b>Công an xã, phường</b> gần nhất để trình báo.</p>"
        "<p>Đang gặp nguy hiểm thì gọi ngay <b>113</b>.</p>",
    },
    {
        "heading": "Chỉ gọi số tổng đài chính thức",
        "text": "<p>Chỉ gọi số in trên thẻ, trên hóa đơn, hoặc số trong ứng dụng chính thức.</p>"
        "<p>Không gọi số tìm trên mạng. Không gọi số được gửi qua tin nhắn.</p>",
    },
    {
        "heading": "Chỉ cài ứng dụng từ CH Play, App Store",
        "text": "<p>Chỉ tải ứng dụng trên <b>CH Play</b> (điện thoại Android) hoặc <b>App Store</b> (iPhone).</p>"
        "<p>Không cài ứng dụng từ đường link gửi qua tin nhắn, Zalo hay cuộc gọi.</p>",
    },
]


def first_rules_stream():
    """The rules as a StreamField's raw value."""
    return [{"type": "rule", "value": dict(rule)} for rule in SAFETY_RULES]
