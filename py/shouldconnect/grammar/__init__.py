"""Each language's grammar and name conventions, one module per language (en.py, fr.py, ...),
named by the language's code in languages.py. A language with no module here uses typed text as
typed: its sentences are written to take any subject, and its hints suggest one.

A module may define:
  profile_phrase(words), conversation_phrase(words)   topics addressed to the person (topics.py)
  ELIDED, VOWELS    words a message elides before a typed value starting with a vowel (the writer)
"""

from . import en, fr

BY_LANGUAGE = {"en": en, "fr": fr}


def of(code):
    """The grammar module of a language, or None when it has none."""
    return BY_LANGUAGE.get(code)
