"""Messages a careful recruiter would send, in the browser: the "Greet them as" field, the
question beside a date whose year may be a slip, the counter that counts as a text box does,
and the calendar reminder, read back with icalendar. Expected words come from the content."""

import datetime

import icalendar
import pytest
from playwright.sync_api import expect

from actions import fill, local_date, note_text, verdict_for, wait_for_greeting, wait_for_note_containing
from shouldconnect import content, dates, names, note


def test_greet_them_as_is_filled_in_for_the_tone_and_the_candidate_can_change_it(app):
    fill(app, "Dr. Priya Raman (she/her) | Hiring", "Initech", "Credit Risk Analyst", local_date(10), "open", "open")
    greet = app.get_by_label("Greet them as")
    expect(greet).to_have_value("Priya")
    wait_for_note_containing(app, "Hi Priya,")
    app.get_by_label("Formal", exact=True).check()
    expect(greet).to_have_value("Dr. Raman")
    wait_for_note_containing(app, "Dear Dr. Raman,")
    greet.fill("Professor Raman")
    wait_for_note_containing(app, "Dear Professor Raman,")
    app.get_by_label("Warm", exact=True).check()  # the candidate's own wins over the suggestion
    expect(greet).to_have_value("Professor Raman")
    wait_for_note_containing(app, "Hi Professor Raman,")
    greet.fill("")  # emptied: it follows the name again
    expect(greet).to_have_value("Priya")
    wait_for_note_containing(app, "Hi Priya,")


def test_a_name_that_may_put_the_family_name_first_asks_which_is_the_given_name(app):
    fill(app, "Kim Min-jun", "Initech", "Analyst", local_date(10), "open", "open")
    question = app.locator("#greet-order")
    expect(question).to_have_text(names.order_question("Kim Min-jun"))
    expect(app.get_by_label("Greet them as")).to_have_value("Kim Min-jun")
    wait_for_note_containing(app, "Hi Kim Min-jun,")
    app.get_by_label("Greet them as").fill("Min-jun")
    wait_for_note_containing(app, "Hi Min-jun,")
    app.get_by_label("Interviewer's name").fill("Ana Ruiz")
    expect(question).to_be_hidden()


@pytest.mark.parametrize("offset, doubt", [(-400, "past"), (-8, "past"), (400, "future")])
def test_a_date_whose_year_may_be_a_slip_asks_beside_the_field(app, offset, doubt):
    fill(app, "Ana Ruiz", "Initech", "Designer", local_date(offset), "open", "open")
    year = app.locator("#date-year")
    expect(year).to_have_text(dates.year_question(offset))
    assert year.get_attribute("id") in app.get_by_label("Interview date").get_attribute("aria-describedby")
    expected = verdict_for({"date": local_date(offset), "culture": "open", "presence": "open"})
    assert app.locator("#verdict").get_attribute("data-verdict") == expected
    app.get_by_label("Interview date").fill(local_date(3))
    expect(year).to_be_hidden()


def test_a_late_thank_you_no_longer_speaks_of_24_hours(app):
    fill(app, "Ana Ruiz", "Initech", "Designer", local_date(-10), "open", "open")
    app.get_by_label("Thank-you email").check()
    expect(app.locator("#note-when")).to_have_text(note.message_intro("email", "after", -10))
    wait_for_note_containing(app, dates.date_in_words(local_date(-10), local_date(0)))
    app.get_by_label("Interview date").fill(local_date(-1))
    expect(app.locator("#note-when")).to_have_text(note.message_intro("email", "after", -1))


@pytest.mark.parametrize(
    "text",
    ["👩‍💻 Hello", "🇯🇵 Tokyo", "Café", "Cafe\u0301", "x" * 199 + "😀"],
    ids=["coder", "flag", "é", "e+´", "edge"],
)
def test_the_counter_counts_as_a_text_box_does(app, text):
    fill(app, "Ana Ruiz", "Initech", "Designer", local_date(10), "open", "open")
    wait_for_greeting(app, "Ana Ruiz")
    app.locator("#note-text").fill(text)
    units = len(text.encode("utf-16-le")) // 2
    expect(app.locator("#note-count")).to_have_text(content.COUNT_NOTE.format(count=units, limit=200))
    assert app.locator("#note-count").get_attribute("data-over") == ("yes" if units > 200 else "no")
    # The page says how emoji count.
    expect(app.get_by_text("an emoji can count as two or more")).to_be_visible()
    app.get_by_role("button", name="Rewrite from my answers").click()


def test_the_calendar_reminder_holds_the_day_and_the_messages_as_shown(app):
    fill(
        app, "Zoë Martínez-García", "Initech; Inc.", "Credit Risk Analyst", local_date(3), "open", "open",
        your_name="Li Wei",
    )  # fmt: skip
    wait_for_greeting(app, "Zoë Martínez-García")
    app.get_by_label("Remind me on the interview day at").fill("19:45")
    app.get_by_label("Connection note with thanks, after the interview").check()
    app.locator("#note-text").fill("Hi Zoë, thank you, truly; it was a pleasure. 🚀")  # an edit is what they'll send
    app.get_by_label("Thank-you email").check()
    wait_for_note_containing(app, "Subject: ")
    email = note_text(app)
    with app.expect_download() as downloaded:
        app.get_by_role("button", name="Add a reminder to my calendar").click()
    download = downloaded.value
    assert download.suggested_filename == content.REMINDER_FILE
    expect(app.locator("#reminder-status")).to_have_text(content.REMINDER_SAVED)
    data = open(download.path(), "rb").read()
    assert b"\r\n" in data and max(len(line) for line in data.split(b"\r\n")) <= 75
    [event] = icalendar.Calendar.from_ical(data).walk("VEVENT")
    start = datetime.date.fromisoformat(local_date(3))
    assert event.decoded("DTSTART") == datetime.datetime(start.year, start.month, start.day, 19, 45)
    assert str(event["SUMMARY"]) == content.REMINDER_TITLE_AT.format(company="Initech; Inc.")
    assert str(event["DESCRIPTION"]) == content.REMINDER_DESCRIPTION.format(
        note="Hi Zoë, thank you, truly; it was a pleasure. 🚀", email=email
    )
    assert str(event["UID"]).endswith("@should-i-connect")


def test_the_reminder_is_offered_only_for_an_interview_still_ahead(app):
    reminder = app.locator("#reminder")
    fill(app, "Ana Ruiz", "Initech", "Designer", local_date(2), "open", "open")
    expect(reminder).to_be_visible()
    app.get_by_label("Interview date").fill("")
    expect(reminder).to_be_hidden()
    app.get_by_label("Interview date").fill(local_date(-2))
    expect(reminder).to_be_hidden()
