from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from accounts.forms import SiteUserCreationForm, SiteUserEditForm


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return SiteUserEditForm if for_update else SiteUserCreationForm
