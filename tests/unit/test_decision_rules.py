"""docs/decision-rules.md is generated from the rule table: code and page stay in step."""

from shouldconnect import content, rules
from tools import decision_rules


def test_the_rules_page_is_what_the_tool_writes():
    # If this fails, run `python -m tools.decision_rules` (or `make rules-doc`).
    assert decision_rules.OUTPUT.read_text(encoding="utf-8") == decision_rules.render()


def test_the_page_has_a_row_per_rule_with_its_reason_text():
    rows = [
        line
        for line in decision_rules.render().splitlines()
        if line.endswith(tuple(" | %s |" % source for source, _ in decision_rules.SOURCE_NAMES))
    ]
    assert len(rows) == len(rules.RULES)
    for row, rule in zip(rows, rules.RULES):
        assert content.REASONS[rule["reason"]] in row
        assert "(`%s`)" % rule["reason"] in row
        assert row.startswith("| %s | %s |" % (decision_rules.input_name(rule["field"]), rule["when"]))


def test_every_input_effect_and_source_has_a_name():
    for rule in rules.RULES:
        assert decision_rules.input_name(rule["field"])
        assert rule["effect"] in decision_rules.EFFECT_NAMES
        assert rule["source"] in dict(decision_rules.SOURCE_NAMES)
    for field, _ in rules.ALTERNATIVES:
        assert decision_rules.input_name(field)


def test_check_mode_accepts_the_committed_page():
    assert decision_rules.main(["--check"]) == 0
