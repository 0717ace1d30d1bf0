"""The note engine on CPython, with the same jinja2 and markupsafe the worker unpacks."""

import json

import pytest

import engine
from shouldconnect import note

SITUATION = {
    "interviewer": "Jane Doe", "company": "Acme", "role": "Data Analyst",
    "date": "2026-03-10", "culture": "open", "presence": "open", "note": True,
}


def render(days, **changes):
    answer = json.loads(engine.render_note(json.dumps({"situation": dict(SITUATION, **changes), "days": days})))
    return answer["verdict"], answer["note"]


def test_connect_note_names_the_person_role_company_and_day():
    verdict, text = render(7)
    assert verdict == "connect"
    for part in ("Jane Doe", "Data Analyst", "Acme", "on Tuesday, March 10"):
        assert part in text
    assert note.placeholders_in(text) == ()


def test_wait_note_is_for_after_the_interview():
    verdict, text = render(1)
    assert verdict == "wait"
    assert "thank you for our conversation" in text.lower()


def test_after_note_thanks_them_and_says_when():
    verdict, text = render(-1)
    assert verdict == "after"
    assert "yesterday" in text and "thank you" in text.lower()


@pytest.mark.parametrize("days", (7, 1, -1))
def test_empty_fields_become_visible_placeholders(days):
    _, text = render(days, interviewer="", company="", role="")
    assert {"[Interviewer's name]", "[Company]", "[Job title]"} <= set(note.placeholders_in(text))


def test_a_missing_date_shows_the_date_placeholder_in_a_before_note():
    # With no date the verdict is "wait", so check the connect template with a date it can't word.
    text = engine.environment.get_template("note-connect.txt").render(
        note.note_context(dict(SITUATION, date=""), None, "connect"))
    assert "on [date]" in text


@pytest.mark.parametrize("name", ("Seán O'Brien-Núñez", 'Li "Lee" Wei', "Zoë 😀 Ng", "<img src=x onerror=alert(1)>"))
def test_names_come_out_exactly_as_typed(name):
    _, text = render(7, interviewer=name, company="R&D <Labs>")
    assert "Hi " + name + "," in text
    assert "R&D <Labs>" in text  # a note is plain text: no HTML escaping


def test_answers_keep_emoji_as_characters_for_micropython():
    answer = engine.render_note(json.dumps({"situation": dict(SITUATION, interviewer="Zoë 😀"), "days": 7}))
    assert "😀" in answer and "\\ud83d" not in answer


@pytest.mark.parametrize("days", (7, 1, -1))
def test_typical_notes_fit_the_free_limit(days):
    _, text = render(days, interviewer="Alexandra Johnson", company="Northwind Traders", role="Senior Data Analyst")
    assert note.count_characters(text) <= note.NOTE_LIMITS["free"]


def test_html_templates_would_be_autoescaped_but_notes_are_not():
    assert engine.environment.autoescape("card.html") is True
    assert engine.environment.autoescape("note-connect.txt") is False
