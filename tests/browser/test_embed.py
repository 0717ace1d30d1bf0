"""Embedding in a blog: a host page on another local port frames the tool, as a careers blog would."""

import re

import pytest
from playwright.sync_api import expect

from actions import copy_button, kept, local_date, verdict_for
from shouldconnect import embed, linkstate

HOST_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A careers blog</title>
<link rel="icon" href="data:,"></head>
<body style="margin:0;background:%(background)s">
<h1>Ten interview tips</h1>
%(iframe)s
%(script)s
</body></html>
"""


def host_page(tmp_path, serve_folder, tool_url, name, allow_clipboard=True, background="#fff"):
    """Write a host page that embeds the tool with the dialog's own snippet, and serve it."""
    iframe = embed.iframe_snippet(tool_url)
    if not allow_clipboard:
        iframe = iframe.replace(' allow="clipboard-write"', "")
    folder = tmp_path / name
    folder.mkdir()
    (folder / "index.html").write_text(
        HOST_PAGE % {"background": background, "iframe": iframe, "script": embed.resize_snippet(tool_url)}
    )
    return serve_folder(folder)


def open_host(open_app, host, wait_for="ready", **context_args):
    """The host page, once the frame has given its verdict; for "ready", the reader also brings the
    message panel into view, which starts the writer in an embed, and its note is there."""
    page, watch = open_app(site_url=host.url, wait_for=None, **context_args)
    frame = page.frame_locator("iframe")
    expect(frame.locator("html")).to_have_attribute("data-state", "interactive", timeout=90_000)
    if wait_for == "ready":
        frame.locator("#messages").scroll_into_view_if_needed()
        expect(frame.locator("html")).to_have_attribute("data-state", "ready", timeout=90_000)
    return page, frame, watch


def shared_blog(open_app, site, serve_folder, folder, viewport):
    """A blog page with the snippet and the resize script, opened once for a module's checks at
    `viewport`; it must stay clean throughout."""
    host = host_page(folder, serve_folder, site.url, "blog")
    page, frame, watch = open_host(open_app, host, permissions=["clipboard-read", "clipboard-write"], viewport=viewport)
    yield page, frame
    watch.assert_clean(page)


@pytest.fixture(scope="module")
def embedded(open_app, site, serve_folder, tmp_path_factory):
    """A phone-wide blog column: the frame is 320 px wide."""
    folder = tmp_path_factory.mktemp("hosts")
    yield from shared_blog(open_app, site, serve_folder, folder, {"width": 320, "height": 800})


def test_the_tool_works_inside_the_frame_with_its_title_and_without_the_rest_of_header_and_footer(embedded):
    _, frame = embedded
    expect(frame.get_by_role("heading", level=1)).to_be_visible()
    expect(frame.locator(".site-header .lede")).to_be_hidden()
    expect(frame.locator(".site-header .brand")).to_be_hidden()
    expect(frame.locator(".site-footer")).to_be_hidden()
    frame.get_by_label("Interviewer's name").fill("Ana Ruiz")
    frame.get_by_label("Interview date").fill(local_date(10))
    frame.locator('input[name="culture"][value="open"]').check()
    frame.locator('input[name="presence"][value="open"]').check()
    expect(frame.locator("#verdict")).to_have_attribute("data-verdict", "connect")
    expect(frame.locator("#note-text")).to_have_value(re.compile(".*Hi Ana,.*", re.S))


def test_the_host_script_grows_the_frame_to_fit_and_fits_a_narrow_column(embedded):
    page, frame = embedded
    page.wait_for_function(
        "() => document.querySelector('iframe').getBoundingClientRect().height > 1500", timeout=10_000
    )
    frame_height = page.evaluate("document.querySelector('iframe').getBoundingClientRect().height")
    content_height = frame.locator("html").evaluate("root => root.scrollHeight")
    assert abs(frame_height - content_height) <= 2
    assert frame.locator("html").evaluate("root => root.scrollWidth <= root.clientWidth")


def test_the_host_script_ignores_height_messages_from_elsewhere(embedded):
    page, _ = embedded
    before = page.evaluate("document.querySelector('iframe').style.height")
    page.evaluate(FRAME_HEIGHTS_SEEN)
    page.evaluate("""() => window.postMessage({type: 'should-i-connect:height', height: 321}, '*')""")
    # The frame's own message, sent after that one, is handled after it: once the frame has its
    # height, the other message has been read, and it must not have set any.
    tool = next(frame for frame in page.frames if frame.parent_frame is not None)
    tool.evaluate("() => parent.postMessage({type: 'should-i-connect:height', height: 654}, '*')")
    expect(page.locator("iframe")).to_have_attribute("style", re.compile(r"height: 654px"))
    assert "321px" not in page.evaluate("window.frameHeightsSeen")
    tool.evaluate("() => parent.postMessage({type: 'should-i-connect:height', height: %s}, '*')" % before[:-2])
    expect(page.locator("iframe")).to_have_attribute("style", re.compile(r"height: %s" % before))


# Every height the frame is given, in order.
FRAME_HEIGHTS_SEEN = """() => {
  const frame = document.querySelector('iframe');
  window.frameHeightsSeen = [];
  new MutationObserver(() => window.frameHeightsSeen.push(frame.style.height))
    .observe(frame, {attributes: true, attributeFilter: ['style']});
}"""


@pytest.mark.only_browser("chromium")  # reads the clipboard or long tasks: Chromium only
def test_copy_works_inside_the_frame_when_the_host_allows_it(embedded):
    page, frame = embedded
    copy_button(frame).click()
    expect(frame.locator("#copy-status")).to_contain_text("Copied.")
    assert page.evaluate("navigator.clipboard.readText()") == frame.locator("#note-text").input_value()


# A browser that refuses the old way too (execCommand("copy") answers false).
REFUSE_EXEC_COMMAND = "Document.prototype.execCommand = () => false;"


def test_without_clipboard_permission_copy_works_the_old_way_or_says_press_ctrl_c(
    open_app, site, serve_folder, tmp_path
):
    # The frame's policy refuses the clipboard API (no allow="clipboard-write"): the page sees it
    # and copies with execCommand in the click, without asking the refused API.
    host = host_page(tmp_path, serve_folder, site.url, "strict-blog", allow_clipboard=False, background="#111")
    page, frame, watch = open_host(open_app, host, permissions=["clipboard-read"])
    copy_button(frame).click()
    expect(frame.locator("#copy-status")).to_contain_text("Copied.")
    assert page.evaluate("navigator.clipboard.readText()") == frame.locator("#note-text").input_value()
    watch.assert_clean(page)
    # Where that is refused too, the note is selected and the reader told to press Ctrl+C.
    page, frame, watch = open_host(open_app, host, prepare=lambda context: context.add_init_script(REFUSE_EXEC_COMMAND))
    copy_button(frame).click()
    expect(frame.locator("#copy-status")).to_contain_text("press Ctrl+C")
    selected = frame.locator("#note-text").evaluate("box => box.value.slice(box.selectionStart, box.selectionEnd)")
    assert selected and selected == frame.locator("#note-text").input_value()
    watch.assert_clean(page)


@pytest.mark.only_browser("chromium")  # reads the clipboard or long tasks: Chromium only
def test_the_embed_dialog_gives_the_snippet_and_escape_returns_focus(app, site):
    opener = app.get_by_role("button", name="Embed on your site")
    opener.click()
    dialog = app.get_by_role("dialog", name="Embed on your site")
    expect(dialog).to_be_visible()
    assert app.locator("#embed-code").input_value() == embed.iframe_snippet(site.url)
    assert app.locator("#embed-resize-code").input_value() == embed.resize_snippet(site.url)
    dialog.get_by_role("button", name="Copy code").click()
    expect(app.locator("#embed-status")).to_have_text("Copied the frame and the resize script.")
    assert embed.iframe_snippet(site.url) in app.evaluate("navigator.clipboard.readText()")
    app.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(opener).to_be_focused()


# --- the compact embed ---------------------------------------------------------------

WORDPRESS_TALLEST = 1000  # the height WordPress's own resize script allows a frame at most


def frame_bottom_of(frame, selector):
    return frame.locator(selector).evaluate("element => element.getBoundingClientRect().bottom")


@pytest.fixture(scope="module")
def wide_blog(open_app, site, serve_folder, tmp_path_factory):
    """A blog column 640 px wide, on a desktop screen."""
    folder = tmp_path_factory.mktemp("wide")
    yield from shared_blog(open_app, site, serve_folder, folder, {"width": 1024, "height": 900})


def test_at_640_px_the_compact_embed_fits_wordpress_cap_with_form_verdict_reasons_and_message(wide_blog):
    page, frame = wide_blog
    frame.get_by_label("Interviewer's name").fill("Dr. Priya Raman")
    frame.get_by_label("Company", exact=True).fill("Initech")
    frame.get_by_label("Job title").fill("Credit Risk Analyst")
    frame.get_by_label("Interview date").fill(local_date(10))
    frame.locator('input[name="culture"][value="open"]').check()
    frame.locator('input[name="presence"][value="open"]').check()
    expect(frame.locator("#note-text")).to_have_value(re.compile(".*Hi Priya,.*", re.S))
    assert page.locator("iframe").evaluate("frame => frame.getBoundingClientRect().width") == 640
    height = page.locator("iframe").evaluate("frame => frame.getBoundingClientRect().height")
    assert height <= WORDPRESS_TALLEST
    # Everything the compact embed promises is inside that height, and shown.
    for selector in ("#situation", "#verdict", "#reasons li:nth-child(2)", "#note-text", "#copy"):
        expect(frame.locator(selector)).to_be_visible()
        assert frame_bottom_of(frame, selector) <= height, selector
    expect(frame.locator("#reasons li:nth-child(3)")).to_be_hidden()
    expect(frame.get_by_role("heading", name="Pros and cons of connecting early")).to_be_hidden()


def test_show_all_the_advice_opens_the_rest_in_place_and_the_frame_follows(wide_blog):
    page, frame = wide_blog
    before = page.locator("iframe").evaluate("frame => frame.getBoundingClientRect().height")
    more = frame.get_by_role("button", name="Show all the advice")
    expect(more).to_have_attribute("aria-expanded", "false")
    more.click()
    for name in ("What would change this", "Pros and cons of connecting early", "Best practices", "Share this advice"):
        expect(frame.get_by_role("heading", name=name)).to_be_visible()
    page.wait_for_function(
        "before => document.querySelector('iframe').getBoundingClientRect().height > before + 500", arg=before
    )
    expect(frame.locator("#reasons-title")).to_be_focused()


def test_open_the_full_tool_carries_the_answers_in_its_link(wide_blog, site):
    _, frame = wide_blog
    link = frame.get_by_role("link", name="Open the full tool")
    kept(frame)
    href = link.get_attribute("href")
    assert href.startswith(site.url + "#") and "embed" not in href
    assert linkstate.decode(href[href.index("#") :])["values"]["interviewer"] == "Dr. Priya Raman"
    assert link.get_attribute("target") == "_blank"


def test_at_360_px_the_verdict_stays_in_view_inside_a_900_px_frame_while_answering(
    open_app, site, serve_folder, tmp_path
):
    folder = tmp_path / "narrow"
    folder.mkdir()
    iframe = embed.iframe_snippet(site.url).replace("max-width:100%", "width:360px")
    (folder / "index.html").write_text(HOST_PAGE % {"background": "#fff", "iframe": iframe, "script": ""})
    page, frame, watch = open_host(
        open_app, serve_folder(folder), wait_for="interactive", viewport={"width": 400, "height": 1000}
    )
    assert page.locator("iframe").evaluate("frame => frame.getBoundingClientRect().height") == 900
    in_view = """(verdict) => [...document.querySelectorAll('[data-verdict="' + verdict + '"]')].some((shown) => {
        const box = shown.getBoundingClientRect();
        return shown.checkVisibility() && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight;
    })"""
    steps = (
        ("date", local_date(10), lambda value: frame.get_by_label("Interview date").fill(value)),
        ("culture", "open", lambda value: frame.locator('input[name="culture"][value="open"]').check()),
        ("presence", "private", lambda value: frame.locator('input[name="presence"][value="private"]').check()),
        ("presence", "open", lambda value: frame.locator('input[name="presence"][value="open"]').check()),
        ("note", False, lambda value: frame.get_by_label("I'll include a personalized note").uncheck()),
        ("note", True, lambda value: frame.get_by_label("I'll include a personalized note").check()),
        ("more", None, lambda value: frame.get_by_text("More about your situation").click()),
        ("stage", "final", lambda value: frame.get_by_label("Interview stage").select_option(value)),
        ("your_name", "Li Wei", lambda value: frame.get_by_label("Your name, for the email").fill(value)),
    )
    inner = page.frames[1]
    values = {}
    for field, value, change in steps:
        change(value)
        if field != "more":
            values[field] = value
        verdict = verdict_for(values)
        try:
            inner.wait_for_function(in_view, arg=verdict, timeout=5_000)
        except Exception:
            raise AssertionError("after %s: no %s verdict in view of the frame" % (field, verdict)) from None
    watch.assert_clean(page)
