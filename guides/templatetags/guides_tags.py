from django import template

from guides.models import GuideIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def guide_index(context):
    """The site's guides index, looked up once per request however many templates ask."""
    request = context.get("request")
    cached = getattr(request, "_guide_index", None) if request else None
    if cached is None:
        cached = GuideIndexPage.objects.live().first() or False
        if request is not None:
            request._guide_index = cached
    return cached or None
