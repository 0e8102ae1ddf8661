"""Our copies of Wagtail admin templates differ from Wagtail's only where Wagtail 7.4 writes English into the page
(an aria-label, a hidden submit button's value) or shows a raw Python value (True, False, None). When a Wagtail
upgrade changes one of these templates this test fails: copy Wagtail's new template again and apply the same edits."""

from pathlib import Path

import pytest
import wagtail.admin

WAGTAIL_TEMPLATES = Path(wagtail.admin.__file__).parent / "templates" / "wagtailadmin"
OUR_TEMPLATES = Path(__file__).resolve().parents[2] / "site" / "templates" / "wagtailadmin"
SEARCH_BUTTON = ('value="Search"', "value=\"{% translate 'Tìm kiếm' %}\"")

# Each copied template: the edits that turn Wagtail's into ours, in order.
EDITS = {
    "shared/header.html": [SEARCH_BUTTON],
    "home.html": [SEARCH_BUTTON],
    "shared/headers/_actions.html": [
        ("{# Actions divider #}", "{% load i18n %}\n{# Actions divider #}"),
        ('aria-label="Actions"', "aria-label=\"{% translate 'Thao tác' %}\""),
    ],
    "tables/boolean_cell.html": [
        ("{% load wagtailadmin_tags %}", "{% load i18n wagtailadmin_tags %}"),
        (
            "{% icon title=value|stringformat:'s' name=\"help\"",
            '{% translate "Không rõ" as label %}{% icon title=label name="help"',
        ),
        (
            "{% icon title=value|stringformat:'s' name=\"check\"",
            '{% translate "Có" as label %}{% icon title=label name="check"',
        ),
        (
            "{% icon title=value|stringformat:'s' name=\"cross\"",
            '{% translate "Không" as label %}{% icon title=label name="cross"',
        ),
    ],
    "panels/read_only_output.html": [
        ('<div class="w-field__textoutput"', '{% load i18n %}\n<div class="w-field__textoutput"'),
        (
            "    {{ display_value }}",
            '    {% if display_value is None or display_value == "---------" %}{% translate "Chưa có" %}'
            "{% else %}{{ display_value }}{% endif %}",
        ),
    ],
    "shared/user_avatar.html": [
        ("{% load wagtailadmin_tags %}", "{% load i18n wagtailadmin_tags %}"),
        (
            "{% if not username %}{{ user }}{% else %}{{ username }}{% endif %}",
            '{% if username %}{{ username }}{% elif user %}{{ user }}{% else %}{% translate "Hệ thống" %}{% endif %}',
        ),
    ],
}


def edited(name):
    text = (WAGTAIL_TEMPLATES / name).read_text(encoding="utf-8")
    for old, new in EDITS[name]:
        assert old in text, f"Wagtail's {name} no longer has {old!r}: copy it again and redo our edit"
        text = text.replace(old, new)
    return text


@pytest.mark.parametrize("name", sorted(EDITS))
def test_our_copy_is_wagtails_template_with_only_the_vietnamese_edits(name):
    assert (OUR_TEMPLATES / name).read_text(encoding="utf-8") == edited(name)
