"""While the message writer downloads, on a slow line: its progress bar rises with the bytes, a
screen reader hears it only at each quarter, the bar is gone once the note shows, and Copy message
pressed before then says how far it is and copies nothing, not even the note that comes later."""

import re

import pytest
from playwright.sync_api import expect

from actions import copy_button, on_a_slow_line, writer_progress_above
from shouldconnect import content

pytestmark = pytest.mark.only_browser("chromium")  # CDP's network emulation, the clipboard

LOAD_TIMEOUT_MS = 90_000
# Every text the live region takes, in order (an empty one included).
RECORD_SAID = """
window.__said = [];
addEventListener('DOMContentLoaded', () => {
  const said = document.getElementById('writer-said');
  new MutationObserver(() => window.__said.push(said.textContent))
    .observe(said, {childList: true, characterData: true, subtree: true});
});
"""
# How far the verdict bar's line under Copy message is filled, in percent (null: not known yet).
BAR_LINE_FILLED = """() => {
  const line = document.getElementById('bar-progress');
  return line.checkVisibility() && line.dataset.known === 'yes' ? parseFloat(line.firstElementChild.style.width) : null;
}"""

# Where an element's top is on the page (not on the screen).
PAGE_TOP = "element => element.getBoundingClientRect().top + window.scrollY"


def slow_page(open_app, **context_args):
    """A fresh page on a slow line, once its verdict shows (the writer still downloading)."""

    def prepare(context):
        on_a_slow_line(context)
        context.add_init_script(RECORD_SAID)

    return open_app(
        wait_for="interactive", prepare=prepare, permissions=["clipboard-read", "clipboard-write"], **context_args
    )


def test_the_progress_bar_rises_with_the_bytes_and_is_gone_when_the_note_shows(open_app):
    page, watch = slow_page(open_app)
    bar = page.get_by_role("progressbar", name=content.WRITER_GETTING_READY)
    expect(bar).to_be_visible()
    expect(bar).to_have_attribute("aria-valuemax", "100")
    first = writer_progress_above(page, 0)
    counter_top = page.locator("#note-count").evaluate(PAGE_TOP)
    second = writer_progress_above(page, first)
    assert 0 < first < second < 100
    expect(page.locator("#writer-words")).to_have_text(re.compile(r"Getting the message writer ready: \d+%"))
    page.wait_for_selector("html[data-state=ready]", timeout=LOAD_TIMEOUT_MS)
    expect(page.locator("#note-text")).not_to_have_value("")
    expect(page.locator("#writer-progress")).to_be_hidden()
    expect(page.locator("#bar-progress")).to_be_hidden()
    # It took the box's last lines: what follows the box did not move when it went.
    assert page.locator("#note-count").evaluate(PAGE_TOP) == counter_top
    # The live region spoke at quarters only, then fell silent: a calm pace, not every step.
    said = page.evaluate("window.__said")
    quarters = [text for text in said if text]
    assert 1 <= len(quarters) <= 3
    assert all(re.fullmatch(r"Getting the message writer ready: \d+%", text) for text in quarters)
    assert said[-1] == ""
    watch.assert_clean(page)


def test_copy_before_the_note_says_how_far_it_is_and_copies_nothing(open_app):
    page, watch = slow_page(open_app)
    page.evaluate("navigator.clipboard.writeText('')")
    writer_progress_above(page, 0)
    copy_button(page).click()
    said = page.locator("#copy-status")
    expect(said).to_have_text(
        re.compile(r"The message is still on its way \(\d+%\)\. It appears here when it's ready\.")
    )
    percent = int(re.search(r"\d+", said.text_content()).group())
    assert 0 < percent < 100
    page.wait_for_selector("html[data-state=ready]", timeout=LOAD_TIMEOUT_MS)
    expect(page.locator("#note-text")).not_to_have_value("")
    # The note that came later was not copied either: the candidate sees it before it is copied.
    assert page.evaluate("navigator.clipboard.readText()") == ""
    watch.assert_clean(page)


def test_on_a_phone_the_bar_shows_the_writer_on_its_way_and_copy_says_how_far(open_app):
    page, watch = slow_page(open_app, viewport={"width": 390, "height": 844})
    page.evaluate("navigator.clipboard.writeText('')")
    line = page.locator("#bar-progress")
    expect(line).to_be_visible()
    first = page.wait_for_function(
        f"() => {{ const done = ({BAR_LINE_FILLED})(); return done > 0 && done < 100 && done; }}"
    )
    first = first.json_value()
    page.wait_for_function(f"(first) => ({BAR_LINE_FILLED})() > first", arg=first, timeout=LOAD_TIMEOUT_MS)
    # The line sits on the bar's Copy message, inside the pinned bar.
    button = page.locator("#bar-copy").bounding_box()
    drawn = line.bounding_box()
    assert button["x"] <= drawn["x"] and drawn["x"] + drawn["width"] <= button["x"] + button["width"]
    assert button["y"] <= drawn["y"] and drawn["y"] + drawn["height"] <= button["y"] + button["height"]
    page.locator("#bar-copy").click()
    expect(page.locator("#copy-status")).to_contain_text("The message is still on its way")
    expect(page.locator("#copy-status")).to_be_in_viewport()
    expect(page.locator("#writer-progress")).to_be_in_viewport()
    page.wait_for_selector("html[data-state=ready]", timeout=LOAD_TIMEOUT_MS)
    expect(line).to_be_hidden()
    assert page.evaluate("navigator.clipboard.readText()") == ""
    watch.assert_clean(page)


def test_in_an_embed_the_bar_appears_when_the_writer_starts_at_the_first_change(open_app):
    page, watch = slow_page(open_app, path="?embed=1", viewport={"width": 390, "height": 500})
    expect(page.locator("#messages")).not_to_be_in_viewport()
    page.wait_for_load_state("networkidle")
    expect(page.locator("#writer-progress")).to_be_hidden()
    expect(page.locator("#bar-progress")).to_be_hidden()
    page.get_by_label("Interviewer's name").fill("Kim Ito")
    expect(page.locator("#bar-progress")).to_be_visible()
    writer_progress_above(page, writer_progress_above(page, 0))
    page.wait_for_selector("html[data-state=ready]", timeout=LOAD_TIMEOUT_MS)
    expect(page.locator("#writer-progress")).to_be_hidden()
    watch.assert_clean(page)
