"""Calendar arithmetic by hand, because MicroPython in the browser has no datetime.

Dates travel as ISO text ("YYYY-MM-DD", what an <input type="date"> gives) and
"today" is always passed in, so the results never depend on the machine's clock.
"""

from .content import DATE_YEAR_CHECK
from .i18n import _, catalog

# Only ASCII digits: str.isdigit() also accepts other scripts, and differs between Pythons.
_DIGITS = "0123456789"
_EPOCH_WEEKDAY = 3  # 1970-01-01, day number 0, was a Thursday (Monday is 0).


def is_leap_year(year):
    """Gregorian leap-year rule, needed to know whether February 29 exists."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
    """Length of a month, so impossible dates such as April 31 are rejected."""
    if month == 2:
        return 29 if is_leap_year(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def is_number(text):
    """Digits only (ASCII), at least one."""
    return text != "" and all(char in _DIGITS for char in text)


def parse_iso(text):
    """Return (year, month, day) for a real calendar date written YYYY-MM-DD, else None.

    Strict on purpose: anything else means "no usable date" rather than a guess.
    """
    if not isinstance(text, str) or len(text) != 10 or text[4] != "-" or text[7] != "-":
        return None
    parts = (text[0:4], text[5:7], text[8:10])
    if not all(is_number(part) for part in parts):
        return None
    year, month, day = int(parts[0]), int(parts[1]), int(parts[2])
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return None
    if not 1 <= day <= days_in_month(year, month):
        return None
    return (year, month, day)


def day_number(year, month, day):
    """Days since 1970-01-01 (negative before it), so two dates can be subtracted.

    Howard Hinnant's "days from civil" algorithm: count whole 400-year eras, then
    days inside the era using a year that starts in March (so the leap day comes last).
    """
    if month <= 2:
        year -= 1
    era = year // 400
    year_of_era = year - era * 400
    month_from_march = (month + 9) % 12
    day_of_year = (153 * month_from_march + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


def days_until(date_iso, today_iso):
    """Whole days from today to the date: 0 today, 1 tomorrow, negative once past.

    None when either date is missing or invalid, so callers can say "no date yet".
    """
    target = parse_iso(date_iso)
    today = parse_iso(today_iso)
    if target is None or today is None:
        return None
    return day_number(*target) - day_number(*today)


def weekday_of(year, month, day):
    """0 for Monday to 6 for Sunday."""
    return (day_number(year, month, day) + _EPOCH_WEEKDAY) % 7


def format_pattern(pattern, year, month, day, names):
    """A date in a CLDR pattern with the few fields our dates use: EEEE (weekday), MMMM (month),
    d (day), y (year) and 'quoted' text ("EEEE, d 'de' MMMM" gives "sábado, 5 de diciembre")."""
    fields = {"EEEE": names["weekdays"][weekday_of(year, month, day)], "MMMM": names["months"][month - 1]}
    # The first of the month as the language writes it ("1er mars"), where it differs from "1".
    fields.update({"d": names.get("first_day", "1") if day == 1 else str(day), "y": str(year)})
    out, index = [], 0
    while index < len(pattern):
        char = pattern[index]
        if char == "'":
            close = pattern.find("'", index + 1)
            close = len(pattern) if close < 0 else close
            out.append(pattern[index + 1 : close] or "'")
            index = close + 1
            continue
        run = index
        while run < len(pattern) and pattern[run] == char:
            run += 1
        out.append(fields.get(pattern[index:run], pattern[index:run]))
        index = run
    return "".join(out)


def date_in_words(date_iso, today_iso=""):
    """A friendly date in the page's language, as CLDR writes it: "Tuesday, March 3", "martes, 3
    de marzo", with the year when it is not today's year ("Friday, December 31, 9999"); "" if invalid."""
    parsed = parse_iso(date_iso)
    if parsed is None:
        return ""
    year, month, day = parsed
    names = catalog()["dates"]
    today = parse_iso(today_iso)
    pattern = names["day"] if today is not None and today[0] == year else names["day_year"]
    return format_pattern(pattern, year, month, day, names)


# A date further back or ahead than this was probably typed with the wrong year.
LIKELY_PAST_DAYS = 7
LIKELY_AHEAD_DAYS = 365


def year_question(days):
    """The question beside the date when its year may be a slip, or ""."""
    doubt = year_doubt(days)
    if not doubt:
        return ""
    return _(DATE_YEAR_CHECK[doubt])


def year_doubt(days):
    """ "past" or "future" when a date is far enough off that its year may be a slip, else ""."""
    if days is None:
        return ""
    if days < -LIKELY_PAST_DAYS:
        return "past"
    if days > LIKELY_AHEAD_DAYS:
        return "future"
    return ""
