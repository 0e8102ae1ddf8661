from unittest import mock

import pytest
from django.template import Context, Template, TemplateSyntaxError
from wagtail.images.models import Filter

from content.factories import ImageFactory

pytestmark = pytest.mark.django_db

TAGS = (
    '{% picture photo format-{webp,jpeg} width-{360,720} sizes="15rem" alt=alt loading="lazy" %}',
    "{% image photo width-720 format-webp %}",
    "{% image photo width-720 format-webp as full %}{{ full.url }} {{ full.width }}",
    "{% picture photo width-{360,720} as pic %}{{ pic }}",
    "{% image photo fill-64x64 format-webp %}",
)


@pytest.mark.parametrize("tag", TAGS)
def test_the_tags_write_what_wagtails_own_write(tag):
    photo = ImageFactory(title="Màn hình VNeID")
    context = {"photo": photo, "alt": 'Màn hình "chào" <VNeID>'}
    ours = Template("{% load image_tags %}" + tag).render(Context(context))
    wagtails = Template("{% load wagtailimages_tags %}" + tag).render(Context(context))
    assert ours == wagtails and ours.strip()


def test_each_tag_parses_its_filters_once_however_many_renders():
    """The filters kept on the node serve every image the same as Wagtail's fresh ones: `fill` crops around each
    image's own focal point, the one operation whose result depends on the image."""
    tags = TAGS[0] + TAGS[1] + TAGS[4]
    ours, wagtails = (Template(f"{{% load {library} %}}" + tags) for library in ("image_tags", "wagtailimages_tags"))
    photos = [ImageFactory(title=f"Ảnh {number}") for number in range(3)]
    photos[1].focal_point_x, photos[1].focal_point_y, photos[1].focal_point_width = 10, 10, 20
    photos[1].focal_point_height = 20
    photos[1].save()
    ours.render(Context({"photo": photos[0], "alt": "Ảnh"}))  # the nodes' filters parsed
    with mock.patch.object(Filter, "__init__", side_effect=Filter.__init__, autospec=True) as made:
        for photo in photos * 2:
            html = ours.render(Context({"photo": photo, "alt": "Ảnh"}))
            assert html.count("<img") == 3 and photo.renditions.count() == 6
    assert made.call_count == 0
    for photo in photos:
        context = {"photo": photo, "alt": "Ảnh"}
        assert ours.render(Context(context)) == wagtails.render(Context(context))
    cropped = {photo.renditions.get(filter_spec="fill-64x64|format-webp").focal_point_key for photo in photos}
    assert len(cropped) == 2  # the focal point is part of the crop's key: two images without one, one with


def test_no_image_writes_nothing_and_a_bad_spec_is_wagtails_error():
    assert Template("{% load image_tags %}" + TAGS[0]).render(Context({"photo": None})) == ""
    with pytest.raises(TemplateSyntaxError, match="filter specs in image tags"):
        Template("{% load image_tags %}{% picture photo width-{360;720} %}")
