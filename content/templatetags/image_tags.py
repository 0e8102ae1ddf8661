"""Wagtail's {% image %} and {% picture %}, with each tag's filters parsed once.

Wagtail's image nodes make new Filters at every render, and a Filter parses its spec on first use (the operation
hooks, each operation's arguments checked with inspect): 0.2 ms a filter, over a millisecond for one screenshot's four
sizes, on every guide step. The node lives as long as the compiled template, so its filters can too: a Filter keeps
nothing of the images it is run on."""

from django import template
from django.utils.functional import cached_property
from wagtail.images.templatetags import wagtailimages_tags as wagtail_tags

register = template.Library()


class ImageNode(wagtail_tags.ImageNode):
    @cached_property
    def parsed_filter(self):
        return super().get_filter()

    def get_filter(self):
        return self.parsed_filter


class PictureNode(wagtail_tags.PictureNode):
    @cached_property
    def parsed_filters(self):
        return super().get_filters()

    def get_filters(self):
        return self.parsed_filters


PARSED_ONCE = {wagtail_tags.ImageNode: ImageNode, wagtail_tags.PictureNode: PictureNode}


@register.tag("image")
@register.tag("picture")
def image(parser, token):
    """Parsed by Wagtail's own tag, so the syntax and its errors are Wagtail's."""
    node = wagtail_tags.image(parser, token)
    return PARSED_ONCE[type(node)](
        node.image_expr, node.filter_specs, output_var_name=node.output_var_name, attrs=node.attrs
    )
