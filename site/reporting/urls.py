from django.urls import path

from reporting import difficulty_views, views

app_name = "reporting"

urlpatterns = [
    path("ghi-nhan/", views.log_help, name="log_help"),
    path("to/<id:team_id>/bao-cao/", views.team_report, name="team_report"),
    path("to/<id:team_id>/bao-cao/ky-<id:period_id>/", views.team_report, name="team_report_period"),
    path("to/<id:team_id>/bao-cao/ky-<id:period_id>/zalo/", views.team_zalo, name="team_zalo"),
    path("to/<id:team_id>/bao-cao/lich-su/", views.team_report_history, name="team_history"),
    path("to/<id:team_id>/nhat-ky/", views.team_logs, name="team_logs"),
    path("bao-cao/", views.results, name="results"),
    path("bao-cao/zalo/", views.commune_zalo, name="commune_zalo"),
    path("bao-cao/zalo/tinh/", views.province_zalo, name="province_zalo"),
    path("bao-cao/so-lieu/", views.results_export, name="results_export"),
    path("bao-cao/xem/<id:report_id>/", views.review_report, name="review"),
    path("bao-cao/kho-khan/", difficulty_views.difficulty_board, name="difficulties"),
    path("bao-cao/kho-khan/<id:difficulty_id>/", difficulty_views.respond_difficulty, name="respond"),
    path("bao-cao/kho-khan/<id:difficulty_id>/len-tinh/", difficulty_views.escalate_difficulty, name="escalate"),
    path("bao-cao/kho-khan/<id:difficulty_id>/chuyen-tiep/", difficulty_views.forward_difficulty, name="forward"),
]
