"""Remembering answers on this device: off by default, kept only when asked, cleared in one click."""

from playwright.sync_api import expect

from actions import fill, kept, local_date, verdict_of
from shouldconnect import linkstate

KEY = "should-i-connect:answers"


def stored(page):
    """What this device holds, once the page has kept the newest answers."""
    kept(page)
    return page.evaluate("key => localStorage.getItem(key)", KEY)


def test_answers_are_kept_only_when_asked_and_forgotten_in_one_click(open_app):
    page, watch = open_app(wait_for="interactive")
    fill(page, "Ana Ruiz", "Initech", "Designer", local_date(10), culture="open", presence="open")
    assert stored(page) is None and page.evaluate("localStorage.length") == 0

    page.get_by_label("Remember my answers on this device").check()
    assert "Ana" in stored(page)
    page.goto(page.url.split("#")[0])  # a fresh visit, without the answers in the address
    page.wait_for_selector("html[data-state=interactive]")
    assert page.get_by_label("Interviewer's name").input_value() == "Ana Ruiz"
    assert verdict_of(page) == "connect"
    expect(page.get_by_label("Remember my answers on this device")).to_be_checked()

    page.get_by_role("button", name="Forget my answers").click()
    expect(page.locator("#remember-status")).to_have_text("Your answers are forgotten on this device.")
    assert page.evaluate("localStorage.length") == 0
    page.get_by_label("Interviewer's name").fill("Someone else")
    kept(page)
    assert page.evaluate("localStorage.length") == 0
    watch.assert_clean(page)


def test_unticking_remember_forgets_too(open_app):
    page, watch = open_app(wait_for="interactive")
    page.get_by_label("Remember my answers on this device").check()
    page.get_by_label("Interviewer's name").fill("Ana")
    assert stored(page)
    page.get_by_label("Remember my answers on this device").uncheck()
    assert stored(page) is None
    watch.assert_clean(page)


def test_a_change_made_just_before_the_tab_goes_away_is_kept(open_app):
    # The answers are kept when the browser is idle, and at once when the page is left: a key
    # press and the tab closing in the same moment (one task here, so no idle time between).
    page, watch = open_app(wait_for="interactive")
    page.get_by_label("Remember my answers on this device").check()
    held = page.evaluate(
        """key => {
          const name = document.getElementById('interviewer');
          name.value = 'Zoë Martínez-García';
          name.dispatchEvent(new Event('input', {bubbles: true}));
          dispatchEvent(new PageTransitionEvent('pagehide', {persisted: false}));
          return localStorage.getItem(key);
        }""",
        KEY,
    )
    assert linkstate.decode(held)["values"]["interviewer"] == "Zoë Martínez-García"
    watch.assert_clean(page)


def test_a_half_typed_date_is_named_next_to_the_field(open_app):
    page, watch = open_app(wait_for="interactive")
    date = page.get_by_label("Interview date")
    date.click()
    page.keyboard.type("12")  # the month only
    page.get_by_label("Job title").click()  # and leave the field
    error = page.locator("#date-error")
    expect(error).to_have_text("This date isn't complete: fill in the day, month and year (or clear it).")
    assert date.get_attribute("aria-invalid") == "true"
    assert "date-error" in date.get_attribute("aria-describedby")
    assert verdict_of(page) == "wait"
    date.fill("")
    expect(error).to_be_hidden()
    watch.assert_clean(page)
