"""{% glossary as terms %}…{% endglossary %}: the enclosed HTML with the first use of each glossary term linked to
its definition, and `terms` (the terms used) for the page's "Giải thích từ ngữ" section (content/glossary.py)."""

from django import template

from content.glossary import all_terms, link_terms

register = template.Library()


class GlossaryNode(template.Node):
    def __init__(self, nodelist, variable):
        self.nodelist = nodelist
        self.variable = variable

    def render(self, context):
        html, used = link_terms(self.nodelist.render(context), all_terms())
        context[self.variable] = used
        return html


@register.tag
def glossary(parser, token):
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% glossary as terms %}…{% endglossary %}")
    nodelist = parser.parse(("endglossary",))
    parser.delete_first_token()
    return GlossaryNode(nodelist, bits[2])
