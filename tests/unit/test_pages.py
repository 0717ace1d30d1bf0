"""Every language's page, as tools/pages.py writes it from tools/page.html and the catalogs."""

import json
import tomllib
from html.parser import HTMLParser

import pytest

from shouldconnect import content, i18n
from shouldconnect.languages import LANGUAGES, SOURCE
from tools import catalogs, pages
from tools.paths import ROOT

BASE_URL = tomllib.loads((ROOT / "site.toml").read_text())["base_url"]
CODES = [language["code"] for language in LANGUAGES]


class Page(HTMLParser):
    """The text nodes (with the element they are in), <meta> and <link> tags, and links."""

    def __init__(self):
        super().__init__()
        self.html = {}
        self.texts = []
        self.meta = {}
        self.links = []
        self.anchors = []
        self.configs = {}
        self.stack = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html = attrs
        if tag == "meta":
            self.meta.setdefault(attrs.get("property") or attrs.get("name"), []).append(attrs.get("content"))
        if tag == "link":
            self.links.append(attrs)
        if tag == "a":
            self.anchors.append(attrs)
        if "config" in attrs:
            self.configs[tag] = json.loads(attrs["config"])
        if "data-writer" in attrs:
            self.configs["writer"] = json.loads(attrs["data-writer"])
        if tag not in ("meta", "link", "input", "br", "img"):
            self.stack.append(attrs)

    def handle_endtag(self, tag):
        if self.stack and tag not in ("meta", "link", "input", "br", "img"):
            self.stack.pop()

    def handle_data(self, data):
        text = " ".join(data.split())
        if text:
            self.texts.append((text, dict(self.stack[-1]) if self.stack else {}))


def parsed(language):
    page = Page()
    page.feed((ROOT / language["folder"] / "index.html").read_text(encoding="utf-8"))
    return page


def test_the_generated_pages_are_up_to_date():
    # Edit tools/page.html or a catalog, then `make pages`: never the generated files.
    stale = [path for path, text in pages.generated().items() if (ROOT / path).read_text(encoding="utf-8") != text]
    assert stale == [], "run `make pages`"


@pytest.mark.parametrize("language", LANGUAGES, ids=CODES)
def test_each_page_says_its_language_to_browsers_search_engines_and_previews(language):
    page = parsed(language)
    assert page.html["lang"] == language["tag"]
    # Relative, so the page names no other origin (`make site` makes them absolute, as search
    # engines want them: tests/unit/test_site_build.py); each leads to that language's page.
    alternates = {link["hreflang"]: link["href"] for link in page.links if link.get("hreflang")}
    assert set(alternates) == {other["tag"] for other in LANGUAGES} | {"x-default"}
    for tag, href in alternates.items():
        assert href.startswith(("./", "../")), href
        target = [other for other in LANGUAGES if other["tag"] == tag] or [LANGUAGES[0]]
        assert (ROOT / language["folder"] / href).resolve() == (ROOT / target[0]["folder"]).resolve(), tag
    assert page.meta["og:locale"] == [language["og_locale"]]
    assert sorted(page.meta["og:locale:alternate"]) == sorted(
        other["og_locale"] for other in LANGUAGES if other is not language
    )
    assert page.meta["og:url"] == [BASE_URL + language["folder"]]
    oembed = [link["href"] for link in page.links if link.get("type") == "application/json+oembed"]
    assert oembed == [BASE_URL + language["folder"] + "oembed.json"]


@pytest.mark.parametrize("language", LANGUAGES, ids=CODES)
def test_the_oembed_answer_embeds_the_page_in_its_language(language):
    answer = json.loads((ROOT / language["folder"] / "oembed.json").read_text(encoding="utf-8"))
    assert 'src="%s?embed=1"' % (BASE_URL + language["folder"]) in answer["html"]
    with i18n.speaking(catalogs.compiled(language)):
        assert answer["title"] == i18n._(content.APP_TITLE)
        assert 'title="%s"' % i18n._(content.FRAME_TITLE).replace('"', "&quot;") in answer["html"]


@pytest.mark.parametrize("language", LANGUAGES, ids=CODES)
def test_the_switcher_links_every_language_in_its_own_words(language):
    links = [anchor for anchor in parsed(language).anchors if "data-language" in anchor and "hreflang" in anchor]
    switcher = links[: len(LANGUAGES)]
    assert [link["data-language"] for link in switcher] == CODES
    assert [link["lang"] for link in switcher] == [other["tag"] for other in LANGUAGES]
    current = [link["data-language"] for link in switcher if link.get("aria-current") == "page"]
    assert current == [language["code"]]
    for link, other in zip(switcher, LANGUAGES, strict=True):
        target = (ROOT / language["folder"] / link["href"]).resolve()
        assert target == (ROOT / other["folder"]).resolve(), link["href"]


def test_only_the_english_page_offers_the_readers_language_each_in_its_own():
    offered = {
        attrs["data-suggest"]: (text, attrs["lang"])
        for text, attrs in parsed(LANGUAGES[0]).texts
        if "data-suggest" in attrs
    }
    assert sorted(offered) == sorted(code for code in CODES if code != SOURCE)
    for language in LANGUAGES[1:]:
        with i18n.speaking(catalogs.compiled(language)):
            assert offered[language["code"]] == (i18n._(content.LANGUAGE_OFFER), language["tag"])
        assert not [attrs for _, attrs in parsed(language).texts if "data-suggest" in attrs]


@pytest.mark.parametrize("language", LANGUAGES[1:], ids=CODES[1:])
def test_no_english_sentence_is_left_on_a_translated_page(language):
    compiled = catalogs.compiled(language)["messages"]
    english = {message for message in compiled if compiled[message] != message}
    left = [text for text, attrs in parsed(language).texts if text in english and "lang" not in attrs]
    assert left == []


@pytest.mark.parametrize("language", LANGUAGES, ids=CODES)
def test_each_page_names_its_own_preview(language):
    page = parsed(language)
    assert page.meta["og:image"] == [BASE_URL + pages.og_image(language)]
    assert (ROOT / pages.og_image(language)).is_file()


def reached(path, folder):
    """The repository file a page in `folder` gets for a relative path."""
    return (ROOT / folder / path).resolve().relative_to(ROOT).as_posix()


@pytest.mark.parametrize("language", LANGUAGES, ids=CODES)
def test_each_page_carries_the_toml_sources_configs_with_its_own_paths_and_catalog(language):
    # pyscript.toml and engine.toml are written for the English page at the root; from a language's
    # folder, every path must reach the same file, or PyScript (or the writer) gets a 404, but for
    # the catalog, which must be the page's own language's.
    page = parsed(language)
    assert set(page.configs) == {"mpy-script", "writer"}  # the main thread's and the writer's
    english_catalog = "assets/vendor/locale/%s.json" % SOURCE
    own_catalog = "assets/vendor/locale/%s.json" % language["code"]
    for tag, name in (("mpy-script", "pyscript.toml"), ("writer", "engine.toml")):
        source = tomllib.loads((ROOT / name).read_text())
        carried = page.configs[tag]
        assert carried.keys() == source.keys()
        paths = [key for key in source if isinstance(source[key], str) and source[key].startswith("./")]
        settings = [key for key in source if key not in ["files", *paths]]
        assert [carried[key] for key in settings] == [source[key] for key in settings]
        for key in paths:
            assert reached(carried[key], language["folder"]) == reached(source[key], ""), key
        assert {reached(path, language["folder"]): target for path, target in carried["files"].items()} == {
            (own_catalog if reached(path, "") == english_catalog else reached(path, "")): target
            for path, target in source["files"].items()
        }
