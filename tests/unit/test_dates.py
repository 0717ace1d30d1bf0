"""Hand-made calendar arithmetic, checked against CPython's datetime."""

import calendar
import datetime

import pytest

from shouldconnect import content, dates

EPOCH = datetime.date(1970, 1, 1)


def _sample_days():
    """Every day of 2023-2025 plus a spread across the whole supported range."""
    start = datetime.date(2023, 1, 1)
    for offset in range(3 * 366):
        yield start + datetime.timedelta(days=offset)
    for ordinal in range(1, datetime.date(9999, 12, 31).toordinal() + 1, 997):
        yield datetime.date.fromordinal(ordinal)
    yield datetime.date(1, 1, 1)
    yield datetime.date(9999, 12, 31)


SAMPLE_DAYS = list(_sample_days())


def test_leap_years_match_the_gregorian_calendar():
    for year in range(1, 10000):
        assert dates.is_leap_year(year) == calendar.isleap(year), year


def test_parse_iso_accepts_every_real_date():
    for day in SAMPLE_DAYS:
        assert dates.parse_iso(day.isoformat()) == (day.year, day.month, day.day)


@pytest.mark.parametrize(
    "text",
    [
        "2023-02-29",  # not a leap year
        "1900-02-29",  # century, not a leap year
        "2024-04-31",  # April has 30 days
        "2024-13-01",
        "2024-00-10",
        "2024-01-00",
        "0000-01-01",  # year 0 doesn't exist
        "2024-1-01",
        "24-01-01",
        "2024/01/01",
        "01/03/2024",
        "2024-01-01T09:00",
        " 2024-01-01",
        "+024-01-01",
        "2024-01-0a",
        "\u0968\u0966\u0968\u096a-01-01",  # Devanagari digits
        "",
        None,
        20240101,
    ],
)
def test_parse_iso_rejects_anything_that_is_not_a_real_date(text):
    assert dates.parse_iso(text) is None


def test_day_number_counts_days_like_datetime():
    for day in SAMPLE_DAYS:
        expected = (day - EPOCH).days
        assert dates.day_number(day.year, day.month, day.day) == expected, day


@pytest.mark.parametrize(
    "date_iso, today_iso, expected",
    [
        ("2024-05-10", "2024-05-10", 0),
        ("2024-05-11", "2024-05-10", 1),
        ("2024-05-09", "2024-05-10", -1),
        ("2024-02-01", "2024-01-31", 1),  # month boundary
        ("2024-03-01", "2024-02-28", 2),  # leap February
        ("2023-03-01", "2023-02-28", 1),  # ordinary February
        ("2025-01-02", "2024-12-30", 3),  # year boundary
        ("2024-12-30", "2025-01-02", -3),
        ("2025-05-10", "2024-05-10", 365),
    ],
)
def test_days_until(date_iso, today_iso, expected):
    assert dates.days_until(date_iso, today_iso) == expected


@pytest.mark.parametrize(
    "date_iso, today_iso",
    [
        ("", "2024-05-10"),
        ("2024-05-10", ""),
        ("2024-02-30", "2024-02-01"),
        ("next Tuesday", "2024-05-10"),
    ],
)
def test_days_until_is_none_without_two_valid_dates(date_iso, today_iso):
    assert dates.days_until(date_iso, today_iso) is None


def test_date_in_words_names_the_right_weekday_and_the_year_only_when_it_is_another_one():
    for day in SAMPLE_DAYS:
        expected = "%s, %s %d" % (day.strftime("%A"), day.strftime("%B"), day.day)
        assert dates.date_in_words(day.isoformat(), day.replace(month=1, day=1).isoformat()) == expected
        other_year = "%04d-06-01" % (day.year + 1 if day.year < 9999 else day.year - 1)
        assert dates.date_in_words(day.isoformat(), other_year) == expected + ", %d" % day.year


def test_date_in_words_examples():
    assert dates.date_in_words("2026-03-03", "2026-12-01") == "Tuesday, March 3"
    assert dates.date_in_words("9999-12-31", "2026-12-01") == "Friday, December 31, 9999"
    assert dates.date_in_words("2025-11-18", "2026-12-01") == "Tuesday, November 18, 2025"


@pytest.mark.parametrize(
    "days, doubt", [(None, ""), (-8, "past"), (-7, ""), (0, ""), (365, ""), (366, "future"), (2_900_000, "future")]
)
def test_a_date_far_off_asks_whether_the_year_is_right(days, doubt):
    assert dates.year_doubt(days) == doubt
    assert bool(dates.year_question(days)) == bool(doubt)
    if doubt:
        assert dates.year_question(days) == content.DATE_YEAR_CHECK[doubt]


@pytest.mark.parametrize("text", ["", "2024-02-30", "tomorrow"])
def test_date_in_words_is_empty_for_invalid_dates(text):
    assert dates.date_in_words(text) == ""
