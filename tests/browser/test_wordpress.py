"""WordPress as it really is: a post page that frames the tool exactly as WordPress's oEmbed filter
rewrites our oembed.json (sandbox="allow-scripts", an opaque origin, a "#?secret=" address), with
WordPress's own wp-embed.js (Debian's `wordpress` package, see tests/wordpress.py) on a second
origin. The frame must resize through that script, give the verdict, write the messages there
(Pyodide in a worker made from a data: URL) once the reader wants them and copy them, say in one
line what a sandbox can't do, and take the reader to the full tool with the answers."""

import html
import json
import re

import pytest
from playwright.sync_api import expect
from test_accessibility import violations

import wordpress
from actions import fill_fields, kept, local_date, note_text, wait_for_greeting
from shouldconnect import content, form, linkstate, names
from shouldconnect.languages import LANGUAGES, TRANSLATED
from tools import catalogs, pages
from tools.serve import ROOT

DEFAULT_BASE_URL = "https://OWNER.github.io/should-i-connect/"
WORDPRESS_TALLEST = 1000  # wp-embed.js clamps every height to 200-1,000 px


def post_page(folder, site_url, secret, width, language_folder="", before=""):
    """Our oembed.json (a language's, from its folder) as WordPress stores it for a post (published
    at the test site's address), with wp-embed.js beside it; `before`: the post's text above it."""
    answer = json.loads((ROOT / language_folder / "oembed.json").read_text().replace(DEFAULT_BASE_URL, site_url))
    href, text = re.search(r'<blockquote[^>]*><a href="([^"]+)">([^<]+)</a></blockquote>', answer["html"]).groups()
    frame_src, title = re.search(r'<iframe src="([^"]+)" title="([^"]+)"', answer["html"]).groups()
    wordpress.write_post(
        folder,
        frame_src,
        secret,
        before,
        width=width,
        height=answer["height"],
        title=html.unescape(title),
        fallback=(href, text),
    )


def open_post(open_app, site, serve_folder, folder, width=640, language_folder="", before="", **context_args):
    secret = wordpress.new_secret()
    post_page(folder, site.url, secret, width, language_folder, before)
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


def test_the_message_panel_is_getting_ready_and_offers_no_way_out(post):
    _, frame = post
    panel = frame.locator("#messages")
    expect(panel).not_to_have_attribute("data-engine", "failed")
    expect(panel.get_by_role("link", name=re.compile("full tool"))).to_have_count(0)
    expect(panel.get_by_role("button", name="Try again")).to_be_hidden()
    expect(frame.locator("#load-error")).to_be_hidden()
    expect(frame.get_by_label("Remember my answers on this device")).to_be_hidden()


def content_frame(page):
    return page.locator("iframe.wp-embedded-content").element_handle().content_frame()


def test_the_reader_gets_their_messages_in_the_frame_and_copies_them_to_the_post_page(
    open_app, site, serve_folder, tmp_path
):
    page, frame, watch = open_post(
        open_app, site, serve_folder, tmp_path, permissions=["clipboard-read", "clipboard-write"]
    )
    tool = content_frame(page)
    answers = {"interviewer": "Ana Ruiz", "company": "Initech", "role": "Designer", "date": local_date(10)}
    fill_fields(frame, dict(answers, culture="open", presence="open"))
    expect(frame.locator("#verdict")).to_have_attribute("data-verdict", "connect")
    wait_for_greeting(tool, "Ana Ruiz")
    assert "Initech" in note_text(tool) and "Designer" in note_text(tool)
    expect(frame.locator("#note-count")).to_have_text("%d / 200 characters" % len(note_text(tool)))
    # The tone and the message kind write another message, as on the page.
    frame.locator('input[name="tone"][value="formal"]').check()
    wait_for_greeting(tool, "Ana Ruiz", tone="formal")
    frame.get_by_role("button", name="Show all the advice").click()
    frame.get_by_label("Thank-you email").check()
    expect(frame.locator("#note-count")).to_contain_text("an email has no limit")
    frame.get_by_label("Connection note, to send now").check()
    # The reader's edit is theirs while the frame lives, whatever they change next.
    edited = "Dear %s, a note in my own words." % names.greeting_name("Ana Ruiz", "formal")
    frame.locator("#note-text").fill(edited)
    frame.get_by_label("Company", exact=True).fill("Initech Labs")
    expect(frame.get_by_role("button", name="Rewrite from my answers")).to_be_visible()
    assert note_text(tool) == edited
    # Copy message puts exactly that text on the clipboard, which the post page reads back: Chromium
    # refuses the frame the clipboard API (no allow="clipboard-write"), so the page copies the old way.
    frame.locator("#messages").get_by_role("button", name="Copy message").click()
    expect(frame.locator("#copy-status")).to_contain_text("Copied.")
    assert page.evaluate("navigator.clipboard.readText()") == edited
    # What a sandbox can't do says so in one line, with the full tool one tap away.
    for where, what in (("#reminder", "save files"), (".remember", "keep anything on your device")):
        line = frame.locator(where + " .sandbox-only")
        expect(line).to_be_visible()
        expect(line).to_contain_text(what)
        expect(line.get_by_role("link", name="Open the full tool")).to_be_visible()
    expect(frame.get_by_role("button", name="Add a reminder to my calendar")).to_be_hidden()
    expect(frame.get_by_label("Remember my answers on this device")).to_be_hidden()
    assert frame_height(page) != 900  # wp-embed.js kept following the frame
    watch.assert_clean(page)


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


WRITER_FILES = ("/assets/start-writer.js", "/assets/writer.js", "/assets/vendor/pyodide/", "/engine.zip", ".whl")
# A post whose text puts the embed below the fold, as in most posts.
LONG_POST = "<p>" + " ".join(["A paragraph of the post that the reader reads first."] * 200) + "</p>"


def writer_requests(watch):
    return [url for url in watch.requests if any(part in url for part in WRITER_FILES)]


def test_a_reader_who_only_reads_downloads_nothing_of_the_writer(open_app, site, serve_folder, tmp_path):
    # The writer's files (Pyodide's megabytes) are asked for when the message panel comes into view
    # or the reader changes an answer, never at load (assets/fetch-ahead.js, glue.py).
    page, frame, watch = open_post(
        open_app, site, serve_folder, tmp_path, before=LONG_POST, viewport={"width": 1024, "height": 700}
    )
    page.wait_for_function(
        "() => document.querySelector('iframe.wp-embedded-content').getAttribute('height') !== '900'"
    )
    page.wait_for_load_state("networkidle")
    ahead = len(pages.prefetches(LANGUAGES[0]))
    assert frame.locator("#writer-files").evaluate("template => template.content.children.length") == ahead
    expect(frame.locator("link[rel=prefetch]")).to_have_count(0)
    assert writer_requests(watch) == []
    expect(frame.locator("#messages")).to_have_attribute("data-engine", "starting")
    # Once the reader scrolls down to it (the message panel sits beside the verdict, at the frame's
    # top), the writer starts and writes.
    page.locator("iframe.wp-embedded-content").evaluate("frame => frame.scrollIntoView()")
    expect(frame.locator("html")).to_have_attribute("data-state", "ready", timeout=90_000)
    assert writer_requests(watch) != []
    assert note_text(content_frame(page)) != ""
    watch.assert_clean(page)


def test_the_first_change_starts_the_writer_before_the_panel_is_in_view(open_app, site, serve_folder, tmp_path):
    page, frame, watch = open_post(
        open_app, site, serve_folder, tmp_path, width=360, viewport={"width": 390, "height": 500}
    )
    page.wait_for_load_state("networkidle")
    assert writer_requests(watch) == []
    frame.get_by_label("Interviewer's name").fill("Kim Ito")
    wait_for_greeting(content_frame(page), "Kim Ito")
    assert writer_requests(watch) != []
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
    kept(frame)  # the link follows the answers when the frame is idle
    frame.get_by_role("link", name="Open the full tool").click()
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
    # The frame writes the messages, with the page's catalog.
    expect(frame.locator("html")).to_have_attribute("data-state", "ready", timeout=90_000)
    expect(frame.locator("#note-text")).to_have_value(re.compile("Zoë"))
    kept(frame)
    frame.locator(".full-tool[data-full-tool]").click()
    page.wait_for_url(site.url + language["folder"] + "#*")
    expect(page.locator("html")).to_have_attribute("data-state", "ready", timeout=90_000)
    expect(page.locator("#interviewer")).to_have_value("Zoë Martínez-García")
    watch.assert_clean(page)
