"""The connection note helpers: placeholders, the character counter and LinkedIn's limits."""

import pytest

from shouldconnect import content, dates, form, note

TODAY = "2026-01-15"
FILLED = dict(
    form.DEFAULTS,
    interviewer="Jos\u00e9 <b>Garc\u00eda</b>",
    company="Acme & Sons",
    role="Data Analyst",
    date="2026-03-03",
)


def test_the_day_is_named_in_a_thank_you_only_once_it_is_past():
    assert note.note_context(FILLED, -1, dates.date_in_words(FILLED["date"], TODAY))["past_when"] == "yesterday"
    assert note.note_context(FILLED, 6, dates.date_in_words(FILLED["date"], TODAY))["past_when"] == ""


def test_only_notes_have_a_limit():
    assert note.note_status("x" * 400, False, "email") == {
        "count": 400,
        "limit": None,
        "over": False,
        "placeholders": (),
    }
    assert note.note_status("x" * 400, True, "note-after")["over"] is True


def test_each_verdict_offers_its_main_message_first():
    assert note.MESSAGES_FOR["connect"][0] == "note-before"
    assert note.MESSAGES_FOR["wait"][0] == "note-after"
    assert "note-before" not in note.MESSAGES_FOR["wait"] + note.MESSAGES_FOR["after"]
    assert "24 hours" in note.message_intro("email", "after", -1)
    assert note.message_intro("note-after", "wait", 3) != note.message_intro("note-after", "after", -1)


@pytest.mark.parametrize("days", [-2, -10])
def test_a_late_thank_you_no_longer_speaks_of_24_hours_but_still_reads_well(days):
    for kind in ("email", "note-after"):
        intro = note.message_intro(kind, "after", days)
        assert intro == content.MESSAGE_INTROS[kind + ":late"] and "24 hours" not in intro


def test_within_24_hours_only_for_an_interview_today_yesterday_or_ahead():
    for days in (0, -1, 3, None):
        assert "24 hours" in note.message_intro("email", "after" if days == -1 else "wait", days)


def test_filled_fields_are_used_as_typed():
    context = note.note_context(FILLED, 6, dates.date_in_words(FILLED["date"], TODAY))

    assert context["interviewer"] == "Jos\u00e9"  # the given name, for a warm note
    assert context["company"] == "Acme & Sons"
    assert context["role"] == "Data Analyst"
    assert context["when"] == "on Tuesday, March 3"


@pytest.mark.parametrize(
    "days, when",
    [
        (0, "today"),
        (1, "tomorrow"),
        (-1, "yesterday"),
        (2, "on Tuesday, March 3"),
        (-5, "on Tuesday, March 3"),
    ],
)
def test_when_says_today_or_tomorrow_or_names_the_day(days, when):
    assert note.note_context(FILLED, days, dates.date_in_words(FILLED["date"], TODAY))["when"] == when


def test_placeholders_in_finds_what_the_user_has_not_replaced():
    edited = "Hi Jane, looking forward to our chat on [date] about the [Job title] role."

    assert note.placeholders_in(edited) == ("[Job title]", "[date]")


def test_placeholders_in_lists_them_in_field_order_whatever_the_text_order():
    text = "[date] [Company] [Interviewer's name] [Job title]"

    assert note.placeholders_in(text) == ("[Interviewer's name]", "[Company]", "[Job title]", "[date]")


def test_placeholders_in_is_empty_once_everything_is_filled_in():
    assert note.placeholders_in("Hi Jane, see you at Acme on Tuesday!") == ()


@pytest.mark.parametrize(
    "text, count",
    [
        ("", 0),
        ("Jos\u00e9 \U0001f600", 7),  # a composed accent is one; an emoji beyond the BMP two
        ("Jose\u0301", 5),  # the same accent decomposed: e and a combining mark
        ("\U0001f469\u200d\U0001f4bb", 5),  # 👩‍💻: two emoji and the joiner
        ("\U0001f1ef\U0001f1f5", 4),  # 🇯🇵: two regional indicators
        ("Line one\nLine two", 17),  # a newline is one character
        ("\u674e\u534e", 2),
    ],
)
def test_count_characters_as_a_text_box_maxlength_does(text, count):
    """UTF-16 code units: what a browser's text box counts, so the stricter count of the two."""
    assert note.count_characters(text) == count == len(text.encode("utf-16-le")) // 2


def test_limits_for_free_and_premium_accounts():
    assert note.note_limit(False) == 200
    assert note.note_limit(True) == 300


def test_note_exactly_at_the_limit_is_fine_one_more_is_over():
    at_limit = "\U0001f600" * 100  # 200 UTF-16 code units

    assert note.note_status(at_limit, False)["over"] is False
    assert note.note_status(at_limit + "!", False) == {"count": 201, "limit": 200, "over": True, "placeholders": ()}


def test_premium_allows_a_longer_note():
    text = "a" * 250

    assert note.note_status(text, False)["over"] is True
    assert note.note_status(text, True) == {"count": 250, "limit": 300, "over": False, "placeholders": ()}


def test_note_status_reports_leftover_placeholders():
    status = note.note_status("Hi [Interviewer's name], see you soon!", False)

    assert status["placeholders"] == ("[Interviewer's name]",)
    assert status["count"] == 38


def test_no_warnings_for_a_good_note():
    assert note.note_warnings(note.note_status("Hi Jane, see you Tuesday!", False)) == ()


def test_warning_says_how_far_over_the_limit():
    warnings = note.note_warnings(note.note_status("a" * 205, False))

    assert len(warnings) == 1
    assert "5 characters" in warnings[0] and "200" in warnings[0]


def test_one_character_over_is_singular():
    (warning,) = note.note_warnings(note.note_status("a" * 301, True))

    assert "1 character " in warning and "300" in warning


def test_warning_names_every_leftover_placeholder():
    text = "Hi [Interviewer's name], see you on [date] at [Company]."

    (warning,) = note.note_warnings(note.note_status(text, False))

    assert "[Interviewer's name], [Company] and [date]" in warning


def test_both_warnings_when_too_long_with_placeholders():
    warnings = note.note_warnings(note.note_status("[Company] " + "a" * 300, False))

    assert len(warnings) == 2
    assert "110 characters" in warnings[0]
    assert "[Company]" in warnings[1]


def test_the_counter_reads_count_against_limit_and_an_email_has_none():
    assert note.counter_text(note.note_status("x" * 12, False)) == content.COUNT_NOTE.format(count=12, limit=200)
    assert note.counter_text(note.note_status("x" * 12, True)) == content.COUNT_NOTE.format(count=12, limit=300)
    assert note.counter_text(note.note_status("x" * 7, False, "email")) == content.COUNT_EMAIL.format(count=7)
