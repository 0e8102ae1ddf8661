"""Erasure scrubs only what points at the person: history entries, revisions and search entries of their own records,
and their phone and e-mail wherever they are written. A name is not theirs alone: someone who signs up as "Kích hoạt",
"Dịch vụ công" or "Nguyễn Văn An" and erases their data changes no guide, page, image or document text, and no
history entry of anyone else."""

import logging
import re

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from wagtail.fields import StreamField
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models
from wagtail_factories import DocumentFactory

from accounts import erasure_traces
from accounts.erasure_traces import DONE_BY, OWNED_BY, is_free_text
from accounts.factories import UserFactory
from accounts.personal_data import ERASED_NAME, erase
from content.factories import GoodPracticeIndexPageFactory, GoodPracticePageFactory, ImageFactory
from content.models import CustomImage
from core.page_cache import GENERATION_KEY
from guides.factories import GuidePageFactory, step
from teams.factories import MemberFactory, TeamFactory
from teams.models import Member

pytestmark = pytest.mark.django_db

OUR_APPS = {"accounts", "teams", "reporting", "training", "content", "guides", "core"}
PHONE, EMAIL = "+84912345678", "Nguoi.Dung@Example.vn"
# How people write that number in text, and numbers that only contain it.
PHONE_AS_WRITTEN = ["0912 345 678", "(0912)345.678", "+84 912-345-678", "84912345678", "0912\u00a0345\u00a0678"]
OTHER_NUMBERS = ["10912345678", "0912 345 6789"]
COMMON_NAMES = [("Kích", "hoạt"), ("Dịch vụ", "công"), ("Nguyễn Văn", "An")]


def test_every_key_to_a_person_is_known_as_theirs_or_as_their_doing():
    """A new key to an account or a member must say whether the row is the person's own (its history and revisions
    are scrubbed with them) or records what they did to something else (left alone)."""
    keys = {
        f"{model._meta.label}.{field.name}"
        for model in apps.get_models()
        if model._meta.app_config.label in OUR_APPS
        for field in model._meta.local_fields
        if field.is_relation and field.related_model in (get_user_model(), Member)
    }
    assert keys == OWNED_BY | DONE_BY
    assert not OWNED_BY & DONE_BY


def content_text():
    """The free text of every indexed object (pages as their specific page): {(model, pk): {field: value}}."""
    found = {}
    for model in get_indexed_models():
        if issubclass(model, Page) and model is not Page:
            continue
        for instance in model._default_manager.all():
            instance = instance.specific if isinstance(instance, Page) else instance
            found[(instance._meta.label, instance.pk)] = {
                field.attname: field.get_prep_value(getattr(instance, field.attname))
                if isinstance(field, StreamField)
                else getattr(instance, field.attname)
                for field in instance._meta.concrete_fields
                if is_free_text(field)
            }
    return found


def history():
    return {
        (model._meta.label, entry.pk): (entry.label, entry.data)
        for model in log_action_registry.get_log_entry_models()
        for entry in model.objects.all()
    }


def revisions():
    return {revision.pk: (revision.object_str, revision.content) for revision in Revision.objects.all()}


def holds_phone_or_email(value):
    """Whether the value holds their number in a spelling (a longer number holding those digits is another number)
    or their e-mail address."""
    spellings = [*PHONE_AS_WRITTEN, PHONE, "0912345678"]
    text = str(value).replace("\\xa0", "\xa0")  # a repr writes the non-breaking space as an escape
    return EMAIL.lower() in text.lower() or any(
        re.search(rf"(?<!\d){re.escape(spelling)}(?!\d)", text) for spelling in spellings
    )


def search_hits(term):
    backend = get_search_backend()
    return [found for model in get_indexed_models() for found in backend.search(term, model, operator="and")]


def erase_and_scrub(user, capture):
    with capture(execute=True):
        erase(user)


@pytest.fixture
def editor(db):
    return UserFactory(username="bien-tap", is_superuser=True, is_staff=True)


def published(page, editor):
    page.save_revision(user=editor, log_action=True).publish(user=editor)
    page.refresh_from_db()
    return page


@pytest.mark.parametrize(("last_name", "first_name"), COMMON_NAMES)
def test_a_person_named_like_a_common_phrase_erases_their_data_and_nobody_elses(
    last_name, first_name, home_page, guide, editor, django_capture_on_commit_callbacks, caplog
):
    name = f"{last_name} {first_name}"
    person = UserFactory(username="trung-ten", last_name=last_name, first_name=first_name, phone=PHONE, email=EMAIL)
    theirs = MemberFactory(user=person, full_name=name, phone=PHONE)
    namesake = MemberFactory(full_name=name, team=TeamFactory())  # another person of the same name
    log(instance=theirs, action="wagtail.create", user=editor)
    log(instance=theirs, action="wagtail.edit", user=editor, data={"ghi chú": f"{name} đổi số, gọi 0912 345 678"})
    log(instance=namesake, action="wagtail.create", user=editor)
    log(instance=namesake, action="wagtail.edit", user=editor, data={"ghi chú": f"{name} ở thôn Đông"})
    log(instance=person, action="wagtail.edit", user=editor)

    # The phrase (or the namesake) in content, published and with history.
    published(guide, editor)
    phrase_guide = published(
        GuidePageFactory(
            parent=guide.get_parent(),
            title=f"{name} trên Cổng dịch vụ công",
            steps=[step(f"Chọn {name}", text=f"<p>Bấm {name}. Hỏi anh {name}, trưởng thôn, nếu vướng.</p>")],
        ),
        editor,
    )
    practice = published(
        GoodPracticePageFactory(
            parent=GoodPracticeIndexPageFactory(parent=home_page),
            title=f"Tổ của {name} giúp người cao tuổi",
            what_they_did=f"{name} mở điểm hỗ trợ.",
            contact_name=name,
            contact_phone="0987 654 321",
            commune=namesake.team.commune,
        ),
        editor,
    )
    ImageFactory(title=f"{name} trên điện thoại", credit=f"Ảnh: {name}")
    DocumentFactory(title=f"Hướng dẫn {name}")

    # Their phone, in its spellings, and e-mail in content and in the history of something else.
    phone_guide = published(
        GuidePageFactory(
            parent=guide.get_parent(),
            title="Hỏi tổ công nghệ số",
            steps=[
                step("Gọi tổ", text=f"<p>Gọi {', '.join(PHONE_AS_WRITTEN)}; không phải {', '.join(OTHER_NUMBERS)}.</p>")
            ],
        ),
        editor,
    )
    image_with_email = ImageFactory(title="Điểm hỗ trợ", credit=f"Ảnh gửi từ {EMAIL.lower()}")
    entry_with_email = log(instance=phrase_guide, action="wagtail.edit", user=editor, data={"ghi chú": f"từ {EMAIL}"})
    assert search_hits("0912 345 678") and search_hits(EMAIL)

    content_before, history_before, revisions_before = content_text(), history(), revisions()
    planted = {("guides.GuidePage", phone_guide.pk), ("content.CustomImage", image_with_email.pk)}
    own_entries = {
        (model._meta.label, entry.pk)
        for model in log_action_registry.get_log_entry_models()
        for entry in model.objects.all()
        if (entry.content_type.model_class(), getattr(entry, "object_id", None))
        in {
            (Member, str(theirs.pk)),
            (get_user_model(), str(person.pk)),
        }
    }
    with caplog.at_level(logging.INFO, logger="accounts.erasure_traces"):
        erase_and_scrub(person, django_capture_on_commit_callbacks)

    # No text of anything else changed; the phrase is still found.
    content_after = content_text()
    for key, fields in content_before.items():
        if key not in planted:
            assert content_after[key] == fields, key
    assert phrase_guide.title in {found.title for found in search_hits(name) if isinstance(found, Page)}
    # Nobody else's history changed; only the entry holding their e-mail lost it.
    history_after = history()
    changed = {key for key, value in history_before.items() if history_after[key] != value}
    assert changed == own_entries | {("wagtailcore.PageLogEntry", entry_with_email.pk)}
    assert history_after[("wagtailcore.PageLogEntry", entry_with_email.pk)][1] == {"ghi chú": f"từ {ERASED_NAME}"}
    for key in own_entries:
        label, data = history_after[key]
        assert name.lower() not in f"{label} {data}".lower() and not holds_phone_or_email(data), key
    # Revisions of other pages lost their phone and e-mail, nothing else.
    revisions_after = revisions()
    for pk, value in revisions_before.items():
        if not holds_phone_or_email(value):
            assert revisions_after[pk] == value, pk

    # Their phone and e-mail are nowhere: history, revisions, content, search.
    for text in [*history_after.values(), *revisions_after.values(), *content_after.values()]:
        assert not holds_phone_or_email(text), text
    for term in ["0912 345 678", "0912345678", "84912345678", EMAIL]:
        assert search_hits(term) == [], term
    phone_guide.refresh_from_db()
    steps = str(phone_guide.steps.raw_data)
    assert all(number in steps for number in OTHER_NUMBERS) and steps.count(str(ERASED_NAME)) == len(PHONE_AS_WRITTEN)
    assert phone_guide.live_revision.user is None and phone_guide.live_revision == phone_guide.latest_revision
    publication = PageLogEntry.objects.filter(page=phone_guide, action="wagtail.publish").latest("timestamp")
    assert (publication.user, publication.revision) == (None, phone_guide.live_revision)
    image_with_email.refresh_from_db()
    assert image_with_email.credit == f"Ảnh gửi từ {ERASED_NAME}"

    # An editor is told where the name is written, without the name.
    warning = next(record.getMessage() for record in caplog.records if record.levelno == logging.WARNING)
    for page in (phrase_guide, practice):
        assert f"{page.specific._meta.model_name} #{page.pk} (" in warning
    assert name.lower() not in warning.lower()


def test_revisions_of_their_own_records_lose_their_name_phone_and_e_mail(django_capture_on_commit_callbacks):
    person = UserFactory(last_name="Hoàng Thị", first_name="Mai", phone=PHONE, email=EMAIL)
    theirs = MemberFactory(user=person, full_name="Hoàng Thị Mai", phone=PHONE)
    namesakes = MemberFactory(full_name="Hoàng Thị Mai")
    content_type = ContentType.objects.get_for_model(Member)
    for member in (theirs, namesakes):
        Revision.objects.create(
            content_type=content_type,
            base_content_type=content_type,
            object_id=str(member.pk),
            object_str=member.full_name,
            content={"full_name": member.full_name, "ghi chú": "Chị Hoàng Thị Mai chuyển tổ, gọi 0912 345 678"},
        )
    erase_and_scrub(person, django_capture_on_commit_callbacks)
    own = Revision.objects.get(object_id=str(theirs.pk), content_type=content_type)
    assert own.object_str == ERASED_NAME
    assert own.content == {"full_name": ERASED_NAME, "ghi chú": f"Chị {ERASED_NAME} chuyển tổ, gọi {ERASED_NAME}"}
    other = Revision.objects.get(object_id=str(namesakes.pk), content_type=content_type)
    assert other.object_str == "Hoàng Thị Mai"
    assert other.content == {"full_name": "Hoàng Thị Mai", "ghi chú": f"Chị Hoàng Thị Mai chuyển tổ, gọi {ERASED_NAME}"}


def test_the_scan_runs_after_the_erasure_commits_and_retires_cached_pages(django_capture_on_commit_callbacks, editor):
    person = UserFactory(phone=PHONE, email=EMAIL)
    theirs = MemberFactory(user=person, phone=PHONE)
    log(instance=theirs, action="wagtail.edit", user=editor, data={"ghi chú": "gọi 0912 345 678"})
    cache.set(GENERATION_KEY, "before", None)
    with django_capture_on_commit_callbacks() as callbacks:
        erase(person)
    assert Member.objects.get(pk=theirs.pk).full_name == ERASED_NAME  # the erasure itself is done
    entry = (
        log_action_registry.get_log_model_for_instance(theirs).objects.for_instance(theirs).get(action="wagtail.edit")
    )
    # nothing scanned yet
    assert entry.data == {"ghi chú": "gọi 0912 345 678"} and cache.get(GENERATION_KEY) == "before"
    for callback in callbacks:
        callback()
    entry.refresh_from_db()
    assert entry.data == {"ghi chú": f"gọi {ERASED_NAME}"} and cache.get(GENERATION_KEY) not in ("before", None)


def test_every_search_entry_holding_the_phone_is_rebuilt_however_many(monkeypatch, django_capture_on_commit_callbacks):
    """Entries that missed a change of their object are all found, batch after batch: none is left at a limit."""
    monkeypatch.setattr(erasure_traces, "BATCH", 2)
    person = UserFactory(phone=PHONE)
    images = [ImageFactory(title=f"Điểm {number}, gọi 0912 345 678") for number in range(5)]
    CustomImage.objects.filter(pk__in=[image.pk for image in images]).update(title="Điểm hỗ trợ")  # index is stale
    assert len(search_hits("0912 345 678")) == 5
    erase_and_scrub(person, django_capture_on_commit_callbacks)
    assert search_hits("0912 345 678") == []
    assert len(search_hits("Điểm hỗ trợ")) == 5
