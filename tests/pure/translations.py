"""The compiled catalogs the per-language tests run in, and speaking one while a check runs.

On CPython they are compiled from the .po files as `make vendor` compiles them
(tools.catalogs.compiled, one per shouldconnect.languages.LANGUAGES entry); MicroPython has no
Babel, so tests/micropython/run.mjs writes the same list as catalogs.json next to this file.
"""

import json

from shouldconnect import i18n


def _load():
    try:
        from tools.catalogs import compiled
    except ImportError:
        folder = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
        with open(folder + "/catalogs.json", encoding="utf-8") as file:
            return json.load(file)
    from shouldconnect.languages import LANGUAGES

    return [compiled(language) for language in LANGUAGES]


# One case per language: {"name": its code, "catalog": the compiled catalog}.
CATALOG_CASES = [{"name": catalog["language"], "catalog": catalog} for catalog in _load()]
if not CATALOG_CASES:
    raise ValueError("no compiled catalogs: tests/micropython/run.mjs writes them from CATALOGS_JSON")


def speaking(catalog, check):
    """check() run with this catalog in use, and the language in use before it restored after."""
    with i18n.speaking(catalog):
        return check()
