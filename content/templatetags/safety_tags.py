"""The scam rules (content.SafetyRules) where a guide step or a lesson asks for them.

A page that shows several flagged steps says `{% safety_rules_on_page as safety_rules_placement %}` before them: the
first flagged step then shows the rules in full (with an id), and each later one a line pointing back to that step,
so the page stays light and still reads on paper. Without a placement (a lesson, a block preview) the rules show in
full. The rules are read once per page, only if some step asks for them."""

from functools import cached_property

from django import template
from django.template.loader import render_to_string

from content.models import SafetyRules

register = template.Library()

ANCHOR = "quy-tac-an-toan"
PLACEMENT = "safety_rules_placement"


class Rules:
    @cached_property
    def value(self):
        return SafetyRules.current()


class SafetyPlacement:
    """Where the rules stand on one page (or one guide of a booklet)."""

    def __init__(self, anchor, rules):
        self.anchor = anchor
        self.rules = rules
        self.first_step = None


@register.simple_tag(takes_context=True)
def safety_rules_on_page(context, key=None):
    """A fresh placement; `key` (a guide's id) keeps anchors apart when a booklet holds several guides. The rules
    already read by an enclosing placement are reused."""
    outer = context.get(PLACEMENT)
    anchor = f"{ANCHOR}-{key}" if key else ANCHOR
    return SafetyPlacement(anchor, outer.rules if isinstance(outer, SafetyPlacement) else Rules())


@register.simple_tag(takes_context=True)
def safety_rules(context, step_number=None):
    placement = context.get(PLACEMENT)
    if not isinstance(placement, SafetyPlacement):
        return render_to_string("content/includes/safety_rules.html", {"rules": SafetyRules.current()})
    if placement.rules.value is None:
        return ""
    if placement.first_step is None or placement.first_step == step_number:
        placement.first_step = step_number
        return render_to_string(
            "content/includes/safety_rules.html", {"rules": placement.rules.value, "anchor": placement.anchor}
        )
    return render_to_string(
        "content/includes/safety_rules_reminder.html",
        {"anchor": placement.anchor, "step": placement.first_step},
    )
