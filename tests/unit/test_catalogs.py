"""The translation catalogs: complete, up to date with the English source, and compiled right."""

import gettext
import gzip
import json

import pytest
from babel.messages.pofile import read_po

from shouldconnect import i18n
from shouldconnect.languages import TRANSLATED, best_match
from tools import catalogs
from tools.paths import ROOT

CODES = [language["code"] for language in TRANSLATED]


def read(path, locale=None):
    with open(path, "rb") as file:
        return read_po(file, locale=locale)


def message_ids(catalog):
    return {message.id if isinstance(message.id, str) else message.id[0] for message in catalog if message.id}


@pytest.fixture(scope="module")
def fresh_template(tmp_path_factory):
    """The template as `make catalogs` would write it now, from the sources."""
    out = tmp_path_factory.mktemp("pot") / "messages.pot"
    catalogs.write_template(out)
    return read(out)


def test_the_template_holds_every_sentence_of_the_sources(fresh_template):
    # A sentence added without `make catalogs` would stay English on every other page.
    assert message_ids(read(catalogs.TEMPLATE)) == message_ids(fresh_template)


@pytest.mark.parametrize("language", TRANSLATED, ids=CODES)
def test_each_catalog_has_exactly_the_templates_sentences(language, fresh_template):
    assert message_ids(read(catalogs.po_path(language), language["babel"])) == message_ids(fresh_template)


@pytest.mark.parametrize("language", TRANSLATED, ids=CODES)
def test_each_catalog_is_complete_with_the_english_placeholders(language):
    # No entry untranslated, fuzzy or obsolete, and {name}, %(name)s and tags as in English.
    assert catalogs.problems(language) == []


@pytest.mark.parametrize("language", TRANSLATED, ids=CODES)
def test_the_compiled_plural_rule_is_the_catalogs(language):
    catalog = read(catalogs.po_path(language), language["babel"])
    reference = gettext.c2py(catalog.plural_expr)
    with i18n.speaking(catalogs.compiled(language)):
        for count in list(range(0, 2_000)) + [1_000_000, 2_000_000, 1_000_001]:
            assert i18n.plural_index(count) == reference(count), count


@pytest.mark.parametrize("language", TRANSLATED, ids=CODES)
def test_the_compiled_catalog_is_the_po_file(language):
    compiled = catalogs.compiled(language)
    catalog = read(catalogs.po_path(language), language["babel"])
    for message in catalog:
        if not message.id:
            continue
        if message.pluralizable:
            assert compiled["messages"][message.id[0]] == list(message.string)
        else:
            assert compiled["messages"][catalogs.key_of(message)] == message.string
    assert compiled["language"] == language["code"]


def test_the_built_in_english_is_what_cldr_and_the_compiled_catalog_say():
    # The page's Python speaks English before (and without) a catalog: it must match the compiled one.
    assert catalogs.compiled({"code": "en", "babel": "en"}) == i18n.ENGLISH


@pytest.mark.parametrize("language", TRANSLATED, ids=CODES)
def test_a_language_adds_at_most_30_kb_gzip_to_the_english_pages_bytes(language):
    # What a page in this language loads that the English one doesn't: its page (with its configs)
    # and its catalog.
    def size(folder, code):
        files = [folder + "index.html"]
        files += ["assets/vendor/locale/%s.json" % code] if (ROOT / "assets/vendor/locale").is_dir() else []
        return sum(len(gzip.compress((ROOT / path).read_bytes(), 9)) for path in files if (ROOT / path).is_file())

    catalog = len(gzip.compress(json.dumps(catalogs.compiled(language), ensure_ascii=False).encode(), 9))
    extra = size(language["folder"], language["code"]) - size("", "en")
    if not (ROOT / "assets/vendor/locale").is_dir():
        extra += catalog
    assert extra <= 30 * 1024, extra


@pytest.mark.parametrize(
    "preferred, expected",
    (
        (["de-DE", "en"], "de"),
        (["es-MX"], "es"),
        (["pt"], "pt-br"),
        (["pt-PT", "en"], "pt-br"),
        (["fr-CA"], "fr"),
        (["en-GB", "de"], "en"),
        (["ja", "ko"], ""),
        ([], ""),
    ),
)
def test_the_readers_language_is_the_first_the_page_speaks(preferred, expected):
    assert best_match(preferred) == expected
