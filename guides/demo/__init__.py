"""Demo guides: real tasks on the demo platforms, written the way the site's editors should write them.

Button labels change between app versions: where a label is not certain the text describes where to look, so the
guide stays true. Every drawn screen is labelled "Ảnh minh họa" and is not a screenshot of the real app.
"""

from datetime import date

from wagtail.models import Site
from wagtail.rich_text import RichText

from content.demo import PLATFORM_INDEX, ensure_child
from content.illustrations import illustration_image
from content.models import Pillar, PlatformIndexPage, PlatformPage, Sector
from guides.demo import commerce, money, payments, portal_tasks, public_services, social_insurance, tax, vneid
from guides.factories import step
from guides.models import GuideIndexPage, GuidePage

GUIDE_INDEX = {
    "slug": "huong-dan",
    "title": "Hướng dẫn",
    "intro": "Mỗi hướng dẫn là một việc cụ thể, chia thành từng bước ngắn, để bạn tự làm trên điện thoại "
    "hoặc nhờ Tổ công nghệ số cộng đồng giúp.",
}

REVIEWED = date(2026, 1, 20)

# One module per department's platforms, so that each can be checked against its own sources.
GUIDES = [
    *vneid.GUIDES,
    *public_services.GUIDES,
    *portal_tasks.GUIDES,
    *social_insurance.GUIDES,
    *commerce.GUIDES,
    *money.GUIDES,
    *payments.GUIDES,
    *tax.GUIDES,
]


def screenshot(screen):
    """The step's screenshot fields: a drawn illustration (made once, then reused) and its description."""
    if not screen:
        return {}
    image = illustration_image(screen["title"], screen["lines"], screen.get("highlight"))
    return {"image": image, "alt_text": screen["alt"]}


def build_guide(spec, pillars):
    return GuidePage(
        title=spec["title"],
        outcome=spec["outcome"],
        audience=spec["audience"],
        difficulty=spec["difficulty"],
        minutes=spec["minutes"],
        pillar_choice=pillars.get(spec.get("pillar")),
        requirements=[("item", text) for text in spec["requirements"]],
        steps=[
            step(
                item["heading"],
                item["text"],
                tip=item.get("tip", ""),
                warning=item.get("warning", ""),
                safety=item.get("safety", False),
                **screenshot(item.get("screen")),
            )
            for item in spec["steps"]
        ],
        troubleshooting=[
            ("question", {"question": question, "answer": RichText(answer)})
            for question, answer in spec["troubleshooting"]
        ],
        last_reviewed=spec.get("last_reviewed", REVIEWED),
    )


def load():
    """The guide index and every guide under its platform; a guide that exists already is left alone."""
    home = Site.objects.get(is_default_site=True).root_page
    ensure_child(home, GUIDE_INDEX["slug"], lambda: GuideIndexPage(**GUIDE_INDEX))
    platform_index = PlatformIndexPage.objects.child_of(home).get(slug=PLATFORM_INDEX["slug"])
    platforms = {page.slug: page for page in PlatformPage.objects.child_of(platform_index)}
    pillars = {term.slug: term for term in Pillar.objects.all()}
    sectors = {term.slug: term for term in Sector.objects.all()}
    for spec in GUIDES:
        platform = platforms.get(spec["platform"])
        if platform is None:  # an editor removed the platform: its demo guides go with it
            continue
        ensure_child(
            platform,
            spec["slug"],
            lambda spec=spec: build_guide(spec, pillars),
            sectors=[sectors[slug] for slug in spec["sectors"]],
            tags=spec["tags"],
        )
    return [f"{GuidePage.objects.descendant_of(platform_index).count()} hướng dẫn"]
