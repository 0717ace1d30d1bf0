"""The verdict: should the candidate connect now, wait, or connect after the interview?

Logic only; every sentence comes from content.py. The advice follows the
article: connect early only when the culture is open, you add a personal note,
the interviewer isn't private about LinkedIn and there are 3+ days left for
them to see it. Anything short of that means waiting until after the interview.
"""

from .content import CON_IDS, HEADLINES, PRO_IDS, REASONS

ENOUGH_DAYS = 3  # Closer than this, the request may not be seen before the interview.


def _reason(reason_id, field):
    return {"id": reason_id, "field": field, "text": REASONS[reason_id]}


def _reasons(checks):
    """Keep the (reason id, form field) pairs whose condition holds, in the given order."""
    return tuple(_reason(reason_id, field) for reason_id, field, applies in checks if applies)


def _wait_reasons(situation, days):
    """Everything that argues against connecting before the interview, strongest first."""
    culture = situation["culture"]
    return _reasons((
        ("presence-private", "presence", situation["presence"] == "private"),
        ("culture-formal", "culture", culture == "formal"),
        ("culture-unsure", "culture", culture not in ("open", "formal")),  # unsure, or unset
        ("no-note", "note", not situation["note"]),
        ("too-soon", "date", days is not None and 0 <= days < ENOUGH_DAYS),
        ("no-date", "date", days is None),
    ))


def _connect_reasons(situation):
    """Why connecting now is fine; only called when nothing argues for waiting."""
    presence_is_open = situation["presence"] == "open"
    return _reasons((
        ("culture-open", "culture", True),
        ("note-included", "note", True),
        ("presence-open", "presence", presence_is_open),
        ("presence-unknown", "presence", not presence_is_open),
        ("enough-time", "date", True),
    ))


def _after_reasons():
    return _reasons((
        ("interview-over", "date", True),
        ("thank-you", "note", True),
    ))


def _in_order(all_ids, applying):
    return tuple(item for item in all_ids if item in applying)


def pros_and_cons(situation, days, verdict):
    """Which of the article's pros and cons actually apply to this situation.

    Pros:
      research, network  always (reading their profile and a lasting contact help either way)
      interest           only when connecting early is the advice
      visibility         only when connecting early (which already means 3+ days left)
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
        pros.update(("interest", "visibility"))

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


def decide(situation, days):
    """Return the verdict for a normalized situation and the days left (None = no date).

    Result: {"verdict", "headline", "reasons", "pros", "cons"}; each reason is
    {"id", "field", "text"} where field is the form key it comes from.
    """
    if days is not None and days < 0:
        verdict, reasons = "after", _after_reasons()
    else:
        reasons = _wait_reasons(situation, days)
        if reasons:
            verdict = "wait"
        else:
            verdict, reasons = "connect", _connect_reasons(situation)
    pros, cons = pros_and_cons(situation, days, verdict)
    return {
        "verdict": verdict,
        "headline": HEADLINES[verdict],
        "reasons": reasons,
        "pros": pros,
        "cons": cons,
    }
