"""Every cache names, next to itself, the models it shows (`retire_when_changed`), and this one mechanism retires it
whenever a row of one of them changes: saved, deleted, its many-to-many links changed, a page published, unpublished
or moved, or rows written in bulk (`.update()`, `bulk_create`, `bulk_update`, queryset `.delete()`, which send no
signal and so go through `RetiringQuerySet`). Core imports no app: the models are named by label
("guides.GuideFeedback") and resolved once the apps are loaded.

A model counts as shown when its label, or the label of a model it inherits from, is declared ("wagtailcore.Page"
covers every page type), and so do the rows saved with a shown model: its inline rows (a ParentalKey to it) and its
many-to-many links. tests/core/test_cache_retirement.py fails when a cached page or figure reads a table that is not
shown this way."""

import secrets
from dataclasses import dataclass

from django.apps import apps
from django.core import checks
from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal
from modelcluster.fields import ParentalKey
from wagtail.signals import page_published, page_unpublished, post_page_move

ROW_SIGNALS = {
    "save": post_save,
    "delete": post_delete,
    "links": m2m_changed,
    "publish": page_published,
    "unpublish": page_unpublished,
    "move": post_page_move,
}


@dataclass(frozen=True)
class Retirement:
    cache: str
    labels: frozenset
    retire: object
    waits_for_commit: bool = False  # retire() itself acts once the transaction commits


_declared = {}
_shown_by = {}


def new_generation():
    """A generation never used before. Not a counter: two changes at once would both write the same next number
    (the database cache's incr is a read and a write), and a key the cache culled would restart at a number whose
    pages may still be stored."""
    return secrets.token_hex(8)


def retire_when_changed(cache, labels, retire, waits_for_commit=False):
    """Declares that `cache` shows the models named by `labels` and that calling `retire()` retires it. Connected at
    once when the models are loaded, else by core's ready()."""
    _declared[cache] = Retirement(cache, frozenset(labels), retire, waits_for_commit)
    _shown_by.clear()
    if apps.models_ready:
        connect_retirements()


def declared_caches():
    return dict(_declared)


def caches_showing(model):
    """The declared caches that show `model` (a class), by the rules in this module's docstring."""
    if model not in _shown_by:
        _shown_by[model] = [item for item in _declared.values() if _shows(item.labels, model)]
    return _shown_by[model]


def _shows(labels, model):
    if {model._meta.label, *(parent._meta.label for parent in model._meta.get_parent_list())} & labels:
        return True
    if model._meta.auto_created:  # a many-to-many link table: shown when either end is
        ends = [field.related_model for field in model._meta.fields if field.is_relation]
        return any(_shows(labels, end) for end in ends if end is not model)
    return any(
        _shows(labels, field.related_model)
        for field in model._meta.fields
        if isinstance(field, ParentalKey) and field.related_model is not model
    )


def retire_caches_showing(model):
    """Retires at once, and again when the transaction commits: a reader between the change and the commit renders
    what the database still shows, the old rows, and would keep them under the new generation."""
    items = caches_showing(model)
    for item in items:
        item.retire()
    connection = transaction.get_connection()
    if items and connection.in_atomic_block:
        pending = connection.__dict__.setdefault("_caches_to_retire_on_commit", set())
        pending.update(item for item in items if not item.waits_for_commit)
        on_commit_once(_retire_pending)


def on_commit_once(callback):
    """Runs `callback` when the transaction commits (at once outside one), once however often it is asked."""
    connection = transaction.get_connection()
    if connection.in_atomic_block and any(item[1] is callback for item in connection.run_on_commit):
        return
    transaction.on_commit(callback, robust=True)


def _retire_pending():
    pending = transaction.get_connection().__dict__.pop("_caches_to_retire_on_commit", set())
    for item in pending:
        item.retire()


def _retire_for_sender(sender, action="post_", **kwargs):
    if not action.startswith("pre_"):  # a many-to-many change is sent before and after; once is enough
        retire_caches_showing(sender)


def connect_retirements():
    """Connects the receivers of every shown model. Idempotent: each connection has its own dispatch_uid."""
    for model in apps.get_models(include_auto_created=True):
        if not caches_showing(model):
            continue
        for name, signal in ROW_SIGNALS.items():
            signal.connect(
                _retire_for_sender, sender=model, dispatch_uid=f"cache-retirement-{name}-{model._meta.label}"
            )


# Sent before a write in bulk (`.update()`, `bulk_create`, `bulk_update`) of a RetiringQuerySet's model, for the
# receivers that must know which rows change (figures kept per area): sender is the model, with `queryset` (an
# update) or `objs` (a bulk_create). A receiver may return a function, called once the rows are written, in the same
# transaction. Sent only when someone listens for the model.
bulk_write = Signal()


def _announce_bulk_write(model, **rows):
    if not bulk_write.has_listeners(model):
        return []
    return [answer for _receiver, answer in bulk_write.send(sender=model, **rows) if callable(answer)]


class RetiringQuerySet(models.QuerySet):
    """For the managers of shown models: writes in bulk retire the caches that show the model, as saves do."""

    def update(self, **kwargs):
        after = _announce_bulk_write(self.model, queryset=self)
        count = super().update(**kwargs)
        if count:
            retire_caches_showing(self.model)
            for written in after:
                written()
        return count

    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        after = _announce_bulk_write(self.model, objs=objs)
        created = super().bulk_create(objs, *args, **kwargs)
        if created:
            retire_caches_showing(self.model)
            for written in after:
                written()
        return created

    def delete(self):
        deleted = super().delete()
        if deleted[0]:
            retire_caches_showing(self.model)
        return deleted

    delete.alters_data = True
    delete.queryset_only = True


def is_written_in_bulk_by_the_project(model):
    """Pages change through Wagtail's actions (publish, unpublish, move, delete), which send their signals, and inline
    rows with their page; models of installed libraries are written by the libraries, row by row. The project's own
    models are the ones its code writes in bulk."""
    if is_page(model) or model._meta.auto_created:
        return False
    if any(isinstance(field, ParentalKey) for field in model._meta.fields):
        return False
    return "site-packages" not in apps.get_app_config(model._meta.app_label).path


def is_page(model):
    return any(parent._meta.label == "wagtailcore.Page" for parent in [model, *model._meta.get_parent_list()])


@checks.register()
def check_cache_retirement(app_configs=None, **kwargs):
    """A label that names no model, or a shown model of the project whose bulk writes would not retire, is an error
    at startup rather than a stale page in production."""
    errors = []
    for item in _declared.values():
        for label in sorted(item.labels):
            try:
                apps.get_model(label)
            except (LookupError, ValueError):
                errors.append(
                    checks.Error(f"{item.cache}: no model is labelled {label!r}.", id="core.E101", obj=item.cache)
                )
    for model in apps.get_models():
        if not caches_showing(model) or not is_written_in_bulk_by_the_project(model):
            continue
        for manager in model._meta.managers:
            if not issubclass(manager._queryset_class, RetiringQuerySet):
                errors.append(
                    checks.Error(
                        f"{model._meta.label}.{manager.name}: bulk writes would not retire "
                        f"{', '.join(item.cache for item in caches_showing(model))}.",
                        hint="Build the manager from core.cache_retirement.RetiringQuerySet.",
                        obj=model,
                        id="core.E102",
                    )
                )
    return errors
