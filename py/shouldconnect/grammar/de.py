"""German: how a message greets a person.

Every message says "Sie", so it greets with Herr or Frau and the surname whenever a title tells
which ("Hallo Frau Dr. Schmidt,", "Guten Tag Herr Weber,"), keeping the highest of "Prof." and
"Dr." as German address does ("Prof. Dr." is "Prof.", "Dr. med." and "Dr.-Ing." are "Dr.").
When nothing tells, the full name, as German writes to someone whose gender it doesn't know
("Hallo Anna Schmidt,"): never the given name alone, which goes with "du".
"""

from .common import rank

COURTESY_TITLES = {"herr": "male", "frau": "female"}
ACADEMIC_TITLES = {
    "dr": "",
    "prof": "",
    "dr-ing": "",
    "dipl-ing": "",
    "mag": "",
    "drin": "female",
    "professorin": "female",
}
# What follows "Dr." in a German doctorate: "Dr. med.", "Dr. rer. nat.", "Dr. h.c.".
TITLE_CONTINUATIONS = (
    "med",
    "rer",
    "nat",
    "phil",
    "jur",
    "hc",
    "habil",
    "dent",
    "vet",
    "oec",
    "pol",
    "theol",
    "sc",
    "ing",
    "mult",
)
COMPOUND_GIVEN_NAMES = (
    ("anna", "lena"), ("anna", "maria"), ("anne", "marie"), ("eva", "maria"), ("lisa", "marie"), ("marie", "luise"),
    ("marie", "sophie"), ("hans", "peter"), ("hans", "georg"), ("hans", "jürgen"), ("karl", "heinz"),
    ("klaus", "dieter"), ("franz", "josef"), ("karl", "heinz"),
)  # fmt: skip
ADDRESS = {"female": "Frau", "male": "Herr"}
DEGREES = {"professor": "Prof.", "doctor": "Dr."}


def greeting_name(name, tone):
    """The same in every tone, as every tone says "Sie": Herr or Frau, the highest degree and the
    surname when a title gives the gender; else the degree and the full name."""
    degree = DEGREES.get(rank(name["academic"]), "")
    surname = name["family"] or name["given"]
    if name["gender"] in ADDRESS and surname:
        return " ".join(word for word in (ADDRESS[name["gender"]], degree, surname) if word)
    return " ".join(word for word in (degree, name["full"]) if word)


# Little words that mark a topic as written in this language (topics.written_in_another_language).
FUNCTION_WORDS = (
    "der",
    "die",
    "das",
    "ihr",
    "ihre",
    "sein",
    "seine",
    "über",
    "zum",
    "zur",
    "vom",
    "und",
    "mit",
    "für",
    "sie",
    "er",
    "vortrag",
    "buch",
)
QUOTES = ("\u201e", "\u201c")


def profile_phrase(words, tone):
    """{"kind", "text"} for the words of a topic seen on their profile: used as typed, as a subject."""
    return {"kind": "subject", "text": " ".join(words)}


def conversation_phrase(words, tone):
    """What the interview was about, as typed."""
    return " ".join(words)


# The gender marks job ads in this language put after a title ("Data Analyst (m/w/d)"): a message
# names the job without them (note.job_title), in every language, as titles are pasted from ads.
JOB_AD_MARKS = (
    "m/w/d",
    "w/m/d",
    "d/m/w",
    "m/w/x",
    "w/m/x",
    "m/w/div",
    "w/m/div",
    "mwd",
    "gn",
    "all genders",
    "alle geschlechter",
)
