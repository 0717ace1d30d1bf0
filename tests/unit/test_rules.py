"""The verdict rules, checked against the shared table and against the article's rules restated."""

import itertools

import pytest

from rule_cases import RULE_CASES, situation_for
from shouldconnect import content, form, rules, verdict_words


def decide(situation_, days):
    """The decision as the page shows it: ids, fields and words."""
    return verdict_words.described(rules.decide(situation_, days), days)


VERDICTS = ("connect", "wait", "after")


@pytest.mark.parametrize("case", RULE_CASES, ids=[case["name"] for case in RULE_CASES])
def test_rule_table(case):
    result = decide(situation_for(case), case["days"])

    assert result["verdict"] == case["verdict"]
    assert tuple(reason["id"] for reason in result["reasons"]) == case["reasons"]
    assert {reason["field"] for reason in result["reasons"]} == set(case["fields"])
    assert result["pros"] == case["pros"]
    assert result["cons"] == case["cons"]
    if "confidence" in case:
        assert result["confidence"]["level"] == case["confidence"]


def test_table_covers_every_verdict_reason_and_boundary():
    assert {case["verdict"] for case in RULE_CASES} == set(VERDICTS)
    used_reasons = {reason for case in RULE_CASES for reason in case["reasons"]}
    assert used_reasons == set(content.REASONS)
    assert {3, 2, 0, -1, None} <= {case["days"] for case in RULE_CASES}


def _all_situations():
    """Every combination of the inputs that matter, with a spread of interview dates."""
    for culture, presence, note, days in itertools.product(
        form.CHOICES["culture"],
        form.CHOICES["presence"],
        (True, False),
        (None, -30, -1, 0, 1, 2, 3, 4, 60),
    ):
        situation = dict(form.DEFAULTS, culture=culture, presence=presence, note=note)
        yield situation, days


def _expected_verdict(situation, days):
    """The article's final verdict, restated independently of the code under test."""
    if days is not None and days < 0:
        return "after"
    if (
        situation["culture"] == "open"
        and situation["note"]
        and situation["presence"] != "private"
        and days is not None
        and days >= 3
    ):
        return "connect"
    return "wait"


def _fields_against_connecting(situation, days):
    fields = set()
    if situation["culture"] != "open":
        fields.add("culture")
    if situation["presence"] == "private":
        fields.add("presence")
    if not situation["note"]:
        fields.add("note")
    if days is None or days < 3:
        fields.add("date")
    return fields


@pytest.mark.parametrize("situation, days", list(_all_situations()))
def test_every_combination_follows_the_article(situation, days):
    result = decide(situation, days)
    verdict = _expected_verdict(situation, days)

    assert result["verdict"] == verdict
    assert result["headline"] == content.HEADLINES[verdict]
    if verdict == "wait":
        # Every problem is named, each against the form field that caused it.
        assert {r["field"] for r in result["reasons"]} == _fields_against_connecting(situation, days)


@pytest.mark.parametrize("situation, days", list(_all_situations()))
def test_every_reason_is_a_sentence_tied_to_a_form_field(situation, days):
    reasons = decide(situation, days)["reasons"]

    assert reasons, "every verdict needs at least one reason"
    for reason in reasons:
        assert reason["field"] in form.DEFAULTS
        assert reason["text"].strip()
    texts = [reason["text"] for reason in reasons]
    assert len(texts) == len(set(texts)), "the same sentence shown twice"


@pytest.mark.parametrize("situation, days", list(_all_situations()))
def test_pros_and_cons_are_known_ids_in_display_order(situation, days):
    result = decide(situation, days)

    assert result["pros"] == tuple(i for i in content.PRO_IDS if i in result["pros"])
    assert result["cons"] == tuple(i for i in content.CON_IDS if i in result["cons"])
    assert {"research", "network"} <= set(result["pros"])


def test_wait_reasons_are_listed_strongest_first():
    situation = dict(form.DEFAULTS, culture="formal", presence="private", note=False)

    reasons = decide(situation, 0)["reasons"]

    assert [r["field"] for r in reasons] == ["presence", "culture", "note", "date"]


def test_missing_date_asks_for_it():
    situation = dict(form.DEFAULTS, culture="open", presence="open")

    result = decide(situation, None)

    assert result["verdict"] == "wait"
    assert [r["field"] for r in result["reasons"]] == ["date"]
    assert "date" in result["reasons"][0]["text"]


def test_unknown_presence_still_connects_but_says_to_check_their_profile():
    situation = dict(form.DEFAULTS, culture="open", presence="unknown")

    result = decide(situation, 7)

    assert result["verdict"] == "connect"
    presence_texts = [r["text"] for r in result["reasons"] if r["field"] == "presence"]
    assert len(presence_texts) == 1 and "profile" in presence_texts[0]
    assert "decline" in result["cons"]


def test_decide_leaves_the_situation_untouched():
    situation = dict(form.DEFAULTS)
    before = dict(situation)

    decide(situation, 1)

    assert situation == before


def test_change_lines_are_whole_sentences_naming_the_change_and_the_verdict_it_leads_to():
    flips = rules.what_would_change(form.normalize({"date": ""}), None)
    lines = verdict_words.change_lines(flips, 4)
    assert 1 <= len(lines) <= 4
    for flip, line in zip(flips, lines):
        assert line == content.CHANGE_LINE.format(
            change=verdict_words.change_text(flip["changes"]), verdict=content.VERDICT_SHORT[flip["verdict"]]
        )


def test_change_lines_say_so_when_no_small_change_would_do_it():
    assert verdict_words.change_lines((), 4) == [content.NOTHING_FLIPS]
