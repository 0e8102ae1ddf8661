from django.urls import path

from training import views

app_name = "training"

urlpatterns = [
    path("hoc/", views.my_learning, name="my_learning"),
    path("hoc/chung-nhan/<str:code>/", views.certificate, name="certificate"),
    path("xac-minh/", views.verify, name="verify"),
    path("xac-minh/<str:code>/", views.verify, name="verify_code"),
    path("to/<id:team_id>/dao-tao/", views.team_matrix, name="team_matrix"),
    path("tien-do-dao-tao/", views.area_progress, name="area_progress"),
    path("tien-do-dao-tao/hoan-thanh/", views.completions_export, name="completions_export"),
]
