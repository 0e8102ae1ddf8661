"""What the routing query (content/routing.py) already read, for templates."""

from django import template

register = template.Library()


@register.filter
def breadcrumb_pages(page):
    """The pages above this one, from the site's home page down: those the routing query found, else one query."""
    if hasattr(page, "breadcrumb_pages"):
        return page.breadcrumb_pages()
    return list(page.get_ancestors()[1:])
