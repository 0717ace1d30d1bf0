"""An employer's presets: its name, its stance on candidates connecting, a line in its own words,
the default tone and an accent colour, carried in the frame's address.

A careers blog sets them in the "Embed on your site" dialog, and they travel in the query of the
frame's address (`?embed=1&e=1&ec=Northwind%20Labs&es=after`), which WordPress's `#?secret=`, the
share links' fragment and "Open the full tool" all leave alone. They are data, never markup, and
validated the way share links are: versioned, decoding never raises, and a value that can't be
read costs only itself, with a notice. Free text loses the characters that could hide or reorder
what a reader sees. The accent must keep the text on the frame's buttons at WCAG AA contrast; the
dialog refuses a colour that doesn't, and says why.
"""

from .content import PRESET_NAMED, PRESET_NOTICES, PRESETS_DROPPED, THIS_COMPANY
from .dates import is_number
from .fields import BY_NAME, choice_values
from .form import DEFAULTS, clean_text, normalize
from .i18n import _
from .linkstate import quote, unquote
from .wording import in_words

VERSION = 1
VERSION_KEY = "e"
# preset -> its key in the query, in the order they are written.
KEYS = (("company", "ec"), ("stance", "es"), ("line", "el"), ("tone", "et"), ("accent", "ea"))
# "none": the employer takes no stance, and candidates answer the culture question themselves.
STANCES = ("none", "before", "after", "decision")
# The culture answer each stance gives: welcome before the interview is an open culture; after the
# interview, or not until a decision, a reserved one (the rules cite the stance, not the culture).
STANCE_CULTURE = {"before": "open", "after": "formal", "decision": "formal"}
TONES = choice_values(BY_NAME["tone"])
COMPANY_LIMIT = 80
LINE_LIMIT = 160
EMPTY = {"company": "", "stance": "none", "line": "", "tone": "", "accent": ""}
# What needs no key in the query, and where the dialog starts: nothing set, and the form's own
# default tone.
UNSET = dict(EMPTY, tone=DEFAULTS["tone"])

# The text on the frame's main buttons: the page's own, white in light mode and near-black in dark
# mode (assets/style.css). One accent serves both modes, with whichever of the two reads better.
BUTTON_TEXTS = ("#ffffff", "#0b1320")
AA_CONTRAST = 4.5
_HEX = "0123456789abcdef"
# Invisible or direction-changing characters that could hide or reorder what a reader sees: C0 and
# C1 controls, the soft hyphen, Arabic letter mark, Mongolian vowel separator, zero-width space,
# left-to-right and right-to-left marks, the embeddings and overrides, word joiner and invisible
# operators, the isolates and deprecated format characters, the byte order mark and interlinear
# annotations. The zero-width joiner and non-joiner stay: emoji sequences and Persian or Indic
# words need them, and they can't reorder text.
_INVISIBLE_RANGES = (
    (0x00, 0x1F), (0x7F, 0x9F), (0xAD, 0xAD), (0x61C, 0x61C), (0x180E, 0x180E), (0x200B, 0x200B),
    (0x200E, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F), (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
)  # fmt: skip
# Line breaks and tabs become spaces: the line is one line of text.
_SPACES = "\t\n\r\x0b\x0c\x85\u2028\u2029"


def _invisible(char):
    code = ord(char)
    for low, high in _INVISIBLE_RANGES:
        if low <= code <= high:
            return True
    return False


def plain_text(value):
    """Text as a reader should see it: one line, no invisible or bidirectional control characters,
    runs of spaces as one, trimmed."""
    if not isinstance(value, str):
        return ""
    kept = []
    for char in value:
        if char in _SPACES:
            char = " "
        elif _invisible(char):
            continue
        if char == " " and kept and kept[-1] == " ":
            continue
        kept.append(char)
    return clean_text("".join(kept))


def _channel(pair):
    value = (_HEX.index(pair[0]) * 16 + _HEX.index(pair[1])) / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour):
    """WCAG's relative luminance of a "#rrggbb" colour."""
    colour = colour.lower()
    return 0.2126 * _channel(colour[1:3]) + 0.7152 * _channel(colour[3:5]) + 0.0722 * _channel(colour[5:7])


def contrast(first, second):
    """WCAG's contrast ratio of two "#rrggbb" colours, from 1 to 21."""
    lighter, darker = luminance(first), luminance(second)
    if darker > lighter:
        lighter, darker = darker, lighter
    return (lighter + 0.05) / (darker + 0.05)


def is_hex_colour(text):
    return (
        isinstance(text, str)
        and len(text) == 7
        and text[0] == "#"
        and not [c for c in text[1:].lower() if c not in _HEX]
    )


def button_text(accent):
    """The text colour for buttons on this accent, in light and dark mode: the page's own text
    colour that reads better on it."""
    best = BUTTON_TEXTS[0]
    for text in BUTTON_TEXTS:
        if contrast(text, accent) > contrast(best, accent):
            best = text
    return best


def accent_problem(text):
    """Why an accent colour can't be used, or None: {"problem": "format"}, or {"problem":
    "contrast", "ratio"} when even the better text colour on it stays under WCAG AA's 4.5:1."""
    if not is_hex_colour(text):
        return {"problem": "format"}
    ratio = contrast(button_text(text), text)
    if ratio < AA_CONTRAST:
        return {"problem": "contrast", "ratio": ratio}
    return None


def _checked(name, raw):
    """The preset value for one raw value, or ValueError if it can't be one."""
    if name in ("company", "line"):
        text = plain_text(raw)
        if len(text) > (COMPANY_LIMIT if name == "company" else LINE_LIMIT):
            raise ValueError(name)
        return text
    if name == "accent":
        colour = ("#" + raw).lower()
        if accent_problem(colour):
            raise ValueError(name)
        return colour
    if raw not in (STANCES if name == "stance" else TONES):
        raise ValueError(name)
    return raw


def encode(presets):
    """The query's part for a presets dict (without "?"): "" when nothing is set. Values are
    cleaned and checked as decode() would; one that fails is left out."""
    parts = []
    for name, key in KEYS:
        value = presets.get(name, "")
        if name == "accent":
            value = value.lower()[1:] if is_hex_colour(value) else ""
        try:
            value = _checked(name, value) if value else ""
        except ValueError:
            value = ""
        if value and value != UNSET[name]:
            parts.append(key + "=" + quote(value.lstrip("#")))
    return "&".join([VERSION_KEY + "=" + str(VERSION)] + parts) if parts else ""


def decode(search):
    """Read the presets from a query ("?embed=1&e=1&..."): {"status", "values", "dropped"}.

    status: "empty" (no presets), "ok", "future" (a newer page wrote them) or "damaged" (their
    version can't be read). values: every preset that could be read, EMPTY's elsewhere. dropped:
    the presets that could not be read, in the query's order. Other keys of the query (embed=1,
    a host's own) are not ours and are left alone.
    """
    result = {"status": "empty", "values": dict(EMPTY), "dropped": []}
    pairs = {}
    for part in (search if isinstance(search, str) else "").lstrip("?").split("&"):
        key, _sep, value = part.partition("=")
        pairs[key] = value
    if VERSION_KEY not in pairs:
        return result
    version = pairs[VERSION_KEY]
    if not is_number(version):
        result["status"] = "damaged"
    else:
        result["status"] = "future" if int(version) > VERSION else "ok"
    for name, key in KEYS:
        if key not in pairs:
            continue
        try:
            # "+" is a space in a query; quote() writes a real "+" as %2B.
            result["values"][name] = _checked(name, unquote(pairs[key].replace("+", " ")))
        except (ValueError, UnicodeError):
            result["dropped"].append(name)
    return result


def notices(presets):
    """What the page says about presets it could not use whole: sentences, possibly none."""
    said = []
    if presets["status"] in PRESET_NOTICES:
        said.append(_(PRESET_NOTICES[presets["status"]]))
    if presets["dropped"]:
        said.append(
            _(PRESETS_DROPPED).format(settings=in_words([_(PRESET_NAMED[name]) for name in presets["dropped"]]))
        )
    return said


def company_name(presets):
    """How a sentence names the employer: its name, or "This company" when it gave none."""
    return presets["company"] or _(THIS_COMPANY)


def starting_answers(presets):
    """The form's answers before the reader gives any: the defaults, with the employer's name, the
    culture its stance gives and its tone."""
    values = dict(DEFAULTS)
    if presets["company"]:
        values["company"] = presets["company"]
    if presets["stance"] in STANCE_CULTURE:
        values["culture"] = STANCE_CULTURE[presets["stance"]]
    if presets["tone"]:
        values["tone"] = presets["tone"]
    return normalize(values)


def stance_kept(presets, situation):
    """The employer's stance while the reader's culture answer is the one it gave, else "none":
    the reader's own answer wins."""
    stance = presets["stance"]
    return stance if STANCE_CULTURE.get(stance) == situation["culture"] else "none"


def stance_overruled(presets, situation):
    """True when the employer took a stance and the reader's culture answer differs from it."""
    return presets["stance"] in STANCE_CULTURE and stance_kept(presets, situation) == "none"
