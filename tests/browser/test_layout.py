"""The layout holds: every width from a small phone to a wide screen, text at 200%, reduced
motion, and input at its extremes (huge names, emoji, right-to-left scripts, odd dates).
One shared page; each test puts the viewport and the text size back."""

import pytest
from playwright.sync_api import expect

from actions import (
    copy_button,
    fill,
    local_date,
    note_text,
    reason_fields,
    verdict_of,
    wait_for_greeting,
    wait_for_note_containing,
)
from shouldconnect import content, note

DESKTOP = {"width": 1280, "height": 720}  # Playwright's default viewport
WIDTHS = (320, 360, 390, 768, 1024, 1280, 1440)


def scrolls_sideways(page):
    return page.evaluate("document.documentElement.scrollWidth > window.innerWidth")


def at_width(page, width):
    page.set_viewport_size({"width": width, "height": 800})


@pytest.fixture
def view(app):
    """The shared page, its viewport and text size put back after each test."""
    yield app
    app.evaluate("document.documentElement.style.fontSize = ''")
    app.set_viewport_size(DESKTOP)


def assert_layout_holds(page):
    for width in (390, 1280):
        at_width(page, width)
        assert not scrolls_sideways(page), "scrolls sideways at %d px" % width


# --- widths, text size, motion -----------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
def test_no_horizontal_scroll_from_320_to_1440_px(view, width):
    fill(view, "Ana Ruiz", "Initech", "Designer", local_date(10), culture="open", presence="open")
    at_width(view, width)
    assert not scrolls_sideways(view)


@pytest.mark.parametrize("width", (320, 390))
def test_text_at_200_percent_keeps_the_page_usable_on_a_phone(view, width):
    fill(view, "Ana Ruiz", "Initech", "Designer", local_date(10), culture="open", presence="open")
    wait_for_greeting(view, "Ana Ruiz")
    at_width(view, width)
    view.evaluate("document.documentElement.style.fontSize = '200%'")
    assert view.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") == 32
    assert not scrolls_sideways(view)
    copy = copy_button(view)
    copy.scroll_into_view_if_needed()
    expect(copy).to_be_in_viewport()
    copy.click()
    expect(view.locator("#copy-status")).to_contain_text("Copied.")


def test_reduced_motion_stops_every_transition_and_animation(view):
    rules = view.evaluate("""[...document.styleSheets].flatMap((sheet) => [...sheet.cssRules])
        .filter((rule) => rule instanceof CSSMediaRule).map((rule) => rule.conditionText)""")
    assert "(prefers-reduced-motion: reduce)" in rules
    # A transition such as a later change might add (set through the CSSOM, as the policy allows).
    view.evaluate("document.getElementById('copy').style.transition = 'background-color 0.3s'")
    try:
        assert view.evaluate("getComputedStyle(document.getElementById('copy')).transitionDuration") == "0.3s"
        view.emulate_media(reduced_motion="reduce")
        moving = view.evaluate("""[...document.querySelectorAll('*')].filter((element) => {
            const style = getComputedStyle(element);
            return style.transitionDuration.split(', ').some((duration) => duration !== '0s')
                || style.animationName !== 'none';
        }).map((element) => element.id || element.tagName)""")
        assert moving == []
    finally:
        view.emulate_media(reduced_motion="no-preference")
        view.evaluate("document.getElementById('copy').style.transition = ''")


# --- input extremes ------------------------------------------------------------------

HUGE = "Ж" * 9_990 + "Kowalczyk"  # 10,000 characters, and not a single place to break the line
EMOJI = "Zoë 😀👩🏽‍💻"
HEBREW = "שרה כהן"
ARABIC = "شركة المستقبل"


def test_10000_character_names_give_a_verdict_and_an_over_limit_warning(view):
    fill(
        view,
        HUGE,
        HUGE,
        HUGE,
        local_date(10),
        culture="open",
        presence="open",
        mutual_name=HUGE,
        topic=HUGE,
        your_name=HUGE,
    )
    view.get_by_label("Include names and topics in the link").check()
    assert verdict_of(view) == "connect"
    wait_for_note_containing(view, "Kowalczyk")
    assert HUGE in note_text(view)  # the name whole, never cut
    expect(view.locator("#note-warning")).to_contain_text("over LinkedIn's 200-character limit")
    assert_layout_holds(view)
    view.get_by_label("Include names and topics in the link").uncheck()


def test_emoji_and_right_to_left_names_are_written_as_typed_and_counted_right(view):
    fill(view, HEBREW + " " + EMOJI, ARABIC, "מפתחת תוכנה", local_date(10), culture="open", presence="open")
    assert verdict_of(view) == "connect"
    wait_for_greeting(view, HEBREW + " " + EMOJI)
    note_text_now = note_text(view)
    assert ARABIC in note_text_now and "מפתחת תוכנה" in note_text_now
    assert HEBREW.split()[0] in note_text_now  # the given name: emoji are a display name's, not a greeting's
    counted = content.COUNT_NOTE.format(count=note.count_characters(note_text_now), limit=200)
    assert view.locator("#note-count").inner_text() == counted
    assert_layout_holds(view)


@pytest.mark.parametrize(
    "date, verdict, day_words",
    [
        ("1901-01-01", "after", "Tuesday, January 1"),
        ("9999-12-31", "connect", "Friday, December 31"),
    ],
)
def test_a_date_far_in_the_past_or_the_future_gives_a_sensible_verdict_and_note(view, date, verdict, day_words):
    fill(view, "Ana Ruiz", "Initech", "Designer", date, culture="open", presence="open")
    assert verdict_of(view) == verdict
    assert "date" in reason_fields(view)
    wait_for_note_containing(view, day_words)
    assert_layout_holds(view)


def test_a_cleared_date_means_wait_for_lack_of_a_date(view):
    fill(view, "Ana Ruiz", "Initech", "Designer", local_date(10), culture="open", presence="open")
    assert verdict_of(view) == "connect"
    view.get_by_label("Interview date").fill("")
    assert verdict_of(view) == "wait"
    assert reason_fields(view) == ["date"]
    wait_for_greeting(view, "Ana Ruiz")
    assert "[date]" not in note_text(view)  # the message offered now, for after the interview, needs none
    assert_layout_holds(view)
