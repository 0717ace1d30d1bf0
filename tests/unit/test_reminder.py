"""The calendar reminder is a real iCalendar file: icalendar (the reference library) reads back
the date, the time and the messages exactly, and the text follows RFC 5545's rules."""

import datetime

import icalendar
import pytest

from shouldconnect import reminder

NOTE = "Hi Priya, thank you for talking with me about the Analyst role at Initech; I'd be glad to stay in touch."
EMAIL = (
    "Subject: Thank you for the conversation\n\nHi Priya,\n\nThank you, truly: 👩‍💻 🇯🇵 café, Zoë"
    " Martínez-García, \\ and; commas, all kept.\n\nBest wishes,\nAna Ruiz"
)
DESCRIPTION = "Your connection note:\n\n" + NOTE + "\n\nYour thank-you email:\n\n" + EMAIL


def event_of(text):
    calendar = icalendar.Calendar.from_ical(text)
    [event] = calendar.walk("VEVENT")
    return calendar, event


def made(time_text="18:30"):
    return reminder.calendar_file(
        "0f8c-uid@should-i-connect", "20261201T141500Z", "2026-12-11", time_text, "Send your thank-you", DESCRIPTION
    )


def test_icalendar_reads_back_the_evening_and_the_messages_exactly():
    calendar, event = event_of(made())
    assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"] == reminder.PRODUCT
    assert event.decoded("DTSTART") == datetime.datetime(2026, 12, 11, 18, 30)  # floating: local wherever you are
    assert event.decoded("DURATION") == datetime.timedelta(minutes=30)
    assert str(event["SUMMARY"]) == "Send your thank-you"
    assert str(event["DESCRIPTION"]) == DESCRIPTION
    assert str(event["UID"]) == "0f8c-uid@should-i-connect"
    assert event.decoded("DTSTAMP") == datetime.datetime(2026, 12, 1, 14, 15, tzinfo=datetime.timezone.utc)
    [alarm] = event.walk("VALARM")
    assert alarm.decoded("TRIGGER") == datetime.timedelta(0)


def test_lines_end_in_crlf_and_fold_at_75_octets_without_splitting_a_character():
    data = made().encode("utf-8")
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # the description was long enough to fold
    for line in lines:
        line.decode("utf-8")  # a character cut in two would not decode


@pytest.mark.parametrize("time_text, start", [("", (18, 0)), ("7:5", (18, 0)), ("24:00", (18, 0)), ("08:05", (8, 5))])
def test_a_missing_or_odd_time_means_the_evening(time_text, start):
    _, event = event_of(made(time_text))
    assert (event.decoded("DTSTART").hour, event.decoded("DTSTART").minute) == start


def test_no_date_no_file():
    assert reminder.calendar_file("u", "20261201T000000Z", "", "18:00", "s", "d") == ""


def test_text_escaping_follows_rfc_5545():
    assert reminder.escape_text("a\\b;c,d\r\ne\rf\ng") == "a\\\\b\\;c\\,d\\ne\\nf\\ng"
