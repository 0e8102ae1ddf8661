"""Demo of the one set of scam rules and the glossary: loaded before the guides, which show both. Once: rules or terms
editors have changed are left alone (a term is looked up by its slug)."""

from content.models import GlossaryTerm, SafetyRules
from content.safety_defaults import SAFETY_TITLE, first_rules_stream

TERMS = [
    {
        "term": "OTP",
        "slug": "otp",
        "variants": "mã OTP",
        "definition": "Mã số dùng một lần, gửi qua tin nhắn hoặc ứng dụng khi bạn đăng nhập hay chuyển tiền. "
        "Mã chỉ dùng được trong vài phút. Chỉ mình bạn được biết mã này: không đọc, không gửi cho ai.",
    },
    {
        "term": "passcode",
        "slug": "passcode",
        "variants": "mã PIN, mã passcode",
        "definition": "Dãy số bí mật bạn tự đặt để mở ứng dụng hay xác nhận giao dịch. Trên VNeID gọi là "
        "passcode, gồm 6 chữ số. Ngân hàng, ví điện tử thường gọi là mã PIN. Không cho ai biết.",
    },
    {
        "term": "tích hợp",
        "slug": "tich-hop",
        "variants": "tích hợp giấy tờ",
        "definition": "Đưa thông tin một giấy tờ, như thẻ bảo hiểm y tế hay giấy phép lái xe, vào tài khoản "
        "VNeID. Sau đó bạn xem và xuất trình giấy tờ ấy ngay trên điện thoại.",
    },
    {
        "term": "định danh điện tử mức 1",
        "slug": "dinh-danh-muc-1",
        "variants": "định danh mức 1, tài khoản mức 1, VNeID mức 1",
        "definition": "Tài khoản VNeID bạn tự đăng ký trên ứng dụng, bằng căn cước có gắn chip. Tài khoản mức 1 "
        "dùng được một số việc. Muốn làm nhiều thủ tục trực tuyến hơn thì cần mức 2.",
    },
    {
        "term": "định danh điện tử mức 2",
        "slug": "dinh-danh-muc-2",
        "variants": "định danh mức 2, tài khoản mức 2, VNeID mức 2",
        "definition": "Tài khoản VNeID đăng ký tại cơ quan công an, có thu ảnh khuôn mặt và vân tay. Mức 2 dùng "
        "để tích hợp giấy tờ và làm nhiều thủ tục trực tuyến hơn mức 1.",
    },
    {
        "term": "trình duyệt",
        "slug": "trinh-duyet",
        "variants": "trình duyệt web",
        "definition": "Ứng dụng để mở trang web, ví dụ Chrome, Cốc Cốc, Safari. Gõ địa chỉ trang web vào ô "
        "trên cùng của trình duyệt.",
    },
    {
        "term": "mã QR",
        "slug": "ma-qr",
        "variants": "QR, QR code",
        "definition": "Ô vuông gồm nhiều chấm đen trắng. Quét mã bằng camera, Zalo hay ứng dụng ngân hàng để mở "
        "trang web hoặc điền sẵn thông tin chuyển tiền. Chỉ quét mã ở nơi bạn tin cậy.",
    },
    {
        "term": "thủ tục liên thông",
        "slug": "lien-thong",
        "variants": "liên thông",
        "definition": "Nhiều thủ tục nộp chung một hồ sơ. Ví dụ: khai sinh, đăng ký thường trú và cấp thẻ bảo "
        "hiểm y tế cho trẻ dưới 6 tuổi. Các cơ quan tự chuyển hồ sơ cho nhau, bạn không phải đi nhiều nơi.",
    },
    {
        "term": "sinh trắc học",
        "slug": "sinh-trac-hoc",
        "variants": "xác thực sinh trắc học",
        "definition": "Dùng khuôn mặt hay vân tay để xác nhận đúng là bạn. Ví dụ: ứng dụng ngân hàng bảo bạn "
        "nhìn vào camera, rồi so khuôn mặt với ảnh trong căn cước gắn chip.",
    },
    {
        "term": "NFC",
        "slug": "nfc",
        "variants": "đọc chip, chức năng NFC",
        "definition": "Chức năng của điện thoại để đọc con chip trong căn cước. Bật NFC trong phần Cài đặt, rồi "
        "đặt căn cước sát mặt sau điện thoại. Không phải điện thoại nào cũng có NFC.",
    },
    {
        "term": "ví giấy tờ",
        "slug": "vi-giay-to",
        "variants": "",
        "definition": "Mục trong ứng dụng VNeID chứa các giấy tờ đã tích hợp, như thẻ bảo hiểm y tế, giấy phép "
        "lái xe. Mở ví giấy tờ để xem hay xuất trình giấy tờ trên điện thoại.",
    },
]


def load():
    if SafetyRules.current() is None:
        SafetyRules.objects.create(title=SAFETY_TITLE, rules=first_rules_stream())
    for spec in TERMS:
        GlossaryTerm.objects.get_or_create(slug=spec["slug"], defaults=spec)
    return ["1 bộ quy tắc chống lừa đảo", f"{GlossaryTerm.objects.count()} từ ngữ được giải thích"]
