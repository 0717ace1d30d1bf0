"""The advice rules as a table: situation -> expected verdict, reasons, pros and cons.

Shared by pytest (CPython) and tests/micropython/check_rules.py (MicroPython), so it
must stay plain Python: no imports, no pytest. Each case changes a few fields of
BASE_SITUATION, a candidate who would be told to connect when the interview is far enough away.
"""

BASE_SITUATION = {
    "interviewer": "Jane Doe",
    "company": "Acme",
    "role": "Data Analyst",
    "date": "",
    "culture": "open",
    "presence": "open",
    "note": True,
    "premium": False,
}

ALL_PROS = ("interest", "research", "visibility", "network")
LATER_PROS = ("research", "network")  # What still helps when you hold off.

CONNECT_REASONS = ("culture-open", "note-included", "presence-open", "enough-time")
CONNECT_FIELDS = ("culture", "note", "presence", "date")
AFTER_REASONS = ("interview-over", "thank-you")
AFTER_FIELDS = ("date", "note")

RULE_CASES = (
    # Connect: open culture, personal note, interviewer not private, 3+ days left.
    {"name": "everything favourable, 3 days away (smallest gap that works)",
     "situation": {}, "days": 3, "verdict": "connect",
     "reasons": CONNECT_REASONS, "fields": CONNECT_FIELDS, "pros": ALL_PROS, "cons": ()},
    {"name": "everything favourable, a month away",
     "situation": {}, "days": 30, "verdict": "connect",
     "reasons": CONNECT_REASONS, "fields": CONNECT_FIELDS, "pros": ALL_PROS, "cons": ()},
    {"name": "interviewer's LinkedIn habits unknown: still connect, with a caveat",
     "situation": {"presence": "unknown"}, "days": 5, "verdict": "connect",
     "reasons": ("culture-open", "note-included", "presence-unknown", "enough-time"),
     "fields": CONNECT_FIELDS, "pros": ALL_PROS, "cons": ("decline",)},
    {"name": "premium account changes nothing about the verdict",
     "situation": {"premium": True}, "days": 3, "verdict": "connect",
     "reasons": CONNECT_REASONS, "fields": CONNECT_FIELDS, "pros": ALL_PROS, "cons": ()},

    # Too close to the interview: the request may not be seen in time.
    {"name": "2 days away is too soon",
     "situation": {}, "days": 2, "verdict": "wait",
     "reasons": ("too-soon",), "fields": ("date",), "pros": LATER_PROS, "cons": ("timing",)},
    {"name": "tomorrow is too soon",
     "situation": {}, "days": 1, "verdict": "wait",
     "reasons": ("too-soon",), "fields": ("date",), "pros": LATER_PROS, "cons": ("timing",)},
    {"name": "interview today: wait",
     "situation": {}, "days": 0, "verdict": "wait",
     "reasons": ("too-soon",), "fields": ("date",), "pros": LATER_PROS, "cons": ("timing",)},

    # No date yet: we can't tell whether it would be seen in time.
    {"name": "no date given",
     "situation": {}, "days": None, "verdict": "wait",
     "reasons": ("no-date",), "fields": ("date",), "pros": LATER_PROS, "cons": ()},

    # Each single condition that turns "connect" into "wait".
    {"name": "formal culture",
     "situation": {"culture": "formal"}, "days": 10, "verdict": "wait",
     "reasons": ("culture-formal",), "fields": ("culture",), "pros": LATER_PROS,
     "cons": ("forward", "advantage")},
    {"name": "unsure about the culture",
     "situation": {"culture": "unsure"}, "days": 10, "verdict": "wait",
     "reasons": ("culture-unsure",), "fields": ("culture",), "pros": LATER_PROS,
     "cons": ("forward",)},
    {"name": "interviewer is private on LinkedIn",
     "situation": {"presence": "private"}, "days": 10, "verdict": "wait",
     "reasons": ("presence-private",), "fields": ("presence",), "pros": LATER_PROS,
     "cons": ("decline",)},
    {"name": "no personal note",
     "situation": {"note": False}, "days": 10, "verdict": "wait",
     "reasons": ("no-note",), "fields": ("note",), "pros": LATER_PROS,
     "cons": ("advantage",)},

    # Several reasons at once: all listed, strongest first.
    {"name": "everything against, interview tomorrow",
     "situation": {"culture": "formal", "presence": "private", "note": False}, "days": 1,
     "verdict": "wait",
     "reasons": ("presence-private", "culture-formal", "no-note", "too-soon"),
     "fields": ("presence", "culture", "note", "date"), "pros": LATER_PROS,
     "cons": ("forward", "decline", "advantage", "timing")},
    {"name": "unsure culture, unknown presence, no note, no date",
     "situation": {"culture": "unsure", "presence": "unknown", "note": False}, "days": None,
     "verdict": "wait",
     "reasons": ("culture-unsure", "no-note", "no-date"),
     "fields": ("culture", "note", "date"), "pros": LATER_PROS,
     "cons": ("forward", "decline", "advantage")},
    {"name": "the form's defaults with a far date: unsure culture means wait",
     "situation": {"culture": "unsure", "presence": "unknown"}, "days": 14, "verdict": "wait",
     "reasons": ("culture-unsure",), "fields": ("culture",), "pros": LATER_PROS,
     "cons": ("forward", "decline")},

    # The interview is over: connect now with a thank-you, whatever else is true.
    {"name": "interview was yesterday",
     "situation": {}, "days": -1, "verdict": "after",
     "reasons": AFTER_REASONS, "fields": AFTER_FIELDS, "pros": LATER_PROS, "cons": ()},
    {"name": "interview was a month ago",
     "situation": {}, "days": -30, "verdict": "after",
     "reasons": AFTER_REASONS, "fields": AFTER_FIELDS, "pros": LATER_PROS, "cons": ()},
    {"name": "after the interview even a formal, private, note-less case says connect",
     "situation": {"culture": "formal", "presence": "private", "note": False}, "days": -2,
     "verdict": "after",
     "reasons": AFTER_REASONS, "fields": AFTER_FIELDS, "pros": LATER_PROS,
     "cons": ("decline",)},
)


def situation_for(case):
    """The full situation dict a case describes."""
    return dict(BASE_SITUATION, **case["situation"])
