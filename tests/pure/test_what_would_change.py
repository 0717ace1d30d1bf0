""" "What would change this": the smallest changes to the answers that flip the verdict, and the
sentences they are shown in. Expected values worked out by hand."""

from rule_cases import BASE_SITUATION
from shouldconnect import content, form, rules, verdict_words

# BASE_SITUATION (open culture, open presence, a note) with a few fields changed.
OPEN = dict(BASE_SITUATION)
OPEN_NO_NOTE = dict(BASE_SITUATION, note=False)
FORM_DEFAULTS = dict(BASE_SITUATION, culture="unsure", presence="unknown")
INVITED_FORMAL = dict(BASE_SITUATION, invited=True, culture="formal")
ALL_AGAINST = dict(BASE_SITUATION, culture="formal", presence="private", note=False)
ONLY_A_RECRUITER = ({"changes": (("interviewer_role", "recruiter"),), "verdict": "connect"},)
ADD_NOTE = "you add a personalized note"
RECRUITER = "you learn your interviewer is a recruiter or talent partner"

FLIP_CASES = (
    {
        "name": "a known date too soon flips only for a recruiter",
        "situation": OPEN,
        "days": 2,
        "flips": ONLY_A_RECRUITER,
    },
    {
        "name": "no note and too soon needs a pair sharing its you",
        "situation": OPEN_NO_NOTE,
        "days": 1,
        "flips": ({"changes": (("note", True), ("interviewer_role", "recruiter")), "verdict": "connect"},),
    },
    {
        "name": "the form's defaults without a date",
        "situation": FORM_DEFAULTS,
        "days": None,
        "flips": ONLY_A_RECRUITER,
    },
    {"name": "an invitation given is not taken back", "situation": INVITED_FORMAL, "days": 10, "flips": ()},
    {"name": "nothing within two changes", "situation": ALL_AGAINST, "days": 1, "flips": ()},
    {"name": "nothing once the interview is over", "situation": OPEN, "days": -1, "flips": ()},
)
CASES = {"test_what_would_change": FLIP_CASES}


def test_what_would_change(case):
    flips = rules.what_would_change(case["situation"], case["days"])

    assert flips == case["flips"], flips


def test_every_single_thing_that_turns_a_clear_connect_into_wait():
    flips = rules.what_would_change(OPEN, 10)

    keys = [
        ("+".join(field + ":" + str(value).lower() for field, value in flip["changes"]), flip["verdict"])
        for flip in flips
    ]
    assert keys == [
        (key, "wait")
        for key in (
            "note:false",
            "interviewer_role:hiring_manager",
            "interviewer_role:teammate",
            "interviewer_role:leader",
            "stage:final",
            "follow_first:true",
        )
    ], keys


def test_change_text_lets_a_pair_share_its_you():
    text = verdict_words.change_text((("note", True), ("interviewer_role", "recruiter")))

    assert text == ADD_NOTE + " and " + RECRUITER[len("you ") :], text


def test_change_lines_write_whole_sentences():
    lines = verdict_words.change_lines([{"changes": (("note", True),), "verdict": "connect"}], 4)

    assert lines == ["If you add a personalized note: connect now."], lines


def test_change_lines_are_whole_sentences_naming_the_change_and_the_verdict_it_leads_to():
    flips = rules.what_would_change(form.normalize({"date": ""}), None)
    lines = verdict_words.change_lines(flips, 4)
    assert 1 <= len(lines) <= 4, lines
    for flip, line in zip(flips, lines):
        assert line == content.CHANGE_LINE.format(
            change=verdict_words.change_text(flip["changes"]), verdict=content.VERDICT_SHORT[flip["verdict"]]
        ), line


def test_change_lines_say_so_when_no_small_change_would_do_it():
    assert verdict_words.change_lines((), 4) == [content.NOTHING_FLIPS]
