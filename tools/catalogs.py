"""The translation catalogs: extract the English source into them, and compile them for the page.

    python tools/catalogs.py extract   # py/locale/messages.pot, and every language's .po updated
    python tools/catalogs.py compile --out assets/vendor/locale   # one JSON file per language

Why JSON: MicroPython has no gettext, so both of the page's Pythons read the same compiled
form (shouldconnect.i18n.use): the translated sentences keyed by their English msgid (a plural
by its singular, with a list of forms; a sentence said in a context by its context, "\x04" and its
msgid, as gettext keys it), the catalog's plural rule as a Python expression, and
the language's CLDR month and weekday names and date patterns, from Babel, as MicroPython has
no locale data either. Fuzzy or empty entries are left out, so the page shows the English
sentence rather than a wrong one (the tests allow neither, see tests/unit/test_catalogs.py).
"""

import argparse
import gettext
import json
import os
import pathlib
import re
import sys

from babel import Locale
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

from shouldconnect import grammar, i18n
from shouldconnect.languages import LANGUAGES, SOURCE, TRANSLATED, by_code
from tools.paths import LOCALE, ROOT

TEMPLATE = LOCALE / "messages.pot"
DOMAIN = "messages"
# Every function that marks a sentence, as pybabel needs it spelled out (i18n.py defines them).
KEYWORDS = ("_", "N_", "ngettext:1,2", "N_plural:1,2", "gettext", "pgettext:1c,2")


def po_path(language):
    return LOCALE / language["babel"] / "LC_MESSAGES" / (DOMAIN + ".po")


def pybabel(*arguments):
    CommandLineInterface().run(["pybabel", "-q", *arguments])


def write_template(out):
    """Extract every marked sentence of the sources into a .pot file."""
    keywords = [argument for keyword in KEYWORDS for argument in ("-k", keyword)]
    here = os.getcwd()
    os.chdir(ROOT)  # so the catalogs name source files relative to the repository
    try:
        pybabel(
            "extract", "-F", "tools/babel.cfg", *keywords, "--no-default-keywords",
            "--add-comments=Translators:", "--sort-by-file", "--project=Should I Connect?",
            "--copyright-holder=Should I Connect? contributors", "-o", str(out), ".",
        )  # fmt: skip
    finally:
        os.chdir(here)


def extract():
    """Write the template from the sources, then bring every language's catalog up to it."""
    LOCALE.mkdir(parents=True, exist_ok=True)
    write_template(TEMPLATE)
    for language in TRANSLATED:
        command = "update" if po_path(language).is_file() else "init"
        pybabel(command, "-i", str(TEMPLATE), "-d", str(LOCALE), "-l", language["babel"], "-D", DOMAIN)


def python_plural(expression):
    """A gettext plural rule ("(n == 1 ? 0 : 1)") as the Python expression i18n evaluates.

    gettext's own parser does it (gettext.c2py uses it); it is private, but only this build
    step, on CPython, calls it, and tests/unit/test_catalogs.py checks every rule against Babel."""
    return gettext._parse(gettext._tokenize(expression))[0]


def full_weekday(pattern):
    """A CLDR pattern with its weekday written out: "E, MMMM d" becomes "EEEE, MMMM d"."""
    for short in ("EEE", "E"):
        if short in pattern and "EEEE" not in pattern:
            return pattern.replace(short, "EEEE", 1)
    return pattern


def date_names(language):
    """What shouldconnect.dates needs to write a date in this language: CLDR's names and patterns,
    and the language's own patterns for a date in a sentence where its grammar module has them
    (grammar/<code>.py's DATE_PATTERNS), and its first of the month where it is no "1" ("1er")."""
    locale = Locale.parse(language["babel"])
    names = {
        "months": [locale.months["format"]["wide"][month] for month in range(1, 13)],
        "weekdays": [locale.days["format"]["wide"][day] for day in range(7)],
        "day": full_weekday(locale.datetime_skeletons["MMMMEd"].pattern),
        "day_year": full_weekday(locale.datetime_skeletons["yMMMMEd"].pattern),
    }
    names.update(getattr(grammar.of(language["code"]), "DATE_PATTERNS", {}))
    return names


def key_of(message):
    """A sentence's key in the compiled catalog: its msgid, after its context if it has one."""
    return message.context + i18n.CONTEXT_SEPARATOR + message.id if message.context else message.id


def compiled(language):
    """One language's catalog as shouldconnect.i18n.use() takes it."""
    messages, plural = {}, "(n != 1)"
    if language["code"] != SOURCE:
        with po_path(language).open("rb") as file:
            catalog = read_po(file, locale=language["babel"])
        plural = catalog.plural_expr
        for message in catalog:
            if not message.id or message.fuzzy:
                continue
            if message.pluralizable:
                if all(message.string):
                    messages[message.id[0]] = list(message.string)
            elif message.string:
                messages[key_of(message)] = message.string
    return {
        "language": language["code"],
        "plural": python_plural(plural),
        "messages": messages,
        "dates": date_names(language),
    }


def compile_all(out):
    out.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        text = json.dumps(compiled(language), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        (out / (language["code"] + ".json")).write_text(text, encoding="utf-8")


PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\([a-z_]+\)s|</?[a-z]+[^>]*>")


def placeholders(text):
    """The parts of a sentence a translation must keep as they are: {name}, %(name)s, HTML tags."""
    return sorted(PLACEHOLDER.findall(text))


def problems(language):
    """What keeps a catalog from being complete: untranslated, fuzzy or obsolete entries, and
    translations whose placeholders differ from the English ones. [] when it is complete."""
    with po_path(language).open("rb") as file:
        catalog = read_po(file, locale=language["babel"])
    found = ["obsolete: %r" % message_id for message_id in catalog.obsolete]
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if message.pluralizable else (message.id,)
        strings = message.string if message.pluralizable else (message.string,)
        if message.fuzzy:
            found.append("fuzzy: %r" % (ids[0],))
        if not all(strings):
            found.append("untranslated: %r" % (ids[0],))
            continue
        for string in strings:
            if placeholders(string) != placeholders(ids[-1]):
                found.append("placeholders differ: %r -> %r" % (ids[-1], string))
    return found


LONG_NAMES = ("Maximiliana Alexandrescu-Vanderbilt Jr. "[:40], "Ñandú Østergård-Łukasiewicz Çelik 😀 Zoë"[:40])
# A job title of a common length: the notes name it, but it is not a name (English fits 200
# characters with a 32-character title as well, except the formal thank-you, by 3).
LONG_ROLE = "Senior Data Analyst"


def longest_notes(language):
    """Each connection note at its longest, written with 40-character names and details in every
    tone and for every verdict: [(characters, tone, kind, days, text)], longest first."""
    import engine  # the worker's module, on CPython; it needs jinja2 (in the dev requirements)
    from shouldconnect import form, note, rules

    written = []
    with i18n.speaking(compiled(language)):
        for name in LONG_NAMES:
            for tone in ("warm", "formal", "brief"):
                for days in (7, 1, -1):
                    fields = ("interviewer", "company", "mutual_name", "topic", "discussed", "your_name")
                    situation = dict({field: name for field in fields}, role=LONG_ROLE, tone=tone, mutual="yes")
                    situation.update(date="2026-03-10")
                    situation.update(culture="open", presence="open", note=True)
                    today = "2026-03-%02d" % (10 - days)
                    request = json.dumps(
                        note.writer_request(
                            situation, days, today, rules.decide(form.normalize(situation), days)["verdict"]
                        )
                    )
                    for kind, text in json.loads(engine.render_messages(request))["messages"].items():
                        if note.is_note(kind):
                            written.append((note.count_characters(text), tone, kind, days, text))
    return sorted(written, reverse=True)


def check(code):
    """Print what is left to do in one language's catalog; exit 1 if anything is."""
    language = by_code(code)
    if language is None or code == SOURCE:
        sys.exit("catalogs: no translated language %r (see py/shouldconnect/languages.py)" % code)
    found = problems(language)
    for line in found:
        print(line)
    notes = longest_notes(language)
    too_long = [row for row in notes if row[0] > 200]
    for characters, tone, kind, days, text in too_long:
        print("over 200 characters (%d, %s %s, days %d): %s" % (characters, tone, kind, days, text))
    summary = "%s: %d problems; the longest note with 40-character names has %d characters"
    print(summary % (code, len(found) + len(too_long), notes[0][0]))
    sys.exit(1 if found or too_long else 0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("extract", help="update py/locale/messages.pot and every language's .po")
    compiler = commands.add_parser("compile", help="write one JSON catalog per language")
    compiler.add_argument("--out", type=pathlib.Path, default=ROOT / "assets" / "vendor" / "locale")
    checker = commands.add_parser("check", help="a language's untranslated or fuzzy entries, and notes too long")
    checker.add_argument("language", help="its code, as in py/shouldconnect/languages.py: es, pt-br, fr, de")
    options = parser.parse_args()
    if options.command == "extract":
        extract()
    elif options.command == "check":
        check(options.language)
    else:
        compile_all(options.out)
        print("catalogs: compiled %d languages into %s" % (len(LANGUAGES), options.out))


if __name__ == "__main__":
    main()
