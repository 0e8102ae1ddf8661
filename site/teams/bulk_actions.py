"""Wagtail's bulk actions (/admin/bulk/<app>/<model>/<action>/), limited to what the person may see in the admin.

Wagtail looks the chosen ids up with `model.objects` and checks a permission per object (for snippets, per model),
then names the objects the person may not act on. So any id, or `id=all`, listed names from every province, and a
coordinator allowed to delete targets deleted another province's. Here every bulk action looks its ids up only among
the objects the person sees in the model's own admin listing or chooser: an id outside that is never listed, never
named and never acted on (404 when none is left), and a model whose listing the person cannot open yields nothing.
Objects the person sees but may not act on are still listed as such, as Wagtail does.

The scoped actions replace Wagtail's in its bulk action registry (teams/wagtail_hooks.py registers them after
Wagtail's own); tests/security/test_bulk_actions.py checks that every registered action is one of them."""

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.forms import ModelChoiceField
from django.http import Http404
from django.shortcuts import get_list_or_404
from wagtail.admin.views.pages import bulk_actions as page_bulk_actions
from wagtail.documents.views import bulk_actions as document_bulk_actions
from wagtail.images.views import bulk_actions as image_bulk_actions
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.collections import CollectionPermissionLookupMixin
from wagtail.permissions import page_permission_policy
from wagtail.snippets import bulk_actions as snippet_bulk_actions
from wagtail.users.views import bulk_actions as user_bulk_actions

# Any of these opens a model's admin listing (Wagtail's generic IndexView and InspectView ask the same).
LISTING_PERMISSIONS = ["add", "change", "delete", "view"]
# Images and documents: the listing shows what one may change or delete, the chooser what one may choose.
COLLECTION_PERMISSIONS = ["change", "delete", "choose"]


def visible_in_admin(request, model, permission_policy=None):
    """The objects of `model` the person sees in the admin: the page explorer's pages, the images and documents of
    the collections they may use, a snippet's listing (the viewset's scope: teams.access, content.editorial), and for
    any other model everything or nothing, by the model's permissions."""
    user = request.user
    if issubclass(model, Page):
        return page_permission_policy.explorable_instances(user)
    if isinstance(permission_policy, CollectionPermissionLookupMixin):
        return permission_policy.instances_user_has_any_permission_for(user, COLLECTION_PERMISSIONS)
    viewset = getattr(model, "snippet_viewset", None)
    policy = viewset.permission_policy if viewset is not None else ModelPermissionPolicy(model)
    if not policy.user_has_any_permission(user, LISTING_PERMISSIONS):
        return model._default_manager.none()
    listing = viewset.get_queryset(request) if viewset is not None else None
    return model._default_manager.all() if listing is None else listing


class ScopedBulkAction:
    """Mixed in before a Wagtail bulk action: its objects come only from what the person sees."""

    def objects_in_scope(self):
        return visible_in_admin(self.request, self.model, getattr(self, "permission_policy", None))

    # Wagtail's get_queryset is a class method, without the request; as an instance method it still answers the
    # same call (`self.get_queryset(self.model, ids)`) from get_actionable_objects, on GET and on POST alike.
    def get_queryset(self, model, object_ids):
        try:
            return get_list_or_404(self.objects_in_scope(), pk__in=object_ids)
        except (ValueError, ValidationError) as error:  # an id that is not an id
            raise Http404 from error

    def get_all_objects_in_listing_query(self, parent_id):
        try:
            return super().get_all_objects_in_listing_query(parent_id)
        except (ObjectDoesNotExist, ValueError, ValidationError) as error:  # a `childOf` that is no parent
            raise Http404 from error

    def get_form(self, form_class=None):
        """A field choosing an object of the same model (the destination of a move) chooses only within the scope.
        A value outside it is dropped before the form is shown again: the chooser widget would show its title."""
        form = super().get_form(form_class)
        for name, field in form.fields.items():
            if isinstance(field, ModelChoiceField) and field.queryset.model is self.model:
                field.queryset = field.queryset.filter(pk__in=self.objects_in_scope().values("pk"))
                key = form.add_prefix(name)
                if form.is_bound and key in form.data:
                    try:
                        field.clean(form.data[key])
                    except ValidationError:
                        form.data = form.data.copy()
                        del form.data[key]
        return form


def scoped(action_class):
    return type(
        f"Scoped{action_class.__name__}",
        (ScopedBulkAction, action_class),
        {"__module__": __name__, "__doc__": f"{action_class.__module__}.{action_class.__name__}, in scope."},
    )


def scoped_bulk_actions():
    """Every bulk action Wagtail registers (pages, images, documents, users, snippets), scoped."""
    packages = (page_bulk_actions, image_bulk_actions, document_bulk_actions, user_bulk_actions, snippet_bulk_actions)
    return [scoped(getattr(package, name)) for package in packages for name in package.__all__]
