from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from accounts.identifiers import find_user


class PhoneEmailOrUsernameBackend(ModelBackend):
    """Signs a person in with whichever identifier they type: a phone number, an e-mail address or a username.
    The lock-out is django-axes' backend, listed before this one (accounts.lockout)."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None
        user = find_user(username)
        if user is None:
            # Spend the same time as a real check so that response times do not reveal which accounts exist.
            get_user_model()().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
