"""What the connection note needs: template values, placeholders, LinkedIn's length
limit, and the warnings the page shows about them.

Shared by the page glue (MicroPython) and the template engine (Pyodide) so both
count characters and spot leftover placeholders the same way.
"""

from .content import COUNT_EMAIL, COUNT_NOTE, MESSAGE_INTROS, NOTE_PLACEHOLDERS_LEFT, NOTE_TOO_LONG
from .dates import date_in_words

# Field order matters for placeholders_in(), and MicroPython dicts are unordered.
_PLACEHOLDER_PAIRS = (
    ("interviewer", "[Interviewer's name]"),
    ("company", "[Company]"),
    ("role", "[Job title]"),
    ("date", "[date]"),
    ("your_name", "[Your name]"),
)
PLACEHOLDERS = dict(_PLACEHOLDER_PAIRS)

# LinkedIn's limit on a connection note, in characters.
NOTE_LIMITS = {"free": 200, "premium": 300}

_NEARBY_DAYS = {-1: "yesterday", 0: "today", 1: "tomorrow"}


def _or_placeholder(value, field):
    return value if value else PLACEHOLDERS[field]


def when_phrase(days, date_words):
    """How the note refers to the interview day: "today", "on Tuesday, March 3", "on [date]"."""
    if days in _NEARBY_DAYS:
        return _NEARBY_DAYS[days]
    return "on " + _or_placeholder(date_words, "date")


def note_context(situation, days, verdict):
    """Values for the message templates; anything the candidate left empty shows as a
    visible placeholder so they notice it before sending. Optional details (a mutual
    contact, a topic from their profile) stay empty, so the templates leave them out."""
    date_words = date_in_words(situation["date"])
    in_the_past = days is not None and days < 0
    return {
        "verdict": verdict,
        "tone": situation["tone"],
        "interviewer": _or_placeholder(situation["interviewer"], "interviewer"),
        "company": _or_placeholder(situation["company"], "company"),
        "role": _or_placeholder(situation["role"], "role"),
        "your_name": _or_placeholder(situation["your_name"], "your_name"),
        "mutual_name": situation["mutual_name"],
        "topic": situation["topic"],
        "date_words": _or_placeholder(date_words, "date"),
        "when": when_phrase(days, date_words),
        # A thank-you is sent after the interview: name the day only once it is past.
        "past_when": when_phrase(days, date_words) if in_the_past else "",
    }


MESSAGE_KINDS = ("note-before", "note-after", "email")
# The messages the page offers for each verdict; the first is shown by default.
MESSAGES_FOR = {
    "connect": ("note-before", "note-after", "email"),
    "wait": ("note-after", "email"),
    "after": ("note-after", "email"),
}


def message_intro(kind, verdict):
    """When to send this message, in the light of the verdict."""
    return MESSAGE_INTROS.get(kind + ":" + verdict) or MESSAGE_INTROS[kind]


def is_note(kind):
    """Connection notes have LinkedIn's length limit; the email has none."""
    return kind != "email"


def placeholders_in(text):
    """The placeholders still left in a (possibly edited) note, so the page can warn before copying."""
    return tuple(placeholder for _, placeholder in _PLACEHOLDER_PAIRS if placeholder in text)


def note_limit(premium):
    """LinkedIn's note limit for a free or a Premium account."""
    return NOTE_LIMITS["premium" if premium else "free"]


def count_characters(text):
    """Characters as the note counter shows them: Unicode code points, so an emoji,
    an accented letter and a newline each count as one (len() does this in every
    Python we run on; the function names the rule)."""
    return len(text)


def note_status(text, premium, kind="note-before"):
    """Everything the page needs for the counter and the copy warning, in one call.

    Only connection notes have a limit: an email's "limit" is None and never "over".
    """
    count = count_characters(text)
    limit = note_limit(premium) if is_note(kind) else None
    return {
        "count": count,
        "limit": limit,
        "over": limit is not None and count > limit,
        "placeholders": placeholders_in(text),
    }


def _in_words(items):
    """Join items as English does: "a", "a and b", "a, b and c"."""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def note_warnings(status):
    """Sentences warning about a note_status(): too long, or placeholders left in.

    A tuple (possibly empty), so the page can show them or add them after "Copied.".
    """
    warnings = ()
    if status["over"]:
        excess = status["count"] - status["limit"]
        amount = "1 character" if excess == 1 else "%d characters" % excess
        warnings += (NOTE_TOO_LONG % (amount, status["limit"]),)
    if status["placeholders"]:
        warnings += (NOTE_PLACEHOLDERS_LEFT % _in_words(status["placeholders"]),)
    return warnings


def counter_text(status):
    """The counter's words for a note_status(): the count against the limit, or, for an email, the count alone."""
    if status["limit"] is None:
        return COUNT_EMAIL.format(count=status["count"])
    return COUNT_NOTE.format(count=status["count"], limit=status["limit"])
