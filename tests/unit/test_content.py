"""Ids and texts the page and the static HTML rely on."""

import re

import pytest

from shouldconnect import content

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


def test_a_distinct_headline_for_each_verdict():
    assert set(content.HEADLINES) == set(content.VERDICTS) == {"connect", "wait", "after"}
    assert len(set(content.HEADLINES.values())) == 3


def test_headlines_carry_the_key_advice():
    assert "note" in content.HEADLINES["connect"].lower()
    assert "after the interview" in content.HEADLINES["wait"].lower()
    assert "thank-you" in content.HEADLINES["after"].lower()


def test_an_intro_for_each_message_kind():
    # Keys are "kind" or "kind:verdict" (a refinement for one verdict), or "kind:late" (a thank-you
    # more than a day after the interview).
    kinds = ("note-before", "note-after", "email")
    assert set(kinds) <= set(content.MESSAGE_INTROS)
    for key in content.MESSAGE_INTROS:
        kind, _, verdict = key.partition(":")
        assert kind in kinds and verdict in ("", "late", "decision") + content.VERDICTS, key
    assert "after the interview" in content.MESSAGE_INTROS["note-after:wait"]
    # An employer that asks for no request until its decision: the note waits for the decision.
    assert "decision" in content.MESSAGE_INTROS["note-after:decision"]
    assert "thank-you" in content.MESSAGE_INTROS["note-after:after"]
    # The issue: say that a LinkedIn note does not replace the email.
    assert "24 hours" in content.MESSAGE_INTROS["email"]
    assert "replace" in content.MESSAGE_INTROS["email"]


SENTENCES = (
    # The employer's stance names the employer.
    [("reason " + key, text.format(company="Northwind Labs")) for key, text in content.REASONS.items()]
    + [("intro " + key, text) for key, text in content.MESSAGE_INTROS.items()]
    + [("copy fallback", content.COPY_FALLBACK), ("copy over limit", content.COPY_OVER_LIMIT)]
    + [("nothing flips", content.NOTHING_FLIPS)]
    + [("confidence " + key, text) for key, text in content.CONFIDENCE.items()]
    + [("withdraw warning", content.WITHDRAW_WARNING), ("free note quota", content.FREE_NOTE_QUOTA)]
)


@pytest.mark.parametrize("label, text", SENTENCES, ids=[label for label, _ in SENTENCES])
def test_messages_are_complete_sentences(label, text):
    assert text[0].isupper() and text.endswith(".")
    assert "  " not in text and "{" not in text


def test_confidence_has_the_three_levels_in_words():
    assert set(content.CONFIDENCE) == {"clear", "leaning", "judgment"}
    assert content.CONFIDENCE["clear"].startswith("Clear")
    assert content.CONFIDENCE["leaning"].startswith("Leaning")
    assert "judgment call" in content.CONFIDENCE["judgment"]


def test_a_short_verdict_for_each_verdict():
    assert set(content.VERDICT_SHORT) == set(content.VERDICTS)
    assert len(set(content.VERDICT_SHORT.values())) == 3


@pytest.mark.parametrize("key", sorted(content.CHANGES))
def test_changes_end_a_sentence_starting_with_if(key):
    field, value = key.split(":")
    text = content.CHANGES[key]
    assert field and value
    # "If <text>, ..." : lowercase start, no final full stop, one line of plain words.
    assert text[0].islower() and not text.endswith(".")
    assert "  " not in text and "{" not in text and text == text.strip()


def test_changes_phrases_are_distinct():
    assert len(set(content.CHANGES.values())) == len(content.CHANGES)


def test_linkedin_limits_are_stated_as_the_issue_asks():
    # LinkedIn's help says five notes a month, other sources three: the page says "a few".
    assert "a few" in content.FREE_NOTE_QUOTA
    assert "three weeks" in content.WITHDRAW_WARNING
