"""{% page_public_url page %}: a page's full address for print and sharing (core/public_urls.py)."""

from django import template

from core import public_urls

register = template.Library()


@register.simple_tag(takes_context=True)
def page_public_url(context, page):
    return public_urls.page_public_url(page, context.get("request"))
