"""Names as people paste them from LinkedIn, read into their parts: titles, gender where a title
gives it, given name, surnames.

A display name can carry titles ("Frau Dr. Anna Schmidt", "Sra. Carmen Ruiz"), emoji ("Jean-Luc
Picard 🚀"), pronouns ("(she/her)"), credentials ("Ana Ruiz, PhD, PMP"), a tagline ("Sam Lee |
Hiring") and characters nobody can see (bidirectional controls, zero-width spaces). People paste
names from anywhere, so every language's titles and compound given names are known on every page
(each language declares its own in grammar/<code>.py); how a message greets the person is the
page language's decision (its greeting_name). Where the order of the names is unclear ("Kim
Min-jun" may put the family name first), the full name is the safe default and the page asks.

Walks text character by character: MicroPython's str methods only know ASCII.
"""

from . import grammar
from .content import GREETING_ORDER_CHECK
from .form import split_words
from .grammar.common import PARTICLES, plain
from .i18n import _


def _union(table_name):
    """One table of every language's grammar module, merged."""
    merged = {}
    for rules in grammar.BY_LANGUAGE.values():
        merged.update(getattr(rules, table_name, {}))
    return merged


# Titles typed before a name, as plain words (see plain()): courtesy titles with the gender they
# give ("" for Mx and the like), academic ones with theirs ("dra" is a woman, "dr" says nothing).
COURTESY_TITLES = _union("COURTESY_TITLES")
ACADEMIC_TITLES = _union("ACADEMIC_TITLES")
# Abbreviations that continue an academic title ("Dr. med.", "Dr. rer. nat."): only with their
# full stop, so a given name such as "Nat" is never taken for one.
TITLE_CONTINUATIONS = tuple(
    word for rules in grammar.BY_LANGUAGE.values() for word in getattr(rules, "TITLE_CONTINUATIONS", ())
)
# Given names of two or more words that people go by whole ("María José", "João Pedro"), in lower
# case, each a tuple of words.
COMPOUND_GIVEN_NAMES = tuple(
    name for rules in grammar.BY_LANGUAGE.values() for name in getattr(rules, "COMPOUND_GIVEN_NAMES", ())
)
# Words after the surname that a greeting leaves out.
SUFFIXES = ("jr", "sr", "ii", "iii", "iv")
# The same in capitals, as Irish and some other surnames write them ("Aoife Ní Bhriain").
CAPITAL_PARTICLES = ("Ní", "Ó", "Nic", "Uí", "Mac", "St.", "St")
# Family names common in Korea, China, Vietnam and Japan: a name starting with one may be written
# family name first, so which part is the given name can't be told from the text.
FAMILY_FIRST = (
    "kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "jang", "lim", "han", "shin",
    "oh", "seo", "kwon", "hwang", "song", "yoo", "hong",
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
    "hu", "guo", "he", "lin", "luo", "gao", "liang", "zheng", "xie", "tang",
    "nguyen", "tran", "le", "pham", "hoang", "vu", "dang", "bui", "do", "ngo",
    "sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "yamamoto", "nakamura", "kobayashi", "kato",
)  # fmt: skip
# Vietnamese middle names: "Nguyen Van An" and "Tran Thi Mai" are family, middle and given name.
VIETNAMESE_MIDDLE = ("van", "văn", "thi", "thị", "duc", "đức", "minh", "ngoc", "ngọc", "quoc", "quốc")
# Characters nobody sees that change how text is shown: bidirectional marks, embeddings,
# overrides and isolates, zero-width spaces and joiners, the word joiner and the BOM.
INVISIBLE = "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
ZERO_WIDTH_JOINER = "\u200d"
# What ends the name part of a display name: a tagline or a list of credentials follows.
TAGLINE_MARKS = ("|", "\u2022", "\u00b7", " - ", " \u2013 ", " \u2014 ")


def is_emoji(char):
    """Pictographs, symbols, flags, skin tones, keycaps and the variation selector that makes a
    character an emoji."""
    code = ord(char)
    return (
        code >= 0x1F000
        or 0x2600 <= code <= 0x27BF
        or 0x2B00 <= code <= 0x2BFF
        or 0x2190 <= code <= 0x21FF
        or code in (0x00A9, 0x00AE, 0x203C, 0x2049, 0x2122, 0x2139, 0x20E3, 0x3030, 0x303D, 0xFE0F, 0xFE0E)
        or 0x231A <= code <= 0x23FF
        or 0x25A0 <= code <= 0x25FF
    )


def without_invisible(text):
    """Drop characters nobody sees, keeping a zero-width joiner only inside an emoji sequence
    (👩‍💻), where it holds the picture together."""
    kept = []
    for index, char in enumerate(text):
        if char == ZERO_WIDTH_JOINER:
            between_emoji = 0 < index < len(text) - 1 and is_emoji(text[index - 1]) and is_emoji(text[index + 1])
            if between_emoji:
                kept.append(char)
        elif char not in INVISIBLE:
            kept.append(char)
    return "".join(kept)


def _without_brackets(text):
    """Drop every (...) and [...] part: pronouns, nicknames in brackets, notes."""
    kept, depth = [], 0
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(char)
    return "".join(kept)


def _titles(words):
    """Split the titles off the front: (courtesy title or "", academic titles, gender, the rest).
    An academic title keeps its continuations ("Dr. med."); a courtesy title's gender wins over
    an academic one's ("Herr Dr." is a man, "Dra." a woman)."""
    courtesy, academic, gender = "", [], ""
    while len(words) > 1:
        word = plain(words[0])
        if word in COURTESY_TITLES and not courtesy:
            courtesy, gender = words[0], COURTESY_TITLES[word] or gender
        elif word in ACADEMIC_TITLES:
            title = words[0]
            while len(words) > 2 and words[1].endswith(".") and plain(words[1]) in TITLE_CONTINUATIONS:
                title, words = title + " " + words[1], words[1:]
            academic.append(title)
            gender = gender or ACADEMIC_TITLES[word]
        else:
            break
        words = words[1:]
    return courtesy, academic, gender, words


def _given_length(words):
    """How many of the words make the given name: a known compound ("María José", "María del
    Carmen") whole, else one."""
    lowered = tuple(word.lower() for word in words)
    for compound in COMPOUND_GIVEN_NAMES:
        if len(compound) < len(words) and lowered[: len(compound)] == compound:
            return len(compound)
    return 1


def _is_particle(word):
    return word in PARTICLES or word in CAPITAL_PARTICLES


def _family_first(words):
    """Whether the name may be written family name first: "Kim Min-jun", "Nguyen Van An"."""
    if not words or plain(words[0]) not in FAMILY_FIRST:
        return False
    return len(words) == 2 or (len(words) == 3 and words[1].lower() in VIETNAMESE_MIDDLE)


EMPTY = {
    "courtesy": "",
    "academic": (),
    "gender": "",
    "given": "",
    "surnames": "",
    "family": "",
    "full": "",
    "ambiguous": False,
}


# parse()'s answers by name: the page asks about the same name twice a key press (greeting_name and
# order_question), the writer several times a request. A page sees a few names, so the memo is
# small, and forgotten whole when full. Callers read the parts, never change them.
PARSED = {}
PARSED_MOST = 32


def parse(display_name):
    """Read a display name (parsed, once per name: PARSED)."""
    display_name = display_name or ""
    if display_name not in PARSED:
        if len(PARSED) >= PARSED_MOST:
            PARSED.clear()
        PARSED[display_name] = parsed(display_name)
    return PARSED[display_name]


def parsed(display_name):
    """Read a display name: {"courtesy", "academic", "gender", "given", "surnames", "family",
    "full", "ambiguous"}.

    courtesy is the courtesy title as typed ("Frau", "Sra.", "Mme", or ""); academic the
    academic titles as typed ("Prof.", "Dr. med."); gender "female" or "male" when a title says
    so, else "" (a name alone never decides it). full is the name without titles, emoji,
    pronouns, credentials or tagline; given the given name (a known compound whole, "" when a
    surname was typed alone: "de la Tour"); surnames every word after it ("García López");
    family the last surname with its particles ("van Beethoven"). ambiguous is True when the
    family name may come first.
    """
    text = without_invisible(display_name)
    text = "".join(" " if is_emoji(char) or char == ZERO_WIDTH_JOINER else char for char in text)
    for mark in TAGLINE_MARKS:
        text = text.split(mark)[0]
    text = _without_brackets(text).split(",")[0]
    words = [word for word in split_words(text) if word.strip(".'-")]
    courtesy, academic, gender, words = _titles(words)
    while len(words) > 1 and plain(words[-1]) in SUFFIXES:
        words = words[:-1]
    if not words:
        return dict(EMPTY, courtesy=courtesy, academic=tuple(academic), gender=gender)
    if words[0] in PARTICLES or (courtesy and len(words) == 1):  # a surname alone: "de la Tour", "Frau Weber"
        given_length = 0
    else:
        given_length = _given_length(words) if len(words) > 1 else 1
    family_start = len(words) - 1
    while family_start > given_length and _is_particle(words[family_start - 1]):
        family_start -= 1
    return {
        "courtesy": courtesy,
        "academic": tuple(academic),
        "gender": gender,
        "given": " ".join(words[:given_length]),
        "surnames": " ".join(words[given_length:]),
        "family": " ".join(words[family_start:]) if len(words) > given_length else "",
        "full": " ".join(words),
        "ambiguous": _family_first(words),
    }


def greeting_name(display_name, tone):
    """How a message in the page's language greets this person in this tone ("Frau Dr. Schmidt",
    "María José", "Madame Dubois"): the language's greeting_name decides from the parts; the full
    name whenever the order is unclear. "Greet them as" shows it, and the candidate can change it."""
    name = parse(display_name)
    if name["ambiguous"]:
        return name["full"]
    return grammar.spoken().greeting_name(name, tone)


def gender_of(greeting):
    """The gender a greeting's title gives ("Sra. Ruiz": "female"), "" when none does: the
    messages' salutations agree with it where the language's do (Spanish "Estimada"). A title
    that says nothing in other languages may say it in the page's ("Dr." is a man's title in
    Spanish, where a woman is "Dra."): its grammar module's TITLE_GENDERS."""
    name = parse(greeting)
    if name["gender"]:
        return name["gender"]
    genders = getattr(grammar.spoken(), "TITLE_GENDERS", {})
    for title in name["academic"]:
        if plain(title) in genders:
            return genders[plain(title)]
    return ""


def signature_name(display_name):
    """The candidate's own name for a sign-off: as typed, less titles, emoji, pronouns,
    credentials, taglines and invisible characters."""
    return parse(display_name)["full"]


def order_question(display_name):
    """Beside "Greet them as" when the order of a name is unclear: which is the given name? ""
    when it is clear."""
    name = parse(display_name)
    if not name["ambiguous"]:
        return ""
    return _(GREETING_ORDER_CHECK).format(second=split_words(name["full"])[-1])
