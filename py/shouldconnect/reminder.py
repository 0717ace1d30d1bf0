"""A calendar file with one event: the interview day's evening, to send the thank-you.

iCalendar (RFC 5545), written here rather than by the icalendar library: MicroPython, which runs
the page, has none, and the library with what it needs would be hundreds of kilobytes to load
for one event (docs/calendar.md compares the two). Tests parse what this writes with icalendar.

What RFC 5545 asks of this file: CRLF line ends; lines folded at 75 octets, a continuation line
starting with one space, never inside a UTF-8 character (3.1); text with backslash, semicolon,
comma and line breaks escaped (3.3.11); and a UID and a DTSTAMP on the event (3.6.1). The start
is a "floating" local time (no time zone): the evening of the interview day wherever the
candidate is.

With a panel, the one event holds every person's after-interview note and email, each pair under
that person's name (description()).
"""

from .content import REMINDER_DESCRIPTION, REMINDER_FOR
from .dates import is_number, parse_iso
from .i18n import _

PRODUCT = "-//Should I Connect?//Thank-you reminder//EN"
LINE_OCTETS = 75
DEFAULT_TIME = "18:00"
DURATION = "PT30M"


def escape_text(text):
    """A TEXT value: backslash, semicolon and comma escaped, every line break as \\n."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line):
    """A content line folded at 75 octets, breaking only between characters."""
    parts, part, size = [], [], 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = LINE_OCTETS if not parts else LINE_OCTETS - 1  # a continuation's space is one octet
        if size + width > limit:
            parts.append("".join(part))
            part, size = [], 0
        part.append(char)
        size += width
    parts.append("".join(part))
    return "\r\n ".join(parts)


def clock_time(text):
    """(hour, minute) from a time field's "HH:MM" (or "HH:MM:SS"); the default evening time when
    it is empty or not a time."""
    parts = (text or "").split(":")
    if len(parts) in (2, 3) and [part for part in parts[:2] if len(part) == 2 and is_number(part)] == parts[:2]:
        hour, minute = int(parts[0]), int(parts[1])
        if hour < 24 and minute < 60:
            return hour, minute
    return clock_time(DEFAULT_TIME)


def description(messages):
    """The event's description: the after-interview note and the thank-you email to send.
    `messages`: one {"name", "note", "email"} per person, in order; with two or more people, each
    pair comes under "For <name>:" (the name as the page names that person)."""
    texts = [_(REMINDER_DESCRIPTION).format(note=person["note"], email=person["email"]) for person in messages]
    if len(messages) == 1:
        return texts[0]
    return "\n\n".join(
        _(REMINDER_FOR).format(name=person["name"]) + "\n\n" + text for person, text in zip(messages, texts)
    )


def calendar_file(uid, stamp, date_iso, time_text, summary, description):
    """The whole .ics text, or "" without a valid date.

    uid: unique for this event; stamp: when it was made, as UTC "YYYYMMDDTHHMMSSZ";
    time_text: "HH:MM" from the time field (18:00 when empty or invalid).
    """
    date = parse_iso(date_iso)
    if date is None:
        return ""
    hour, minute = clock_time(time_text)
    start = "%04d%02d%02dT%02d%02d00" % (date[0], date[1], date[2], hour, minute)
    lines = (
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:" + PRODUCT,
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        "UID:" + uid,
        "DTSTAMP:" + stamp,
        "DTSTART:" + start,
        "DURATION:" + DURATION,
        "SUMMARY:" + escape_text(summary),
        "DESCRIPTION:" + escape_text(description),
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:" + escape_text(summary),
        "TRIGGER:PT0M",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    )
    return "".join(fold(line) + "\r\n" for line in lines)
