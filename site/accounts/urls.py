from django.urls import path

from accounts import password_reset, two_factor, views

app_name = "accounts"

urlpatterns = [
    path("dang-nhap/", views.SignInView.as_view(), name="sign_in"),
    path("quen-mat-khau/", password_reset.ForgotPasswordView.as_view(), name="password_reset"),
    path("quen-mat-khau/da-gui/", password_reset.ResetLinkSentView.as_view(), name="password_reset_done"),
    path(
        "dat-lai-mat-khau/<uidb64>/<token>/",
        password_reset.NewPasswordView.as_view(),
        name="password_reset_confirm",
    ),
    path("dat-lai-mat-khau/xong/", password_reset.NewPasswordSetView.as_view(), name="password_reset_complete"),
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
