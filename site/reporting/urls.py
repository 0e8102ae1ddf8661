from django.urls import path

from reporting import views

app_name = "reporting"

urlpatterns = [
    path("ghi-nhan/", views.log_help, name="log_help"),
    path("to/<int:team_id>/bao-cao/", views.team_report, name="team_report"),
    path("to/<int:team_id>/bao-cao/ky-<int:period_id>/", views.team_report, name="team_report_period"),
    path("to/<int:team_id>/bao-cao/ky-<int:period_id>/zalo/", views.team_zalo, name="team_zalo"),
    path("to/<int:team_id>/bao-cao/lich-su/", views.team_report_history, name="team_history"),
    path("to/<int:team_id>/nhat-ky/", views.team_logs, name="team_logs"),
    path("bao-cao/", views.results, name="results"),
    path("bao-cao/zalo/", views.commune_zalo, name="commune_zalo"),
    path("bao-cao/xem/<int:report_id>/", views.review_report, name="review"),
    path("bao-cao/kho-khan/", views.difficulty_board, name="difficulties"),
    path("bao-cao/kho-khan/<int:difficulty_id>/", views.respond_difficulty, name="respond"),
]
