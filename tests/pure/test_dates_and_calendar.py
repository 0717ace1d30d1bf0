"""Dates without the datetime module (MicroPython's is not there): reading them, days between, in
words, a year that looks mistyped; and the calendar file's folded lines."""

from shouldconnect import dates, reminder

PARSE_CASES = (
    {"name": "a leap day", "text": "2024-02-29", "expected": (2024, 2, 29)},
    {"name": "2000 was a leap year", "text": "2000-02-29", "expected": (2000, 2, 29)},
    {"name": "1900 was not a leap year", "text": "1900-02-29", "expected": None},
    {"name": "April 31", "text": "2025-04-31", "expected": None},
    {"name": "a non-date", "text": "03/03/2026", "expected": None},
)
DAYS_CASES = (
    {"name": "across a new year", "date": "2025-01-02", "today": "2024-12-30", "expected": 3},
    {"name": "across a leap February", "date": "2024-03-01", "today": "2024-02-28", "expected": 2},
    {"name": "in the past", "date": "2024-02-28", "today": "2024-03-01", "expected": -2},
    {"name": "without a date", "date": "", "today": "2024-03-01", "expected": None},
)
WORDS_CASES = (
    {"name": "this year", "date": "2026-03-03", "today": "2026-12-01", "expected": "Tuesday, March 3"},
    {"name": "at the epoch", "date": "1970-01-01", "today": "1970-06-01", "expected": "Thursday, January 1"},
    {"name": "another year", "date": "9999-12-31", "today": "2026-12-01", "expected": "Friday, December 31, 9999"},
)
DOUBT_CASES = (
    {"name": "a week and a day back", "days": -8, "expected": "past"},
    {"name": "a year and a day ahead", "days": 366, "expected": "future"},
)
CASES = {
    "test_parse_iso": PARSE_CASES,
    "test_days_until": DAYS_CASES,
    "test_date_in_words": WORDS_CASES,
    "test_year_doubt": DOUBT_CASES,
}


def test_parse_iso(case):
    assert dates.parse_iso(case["text"]) == case["expected"]


def test_days_until(case):
    assert dates.days_until(case["date"], case["today"]) == case["expected"]


def test_date_in_words(case):
    words = dates.date_in_words(case["date"], case["today"])

    assert words == case["expected"], words


def test_year_doubt(case):
    assert dates.year_doubt(case["days"]) == case["expected"]


def test_calendar_file_folds_a_long_line_between_characters():
    text = reminder.calendar_file("u", "20261201T000000Z", "2026-12-11", "", "s", "\u00e9" * 100)

    longest = max(len(line.encode("utf-8")) for line in text.split("\r\n"))

    assert longest == 75, longest
