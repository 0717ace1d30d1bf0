"""Turn raw form values into one predictable "situation" dict.

The rules and the note only ever see known keys with allowed values, so a
half-filled or tampered form can't make them fail or give odd advice.
Text is kept exactly as typed (apart from surrounding spaces): escaping is the
job of whoever renders it, not of this module.
"""

from .dates import parse_iso
from .fields import FIELDS, choice_values, names
from .panel import MAX_PEOPLE, PERSON_FIELDS

# Derived from the one table of fields (fields.py). Every optional input defaults to the value
# that leaves the article's rules as they are.
DEFAULTS = dict((field["name"], field["default"]) for field in FIELDS)
# Each choice's values, in the form's own order; the default is in DEFAULTS.
CHOICES = dict((field["name"], choice_values(field)) for field in FIELDS if field["kind"] == "choice")
TEXT_FIELDS = names("text")
FLAG_FIELDS = names("flag")
FIELD_NAMES = names()

# Every character CPython's str.isspace() accepts. Spelled out because
# MicroPython's str.strip() only removes ASCII spaces, and a name pasted from
# a web page often carries a non-breaking space.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)


def clean_text(value):
    """Trim surrounding whitespace from typed text; anything that isn't text becomes "".

    Walks character by character: MicroPython's str.strip(chars) compares UTF-8
    bytes, so it can cut an emoji or accented letter in half.
    """
    if not isinstance(value, str):
        return ""
    start, end = 0, len(value)
    while start < end and value[start] in WHITESPACE:
        start += 1
    while end > start and value[end - 1] in WHITESPACE:
        end -= 1
    return value[start:end]


def split_words(text):
    """The words of a text, split on any whitespace (MicroPython's split() knows only ASCII spaces)."""
    words, word = [], []
    for char in text:
        if char in WHITESPACE:
            if word:
                words.append("".join(word))
                word = []
        else:
            word.append(char)
    if word:
        words.append("".join(word))
    return words


def _answers(raw, fields):
    """These fields' answers from a raw dict, each cleaned as normalize() says."""
    answers = dict((field, DEFAULTS[field]) for field in fields)
    for field in fields:
        if field in TEXT_FIELDS:
            answers[field] = clean_text(raw.get(field))
        elif field in CHOICES:
            choice = clean_text(raw.get(field)).lower()
            if choice in CHOICES[field]:
                answers[field] = choice
        elif field in FLAG_FIELDS:
            if field in raw:
                answers[field] = bool(raw[field])
        elif parse_iso(clean_text(raw.get(field))) is not None:
            answers[field] = clean_text(raw.get(field))
    return answers


def _panel(raw):
    """The further interviewers' answers: a list of dicts, each with every person field cleaned
    like the top level's, at most MAX_PEOPLE - 1 of them; anything that is not a list becomes []
    and an entry that is not a dict is dropped."""
    panel = raw.get("panel")
    if not isinstance(panel, list):
        return []
    return [_answers(person, PERSON_FIELDS) for person in panel if isinstance(person, dict)][: MAX_PEOPLE - 1]


def normalize(raw):
    """Return a new situation dict with every DEFAULTS key filled in.

    Missing or unknown choices fall back to their default, flags become real
    booleans, and a date survives only if it is a real YYYY-MM-DD date. "panel"
    holds each further interviewer's answers (panel.py), cleaned the same way; a
    one-person situation has no such key, so it is exactly what it was before
    panels (read it as situation.get("panel") or []).
    """
    if not isinstance(raw, dict):
        raw = {}
    situation = _answers(raw, FIELD_NAMES)
    panel = _panel(raw)
    if panel:
        situation["panel"] = panel
    return situation
