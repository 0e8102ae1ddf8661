"""Keys for the scoped open data API: issued in the Wagtail admin, stored as a hash, bound to one area."""

import hashlib
import secrets

from django.core.exceptions import PermissionDenied

from reporting.models import ApiToken, ApiTokenScope
from teams import access

PREFIX_LENGTH = 8


def hash_key(key):
    """A key is 256 random bits, so a plain SHA-256 is enough: nothing to guess, nothing to look up."""
    return hashlib.sha256(key.encode()).hexdigest()


def issue(user, name, area, scope=ApiTokenScope.FIGURES):
    """A new token for an area the user coordinates; returns (token, key). The key is never stored."""
    if not access.may_issue_token(user, area):
        raise PermissionDenied
    key = secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        name=name, area=area, scope=scope, created_by=user, prefix=key[:PREFIX_LENGTH], key_hash=hash_key(key)
    )
    return token, key


def is_usable(token):
    """Not revoked, and its issuer is still active with a role over its area (teams.access)."""
    return token.revoked_at is None and access.issuer_still_covers(token)
