import datetime

import factory
from django.utils import timezone

from teams.models import MEMBER_DATA_PURPOSE, AdminArea, AreaLevel, ConsentSource, Member, Team


class ProvinceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Tỉnh Thử {n}")
    code = factory.Sequence(lambda n: f"P{n:03d}")
    division_type = "tỉnh"
    level = AreaLevel.PROVINCE

    class Meta:
        model = AdminArea


class CommuneFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Xã Thử {n}")
    code = factory.Sequence(lambda n: f"C{n:05d}")
    division_type = "xã"
    level = AreaLevel.COMMUNE
    parent = factory.SubFactory(ProvinceFactory)

    class Meta:
        model = AdminArea


class VillageFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Thôn {n}")
    code = None
    division_type = "thôn"
    level = AreaLevel.VILLAGE
    parent = factory.SubFactory(CommuneFactory)

    class Meta:
        model = AdminArea


class TeamFactory(factory.django.DjangoModelFactory):
    area = factory.SubFactory(CommuneFactory)

    class Meta:
        model = Team


class MemberFactory(factory.django.DjangoModelFactory):
    team = factory.SubFactory(TeamFactory)
    full_name = factory.Sequence(lambda n: f"Nguyễn Văn {n}")
    phone = factory.Sequence(lambda n: f"+8490{n:07d}")
    joined_on = datetime.date(2025, 3, 1)
    consented_at = factory.LazyFunction(timezone.now)
    consent_purpose = MEMBER_DATA_PURPOSE
    consent_source = ConsentSource.LEADER

    class Meta:
        model = Member
