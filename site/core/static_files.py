"""Our own scripts and style sheets are sent minified (rjsmin, rcssmin): a guide page's HTML, CSS and JavaScript
must stay under 60 KB on a cheap phone with a weak signal, and the sources keep the comments that say why.

collectstatic copies each file, then this storage minifies the copies of our files (site/static) before
whitenoise's manifest storage hashes and compresses them; Wagtail's and Django's files are left as shipped."""

from pathlib import Path

import rcssmin
import rjsmin
from django.conf import settings
from django.core.files.base import ContentFile
from whitenoise.storage import CompressedManifestStaticFilesStorage

MINIFIERS = {".css": rcssmin.cssmin, ".js": rjsmin.jsmin}


def minified(name, text):
    """The text collectstatic sends for the static file `name`."""
    minify = MINIFIERS.get(Path(name).suffix)
    return minify(text) if minify else text


def is_ours(source_storage):
    location = getattr(source_storage, "location", None)
    return location is not None and Path(location).resolve() in {
        Path(path).resolve() for path in settings.STATICFILES_DIRS
    }


class MinifiedStaticFilesStorage(CompressedManifestStaticFilesStorage):
    def post_process(self, paths, dry_run=False, **options):
        if not dry_run:
            for name, (source_storage, path) in list(paths.items()):
                if Path(name).suffix in MINIFIERS and is_ours(source_storage):
                    with source_storage.open(path) as source:
                        text = minified(name, source.read().decode())
                    self.delete(name)
                    self._save(name, ContentFile(text.encode()))
                    paths[name] = (self, name)  # the manifest hashes what is sent
        yield from super().post_process(paths, dry_run, **options)
