"""WordPress as it really is: a post page that frames the tool exactly as WordPress's oEmbed filter
rewrites our oembed.json (sandbox="allow-scripts", an opaque origin, a "#?secret=" address), with
WordPress's own wp-embed.js (Debian's `wordpress` package, see tests/wordpress.py) on a second
origin. The frame must resize through that script, give the verdict, say plainly that the message
writer cannot run there, and take the reader to the full tool with the answers."""

import html
import json
import re
import shutil

import pytest
from playwright.sync_api import expect
from test_accessibility import violations

import wordpress
from actions import fill_fields, local_date
from shouldconnect import content, form, linkstate
from shouldconnect.languages import LANGUAGES, TRANSLATED
from tools import catalogs, pages
from tools.serve import ROOT

DEFAULT_BASE_URL = "https://OWNER.github.io/should-i-connect/"
WORDPRESS_TALLEST = 1000  # wp-embed.js clamps every height to 200-1,000 px


def post_page(folder, site_url, secret, width, language_folder=""):
    """Our oembed.json (a language's, from its folder) as WordPress stores it for a post (published
    at the test site's address), with wp-embed.js beside it."""
    answer = json.loads((ROOT / language_folder / "oembed.json").read_text().replace(DEFAULT_BASE_URL, site_url))
    href, text = re.search(r'<blockquote[^>]*><a href="([^"]+)">([^<]+)</a></blockquote>', answer["html"]).groups()
    frame_src, title = re.search(r'<iframe src="([^"]+)" title="([^"]+)"', answer["html"]).groups()
    shutil.copy(wordpress.wp_embed_js(), folder / "wp-embed.js")
    page = wordpress.host_page(
        frame_src, secret, width=width, height=answer["height"], title=html.unescape(title), fallback=(href, text)
    )
    (folder / "index.html").write_text(page)


def open_post(open_app, site, serve_folder, folder, width=640, language_folder="", **context_args):
    secret = wordpress.new_secret()
    post_page(folder, site.url, secret, width, language_folder)
    host = serve_folder(folder)
    page, watch = open_app(site_url=host.url, wait_for=None, **context_args)
    frame = page.frame_locator("iframe.wp-embedded-content")
    expect(frame.locator("html")).to_have_attribute("data-state", "interactive", timeout=90_000)
    return page, frame, watch


@pytest.fixture(scope="module")
def post(open_app, site, serve_folder, tmp_path_factory):
    page, frame, watch = open_post(
        open_app, site, serve_folder, tmp_path_factory.mktemp("wordpress"), viewport={"width": 1024, "height": 900}
    )
    yield page, frame
    watch.assert_clean(page)


def frame_height(page):
    return page.locator("iframe.wp-embedded-content").evaluate("frame => Number(frame.getAttribute('height'))")


def tool_height(frame):
    return frame.locator("body").evaluate("body => Math.ceil(body.getBoundingClientRect().height)")


def test_wordpress_shows_the_frame_at_the_height_of_the_compact_tool(post):
    page, frame = post
    # wp-embed.js shows the frame (dropping the clip WordPress hid it with) and hides the fallback link.
    expect(page.locator("iframe.wp-embedded-content")).not_to_have_attribute("style", re.compile("."))
    expect(page.locator("blockquote.wp-embedded-content")).to_be_hidden()
    page.wait_for_function(
        "() => document.querySelector('iframe.wp-embedded-content').getAttribute('height') !== '900'"
    )
    assert frame_height(page) <= WORDPRESS_TALLEST
    assert abs(frame_height(page) - tool_height(frame)) <= 1
    expect(frame.get_by_role("heading", level=1)).to_be_in_viewport()


def test_the_verdict_works_in_wordpress_sandbox(post):
    _, frame = post
    frame.get_by_label("Interviewer's name").fill("Ana Ruiz")
    frame.get_by_label("Interview date").fill(local_date(10))
    frame.locator('input[name="culture"][value="open"]').check()
    frame.locator('input[name="presence"][value="open"]').check()
    expect(frame.locator("#verdict")).to_have_attribute("data-verdict", "connect")
    expect(frame.get_by_role("heading", name=content.HEADLINES["connect"])).to_be_visible()


def test_the_message_panel_says_in_one_line_that_the_writer_cannot_run_here(post):
    _, frame = post
    panel = frame.locator("#messages")
    expect(panel).to_have_attribute("data-engine", "unavailable")
    expect(frame.locator("#unavailable-text")).to_have_text(content.WRITER_UNAVAILABLE)
    expect(panel.get_by_role("link", name="Continue in the full tool")).to_be_visible()
    expect(panel.get_by_role("button", name="Try again")).to_be_hidden()
    expect(frame.locator("#load-error")).to_be_hidden()
    expect(frame.get_by_label("Remember my answers on this device")).to_be_hidden()


def test_no_accessibility_violations_in_the_wordpress_frame(post):
    page, _ = post
    frame = page.locator("iframe.wp-embedded-content").element_handle().content_frame()
    assert violations(frame, preload=False) == []


def test_the_frame_follows_the_tool_when_all_the_advice_opens(post):
    page, frame = post
    before = frame_height(page)
    frame.get_by_role("button", name="Show all the advice").click()
    expect(frame.get_by_role("heading", name="Pros and cons of connecting early")).to_be_visible()
    page.wait_for_function(
        "before => Number(document.querySelector('iframe.wp-embedded-content').getAttribute('height')) > before",
        arg=before,
    )
    assert frame_height(page) == min(WORDPRESS_TALLEST, tool_height(frame))


def test_the_sandboxed_frame_fetches_none_of_the_writers_files(open_app, site, serve_folder, tmp_path):
    # The writer cannot run in WordPress's sandbox, so the files fetched ahead for it would be a
    # wasted download on a reader's phone (assets/fetch-ahead.js).
    page, frame, watch = open_post(open_app, site, serve_folder, tmp_path)
    expect(frame.locator("#messages")).to_have_attribute("data-engine", "unavailable")
    # The page's module scripts ran before its verdict: none put the template's links in the head.
    ahead = len(pages.prefetches(LANGUAGES[0]))
    assert frame.locator("#writer-files").evaluate("template => template.content.children.length") == ahead
    expect(frame.locator("link[rel=prefetch]")).to_have_count(0)
    writer_files = frame.locator("#writer-files").evaluate(
        "template => [...template.content.querySelectorAll('link')].map(link => link.href)"
    )
    assert [url for url in watch.requests if url in writer_files] == []
    watch.assert_clean(page)


# WordPress's wp-embed.js says "ready" to every frame once the post page has loaded, which can be
# while a slow frame is still parsing its head. This hands that message to the frame's listener
# the moment embed.js adds it, so before the frame has a body, and records that it did.
READY_BEFORE_BODY = """
if (window.parent !== window && /[#&]\\?secret=/.test(location.hash)) {
  const secret = /[#&]\\?secret=([A-Za-z0-9]+)/.exec(location.hash)[1];
  const add = window.addEventListener;
  window.addEventListener = function (type, listener, options) {
    add.call(this, type, listener, options);
    if (type !== "message" || window.readyBeforeBody !== undefined) return;
    window.readyBeforeBody = document.body === null;
    listener({ source: window.parent, data: { message: "ready", secret } });
  };
}
"""


def test_a_ready_message_before_the_frame_has_a_body_is_answered_once_it_has_one(
    open_app, site, serve_folder, tmp_path
):
    page, frame, watch = open_post(
        open_app, site, serve_folder, tmp_path, prepare=lambda context: context.add_init_script(READY_BEFORE_BODY)
    )
    assert frame.locator("html").evaluate("() => window.readyBeforeBody") is True
    page.wait_for_function(
        "() => document.querySelector('iframe.wp-embedded-content').getAttribute('height') !== '900'"
    )
    assert abs(frame_height(page) - tool_height(frame)) <= 1
    watch.assert_clean(page)


def test_continue_in_the_full_tool_takes_the_post_page_there_with_the_answers(open_app, site, serve_folder, tmp_path):
    page, frame, watch = open_post(open_app, site, serve_folder, tmp_path, viewport={"width": 390, "height": 844})
    frame.get_by_label("Interviewer's name").fill("Zoë Martínez-García")
    frame.get_by_label("Interview date").fill(local_date(10))
    frame.locator('input[name="culture"][value="open"]').check()
    frame.locator('input[name="presence"][value="open"]').check()
    expect(frame.locator("#verdict")).to_have_attribute("data-verdict", "connect")
    frame.get_by_role("link", name="Continue in the full tool").click()
    page.wait_for_url(site.url + "#*")
    expect(page.locator("html")).to_have_attribute("data-state", "ready", timeout=90_000)
    expect(page.locator("#verdict")).to_have_attribute("data-verdict", "connect")
    expect(page.get_by_label("Interviewer's name")).to_have_value("Zoë Martínez-García")
    assert linkstate.decode(page.evaluate("location.hash"))["values"]["culture"] == "open"
    assert "embed" not in page.url
    assert form.DEFAULTS["culture"] != "open"  # the answer came with the link, not from the defaults
    watch.assert_clean(page)


@pytest.mark.parametrize("language", TRANSLATED, ids=[language["code"] for language in TRANSLATED])
def test_a_post_in_another_language_embeds_the_tool_in_that_language(open_app, site, serve_folder, tmp_path, language):
    page, frame, watch = open_post(
        open_app,
        site,
        serve_folder,
        tmp_path,
        language_folder=language["folder"],
        viewport={"width": 390, "height": 844},
    )
    translated = catalogs.compiled(language)["messages"]
    expect(frame.locator("html")).to_have_attribute("lang", language["tag"])
    fill_fields(
        frame, {"interviewer": "Zoë Martínez-García", "date": local_date(10), "culture": "open", "presence": "open"}
    )
    expect(frame.locator("#verdict-headline")).to_have_text(translated[content.HEADLINES["connect"]])
    expect(frame.locator("#unavailable-text")).to_have_text(translated[content.WRITER_UNAVAILABLE])
    frame.locator("#engine-unavailable a[data-full-tool]").click()
    page.wait_for_url(site.url + language["folder"] + "#*")
    expect(page.locator("html")).to_have_attribute("data-state", "ready", timeout=90_000)
    expect(page.locator("#interviewer")).to_have_value("Zoë Martínez-García")
    watch.assert_clean(page)
