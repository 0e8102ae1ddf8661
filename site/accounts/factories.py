import factory
from django.contrib.auth import get_user_model

DEFAULT_TEST_PASSWORD = "mat-khau-thu-nghiem"


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"nguoidung{n}")
    first_name = "An"
    last_name = "Nguyễn Văn"
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.vn")
    password = factory.django.Password(DEFAULT_TEST_PASSWORD)

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)


class VolunteerFactory(UserFactory):
    phone = factory.Sequence(lambda n: f"+849{n:08d}")
    username = factory.SelfAttribute("phone")
    email = ""
