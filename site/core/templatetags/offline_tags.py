"""What offline.js takes from the server, one source for it and for the server: the header that asks for the copy
every anonymous reader gets, and the Cache-Control directives of an answer nothing may keep
(site/core/personal_responses.py). Rendered by includes/offline_script.html."""

from django import template

from core.personal_responses import PRIVATE_CACHE_CONTROL_PATTERN, PUBLIC_COPY_HEADER

register = template.Library()


@register.simple_tag
def public_copy_header():
    return PUBLIC_COPY_HEADER


@register.simple_tag
def private_cache_control_pattern():
    return PRIVATE_CACHE_CONTROL_PATTERN
