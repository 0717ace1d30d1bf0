"""Topics as candidates type them, made to fit our sentences: cleaned, then shaped by the page
language's own grammar (grammar/<code>.py), addressed to the person in the tone's register ("her
talk" is "your talk"; "su charla" is "tu charla" in a warm Spanish note). A topic typed in another
of our languages than the page's is quoted, never glued into a sentence of this one.
"""

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


def _function_words(rules):
    return getattr(rules, "FUNCTION_WORDS", ())


def written_in_another_language(words):
    """Whether a topic is written in another of the page's languages: it has more of that
    language's little words that this one lacks ("their", "su") than of this one's ("su charla
    sobre IA" is Spanish on the Portuguese page, though "sobre" is Portuguese too). A topic of
    names and nouns alone ("scaling Postgres", "IA generativa") belongs to every language."""
    lowered = [word.lower() for word in words]
    ours = _function_words(grammar.spoken())
    here = len([word for word in lowered if word in ours])
    for code, rules in grammar.BY_LANGUAGE.items():
        theirs = [word for word in lowered if word in _function_words(rules) and word not in ours]
        if code != language() and len(theirs) > here:
            return True
    return False


def _quoted(words):
    """The topic as typed, in the page language's quotation marks, as something said elsewhere."""
    opening, closing = grammar.spoken().QUOTES
    return opening + " ".join(words) + closing


def profile_phrase(topic, tone="warm"):
    """{"kind", "text"} for what the candidate saw on their profile; "" text when none.

    kind "work": a thing of theirs, addressed to them; kind "subject": what they write about (a
    topic in another language is a subject, quoted).
    """
    words = split_words(cleaned(topic))
    if not words:
        return {"kind": "subject", "text": ""}
    if written_in_another_language(words):
        return {"kind": "subject", "text": _quoted(words)}
    return grammar.spoken().profile_phrase(words, tone)


def conversation_phrase(topic, tone="warm"):
    """What the interview was about, to follow "our conversation about" (a topic in another
    language quoted)."""
    words = split_words(cleaned(topic))
    if not words:
        return ""
    if written_in_another_language(words):
        return _quoted(words)
    return grammar.spoken().conversation_phrase(words, tone)
