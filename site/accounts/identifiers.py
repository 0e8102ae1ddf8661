"""What a person types to sign in: a phone number, an e-mail address or a username. One function finds the account
it opens, and one gives every spelling of the same identifier the same key, so that the sign-in and the lock-out
always agree on whose account is being tried."""

import hashlib
import unicodedata

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from accounts.phone import normalize_phone

KEY_LENGTH = 255  # django-axes' username column


def tidy(identifier):
    """Django stores usernames NFKC-normalised; typed text is compared the same way."""
    return unicodedata.normalize("NFKC", str(identifier or "")).strip()


def find_user(identifier):
    """The account this identifier opens, tried as a phone number, then an e-mail address, then a username."""
    identifier = tidy(identifier)
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


def user_key(user):
    """An account's key. Typed identifiers that open no account are keyed by kind (phone:, email:, name:), so
    typing "user:5" counts against no one's account."""
    return f"user:{user.pk}"


def canonical_identifier(identifier):
    """One spelling for an identifier that opens no account: 0912.345.678 and +84912345678 are the same number,
    and e-mail addresses and usernames are compared without regard to case."""
    identifier = tidy(identifier)
    try:
        return "phone:" + normalize_phone(identifier)
    except ValidationError:
        pass
    kind = "email" if "@" in identifier else "name"
    key = f"{kind}:{identifier.casefold()}"
    if len(key) <= KEY_LENGTH:
        return key
    # The admin's form takes 254 characters: a longer key stands for itself by its digest, not by a 500.
    return f"{kind}:sha256:{hashlib.sha256(identifier.casefold().encode()).hexdigest()}"


def identifier_key(identifier):
    """The key failures are counted under: the account the identifier opens, or its canonical spelling."""
    user = find_user(identifier)
    return user_key(user) if user is not None else canonical_identifier(identifier)


def keys_of(user):
    """Every key an account's failures may have been counted under, including before its identifiers opened it
    (a phone typed before the account existed, an e-mail address that was shared by two accounts)."""
    keys = {user_key(user)}
    for identifier in (user.phone, user.email, user.username):
        if identifier:
            keys.add(canonical_identifier(identifier))
    return keys
