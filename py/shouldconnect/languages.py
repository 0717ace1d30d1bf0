"""The languages the page speaks: one line each. Adding a language is one line here, one
catalog (docs/translating.md), and `make pages`.

code: the catalog's name and the page's folder ("" for English, at the site's root); tag: the
BCP 47 tag for <html lang> and hreflang; babel: Babel's locale for CLDR data and plural rules;
og_locale: Open Graph's name for it; name: the language in its own words, for the switcher.
"""

LANGUAGES = (
    {"code": "en", "folder": "", "tag": "en", "babel": "en", "og_locale": "en_US", "name": "English"},
    {"code": "es", "folder": "es/", "tag": "es", "babel": "es", "og_locale": "es_ES", "name": "Español"},
    {"code": "pt-br", "folder": "pt-br/", "tag": "pt-BR", "babel": "pt_BR", "og_locale": "pt_BR", "name": "Português (Brasil)"},  # noqa: E501
    {"code": "fr", "folder": "fr/", "tag": "fr", "babel": "fr", "og_locale": "fr_FR", "name": "Français"},
    {"code": "de", "folder": "de/", "tag": "de", "babel": "de", "og_locale": "de_DE", "name": "Deutsch"},
)  # fmt: skip
SOURCE = "en"
# The languages with a catalog to translate: every one but the source.
TRANSLATED = tuple(language for language in LANGUAGES if language["code"] != SOURCE)


def by_code(code):
    """The language with this code, or None."""
    for language in LANGUAGES:
        if language["code"] == code:
            return language
    return None


def best_match(preferred):
    """The first of the reader's languages (navigator.languages, best first) that the page
    speaks, by its full tag ("pt-BR") or else its language ("es-MX" is Spanish, "pt-PT"
    Portuguese); "" when none is."""
    for wanted in preferred:
        wanted = str(wanted).lower()
        for language in LANGUAGES:
            if wanted == language["tag"].lower() or wanted.split("-")[0] == language["tag"].lower().split("-")[0]:
                return language["code"]
    return ""
