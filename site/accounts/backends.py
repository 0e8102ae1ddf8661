from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied, ValidationError

from accounts import throttle
from accounts.phone import normalize_phone


class PhoneEmailOrUsernameBackend(ModelBackend):
    """Signs a person in with whichever identifier they type: a phone number, an e-mail address or a username."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        """Every sign-in form (the site's and the Wagtail admin's) comes here, so the lock-out applies to all."""
        if username is None or password is None:
            return None
        if throttle.is_locked(request, username):
            raise PermissionDenied(throttle.LOCKED_MESSAGE)
        user = self.find_user(username.strip())
        if user is None:
            # Spend the same time as a real check so that response times do not reveal which accounts exist.
            get_user_model()().set_password(password)
        elif user.check_password(password) and self.user_can_authenticate(user):
            throttle.clear_failures(request, username)
            return user
        throttle.record_failure(request, username)
        return None

    def find_user(self, identifier):
        users = get_user_model()._default_manager
        try:
            return users.get(phone=normalize_phone(identifier))
        except (ValidationError, users.model.DoesNotExist):
            pass
        if "@" in identifier:
            matches = list(users.filter(email__iexact=identifier)[:2])
            # An e-mail address shared by two accounts identifies neither.
            return matches[0] if len(matches) == 1 else None
        try:
            return users.get(username=identifier)
        except users.model.DoesNotExist:
            return None
