"""The verdict in words: the sentences for what rules.decide() and rules.what_would_change()
return as ids, in the page's language, looked up where they are shown."""

from .content import (
    CHANGE_LINE,
    CHANGES,
    CHANGES_JOINED,
    CONFIDENCE,
    EMAIL_FIRST_LATE,
    HEADLINE_DECISION,
    HEADLINES,
    NOTHING_FLIPS,
    REASONS,
    THIS_COMPANY,
    TOO_SOON_TODAY,
    VERDICT_SHORT,
)
from .i18n import _
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
