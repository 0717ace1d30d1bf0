"""What the connection note needs: template values, placeholders, LinkedIn's length
limit, and the warnings the page shows about them.

Shared by the page glue (MicroPython) and the template engine (Pyodide) so both
count characters and spot leftover placeholders the same way.
"""

from . import grammar
from .content import (
    COUNT_EMAIL,
    COUNT_NOTE,
    MESSAGE_INTROS,
    NEARBY_DAYS,
    NOTE_PLACEHOLDERS_LEFT,
    NOTE_TOO_LONG,
    ON_DATE,
    PLACEHOLDERS,
)
from .dates import date_in_words
from .form import clean_text, split_words
from .i18n import _, ngettext
from .names import gender_of, greeting_name, signature_name, without_invisible
from .topics import conversation_phrase, profile_phrase
from .wording import in_words

# The order placeholders_in() names them in (MicroPython dicts are unordered).
PLACEHOLDER_FIELDS = ("interviewer", "company", "role", "date", "your_name")

# LinkedIn's limit on a connection note, in characters.
NOTE_LIMITS = {"free": 200, "premium": 300}


def _or_placeholder(value, field):
    return value if value else _(PLACEHOLDERS[field])


def when_phrase(days, date_words):
    """How the note refers to the interview day: "today", "on Tuesday, March 3", "on [date]"."""
    if days in NEARBY_DAYS:
        return _(NEARBY_DAYS[days])
    return _(ON_DATE).format(date=_or_placeholder(date_words, "date"))


# Every language's job-ad gender marks, in lower case without spaces (grammar/<code>.py).
JOB_AD_MARKS = tuple(
    mark.replace(" ", "") for rules in grammar.BY_LANGUAGE.values() for mark in getattr(rules, "JOB_AD_MARKS", ())
)
# What may stand between a title and its gender mark: "Data Analyst - m/w/d", "Analyst, (H/F)".
MARK_SEPARATORS = " -\u2013\u2014,|/"


def _is_job_ad_mark(text):
    return "".join(split_words(text)).lower() in JOB_AD_MARKS


def job_title(role):
    """The job title as a message names it: without the gender marks a job ad puts after it, in
    brackets or not ("Data Analyst (m/w/d)", "Chargé de projet H/F" give the title alone)."""
    text = role
    while True:
        end = len(text)
        while end and text[end - 1] in MARK_SEPARATORS:
            end -= 1
        text = text[:end]
        if text.endswith(")") and "(" in text:
            start = text.rindex("(")
            if not _is_job_ad_mark(text[start + 1 : -1]):
                return text
            text = text[:start]
            continue
        words = split_words(text)
        if len(words) < 2 or not _is_job_ad_mark(words[-1]):
            return text
        text = text[: text.rindex(words[-1])]


def _typed(text):
    """Typed text as a message shows it: without characters nobody sees, trimmed."""
    return clean_text(without_invisible(text))


def greeting_for(situation):
    """Whom the messages greet: "Greet them as" when filled in, else what names.greeting_name
    makes of the interviewer's name for the tone."""
    return _typed(situation["greet_as"]) or greeting_name(situation["interviewer"], situation["tone"])


def writer_request(situation, days, today, verdict):
    """What the page sends the message writer for its answers: the form dict, the days left and
    the date in words as the page computed them, so the worker parses no date, the messages
    the verdict offers, so it writes no other, and the person's number on a panel (a situation
    from panel.people(); 1 for a one-person page), which picks their wording (variation())."""
    return {
        "situation": situation,
        "days": days,
        "date_words": date_in_words(situation["date"], today),
        "kinds": MESSAGES_FOR[verdict],
        "person": situation.get("person", 1),
    }


def variation(person):
    """How a panel person's messages differ from the others': {"opening", "closing"}, the numbers
    the templates pick a sentence by, added to note_context()'s values. Person 1 (and a one-person
    page) gets 0 and 0, the wording of a single note; persons 2 to 6 get the five other pairs of
    an opening out of two and a closing out of three, so no two people on a panel get the same
    note, and a person always gets the same one (a reload or a share link writes the same notes)."""
    return {"opening": (person - 1) % 2, "closing": (person - 1) // 2}


def note_context(situation, days, date_words):
    """Values for the message templates; anything the candidate left empty shows as a
    visible placeholder so they notice it before sending. Optional details (a mutual
    contact, a topic from their profile, what the interview was about) stay empty, so the
    templates leave them out. The days left and the date in words (dates.date_in_words) are
    the page's, as it computed them for the verdict. A panel's person's wording is variation()'s."""
    in_the_past = days is not None and days < 0
    profile = profile_phrase(situation["topic"], situation["tone"])
    greeting = greeting_for(situation)
    return {
        "tone": situation["tone"],
        "interviewer": _or_placeholder(greeting, "interviewer"),
        # The salutation agrees with the person where the language's does ("Estimada Sra. Ruiz"):
        # by the greeting's title, else by the name's ("Sr. Dr. Paulo Mendes" is greeted "Dr.").
        "gender": gender_of(greeting) or gender_of(situation["interviewer"]),
        "company": _or_placeholder(_typed(situation["company"]), "company"),
        "role": _or_placeholder(job_title(_typed(situation["role"])), "role"),
        "your_name": _or_placeholder(signature_name(situation["your_name"]), "your_name"),
        # A contact named with "Mutual connections: No" is a slip: no "we both know" for them.
        "mutual_name": signature_name(situation["mutual_name"]) if situation["mutual"] != "no" else "",
        "topic": profile["text"],
        "topic_kind": profile["kind"],
        "discussed": conversation_phrase(situation["discussed"], situation["tone"]),
        "offer": situation["stage"] == "offer",
        "when": when_phrase(days, date_words),
        # A thank-you is sent after the interview: name the day only once it is past.
        "past_when": when_phrase(days, date_words) if in_the_past else "",
    }


MESSAGE_KINDS = ("note-before", "note-after", "email")
# The messages the page offers for each verdict; the first is shown by default.
MESSAGES_FOR = {
    "connect": ("note-before", "note-after", "email"),
    "wait": ("note-after", "email"),
    "after": ("note-after", "email"),
}


# After this many days, a thank-you is a late one: "within 24 hours" no longer fits.
LATE_AFTER_DAYS = 1


def message_intro(kind, verdict, days=None, until_decision=False):
    """When to send this message, in the light of the verdict and of how long ago the interview was;
    `until_decision`: the employer asks candidates not to connect until its decision."""
    if until_decision and kind + ":decision" in MESSAGE_INTROS:
        verdict = "decision"
    elif days is not None and days < -LATE_AFTER_DAYS:
        verdict = "late"
    return _(MESSAGE_INTROS.get(kind + ":" + verdict) or MESSAGE_INTROS[kind])


def is_note(kind):
    """Connection notes have LinkedIn's length limit; the email has none."""
    return kind != "email"


def placeholders_in(text):
    """The placeholders still left in a (possibly edited) note, so the page can warn before copying."""
    shown = [_(PLACEHOLDERS[field]) for field in PLACEHOLDER_FIELDS]
    return tuple(placeholder for placeholder in shown if placeholder in text)


def note_limit(premium):
    """LinkedIn's note limit for a free or a Premium account."""
    return NOTE_LIMITS["premium" if premium else "free"]


# The lead bytes of UTF-8's four-byte sequences: U+10000 and beyond.
FOUR_BYTE_LEADS = (b"\xf0", b"\xf1", b"\xf2", b"\xf3", b"\xf4")


def count_characters(text):
    """Characters as the note counter counts them: UTF-16 code units, as a browser's text box
    counts for its maxlength. LinkedIn's compose box is one, and nobody has published how it
    counts, so this is the stricter count: an emoji outside the Basic Multilingual Plane is 2
    (👩‍💻 is 5, 🇯🇵 is 4), a decomposed "é" is 2, a composed one 1. A note that fits here fits
    either way.

    A character beyond the Basic Multilingual Plane is the one that takes four bytes in UTF-8, so
    its lead bytes are counted in the encoded text: a search in C, where a loop over the characters
    would run in Python at every key press (a phone's MicroPython)."""
    encoded = text.encode("utf-8", "surrogatepass")  # a lone surrogate (a broken paste) counts 1
    return len(text) + sum(encoded.count(lead) for lead in FOUR_BYTE_LEADS)


def note_status(text, premium, kind="note-before"):
    """Everything the page needs for the counter and the copy warning, in one call.

    Only connection notes have a limit: an email's "limit" is None and never "over".
    """
    count = count_characters(text)
    limit = note_limit(premium) if is_note(kind) else None
    return {
        "count": count,
        "limit": limit,
        "over": limit is not None and count > limit,
        "placeholders": placeholders_in(text),
    }


def note_warnings(status):
    """Sentences warning about a note_status(): too long, or placeholders left in.

    A tuple (possibly empty), so the page can show them or add them after "Copied.".
    """
    warnings = ()
    if status["over"]:
        excess = status["count"] - status["limit"]
        sentence = ngettext(NOTE_TOO_LONG[0], NOTE_TOO_LONG[1], excess)
        warnings += (sentence.format(excess=excess, limit=status["limit"]),)
    if status["placeholders"]:
        warnings += (_(NOTE_PLACEHOLDERS_LEFT).format(placeholders=in_words(status["placeholders"])),)
    return warnings


def counter_text(status):
    """The counter's words for a note_status(): the count against the limit, or, for an email, the count alone."""
    if status["limit"] is None:
        return _(COUNT_EMAIL).format(count=status["count"])
    return _(COUNT_NOTE).format(count=status["count"], limit=status["limit"])
