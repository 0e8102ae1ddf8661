from django.urls import path

from accounts import two_factor, views

app_name = "accounts"

urlpatterns = [
    path("dang-nhap/", views.SignInView.as_view(), name="sign_in"),
    path("dang-xuat/", views.SignOutView.as_view(), name="sign_out"),
    path("tai-khoan/", views.account_home, name="home"),
    path("tai-khoan/du-lieu-cua-toi.json", views.download_my_data, name="download_my_data"),
    path("tai-khoan/xoa-du-lieu/", views.erase_my_data, name="erase_my_data"),
    path("tai-khoan/xac-thuc-hai-buoc/", two_factor.setup, name="two_factor_setup"),
    path("tai-khoan/xac-thuc-hai-buoc/nhap-ma/", two_factor.verify, name="two_factor_verify"),
    path("tai-khoan/xac-thuc-hai-buoc/tat/", two_factor.turn_off, name="two_factor_off"),
    path("tai-khoan/thong-bao/", views.inbox, name="inbox"),
    path("tai-khoan/thong-bao/da-doc/", views.inbox_mark_read, name="inbox_mark_read"),
]
