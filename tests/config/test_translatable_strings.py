"""Every Vietnamese sentence a person reads goes through Django's translation functions, and the catalogue is current.

The scan reads the source with `ast`, so it sees what the interpreter sees: a string constant or f-string with a
Vietnamese letter that is not the direct argument of a translation call is reported as file:line. Docstrings,
migrations, factories and demo data are not user-facing. What is Vietnamese on purpose but never shown as a
sentence (folding tables, names that find a database row) is in ALLOWED, with the reason. Scripts hold no sentence
either: tests/content/test_script_texts.py sweeps site/static/js and the service worker.
"""

import ast
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIRECTORIES = ("content", "guides", "site")
CATALOGUE = REPO_ROOT / "site/locale/vi/LC_MESSAGES/django.po"

TRANSLATION_FUNCTIONS = {
    "_",
    "gettext",
    "gettext_lazy",
    "gettext_noop",
    "ngettext",
    "ngettext_lazy",
    "pgettext",
    "pgettext_lazy",
    "npgettext",
    "npgettext_lazy",
}

# Vietnamese is Latin letters with these marks (after NFD): five tones, circumflex, breve, horn; plus đ.
VIETNAMESE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"}

# path::holder -> why its Vietnamese is not translated. A holder is the innermost function or class, or the
# module-level name assigned; "*" is the whole module.
ALLOWED = {
    "site/core/search_text.py::fold_diacritics": "text folding: đ is a letter of its own, not a sentence",
    "site/core/search_text.py::D_LETTERS": "text folding: đ and the letters typed for it, not a sentence",
    # Names that find a database row: translated, each language would make a row of its own.
    "site/teams/models.py::COORDINATORS_GROUP": "key: the coordinators' Group is found by this name",
    "content/editorial.py::PROVINCE_TASK_NAME": "key: the province's approval task is found by this name",
    "site/teams/areas.py::VILLAGE_TYPES": "stored values of a village's kind; their labels beside them are _()",
    # The site's proper name and the endonym of a language are not translated (Django names languages this way).
    "site/config/settings/base.py::OTP_TOTP_ISSUER": "proper name, read by authenticator apps",
    "site/config/settings/base.py::WAGTAIL_SITE_NAME": "proper name",
    "site/config/settings/base.py::DEFAULT_FROM_EMAIL": "an e-mail address header: plain text",
    "site/config/settings/base.py::WAGTAILADMIN_PERMITTED_LANGUAGES": "endonyms, beside 'English'",
    "content/illustrations.py::*": "draws the demo content's pictures; only the demo loaders use it",
    "content/safety_defaults.py::*": "content, not messages: the scam rules' first text, stored once and edited there",
    "guides/content_checks.py::*": "the words the writing checks look for in a guide: patterns, not messages",
}


def is_vietnamese(text):
    decomposed = unicodedata.normalize("NFD", text)
    return any(character in VIETNAMESE_MARKS or character in "đĐ" for character in decomposed)


def first_party_modules():
    for directory in SOURCE_DIRECTORIES:
        for path in sorted((REPO_ROOT / directory).rglob("*.py")):
            relative = path.relative_to(REPO_ROOT)
            parts = set(relative.parts)
            if parts & {"migrations", "tests", "bench", "__pycache__"}:
                continue
            if path.name == "factories.py" or any(part.startswith("demo") for part in relative.parts):
                continue
            yield relative


def docstring_nodes(tree):
    holders = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    for node in ast.walk(tree):
        if isinstance(node, holders) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                yield first.value


def called_name(call):
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def holder_names(tree):
    """Map each node to the innermost def/class, or module-level assigned name, that holds it."""
    holders = {}

    def visit(node, name):
        for child in ast.iter_child_nodes(node):
            child_name = name
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                child_name = child.name
            elif name == "*" and isinstance(child, ast.Assign | ast.AnnAssign):
                targets = child.targets if isinstance(child, ast.Assign) else [child.target]
                names = [target.id for target in targets if isinstance(target, ast.Name)]
                child_name = names[0] if names else name
            holders[child] = child_name
            visit(child, child_name)

    visit(tree, "*")
    return holders


def bare_strings_in(relative):
    source = (REPO_ROOT / relative).read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(relative))
    skipped = {id(node) for node in docstring_nodes(tree)}
    translated = set()
    parts_of_fstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and called_name(node) in TRANSLATION_FUNCTIONS:
            translated.update(id(argument) for argument in node.args if isinstance(argument, ast.Constant))
        if isinstance(node, ast.JoinedStr):
            parts_of_fstrings.update(id(value) for value in node.values)
    holders = holder_names(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(value.value for value in node.values if isinstance(value, ast.Constant))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in skipped or id(node) in translated or id(node) in parts_of_fstrings:
                continue
            text = node.value
        else:
            continue
        if not is_vietnamese(text):
            continue
        if f"{relative}::*" in ALLOWED or f"{relative}::{holders.get(node)}" in ALLOWED:
            continue
        found.append((node.lineno, text))
    return sorted(found)


def bare_strings():
    return [
        f"{relative}:{line}: {text[:60]!r}"
        for relative in first_party_modules()
        for line, text in bare_strings_in(relative)
    ]


def test_vietnamese_is_detected_by_its_letters():
    assert is_vietnamese("Đăng nhập")
    assert is_vietnamese("Tổ")
    assert not is_vietnamese("Login failed")
    assert not is_vietnamese("+84 912 345 678")


def test_every_vietnamese_string_in_python_is_translatable():
    found = bare_strings()
    assert not found, f"{len(found)} Vietnamese strings outside _():\n" + "\n".join(found)


def catalogue_msgids(text):
    """The msgids of a .po file, joined across continuation lines, obsolete (#~) entries left out."""
    msgids = set()
    current = None
    for line in text.splitlines():
        if line.startswith("msgid "):
            current = [ast.literal_eval(line[len("msgid ") :])]
        elif current is not None and line.startswith('"'):
            current.append(ast.literal_eval(line))
        else:
            if current is not None:
                msgids.add("".join(current))
            current = None
    if current is not None:
        msgids.add("".join(current))
    msgids.discard("")
    return msgids


def test_the_committed_catalogue_holds_every_message_in_the_source(tmp_path):
    """makemessages over a copy of the sources (about 3 s): every msgid it finds is in the committed catalogue."""
    for name in ("manage.py", *SOURCE_DIRECTORIES):
        source = REPO_ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "migrations"))
        else:
            shutil.copy(source, tmp_path / name)
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--locale=vi", "--no-obsolete", "--no-location"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        check=True,
        timeout=120,
    )
    extracted = catalogue_msgids((tmp_path / CATALOGUE.relative_to(REPO_ROOT)).read_text(encoding="utf-8"))
    committed = catalogue_msgids(CATALOGUE.read_text(encoding="utf-8"))
    missing = sorted(extracted - committed)
    assert not missing, "Run `make messages`; the catalogue lacks:\n" + "\n".join(missing)
