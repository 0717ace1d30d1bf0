"""The verdict: should the candidate connect now, wait, or connect after the interview?

Logic only; every sentence comes from content.py, in the page's language (i18n). The base is the article: connect
early only when the culture is open, you add a personal note, the interviewer isn't
private on LinkedIn and there are 3+ days left for them to see it; anything short of
that means waiting until after the interview. The optional inputs refine it, and at
their defaults they change nothing. RULES below is the one table of every rule; the
code checks each row's reason id, and docs/decision-rules.md is generated from it.
"""

from .content import (
    CHANGE_LINE,
    CHANGES,
    CHANGES_JOINED,
    CON_IDS,
    CONFIDENCE,
    HEADLINES,
    NOTHING_FLIPS,
    PRO_IDS,
    REASONS,
    TOO_SOON_TODAY,
    VERDICT_SHORT,
)
from .fields import FIELDS
from .i18n import _

ENOUGH_DAYS = 3  # Closer than this, the request may not be seen before the interview.

# Every rule: the reason it gives, the input behind it, when it applies, its effect
# and where the advice comes from. Effects: "after" and "connect" decide on their own;
# "wait" is a reason to hold off; "support" backs connecting; "caveat" makes a
# connect verdict less certain; "lift" clears some reasons to wait.
RULES = (
    {"reason": "interview-over", "field": "date", "when": "the date has passed", "effect": "after", "source": "seed"},
    {"reason": "thank-you", "field": "note", "when": "the date has passed", "effect": "after", "source": "seed"},
    {"reason": "invited", "field": "invited", "when": "ticked", "effect": "connect", "source": "career advice"},
    {"reason": "offer-stage", "field": "stage", "when": "offer stage", "effect": "connect", "source": "career advice"},
    {
        "reason": "presence-private",
        "field": "presence",
        "when": "private or reserved",
        "effect": "wait",
        "source": "seed",
    },
    {"reason": "follow-first", "field": "follow_first", "when": "ticked", "effect": "wait", "source": "LinkedIn help"},
    {
        "reason": "role-hiring-manager",
        "field": "interviewer_role",
        "when": "hiring manager",
        "effect": "wait",
        "source": "career advice",
    },
    {
        "reason": "role-teammate",
        "field": "interviewer_role",
        "when": "future teammate",
        "effect": "wait",
        "source": "career advice",
    },
    {
        "reason": "role-leader",
        "field": "interviewer_role",
        "when": "senior leader",
        "effect": "wait",
        "source": "career advice",
    },
    {"reason": "culture-formal", "field": "culture", "when": "formal or reserved", "effect": "wait", "source": "seed"},
    {
        "reason": "culture-unsure",
        "field": "culture",
        "when": "not sure (and not a startup)",
        "effect": "wait",
        "source": "seed",
    },
    {
        "reason": "industry-formal",
        "field": "industry",
        "when": "finance, law, government or healthcare, culture not open",
        "effect": "wait",
        "source": "career advice",
    },
    {"reason": "no-note", "field": "note", "when": "unticked", "effect": "wait", "source": "seed"},
    {"reason": "final-round", "field": "stage", "when": "final round", "effect": "wait", "source": "career advice"},
    {"reason": "too-soon", "field": "date", "when": "today or within 2 days", "effect": "wait", "source": "seed"},
    {"reason": "no-date", "field": "date", "when": "empty", "effect": "wait", "source": "seed"},
    {
        "reason": "role-recruiter",
        "field": "interviewer_role",
        "when": "recruiter or talent partner",
        "effect": "lift",
        "source": "career advice",
    },
    {
        "reason": "industry-startup",
        "field": "industry",
        "when": "startup or tech, culture not sure",
        "effect": "lift",
        "source": "career advice",
    },
    {
        "reason": "culture-open",
        "field": "culture",
        "when": "collaborative and open",
        "effect": "support",
        "source": "seed",
    },
    {"reason": "note-included", "field": "note", "when": "ticked", "effect": "support", "source": "seed"},
    {"reason": "presence-open", "field": "presence", "when": "active and open", "effect": "support", "source": "seed"},
    {"reason": "mutual-yes", "field": "mutual", "when": "yes", "effect": "support", "source": "career advice"},
    {"reason": "enough-time", "field": "date", "when": "3 or more days away", "effect": "support", "source": "seed"},
    {"reason": "presence-unknown", "field": "presence", "when": "don't know", "effect": "caveat", "source": "seed"},
    {
        "reason": "industry-caution",
        "field": "industry",
        "when": "finance, law, government or healthcare, culture open",
        "effect": "caveat",
        "source": "career advice",
    },
)

FIELD_OF = dict((rule["reason"], rule["field"]) for rule in RULES)
EFFECT_OF = dict((rule["reason"], rule["effect"]) for rule in RULES)

# A recruiter's job is talking to candidates, so these worries don't apply to them.
LIFTED_BY_RECRUITER = ("culture-formal", "culture-unsure", "industry-formal", "final-round", "too-soon", "no-date")
# Reasons to wait that settle the matter on their own; the rest are softer signals.
STRONG_WAIT = (
    "presence-private",
    "follow-first",
    "role-hiring-manager",
    "role-teammate",
    "role-leader",
    "culture-formal",
    "no-note",
    "too-soon",
)
ROLE_REASONS = {"hiring_manager": "role-hiring-manager", "teammate": "role-teammate", "leader": "role-leader"}


def _reasons(checks):
    """Reasons for the (reason id, holds) pairs that hold, in the given order."""
    return tuple(
        {"id": reason_id, "field": FIELD_OF[reason_id], "text": _(REASONS[reason_id])}
        for reason_id, holds in checks
        if holds
    )


def _wait_reasons(situation, days):
    """Everything that argues against connecting before the interview, strongest first."""
    culture = situation["culture"]
    industry = situation["industry"]
    role = situation["interviewer_role"]
    reasons = _reasons(
        (
            ("presence-private", situation["presence"] == "private"),
            ("follow-first", situation["follow_first"]),
            (ROLE_REASONS.get(role, ""), role in ROLE_REASONS),
            ("culture-formal", culture == "formal"),
            ("culture-unsure", culture == "unsure" and industry != "startup"),
            ("industry-formal", culture != "open" and industry == "regulated"),
            ("no-note", not situation["note"]),
            ("final-round", situation["stage"] == "final"),
            ("too-soon", days is not None and 0 <= days < ENOUGH_DAYS),
            ("no-date", days is None),
        )
    )
    if role == "recruiter":
        reasons = tuple(reason for reason in reasons if reason["id"] not in LIFTED_BY_RECRUITER)
    if days == 0:  # "less than three days away" reads oddly on the day itself
        reasons = tuple(
            dict(reason, text=_(TOO_SOON_TODAY)) if reason["id"] == "too-soon" else reason for reason in reasons
        )
    return reasons


def _connect_reasons(situation, days):
    """Why connecting now is fine; only called when nothing argues for waiting."""
    presence = situation["presence"]
    culture = situation["culture"]
    return _reasons(
        (
            ("role-recruiter", situation["interviewer_role"] == "recruiter"),
            ("culture-open", culture == "open"),
            ("industry-startup", culture == "unsure" and situation["industry"] == "startup"),
            ("industry-caution", culture == "open" and situation["industry"] == "regulated"),
            ("note-included", situation["note"]),
            ("presence-open", presence == "open"),
            ("presence-unknown", presence == "unknown"),
            ("mutual-yes", situation["mutual"] == "yes"),
            ("enough-time", days is not None and days >= ENOUGH_DAYS),
        )
    )


def _confidence(verdict, reasons, situation):
    """How firm the advice is, in words: clear, leaning, or a judgment call."""
    ids = [reason["id"] for reason in reasons]
    if verdict == "connect":
        caveats = len([i for i in ids if EFFECT_OF[i] == "caveat"])
        level = ("clear", "leaning")[caveats] if caveats < 2 else "judgment"
    elif verdict == "wait" and not [i for i in ids if i in STRONG_WAIT]:
        # Only soft signals against; how much argues for connecting decides how close it is.
        favourable = (situation["culture"] == "open", situation["presence"] == "open", situation["mutual"] == "yes")
        level = "judgment" if True in favourable else "leaning"
    else:
        level = "clear"
    return {"level": level, "text": _(CONFIDENCE[level])}


def _in_order(all_ids, applying):
    return tuple(item for item in all_ids if item in applying)


def pros_and_cons(situation, days, verdict):
    """Which of the article's pros and cons actually apply to this situation.

    Pros:
      research, network  always (reading their profile and a lasting contact help either way)
      interest           only when connecting early is the advice
      visibility         only when connecting early with 3+ days left to be seen
    Cons (only while the interview is still ahead, or has no date yet;
    afterwards only "decline" can still happen):
      forward    culture is formal or unsure
      decline    interviewer's presence is private or unknown
      advantage  culture is formal, or there is no personal note
      timing     the interview is 0 to 2 days away
    """
    connecting_early = verdict == "connect"
    pros = {"research", "network"}
    if connecting_early:
        pros.add("interest")
        if days is not None and days >= ENOUGH_DAYS:
            pros.add("visibility")

    before_interview = days is None or days >= 0
    culture = situation["culture"]
    cons = set()
    if situation["presence"] != "open":
        cons.add("decline")
    if before_interview:
        if culture != "open":
            cons.add("forward")
        if culture == "formal" or not situation["note"]:
            cons.add("advantage")
        if days is not None and days < ENOUGH_DAYS:
            cons.add("timing")
    return _in_order(PRO_IDS, pros), _in_order(CON_IDS, cons)


def _verdict_and_reasons(situation, days):
    if days is not None and days < 0:
        return "after", _reasons((("interview-over", True), ("thank-you", True)))
    overriding = _reasons((("invited", situation["invited"]), ("offer-stage", situation["stage"] == "offer")))
    if overriding:
        return "connect", overriding
    reasons = _wait_reasons(situation, days)
    if reasons:
        return "wait", reasons
    return "connect", _connect_reasons(situation, days)


def decide(situation, days):
    """Return the verdict for a normalized situation and the days left (None = no date).

    Result: {"verdict", "headline", "reasons", "confidence", "pros", "cons"}; each
    reason is {"id", "field", "text"} where field is the form key it comes from.
    """
    verdict, reasons = _verdict_and_reasons(situation, days)
    pros, cons = pros_and_cons(situation, days, verdict)
    return {
        "verdict": verdict,
        "headline": _(HEADLINES[verdict]),
        "reasons": reasons,
        "confidence": _confidence(verdict, reasons, situation),
        "pros": pros,
        "cons": cons,
    }


# The inputs "what would change this" may vary, the ones a candidate can act on first: the
# note is theirs to add or leave out, a missing date theirs to find out, and any answer they
# gave as not known (OPEN_ANSWERS) may turn out either way. An answer given as known is never
# varied, and nothing is ever un-known. Dates are tried as days: 3 (far enough) and 2 (too close).
ALTERNATIVES = (
    ("note", (True, False)),
    ("days", (ENOUGH_DAYS, ENOUGH_DAYS - 1)),
    ("culture", ("open", "formal")),
    ("presence", ("open", "private")),
    ("interviewer_role", ("recruiter", "hiring_manager", "teammate", "leader")),
    ("industry", ("startup", "corporate", "regulated")),
    ("stage", ("screen", "later", "final")),
    ("follow_first", (True,)),
)
OPEN_ANSWERS = dict([(field["name"], field["unknown"]) for field in FIELDS if "unknown" in field] + [("days", None)])


def _changes(situation, days):
    """Each single change worth trying: (field, value), for the note and for open answers only."""
    current = dict(situation, days=days)
    return tuple(
        (field, value)
        for field, values in ALTERNATIVES
        if field not in OPEN_ANSWERS or current[field] == OPEN_ANSWERS[field]
        for value in values
        if current[field] != value
    )


def _change_text(changes):
    """One or two changes as a clause after "If": in English, a second "you ..." shares the first one's "you"."""
    texts = [_(CHANGES[field + ":" + str(value).lower()]) for field, value in changes]
    if len(texts) == 1:
        return texts[0]
    second = texts[1][4:] if texts[0].startswith("you ") and texts[1].startswith("you ") else texts[1]
    return _(CHANGES_JOINED).format(first=texts[0], second=second)


def _verdict_after(situation, days, changes):
    changed = dict(situation)
    for field, value in changes:
        if field == "days":
            days = value
        else:
            changed[field] = value
    return _verdict_and_reasons(changed, days)[0]


def what_would_change(situation, days):
    """The smallest changes of input that flip the verdict, found by re-running the rules.

    Single changes first; only if none flips, pairs of changes. Nothing flips once the
    interview is over. Each flip: {"changes": ((field, value), ...), "text", "verdict"}.
    """
    verdict = _verdict_and_reasons(situation, days)[0]
    if verdict == "after":
        return ()
    singles = _changes(situation, days)
    for size in (1, 2):
        candidates = (
            [(change,) for change in singles]
            if size == 1
            else [
                (first, second)
                for index, first in enumerate(singles)
                for second in singles[index + 1 :]
                if first[0] != second[0]
            ]
        )
        flips = []
        for changes in candidates:
            new_verdict = _verdict_after(situation, days, changes)
            if new_verdict != verdict:
                flips.append({"changes": changes, "text": _change_text(changes), "verdict": new_verdict})
        if flips:
            return tuple(flips)
    return ()


def change_lines(flips, most):
    """ "What would change this" as sentences: the first `most` flips, or one line saying none would."""
    lines = [
        _(CHANGE_LINE).format(change=flip["text"], verdict=_(VERDICT_SHORT[flip["verdict"]])) for flip in flips[:most]
    ]
    return lines or [_(NOTHING_FLIPS)]
