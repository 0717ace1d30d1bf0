"""The message engine on CPython, with the same jinja2 and markupsafe the worker unpacks."""

import json

import pytest

import engine
from shouldconnect import form, note

SITUATION = {
    "interviewer": "Jane Doe",
    "company": "Acme",
    "role": "Data Analyst",
    "date": "2026-03-10",
    "culture": "open",
    "presence": "open",
    "note": True,
}
TONES = form.CHOICES["tone"]
LONG = "Maximiliana Alexandrescu-Vanderbilt Jr. "[:40]  # 40 characters, the longest we promise to fit


def render(days, **changes):
    answer = json.loads(engine.render_messages(json.dumps({"situation": dict(SITUATION, **changes), "days": days})))
    return answer["verdict"], answer["messages"]


def test_every_message_is_written_for_every_verdict():
    for days, verdict in ((7, "connect"), (1, "wait"), (-1, "after")):
        got, messages = render(days)
        assert got == verdict
        assert set(messages) == set(note.MESSAGE_KINDS)


def test_the_before_note_names_the_person_role_company_and_day():
    _, messages = render(7)
    for part in ("Jane Doe", "Data Analyst", "Acme", "on Tuesday, March 10"):
        assert part in messages["note-before"]
    assert note.placeholders_in(messages["note-before"]) == ()


def test_the_thank_you_note_says_when_once_the_interview_is_over():
    _, messages = render(-1)
    assert "yesterday" in messages["note-after"] and "thank you" in messages["note-after"].lower()
    _, messages = render(1)
    assert "tomorrow" not in messages["note-after"]  # it is sent after the interview


@pytest.mark.parametrize("tone", TONES)
def test_the_email_has_a_subject_a_greeting_and_a_signature(tone):
    _, messages = render(-1, tone=tone, your_name="Ana Ruiz")
    email = messages["email"]
    assert email.startswith("Subject: ")
    assert "\n\n" in email and "Jane Doe" in email.split("\n\n")[1]
    assert email.rstrip().endswith("Ana Ruiz")
    assert "yesterday" in email


def test_the_email_asks_for_the_candidates_name_when_missing():
    _, messages = render(-1)
    assert "[Your name]" in note.placeholders_in(messages["email"])


def test_tones_read_differently():
    notes = {tone: render(7, tone=tone)[1]["note-before"] for tone in TONES}
    assert len(set(notes.values())) == 3
    assert notes["formal"].startswith("Dear ")
    assert len(notes["brief"]) < len(notes["warm"])


def test_optional_details_appear_only_when_given():
    _, plain = render(7)
    _, detailed = render(7, mutual_name="Sam Lee", topic="data ethics")
    assert "Sam Lee" not in plain["note-before"] and "data ethics" not in plain["note-before"]
    assert "Sam Lee" in detailed["note-before"] and "data ethics" in detailed["note-before"]
    assert "data ethics" in detailed["email"]


@pytest.mark.parametrize("days", (7, 1, -1))
@pytest.mark.parametrize("name", (LONG, "Ñandú Østergård-Łukasiewicz Çelik 😀 Zoë"[:40]))
def test_brief_notes_fit_the_free_limit_even_with_40_character_names(days, name):
    _, messages = render(days, tone="brief", interviewer=name, company=name, role=name, mutual_name=name, topic=name)
    for kind in ("note-before", "note-after"):
        text = messages[kind]
        assert note.count_characters(text) <= note.NOTE_LIMITS["free"], text
        assert name in text  # the name survives whole: clauses are dropped, never words


def test_optional_clauses_go_before_the_limit_is_broken():
    _, roomy = render(7, mutual_name="Sam Lee", topic="data ethics")
    _, tight = render(7, mutual_name="Sam Lee", topic="data ethics", interviewer=LONG, company=LONG)
    assert "data ethics" in roomy["note-before"]
    assert "data ethics" not in tight["note-before"]
    assert note.count_characters(tight["note-before"]) <= 200


def test_premium_leaves_room_for_more():
    _, free = render(7, mutual_name="Sam Lee", topic="data ethics", interviewer=LONG, company=LONG)
    _, premium = render(7, mutual_name="Sam Lee", topic="data ethics", interviewer=LONG, company=LONG, premium=True)
    assert len(premium["note-before"]) > len(free["note-before"])
    assert note.count_characters(premium["note-before"]) <= 300


@pytest.mark.parametrize("days", (7, 1, -1))
def test_empty_fields_become_visible_placeholders(days):
    _, messages = render(days, interviewer="", company="", role="")
    for kind in note.MESSAGE_KINDS:
        assert {"[Interviewer's name]", "[Job title]"} <= set(note.placeholders_in(messages[kind]))


def test_a_missing_date_shows_the_date_placeholder_in_a_before_note():
    # Without a date the verdict is "wait", but the before note is still written.
    _, messages = render(None, date="")
    assert "on [date]" in messages["note-before"]


@pytest.mark.parametrize("name", ("Seán O'Brien-Núñez", 'Li "Lee" Wei', "Zoë 😀 Ng", "<img src=x onerror=alert(1)>"))
def test_names_come_out_exactly_as_typed(name):
    _, messages = render(7, interviewer=name, company="R&D <Labs>")
    assert "Hi " + name + "," in messages["note-before"]
    assert "R&D <Labs>" in messages["note-before"]  # a message is plain text: no HTML escaping


def test_answers_keep_emoji_as_characters_for_micropython():
    answer = engine.render_messages(json.dumps({"situation": dict(SITUATION, interviewer="Zoë 😀"), "days": 7}))
    assert "😀" in answer and "\\ud83d" not in answer


@pytest.mark.parametrize("days", (7, 1, -1))
@pytest.mark.parametrize("tone", TONES)
def test_typical_notes_fit_the_free_limit(days, tone):
    _, messages = render(
        days, tone=tone, interviewer="Alexandra Johnson", company="Northwind Traders", role="Senior Data Analyst"
    )
    for kind in ("note-before", "note-after"):
        assert note.count_characters(messages[kind]) <= note.NOTE_LIMITS["free"]


def test_html_templates_would_be_autoescaped_but_messages_are_not():
    assert engine.environment.autoescape("card.html") is True
    assert engine.environment.autoescape("note-before.txt") is False
