"""Public pages of the content app that are not pages of the tree."""

from django.template.response import TemplateResponse

from content.models import GlossaryTerm


def glossary(request):
    """/tu-ngu/: every term and its plain-words definition, A to Z; each guide links here from its own list."""
    return TemplateResponse(request, "content/glossary.html", {"terms": list(GlossaryTerm.objects.all())})
