"""Write docs/decision-rules.md from the rule table in py/shouldconnect/rules.py.

The page is generated so that code and documentation cannot drift apart:
tests/unit/test_decision_rules.py fails when the file differs from render().
Change the rules (rules.RULES, content.REASONS), then run this and commit both.

Usage: python -m tools.decision_rules         write docs/decision-rules.md
       python -m tools.decision_rules --check exit 1 if the file is out of date
"""

import argparse
import sys

from shouldconnect import content, fields, panel, rules
from tools.paths import DOCS, ROOT

OUTPUT = DOCS / "decision-rules.md"
COMMAND = "python -m tools.decision_rules"


def input_name(field):
    """An input as the page labels it (fields.py); "days" is the interview date, as the rules count it."""
    return fields.BY_NAME["date" if field == "days" else field]["label"]


EFFECT_NAMES = {
    "after": "**After**: connect now, with a thank-you",
    "connect": "**Connect**, whatever else holds",
    "wait": "Reason to **wait**",
    "lift": "Clears reasons to wait",
    "support": "Backs connecting",
    "caveat": "Connect, but less sure",
}

SOURCE_NAMES = (
    ("seed", "the advice article the app started from (culture, presence, note, date)"),
    ("career advice", "what career advice broadly agrees on, added with the optional inputs"),
    ("LinkedIn help", "how LinkedIn itself works, from its help pages"),
    ("the employer", "the stance an employer sets for its own embed (`py/shouldconnect/presets.py`)"),
)


def _cell(text):
    """Text safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def _names(reason_ids, indent):
    """Reason ids in words, one bullet each: the input, when the rule applies, the id."""
    rows = dict((rule["reason"], rule) for rule in rules.RULES)
    return [
        "%s- %s: %s (`%s`)" % (" " * indent, input_name(rows[reason_id]["field"]), rows[reason_id]["when"], reason_id)
        for reason_id in reason_ids
    ]


def _with_effect(effect):
    return tuple(rule["reason"] for rule in rules.RULES if rule["effect"] == effect)


def _firm():
    return tuple(rule["reason"] for rule in rules.RULES if rule.get("firm"))


def _lifted_by(lifter):
    return tuple(rule["reason"] for rule in rules.RULES if lifter in rule.get("lifted_by", ()))


def _intro():
    strong = tuple(rule["reason"] for rule in rules.RULES if rule.get("strong"))
    soft = tuple(reason for reason in _with_effect("wait") if reason not in strong)
    return (
        [
            "# Decision rules",
            "",
            "Should I Connect? answers one question: send your interviewer a LinkedIn request now, or",
            "wait? It gives one of three verdicts:",
            "",
        ]
        + ["- **%s** (`%s`)" % (content.HEADLINES[verdict], verdict) for verdict in content.VERDICTS]
        + [
            "",
            "The base is the seed article: connect early only when the culture is open, you add a",
            "personal note, the interviewer isn't private on LinkedIn and the interview is at least",
            "%d days away. The optional inputs (the interviewer's role, the industry, mutual" % rules.ENOUGH_DAYS,
            "connections, an invitation, a Follow button, the interview stage) refine it; each",
            "defaults to a neutral value, and at those defaults the advice is exactly the seed's.",
            "",
            "With a panel (several interviewers, `py/shouldconnect/panel.py`), the rules run once per",
            "person, each with the shared answers and their own, each with a verdict of its own: see",
            '"A panel" at the end.',
            "",
            "This page is generated: `%s` (or `make rules-doc`) writes it from the" % COMMAND,
            "`RULES` table in `py/shouldconnect/rules.py` and the reason texts in",
            "`py/shouldconnect/content.py`, and `tests/unit/test_decision_rules.py` fails when the two",
            "differ. Edit the code, then regenerate; don't edit this file by hand.",
            "",
            "## Order of evaluation",
            "",
            "1. The employer asks candidates not to connect until its decision, and no invitation or",
            "   offer stage says otherwise: **wait**, before the interview and after it (then with the",
            "   thank-you email's reasons; the note's introduction says to send it after the decision):",
            "",
        ]
        + _names(_firm(), 3)
        + [
            "",
            "2. The interview date has passed: **after**, whatever else holds.",
            "3. They invited you to connect, or you're at the offer stage: **connect**.",
            "4. Any reason to wait holds: **wait**, listing every reason, strongest first (the",
            "   order of the table below). A recruiter or talent partner lifts these reasons:",
            "",
        ]
        + _names(_lifted_by("role-recruiter"), 3)
        + [
            "",
            "   A startup or tech company lifts not being sure of the culture. A private profile,",
            "   no personal note and a Follow button still mean wait, even for a recruiter.",
            "5. Otherwise: **connect**, with the reasons that back it and any caveats.",
            "",
            "An employer that embeds the tool may answer the culture question with its own stance",
            "(welcome before the interview, after it, or not until a decision). While the reader keeps",
            "that answer, the stance's rules (source *the employer*) take the place of the culture's,",
            "and no recruiter lifts them; a reader who changes the answer gets the culture's rules.",
            "",
            "Each reason is tied to the input that caused it, so the page can point at it.",
            "",
            "## Confidence",
            "",
            "The confidence in words comes from the same reasons:",
            "",
            "- **Connect**: clear with no caveat, leaning with one, a judgment call with two or more.",
            "  The caveats:",
            "",
        ]
        + _names(_with_effect("caveat"), 2)
        + [
            "",
            "- **Wait**: clear when one of these strong reasons holds:",
            "",
        ]
        + _names(strong, 2)
        + [
            "",
            "  When only softer signals hold, it is a judgment call if something favours connecting",
            "  (an open culture, an open interviewer or a mutual connection), and leaning if",
            "  nothing does. The softer signals:",
            "",
        ]
        + _names(soft, 2)
        + [
            "",
            "- **After**, or **connect** because of an invitation or the offer stage: clear.",
            "",
            "The page words the three levels as:",
            "",
        ]
        + ["- %s" % content.CONFIDENCE[level] for level in ("clear", "leaning", "judgment")]
        + [
            "",
            "## What would change this",
            "",
            "The page re-runs these same rules with one input changed at a time, and lists every",
            "change that gives another verdict. Only if no single change does are pairs of changes",
            "(to two different inputs) tried; beyond two, nothing is suggested. Nothing is tried once",
            "the interview is over, and an invitation or the offer stage is never suggested (either",
            'would always mean connect). The changes tried, and how the page words them ("If ..."):',
            "",
            "| Input | Value tried | Shown as |",
            "| --- | --- | --- |",
        ]
        + [
            "| %s | `%s` | If %s |"
            % (_cell(input_name(field)), str(value).lower(), _cell(content.CHANGES[field + ":" + str(value).lower()]))
            for field, values in rules.ALTERNATIVES
            for value in values
        ]
        + [
            "",
        ]
    )


def _table():
    lines = [
        "## The rules",
        "",
        "Sources: " + "; ".join("*%s* is %s" % pair for pair in SOURCE_NAMES) + ".",
        "",
        "| Input | When | Effect | Why | Source kind |",
        "| --- | --- | --- | --- | --- |",
    ]
    for rule in rules.RULES:
        lines.append(
            "| %s | %s | %s | %s (`%s`) | %s |"
            % (
                _cell(input_name(rule["field"])),
                _cell(rule["when"]),
                EFFECT_NAMES[rule["effect"]],
                _cell(content.REASONS[rule["reason"]]),
                rule["reason"],
                rule["source"],
            )
        )
    return lines


def _panel():
    """A panel's rows: what each person answers for themselves, how the page sums the verdicts up,
    and the advice it adds, from fields.py, content.py and panel.py."""
    own = [fields.BY_NAME[name]["label"] for name in panel.PERSON_FIELDS]
    summed = [("everyone: " + verdict, plural) for verdict, (_one, plural) in content.PANEL_ALL.items()]
    summed += [(mix.replace("+", " and "), sentence) for mix, sentence in content.PANEL_MIXED.items()]
    return (
        [
            "",
            "## A panel",
            "",
            "Up to %d interviewers. Each person has their own answers to these; every other answer is"
            % panel.MAX_PEOPLE,
            "shared:",
            "",
        ]
        + ["- " + label for label in own]
        + [
            "",
            "The rules run for each person (`rules.decide_each`), and the page sums their verdicts up",
            '("decision" is a wait until the hiring decision):',
            "",
            "| People's verdicts | The page's summary |",
            "| --- | --- |",
        ]
        + ["| %s | %s |" % (_cell(who), _cell(sentence)) for who, sentence in summed]
        + ["", "With two people or more, the advice adds:", ""]
        + ["- " + sentence for sentence in content.PANEL_ADVICE]
    )


def render():
    """The whole Markdown page, ending with one newline."""
    return "\n".join(_intro() + _table() + _panel()) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print("%s is out of date: run %s" % (OUTPUT.relative_to(ROOT), COMMAND), file=sys.stderr)
            return 1
        return 0
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
