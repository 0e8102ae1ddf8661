"""Copies of a person that erasing their records does not reach by itself, scrubbed once the erasure has committed.

Only what points at the person is changed:
- Wagtail's history entries of their own records (their account, memberships, roles, help they logged: the rows a
  key in OWNED_BY ties to them) take the record's label as it reads now, and their name, phone and e-mail leave the
  entry's data; revisions and search-index entries of those records likewise;
- their phone numbers (in any spelling) and e-mail address, which are theirs alone, leave every history entry,
  revision and the text of pages, images and documents. A live page changes through a new revision that the system
  publishes, with its history entry, never under the editors' feet: their drafts, locks and reviews stay.
A name is not unique ("Kích hoạt", "Dịch vụ công", another Nguyễn Văn An), so a name written in content or in the
history of anything else is never replaced: the pages, images and documents that hold it are listed in a warning
for an editor to review, without the name."""

import json
import logging
import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import Page, Revision
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models, insert_or_update_object, remove_object
from wagtail.signals import page_published

from accounts.phone import format_phone
from core.search_text import fold_diacritics

logger = logging.getLogger(__name__)

BATCH = 200
SHORT_REPLACEMENT = _("(đã xóa)")  # where the full marker does not fit the column (a 20-character phone field)

# Keys that make a row the person's own: it is about them, and its label usually carries their name.
OWNED_BY = {
    "teams.Member.user",
    "teams.RoleAssignment.user",
    "teams.AnnouncementRead.user",
    "accounts.Notification.user",
    "accounts.PersonalDataAccess.user",
    "reporting.SupportLog.volunteer",
    "training.ModuleProgress.user",
    "training.QuizPaper.user",
    "training.QuizAttempt.user",
    "training.Completion.user",
    "core.FormSubmission.user",
}
# Keys that record who did something to a row about someone or something else: the row is not theirs.
DONE_BY = {
    "teams.Member.consent_recorded_by",
    "teams.Announcement.author",
    "teams.RegistryDeadline.set_by",
    "reporting.TeamReport.submitted_by",
    "reporting.TeamReport.reviewed_by",
    "reporting.ReportEvent.user",
    "reporting.Difficulty.responded_by",
    "reporting.DifficultyEvent.user",
    "reporting.ApiToken.created_by",
    "content.GoodPracticePage.author",
    "content.CustomImage.uploaded_by_user",
    "content.ReplicationInterest.user",
    "guides.GuideCheck.reviewer",
}

# Between the digits of a phone as people write it: spaces (also non-breaking, as rich text keeps them), dots,
# dashes of any kind, brackets. The pattern is also run by the database (PostgreSQL's regular expressions), so it
# uses nothing they lack: no look-arounds here.
PHONE_SEPARATOR = "(?:[-. ()\u00a0\u2010\u2011\u2012\u2013\u2014\u2212]|&nbsp;|\\\\u00a0){0,2}"
PHONE_PREFIX = rf"\(?(?:(?:\+|00)?84{PHONE_SEPARATOR}(?:\(0\){PHONE_SEPARATOR})?|0)"
MIN_PHONE_DIGITS = 8


def phone_pattern(phone):
    """+84909000001 as people write it: 0909000001, 0909 000 001, (0909)000.001, +84 909-000-001, 84909000001..."""
    digits = re.sub(r"\D", "", phone or "")
    if len(digits) < MIN_PHONE_DIGITS:
        return None
    if phone.startswith("+84"):
        return PHONE_PREFIX + PHONE_SEPARATOR.join(digits[2:])
    return r"\+?" + PHONE_SEPARATOR.join(digits)


def phone_spellings(phone):
    """The spellings a search index splits into words: +84909000001, 84909000001, 0909000001, 0909 000 001."""
    if not phone or not phone.startswith("+84"):
        return {phone} if phone else set()
    return {phone, phone[1:], "0" + phone[3:], format_phone(phone)}


@dataclass(frozen=True)
class Traces:
    """What identifies one person, read before their records are anonymised: their names, phones, e-mail, and the
    rows that are theirs (model label: primary keys)."""

    account_pk: int
    names: tuple = ()
    phones: tuple = ()
    emails: tuple = ()
    owned: dict = dataclass_field(default_factory=dict)

    def unique_patterns(self):
        """Regular expressions (without look-arounds) for what only this person has: phones and e-mail."""
        patterns = [pattern for pattern in map(phone_pattern, self.phones) if pattern]
        return patterns + [re.escape(email) for email in self.emails]

    def unique_scrubber(self, replacement):
        phones = [rf"(?<!\d){pattern}(?!\d)" for pattern in map(phone_pattern, self.phones) if pattern]
        emails = [rf"(?<![\w.+-]){re.escape(email)}(?![\w-])" for email in self.emails]
        return Scrubber(phones + emails, replacement)

    def own_scrubber(self, replacement):
        """For the person's own records: their names go too, as whole words, with and without diacritics."""
        names = set(self.names) | {fold_diacritics(name) for name in self.names}
        words = [rf"(?<!\w){re.escape(name)}(?!\w)" for name in sorted(names, key=len, reverse=True)]
        return Scrubber(words + self.unique_scrubber(replacement).patterns, replacement)

    def full_names(self):
        """Names of two words or more: what could be looked for in content (a given name alone is anyone's word)."""
        return [name for name in self.names if len(name.split()) >= 2]


def traces_of(user):
    owned = {"accounts.User": (user.pk,)} if user.pk else {}
    for key in sorted(OWNED_BY):
        app_model, field_name = key.rsplit(".", 1)
        rows = apps.get_model(app_model)._default_manager.filter(**{field_name: user})
        pks = tuple(rows.values_list("pk", flat=True))
        if pks:
            owned[app_model] = pks
    members = apps.get_model("teams", "Member")._default_manager.filter(user=user)
    names = {user.get_full_name(), *(member.full_name for member in members)}
    phones = {user.phone, *(member.phone for member in members)}
    return Traces(
        account_pk=user.pk,
        names=tuple(sorted({name.strip() for name in names if name and name.strip()})),
        phones=tuple(sorted(phone for phone in phones if phone)),
        emails=(user.email,) if user.email else (),
        owned=owned,
    )


class Scrubber:
    """Replaces its patterns (case-insensitive) in text, in JSON values and in JSON kept as a string."""

    def __init__(self, patterns, replacement):
        self.patterns = list(patterns)
        self.replacement = str(replacement)  # re.sub wants text, not a lazy translation
        self.pattern = re.compile("|".join(self.patterns), re.IGNORECASE) if self.patterns else None

    def fitting(self, value, max_length):
        """The scrubbed text within a column's length: the short marker where the full one does not fit."""
        scrubbed = self.text(value)
        if scrubbed != value and max_length and isinstance(scrubbed, str) and len(scrubbed) > max_length:
            scrubbed = Scrubber(self.patterns, SHORT_REPLACEMENT).text(value)[:max_length]
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


def rows_matching(patterns, *columns):
    """A condition for rows whose columns match any of the database-side patterns (refined later in Python)."""
    if not patterns:
        return Q(pk__in=[])
    combined = "(?:" + "|".join(patterns) + ")"
    condition = Q(pk__in=[])
    for column in columns:
        condition |= Q(**{f"{column}__iregex": combined})
    return condition


def in_batches(ids):
    ids = list(ids)
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]


def owned_models(traces):
    return {apps.get_model(label): pks for label, pks in traces.owned.items()}


def content_type_ids(model):
    return {
        ContentType.objects.get_for_model(model).pk,
        ContentType.objects.get_for_model(model, for_concrete_model=False).pk,
    }


# History -------------------------------------------------------------------------------------------------------


def scrub_own_log_entries(traces, replacement):
    """Entries about the person's own records: the label the record has now, their identifiers out of the data."""
    scrubber = traces.own_scrubber(replacement)
    changed = 0
    for log_model in log_action_registry.get_log_entry_models():
        if "object_id" not in {field.name for field in log_model._meta.fields}:
            continue  # page history: no page is a person's own record
        label_length = log_model._meta.get_field("label").max_length
        for model, pks in owned_models(traces).items():
            for batch in in_batches(pks):
                entries = log_model.objects.filter(
                    content_type_id__in=content_type_ids(model), object_id__in=[str(pk) for pk in batch]
                )
                labels = {str(pk): str(obj) for pk, obj in model._default_manager.in_bulk(batch).items()}
                with transaction.atomic():
                    for entry in entries.select_for_update():
                        label = (labels.get(entry.object_id) or replacement)[:label_length]
                        changed += save_if_changed(entry, label=label, data=scrubber.data(entry.data))
    return changed


def scrub_log_entries_holding(traces, replacement):
    """Entries about anything else that hold the person's phone or e-mail, in the label or the data."""
    scrubber = traces.unique_scrubber(replacement)
    owned = {
        (content_type_id, str(pk))
        for model, pks in owned_models(traces).items()
        for content_type_id in content_type_ids(model)
        for pk in pks
    }
    changed = 0
    for log_model in log_action_registry.get_log_entry_models():
        label_length = log_model._meta.get_field("label").max_length
        found = (
            log_model.objects.annotate(data_text=Cast("data", TextField()))
            .filter(rows_matching(traces.unique_patterns(), "label", "data_text"))
            .values_list("pk", flat=True)
        )
        for batch in in_batches(found):
            with transaction.atomic():
                for entry in log_model.objects.filter(pk__in=batch).select_for_update():
                    if (entry.content_type_id, str(getattr(entry, "object_id", ""))) in owned:
                        continue  # done with the person's own entries
                    label = scrubber.fitting(entry.label, label_length)
                    changed += save_if_changed(entry, label=label, data=scrubber.data(entry.data))
    return changed


def save_if_changed(instance, **values):
    changed = [name for name, value in values.items() if getattr(instance, name) != value]
    for name in changed:
        setattr(instance, name, values[name])
    if changed:
        instance.save(update_fields=changed)
    return bool(changed)


# Revisions -----------------------------------------------------------------------------------------------------


def scrub_revisions(traces, replacement):
    """Revisions of the person's own records lose their identifiers; every other revision loses their phone and
    e-mail, so that no later publication of an old draft or an approved review brings them back."""
    own, unique = traces.own_scrubber(replacement), traces.unique_scrubber(replacement)
    changed = 0
    for model, pks in owned_models(traces).items():
        for batch in in_batches(pks):
            own_revisions = Revision.objects.filter(
                Q(base_content_type_id__in=content_type_ids(model)) | Q(content_type_id__in=content_type_ids(model)),
                object_id__in=[str(pk) for pk in batch],
            )
            labels = {str(pk): str(obj) for pk, obj in model._default_manager.in_bulk(batch).items()}
            with transaction.atomic():
                for revision in own_revisions.select_for_update():
                    object_str = labels.get(revision.object_id) or replacement
                    content = scrubbed_content(revision, own)
                    changed += save_if_changed(revision, object_str=object_str, content=content)
    found = (
        Revision.objects.annotate(content_text=Cast("content", TextField()))
        .filter(rows_matching(traces.unique_patterns(), "object_str", "content_text"))
        .values_list("pk", flat=True)
    )
    for batch in in_batches(found):
        with transaction.atomic():
            for revision in Revision.objects.filter(pk__in=batch).select_for_update():
                values = {"object_str": unique.text(revision.object_str), "content": scrubbed_content(revision, unique)}
                changed += save_if_changed(revision, **values)
    return changed


def scrubbed_content(revision, scrubber):
    """A revision's fields scrubbed, each within its column's length, so that the draft still saves when an editor
    opens it (a 20-character phone field takes the short marker)."""
    model = revision.content_type.model_class()
    if model is None or not isinstance(revision.content, dict):
        return scrubber.data(revision.content)
    lengths = {field.attname: field.max_length for field in model._meta.concrete_fields if is_free_text(field)}
    return {
        scrubber.text(key): scrubber.fitting(value, lengths[key]) if key in lengths else scrubber.data(value)
        for key, value in revision.content.items()
    }


# Content: pages, images, documents ------------------------------------------------------------------------------


def is_free_text(field):
    """Fields people type words into; slugs, paths, addresses, e-mails and coded choices keep their form."""
    if isinstance(field, (models.SlugField, models.EmailField, models.URLField)) or field.choices:
        return False
    if field.name in {"url_path", "file", "file_hash"}:
        return False
    return isinstance(field, (models.CharField, models.TextField, models.JSONField, StreamField))


def scrubbed_fields(instance, scrubber):
    """The instance's free-text fields whose value the scrubber changes, with the changed value."""
    scrubbed = {}
    for field in instance._meta.concrete_fields:
        if not is_free_text(field):
            continue
        value = getattr(instance, field.attname)
        if isinstance(field, StreamField):
            raw = field.get_prep_value(value)
            if (new := scrubber.data(raw)) != raw:
                scrubbed[field.attname] = new
        elif isinstance(value, str):
            if (new := scrubber.fitting(value, field.max_length)) != value:
                scrubbed[field.attname] = new
        elif (new := scrubber.data(value)) != value:
            scrubbed[field.attname] = new
    return scrubbed


def indexed_rows_matching(condition_for_columns):
    """(model, pk) of every indexed object whose own free-text columns meet the condition; a page counts once, as
    its specific page."""
    found = set()
    for model in get_indexed_models():
        local_text = [field.attname for field in model._meta.local_concrete_fields if is_free_text(field)]
        if not local_text:
            continue
        text_columns = {f"{name}_as_text": Cast(name, TextField()) for name in local_text}
        rows = model._default_manager.annotate(**text_columns).filter(condition_for_columns(*text_columns))
        concrete = Page if issubclass(model, Page) else model._meta.concrete_model
        found |= {(concrete, pk) for pk in rows.values_list("pk", flat=True)}
    return sorted(found, key=lambda item: (item[0]._meta.label, item[1]))


def publish_without(page, scrubber):
    """A live page holding the person's phone or e-mail: a revision of the live version without them, published by
    the system with its history entry. A newer draft stays the draft (its revision is scrubbed with the others),
    a lock stays, and a review in progress is not cancelled, as Wagtail's own publishing would."""
    values = scrubbed_fields(page, scrubber)
    if not values:
        return False
    for name, value in values.items():
        setattr(page, name, value)
    if not page.live:
        page.save(clean=False)  # nothing public: what editors work on is in the revisions
        return True
    draft_pending = page.has_unpublished_changes
    revision = Revision.objects.create(
        content_object=page,
        base_content_type=page.get_base_content_type(),
        user=None,
        content=page.serializable_data(),
        object_str=str(page),
    )
    page.live_revision, page.last_published_at = revision, revision.created_at
    if not draft_pending:
        page.latest_revision, page.latest_revision_created_at = revision, revision.created_at
        page.draft_title, page.has_unpublished_changes = page.title, False
    page.save(clean=False)
    log(instance=page, action="wagtail.publish", user=None, revision=revision, content_changed=True)
    page.update_aliases(revision=revision)
    page_published.send(sender=page.specific_class, instance=page, revision=revision)
    return True


def scrub_content(traces, replacement):
    """Pages, images and documents whose text holds the person's phone or e-mail. Returns (pages, others) changed."""
    scrubber = traces.unique_scrubber(replacement)
    pages = others = 0
    for model, pk in indexed_rows_matching(holding_patterns(traces.unique_patterns())):
        with transaction.atomic():
            instance = model._default_manager.select_for_update().filter(pk=pk).first()
            if isinstance(instance, Page):
                # An alias follows its original, which is found and published on its own.
                if instance.alias_of_id is None and publish_without(instance.specific, scrubber):
                    pages += 1
            elif instance is not None and (values := scrubbed_fields(instance, scrubber)):
                for name, value in values.items():
                    setattr(instance, name, value)
                instance.save()  # a whole save, so that text the model derives and its search entry follow
                others += 1
    return pages, others


def holding_patterns(patterns):
    return lambda *columns: rows_matching(patterns, *columns)


def holding_text(spellings):
    def condition(*columns):
        found = Q(pk__in=[])
        for column in columns:
            for spelling in spellings:
                found |= Q(**{f"{column}__icontains": spelling})
        return found

    return condition


def content_naming(traces):
    """Pages, images and documents whose text holds one of the person's full names as whole words, with or without
    diacritics: 'guidepage #12 (steps, title)'. Nothing is changed: the mention may be of someone else."""
    names = traces.full_names()
    if not names:
        return []
    forms = {form for name in names for form in (name, fold_diacritics(name))}
    scrubber = Scrubber([rf"(?<!\w){re.escape(form)}(?!\w)" for form in forms], SHORT_REPLACEMENT)
    spellings = {spelling for form in forms for spelling in stored_spellings(form)}
    listed = []
    for model, pk in indexed_rows_matching(holding_text(spellings)):
        instance = model._default_manager.filter(pk=pk).first()
        instance = instance.specific if isinstance(instance, Page) else instance
        if instance is not None and (fields := sorted(scrubbed_fields(instance, scrubber))):
            listed.append(f"{instance._meta.model_name} #{pk} ({', '.join(fields)})")
    return listed


def stored_spellings(text):
    """How a string sits in a column: as typed, inside JSON (SQLite keeps non-ASCII letters as \\u escapes), and
    inside JSON inside JSON (a StreamField in a revision)."""
    once = json.dumps(text)[1:-1]
    return {text, once, json.dumps(once)[1:-1]}


# Search index --------------------------------------------------------------------------------------------------


def refresh_search_index(traces):
    """Index entries of the person's own records, and entries the backend still finds by their phone or e-mail,
    are rebuilt from their objects as they are now (an entry can hold a related object's text, or have missed a
    change) or removed with them. Every match is visited, page after page of results."""
    indexed = set(get_indexed_models())
    stale = {(model, pk) for model, pks in owned_models(traces).items() if model in indexed for pk in pks}
    backend = get_search_backend()
    terms = {term for phone in traces.phones for term in phone_spellings(phone)} | set(traces.emails)
    for model in indexed:
        for term in terms:
            start = 0
            while batch := list(backend.search(term, model, operator="and")[start : start + BATCH]):
                stale |= {(type(found)._meta.concrete_model, found.pk) for found in batch}
                start += BATCH
    for model, pk in stale:
        instance = model._default_manager.filter(pk=pk).first()
        if instance is None:
            remove_object(model(pk=pk))
        else:
            insert_or_update_object(instance.specific if isinstance(instance, Page) else instance)
    return len(stale)


# All together --------------------------------------------------------------------------------------------------


def scrub_traces(traces, replacement):
    """Runs after the erasure has committed, in short transactions of its own: nothing waits on the whole scan."""
    pages, others = scrub_content(traces, replacement)
    revisions = scrub_revisions(traces, replacement)
    entries = scrub_own_log_entries(traces, replacement) + scrub_log_entries_holding(traces, replacement)
    index_entries = refresh_search_index(traces)
    logger.info(
        "Erased account %s: %d history entries, %d revisions, %d pages (republished), %d images or documents and "
        "%d search entries scrubbed",
        traces.account_pk,
        entries,
        revisions,
        pages,
        others,
        index_entries,
    )
    if listed := content_naming(traces):
        logger.warning(
            "Erased account %s: a name the person used is still written in %d pages, images or documents; an editor "
            "should decide whether each mention is of them: %s",
            traces.account_pk,
            len(listed),
            "; ".join(listed),
        )
