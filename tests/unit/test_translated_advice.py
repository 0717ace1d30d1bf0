"""The advice and the messages in every language: the same verdicts, the messages written in the
page's language from its catalog, and every note within LinkedIn's limit."""

import json
import re

import pytest

import engine
from rule_cases import RULE_CASES, situation_for
from shouldconnect import content, form, i18n, note, rules, verdict_words
from shouldconnect.languages import LANGUAGES, TRANSLATED
from tools import catalogs


def decide(situation_, days):
    """The decision as the page shows it: ids, fields and words."""
    return verdict_words.described(rules.decide(situation_, days), days)


CODES = [language["code"] for language in TRANSLATED]
TONES = ("warm", "formal", "brief")


@pytest.fixture(params=TRANSLATED, ids=CODES)
def speaking(request):
    """The language's catalog in use for one test, and the catalog itself."""
    catalog = catalogs.compiled(request.param)
    with i18n.speaking(catalog):
        yield catalog


def render(days, **changes):
    situation = dict(
        interviewer="Dr. José Álvarez-Núñez",
        company="Acme",
        role="Data Analyst",
        date="2026-12-05",
        culture="open",
        presence="open",
        mutual="yes",
        mutual_name="Zoë Ní Bhriain",
    )
    situation.update(changes)
    today = "2026-12-%02d" % (5 - days)
    answer = json.loads(
        engine.render_messages(
            json.dumps(
                note.writer_request(situation, days, today, rules.decide(form.normalize(situation), days)["verdict"])
            )
        )
    )
    return answer["messages"]


def english_sentences_in(text, english):
    """Sentences of the English message (the same answers, no catalog) that a text still holds."""
    sentences = re.split(r"(?<=[.!?])\s+|\n+", english)
    return [sentence for sentence in sentences if len(sentence.split()) >= 4 and sentence in text]


def in_english(render_it):
    """What render_it() gives with no catalog in use, then the fixture's catalog back."""
    with i18n.speaking(None):
        return render_it()


def test_the_verdict_table_gives_the_same_verdicts_and_reasons_in_every_language(speaking):
    for case in RULE_CASES:
        result = decide(situation_for(case), case["days"])
        assert result["verdict"] == case["verdict"], case["name"]
        assert tuple(reason["id"] for reason in result["reasons"]) == case["reasons"], case["name"]
        english = content.HEADLINE_DECISION if result["until_decision"] else content.HEADLINES[case["verdict"]]
        assert result["headline"] == speaking["messages"][english]


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("days", (7, 1, -1, -5))
def test_every_message_is_written_in_the_pages_language(speaking, tone, days):
    messages = render(days, tone=tone, discussed="x", topic="y")
    english = in_english(lambda: render(days, tone=tone, discussed="x", topic="y"))
    for kind, text in messages.items():
        assert text != english[kind] and english_sentences_in(text, english[kind]) == [], kind
        assert "{" not in text and "%(" not in text and engine.TYPED_MARK not in text, kind
    assert "Acme" in messages["email"] and "Data Analyst" in messages["email"]


def test_every_note_fits_the_free_limit_with_40_character_names(speaking):
    language = [language for language in LANGUAGES if language["code"] == speaking["language"]][0]
    longest = catalogs.longest_notes(language)
    assert longest[0][0] <= note.NOTE_LIMITS["free"], longest[0]


def test_empty_fields_show_the_languages_placeholders_and_the_page_warns_of_them(speaking):
    messages = render(7, interviewer="", company="", role="")
    placeholders = note.placeholders_in(messages["note-before"])
    assert set(placeholders) >= {speaking["messages"][content.PLACEHOLDERS[field]] for field in ("interviewer", "role")}
    status = note.note_status(messages["note-before"], False)
    warning = note.note_warnings(status)[-1]
    assert all(placeholder in warning for placeholder in placeholders)


def test_what_would_change_this_speaks_the_language(speaking):
    situation = situation_for(RULE_CASES[0])
    situation["culture"] = "unsure"
    lines = verdict_words.change_lines(rules.what_would_change(situation, 5), 3)
    english = in_english(lambda: verdict_words.change_lines(rules.what_would_change(situation, 5), 3))
    assert lines and len(lines) == len(english)
    assert all(line != english_line for line, english_line in zip(lines, english))
    assert all("{" not in line for line in lines)


def test_french_elides_before_a_typed_vowel_and_leaves_names_alone():
    french = [language for language in TRANSLATED if language["code"] == "fr"][0]
    with i18n.speaking(catalogs.compiled(french)):
        messages = render(-1, tone="formal", role="Analyste", company="Orange", interviewer="Dr. Ana de Oliveira")
        plain = render(-1, tone="formal", role="Data Analyst")
    assert "d'Analyste" in messages["email"] and "de Analyste" not in messages["email"]
    assert "de Data Analyst" in plain["email"]
    assert "de Oliveira" in messages["email"] and "d'Oliveira" not in messages["email"]  # a name stays as typed
