"""The verdict rules, checked against the shared table (tests/rule_cases.py) and against the
article's rules restated for every combination of the inputs that matter."""

from rule_cases import BASE_SITUATION, RULE_CASES, situation_for
from shouldconnect import content, form, rules, verdict_words

VERDICTS = ("connect", "wait", "after")
DAY_SPREAD = (None, -30, -1, 0, 1, 2, 3, 4, 60)


def decide(situation, days):
    """The decision as the page shows it: ids, fields and words."""
    return verdict_words.described(rules.decide(situation, days), days)


def _combinations():
    """Every combination of culture, presence and note, each with a spread of interview dates."""
    found = []
    for culture in form.CHOICES["culture"]:
        for presence in form.CHOICES["presence"]:
            for note in (True, False):
                for days in DAY_SPREAD:
                    found.append(
                        {
                            "name": "%s culture, %s presence, %s, %s days"
                            % (culture, presence, "a note" if note else "no note", days),
                            "situation": dict(form.DEFAULTS, culture=culture, presence=presence, note=note),
                            "days": days,
                        }
                    )
    return found


COMBINATIONS = _combinations()
CASES = {
    "test_rule_table": RULE_CASES,
    "test_the_rules_read_only_their_inputs": RULE_CASES,
    "test_every_combination_follows_the_article": COMBINATIONS,
    "test_every_reason_is_a_sentence_tied_to_a_form_field": COMBINATIONS,
    "test_pros_and_cons_are_known_ids_in_display_order": COMBINATIONS,
}


def test_the_rules_read_only_their_inputs(case):
    """The page re-runs the rules only when rules.INPUTS or the days changed: given only those,
    the advice and "what would change this" are the whole situation's (a rule reading a name
    would fail here)."""
    situation, days = situation_for(case), case["days"]
    inputs = rules.inputs_of(situation)
    assert rules.decide(inputs, days) == rules.decide(situation, days)
    assert rules.what_would_change(inputs, days) == rules.what_would_change(situation, days)


def test_rule_table(case):
    days = case["days"]
    decision = rules.decide(situation_for(case), days)
    shown = verdict_words.described(decision, days)

    assert decision["verdict"] == case["verdict"], decision["verdict"]
    assert decision["reasons"] == case["reasons"], decision["reasons"]
    assert set(rules.field_of(reason) for reason in decision["reasons"]) == set(case["fields"])
    assert decision["pros"] == case["pros"], decision["pros"]
    assert decision["cons"] == case["cons"], decision["cons"]
    if "confidence" in case:
        assert decision["confidence"] == case["confidence"], decision["confidence"]
    # The words keep the ids, each reason pointing at its field.
    assert shown["verdict"] == case["verdict"]
    assert tuple(reason["id"] for reason in shown["reasons"]) == case["reasons"]
    assert set(reason["field"] for reason in shown["reasons"]) == set(case["fields"])
    assert (shown["pros"], shown["cons"]) == (case["pros"], case["cons"])
    assert shown["confidence"]["level"] == decision["confidence"]


def test_table_covers_every_verdict_reason_and_boundary():
    assert set(case["verdict"] for case in RULE_CASES) == set(VERDICTS)
    used_reasons = set(reason for case in RULE_CASES for reason in case["reasons"])
    assert used_reasons == set(content.REASONS), sorted(set(content.REASONS) - used_reasons)
    assert set((3, 2, 0, -1, None)) <= set(case["days"] for case in RULE_CASES)


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


def test_every_combination_follows_the_article(case):
    result = decide(case["situation"], case["days"])
    verdict = _expected_verdict(case["situation"], case["days"])

    assert result["verdict"] == verdict, result["verdict"]
    assert result["headline"] == content.HEADLINES[verdict]
    if verdict == "wait":
        # Every problem is named, each against the form field that caused it.
        fields = set(reason["field"] for reason in result["reasons"])
        assert fields == _fields_against_connecting(case["situation"], case["days"]), sorted(fields)


def test_every_reason_is_a_sentence_tied_to_a_form_field(case):
    reasons = decide(case["situation"], case["days"])["reasons"]

    assert reasons, "every verdict needs at least one reason"
    for reason in reasons:
        assert reason["field"] in form.DEFAULTS, reason["field"]
        assert reason["text"].strip(), reason["id"]
    texts = [reason["text"] for reason in reasons]
    assert len(texts) == len(set(texts)), "the same sentence shown twice"


def test_pros_and_cons_are_known_ids_in_display_order(case):
    result = decide(case["situation"], case["days"])

    assert result["pros"] == tuple(i for i in content.PRO_IDS if i in result["pros"]), result["pros"]
    assert result["cons"] == tuple(i for i in content.CON_IDS if i in result["cons"]), result["cons"]
    assert set(("research", "network")) <= set(result["pros"])


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
    assert len(presence_texts) == 1 and "profile" in presence_texts[0], presence_texts
    assert "decline" in result["cons"]


def test_decide_leaves_the_situation_untouched():
    situation = dict(form.DEFAULTS)
    before = dict(situation)

    decide(situation, 1)

    assert situation == before


def test_the_confidence_is_given_in_words_with_its_level():
    situation = dict(BASE_SITUATION, culture="unsure", presence="unknown")

    confidence = decide(situation, None)["confidence"]

    assert confidence == {
        "level": "leaning",
        "text": "Leaning: something unknown or a note of caution adds doubt, so check it if you can.",
    }, confidence
