"""The message engine: writes the connection notes and the thank-you email with jinja2,
in the Pyodide worker.

It takes and returns JSON strings, so only plain text crosses the worker boundary.
It gets the form dict the page's rules got, with the days left and the date in words as the
page computed them, and runs no rule of its own. The templates are files in
`templates/`, one per message with a branch per tone; a message is plain text (it
goes into a textarea's value), while any `.html` template would be autoescaped. Each sentence
is a {% trans %} block, translated by jinja2's i18n extension from the catalog the page's
language loaded (i18n.use in engine_main.py).
"""

import json
import os
import re

import jinja2

from shouldconnect import fields, form, grammar, i18n, note, panel

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE_FOLDER = os.path.join(HERE, "templates")
# In the worker the templates come compiled, as modules (`make vendor`, tools/precompile_engine.py):
# the first note skips parsing them and compiling what jinja2 makes of them.
COMPILED_TEMPLATES_FOLDER = "compiled_templates"


def template_loader():
    """The compiled templates where `make vendor` put them (the worker), else the templates."""
    compiled = os.path.join(HERE, COMPILED_TEMPLATES_FOLDER)
    if os.path.isdir(compiled):
        return jinja2.ModuleLoader(compiled)
    return jinja2.FileSystemLoader(TEMPLATE_FOLDER)


# The details a message drops when it is too long, one at a time, in this order: each is the least
# valuable left. A note keeps every detail while it fits, and loses only what is in the way.
TRIMMING_ORDER = {
    "note-before": ("topic", "filler", "day", "mutual"),
    "note-after": ("day", "discussed", "filler", "role"),
    "email": (),
}

environment = jinja2.Environment(
    loader=template_loader(),
    autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=True),
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    extensions=["jinja2.ext.i18n"],
)
# Whitespace inside a {% trans %} block is folded, so a sentence's msgid is one line.
environment.policies["ext.i18n.trimmed"] = True
environment.install_gettext_callables(i18n._, i18n.ngettext, newstyle=True, pgettext=i18n.pgettext)


# A full stop the template adds after typed text that already ends in one ("Acme Inc.").
DOUBLED_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")


# Spaces the templates' layout leaves: only ASCII ones, so the no-break spaces of French
# typography ("Objet\u00a0:") stay where a translation put them.
LAYOUT_SPACES = re.compile(r"[ \t\r\n]+")


def folded(text):
    return LAYOUT_SPACES.sub(" ", text).strip(" ")


def tidy(text, kind):
    """A note is one paragraph; an email keeps its paragraphs but loses stray spaces."""
    text = DOUBLED_STOP.sub(".", text)
    if note.is_note(kind):
        return folded(text)
    lines = [folded(line) for line in text.strip().split("\n")]
    return "\n".join(lines).replace("\n\n\n", "\n\n")


# What the candidate typed, as the templates place it: marked while a message renders (see elided).
TYPED = fields.names(column="typed")
TYPED_MARK = "\x00"


def elision_rule(code):
    """A language's elision before a typed value (grammar/<code>.py's ELIDED words, each ending in
    the "e" the apostrophe replaces), as a pattern that also captures the typed word; None if none."""
    rules = grammar.of(code)
    elided = getattr(rules, "ELIDED", ()) if rules else ()
    if not elided:
        return None
    stems = "|".join(word[0].upper() + word[1:-1] + "|" + word[:-1] for word in elided)
    return re.compile("\\b(" + stems + ")e " + TYPED_MARK + "(?=(\\S*))")


def elides_rule(code):
    """Whether a typed word takes the elided form: the language's elides(word), which goes by how
    the word is said ("d'Hôtesse", "de Yield Manager"), else a vowel letter (its VOWELS)."""
    rules = grammar.of(code)
    if rules is None:
        return None
    if hasattr(rules, "elides"):
        return rules.elides
    return lambda word: bool(word) and word[0] in getattr(rules, "VOWELS", "")


ELISIONS = dict((code, (elision_rule(code), elides_rule(code))) for code in grammar.BY_LANGUAGE)


def elided(text):
    """The rendered text in its language's spelling, the typed values' marks removed."""
    rule, elides = ELISIONS.get(i18n.language(), (None, None))
    if rule:
        text = rule.sub(lambda match: match.group(1) + "'" if elides(match.group(2)) else match.group(0), text)
    return text.replace(TYPED_MARK, "")


def render_message(kind, context, limit):
    """The fullest version of a message that fits the limit: its details go one at a time, in
    TRIMMING_ORDER, whole, so no word is ever cut and nothing goes that was not in the way. If
    even the core is too long (very long names), the core is returned and the page warns."""
    template = environment.get_template(kind + ".txt")
    marked = dict(context, kind=kind)
    marked.update((field, TYPED_MARK + context[field]) for field in TYPED if context[field])
    kept = list(TRIMMING_ORDER[kind])
    while True:
        text = tidy(elided(template.render(marked, kept=kept)), kind)
        if not kept or not note.is_note(kind) or note.count_characters(text) <= limit:
            return text
        kept = kept[1:]


def _person(number):
    """A panel person's number from a request: 1 unless it is one of the panel's."""
    return number if number in range(1, panel.MAX_PEOPLE + 1) and not isinstance(number, bool) else 1


def render_messages(request_json):
    """{"situation": form dict, "days": int or null, "date_words": str, "kinds": [kind, ...],
    "person": int} -> {"messages": {kind: text}}, one for each kind asked for: those the verdict
    offers, in the wording of that person on a panel (1 when absent: a one-person page).

    The days left, the date in words and the messages offered are the page's, as it computed them
    for the verdict it shows: the worker parses no date and runs no rule."""
    request = json.loads(request_json)
    situation = form.normalize(request["situation"])
    context = note.note_context(situation, request["days"], request["date_words"])
    context.update(note.variation(_person(request.get("person"))))
    limit = note.note_limit(situation["premium"])
    messages = dict(
        (kind, render_message(kind, context, limit)) for kind in request["kinds"] if kind in note.MESSAGE_KINDS
    )
    # ensure_ascii=False: MicroPython's json.loads turns the surrogate-pair escapes
    # CPython would write for an emoji into two broken characters.
    return json.dumps({"messages": messages}, ensure_ascii=False)
