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
    # The optional inputs of issue 3, at their defaults (form.DEFAULTS): they change nothing.
    "interviewer_role": "unknown",
    "industry": "unknown",
    "mutual": "unknown",
    "stage": "unknown",
    "invited": False,
    "follow_first": False,
    "mutual_name": "",
    "topic": "",
    "your_name": "",
    "tone": "warm",
}

ALL_PROS = ("interest", "research", "visibility", "network")
LATER_PROS = ("research", "network")
# Connecting early with under 3 days (or no date) left: no time to become familiar first.
EARLY_PROS = ("interest", "research", "network")  # What still helps when you hold off.

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

    # Issue 3's optional inputs. From here on a case may also give the expected
    # confidence level ("clear", "leaning" or "judgment").

    # An invitation or the offer stage settles it: connect, whatever else holds...
    {"name": "they invited you: connect even when everything else says wait",
     "situation": {"invited": True, "culture": "formal", "presence": "private", "note": False},
     "days": 1, "verdict": "connect", "confidence": "clear",
     "reasons": ("invited",), "fields": ("invited",), "pros": EARLY_PROS,
     "cons": ("forward", "decline", "advantage", "timing")},
    {"name": "offer stage: connect even with no date and an unsure culture",
     "situation": {"stage": "offer", "culture": "unsure", "presence": "unknown"},
     "days": None, "verdict": "connect", "confidence": "clear",
     "reasons": ("offer-stage",), "fields": ("stage",), "pros": EARLY_PROS,
     "cons": ("forward", "decline")},
    {"name": "invited at the offer stage: both reasons, invitation first",
     "situation": {"invited": True, "stage": "offer", "follow_first": True}, "days": 10,
     "verdict": "connect", "confidence": "clear",
     "reasons": ("invited", "offer-stage"), "fields": ("invited", "stage"), "pros": ALL_PROS,
     "cons": ()},
    # ...but not once the interview is over: that is still the thank-you.
    {"name": "invited at the offer stage, date passed: still after",
     "situation": {"invited": True, "stage": "offer"}, "days": -1,
     "verdict": "after", "confidence": "clear",
     "reasons": AFTER_REASONS, "fields": AFTER_FIELDS, "pros": LATER_PROS, "cons": ()},

    # Each new reason to wait, on its own.
    {"name": "profile shows Follow first: follow now, request later",
     "situation": {"follow_first": True}, "days": 10, "verdict": "wait", "confidence": "clear",
     "reasons": ("follow-first",), "fields": ("follow_first",), "pros": LATER_PROS, "cons": ()},
    {"name": "interviewer is the hiring manager",
     "situation": {"interviewer_role": "hiring_manager"}, "days": 10, "verdict": "wait",
     "confidence": "clear",
     "reasons": ("role-hiring-manager",), "fields": ("interviewer_role",), "pros": LATER_PROS,
     "cons": ()},
    {"name": "interviewer is a future teammate",
     "situation": {"interviewer_role": "teammate"}, "days": 10, "verdict": "wait",
     "confidence": "clear",
     "reasons": ("role-teammate",), "fields": ("interviewer_role",), "pros": LATER_PROS,
     "cons": ()},
    {"name": "interviewer is a senior leader",
     "situation": {"interviewer_role": "leader"}, "days": 10, "verdict": "wait",
     "confidence": "clear",
     "reasons": ("role-leader",), "fields": ("interviewer_role",), "pros": LATER_PROS,
     "cons": ()},
    {"name": "final round: a soft reason, so a judgment call when the rest is favourable",
     "situation": {"stage": "final"}, "days": 10, "verdict": "wait", "confidence": "judgment",
     "reasons": ("final-round",), "fields": ("stage",), "pros": LATER_PROS, "cons": ()},
    {"name": "regulated industry, unsure culture: two soft reasons, open presence",
     "situation": {"culture": "unsure", "industry": "regulated"}, "days": 10, "verdict": "wait",
     "confidence": "judgment",
     "reasons": ("culture-unsure", "industry-formal"), "fields": ("culture", "industry"),
     "pros": LATER_PROS, "cons": ("forward",)},
    {"name": "regulated industry, formal culture: clear wait",
     "situation": {"culture": "formal", "industry": "regulated"}, "days": 10, "verdict": "wait",
     "confidence": "clear",
     "reasons": ("culture-formal", "industry-formal"), "fields": ("culture", "industry"),
     "pros": LATER_PROS, "cons": ("forward", "advantage")},
    {"name": "the form's defaults, no date: only soft reasons and nothing favourable",
     "situation": {"culture": "unsure", "presence": "unknown"}, "days": None, "verdict": "wait",
     "confidence": "leaning",
     "reasons": ("culture-unsure", "no-date"), "fields": ("culture", "date"),
     "pros": LATER_PROS, "cons": ("forward", "decline")},
    {"name": "every reason to wait at once, strongest first",
     "situation": {"presence": "private", "follow_first": True, "interviewer_role": "leader",
                   "culture": "unsure", "industry": "regulated", "note": False, "stage": "final"},
     "days": 0, "verdict": "wait", "confidence": "clear",
     "reasons": ("presence-private", "follow-first", "role-leader", "culture-unsure",
                 "industry-formal", "no-note", "final-round", "too-soon"),
     "fields": ("presence", "follow_first", "interviewer_role", "culture", "industry", "note",
                "stage", "date"),
     "pros": LATER_PROS, "cons": ("forward", "decline", "advantage", "timing")},

    # A recruiter lifts the culture, industry, final-round and timing reasons...
    {"name": "recruiter: formal, regulated, final round and tomorrow no longer matter",
     "situation": {"interviewer_role": "recruiter", "culture": "formal", "industry": "regulated",
                   "stage": "final"},
     "days": 1, "verdict": "connect", "confidence": "clear",
     "reasons": ("role-recruiter", "note-included", "presence-open"),
     "fields": ("interviewer_role", "note", "presence"), "pros": EARLY_PROS,
     "cons": ("forward", "advantage", "timing")},
    {"name": "recruiter with the form's defaults and no date: connect, checking their profile",
     "situation": {"interviewer_role": "recruiter", "culture": "unsure", "presence": "unknown"},
     "days": None, "verdict": "connect", "confidence": "leaning",
     "reasons": ("role-recruiter", "note-included", "presence-unknown"),
     "fields": ("interviewer_role", "note", "presence"), "pros": EARLY_PROS,
     "cons": ("forward", "decline")},
    # ...but not a private profile, a missing note or a Follow button.
    {"name": "recruiter who is private on LinkedIn: still wait",
     "situation": {"interviewer_role": "recruiter", "presence": "private", "culture": "unsure"},
     "days": None, "verdict": "wait", "confidence": "clear",
     "reasons": ("presence-private",), "fields": ("presence",), "pros": LATER_PROS,
     "cons": ("forward", "decline")},
    {"name": "recruiter, no personal note: still wait",
     "situation": {"interviewer_role": "recruiter", "note": False}, "days": 1, "verdict": "wait",
     "confidence": "clear",
     "reasons": ("no-note",), "fields": ("note",), "pros": LATER_PROS,
     "cons": ("advantage", "timing")},
    {"name": "recruiter whose profile shows Follow first: still wait",
     "situation": {"interviewer_role": "recruiter", "follow_first": True, "culture": "formal"},
     "days": 10, "verdict": "wait", "confidence": "clear",
     "reasons": ("follow-first",), "fields": ("follow_first",), "pros": LATER_PROS,
     "cons": ("forward", "advantage")},

    # A startup lifts "not sure about the culture", and only that.
    {"name": "startup, unsure culture: connect",
     "situation": {"culture": "unsure", "industry": "startup"}, "days": 10, "verdict": "connect",
     "confidence": "clear",
     "reasons": ("industry-startup", "note-included", "presence-open", "enough-time"),
     "fields": ("industry", "note", "presence", "date"), "pros": ALL_PROS, "cons": ("forward",)},
    {"name": "startup, unsure culture, no date: still wait for the date",
     "situation": {"culture": "unsure", "industry": "startup"}, "days": None, "verdict": "wait",
     "confidence": "judgment",
     "reasons": ("no-date",), "fields": ("date",), "pros": LATER_PROS, "cons": ("forward",)},
    {"name": "startup with a formal culture: still wait",
     "situation": {"culture": "formal", "industry": "startup"}, "days": 10, "verdict": "wait",
     "confidence": "clear",
     "reasons": ("culture-formal",), "fields": ("culture",), "pros": LATER_PROS,
     "cons": ("forward", "advantage")},

    # A regulated industry with an open culture: still connect, with a caveat.
    {"name": "regulated industry, open culture: connect, with a caveat",
     "situation": {"industry": "regulated"}, "days": 10, "verdict": "connect",
     "confidence": "leaning",
     "reasons": ("culture-open", "industry-caution", "note-included", "presence-open",
                 "enough-time"),
     "fields": ("culture", "industry", "note", "presence", "date"), "pros": ALL_PROS, "cons": ()},
    {"name": "regulated industry, open culture, unknown presence: two caveats",
     "situation": {"industry": "regulated", "presence": "unknown"}, "days": 10,
     "verdict": "connect", "confidence": "judgment",
     "reasons": ("culture-open", "industry-caution", "note-included", "presence-unknown",
                 "enough-time"),
     "fields": ("culture", "industry", "note", "presence", "date"), "pros": ALL_PROS,
     "cons": ("decline",)},

    # Mutual connections back a connect verdict; they never turn a wait around.
    {"name": "a mutual connection backs connecting",
     "situation": {"mutual": "yes", "mutual_name": "Sam Lee"}, "days": 10, "verdict": "connect",
     "confidence": "clear",
     "reasons": ("culture-open", "note-included", "presence-open", "mutual-yes", "enough-time"),
     "fields": ("culture", "note", "presence", "mutual", "date"), "pros": ALL_PROS, "cons": ()},
    {"name": "a mutual connection doesn't outweigh an unsure culture",
     "situation": {"mutual": "yes", "culture": "unsure", "presence": "unknown"}, "days": 10,
     "verdict": "wait", "confidence": "judgment",
     "reasons": ("culture-unsure",), "fields": ("culture",), "pros": LATER_PROS,
     "cons": ("forward", "decline")},

    # Inputs that change nothing about the verdict.
    {"name": "no mutual connection, corporate, first screen: as the article says",
     "situation": {"mutual": "no", "industry": "corporate", "stage": "screen"}, "days": 3,
     "verdict": "connect", "confidence": "clear",
     "reasons": CONNECT_REASONS, "fields": CONNECT_FIELDS, "pros": ALL_PROS, "cons": ()},
    {"name": "later round, brief tone, your name and a topic: as the article says",
     "situation": {"stage": "later", "tone": "brief", "your_name": "Ana", "topic": "dbt"},
     "days": 2, "verdict": "wait", "confidence": "clear",
     "reasons": ("too-soon",), "fields": ("date",), "pros": LATER_PROS, "cons": ("timing",)},
)


def situation_for(case):
    """The full situation dict a case describes."""
    return dict(BASE_SITUATION, **case["situation"])
