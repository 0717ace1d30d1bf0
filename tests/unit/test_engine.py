"""The message engine on CPython, with the same jinja2 and markupsafe the worker unpacks."""

import datetime
import json

import pytest

import engine
from shouldconnect import form, names, note, rules

INTERVIEW = datetime.date(2026, 3, 10)  # a Tuesday
SITUATION = {
    "interviewer": "Jane Doe",
    "company": "Acme",
    "role": "Data Analyst",
    "date": INTERVIEW.isoformat(),
    "culture": "open",
    "presence": "open",
    "note": True,
}
TONES = form.CHOICES["tone"]
LONG = "Maximiliana Alexandrescu-Vanderbilt Jr. "[:40]  # 40 characters, the longest we promise to fit


def render(days, today=None, **changes):
    """The messages with the interview `days` away (None: no date); today follows from the date."""
    if today is None:
        today = (INTERVIEW - datetime.timedelta(days=days or 0)).isoformat()
    situation = form.normalize(dict(SITUATION, **changes))
    verdict = rules.decide(situation, days)["verdict"]
    # What the page sends: the days, the date in words and the verdict's messages, as it computed them.
    answer = json.loads(engine.render_messages(json.dumps(note.writer_request(situation, days, today, verdict))))
    return verdict, answer["messages"]


def test_the_writer_writes_the_messages_the_verdict_offers_and_no_other():
    for days, verdict in ((7, "connect"), (1, "wait"), (-1, "after")):
        got, messages = render(days)
        assert got == verdict
        assert set(messages) == set(note.MESSAGES_FOR[verdict])
    _, messages = render(-1)
    assert "note-before" not in messages  # never "ahead of our interview" once it is over


def test_the_before_note_names_the_person_role_company_and_day():
    _, messages = render(7)
    for part in ("Hi Jane,", "Data Analyst", "Acme", "on Tuesday, March 10"):
        assert part in messages["note-before"]
    assert note.placeholders_in(messages["note-before"]) == ()


def test_a_date_in_another_year_carries_its_year():
    _, messages = render(30, today="2025-12-30")
    assert "on Tuesday, March 10, 2026" in messages["note-before"]


def test_the_thank_you_note_says_when_once_the_interview_is_over():
    _, messages = render(-1)
    assert "yesterday" in messages["note-after"] and "thank you" in messages["note-after"].lower()
    _, messages = render(1)
    assert "tomorrow" not in messages["note-after"]  # it is sent after the interview


@pytest.mark.parametrize("tone", TONES)
def test_the_email_has_a_subject_without_a_name_a_greeting_and_a_signature(tone):
    _, messages = render(-1, tone=tone, interviewer="Zoë Martínez-García", your_name="Ana Ruiz 🌱 (she/her)")
    email = messages["email"]
    subject, _, body = email.partition("\n\n")
    assert subject.startswith("Subject: ")
    assert "Zoë" not in subject and "Martínez" not in subject
    assert names.greeting_name("Zoë Martínez-García", tone) in body.split("\n")[0]
    assert email.rstrip().endswith("\nAna Ruiz")
    assert "yesterday" in email


def test_the_email_asks_for_the_candidates_name_when_missing():
    _, messages = render(-1)
    assert "[Your name]" in note.placeholders_in(messages["email"])


def test_tones_read_differently():
    notes = {tone: render(7, tone=tone)[1]["note-before"] for tone in TONES}
    assert len(set(notes.values())) == 3
    assert notes["formal"].startswith("Dear ")
    assert len(notes["brief"]) < len(notes["warm"])


@pytest.mark.parametrize(
    "typed, tone, greeting",
    [
        ("Dr. Priya Raman", "warm", "Hi Priya,"),
        ("Dr. Priya Raman", "brief", "Hi Priya,"),
        ("Dr. Priya Raman", "formal", "Dear Dr. Raman,"),
        ("Priya Raman", "formal", "Dear Priya Raman,"),
        ("Jean-Luc Picard 🚀", "warm", "Hi Jean-Luc,"),
        ("Kim Min-jun", "warm", "Hi Kim Min-jun,"),
        ("Kim Min-jun", "formal", "Dear Kim Min-jun,"),
        ("Sam Lee (he/him) | Hiring", "warm", "Hi Sam,"),
        ("Ana Ruiz, PhD, PMP", "formal", "Dear Ana Ruiz,"),
    ],
)
def test_greetings_use_the_name_a_person_would(typed, tone, greeting):
    _, messages = render(7, interviewer=typed, tone=tone)
    for kind in note.MESSAGE_KINDS:
        assert greeting in messages[kind], kind


def test_greet_them_as_wins_over_the_name():
    _, messages = render(7, interviewer="Kim Min-jun", greet_as="Min-jun")
    assert messages["note-before"].startswith("Hi Min-jun,")


def test_invisible_characters_never_reach_a_message_but_an_emoji_keeps_its_joiner():
    hidden = "\u202e\u200b\u2066"
    _, messages = render(
        -1,
        interviewer=hidden + "Priya Raman" + hidden,
        your_name="Ana\u200f Ruiz\u200b",
        company="Init\u200bech",
        discussed="pairing\u200d on 👩\u200d💻 code",
    )
    for text in messages.values():
        for char in hidden + "\u200f":
            assert char not in text
    assert "Initech" in messages["email"] and messages["email"].rstrip().endswith("Ana Ruiz")
    assert "👩\u200d💻" in messages["email"] and "pairing on" in messages["email"]


def test_optional_details_appear_only_when_given():
    _, plain = render(7, mutual="yes")
    _, detailed = render(7, mutual="yes", mutual_name="Sam Lee", topic="data ethics")
    assert "Sam Lee" not in plain["note-before"] and "data ethics" not in plain["note-before"]
    assert "Sam Lee" in detailed["note-before"] and "data ethics" in detailed["note-before"]


def test_a_topic_seen_on_the_profile_never_becomes_a_conversation_that_did_not_happen():
    _, messages = render(-1, topic="scaling Postgres")
    for kind in ("note-after", "email"):
        assert "Postgres" not in messages[kind]
    _, messages = render(-1, discussed="scaling Postgres")
    assert "our conversation about scaling Postgres" in messages["note-after"]
    assert "scaling Postgres" in messages["email"]


def test_mutual_connections_no_leaves_a_typed_contact_out():
    _, messages = render(7, mutual="no", mutual_name="Bob Smith")
    assert "Bob Smith" not in messages["note-before"]


def test_the_offer_stage_does_not_speak_of_an_interview_ahead():
    _, messages = render(7, stage="offer")
    assert "interview" not in messages["note-before"]
    assert "Data Analyst" in messages["note-before"]


@pytest.mark.parametrize("tone", TONES)
def test_a_long_note_keeps_the_mutual_contact_longest(tone):
    long_topic = "a post about " + "very " * 12 + "long onboarding plans"
    _, messages = render(7, tone=tone, interviewer=LONG, company=LONG, mutual_name="Sam Lee", topic=long_topic)
    text = messages["note-before"]
    assert note.count_characters(text) <= note.NOTE_LIMITS["free"], text
    assert "Sam Lee" in text and "onboarding" not in text


@pytest.mark.parametrize("days", (7, 1, -1))
@pytest.mark.parametrize("name", (LONG, "Ñandú Østergård-Łukasiewicz Çelik 😀 Zoë"[:40]))
def test_brief_notes_fit_the_free_limit_even_with_40_character_names(days, name):
    _, messages = render(
        days, tone="brief", interviewer=name, company=name, role=name, mutual_name=name, topic=name, discussed=name
    )
    for text in (text for kind, text in messages.items() if note.is_note(kind)):
        assert note.count_characters(text) <= note.NOTE_LIMITS["free"], text
        assert names.greeting_name(name, "brief") in text  # names survive whole: clauses go, never words


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
    for text in messages.values():
        assert {"[Interviewer's name]", "[Job title]"} <= set(note.placeholders_in(text))


def test_a_missing_date_shows_the_date_placeholder_in_a_before_note():
    # Without a date, an invitation from them still makes the verdict "connect".
    verdict, messages = render(None, date="", invited=True)
    assert verdict == "connect"
    assert "on [date]" in messages["note-before"]


@pytest.mark.parametrize("company", ("R&D <Labs>", "<img src=x onerror=alert(1)>", 'Li "Lee" & Co'))
def test_typed_text_comes_out_as_text(company):
    _, messages = render(7, company=company)
    assert company in messages["note-before"]  # a message is plain text: no HTML escaping


def test_answers_keep_emoji_as_characters_for_micropython():
    request = note.writer_request(dict(SITUATION, discussed="🚀 launches"), -1, "2026-03-11", "after")
    answer = engine.render_messages(json.dumps(request))
    assert "🚀" in answer and "\\ud83d" not in answer


@pytest.mark.parametrize("days", (7, 1, -1))
@pytest.mark.parametrize("tone", TONES)
def test_typical_notes_fit_the_free_limit(days, tone):
    _, messages = render(
        days, tone=tone, interviewer="Alexandra Johnson", company="Northwind Traders", role="Senior Data Analyst"
    )
    for kind, text in messages.items():
        assert not note.is_note(kind) or note.count_characters(text) <= note.NOTE_LIMITS["free"]


def test_html_templates_would_be_autoescaped_but_messages_are_not():
    assert engine.environment.autoescape("card.html") is True
    assert engine.environment.autoescape("note-before.txt") is False


def test_a_name_that_ends_in_a_full_stop_gets_no_second_one():
    _, messages = render(-1, company="Initech Inc.")
    assert "Initech Inc.." not in messages["note-after"] and "Initech Inc." in messages["note-after"]
