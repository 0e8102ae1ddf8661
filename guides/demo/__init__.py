"""Demo guides: real tasks on the demo platforms, written the way the site's editors should write them.

Button labels change between app versions: where a label is not certain the text describes where to look, so the
guide stays true. Every drawn screen is labelled "Ảnh minh họa" and is not a screenshot of the real app.
"""

from datetime import date

from django.contrib.auth import get_user_model
from wagtail.models import Site
from wagtail.rich_text import RichText

from content.demo import PLATFORM_INDEX, ensure_child
from content.illustrations import illustration_image
from content.models import Pillar, PlatformIndexPage, PlatformPage, Sector
from guides.checks import confirm_check
from guides.demo import commerce, money, payments, portal_tasks, public_services, social_insurance, tax, vneid
from guides.factories import step
from guides.models import GuideCheck, GuideIndexPage, GuidePage, GuideSource, OfficialSource

GUIDE_INDEX = {
    "slug": "huong-dan",
    "title": "Hướng dẫn",
    "intro": "Mỗi hướng dẫn là một việc cụ thể, chia thành từng bước ngắn, để bạn tự làm trên điện thoại "
    "hoặc nhờ Tổ công nghệ số cộng đồng giúp.",
}

# The day the demo guides' sources were read and the guides checked against them (issue 22).
READ_ON = date(2026, 11, 30)
CHECK_NOTE = "Đối chiếu từng bước với các nguồn chính thức đã ghi."

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


def official_source(item):
    """The one source row for an address, shared by every guide citing it (its first spec names it)."""
    source, _created = OfficialSource.objects.get_or_create(
        url=item["url"],
        defaults={"title": item["title"], "issuer": item["issuer"], "issued_on": item.get("issued_on")},
    )
    return source


def cited_sources(spec):
    return [
        GuideSource(source=official_source(item), read_on=READ_ON, supports=item.get("supports", ""))
        for item in spec.get("sources", [])
    ]


def build_guide(spec, pillars):
    """The unsaved guide with its sources. Never its check date: only a reviewer's check sets that (load_checks)."""
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
        sources=cited_sources(spec),
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


def load_checks():
    """Each demo guide that cites sources and was never checked gets its check, confirmed through the same function
    as the admin's confirm screen (guides.checks) by the reviewer its spec names (`checked_by`: made by accounts.demo
    and guides.demo_editorial, which load before this). A guide without sources gets none: it stays overdue."""
    User = get_user_model()
    reviewers = {
        user.username: user
        for user in User.objects.filter(username__in={s["checked_by"] for s in GUIDES if s.get("checked_by")})
    }
    guides = {
        (guide.platform.slug, guide.slug): guide
        for guide in GuidePage.objects.filter(slug__in={spec["slug"] for spec in GUIDES}).select_related("platform")
        if guide.platform
    }
    checked = set(GuideCheck.objects.values_list("guide_id", flat=True))
    for spec in GUIDES:
        guide = guides.get((spec["platform"], spec["slug"]))
        reviewer = reviewers.get(spec.get("checked_by"))
        if guide is None or reviewer is None or guide.pk in checked or not guide.sources.exists():
            continue
        confirm_check(guide, reviewer, spec.get("app_version", ""), CHECK_NOTE, today=READ_ON)
        checked.add(guide.pk)
    with_check = GuidePage.objects.filter(pk__in=checked).count()
    return [f"{with_check}/{GuidePage.objects.count()} hướng dẫn đã được người duyệt xác nhận kiểm tra"]
