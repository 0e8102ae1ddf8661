from django import template
from django.utils.html import format_html

from core.form_tokens import TOKEN_FIELD, token_for_form

register = template.Library()


@register.simple_tag(takes_context=True)
def form_token(context):
    """The hidden one-time token of a form that creates something (core.form_tokens)."""
    return format_html('<input type="hidden" name="{}" value="{}">', TOKEN_FIELD, token_for_form(context["request"]))
