"""Embedding in a blog: a host page on another local port frames the tool, as a careers blog would."""

import re

import pytest
from playwright.sync_api import expect

from actions import local_date
from shouldconnect import embed

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


def open_host(open_app, host, **context_args):
    page, watch = open_app(site_url=host.url, wait_for=None, **context_args)
    frame = page.frame_locator("iframe")
    expect(frame.locator("html")).to_have_attribute("data-state", "ready", timeout=90_000)
    return page, frame, watch


@pytest.fixture(scope="module")
def embedded(open_app, site, serve_folder, tmp_path_factory):
    host = host_page(tmp_path_factory.mktemp("hosts"), serve_folder, site.url, "blog")
    page, frame, watch = open_host(
        open_app, host, permissions=["clipboard-read", "clipboard-write"], viewport={"width": 320, "height": 800}
    )
    yield page, frame
    watch.assert_clean(page)


def test_the_tool_works_inside_the_frame_without_its_header_and_footer(embedded):
    _, frame = embedded
    expect(frame.locator(".site-header .lede")).to_be_hidden()
    expect(frame.locator(".site-footer")).to_be_hidden()
    assert frame.locator(".site-header").evaluate("header => header.getBoundingClientRect().height") <= 1
    frame.get_by_label("Interviewer's name").fill("Ana Ruiz")
    frame.get_by_label("Interview date").fill(local_date(10))
    frame.locator('input[name="culture"][value="open"]').check()
    frame.locator('input[name="presence"][value="open"]').check()
    expect(frame.locator("#verdict")).to_have_attribute("data-verdict", "connect")
    expect(frame.locator("#note-text")).to_have_value(re.compile(".*Ana Ruiz.*", re.S))


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
    page.evaluate("""() => window.postMessage({type: 'should-i-connect:height', height: 321}, '*')""")
    page.wait_for_timeout(200)
    assert page.evaluate("document.querySelector('iframe').style.height") == before


def test_copy_works_inside_the_frame_when_the_host_allows_it(embedded):
    page, frame = embedded
    frame.get_by_role("button", name="Copy message").click()
    expect(frame.locator("#copy-status")).to_contain_text("Copied.")
    assert page.evaluate("navigator.clipboard.readText()") == frame.locator("#note-text").input_value()


def test_without_clipboard_permission_copy_selects_the_note_and_says_press_ctrl_c(
    open_app, site, serve_folder, tmp_path
):
    host = host_page(tmp_path, serve_folder, site.url, "strict-blog", allow_clipboard=False, background="#111")
    page, frame, watch = open_host(open_app, host)
    frame.get_by_role("button", name="Copy message").click()
    expect(frame.locator("#copy-status")).to_contain_text("press Ctrl+C")
    selected = frame.locator("#note-text").evaluate("box => box.value.slice(box.selectionStart, box.selectionEnd)")
    assert selected and selected == frame.locator("#note-text").input_value()
    # The refused clipboard is reported (by Chromium and by our log); nothing else may go wrong.
    watch.problems = [problem for problem in watch.problems if "clipboard" not in problem.lower()]
    watch.assert_clean(page)


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
