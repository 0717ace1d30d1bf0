"""Every word a reader sees comes from the catalogs: a sentence written anywhere else would stay
English on every other language's page. English sentences live in content.py (marked with N_),
in {% trans %} blocks of the message templates, and in _() or {% trans %} of the page template."""

import ast
import re

import pytest

from tools.paths import MAIN_THREAD, PACKAGE, ROOT, WORKER
from tools.paths import TEMPLATES as TEMPLATE_FOLDER

PYTHON = sorted(list(MAIN_THREAD.glob("*.py")) + list(WORKER.glob("*.py")) + list(PACKAGE.rglob("*.py")))
MARKS = {"_", "N_", "N_plural", "ngettext", "gettext"}
# Two words or more: what a sentence, a label or a button's text looks like.
PROSE = re.compile(r"[^\W\d_]{2,}.*\s.*[^\W\d_]{2,}", re.S)
# Words no reader sees, each with why.
NOT_SHOWN = {
    ("i18n.py", "ENGLISH"): "CLDR's English date patterns: data, checked against Babel in test_catalogs.py",
    ("rules.py", "RULES"): "the rule table's notes for developers (docs/decision-rules.md)",
    ("reminder.py", "PRODUCT"): "the calendar file's PRODID, which calendars never show",
    ("languages.py", "LANGUAGES"): "each language's name in its own words: the same on every page",
}
# The same for every language's grammar module (grammar/<code>.py).
NOT_SHOWN_IN_GRAMMAR = {
    "JOB_AD_MARKS": "job ads' gender marks, compared to remove them from a title, never shown",
    "DATE_PATTERNS": "CLDR date patterns: data, as in i18n.ENGLISH",
}


def assigned_name(node, parents):
    """The module-level name a constant is assigned to, if any."""
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            return node.targets[0].id
    return None


def stray_sentences(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    skipped = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            skipped.add(body[0].value)  # docstrings
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKS | {"log_error"}:
            skipped.update(ast.walk(node))  # marked for the catalogs, or the console's
        if isinstance(node, ast.Raise) and node.exc is not None:
            skipped.update(ast.walk(node.exc))  # exceptions are logged, never shown
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or node in skipped:
            continue
        if not PROSE.search(node.value) or "<" in node.value or '="' in node.value:  # markup, not words
            continue
        if (path.name, assigned_name(node, parents)) in NOT_SHOWN:
            continue
        if path.parent.name == "grammar" and assigned_name(node, parents) in NOT_SHOWN_IN_GRAMMAR:
            continue
        found.append("%s:%d %r" % (path.name, node.lineno, node.value))
    return found


@pytest.mark.parametrize("path", [path for path in PYTHON if path.name != "content.py"], ids=lambda path: path.name)
def test_python_shows_no_sentence_of_its_own(path):
    assert stray_sentences(path) == []


def test_content_marks_every_sentence_for_the_catalogs():
    assert [line for line in stray_sentences(PACKAGE / "content.py")] == []


def test_the_check_finds_a_stray_sentence(tmp_path):
    stray = tmp_path / "stray.py"
    stray.write_text('STATUS = "Link copied."\nMARKED = _("Link copied.")\nlog_error("message engine", 1)\n')
    assert stray_sentences(stray) == ["stray.py:1 'Link copied.'"]


# Text a template shows outside the catalogs: what is left once Jinja's tags, comments, {% trans %}
# blocks and HTML comments are removed, and attributes a reader meets (titles, labels, alt text,
# placeholders, <meta> contents) that hold words of their own.
JINJA = re.compile(r"\{#.*?#\}|\{%-?\s*trans\b.*?\{%-?\s*endtrans\s*-?%\}|\{%.*?%\}|\{\{.*?\}\}", re.S)
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
SHOWN_ATTRIBUTES = re.compile(r'\b(?:title|alt|placeholder|aria-label|content|data-empty)="([^"]*)"')
TAG = re.compile(r"<[^>]*>")
TEMPLATES = sorted(TEMPLATE_FOLDER.glob("*.txt")) + [ROOT / "tools" / "page.html"]
# Words that are the same in every language, so no catalog needs them.
UNTRANSLATED = {"LinkedIn"}


def words_outside_the_catalogs(text):
    without_jinja = JINJA.sub(" ", HTML_COMMENT.sub(" ", text))
    found = [value for value in SHOWN_ATTRIBUTES.findall(without_jinja) if re.search(r"[^\W\d_]{2,}", value)]
    found = [value for value in found if not value.startswith(("default-src", "text/", "#", "width="))]
    found = [value for value in found if value not in ("website", "summary_large_image", "image/png", "no-referrer")]
    found += [word for word in re.findall(r"[^\W\d_]{2,}", TAG.sub(" ", without_jinja)) if word not in UNTRANSLATED]
    return [value for value in found if value not in ("light dark",)]


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda path: path.name)
def test_templates_show_words_only_through_the_catalogs(path):
    assert words_outside_the_catalogs(path.read_text(encoding="utf-8")) == []


def test_the_template_check_finds_words_outside_the_catalogs():
    assert words_outside_the_catalogs('<p title="Hello there">{{ _("Fine") }} Stray</p>') == ["Hello there", "Stray"]


def test_the_stylesheet_and_scripts_write_no_words():
    stylesheet = (ROOT / "assets" / "style.css").read_text()
    assert re.findall(r'content:\s*"[^"]*[^\W\d_]{2,}', stylesheet) == []
    for script in ("embed.js", "boot.js", "offline.js", "embed-host.js"):
        code = re.sub(r"//[^\n]*|/\*.*?\*/", "", (ROOT / "assets" / script).read_text(), flags=re.S)
        assert re.findall(r"(?:textContent|innerText|innerHTML|alert|title)\s*=", code) == [], script
