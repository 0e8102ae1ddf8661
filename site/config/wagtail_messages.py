"""Wagtail admin messages its own catalogue leaves in English, shown when an upload or a form is refused.

Nothing imports this module: `makemessages` reads it, so these msgids stay in site/locale/vi with our Vietnamese
and are not dropped as obsolete when the catalogue is regenerated.
"""

from django.utils.translation import gettext_noop

WAGTAIL_MESSAGES = [
    gettext_noop("The image could not be created due to errors."),
    gettext_noop("The image could not be saved due to errors."),
    gettext_noop("The document could not be created due to errors."),
    gettext_noop("The document could not be saved due to errors."),
    # Every other model's admin form (teams, villages, members): the model's name goes in the sentence.
    gettext_noop("The %(model_name)s could not be created due to errors."),
    gettext_noop("The %(model_name)s could not be saved due to errors."),
    gettext_noop("Sorry, upload failed."),
    gettext_noop("Go to the first error"),
]
