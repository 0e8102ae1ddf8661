from content.models.home import HomePage
from content.models.images import CustomImage, CustomRendition
from content.models.platforms import PlatformIndexPage, PlatformPage
from content.models.settings import SiteSettings
from content.models.taxonomy import Department, Pillar, Sector

__all__ = [
    "CustomImage",
    "CustomRendition",
    "Department",
    "HomePage",
    "Pillar",
    "PlatformIndexPage",
    "PlatformPage",
    "Sector",
    "SiteSettings",
]
