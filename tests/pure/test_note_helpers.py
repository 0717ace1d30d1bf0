"""The note's helpers: counting as LinkedIn counts, the limits, the warnings and the counter, and the
values a note is written from. Expected values worked out by hand."""

from shouldconnect import form, note

NOTE_EMPTY_SITUATION = dict(form.normalize({}), date="2026-03-03")

COUNTER_CASES = (
    {"name": "a note", "status": {"count": 12, "limit": 200}, "expected": "12 / 200 characters"},
    {"name": "an email", "status": {"count": 7, "limit": None}, "expected": "7 characters (an email has no limit)"},
)
COUNT_CASES = (
    {"name": "an accent and an emoji", "text": "Jos\u00e9 \U0001f600", "expected": 7},
    {"name": "a coder emoji is 5", "text": "\U0001f469\u200d\U0001f4bb", "expected": 5},
)
STATUS_CASES = (
    {
        "name": "at the Premium limit",
        "text": "[Company] " + "\u00e9" * 290,
        "premium": True,
        "expected": {"count": 300, "limit": 300, "over": False, "placeholders": ("[Company]",)},
    },
    {
        "name": "over the free limit",
        "text": "x" * 201,
        "premium": False,
        "expected": {"count": 201, "limit": 200, "over": True, "placeholders": ()},
    },
)
CASES = {
    "test_counter_text": COUNTER_CASES,
    "test_count_characters_counts_utf16_units": COUNT_CASES,
    "test_note_status": STATUS_CASES,
}


def test_counter_text(case):
    assert note.counter_text(case["status"]) == case["expected"]


def test_count_characters_counts_utf16_units(case):
    assert note.count_characters(case["text"]) == case["expected"]


def test_note_status(case):
    status = note.note_status(case["text"], case["premium"])

    assert status == case["expected"], status


def test_placeholders_in_keeps_the_field_order():
    found = note.placeholders_in("on [date] at [Company], [Interviewer's name]")

    assert found == ("[Interviewer's name]", "[Company]", "[date]"), found


def test_note_warnings_name_leftover_placeholders():
    warnings = note.note_warnings({"count": 203, "limit": 200, "over": True, "placeholders": ("[Company]", "[date]")})

    assert warnings == (
        "Your note is 3 characters over LinkedIn's 200-character limit: shorten it before sending.",
        "Replace [Company] and [date] with the real details before sending.",
    ), warnings


def test_note_context_fills_placeholders():
    context = note.note_context(NOTE_EMPTY_SITUATION, 6, "Tuesday, March 3")

    assert context == {
        "tone": "warm",
        "interviewer": "[Interviewer's name]",
        "gender": "",
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
    }, context
