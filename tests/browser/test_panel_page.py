"""A panel: "Add another interviewer" up to six and "Remove", a verdict per person under a headline
that sums them up, a note per person chosen by name, and the panel carried by a share link, a
reload, "Remember my answers", the calendar reminder and the compact embed; axe finds nothing with
six people on a phone."""

import icalendar
from playwright.sync_api import expect
from test_accessibility import PHONE, violations

from actions import fill, kept, local_date, note_text, wait_for_note_containing
from shouldconnect import content, form, linkstate, panel, rules, verdict_words

# Person 1 connects now; person 2, private on LinkedIn, is better waited for.
DATE = local_date(10)
PANEL = form.normalize(
    {
        "interviewer": "Ana Ruiz",
        "company": "Initech",
        "role": "Designer",
        "date": DATE,
        "culture": "open",
        "presence": "open",
        "panel": [{"interviewer": "Sam Lee", "presence": "private", "topic": "scaling Postgres"}],
    }
)


def person(page, number):
    """Person `number`'s fieldset (2 to 6)."""
    return page.get_by_role("group", name=content.PERSON_LEGEND.format(number=number), exact=True)


def add_person(page, interviewer="", presence="unknown", topic=""):
    """Click "Add another interviewer" and answer for the new person."""
    page.get_by_role("button", name="Add another interviewer").click()
    added = page.locator("fieldset.person").last
    expect(added.get_by_label("Interviewer's name")).to_be_focused()
    added.get_by_label("Interviewer's name").fill(interviewer)
    added.get_by_label("Interviewer's LinkedIn presence").select_option(presence)
    added.get_by_label("A topic from their profile").fill(topic)


def headline(situation):
    return verdict_words.panel_headline(situation, rules.decide_each(situation, 10))


def fill_panel(page):
    """PANEL's answers, from a one-person form (a page shared by a module's tests may have a panel)."""
    while page.locator(".remove-person").count():
        page.locator(".remove-person").last.click()
    fill(page, "Ana Ruiz", "Initech", "Designer", DATE, "open", "open")
    add_person(page, "Sam Lee", "private", "scaling Postgres")


def test_people_are_added_up_to_six_and_removed(open_app):
    page, watch = open_app()
    expect(page.locator("fieldset.person")).to_have_count(0)
    for number in range(2, panel.MAX_PEOPLE + 1):
        add_person(page, "Person %d" % number)
        expect(person(page, number)).to_be_visible()
    add = page.get_by_role("button", name="Add another interviewer")
    expect(add).to_be_hidden()
    expect(page.locator("#panel-full")).to_be_visible()
    page.get_by_role("button", name=content.PERSON_REMOVE.format(number=3)).click()
    expect(page.locator("fieldset.person")).to_have_count(panel.MAX_PEOPLE - 2)
    expect(add).to_be_focused()  # it is back, and where the next step starts
    expect(page.locator("#panel-full")).to_be_hidden()
    # The people after the one who left move up a number, their answers with them.
    expect(person(page, 3).get_by_label("Interviewer's name")).to_have_value("Person 4")
    expect(person(page, 5).get_by_label("Interviewer's name")).to_have_value("Person 6")
    for number in range(panel.MAX_PEOPLE - 1, 1, -1):
        page.get_by_role("button", name=content.PERSON_REMOVE.format(number=number)).click()
    expect(page.locator("fieldset.person")).to_have_count(0)
    expect(page.locator("[data-person]")).to_have_count(1)  # the page's own verdict, person 1's
    expect(page.locator("#verdict")).to_have_attribute("data-person", "1")
    expect(page.locator("#panel-verdicts")).to_be_hidden()
    expect(page.locator("#person-choice")).to_be_hidden()
    watch.assert_clean(page)


def test_each_person_has_a_verdict_and_the_headline_sums_them_up(app):
    fill_panel(app)
    expect(app.locator('[data-person="1"]')).to_have_attribute("data-verdict", "connect")
    expect(app.locator('[data-person="2"]')).to_have_attribute("data-verdict", "wait")
    expect(app.locator("#verdict-headline")).to_have_text(headline(PANEL))
    expect(app.locator("#bar-verdict")).to_have_text(headline(PANEL))
    expect(app.locator("#panel-advice li")).to_have_count(len(content.PANEL_ADVICE))
    blocks = app.locator(".person-advice")
    expect(blocks.nth(1).locator(".person-name")).to_have_text("Sam")
    expect(blocks.nth(1).locator(".flips li").first).not_to_be_empty()  # what would change Sam's
    expect(app.locator("#reasons")).to_be_hidden()  # one person's reasons give way to each person's


def test_each_note_is_chosen_by_name_and_keeps_its_edits(app):
    fill_panel(app)
    choice = app.get_by_label("Messages for")
    expect(choice.locator("option")).to_have_text(["Ana", "Sam"])
    wait_for_note_containing(app, "Hi Ana,")
    choice.select_option(label="Sam")
    wait_for_note_containing(app, "Hi Sam,")
    app.locator("#note-text").fill("Hi Sam, my own words.")
    choice.select_option(label="Ana")
    wait_for_note_containing(app, "Hi Ana,")
    choice.select_option(label="Sam")
    expect(app.locator("#note-text")).to_have_value("Hi Sam, my own words.")
    app.get_by_role("button", name="Copy message").first.click()
    assert app.evaluate("navigator.clipboard.readText()") == "Hi Sam, my own words."


def test_a_share_link_opens_the_panel_and_a_reload_keeps_it(open_app):
    page, watch = open_app("#" + linkstate.encode(PANEL, True))
    expect(person(page, 2).get_by_label("Interviewer's name")).to_have_value("Sam Lee")
    expect(person(page, 2).get_by_label("Interviewer's LinkedIn presence")).to_have_value("private")
    expect(page.locator('[data-person="2"]')).to_have_attribute("data-verdict", "wait")
    expect(page.locator("#verdict-headline")).to_have_text(headline(PANEL))
    person(page, 2).get_by_label("Interviewer's name").fill("Sam Leroy")
    kept(page)
    page.reload()
    expect(page.locator("html")).to_have_attribute("data-state", "ready", timeout=90_000)
    expect(person(page, 2).get_by_label("Interviewer's name")).to_have_value("Sam Leroy")
    expect(page.locator('[data-person="2"]')).to_have_attribute("data-verdict", "wait")
    page.get_by_label("Remember my answers on this device").check()
    kept(page)
    later = page.context.new_page()  # another tab, with no link: what this device remembers
    watch.attach_page(later)
    later.goto(page.url.split("#")[0])
    expect(later.locator("html")).to_have_attribute("data-state", "ready", timeout=90_000)
    expect(person(later, 2).get_by_label("Interviewer's name")).to_have_value("Sam Leroy")
    later.close()
    watch.assert_clean(page)


def test_the_reminder_holds_every_persons_messages(app):
    fill_panel(app)
    wait_for_note_containing(app, "Hi Ana,")
    choice = app.get_by_label("Messages for")
    texts = {}
    for name in ("Ana", "Sam"):
        choice.select_option(label=name)
        for kind, label in (("note", "Connection note with thanks, after the interview"), ("email", "Thank-you email")):
            app.get_by_label(label).check()
            wait_for_note_containing(app, "Hi %s," % name if kind == "note" else "Subject: ")
            wait_for_note_containing(app, name)
            texts[name, kind] = note_text(app)
    with app.expect_download() as downloaded:
        app.get_by_role("button", name="Add a reminder to my calendar").click()
    [event] = icalendar.Calendar.from_ical(open(downloaded.value.path(), "rb").read()).walk("VEVENT")
    description = str(event["DESCRIPTION"])
    for name in ("Ana", "Sam"):
        assert content.REMINDER_FOR.format(name=name) in description
        assert texts[name, "note"] in description and texts[name, "email"] in description


def test_axe_finds_nothing_with_six_people_on_a_phone(open_app):
    page, watch = open_app(viewport=PHONE)
    fill(page, "Ana Ruiz", "Initech", "Designer", DATE, "open", "open")
    for number in range(2, panel.MAX_PEOPLE + 1):
        add_person(page, "Person %d" % number, "private" if number % 2 else "open")
    expect(page.locator(".person-advice")).to_have_count(panel.MAX_PEOPLE)
    wait_for_note_containing(page, "Hi Ana,")
    page.evaluate("window.scrollTo(0, 0)")  # nothing under the pinned bar (test_accessibility.py)
    found = violations(page)
    assert found == [], "\n".join(found)
    watch.assert_clean(page)


def test_the_compact_embed_carries_the_panel(open_app):
    page, watch = open_app("?embed=1#" + linkstate.encode(PANEL, True), wait_for="interactive")
    expect(page.locator('[data-person="2"]')).to_have_attribute("data-verdict", "wait")
    expect(page.locator("#verdict-headline")).to_have_text(headline(PANEL))
    page.locator("#messages").scroll_into_view_if_needed()  # starts the writer in an embed
    page.get_by_label("Messages for").select_option(label="Sam")
    wait_for_note_containing(page, "Hi Sam,")
    watch.assert_clean(page)
