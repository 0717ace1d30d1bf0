"""Names as people paste them from LinkedIn, made fit to greet someone and to sign a message.

A display name can carry a title ("Dr. Priya Raman"), emoji ("Jean-Luc Picard 🚀"), pronouns
("(she/her)"), credentials ("Ana Ruiz, PhD, PMP"), a tagline ("Sam Lee | Hiring") and characters
nobody can see (bidirectional controls, zero-width spaces). A greeting wants none of them but the
title, and only in a formal one. Where the order of the names is unclear ("Kim Min-jun" may put
the family name first), the full name is the safe default and the page asks the candidate.

Walks text character by character: MicroPython's str methods only know ASCII.
"""

from .content import GREETING_ORDER_CHECK
from .form import split_words
from .i18n import _

# Typed before a name; compared without the full stop and in lower case.
TITLES = ("dr", "prof", "professor", "mr", "ms", "mrs", "mx", "miss", "sir", "dame", "rev", "ing", "eng")
# Words after the surname that a formal greeting leaves out.
SUFFIXES = ("jr", "sr", "ii", "iii", "iv")
# Lower-case words that belong to the surname before them ("Ludwig van Beethoven").
PARTICLES = ("van", "von", "de", "da", "del", "della", "di", "du", "la", "le", "dos", "das", "der", "den", "ter", "bin")
# The same in capitals, as Irish and some other surnames write them ("Aoife Ní Bhriain").
CAPITAL_PARTICLES = ("Ní", "Ó", "Nic", "Uí", "Mac", "St.", "St")
# Family names common in Korea, China, Vietnam and Japan: a two-part name starting with one may
# be written family name first, so which part is the given name can't be told from the text.
FAMILY_FIRST = (
    "kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "jang", "lim", "han", "shin",
    "oh", "seo", "kwon", "hwang", "song", "yoo", "hong",
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
    "hu", "guo", "he", "lin", "luo", "gao", "liang", "zheng", "xie", "tang",
    "nguyen", "tran", "le", "pham", "hoang", "vu", "dang", "bui", "do", "ngo",
    "sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "yamamoto", "nakamura", "kobayashi", "kato",
)  # fmt: skip
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


def _plain(word):
    """A word in lower case without full stops, for comparing with the lists above."""
    return word.replace(".", "").lower()


def parse(display_name):
    """Read a display name: {"title", "given", "family", "full", "ambiguous"}.

    full is the name without title, emoji, pronouns, credentials or tagline (what a sign-off
    or a formal greeting without a title uses); given and family are its first name and its
    surname (with any particles); ambiguous is True when the family name may come first.
    """
    text = without_invisible(display_name or "")
    text = "".join(" " if is_emoji(char) or char == ZERO_WIDTH_JOINER else char for char in text)
    for mark in TAGLINE_MARKS:
        text = text.split(mark)[0]
    text = _without_brackets(text).split(",")[0]
    words = [word for word in split_words(text) if word.strip(".'-")]
    titles = []
    while len(words) > 1 and _plain(words[0]) in TITLES:
        titles.append(words[0])  # as typed: "Dr" is as right in British English as "Dr." in American
        words = words[1:]
    title = " ".join(titles)
    while len(words) > 1 and _plain(words[-1]) in SUFFIXES:
        words = words[:-1]
    if not words:
        return {"title": "", "given": "", "family": "", "full": "", "ambiguous": False}
    family_start = len(words) - 1
    while family_start > 1 and (words[family_start - 1] in PARTICLES or words[family_start - 1] in CAPITAL_PARTICLES):
        family_start -= 1
    return {
        "title": title,
        "given": words[0],
        "family": " ".join(words[family_start:]) if len(words) > 1 else "",
        "full": " ".join(words),
        "ambiguous": len(words) == 2 and _plain(words[0]) in FAMILY_FIRST,
    }


def greeting_name(display_name, tone):
    """How a message greets this person: the given name in a warm or brief message, title and
    surname in a formal one when a title was typed (else the full name); the full name whenever
    the order is unclear."""
    name = parse(display_name)
    if name["ambiguous"]:
        return name["full"]
    if tone == "formal":
        if name["title"]:
            return name["title"] + " " + (name["family"] or name["given"])
        return name["full"]
    return name["given"]


def signature_name(display_name):
    """The candidate's own name for a sign-off: as typed, less title, emoji, pronouns,
    credentials, taglines and invisible characters."""
    return parse(display_name)["full"]


def order_question(display_name):
    """Beside "Greet them as" when the order of a two-part name is unclear: which is the given
    name? "" when it is clear."""
    name = parse(display_name)
    return _(GREETING_ORDER_CHECK).format(second=name["family"]) if name["ambiguous"] else ""
