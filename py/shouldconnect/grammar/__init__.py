"""Each language's grammar and name conventions, one module per language (en.py, es.py, pt_br.py,
fr.py, de.py), named by the language's code in languages.py. common.py holds what they share.

A module defines:
  greeting_name(name, tone)   how a message greets a person (name: names.parse's parts)
  COURTESY_TITLES, ACADEMIC_TITLES   its titles, as plain words, with the gender they give
  QUOTES, DECIMAL_MARK   how it quotes words and writes a decimal fraction
  joined(names)   a list of people as a sentence names them ("Dana, Ana and Sam")
and may define:
  COMPOUND_GIVEN_NAMES, TITLE_CONTINUATIONS   given names people go by whole; "Dr. med."
  profile_phrase(words), conversation_phrase(words)   topics addressed to the person (topics.py)
  ELIDED, VOWELS    words a message elides before a typed value starting with a vowel (the writer)
Titles and compound names of every language are known on every page (names.py), since people
paste names from anywhere; the rest applies to the page's own language.
"""

from ..i18n import language
from . import de, en, es, fr, pt_br

BY_LANGUAGE = {"en": en, "es": es, "pt-br": pt_br, "fr": fr, "de": de}


def of(code):
    """The grammar module of a language, or None when it has none."""
    return BY_LANGUAGE.get(code)


def spoken():
    """The page language's grammar module, English's when it has none."""
    return of(language()) or en
