from content.models.documents import DocumentApplication, DocumentIndexPage, PolicyDocumentPage
from content.models.glossary import GlossaryTerm
from content.models.home import HomePage
from content.models.images import CustomImage, CustomRendition
from content.models.platforms import PlatformIndexPage, PlatformPage
from content.models.practices import (
    GoodPracticeIndexPage,
    GoodPracticePage,
    GoodPracticePhoto,
    GoodPracticeResult,
    ReplicationInterest,
)
from content.models.safety import SafetyRules
from content.models.settings import SiteSettings
from content.models.taxonomy import Department, Pillar, Sector

__all__ = [
    "CustomImage",
    "CustomRendition",
    "Department",
    "DocumentApplication",
    "DocumentIndexPage",
    "GlossaryTerm",
    "GoodPracticeIndexPage",
    "GoodPracticePage",
    "GoodPracticePhoto",
    "GoodPracticeResult",
    "HomePage",
    "Pillar",
    "PlatformIndexPage",
    "PlatformPage",
    "PolicyDocumentPage",
    "ReplicationInterest",
    "SafetyRules",
    "Sector",
    "SiteSettings",
]
