from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """mapping[key] in a template, or an empty list when absent (for the choices kept on a re-shown quiz)."""
    return (mapping or {}).get(key, [])
