"""Every text we store is in one Unicode form, NFC (composed: "ế" is one character, not "e" plus two marks).

Vietnamese typed on a Mac, copied from a PDF or exported by some spreadsheets arrives decomposed (NFD). It looks the
same but compares differently: a name stored decomposed is not found by a search typed on an ordinary keyboard,
and the same name typed twice counts as two. So one receiver normalises every text field of our own apps' models
before each save, whichever path saves it (the site's forms, the admin, the API, a command, a data loader). Bulk
writes (bulk_create, bulk_update, queryset.update) send no signal: the code that writes in bulk calls `nfc` itself,
as the member import does."""

import unicodedata
from functools import cache
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.models.signals import pre_save

TEXT_FIELDS = (models.CharField, models.TextField)


def nfc(value):
    """The text in composed form; anything that is not a str is returned as it is."""
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def is_project_app(app_config):
    """One of our apps (site/ or the top-level packages of the repository), not an installed library's."""
    path = Path(app_config.path).resolve()
    return path.is_relative_to(Path(settings.REPO_ROOT).resolve()) and "site-packages" not in path.parts


@cache
def project_app_labels():
    return frozenset(config.label for config in apps.get_app_configs() if is_project_app(config))


@cache
def text_field_names(model):
    """The attribute names of a model's stored text fields (inherited ones included: a page's title)."""
    return tuple(field.attname for field in model._meta.concrete_fields if isinstance(field, TEXT_FIELDS))


def store_text_as_nfc(sender, instance, raw=False, **kwargs):
    if raw or sender._meta.app_label not in project_app_labels():
        return  # fixtures load as they were dumped; libraries' own models are theirs
    for name in text_field_names(sender):
        value = getattr(instance, name)
        if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
            setattr(instance, name, unicodedata.normalize("NFC", value))


def connect_nfc_on_save():
    """Called from CoreConfig.ready(). A module-level receiver with a dispatch uid: held strongly, connected once."""
    pre_save.connect(store_text_as_nfc, dispatch_uid="core.unicode_text.store_text_as_nfc")


def normalise_stored_text(model, batch_size=500):
    """Rewrites the rows of `model` whose text is not NFC, for data migrations (pass the historical model)."""
    names = [field.attname for field in model._meta.concrete_fields if isinstance(field, TEXT_FIELDS)]
    if not names:
        return 0
    changed = []
    for row in model._base_manager.only("pk", *names).iterator(chunk_size=batch_size):
        dirty = False
        for name in names:
            value = getattr(row, name)
            if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
                setattr(row, name, unicodedata.normalize("NFC", value))
                dirty = True
        if dirty:
            changed.append(row)
    if changed:
        model._base_manager.bulk_update(changed, names, batch_size=batch_size)
    return len(changed)
