"""Pages that go on paper: a booklet or leaflet in A4 or A5 (?kho=a5), a notice-board poster, and a QR code that
leads back to the page online. A page type names the templates of the forms it offers; the routes it does not offer
answer 404. Their addresses are read aloud and typed from posters, so their slugs stay short."""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core.public_urls import page_public_url
from core.qr import QR_CODE_PATH, qr_code_response

MAX_SLUG_LENGTH = 50


def paper_size(request):
    return "a5" if request.GET.get("kho") == "a5" else "a4"


def validate_short_slug(page):
    if page.slug and len(page.slug) > MAX_SLUG_LENGTH:
        raise ValidationError(
            {"slug": _("Đường dẫn dài quá %(limit)s ký tự; hãy rút gọn.") % {"limit": MAX_SLUG_LENGTH}}
        )


class PrintablePage(RoutablePageMixin):
    booklet_template = None  # so-tay/: everything on the page, on paper
    leaflet_template = None  # to-roi/: one sheet with a QR code back here
    poster_template = None  # ap-phich/
    offers_qr_code = False  # ma-qr/

    def clean(self):
        super().clean()
        validate_short_slug(self)

    def public_url(self, request=None):
        """The full address printed, shared and drawn as a QR code (core/public_urls.py)."""
        return page_public_url(self, request)

    def printed_context(self, request):
        """What the booklet or leaflet shows beyond the page itself."""
        return {}

    def render_printed(self, request, template):
        if not template:
            raise Http404
        context = {**self.printed_context(request), "paper": paper_size(request)}
        return self.render(request, template=template, context_overrides=context)

    @path("so-tay/", name="booklet")
    def booklet(self, request):
        return self.render_printed(request, self.booklet_template)

    @path("to-roi/", name="leaflet")
    def leaflet(self, request):
        return self.render_printed(request, self.leaflet_template)

    @path("ap-phich/", name="poster")
    def poster(self, request):
        if not self.poster_template:
            raise Http404
        return self.render(request, template=self.poster_template)

    @path(QR_CODE_PATH, name="qr_code")
    def qr_code(self, request):
        if not self.offers_qr_code:
            raise Http404
        return qr_code_response(self, request)
