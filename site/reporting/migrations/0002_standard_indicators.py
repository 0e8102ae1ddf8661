"""The standard indicators every province starts with; provinces add their own in the admin."""

from django.db import migrations

STANDARD_INDICATORS = [
    ("tong-luot-ho-tro", "Lượt người dân được hướng dẫn, hỗ trợ", "lượt", None, None),
    ("vneid-muc-2", "Người dân được hướng dẫn kích hoạt tài khoản định danh điện tử mức 2", "người",
     "chinh-quyen-so", "vneid"),
    ("dang-nhap-dvc", "Người dân được hướng dẫn đăng nhập Cổng Dịch vụ công quốc gia", "người",
     "chinh-quyen-so", "dich-vu-cong"),
    ("ho-so-truc-tuyen", "Hồ sơ dịch vụ công trực tuyến được nộp có hỗ trợ", "hồ sơ", "chinh-quyen-so", None),
    ("gian-hang-tmdt", "Hộ kinh doanh, hộ sản xuất được hỗ trợ mở gian hàng trên sàn thương mại điện tử", "hộ",
     "kinh-te-so", None),
    ("tai-khoan-thanh-toan", "Tài khoản thanh toán, Mobile Money được mở", "tài khoản", "kinh-te-so", None),
    ("ung-dung-y-te-bhxh", "Người dân được hướng dẫn dùng Sổ sức khỏe điện tử, VssID", "người", "xa-hoi-so", None),
    ("buoi-tuyen-truyen", "Buổi tuyên truyền, hướng dẫn tập trung", "buổi", None, None),
]


def seed(apps, schema_editor):
    Indicator = apps.get_model("reporting", "Indicator")
    Pillar = apps.get_model("content", "Pillar")
    PlatformPage = apps.get_model("content", "PlatformPage")
    for order, (code, name, unit, pillar_slug, platform_slug) in enumerate(STANDARD_INDICATORS, start=1):
        Indicator.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "unit": unit,
                "sort_order": order,
                "pillar": Pillar.objects.filter(slug=pillar_slug).first() if pillar_slug else None,
                "platform": PlatformPage.objects.filter(slug=platform_slug).first() if platform_slug else None,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("reporting", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
