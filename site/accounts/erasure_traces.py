"""Copies of a person's name and phone that erasing their records does not reach by itself: Wagtail's history keeps
the label an object had when it changed, revisions keep whole copies of pages, and editors may have typed the name
into a page, an image credit or a good practice's contact, which the search index then holds. These copies carry no
link back to the person, so they are found by the strings and the strings are replaced.

Names count only with at least two words (a Vietnamese full name), and whole words only: a given name alone would
wipe other people's words. A homonym's mention is replaced too; losing it is the lesser harm."""

import json
import re

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from wagtail.fields import StreamField
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import Page, Revision
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_instance, get_indexed_models, insert_or_update_object, remove_object

from accounts.phone import format_phone
from content.page_cache import retire_cached_pages
from content.search_text import fold_diacritics

SEARCH_MATCH_LIMIT = 200
SHORT_REPLACEMENT = "(đã xóa)"  # where the full marker does not fit the column (a 20-character phone field)


def phone_spellings(phone):
    """+84909000001 as people write it: 0909000001, 0909 000 001, 0909.000.001, 0909-000-001, 84909000001."""
    if not phone or not phone.startswith("+84"):
        return {phone} if phone else set()
    spaced = format_phone(phone)
    return {phone, phone[1:], "0" + phone[3:], spaced, spaced.replace(" ", "."), spaced.replace(" ", "-")}


def identifiers_of(user, members):
    """The strings that name this person: read them before the records are anonymised."""
    names = {user.get_full_name(), *(member.full_name for member in members)}
    full_names = {name.strip() for name in names if name and len(name.split()) >= 2}
    # Pages keep a folded copy of their text for search ("hoang thi mai"), revisions included.
    found = full_names | {fold_diacritics(name) for name in full_names}
    for phone in {user.phone, *(member.phone for member in members)}:
        found |= phone_spellings(phone)
    if user.email:
        found.add(user.email)
    return sorted(found, key=len, reverse=True)


def stored_spellings(identifier):
    """How the string sits in a database column: as typed, inside JSON (SQLite keeps non-ASCII letters as \\u
    escapes), and inside JSON inside JSON (a StreamField in a revision)."""
    once = json.dumps(identifier)[1:-1]
    return {identifier, once, json.dumps(once)[1:-1]}


class Scrubber:
    def __init__(self, identifiers, replacement):
        self.identifiers = identifiers
        self.replacement = replacement
        alternatives = "|".join(re.escape(identifier) for identifier in identifiers)
        self.pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE) if identifiers else None

    def fitting(self, value, max_length):
        """The scrubbed text within a column's length: the short marker where the full one does not fit."""
        scrubbed = self.text(value)
        if max_length and isinstance(scrubbed, str) and len(scrubbed) > max_length:
            scrubbed = Scrubber(self.identifiers, SHORT_REPLACEMENT).text(value)[:max_length]
        return scrubbed

    def text(self, value):
        if self.pattern is None or not isinstance(value, str):
            return value
        if value[:1] in "[{":
            # A JSON document kept as a string (a StreamField inside a revision), where letters may be escaped.
            try:
                parsed = json.loads(value)
            except ValueError:
                pass
            else:
                scrubbed = self.data(parsed)
                return value if scrubbed == parsed else json.dumps(scrubbed, cls=DjangoJSONEncoder)
        return self.pattern.sub(self.replacement, value)

    def data(self, value):
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.data(item) for item in value]
        if isinstance(value, dict):
            return {self.text(key): self.data(item) for key, item in value.items()}
        return value

    def rows_holding(self, *field_names):
        """A condition for rows whose text or JSON columns hold any identifier (refined in Python, by whole word)."""
        condition = Q(pk__in=[])
        for name in field_names:
            for identifier in self.identifiers:
                for spelling in stored_spellings(identifier):
                    condition |= Q(**{f"{name}__icontains": spelling})
        return condition


def scrub_log_entries(scrubber, own_objects):
    """Labels and data of every history entry that names the person; the entries of their own records (their
    account, their memberships) take the record's label as it is now, whatever older name they carried."""
    current_labels = {
        (ContentType.objects.get_for_model(obj).pk, str(obj.pk)): str(obj) or scrubber.replacement
        for obj in own_objects
    }
    for log_model in log_action_registry.get_log_entry_models():
        label_length = log_model._meta.get_field("label").max_length
        own = Q(pk__in=[])
        if "object_id" in {field.name for field in log_model._meta.fields}:
            for content_type_id, object_id in current_labels:
                own |= Q(content_type_id=content_type_id, object_id=object_id)
        entries = log_model.objects.annotate(data_text=Cast("data", TextField())).filter(
            own | scrubber.rows_holding("label", "data_text")
        )
        for entry in entries:
            key = (entry.content_type_id, str(getattr(entry, "object_id", "")))
            label = current_labels.get(key) or scrubber.fitting(entry.label, label_length)
            data = scrubber.data(entry.data)
            if (label, data) != (entry.label, entry.data):
                entry.label, entry.data = label, data
                entry.save(update_fields=["label", "data"])


def scrub_revisions(scrubber):
    revisions = Revision.objects.annotate(content_text=Cast("content", TextField())).filter(
        scrubber.rows_holding("object_str", "content_text")
    )
    for revision in revisions:
        object_str, content = scrubber.text(revision.object_str), scrubber.data(revision.content)
        if (object_str, content) != (revision.object_str, revision.content):
            revision.object_str, revision.content = object_str, content
            revision.save(update_fields=["object_str", "content"])


def is_free_text(field):
    """Fields people type words into; slugs, paths, addresses, e-mails and coded choices keep their form."""
    if isinstance(field, (models.SlugField, models.EmailField, models.URLField)) or field.choices:
        return False
    if field.name in {"url_path", "file", "file_hash"}:
        return False
    return isinstance(field, (models.CharField, models.TextField, models.JSONField, StreamField))


def scrub_instance(instance, scrubber):
    """Replaces the identifiers in the instance's free text; returns the names of the fields it changed."""
    changed = []
    for field in instance._meta.concrete_fields:
        if not is_free_text(field):
            continue
        value = getattr(instance, field.attname)
        if isinstance(field, StreamField):
            raw = field.get_prep_value(value)
            scrubbed = scrubber.data(raw)
            if scrubbed != raw:
                setattr(instance, field.attname, scrubbed)
                changed.append(field.attname)
        else:
            scrubbed = scrubber.fitting(value, field.max_length) if isinstance(value, str) else scrubber.data(value)
            if scrubbed != value:
                setattr(instance, field.attname, scrubbed)
                changed.append(field.attname)
    return changed


def scrub_indexed_content(scrubber):
    """The text of every indexed object (pages, images, documents, terms) that names the person. Saving updates the
    search index; returns whether a page changed, so that cached pages can be retired."""
    pages_changed = False
    for model in get_indexed_models():
        local_text = [
            field.attname for field in model._meta.local_concrete_fields if field.concrete and is_free_text(field)
        ]
        if not local_text:
            continue
        text_columns = {f"{name}_as_text": Cast(name, TextField()) for name in local_text}
        for found in model._default_manager.annotate(**text_columns).filter(scrubber.rows_holding(*text_columns)):
            instance = found.specific if isinstance(found, Page) else found
            if not scrub_instance(instance, scrubber):
                continue
            # A whole save, so that text a model derives in save() (a page's folded search text) follows.
            if isinstance(instance, Page):
                instance.save(clean=False)
                pages_changed = True
            else:
                instance.save()
    return pages_changed


def refresh_search_index(scrubber):
    """Index entries still matching a name or phone are rebuilt from their objects as they are now (an entry can
    hold text from related objects, or have missed a change)."""
    backend = get_search_backend()
    terms = {term for identifier in scrubber.identifiers for term in (identifier, fold_diacritics(identifier))}
    stale = {}
    for model in get_indexed_models():
        for term in terms:
            for found in backend.search(term, model, operator="and")[:SEARCH_MATCH_LIMIT]:
                stale[(type(found), found.pk)] = found
    for found in stale.values():
        if get_indexed_instance(found) is None:
            remove_object(found)
        else:
            insert_or_update_object(found)


def scrub_traces(identifiers, own_objects, replacement):
    """Replaces the person's identifiers in Wagtail's history, revisions, indexed content and search index."""
    scrubber = Scrubber(identifiers, replacement)
    scrub_log_entries(scrubber, own_objects)
    if not identifiers:
        return
    scrub_revisions(scrubber)
    if scrub_indexed_content(scrubber):
        retire_cached_pages()
    refresh_search_index(scrubber)
