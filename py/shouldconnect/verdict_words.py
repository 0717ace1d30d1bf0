"""The verdict in words: the sentences for what rules.decide() and rules.what_would_change()
return as ids, in the page's language, looked up where they are shown; and a panel's verdicts
(panel.py) summed up in one sentence, with the advice a panel adds."""

from . import grammar, panel
from .content import (
    CHANGE_LINE,
    CHANGES,
    CHANGES_JOINED,
    CONFIDENCE,
    EMAIL_FIRST_LATE,
    HEADLINE_DECISION,
    HEADLINES,
    NOTHING_FLIPS,
    PANEL_ADVICE,
    PANEL_ALL,
    PANEL_MIXED,
    PANEL_UNNAMED,
    REASONS,
    THIS_COMPANY,
    TOO_SOON_TODAY,
    VERDICT_SHORT,
)
from .i18n import _, ngettext
from .names import parse
from .note import LATE_AFTER_DAYS
from .rules import field_of

# The reason that makes waiting last until the employer's decision, not the interview.
UNTIL_DECISION = "stance-decision"


def reason_sentence(reason_id, days, company=""):
    """Why, in words; "less than three days away" reads oddly on the interview day itself, and
    "within 24 hours" once more than a day has passed. The employer's stance names the employer
    (`company`, "This company" when it gave no name)."""
    if reason_id == "too-soon" and days == 0:
        return _(TOO_SOON_TODAY)
    if reason_id == "email-first" and days is not None and days < -LATE_AFTER_DAYS:
        return _(EMAIL_FIRST_LATE)
    if reason_id.startswith("stance-"):
        return _(REASONS[reason_id]).format(company=company or _(THIS_COMPANY))
    return _(REASONS[reason_id])


def headline(decision):
    """The verdict in a sentence: waiting for an employer's decision is not waiting for the interview."""
    if UNTIL_DECISION in decision["reasons"]:
        return _(HEADLINE_DECISION)
    return _(HEADLINES[decision["verdict"]])


def described(decision, days, company=""):
    """A decision with its words: {"verdict", "headline", "reasons", "confidence", "pros", "cons"},
    each reason {"id", "field", "text"} (field: the form key it comes from), the confidence
    {"level", "text"}. `company` names the employer whose stance a reason cites."""
    return {
        "verdict": decision["verdict"],
        "headline": headline(decision),
        "until_decision": UNTIL_DECISION in decision["reasons"],
        "reasons": tuple(
            {"id": reason, "field": field_of(reason), "text": reason_sentence(reason, days, company)}
            for reason in decision["reasons"]
        ),
        "confidence": {"level": decision["confidence"], "text": _(CONFIDENCE[decision["confidence"]])},
        "pros": decision["pros"],
        "cons": decision["cons"],
    }


def change_text(changes):
    """One or two changes as a clause after "If": in English, a second "you ..." shares the first one's "you"."""
    texts = [_(CHANGES[field + ":" + str(value).lower()]) for field, value in changes]
    if len(texts) == 1:
        return texts[0]
    second = texts[1][4:] if texts[0].startswith("you ") and texts[1].startswith("you ") else texts[1]
    return _(CHANGES_JOINED).format(first=texts[0], second=second)


def change_lines(flips, most):
    """ "What would change this" as sentences: the first `most` flips, or one line saying none would."""
    lines = [
        _(CHANGE_LINE).format(change=change_text(flip["changes"]), verdict=_(VERDICT_SHORT[flip["verdict"]]))
        for flip in flips[:most]
    ]
    return lines or [_(NOTHING_FLIPS)]


def person_name(person, full=False):
    """How a panel's summary names one person (a situation from panel.people()): by the given name
    they typed ("Ana"), or the whole name less titles when `full`, when it is unclear which name
    is the given one, or where the language names people by the whole name (its grammar module's
    NAMES_PEOPLE_IN_FULL: German, "Anna Schmidt"), never with a title ("Sra. Ruiz" in running text
    wants an article or a case some languages would have to add: "con la Sra. Ruiz", "mit Herrn Dr.
    Roth"); else as "Greet them as" has it, else "interviewer 2" when no name was typed."""
    name = parse(person["interviewer"])
    in_full = full or name["ambiguous"] or getattr(grammar.spoken(), "NAMES_PEOPLE_IN_FULL", False)
    short = "" if in_full else name["given"]
    return short or name["full"] or person["greet_as"] or _(PANEL_UNNAMED).format(number=person["person"])


def people_names(everyone):
    """Each person's name for a panel's summary: given names, but whole names for people who share
    one ("Ana Ruiz" and "Ana Lima"), so that no name stands for two people."""
    short = [person_name(person) for person in everyone]
    return [person_name(person, full=short.count(name) > 1) for person, name in zip(everyone, short)]


def _group(verdict, decisions):
    """The key of a group's words: a wait until the employer's decision is a wait of its own."""
    if verdict == "wait" and [decision for decision in decisions if UNTIL_DECISION in decision["reasons"]]:
        return "decision"
    return verdict


def panel_headline(situation, decisions):
    """A panel's verdicts in one sentence: "Connect now with Dana and Ana; wait with Sam until
    after the interview", or, when everyone has the same verdict, "Wait with each of your 3
    interviewers, ...". `decisions`: rules.decide_each() for the situation."""
    names = people_names(panel.people(situation))
    groups = [
        (_group(verdict, [decisions[number - 1] for number in numbers]), verdict, numbers)
        for verdict, numbers in panel.grouped(decisions)
    ]
    if len(groups) == 1:
        singular, plural = PANEL_ALL[groups[0][0]]
        return ngettext(singular, plural, len(decisions)).format(count=len(decisions))
    named = dict(
        (verdict, grammar.spoken().joined([names[number - 1] for number in numbers]))
        for _key, verdict, numbers in groups
    )
    return _(PANEL_MIXED["+".join(key for key, _verdict, _numbers in groups)]).format(**named)


def panel_advice(size):
    """The advice a panel adds, for `size` interviewers: none for one person."""
    return tuple(_(sentence) for sentence in PANEL_ADVICE) if size > 1 else ()
