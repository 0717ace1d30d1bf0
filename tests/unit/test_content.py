"""Ids and texts the page and the static HTML rely on."""

import re

import pytest

from shouldconnect import content

ID_SETS = (
    (content.PRO_IDS, content.PRO_TITLES),
    (content.CON_IDS, content.CON_TITLES),
    (content.PRACTICE_IDS, content.PRACTICE_TITLES),
)
ALL_IDS = content.PRO_IDS + content.CON_IDS + content.PRACTICE_IDS


def test_ids_are_unique_even_across_groups():
    # The HTML uses them as element ids, so one page must never repeat one.
    assert len(ALL_IDS) == len(set(ALL_IDS))


def test_ids_are_safe_html_ids():
    for item in ALL_IDS + tuple(content.REASONS):
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", item), item


def test_the_article_has_four_pros_and_four_cons():
    assert len(content.PRO_IDS) == 4
    assert len(content.CON_IDS) == 4


def test_required_best_practices_are_there():
    assert {"personal-note", "boundaries", "research-anyway", "prepare"} <= set(content.PRACTICE_IDS)


@pytest.mark.parametrize("ids, titles", ID_SETS)
def test_every_id_has_exactly_one_title(ids, titles):
    assert set(titles) == set(ids)
    for title in titles.values():
        assert title.strip() and title[0].isupper()


def test_a_distinct_headline_for_each_verdict():
    assert set(content.HEADLINES) == set(content.VERDICTS) == {"connect", "wait", "after"}
    assert len(set(content.HEADLINES.values())) == 3


def test_headlines_carry_the_key_advice():
    assert "note" in content.HEADLINES["connect"].lower()
    assert "after the interview" in content.HEADLINES["wait"].lower()
    assert "thank-you" in content.HEADLINES["after"].lower()


def test_a_note_intro_for_each_verdict():
    assert set(content.NOTE_INTROS) == set(content.VERDICTS)
    assert "after the interview" in content.NOTE_INTROS["wait"]
    assert "thank-you" in content.NOTE_INTROS["after"]


SENTENCES = (
    [("reason " + key, text) for key, text in content.REASONS.items()]
    + [("intro " + key, text) for key, text in content.NOTE_INTROS.items()]
    + [("copy fallback", content.COPY_FALLBACK)]
)


@pytest.mark.parametrize("label, text", SENTENCES, ids=[label for label, _ in SENTENCES])
def test_messages_are_complete_sentences(label, text):
    assert text[0].isupper() and text.endswith(".")
    assert "  " not in text and "{" not in text
