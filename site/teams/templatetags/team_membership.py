"""For the pages of a person in no team: whether to show how to join one (teams.access decides)."""

from django import template

from teams import access

register = template.Library()


@register.simple_tag(takes_context=True)
def needs_a_team(context):
    request = context.get("request")
    return access.needs_a_team(request.user) if request is not None else False
