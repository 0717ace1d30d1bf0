"""The verdict: should the candidate connect now, wait, or connect after the interview?

Logic only: decide() returns ids and values, and the sentences for them are looked up where they
are shown (verdict_words.py). The base is the article: connect early only when the culture is
open, you add a personal note, the interviewer isn't private on LinkedIn and there are 3+ days
left for them to see it; anything short of that means waiting until after the interview. The
optional inputs refine it, and at their defaults they change nothing. RULES below holds every
rule, its condition included, and docs/decision-rules.md is generated from it.
"""

from .content import CON_IDS, PRO_IDS
from .fields import FIELDS
from .panel import people

ENOUGH_DAYS = 3  # Closer than this, the request may not be seen before the interview.


def _stance(situation):
    """The employer's stance while the reader keeps the culture answer it gives (presets.py:
    stance_kept(), which the page puts in the situation as "stance"); "none" without one."""
    return situation.get("stance", "none")


def _days_known(days):
    return days is not None


# Every rule, one row, in the order its reason is given: the reason id, the input behind it, when
# it applies (in words, for the rules doc, and as `holds`, a function of the situation and the days
# left), its effect and where the advice comes from. Effects: "after" and "connect" decide on their
# own; "wait" is a reason to hold off, "strong" when it settles the matter alone, and dropped while
# a rule it is `lifted_by` holds; "support" backs connecting; "caveat" makes a connect verdict less
# certain; "lift" clears some reasons to wait and backs connecting. A "firm" reason to wait holds
# after the interview too: the verdict stays wait, with the "after" reasons it does not lift.
# The employer's stance (presets.py) answers the culture question, and its rows take the place of
# the culture's while the reader keeps that answer: the employer's word is worth more than a rule.
RULES = (
    {"reason": "interview-over", "field": "date", "when": "the date has passed", "effect": "after",
     "lifted_by": ("stance-decision",), "holds": lambda s, days: _days_known(days) and days < 0, "source": "seed"},
    {"reason": "email-first", "field": "date", "when": "the date has passed", "effect": "after",
     "holds": lambda s, days: _days_known(days) and days < 0, "source": "career advice"},
    {"reason": "thank-you", "field": "note", "when": "the date has passed", "effect": "after",
     "holds": lambda s, days: _days_known(days) and days < 0, "source": "seed"},
    {"reason": "invited", "field": "invited", "when": "ticked", "effect": "connect",
     "holds": lambda s, days: s["invited"], "source": "career advice"},
    {"reason": "offer-stage", "field": "stage", "when": "offer stage", "effect": "connect",
     "holds": lambda s, days: s["stage"] == "offer", "source": "career advice"},
    {"reason": "stance-decision", "field": "culture",
     "when": "the employer asks candidates not to connect until its decision (and the reader kept that answer)",
     "effect": "wait", "strong": True, "firm": True, "holds": lambda s, days: _stance(s) == "decision",
     "source": "the employer"},
    {"reason": "stance-after", "field": "culture",
     "when": "the employer asks candidates to connect after the interview (and the reader kept that answer)",
     "effect": "wait", "strong": True, "holds": lambda s, days: _stance(s) == "after", "source": "the employer"},
    {"reason": "presence-private", "field": "presence", "when": "private or reserved", "effect": "wait", "strong": True,
     "holds": lambda s, days: s["presence"] == "private", "source": "seed"},
    {"reason": "follow-first", "field": "follow_first", "when": "ticked", "effect": "wait", "strong": True,
     "holds": lambda s, days: s["follow_first"], "source": "LinkedIn help"},
    {"reason": "role-hiring-manager", "field": "interviewer_role", "when": "hiring manager", "effect": "wait",
     "strong": True, "holds": lambda s, days: s["interviewer_role"] == "hiring_manager", "source": "career advice"},
    {"reason": "role-teammate", "field": "interviewer_role", "when": "future teammate", "effect": "wait",
     "strong": True, "holds": lambda s, days: s["interviewer_role"] == "teammate", "source": "career advice"},
    {"reason": "role-leader", "field": "interviewer_role", "when": "senior leader", "effect": "wait",
     "strong": True, "holds": lambda s, days: s["interviewer_role"] == "leader", "source": "career advice"},
    {"reason": "culture-formal", "field": "culture", "when": "formal or reserved", "effect": "wait", "strong": True,
     "lifted_by": ("role-recruiter",), "holds": lambda s, days: s["culture"] == "formal" and _stance(s) == "none",
     "source": "seed"},
    {"reason": "culture-unsure", "field": "culture", "when": "not sure (and not a startup)", "effect": "wait",
     "lifted_by": ("role-recruiter", "industry-startup"), "holds": lambda s, days: s["culture"] == "unsure",
     "source": "seed"},
    {"reason": "industry-formal", "field": "industry",
     "when": "finance, law, government or healthcare, culture not open", "effect": "wait",
     "lifted_by": ("role-recruiter",),
     "holds": lambda s, days: s["culture"] != "open" and s["industry"] == "regulated", "source": "career advice"},
    {"reason": "no-note", "field": "note", "when": "unticked", "effect": "wait", "strong": True,
     "holds": lambda s, days: not s["note"], "source": "seed"},
    {"reason": "final-round", "field": "stage", "when": "final round", "effect": "wait",
     "lifted_by": ("role-recruiter",), "holds": lambda s, days: s["stage"] == "final", "source": "career advice"},
    {"reason": "too-soon", "field": "date", "when": "today or within 2 days", "effect": "wait", "strong": True,
     "lifted_by": ("role-recruiter",), "holds": lambda s, days: _days_known(days) and 0 <= days < ENOUGH_DAYS,
     "source": "seed"},
    {"reason": "no-date", "field": "date", "when": "empty", "effect": "wait", "lifted_by": ("role-recruiter",),
     "holds": lambda s, days: not _days_known(days), "source": "seed"},
    {"reason": "role-recruiter", "field": "interviewer_role", "when": "recruiter or talent partner", "effect": "lift",
     "holds": lambda s, days: s["interviewer_role"] == "recruiter", "source": "career advice"},
    {"reason": "stance-before", "field": "culture",
     "when": "the employer welcomes requests before the interview (and the reader kept that answer)",
     "effect": "support", "holds": lambda s, days: _stance(s) == "before", "source": "the employer"},
    {"reason": "culture-open", "field": "culture", "when": "collaborative and open", "effect": "support",
     "holds": lambda s, days: s["culture"] == "open" and _stance(s) == "none", "source": "seed"},
    {"reason": "industry-startup", "field": "industry", "when": "startup or tech, culture not sure", "effect": "lift",
     "holds": lambda s, days: s["culture"] == "unsure" and s["industry"] == "startup", "source": "career advice"},
    {"reason": "industry-caution", "field": "industry", "when": "finance, law, government or healthcare, culture open",
     "effect": "caveat", "holds": lambda s, days: s["culture"] == "open" and s["industry"] == "regulated",
     "source": "career advice"},
    {"reason": "note-included", "field": "note", "when": "ticked", "effect": "support",
     "holds": lambda s, days: s["note"], "source": "seed"},
    {"reason": "presence-open", "field": "presence", "when": "active and open", "effect": "support",
     "holds": lambda s, days: s["presence"] == "open", "source": "seed"},
    {"reason": "presence-unknown", "field": "presence", "when": "don't know", "effect": "caveat",
     "holds": lambda s, days: s["presence"] == "unknown", "source": "seed"},
    {"reason": "mutual-yes", "field": "mutual", "when": "yes", "effect": "support",
     "holds": lambda s, days: s["mutual"] == "yes", "source": "career advice"},
    {"reason": "enough-time", "field": "date", "when": "3 or more days away", "effect": "support",
     "holds": lambda s, days: _days_known(days) and days >= ENOUGH_DAYS, "source": "seed"},
)  # fmt: skip

ROW = dict((rule["reason"], rule) for rule in RULES)
# The answers the rules read: every choice and flag, never typed text (names, company, role),
# which only the messages use, nor the date, which they read as the days left. The page runs
# the rules again only when one of these or the days changed, so typing a name re-runs nothing.
INPUTS = tuple(field["name"] for field in FIELDS if field["kind"] in ("choice", "flag"))


# What the page adds to the form's answers for the rules: the employer's stance (presets.py).
PAGE_INPUTS = ("stance",)


def inputs_of(situation):
    """The part of a situation the rules read (INPUTS, and PAGE_INPUTS where the page added them):
    given only this, decide() and what_would_change() answer as they do for the whole situation
    (tests/pure/test_rules.py)."""
    inputs = dict((name, situation[name]) for name in INPUTS)
    inputs.update((name, situation[name]) for name in PAGE_INPUTS if name in situation)
    return inputs


# The effects that argue for connecting, once nothing argues for waiting.
FOR_CONNECTING = ("lift", "support", "caveat")


def field_of(reason_id):
    """The form field a reason comes from, so the page can point at it."""
    return ROW[reason_id]["field"]


def _holding(situation, days, effects):
    """The ids of the rules of these effects that hold, in the table's order."""
    return tuple(rule["reason"] for rule in RULES if rule["effect"] in effects and rule["holds"](situation, days))


def _unlifted(reasons, lifting):
    """The reasons that no rule in `lifting` (ids that hold) lifts."""
    return tuple(
        reason for reason in reasons if not [lifter for lifter in ROW[reason].get("lifted_by", ()) if lifter in lifting]
    )


def _wait_reasons(situation, days):
    """Everything that argues against connecting before the interview, strongest first."""
    return _unlifted(_holding(situation, days, ("wait",)), _holding(situation, days, ("lift",)))


def _confidence(verdict, reasons, situation):
    """How firm the advice is: "clear", "leaning", or "judgment" (a judgment call)."""
    if verdict == "connect":
        caveats = len([reason for reason in reasons if ROW[reason]["effect"] == "caveat"])
        return ("clear", "leaning")[caveats] if caveats < 2 else "judgment"
    if verdict == "wait" and not [reason for reason in reasons if ROW[reason].get("strong")]:
        # Only soft signals against; how much argues for connecting decides how close it is.
        favourable = (situation["culture"] == "open", situation["presence"] == "open", situation["mutual"] == "yes")
        return "judgment" if True in favourable else "leaning"
    return "clear"


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
    firm = tuple(reason for reason in _wait_reasons(situation, days) if ROW[reason].get("firm"))
    if firm and not _holding(situation, days, ("connect",)):
        return "wait", _wait_reasons(situation, days) + _unlifted(_holding(situation, days, ("after",)), firm)
    for verdict, effects in (("after", ("after",)), ("connect", ("connect",))):
        deciding = _holding(situation, days, effects)
        if deciding:
            return verdict, deciding
    reasons = _wait_reasons(situation, days)
    if reasons:
        return "wait", reasons
    return "connect", _holding(situation, days, FOR_CONNECTING)


def decide(situation, days):
    """The verdict for a normalized situation and the days left (None = no date), as ids.

    Result: {"verdict", "reasons", "confidence", "pros", "cons"}: the verdict id, the ids of the
    reasons in the order they are given (field_of() names each one's input), the confidence
    level, and the ids of the pros and cons that apply. verdict_words.py puts them in words.
    """
    verdict, reasons = _verdict_and_reasons(situation, days)
    pros, cons = pros_and_cons(situation, days, verdict)
    return {
        "verdict": verdict,
        "reasons": reasons,
        "confidence": _confidence(verdict, reasons, situation),
        "pros": pros,
        "cons": cons,
    }


def decide_each(situation, days):
    """decide() for each person of a panel (panel.people()), in order: the same rules, one person
    at a time."""
    return [decide(person, days) for person in people(situation)]


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
    interview is over. Each flip: {"changes": ((field, value), ...), "verdict"}.
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
                flips.append({"changes": changes, "verdict": new_verdict})
        if flips:
            return tuple(flips)
    return ()
