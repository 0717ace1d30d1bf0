"""Ids and every user-facing sentence the engine produces, in one place.

Keeping words out of the rules means the wording can be edited without
touching the logic, and the static HTML can key its longer texts by these ids.
Tuples give the display order (MicroPython dicts don't keep insertion order).
"""

VERDICTS = ("connect", "wait", "after")

HEADLINES = {
    "connect": "Connect now, with a personalized note",
    "wait": "Wait, and connect after the interview",
    "after": "The interview is over: connect now with a thank-you",
}

# Benefits of an early request, in the order the advice article gives them.
PRO_IDS = ("interest", "research", "visibility", "network")
PRO_TITLES = {
    "interest": "It shows you're keen",
    "research": "You get to know them",
    "visibility": "You stay top of mind",
    "network": "A contact that lasts",
}

# Risks of an early request, in the article's order.
CON_IDS = ("forward", "decline", "advantage", "timing")
CON_TITLES = {
    "forward": "It can feel too pushy",
    "decline": "A \"no\" can feel awkward",
    "advantage": "It can look like seeking an edge",
    "timing": "It may not be seen in time",
}

PRACTICE_IDS = ("personal-note", "boundaries", "research-anyway", "prepare")
PRACTICE_TITLES = {
    "personal-note": "Write a short personal note",
    "boundaries": "Let them decide, and don't take it personally",
    "research-anyway": "Read their profile even if you don't connect",
    "prepare": "Spend your energy on preparing",
}

# Why the verdict came out the way it did, keyed by reason id.
REASONS = {
    # The interview is behind you.
    "interview-over": (
        "Your interview date has passed, so a request now can't look like"
        " an attempt to sway it."
    ),
    "thank-you": (
        "Add a few words thanking them for their time: it turns the request"
        " into a friendly follow-up."
    ),
    # Reasons to hold off, strongest first.
    "presence-private": (
        "Your interviewer keeps a quiet, private LinkedIn profile, so a request"
        " from a candidate may be unwelcome right now."
    ),
    "culture-formal": (
        "The company feels formal, and there an early request can come across"
        " as pushy before you've even met."
    ),
    "culture-unsure": (
        "You're not sure how open the company is, so it's safer not to risk"
        " seeming too forward."
    ),
    "no-note": (
        "A request with no personal message can seem random, or read as a bid"
        " for special treatment."
    ),
    "too-soon": (
        "Your interview is less than three days away, so they may not notice"
        " your request before you meet."
    ),
    "no-date": (
        "Add your interview date: without it we can't tell whether a request"
        " would reach them in time."
    ),
    # Why connecting now is fine.
    "culture-open": (
        "The company has an open, collaborative feel, where a friendly hello"
        " before you meet is usually welcome."
    ),
    "note-included": (
        "You'll add a personal note, which keeps the request polite and"
        " clearly professional."
    ),
    "presence-open": "Your interviewer seems happy to connect with people on LinkedIn.",
    "presence-unknown": (
        "You don't know how your interviewer uses LinkedIn. Connecting is still"
        " fine, but look at their profile first and hold off if it seems private."
    ),
    "enough-time": (
        "Your interview is at least three days away, so they have time to see"
        " your request."
    ),
}

# Shown above the note, saying when to send it.
NOTE_INTROS = {
    "connect": "Send this note with your request now. Make it sound like you before copying it.",
    "wait": "Keep this note for after the interview, and send it with your request then.",
    "after": "Send this thank-you with your request while the conversation is still fresh.",
}

# Warnings next to the note counter and after copying; %-formatted by note.note_warnings().
NOTE_TOO_LONG = "Your note is %s over LinkedIn's %d-character limit: shorten it before sending."
NOTE_PLACEHOLDERS_LEFT = "Replace %s with the real details before sending."

COPY_FALLBACK = (
    "Your browser didn't let us copy the note. It is selected for you:"
    " press Ctrl+C (Cmd+C on a Mac) to copy it."
)
