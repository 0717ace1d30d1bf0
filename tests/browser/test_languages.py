"""Every language's page in real Chromium: the advice, the note, copy, the share link, the switcher
that keeps the answers, the English page's one-time offer, axe, and a phone's screen. One loaded
page per language serves the read-only checks; expected words come from the catalogs."""

import datetime
import json

import pytest
from playwright.sync_api import expect
from test_accessibility import violations
from test_phone import AVOIDABLY_BROKEN_WORDS, BROKEN_WORDS

import engine
from actions import fill_fields, kept, local_date
from shouldconnect import content, linkstate, note
from shouldconnect.languages import TRANSLATED
from tools import catalogs

CODES = [language["code"] for language in TRANSLATED]
ANSWERS = {
    "interviewer": "Dr. José Álvarez-Núñez",
    "company": "Zürich Café & Co",
    "role": "Data Analyst",
    "culture": "open",
    "presence": "open",
}


def words(language):
    """The language's catalog: {English sentence: its translation}."""
    return catalogs.compiled(language)["messages"]


def expected_messages(language, values, days):
    """The messages the engine writes for these answers in this language, on CPython."""
    from shouldconnect import form, i18n, note, rules

    with i18n.speaking(catalogs.compiled(language)):
        request = note.writer_request(
            form.normalize(values),
            days,
            datetime.date.today().isoformat(),
            rules.decide(form.normalize(values), days)["verdict"],
        )
        return json.loads(engine.render_messages(json.dumps(request)))["messages"]


@pytest.fixture(scope="module", params=TRANSLATED, ids=CODES)
def speaking(request, open_app):
    """A language's page with a "connect" answer and its note written; (page, language, values)."""
    language = request.param
    page, watch = open_app(language["folder"], permissions=["clipboard-read", "clipboard-write"])
    values = dict(ANSWERS, date=local_date(10))
    fill_fields(page, values)
    expect(page.locator("#verdict")).to_have_attribute("data-verdict", "connect")
    yield page, language, values
    watch.assert_clean(page)


def test_the_verdict_and_its_reasons_are_in_the_pages_language(speaking):
    page, language, _ = speaking
    catalog = words(language)
    expect(page.locator("html")).to_have_attribute("lang", language["tag"])
    expect(page.locator("#verdict-headline")).to_have_text(catalog[content.HEADLINES["connect"]])
    reasons = [catalog[content.REASONS[reason]] for reason in ("culture-open", "note-included", "presence-open")]
    reasons.append(catalog[content.REASONS["enough-time"]])
    expect(page.locator("#reasons li")).to_have_text(reasons)


def test_the_note_is_the_one_the_engine_writes_in_that_language(speaking):
    page, language, values = speaking
    written = expected_messages(language, values, 10)["note-before"]
    expect(page.locator("#note-text")).to_have_value(written)
    counter = words(language)[content.COUNT_NOTE].format(count=note.count_characters(written), limit=200)
    expect(page.locator("#note-count")).to_have_text(counter)


@pytest.mark.only_browser("chromium")  # reads the clipboard or long tasks: Chromium only
def test_copy_puts_the_note_on_the_clipboard_and_says_so_in_that_language(speaking):
    page, language, _ = speaking
    page.locator("#copy").click()
    expect(page.locator("#copy-status")).to_have_text(words(language)[content.COPIED])
    assert page.evaluate("navigator.clipboard.readText()") == page.locator("#note-text").input_value()


def test_the_share_link_opens_the_same_advice_in_the_same_language(speaking, open_app, site):
    page, language, _ = speaking
    kept(page)
    link = page.locator("#share-url").input_value()
    assert link.startswith(site.url + language["folder"] + "#")
    shared, watch = open_app(link[len(site.url) :])
    expect(shared.locator("#verdict")).to_have_attribute("data-verdict", "connect")
    expect(shared.locator("#verdict-headline")).to_have_text(words(language)[content.HEADLINES["connect"]])
    expect(shared.locator("#culture")).to_have_count(0)  # radios, by name: the answer came along
    assert linkstate.decode(shared.evaluate("location.hash"))["values"]["culture"] == "open"
    watch.assert_clean(shared)


def test_no_accessibility_violations_in_any_language(speaking):
    page, _, _ = speaking
    assert violations(page) == []


def test_a_phone_screen_needs_no_sideways_scrolling_in_any_language(speaking):
    page, _, _ = speaking
    page.set_viewport_size({"width": 390, "height": 844})
    try:
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        bar = page.locator("#verdict-bar")
        expect(bar).to_be_visible()
        assert bar.bounding_box()["height"] <= 844 * 0.15, "the pinned bar should leave the screen to the form"
        assert page.evaluate(BROKEN_WORDS) == []
        # At 200% text a long word ("Vorstellungsgespräch" in a heading) may be wider than its
        # line: only such a word may break, and there the stylesheet lets the browser hyphenate it.
        page.evaluate("document.documentElement.style.fontSize = '200%'")
        assert page.evaluate(AVOIDABLY_BROKEN_WORDS) == []
    finally:
        page.evaluate("document.documentElement.style.fontSize = ''")
        page.set_viewport_size({"width": 1280, "height": 720})


@pytest.mark.parametrize("language", TRANSLATED, ids=CODES)
def test_switching_language_keeps_every_answer_and_writes_the_note_anew(open_app, site, language):
    page, watch = open_app()
    fill_fields(page, dict(ANSWERS, date=local_date(10)))
    page.locator("#note-text").fill("My own words")  # an English edit stays on the English page
    page.locator('nav a[data-language="%s"]' % language["code"]).click()
    page.wait_for_url(site.url + language["folder"] + "#*")
    expect(page.locator("html")).to_have_attribute("lang", language["tag"])
    expect(page.locator("#verdict")).to_have_attribute("data-verdict", "connect")
    for field in ("interviewer", "company", "role"):  # names too, though the link holds none
        expect(page.locator("#" + field)).to_have_value(ANSWERS[field])
    note = expected_messages(language, dict(ANSWERS, date=local_date(10)), 10)["note-before"]
    expect(page.locator("#note-text")).to_have_value(note, timeout=60_000)
    watch.assert_clean(page)


def test_the_english_page_offers_the_readers_language_once(open_app):
    page, watch = open_app(locale="de-DE")
    offer = page.locator('[data-suggest="de"]')
    expect(offer).to_be_visible()
    expect(offer).to_have_attribute("lang", "de")
    expect(page.locator("[data-suggest]:visible")).to_have_count(1)
    page.reload()
    page.wait_for_selector("html[data-state=interactive], html[data-state=ready]")
    expect(page.locator("[data-suggest]:visible")).to_have_count(0)
    watch.assert_clean(page)


def test_no_offer_for_a_reader_who_prefers_english_or_a_language_the_page_lacks(open_app):
    for locale in ("en-GB", "ja-JP"):
        page, watch = open_app(locale=locale)
        expect(page.locator("[data-suggest]:visible")).to_have_count(0)
        watch.assert_clean(page)
