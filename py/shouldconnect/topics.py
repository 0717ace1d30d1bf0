"""Topics as candidates type them, made to fit our sentences: cleaned, then shaped by the page
language's own grammar (grammar/<code>.py) where it has rules for them, else used as typed, as a
subject."""

from . import grammar
from .form import clean_text, split_words
from .i18n import language
from .names import without_invisible

ENDING_MARKS = ".!?;:,"


def cleaned(topic):
    """The topic without invisible characters, surrounding spaces or a closing full stop."""
    text = clean_text(without_invisible(topic or ""))
    while text and text[-1] in ENDING_MARKS:
        text = text[:-1]
    return clean_text(text)


def _rules(function_name):
    """The page language's grammar function of this name, or None."""
    rules = grammar.of(language())
    return getattr(rules, function_name, None) if rules else None


def profile_phrase(topic):
    """{"kind", "text"} for what the candidate saw on their profile; "" text when none.

    kind "work": a thing of theirs, addressed to them; kind "subject": what they write about.
    """
    words = split_words(cleaned(topic))
    shape = _rules("profile_phrase")
    if not words or shape is None:
        return {"kind": "subject", "text": " ".join(words)}
    return shape(words)


def conversation_phrase(topic):
    """What the interview was about, to follow "our conversation about"."""
    words = split_words(cleaned(topic))
    shape = _rules("conversation_phrase")
    if not words or shape is None:
        return " ".join(words)
    return shape(words)
