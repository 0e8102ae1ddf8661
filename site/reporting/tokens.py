"""Keys for the scoped open data API: issued in the Wagtail admin, stored as a hash, bound to one area."""

import hashlib
import secrets

from django.core.exceptions import PermissionDenied

from reporting.models import ApiToken, ApiTokenScope
from teams.access import Scope, scope_for
from teams.models import AreaLevel

PREFIX_LENGTH = 8


def hash_key(key):
    """A key is 256 random bits, so a plain SHA-256 is enough: nothing to guess, nothing to look up."""
    return hashlib.sha256(key.encode()).hexdigest()


def covers_area(scope, area):
    """Whether a person's scope covers an area (None: the whole country, which only superusers cover)."""
    if scope.everything:
        return True
    if area is None:
        return False
    if area.level == AreaLevel.PROVINCE:
        return area.pk in scope.province_ids
    if area.level == AreaLevel.COMMUNE:
        return area.pk in scope.commune_ids or area.parent_id in scope.province_ids
    return False


def issue(user, name, area, scope=ApiTokenScope.FIGURES):
    """A new token for an area the user coordinates; returns (token, key). The key is never stored."""
    if not covers_area(scope_for(user), area):
        raise PermissionDenied
    key = secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        name=name, area=area, scope=scope, created_by=user, prefix=key[:PREFIX_LENGTH], key_hash=hash_key(key)
    )
    return token, key


def token_scope(token):
    """What the token may read: its area with everything beneath (the whole country when it has none)."""
    if token.area_id is None:
        return Scope(everything=True)
    if token.area.level == AreaLevel.PROVINCE:
        return Scope(province_ids=frozenset([token.area_id]))
    return Scope(commune_ids=frozenset([token.area_id]))


def is_usable(token):
    """Not revoked, and its issuer is still active with a role over its area: a coordinator who leaves takes
    their tokens with them."""
    issuer = token.created_by
    return token.revoked_at is None and issuer.is_active and covers_area(scope_for(issuer), token.area)
