"""A panel's messages on CPython, written by the real templates through py/worker/engine.py: each
person's note differs from every other's apart from the name, person 1's is the one-person note,
and every note keeps within LinkedIn's limit; in English for every panel size, and in every
language for a panel of six (each person's wording depends only on their number, so six people
cover every smaller panel)."""

import datetime
import json

import pytest

import engine
from shouldconnect import form, i18n, note, panel
from shouldconnect.languages import LANGUAGES
from tools import catalogs

INTERVIEW = datetime.date(2026, 3, 10)  # a Tuesday
NAMES = ("Dana Whitfield", "Ana Ruiz", "Sam Okafor", "Ignacio Pérez", "Priya Raman", "Lee Chen")
FILLED = {
    "company": "Initech",
    "role": "Data Analyst",
    "date": INTERVIEW.isoformat(),
    "your_name": "Jordan Blake",
    "topic": "her talk at Config 2025",
    "discussed": "the data platform roadmap",
    "mutual": "yes",
    "mutual_name": "Chris Doe",
}
# Every person's own answers the same apart from the name, so only the wording can tell them apart.
SITUATIONS = {
    "filled": FILLED,
    "filled, offer stage": dict(FILLED, stage="offer"),
    "empty": {},
}
# Ahead of the interview with the day named, the day after it, and no date.
DAYS = (7, -1, None)
TONES = form.CHOICES["tone"]


def panel_of(answers, size, tone):
    """A situation for `size` people with these answers each, named from NAMES when filled."""
    named = answers != {}
    person = dict((field, answers.get(field, form.DEFAULTS[field])) for field in panel.PERSON_FIELDS)
    people = [dict(person, interviewer=NAMES[number] if named else "") for number in range(size)]
    return form.normalize(dict(answers, tone=tone, panel=people[1:], **people[0]))


def written(situation, days):
    """Every message kind for this situation, as the writer writes it from the page's request."""
    today = (INTERVIEW - datetime.timedelta(days=days or 0)).isoformat()
    request = dict(note.writer_request(situation, days, today, "connect"), kinds=note.MESSAGE_KINDS)
    return json.loads(engine.render_messages(json.dumps(request)))["messages"]


def without_name(text, person):
    greeting = note.greeting_for(person)
    return text.replace(greeting, "NAME") if greeting else text


CASES = [
    (label, size, tone, days)
    for label in SITUATIONS
    for size in range(2, panel.MAX_PEOPLE + 1)
    for tone in TONES
    for days in DAYS
]


@pytest.mark.parametrize(("label", "size", "tone", "days"), CASES)
def test_no_two_messages_of_a_panel_are_the_same_apart_from_the_name(label, size, tone, days):
    everyone = panel.people(panel_of(SITUATIONS[label], size, tone))
    messages = [written(person, days) for person in everyone]
    for kind in note.MESSAGE_KINDS:
        texts = [without_name(person_messages[kind], person) for person, person_messages in zip(everyone, messages)]
        assert len(set(texts)) == size, (kind, texts)


@pytest.mark.parametrize(("label", "size", "tone", "days"), CASES)
def test_person_1_gets_the_one_person_messages(label, size, tone, days):
    situation = panel_of(SITUATIONS[label], size, tone)
    alone = dict(situation)
    del alone["panel"]
    assert written(panel.people(situation)[0], days) == written(form.normalize(alone), days)


@pytest.mark.parametrize(("label", "size", "tone", "days"), CASES)
def test_every_note_of_a_panel_keeps_within_its_limit(label, size, tone, days):
    for premium in (False, True):
        for person in panel.people(panel_of(dict(SITUATIONS[label], premium=premium), size, tone)):
            for kind, text in written(person, days).items():
                if note.is_note(kind):
                    assert note.count_characters(text) <= note.note_limit(premium), (person["person"], kind, text)


# Per language: six names of one shape (no title, so every greeting is built alike and only the
# wording can tell two notes apart), six as people of that language type them (titles, compound
# given names, particles), and what a candidate types there about the interviewers.
SPOKEN = {
    "es": {
        "plain": ("Lucía Gómez", "Ignacio Pérez", "Marta Ruiz", "Íñigo Martín", "Ana Souza", "Pablo Díaz"),
        "typed": ("Sra. María José García-López", "Dr. Juan Carlos de la Fuente", "Ignacio Pérez",
                  "Dra. Ana Souza", "Marta Ruiz", "Sr. Íñigo Martín"),
        "answers": {"company": "Telefónica", "role": "Analista de datos", "topic": "su charla sobre IA generativa",
                    "discussed": "la hoja de ruta de la plataforma de datos", "mutual_name": "Carlos Gil"},
    },
    "pt-br": {
        "plain": ("Luciana Martins", "João Pedro", "Carla Nunes", "Beatriz Souza", "Marcos Lima", "Ana Paula"),
        "typed": ("Sra. Ana Paula dos Santos", "Dr. João Pedro de Oliveira", "Profa. Luciana Martins",
                  "Carla Nunes", "Prof. Marcos Lima", "Beatriz Souza"),
        "answers": {"company": "Itaú", "role": "Analista de dados", "topic": "a palestra dela sobre IA generativa",
                    "discussed": "o roteiro da plataforma de dados", "mutual_name": "Rafael Costa"},
    },
    "fr": {
        "plain": ("Claire Dubois", "Hélène Roux", "Marc Leroy", "Anne Girard", "Julien Petit", "Inès Moreau"),
        "typed": ("Mme Claire Dubois", "M. Jean-Luc de Villeneuve", "Dr Hélène Roux", "Marie-Claire Petit",
                  "Pr Marc Leroy", "Anne Girard"),
        "answers": {"company": "Doctolib", "role": "Analyste de données", "topic": "sa conférence sur l'IA générative",
                    "discussed": "la feuille de route de la plateforme de données", "mutual_name": "Paul Martin"},
    },
    "de": {
        "plain": ("Anna Schmidt", "Klaus Meyer", "Julia Berger", "Jonas Weber", "Lena Vogel", "Paul Braun"),
        "typed": ("Frau Dr. Anna Schmidt", "Herr Prof. Dr. Klaus Meyer", "Maximilian von Stein",
                  "Anna-Lena Vogel", "Frau Julia Berger", "Hans-Peter Braun"),
        "answers": {"company": "Müller & Söhne GmbH", "role": "Datenanalyst", "topic": "ihr Vortrag über KI",
                    "discussed": "die Roadmap der Datenplattform", "mutual_name": "Jens Koch"},
    },
}  # fmt: skip
LANGUAGE = dict((language["code"], language) for language in LANGUAGES)
SPOKEN_CASES = [(code, tone, days) for code in SPOKEN for tone in TONES for days in DAYS]


def panel_of_six(answers, names, tone):
    people = [dict(answers, interviewer=name) for name in names]
    return form.normalize(dict(people[0], tone=tone, panel=people[1:], mutual="yes"))


@pytest.mark.parametrize(("code", "tone", "days"), SPOKEN_CASES)
def test_in_every_language_no_two_messages_of_a_panel_are_the_same_apart_from_the_name(code, tone, days):
    with i18n.speaking(catalogs.compiled(LANGUAGE[code])):
        for answers in (dict(FILLED, **SPOKEN[code]["answers"]), {}):
            everyone = panel.people(panel_of_six(answers, SPOKEN[code]["plain"], tone))
            messages = [written(person, days) for person in everyone]
            for kind in note.MESSAGE_KINDS:
                texts = [without_name(by_kind[kind], person) for person, by_kind in zip(everyone, messages)]
                assert len(set(texts)) == len(everyone), (kind, texts)


@pytest.mark.parametrize(("code", "tone", "days"), SPOKEN_CASES)
def test_in_every_language_every_note_of_a_panel_keeps_within_its_limit(code, tone, days):
    with i18n.speaking(catalogs.compiled(LANGUAGE[code])):
        for stage in ("unknown", "offer"):
            answers = dict(FILLED, stage=stage, **SPOKEN[code]["answers"])
            for person in panel.people(panel_of_six(answers, SPOKEN[code]["typed"], tone)):
                for kind, text in written(person, days).items():
                    if note.is_note(kind):
                        assert note.count_characters(text) <= note.note_limit(False), (person["person"], kind, text)


def test_a_person_always_gets_the_same_messages():
    situation = panel_of(FILLED, panel.MAX_PEOPLE, "warm")
    first = [written(person, 7) for person in panel.people(situation)]
    again = [written(person, 7) for person in panel.people(form.normalize(json.loads(json.dumps(situation))))]
    assert first == again


def test_a_request_without_a_person_or_with_a_strange_one_is_written_as_person_1():
    situation = form.normalize(FILLED)
    request = dict(note.writer_request(situation, 7, "2026-03-03", "connect"), kinds=note.MESSAGE_KINDS)
    one = engine.render_messages(json.dumps(request))
    for strange in (None, 0, 7, True, "2", 2.5):
        assert engine.render_messages(json.dumps(dict(request, person=strange))) == one
    del request["person"]
    assert engine.render_messages(json.dumps(request)) == one
