"""Checks the engine inside MicroPython, the interpreter the page actually runs.

pytest covers behaviour on CPython; this proves the same code stays inside
MicroPython's subset. It runs every case of tests/rule_cases.py plus a few
date, form and note checks, prints one line per failure and a summary, and
raises SystemExit(1) if anything failed. Plain Python, so it runs on CPython too.
"""

import sys

from rule_cases import RULE_CASES, situation_for
from shouldconnect import dates, form, note, rules

SUMMARY_FORMAT = "%s: %d passed, %d failed"

_FORM_FILLED = {
    "interviewer": "\u00a0 <img src=x> Jos\u00e9 \U0001F600 ",
    "company": ' "Acme" & Sons ',
    "role": "\u3000Caf\u00e0 analyst\u00a0",
    "date": " 2024-02-29 ",
    "culture": "hostile",
    "presence": "private",
    "note": "",
    "premium": 1,
}
_FORM_FILLED_EXPECTED = {
    "interviewer": "<img src=x> Jos\u00e9 \U0001F600",
    "company": '"Acme" & Sons',
    "role": "Caf\u00e0 analyst",
    "date": "2024-02-29",
    "culture": "unsure",
    "presence": "private",
    "note": False,
    "premium": True,
}
_FORM_EMPTY_EXPECTED = {
    "interviewer": "", "company": "", "role": "", "date": "",
    "culture": "unsure", "presence": "unknown", "note": True, "premium": False,
}
_NOTE_EMPTY_SITUATION = dict(_FORM_EMPTY_EXPECTED, date="2026-03-03")

# (label, function, arguments, expected result), expected values worked out by hand.
EXTRA_CHECKS = (
    ("parse_iso accepts a leap day", dates.parse_iso, ("2024-02-29",), (2024, 2, 29)),
    ("parse_iso: 2000 was a leap year", dates.parse_iso, ("2000-02-29",), (2000, 2, 29)),
    ("parse_iso: 1900 was not a leap year", dates.parse_iso, ("1900-02-29",), None),
    ("parse_iso rejects April 31", dates.parse_iso, ("2025-04-31",), None),
    ("parse_iso rejects a non-date", dates.parse_iso, ("03/03/2026",), None),
    ("days_until across a new year", dates.days_until, ("2025-01-02", "2024-12-30"), 3),
    ("days_until across a leap February", dates.days_until, ("2024-03-01", "2024-02-28"), 2),
    ("days_until in the past", dates.days_until, ("2024-02-28", "2024-03-01"), -2),
    ("days_until without a date", dates.days_until, ("", "2024-03-01"), None),
    ("date_in_words", dates.date_in_words, ("2026-03-03",), "Tuesday, March 3"),
    ("date_in_words at the epoch", dates.date_in_words, ("1970-01-01",), "Thursday, January 1"),
    ("normalize keeps typed text, trims, drops bad choices",
     form.normalize, (_FORM_FILLED,), _FORM_FILLED_EXPECTED),
    ("normalize drops an impossible date",
     form.normalize, ({"date": "2023-02-29"},), _FORM_EMPTY_EXPECTED),
    ("count_characters counts an emoji once", note.count_characters, ("Jos\u00e9 \U0001F600",), 6),
    ("note_status at the Premium limit",
     note.note_status, ("[Company] " + "\u00e9" * 290, True),
     {"count": 300, "limit": 300, "over": False, "placeholders": ("[Company]",)}),
    ("note_status over the free limit",
     note.note_status, ("x" * 201, False),
     {"count": 201, "limit": 200, "over": True, "placeholders": ()}),
    ("placeholders_in keeps the field order",
     note.placeholders_in, ("on [date] at [Company], [Interviewer's name]",),
     ("[Interviewer's name]", "[Company]", "[date]")),
    ("note_warnings names leftover placeholders",
     note.note_warnings, ({"count": 203, "limit": 200, "over": True,
                           "placeholders": ("[Company]", "[date]")},),
     ("Your note is 3 characters over LinkedIn's 200-character limit: shorten it before sending.",
      "Replace [Company] and [date] with the real details before sending.")),
    ("note_context fills placeholders",
     note.note_context, (_NOTE_EMPTY_SITUATION, 6, "connect"),
     {"verdict": "connect", "interviewer": "[Interviewer's name]", "company": "[Company]",
      "role": "[Job title]", "date_words": "Tuesday, March 3", "when": "on Tuesday, March 3"}),
)


def _rule_problems(case):
    """What differs between decide() and the table for one case (empty when it matches)."""
    result = rules.decide(situation_for(case), case["days"])
    reason_ids = tuple(reason["id"] for reason in result["reasons"])
    reason_fields = set(reason["field"] for reason in result["reasons"])
    problems = []
    if result["verdict"] != case["verdict"]:
        problems.append("verdict %r, expected %r" % (result["verdict"], case["verdict"]))
    if reason_ids != case["reasons"]:
        problems.append("reasons %r, expected %r" % (reason_ids, case["reasons"]))
    if reason_fields != set(case["fields"]):
        problems.append("fields %r, expected %r" % (sorted(reason_fields), sorted(case["fields"])))
    for key in ("pros", "cons"):
        if result[key] != case[key]:
            problems.append("%s %r, expected %r" % (key, result[key], case[key]))
    return problems


def _extra_problems(check):
    _, function, arguments, expected = check
    actual = function(*arguments)
    return [] if actual == expected else ["got %r, expected %r" % (actual, expected)]


def _run(label, find_problems, item):
    """Run one check; report and return False on a mismatch or an exception."""
    try:
        problems = find_problems(item)
    except Exception as error:  # A crash in one check must not hide the others.
        problems = ["raised %s: %s" % (type(error).__name__, error)]
    for problem in problems:
        print("FAIL %s: %s" % (label, problem))
    return not problems


def main():
    """Run every check, print the summary, and exit with an error if any failed."""
    outcomes = [_run("rule: " + case["name"], _rule_problems, case) for case in RULE_CASES]
    outcomes += [_run(check[0], _extra_problems, check) for check in EXTRA_CHECKS]
    passed = outcomes.count(True)
    failed = len(outcomes) - passed
    print(SUMMARY_FORMAT % (sys.implementation.name, passed, failed))
    if failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
