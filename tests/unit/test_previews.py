"""Link previews and oEmbed: the tags parse and every URL in them leads to a real file of the built site."""

import json
import re
import subprocess
import sys
import tomllib
from html.parser import HTMLParser

import pytest
from PIL import Image

from published_site import BASE_URL as PUBLISHED_BASE_URL
from shouldconnect import embed
from shouldconnect.languages import LANGUAGES
from tools import og_image, pages
from tools.paths import ROOT

DEFAULT_BASE_URL = tomllib.loads((ROOT / "site.toml").read_text())["base_url"]
IMAGE_SIZE = (1200, 630)


class Head(HTMLParser):
    """<meta> contents by property or name, and <link> tags, as a link-preview crawler reads them."""

    def __init__(self):
        super().__init__()
        self.meta = {}
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and "content" in attrs:
            self.meta[attrs.get("property") or attrs.get("name")] = attrs["content"]
        if tag == "link":
            self.links.append(attrs)


class Iframe(HTMLParser):
    def handle_starttag(self, tag, attrs):
        if tag == "iframe":
            self.attrs = dict(attrs)


def parse(parser, text):
    parser.feed(text)
    return parser


@pytest.fixture(scope="module")
def head(built_site):
    return parse(Head(), (built_site / "index.html").read_text())


@pytest.fixture(scope="module")
def oembed(built_site):
    return json.loads((built_site / "oembed.json").read_text())


def link(head, **wanted):
    [found] = [attrs for attrs in head.links if wanted.items() <= attrs.items()]
    return found


def site_file(built_site, url):
    """The built file a URL of the published site serves; fails for any other URL or a missing file."""
    assert url.startswith(PUBLISHED_BASE_URL), url
    path = re.split(r"[?#]", url[len(PUBLISHED_BASE_URL) :])[0] or "index.html"
    assert (built_site / path).is_file(), url
    return built_site / path


def test_the_canonical_url_is_the_base_url(head):
    assert link(head, rel="canonical")["href"] == PUBLISHED_BASE_URL


def test_open_graph_tags_describe_the_page(head):
    meta = head.meta
    assert meta["og:type"] == "website"
    assert meta["og:url"] == PUBLISHED_BASE_URL
    assert "LinkedIn" in meta["og:title"] and meta["og:description"]
    assert meta["og:image"] == PUBLISHED_BASE_URL + "assets/og-image.png"
    assert (meta["og:image:width"], meta["og:image:height"]) == tuple(str(side) for side in IMAGE_SIZE)
    assert meta["og:image:alt"]


def test_twitter_card_tags_match_open_graph(head):
    meta = head.meta
    assert meta["twitter:card"] == "summary_large_image"
    assert meta["twitter:title"] == meta["og:title"]
    assert meta["twitter:description"] == meta["og:description"]
    assert meta["twitter:image"] == meta["og:image"]


def test_the_preview_image_is_a_1200_by_630_png_of_the_site(built_site, head):
    with Image.open(site_file(built_site, head.meta["og:image"])) as image:
        assert (image.format, image.size) == ("PNG", IMAGE_SIZE)


def test_oembed_discovery_points_at_the_oembed_file(built_site, head):
    discovery = link(head, rel="alternate", type="application/json+oembed")
    assert discovery["title"]
    assert site_file(built_site, discovery["href"]) == built_site / "oembed.json"


def test_the_oembed_file_is_a_rich_embed_of_the_page(built_site, oembed):
    assert (oembed["version"], oembed["type"]) == ("1.0", "rich")
    assert oembed["title"] and oembed["provider_name"]
    assert oembed["provider_url"] == PUBLISHED_BASE_URL
    iframe = parse(Iframe(), oembed["html"]).attrs
    assert iframe["src"] == PUBLISHED_BASE_URL + "?embed=1"
    assert site_file(built_site, iframe["src"]) == built_site / "index.html"
    assert iframe["title"]
    assert (iframe["loading"], iframe["allow"], iframe["referrerpolicy"]) == ("lazy", "clipboard-write", "no-referrer")
    assert (iframe["width"], iframe["height"]) == (str(oembed["width"]), str(oembed["height"]))


def test_the_oembed_thumbnail_is_the_preview_image(built_site, head, oembed):
    assert oembed["thumbnail_url"] == head.meta["og:image"]
    with Image.open(site_file(built_site, oembed["thumbnail_url"])) as image:
        assert image.size == (oembed["thumbnail_width"], oembed["thumbnail_height"])


def test_the_snippet_in_the_embedding_guide_is_the_oembed_iframe():
    guide = (ROOT / "docs" / "embedding.md").read_text()
    # The snippet is the block that is an iframe alone (the WordPress section also shows what WordPress stores).
    snippet = next(block for block in re.findall(r"```html\n(.*?)```", guide, re.S) if block.startswith("<iframe"))
    source_oembed = json.loads((ROOT / "oembed.json").read_text())
    assert parse(Iframe(), snippet).attrs == parse(Iframe(), source_oembed["html"]).attrs


def test_every_absolute_url_in_the_sources_starts_with_the_default_base_url():
    # tools/build_site.py swaps exactly that prefix for the real address: any other would go out as is.
    for name in ("index.html", "oembed.json"):
        for url in re.findall(r"https?://[^\s\"'<>\\]+", (ROOT / name).read_text()):
            assert url.startswith(DEFAULT_BASE_URL), (name, url)


def test_the_image_script_draws_a_1200_by_630_png_per_language(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "tools.og_image", "--out-folder", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=60,
    )
    drawn = sorted((tmp_path / "assets").glob("og-image*.png"))
    assert [path.name for path in drawn] == sorted(pages.og_image(language)[len("assets/") :] for language in LANGUAGES)
    for path in drawn:
        with Image.open(path) as image:
            assert (image.format, image.size) == ("PNG", IMAGE_SIZE)
    assert len({path.read_bytes() for path in drawn}) == len(drawn), "each language's words differ"


@pytest.mark.parametrize("language", LANGUAGES, ids=[language["code"] for language in LANGUAGES])
def test_each_pictures_words_end_above_its_verdict_chips(language):
    # German's question takes three lines and its subtitle two: its words must not run into the chips.
    assert pages.speaking(language, og_image.text_layout)["bottom"] <= og_image.CHIPS_TOP - 16


def test_the_embed_dialog_hands_out_the_oembed_iframe():
    source_oembed = json.loads((ROOT / "oembed.json").read_text())
    dialog_snippet = embed.iframe_snippet(source_oembed["provider_url"])
    assert parse(Iframe(), dialog_snippet).attrs == parse(Iframe(), source_oembed["html"]).attrs
