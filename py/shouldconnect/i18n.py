"""The page's language: its translated sentences, its plural rule and its dates.

MicroPython has neither gettext nor locale data, so `make vendor` compiles each language's
catalog (py/locale/<lang>/LC_MESSAGES/messages.po, with CLDR dates from Babel) into one JSON
file (tools/catalogs.py). Both Pythons load that file with use(): the page glue on the main
thread and the message engine in the worker, so a page speaks one language everywhere.

English is the source: its sentences are the msgids, marked with N_() where they are defined
(content.py) and translated with _() where they are shown, so a catalog can be swapped at any
time and the tests can speak every language in one process.
"""

# English, as Babel's CLDR data has it (tests/unit/test_i18n.py keeps it so): the catalog a
# page uses until another is loaded, and the fallback for anything a catalog lacks.
ENGLISH = {
    "language": "en",
    "plural": "(n != 1)",
    "messages": {},
    "dates": {
        "months": [
            "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December",
        ],
        "weekdays": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "day": "EEEE, MMMM d",
        "day_year": "EEEE, MMMM d, y",
    },
}  # fmt: skip

_current = {"catalog": ENGLISH}


def use(catalog):
    """Speak this catalog's language from now on (a dict as tools/catalogs.py writes it)."""
    _current["catalog"] = catalog or ENGLISH


class speaking:
    """Speak a catalog's language inside a `with` block, and the language spoken before it after
    it, whatever happens inside: `with speaking(catalog): ...`. The page speaks one language for
    its whole life (use()); tools and tests that speak several go through this."""

    def __init__(self, catalog):
        self.catalog = catalog

    def __enter__(self):
        self.before = _current["catalog"]
        use(self.catalog)
        return self.catalog

    def __exit__(self, *exception):
        _current["catalog"] = self.before
        return False


def catalog():
    """The catalog in use."""
    return _current["catalog"]


def language():
    """The language in use, as its catalog names it: "en", "es", "pt-br", "fr", "de"."""
    return _current["catalog"]["language"]


def N_(message):
    """Mark an English sentence for the catalogs where it is defined; _() translates it where it
    is shown. (pybabel extract finds both.)"""
    return message


def N_plural(singular, plural):
    """Mark a sentence with a plural form where it is defined: ngettext(*pair, count) shows it."""
    return (singular, plural)


def _(message):
    """The sentence in the page's language; the English one when the catalog has none."""
    return _current["catalog"]["messages"].get(message) or message


# Where a catalog keys a sentence said in a context: gettext's own separator, as in a .mo file.
CONTEXT_SEPARATOR = "\x04"


def pgettext(context, message):
    """The sentence in the page's language as said in this context: one English sentence that
    some language says two ways ("Dear {name}," to a woman is "Estimada {name}:" in Spanish)."""
    return _current["catalog"]["messages"].get(context + CONTEXT_SEPARATOR + message) or message


def plural_index(count):
    """Which plural form a count takes, by the catalog's gettext rule ("(n != 1)" in English)."""
    return int(eval(_current["catalog"]["plural"], {"n": count}))


def ngettext(singular, plural, count):
    """The sentence for `count` things, in the page's language ("1 character", "5 characters")."""
    forms = _current["catalog"]["messages"].get(singular)
    if forms:
        return forms[plural_index(count)] or (singular if count == 1 else plural)
    return singular if count == 1 else plural
