"""The registry of teams and villages: which areas a person may pick (found without diacritics, labelled so that two
"Thôn 1" are told apart), the forms that register a team with its founding decision and add or rename a village,
and the rule of one active team per area, said in Vietnamese with the existing team named. Who may register where:
teams.access. The pages: teams/registry_views.py (phone) and teams/wagtail_hooks.py (admin)."""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from accounts.phone import normalize_phone
from core.choosers import ChoosersShowOnlyChoices
from core.dates import HAS_HAPPENED, TodayRelativeLimits
from core.labels import clean_label
from core.search_text import fold_diacritics, search_terms
from core.upload_names import NAME_TOO_LONG
from core.uploaded_files import EMPTY_FILE, check_uploaded_file
from teams import access
from teams.areas import VILLAGE_TYPES
from teams.models import AdminArea, AreaLevel, Team, TeamStatus

DECISION_MAX_SIZE = 10 * 1024 * 1024
MAX_MATCHES = 30
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")

AREA_OUTSIDE_SCOPE = _("Địa bàn này không thuộc phạm vi bạn được lập tổ. Hãy chọn lại trong danh sách.")
AREA_HAS_TEAM = _(
    "%(area)s đã có tổ đang hoạt động: “%(team)s”. Mỗi địa bàn chỉ có một tổ đang hoạt động; hãy sửa tổ đó, "
    "hoặc ghi nhận tổ đó đã giải thể trước khi lập tổ mới."
)
NOT_A_PDF = _("Nội dung tệp không phải PDF như tên tệp ghi. Hãy tải lên bản quét quyết định đã ký, dạng PDF.")
ONLY_PDF = _("Chỉ nhận tệp PDF của quyết định đã ký.")
NO_DECISION_FILE = _("Không nhận được tệp. Hãy chọn lại tệp PDF của quyết định.")
FILE_AGAIN = _("Các thông tin khác đã giữ lại; chỉ cần chọn lại tệp.")
DECISION_WITHOUT_NUMBER = _("Đã có tệp quyết định: hãy ghi cả số và ngày của quyết định.")
VILLAGE_NAME_TAKEN = _("%(commune)s đã có “%(name)s”. Hãy đặt tên khác, hoặc sửa thôn đã có.")


def labelled(areas):
    """What full_label reads, loaded with the areas."""
    return areas.select_related("parent", "province")


def with_active_team(areas):
    return areas.annotate(has_active_team=Exists(Team.objects.active().filter(area=OuterRef("pk"))))


def matching_area_ids(user, query, limit=MAX_MATCHES):
    """Ids of the communes and villages this person may register a team in whose name, or whose commune's name,
    holds every word of the query, with or without diacritics ("duc xuan" finds "Đức Xuân" and its villages);
    communes first. Folded in Python: neither database folds Vietnamese the same way, and one scope is small."""
    terms = search_terms(query)
    if not terms:
        return []
    rows = access.registrable_areas(user).values_list("pk", "level", "name", "parent__name")
    matches = []
    for pk, level, name, parent_name in rows:
        words = fold_diacritics(name if level == AreaLevel.COMMUNE else f"{name} {parent_name}")
        if all(term in words for term in terms):
            matches.append((level, fold_diacritics(name), pk))
    return [pk for *_sort_key, pk in sorted(matches)[:limit]]


def matching_areas(user, query, limit=MAX_MATCHES):
    """The areas of matching_area_ids, labelled, each knowing whether it has an active team."""
    ids = matching_area_ids(user, query, limit)
    found = with_active_team(labelled(AdminArea.objects.filter(pk__in=ids)))
    return sorted(found, key=lambda area: (area.level, fold_diacritics(area.full_label)))


def registry_provinces(user):
    """Provinces holding an area where the person may register a team."""
    return AdminArea.objects.filter(
        level=AreaLevel.PROVINCE, pk__in=access.registrable_areas(user).values("province_id")
    ).order_by("name")


def registry_communes(user, province):
    areas = access.registrable_areas(user).filter(level=AreaLevel.COMMUNE, parent=province).order_by("name")
    return with_active_team(areas)


def commune_and_villages(user, commune):
    """The commune itself, then its villages: the areas one commune offers a team."""
    areas = access.registrable_areas(user).filter(pk=commune.pk) | access.registrable_areas(user).filter(parent=commune)
    return sorted(with_active_team(labelled(areas)), key=lambda area: (area.level, area.name))


def existing_active_team(area, exclude_pk=None):
    return Team.objects.active().filter(area=area).exclude(pk=exclude_pk).first()


def duplicate_error(area, team):
    return ValidationError(
        AREA_HAS_TEAM, code="area_has_team", params={"area": area.full_label, "team": team.name if team else "?"}
    )


class DuplicateTeam(Exception):
    """Another request registered a team in the same area between this one's check and its save."""

    def __init__(self, area):
        super().__init__(area)
        self.area = area


def save_team(form):
    """Saves the form's team, turning the database's refusal of a second active team into DuplicateTeam."""
    try:
        with transaction.atomic():
            return form.save()
    except IntegrityError as error:
        area = form.cleaned_data.get("area")
        if area is not None and existing_active_team(area, exclude_pk=form.instance.pk):
            raise DuplicateTeam(area) from error
        raise


def refuse_duplicate(form, area):
    """After a lost race: the form's error names the team that won."""
    form.add_error("area", duplicate_error(area, existing_active_team(area, exclude_pk=form.instance.pk)))


def check_decision_pdf(uploaded):
    try:
        check_uploaded_file(
            uploaded,
            extensions={"pdf"},
            example="quyet-dinh.pdf",
            wrong_extension=ONLY_PDF,
            disguised=NOT_A_PDF,
            max_size=DECISION_MAX_SIZE,
        )
    except ValidationError as error:
        # One message: what was wrong, then that nothing else was lost.
        raise ValidationError(" ".join([*error.messages, str(FILE_AGAIN)]), code=error.error_list[0].code) from error


class FileShownThroughView:
    """What a file input shows as the current file: a link to the view that asks the access policy."""

    def __init__(self, url):
        self.url = url

    def __str__(self):
        return str(_("quyết định đã ký (PDF)"))


class DecisionFileInput(forms.ClearableFileInput):
    """The signed decision's input: the current file links to teams:decision_file, never to a /media/ address (the
    file is not there) nor shows its stored name."""

    def __init__(self, *args, team_pk=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.team_pk = team_pk

    def format_value(self, value):
        if self.is_initial(value) and self.team_pk:
            return FileShownThroughView(reverse("teams:decision_file", args=[self.team_pk]))
        return super().format_value(value)


class TeamRegistryRules:
    """The rules of a team's registration, on the phone form and the admin form alike: an area in the person's
    scope, one active team per area, a checked PDF, a decision with its number and date, founded on the decision's
    date unless told otherwise. Mixed in before the ModelForm; the form takes `user`."""

    today_relative_limits = {"decision_date": HAS_HAPPENED, "founded_on": HAS_HAPPENED}

    def apply_registry_rules(self, user):
        """`user` None (no one signed in) may pick no area."""
        if "area" in self.fields:
            field = self.fields["area"]
            field.queryset = labelled(access.registrable_areas(user))
            field.label_from_instance = lambda area: area.full_label
            field.error_messages["invalid_choice"] = AREA_OUTSIDE_SCOPE
            field.error_messages["required"] = _("Hãy chọn địa bàn của tổ.")
        if "founded_on" in self.fields:
            if self.instance._state.adding and not self.is_bound:
                self.initial["founded_on"] = None  # not the model's "today": empty means the decision's date
            self.fields["founded_on"].required = False
            self.fields["founded_on"].help_text = _("Để trống: lấy ngày của quyết định thành lập (hoặc hôm nay).")
        if "decision_file" in self.fields:
            field = self.fields["decision_file"]
            field.help_text = _("Bản quét quyết định đã ký, dạng PDF, tối đa 10 MB.")
            field.widget = DecisionFileInput(team_pk=self.instance.pk, attrs={"accept": "application/pdf,.pdf"})
            # Django's own words for these are its catalogue's, not ours ("Tập tin được gửi là rỗng").
            field.error_messages.update(
                {
                    "empty": f"{EMPTY_FILE} {FILE_AGAIN}",
                    "invalid": NO_DECISION_FILE,
                    "missing": NO_DECISION_FILE,
                    "max_length": NAME_TOO_LONG,
                }
            )

    def clean_decision_file(self):
        uploaded = self.cleaned_data.get("decision_file")
        if uploaded and "decision_file" in self.changed_data:
            check_decision_pdf(uploaded)
        return uploaded

    def clean_name(self):
        """Empty: the model names the team after its area."""
        return clean_label(self.cleaned_data.get("name"))

    def clean_contact_phone(self):
        raw = self.cleaned_data.get("contact_phone")
        return normalize_phone(raw) if raw else raw

    def clean(self):
        cleaned = super().clean()
        area = cleaned.get("area")
        status = cleaned.get("status", self.instance.status or TeamStatus.ACTIVE)
        if area is not None and status == TeamStatus.ACTIVE:
            team = existing_active_team(area, exclude_pk=self.instance.pk)
            if team is not None:
                self.add_error("area", duplicate_error(area, team))
        if cleaned.get("decision_file") and not (cleaned.get("decision_number") and cleaned.get("decision_date")):
            self.add_error("decision_number", DECISION_WITHOUT_NUMBER)
        if "founded_on" in self.fields and not cleaned.get("founded_on"):
            cleaned["founded_on"] = cleaned.get("decision_date") or (
                self.instance.founded_on if self.instance.pk else timezone.localdate()
            )
        return cleaned


class TeamRegistrationForm(TeamRegistryRules, TodayRelativeLimits, forms.ModelForm):
    """The phone form: the area is one of the radio buttons the page lists (the queryset still checks any id
    posted against the person's scope)."""

    class Meta:
        model = Team
        fields = [
            "area",
            "name",
            "decision_number",
            "decision_date",
            "decision_issuer",
            "decision_file",
            "founded_on",
            "zalo_group_url",
            "contact_phone",
        ]
        widgets = {
            "area": forms.RadioSelect,
            "decision_date": DATE_INPUT,
            "founded_on": DATE_INPUT,
            "contact_phone": forms.TextInput(attrs={"type": "tel", "inputmode": "tel", "autocomplete": "off"}),
            "zalo_group_url": forms.TextInput(attrs={"inputmode": "url", "placeholder": "https://zalo.me/g/..."}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.apply_registry_rules(user)


class TeamRegistryAdminForm(ChoosersShowOnlyChoices, TeamRegistryRules, TodayRelativeLimits, WagtailAdminModelForm):
    """The admin's team form: the same rules; the area comes from the area chooser (teams.wagtail_hooks)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.apply_registry_rules(self.for_user)


class VillageRules:
    """A village or residential group under a commune the person manages, its name unique within the commune."""

    def limit_communes(self, user):
        field = self.fields.get("parent")
        if field is None:
            return
        self.instance.level = AreaLevel.VILLAGE  # before the model's clean, which asks for it
        if user is not None:
            field.queryset = labelled(access.manageable_communes(user)).order_by("province__name", "name")
        field.required = True
        field.label = _("Thuộc xã, phường, đặc khu")
        field.label_from_instance = lambda area: area.full_label
        field.error_messages["invalid_choice"] = _("Xã này không thuộc phạm vi bạn quản lý. Hãy chọn lại.")
        field.error_messages["required"] = _("Hãy chọn xã, phường, đặc khu của thôn.")

    def clean_name(self):
        return clean_label(self.cleaned_data.get("name"))

    def clean(self):
        cleaned = super().clean()
        commune, name = cleaned.get("parent") or self.instance.parent, cleaned.get("name")
        if commune is not None and name and village_name_taken(commune, name, self.instance.pk):
            self.add_error("name", village_name_error(commune, name))
        return cleaned


def same_name(name):
    """ "thôn  đông" is "Thôn Đông": compared in Python, since SQLite folds the case of ASCII letters only."""
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


def village_name_taken(commune, name, exclude_pk=None):
    names = AdminArea.objects.filter(parent=commune).exclude(pk=exclude_pk).values_list("name", flat=True)
    return same_name(name) in {same_name(other) for other in names}


def village_name_error(commune, name):
    return ValidationError(VILLAGE_NAME_TAKEN, code="village_name_taken", params={"commune": commune, "name": name})


def village_type_field():
    return forms.ChoiceField(label=_("Loại"), choices=list(VILLAGE_TYPES.items()))


class VillageRegistryAdminForm(ChoosersShowOnlyChoices, VillageRules, WagtailAdminModelForm):
    division_type = village_type_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_communes(self.for_user)


class VillageForm(VillageRules, forms.ModelForm):
    """Adding a village from the phone page, under the commune being looked at."""

    division_type = village_type_field()

    class Meta:
        model = AdminArea
        fields = ["name", "division_type"]

    def __init__(self, *args, commune, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.level = AreaLevel.VILLAGE
        self.instance.parent = commune
        self.fields["name"].label = _("Tên thôn, tổ dân phố")
        self.fields["name"].help_text = _("Ví dụ: Thôn 1, Tổ dân phố Đông.")


MERGE_OVERTAKEN = _(
    "Chưa gộp được: trong lúc đó một trong hai thôn vừa thay đổi (được gộp ở nơi khác, hoặc vừa có tổ đăng ký). "
    "Không có gì bị chuyển. Hãy mở lại danh sách thôn rồi thử lại."
)


class VillageMergeForm(forms.Form):
    """Merging a village into another of the same commune: its teams move, then it is deleted."""

    into = forms.ModelChoiceField(
        label=_("Gộp vào"),
        queryset=AdminArea.objects.none(),
        error_messages={"invalid_choice": _("Hãy chọn một thôn khác của cùng xã.")},
    )
    confirm = forms.BooleanField(
        label=_("Tôi hiểu: thôn này sẽ bị xóa, các tổ của nó chuyển sang thôn được chọn."),
        error_messages={"required": _("Hãy đánh dấu ô xác nhận để gộp.")},
    )

    def __init__(self, *args, village, **kwargs):
        super().__init__(*args, **kwargs)
        self.village = village
        self.fields["into"].queryset = AdminArea.objects.filter(
            level=AreaLevel.VILLAGE, parent_id=village.parent_id
        ).exclude(pk=village.pk)

    def clean_into(self):
        target = self.cleaned_data["into"]
        ours, theirs = existing_active_team(self.village), existing_active_team(target)
        if ours and theirs:
            raise ValidationError(
                _(
                    "Cả hai thôn đều có tổ đang hoạt động (“%(ours)s” và “%(theirs)s”): mỗi thôn chỉ có một tổ. "
                    "Hãy ghi nhận một tổ đã giải thể trước, rồi gộp."
                ),
                params={"ours": ours.name, "theirs": theirs.name},
            )
        return target


def pointing_at(area):
    """[(relation, queryset)] of the objects, of any app, that point at the area (a village's teams, the help logged
    in it...), each relation once, those with none left out."""
    found = []
    for relation in AdminArea._meta.related_objects:
        objects = relation.related_model._default_manager.filter(**{relation.field.name: area})
        if objects.exists():
            found.append((relation, objects))
    return found


def what_moves(village):
    """[(what, how many)] for the confirmation page: everything the merge takes to the other village."""
    return [
        (str(relation.related_model._meta.verbose_name_plural), objects.count())
        for relation, objects in pointing_at(village)
    ]


def merge_village(village, into):
    """Moves to `into` every object that points at the village (its teams first), then deletes the village, in one
    transaction; nothing is left to be deleted or emptied along with it. Refuses what cannot simply be moved (a
    village among the communes of a many-to-many field). Returns what moved, as what_moves does. Someone else acting
    on either village meanwhile (merging it, registering a team in it) makes the database refuse: nothing moves and
    the person is told why."""
    try:
        with transaction.atomic():
            moved = []
            for relation, objects in pointing_at(village):
                if relation.many_to_many or relation.one_to_one or relation.related_model is AdminArea:
                    raise ValidationError(
                        _("Thôn này còn được dùng ở “%(what)s”: không gộp tự động được. Hãy sửa ở đó trước."),
                        params={"what": relation.related_model._meta.verbose_name_plural},
                    )
                count = objects.update(**{relation.field.name: into})
                moved.append((str(relation.related_model._meta.verbose_name_plural), count))
            village.delete()
    except IntegrityError as error:
        raise ValidationError(MERGE_OVERTAKEN, code="merge_overtaken") from error
    return moved
