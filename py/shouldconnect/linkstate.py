"""Share links: the whole form in the URL fragment, compact, versioned and safe to open.

The state lives after "#", which browsers never send to a server or in a Referer
header. Only answers that differ from the defaults are written, under short keys, and
free text that can point at a person (the names and the topics) stays out unless the
candidate asks for it. Decoding never raises, and one bad pair never costs the others:
each value that can be read is kept, and the page is told which could not (a damaged
value) and which keys it doesn't know (a newer page's). MicroPython has no urllib, so
the percent-encoding is done here by hand.

A panel (panel.py) adds its size under PANEL_KEY and each further person's answers under their
field's key and the person's number ("iw2", "p2"), after everything else: a link without a panel
is what it always was, and every link made before reads as it did.
"""

from .content import LINK_DROPPED, LINK_NOTICES, LINK_UNKNOWN
from .dates import is_number, parse_iso
from .fields import BY_NAME, FIELDS, names
from .form import CHOICES, DEFAULTS, FLAG_FIELDS, normalize
from .i18n import _
from .panel import MAX_PEOPLE, PERSON_FIELDS
from .wording import in_words

VERSION = 1
# What encode() gives for the default answers: a link with nothing to restore.
BARE = "v=" + str(VERSION)
# field -> short key in the link, in the order they are written (fields.py).
KEYS = tuple((field["name"], field["key"]) for field in FIELDS)
# Left out of a link unless "Include names and topics" is ticked: they can point at a person.
NAME_FIELDS = names(column="personal")
# Keys the page or its hosts may add that say nothing about the form (embed mode,
# WordPress's "?secret=" on embedded frames).
HARMLESS_KEYS = ("embed", "?secret", "secret")
# The number of people on a panel, written when there are two or more.
PANEL_KEY = "pn"
# The persons a link can hold after the first, as their numbers are written.
PANEL_NUMBERS = tuple(str(number) for number in range(2, MAX_PEOPLE + 1))
_UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
_HEX = "0123456789ABCDEF"


def quote(text):
    """Percent-encode UTF-8 text, keeping only unreserved characters as they are."""
    out = []
    for byte in text.encode("utf-8"):
        char = chr(byte)
        out.append(char if byte < 128 and char in _UNRESERVED else "%" + _HEX[byte >> 4] + _HEX[byte & 15])
    return "".join(out)


def unquote(text):
    """Undo quote(); raises ValueError on a malformed escape or invalid UTF-8."""
    data = bytearray()
    index = 0
    while index < len(text):
        char = text[index]
        if char == "%":
            pair = text[index + 1 : index + 3].upper()
            if len(pair) != 2 or pair[0] not in _HEX or pair[1] not in _HEX:
                raise ValueError("bad escape")
            data.append(_HEX.index(pair[0]) * 16 + _HEX.index(pair[1]))
            index += 3
        else:
            data.extend(char.encode("utf-8"))
            index += 1
    return bytes(data).decode("utf-8")


def encode(situation, include_names, start=None):
    """The fragment (without "#") for a normalized situation. Answers equal to `start` (the form's
    answers before the reader gives any: DEFAULTS, or an employer's presets.starting_answers())
    are left out; decode() with the same `start` reads them back."""
    start = start or DEFAULTS
    parts = [BARE] + _written(situation, start, KEYS, "", include_names)
    panel = situation.get("panel") or []
    if panel:
        parts.append(PANEL_KEY + "=" + str(len(panel) + 1))
    person_keys = tuple((field, key) for field, key in KEYS if field in PERSON_FIELDS)
    for number, person in enumerate(panel):
        parts += _written(person, DEFAULTS, person_keys, str(number + 2), include_names)
    return "&".join(parts)


def _written(answers, start, keys, number, include_names):
    """The "key=value" pairs of the answers that differ from `start`, each key followed by the
    person's number ("" for person 1)."""
    parts = []
    for field, key in keys:
        value = answers[field]
        if value == start[field] or (field in NAME_FIELDS and not include_names):
            continue
        if field in FLAG_FIELDS:
            value = "1" if value else "0"
        parts.append(key + number + "=" + quote(value))
    return parts


def page_address(pathname, search, current_hash, fragment):
    """The address that keeps the current answers, for history.replaceState.

    The answers' fragment comes first (none for the default answers); what a host added
    to the fragment (embed=1, WordPress's "?secret=") is kept as it was, at the end, so
    rewriting the address never loses it.
    """
    kept = [part for part in current_hash.lstrip("#").split("&") if part and part.partition("=")[0] in HARMLESS_KEYS]
    parts = ([fragment] if fragment != BARE else []) + kept
    return pathname + search + ("#" + "&".join(parts) if parts else "")


def share_address(origin, pathname, fragment, query=""):
    """The link to the same answers on the full page: never embed mode, no host's keys; `query`
    carries an employer's presets onward (presets.encode())."""
    return origin + pathname + ("?" + query if query else "") + ("#" + fragment if fragment != BARE else "")


def _pairs(fragment):
    pairs = {}
    for part in fragment.lstrip("#").split("&"):
        if part:
            key, _, value = part.partition("=")
            pairs[key] = value
    return pairs


def _value(field, raw):
    """The form value for one link value, or ValueError if it can't be one."""
    text = unquote(raw)
    if field in FLAG_FIELDS:
        if text not in ("0", "1"):
            raise ValueError(field)
        return text == "1"
    if field in CHOICES and text not in CHOICES[field]:
        raise ValueError(field)
    if field == "date" and parse_iso(text) is None:
        raise ValueError(field)
    return text


def decode(fragment, start=None):
    """Read a fragment: {"status", "values", "names", "dropped", "unknown"}, against `start` as
    encode() wrote it (DEFAULTS unless given).

    status: "empty" (nothing of ours), "foreign" (someone else's fragment: no version), "ok",
    "future" (a newer version of the page wrote it) or "damaged" (its version can't be read).
    values: a full normalized form dict, every value that could be read in place and `start`'s
    elsewhere. dropped: the fields whose values could not be read, in the link's
    order; unknown: the keys this version doesn't know. names: the link carried a name.
    """
    start = start or DEFAULTS
    result = {"status": "empty", "values": dict(start), "names": False, "dropped": [], "unknown": []}
    pairs = _pairs(fragment if isinstance(fragment, str) else "")
    version = pairs.pop("v", None)
    for key in HARMLESS_KEYS:
        pairs.pop(key, None)
    if version is None:
        result["status"] = "foreign" if pairs else "empty"
        return result
    if not is_number(version):  # ASCII digits: str.isdigit() also takes "²", which int() refuses
        result["status"] = "damaged"
    elif int(version) > VERSION:
        result["status"] = "future"
    else:
        result["status"] = "ok"
    field_of = dict((key, field) for field, key in KEYS)
    field_of.update((key + number, field) for field, key in KEYS if field in PERSON_FIELDS for number in PANEL_NUMBERS)
    size = _panel_size(pairs.pop(PANEL_KEY, None), result)
    people = [{} for _number in PANEL_NUMBERS]  # each person's values after the first, in order
    values = {}
    for key, raw in pairs.items():
        if key not in field_of:
            result["unknown"].append(key)
            continue
        number = key[-1] if key[-1] in PANEL_NUMBERS and field_of[key] in PERSON_FIELDS else ""
        field = field_of[key]
        try:
            (people[int(number) - 2] if number else values)[field] = _value(field, raw)
        except (ValueError, UnicodeError):
            if field not in result["dropped"]:
                result["dropped"].append(field)
        if number:
            size = max(size, int(number))
    given = dict(start)
    given.update(values)
    given["panel"] = people[: size - 1]
    result["values"] = normalize(given)
    result["names"] = True in [field in answers for answers in [values] + people for field in NAME_FIELDS]
    return result


def _panel_size(raw, result):
    """The people a link's PANEL_KEY says (1 without one); a value that is no size is left out
    as a key this version does not know, and the people the link holds say how many there are."""
    if raw is None:
        return 1
    if raw in PANEL_NUMBERS:
        return int(raw)
    result["unknown"].append(PANEL_KEY)
    return 1


def notices(link):
    """What the page says, above the form, about a link it opened: sentences, possibly none."""
    said = []
    if link["status"] in LINK_NOTICES:
        said.append(_(LINK_NOTICES[link["status"]]))
    if link["dropped"]:
        said.append(_(LINK_DROPPED).format(answers=in_words([_(BY_NAME[field]["named"]) for field in link["dropped"]])))
    if link["unknown"] and link["status"] != "future":  # a newer page's keys: that notice says it
        said.append(_(LINK_UNKNOWN))
    return said


def usable(link):
    """Whether a link brings answers to fill in (everything but an empty or foreign fragment)."""
    return link["status"] in ("ok", "future", "damaged")
