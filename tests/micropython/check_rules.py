"""Checks the engine inside MicroPython, the interpreter the page actually runs.

pytest covers behaviour on CPython; this proves the same code stays inside
MicroPython's subset. It runs every case of tests/rule_cases.py (with its
confidence, when the case gives one) plus a few date, form, note and "what would
change this" checks, prints one line per failure and a summary, and raises
SystemExit(1) if anything failed. Plain Python, so it runs on CPython too.
"""

import sys

from rule_cases import BASE_SITUATION, RULE_CASES, situation_for
from shouldconnect import (
    content,
    dates,
    form,
    i18n,
    linkstate,
    names,
    note,
    reminder,
    rules,
    topics,
    verdict_words,
    wording,
)

SUMMARY_FORMAT = "%s: %d passed, %d failed"

_FORM_FILLED = {
    "interviewer": "\u00a0 <img src=x> Jos\u00e9 \U0001f600 ",
    "company": ' "Acme" & Sons ',
    "role": "\u3000Caf\u00e0 analyst\u00a0",
    "date": " 2024-02-29 ",
    "culture": "hostile",
    "presence": "private",
    "note": "",
    "premium": 1,
    "interviewer_role": " Recruiter ",
    "industry": "REGULATED",
    "mutual": "maybe",
    "stage": "\u00a0offer",
    "invited": "on",
    "follow_first": 0,
    "mutual_name": "\u00a0Zo\u00eb \U0001f600\u3000",
    "topic": 42,
    "your_name": " Ana ",
    "tone": "Brief",
}
_FORM_FILLED_EXPECTED = {
    "interviewer": "<img src=x> Jos\u00e9 \U0001f600",
    "greet_as": "",
    "discussed": "",
    "company": '"Acme" & Sons',
    "role": "Caf\u00e0 analyst",
    "date": "2024-02-29",
    "culture": "unsure",
    "presence": "private",
    "note": False,
    "premium": True,
    "interviewer_role": "recruiter",
    "industry": "regulated",
    "mutual": "unknown",
    "stage": "offer",
    "invited": True,
    "follow_first": False,
    "mutual_name": "Zo\u00eb \U0001f600",
    "topic": "",
    "your_name": "Ana",
    "tone": "brief",
}
_FORM_EMPTY_EXPECTED = {
    "interviewer": "",
    "greet_as": "",
    "discussed": "",
    "company": "",
    "role": "",
    "date": "",
    "culture": "unsure",
    "presence": "unknown",
    "note": True,
    "premium": False,
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
_NOTE_EMPTY_SITUATION = dict(_FORM_EMPTY_EXPECTED, date="2026-03-03")

# Situations for "what would change this": BASE_SITUATION (open culture, open
# presence, a note) with a few fields changed.
_OPEN = dict(BASE_SITUATION)
_OPEN_NO_NOTE = dict(BASE_SITUATION, note=False)
_FORM_DEFAULTS = dict(BASE_SITUATION, culture="unsure", presence="unknown")
_INVITED_FORMAL = dict(BASE_SITUATION, invited=True, culture="formal")
_ALL_AGAINST = dict(BASE_SITUATION, culture="formal", presence="private", note=False)
_ADD_NOTE = "you add a personalized note"
_RECRUITER = "you learn your interviewer is a recruiter or talent partner"


def _flip_keys(situation, days):
    """Each flip as "field:value" ("+" between a pair) and its verdict, in order."""
    return tuple(
        ("+".join(field + ":" + str(value).lower() for field, value in flip["changes"]), flip["verdict"])
        for flip in rules.what_would_change(situation, days)
    )


# (label, function, arguments, expected result), expected values worked out by hand.
_LINKED = form.normalize(
    {
        "interviewer": "Zo\u00eb \U0001f600 \u05e9\u05e8\u05d4",
        "company": "R&D <x>",
        "culture": "open",
        "date": "2026-12-01",
        "invited": True,
        "tone": "brief",
    }
)


def _round_trip(include_names):
    link = linkstate.decode("#" + linkstate.encode(_LINKED, include_names))
    return link["status"], link["values"]["interviewer"], link["values"]["culture"], link["values"]["invited"]


EXTRA_CHECKS = (
    (
        "a share link with names round-trips emoji and Hebrew",
        _round_trip,
        (True,),
        ("ok", "Zo\u00eb \U0001f600 \u05e9\u05e8\u05d4", "open", True),
    ),
    ("a share link without names drops the name only", _round_trip, (False,), ("ok", "", "open", True)),
    (
        "a share link's bad UTF-8 costs only that name",
        lambda: (
            [linkstate.decode("#v=1&c=open&iw=%E2%28%A1")[key] for key in ("status", "dropped")]
            + [linkstate.decode("#v=1&c=open&iw=%E2%28%A1")["values"]["culture"]]
        ),
        (),
        ["ok", ["interviewer"], "open"],
    ),
    ("an unknown key is set aside", lambda: linkstate.decode("#v=1&zz=1&p=open")["unknown"], (), ["zz"]),
    ("a newer share link is recognised", lambda: linkstate.decode("#v=7")["status"], (), "future"),
    (
        "page_address keeps WordPress's secret after the answers",
        linkstate.page_address,
        ("/tool/", "?embed=1", "#?secret=AbC123xyZ9", "v=1&c=open"),
        "/tool/?embed=1#v=1&c=open&?secret=AbC123xyZ9",
    ),
    (
        "page_address drops the defaults' fragment",
        linkstate.page_address,
        ("/t/", "", "#v=1&c=open", "v=1"),
        "/t/",
    ),
    (
        "share_address leaves out embed mode",
        linkstate.share_address,
        ("https://a.test", "/t/", "v=1&p=open"),
        "https://a.test/t/#v=1&p=open",
    ),
    ("counter_text for a note", note.counter_text, ({"count": 12, "limit": 200},), "12 / 200 characters"),
    (
        "counter_text for an email",
        note.counter_text,
        ({"count": 7, "limit": None},),
        "7 characters (an email has no limit)",
    ),
    (
        "change_lines writes whole sentences",
        verdict_words.change_lines,
        ([{"changes": (("note", True),), "verdict": "connect"}], 4),
        ["If you add a personalized note: connect now."],
    ),
    ("change_lines says when nothing would", verdict_words.change_lines, ((), 4), [content.NOTHING_FLIPS]),
    ("parse_iso accepts a leap day", dates.parse_iso, ("2024-02-29",), (2024, 2, 29)),
    ("parse_iso: 2000 was a leap year", dates.parse_iso, ("2000-02-29",), (2000, 2, 29)),
    ("parse_iso: 1900 was not a leap year", dates.parse_iso, ("1900-02-29",), None),
    ("parse_iso rejects April 31", dates.parse_iso, ("2025-04-31",), None),
    ("parse_iso rejects a non-date", dates.parse_iso, ("03/03/2026",), None),
    ("days_until across a new year", dates.days_until, ("2025-01-02", "2024-12-30"), 3),
    ("days_until across a leap February", dates.days_until, ("2024-03-01", "2024-02-28"), 2),
    ("days_until in the past", dates.days_until, ("2024-02-28", "2024-03-01"), -2),
    ("days_until without a date", dates.days_until, ("", "2024-03-01"), None),
    ("date_in_words", dates.date_in_words, ("2026-03-03", "2026-12-01"), "Tuesday, March 3"),
    ("date_in_words at the epoch", dates.date_in_words, ("1970-01-01", "1970-06-01"), "Thursday, January 1"),
    ("date_in_words in another year", dates.date_in_words, ("9999-12-31", "2026-12-01"), "Friday, December 31, 9999"),
    ("year_doubt a week and a day back", dates.year_doubt, (-8,), "past"),
    ("year_doubt a year and a day ahead", dates.year_doubt, (366,), "future"),
    ("normalize keeps typed text, trims, drops bad choices", form.normalize, (_FORM_FILLED,), _FORM_FILLED_EXPECTED),
    ("normalize drops an impossible date", form.normalize, ({"date": "2023-02-29"},), _FORM_EMPTY_EXPECTED),
    ("count_characters counts UTF-16 units", note.count_characters, ("Jos\u00e9 \U0001f600",), 7),
    ("count_characters: a coder emoji is 5", note.count_characters, ("\U0001f469\u200d\U0001f4bb",), 5),
    ("greeting_name: formal with a title", names.greeting_name, ("Dr. Priya Raman (she/her)", "formal"), "Dr. Raman"),
    ("greeting_name: warm, emoji dropped", names.greeting_name, ("Jean-Luc Picard \U0001f680", "warm"), "Jean-Luc"),
    ("greeting_name: order unclear", names.greeting_name, ("Kim Min-jun", "warm"), "Kim Min-jun"),
    (
        "without_invisible keeps a joiner in an emoji",
        names.without_invisible,
        ("\u202eA\u200bb \U0001f469\u200d\U0001f4bb",),
        "Ab \U0001f469\u200d\U0001f4bb",
    ),
    (
        "profile_phrase: her talk",
        topics.profile_phrase,
        ("her talk at Config 2025",),
        {"kind": "work", "text": "your talk at Config 2025"},
    ),
    (
        "profile_phrase: the team she leads",
        topics.profile_phrase,
        ("the team she leads",),
        {"kind": "subject", "text": "the team you lead"},
    ),
    (
        "calendar_file folds a long line between characters",
        lambda: max(
            len(line.encode("utf-8"))
            for line in reminder.calendar_file("u", "20261201T000000Z", "2026-12-11", "", "s", "\u00e9" * 100).split(
                "\r\n"
            )
        ),
        (),
        75,
    ),
    (
        "note_status at the Premium limit",
        note.note_status,
        ("[Company] " + "\u00e9" * 290, True),
        {"count": 300, "limit": 300, "over": False, "placeholders": ("[Company]",)},
    ),
    (
        "note_status over the free limit",
        note.note_status,
        ("x" * 201, False),
        {"count": 201, "limit": 200, "over": True, "placeholders": ()},
    ),
    (
        "placeholders_in keeps the field order",
        note.placeholders_in,
        ("on [date] at [Company], [Interviewer's name]",),
        ("[Interviewer's name]", "[Company]", "[date]"),
    ),
    (
        "note_warnings names leftover placeholders",
        note.note_warnings,
        ({"count": 203, "limit": 200, "over": True, "placeholders": ("[Company]", "[date]")},),
        (
            "Your note is 3 characters over LinkedIn's 200-character limit: shorten it before sending.",
            "Replace [Company] and [date] with the real details before sending.",
        ),
    ),
    (
        "note_context fills placeholders",
        note.note_context,
        (_NOTE_EMPTY_SITUATION, 6, "Tuesday, March 3"),
        {
            "tone": "warm",
            "interviewer": "[Interviewer's name]",
            "company": "[Company]",
            "role": "[Job title]",
            "your_name": "[Your name]",
            "mutual_name": "",
            "topic": "",
            "topic_kind": "subject",
            "discussed": "",
            "offer": False,
            "when": "on Tuesday, March 3",
            "past_when": "",
        },
    ),
    (
        "what_would_change: a known date too soon flips only for a recruiter",
        rules.what_would_change,
        (_OPEN, 2),
        ({"changes": (("interviewer_role", "recruiter"),), "verdict": "connect"},),
    ),
    (
        "what_would_change: no note and too soon needs a pair sharing its you",
        rules.what_would_change,
        (_OPEN_NO_NOTE, 1),
        (
            {
                "changes": (("note", True), ("interviewer_role", "recruiter")),
                "verdict": "connect",
            },
        ),
    ),
    (
        "what_would_change: the form's defaults without a date",
        rules.what_would_change,
        (_FORM_DEFAULTS, None),
        ({"changes": (("interviewer_role", "recruiter"),), "verdict": "connect"},),
    ),
    (
        "change_text: a pair shares its you",
        verdict_words.change_text,
        ((("note", True), ("interviewer_role", "recruiter")),),
        _ADD_NOTE + " and " + _RECRUITER[len("you ") :],
    ),
    ("what_would_change: an invitation given is not taken back", rules.what_would_change, (_INVITED_FORMAL, 10), ()),
    (
        "what_would_change: every single thing that turns a clear connect into wait",
        _flip_keys,
        (_OPEN, 10),
        tuple(
            (key, "wait")
            for key in (
                "note:false",
                "interviewer_role:hiring_manager",
                "interviewer_role:teammate",
                "interviewer_role:leader",
                "stage:final",
                "follow_first:true",
            )
        ),
    ),
    ("what_would_change: nothing within two changes", rules.what_would_change, (_ALL_AGAINST, 1), ()),
    ("what_would_change: nothing once the interview is over", rules.what_would_change, (_OPEN, -1), ()),
    (
        "described gives the confidence text with its level",
        lambda situation, days: verdict_words.described(rules.decide(situation, days), days),
        (_FORM_DEFAULTS, None),
        "confidence",
        {
            "level": "leaning",
            "text": "Leaning: something unknown or a note of caution adds doubt, so check it if you can.",
        },
    ),
)


def _rule_problems(case):
    """What differs between decide() and the table for one case (empty when it matches)."""
    result = rules.decide(situation_for(case), case["days"])
    reason_ids = result["reasons"]
    reason_fields = set(rules.field_of(reason) for reason in reason_ids)
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
    level = result["confidence"]
    if "confidence" in case and level != case["confidence"]:
        problems.append("confidence %r, expected %r" % (level, case["confidence"]))
    return problems


def _extra_problems(check):
    """A check is (label, function, arguments, expected), or with a key before the
    expected value: (label, function, arguments, key, expected) compares result[key]."""
    function, arguments, expected = check[1], check[2], check[-1]
    actual = function(*arguments)
    if len(check) == 5:
        actual = actual[check[3]]
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


# The issue's own examples of a date in each language (CLDR's patterns, through the catalogs).
DATES_IN_WORDS = {
    "en": "Saturday, December 5",
    "es": "sábado, 5 de diciembre",
    "pt-br": "sábado, 5 de dezembro",
    "fr": "samedi 5 décembre",
    "de": "Samstag, 5. Dezember",
}


def _language_problems(catalog):
    """One language's catalog in use: the verdict table gives the same verdicts and reason ids
    with the reasons in that language; dates, plurals and lists are written in it."""
    i18n.use(catalog)
    try:
        problems = []
        translated = catalog["messages"]
        for case in RULE_CASES:
            result = verdict_words.described(rules.decide(situation_for(case), case["days"]), case["days"])
            ids = tuple(reason["id"] for reason in result["reasons"])
            if (result["verdict"], ids) != (case["verdict"], case["reasons"]):
                problems.append("%s: %s %s" % (case["name"], result["verdict"], ids))
            for reason in result["reasons"]:
                english = content.REASONS[reason["id"]]
                if translated and reason["id"] != "too-soon" and reason["text"] != translated.get(english):
                    problems.append("%s: reason %s is not in the catalog's words" % (case["name"], reason["id"]))
        day = dates.date_in_words("2026-12-05", "2026-12-01")
        if day != DATES_IN_WORDS[catalog["language"]]:
            problems.append("date: " + day)
        if "2027" not in dates.date_in_words("2027-01-04", "2026-12-01"):
            problems.append("a date in another year lacks it")
        one, two = (
            note.note_warnings({"over": True, "count": 200 + n, "limit": 200, "placeholders": ()})[0] for n in (1, 2)
        )
        if one == two or "1" not in one or "2" not in two or "{" in one + two:
            problems.append("plural: %s | %s" % (one, two))
        if i18n.plural_index(1) != 0 or i18n.plural_index(2) == 0:
            problems.append("plural rule: 1 -> %d, 2 -> %d" % (i18n.plural_index(1), i18n.plural_index(2)))
        listed = wording.in_words(("a", "b", "c"))
        if not (listed.startswith("a") and listed.endswith("c")) or "{" in listed:
            problems.append("list: " + listed)
        return problems
    finally:
        i18n.use(None)


def main(catalogs=()):
    """Run every check (and the language checks for each compiled catalog given), print the
    summary, and exit with an error if any failed."""
    outcomes = [_run("rule: " + case["name"], _rule_problems, case) for case in RULE_CASES]
    outcomes += [_run(check[0], _extra_problems, check) for check in EXTRA_CHECKS]
    outcomes += [_run("language: " + catalog["language"], _language_problems, catalog) for catalog in catalogs]
    passed = outcomes.count(True)
    failed = len(outcomes) - passed
    print(SUMMARY_FORMAT % (sys.implementation.name, passed, failed))
    if failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
