"""The golden messages: for each language, situations written out with the messages a native
recruiter would send for them, by hand (tests/golden/<code>.txt). They are the reviewed truth:
tests/unit/test_golden_messages.py renders each situation and compares, and
tests/browser/test_golden_pages.py types one of each language into its page. A wording change
is a change of those files, made on purpose.

A file holds situations, each opened by a line "=== <what it tries>". Then the answers, one
"field: value" line each, as the form takes them (flags "yes" or "no"; fields left out keep
their defaults; "person: N" writes for the panel's person N, whose wording is their own), and
"today: YYYY-MM-DD", the day it is written; then each message the verdict
offers, under "--- <kind>" (note-before, note-after, email), exactly as written. Lines starting
with "#" before the first situation are comments.
"""

import datetime

from shouldconnect import dates, form, note, rules
from tools.paths import ROOT

FOLDER = ROOT / "tests" / "golden"


def _value(field, text):
    if field in form.FLAG_FIELDS:
        return text == "yes"
    return text


def read(code):
    """The situations of one language's file: [{"title", "answers", "today", "messages"}]."""
    situations, current, kind = [], None, None
    for line in (FOLDER / (code + ".txt")).read_text(encoding="utf-8").split("\n"):
        if line.startswith("=== "):
            current = {"title": line[4:], "answers": {}, "today": "", "messages": {}}
            situations.append(current)
            kind = None
        elif current is None:
            continue
        elif line.startswith("--- "):
            kind = line[4:].strip()
            current["messages"][kind] = []
        elif kind is not None:
            current["messages"][kind].append(line)
        elif line.strip():
            field, _, value = line.partition(":")
            if field == "today":
                current["today"] = value.strip()
            elif field == "person":
                current["answers"]["person"] = int(value)
            else:
                current["answers"][field] = _value(field, value.strip())
    for situation in situations:
        situation["messages"] = dict(
            (kind, "\n".join(lines).strip("\n")) for kind, lines in situation["messages"].items()
        )
    return situations


def days_of(situation):
    """Days from the situation's today to its interview, as the page counts them; None without a date."""
    return dates.days_until(situation["answers"].get("date", ""), situation["today"])


def offered(situation):
    """The messages the page offers for the situation."""
    return note.MESSAGES_FOR[rules.decide(form.normalize(situation["answers"]), days_of(situation))["verdict"]]


def today_of(situation):
    """The situation's today as a date (for the browser's clock)."""
    return datetime.date.fromisoformat(situation["today"])
