from django.urls import path, re_path

from teams import announcements, coverage_views, registry_views, views

app_name = "teams"

urlpatterns = [
    path("to-cua-toi/", views.my_teams, name="my_teams"),
    path("to/<id:team_id>/", views.roster, name="roster"),
    path("to/<id:team_id>/them-thanh-vien/", views.member_add, name="member_add"),
    path("to/<id:team_id>/thanh-vien/<id:member_id>/sua/", views.member_edit, name="member_edit"),
    path("to/<id:team_id>/thanh-vien/<id:member_id>/roi-to/", views.member_leave, name="member_leave"),
    path("to/<id:team_id>/thanh-vien/<id:member_id>/giao-to-truong/", views.member_make_leader, name="make_leader"),
    path("to/<id:team_id>/nhap-danh-sach/", views.member_import, name="member_import"),
    path("to/<id:team_id>/nhap-danh-sach/xac-nhan/", views.member_import_confirm, name="member_import_confirm"),
    path("to/<id:team_id>/nhap-danh-sach/dong-loi.csv", views.member_import_errors, name="member_import_errors"),
    re_path(r"^mau-danh-sach-thanh-vien\.(?P<extension>csv|xlsx)$", views.import_template, name="import_template"),
    path("do-phu/", coverage_views.coverage_report, name="coverage"),
    path("dang-ky/", views.join_team, name="join"),
    path("to/<id:team_id>/doi-ma-moi/", views.regenerate_invitation, name="regenerate_invitation"),
    path("to/<id:team_id>/thanh-vien/<id:member_id>/tai-khoan/", views.member_account, name="member_account"),
    path("to-cong-nghe-so/dang-ky-to/", registry_views.register_team, name="register_team"),
    path("to-cong-nghe-so/xa/<id:commune_id>/them-thon/", registry_views.village_add, name="village_add"),
    path("to-cong-nghe-so/da-dang-ky/<id:team_id>/", registry_views.registered_team, name="registered_team"),
    path("to/<id:team_id>/quyet-dinh-thanh-lap/", registry_views.decision_file, name="decision_file"),
    path("thong-bao/", announcements.announcement_list, name="announcements"),
    path("thong-bao/moi/", announcements.announcement_new, name="announcement_new"),
    path("thong-bao/<id:announcement_id>/", announcements.announcement_detail, name="announcement"),
    path("thong-bao/<id:announcement_id>/danh-dau/", announcements.announcement_mark, name="announcement_mark"),
]
