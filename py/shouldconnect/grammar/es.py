"""Spanish: how a message greets a person.

A warm or brief message greets with the given name, whole when it is a compound one ("Hola, María
José:"). A formal one uses a title and the first surname, as Spanish does ("Sra. Ruiz", "Sr. de la
Fuente"): the academic or professional title typed, in the person's gender where the title has
one ("Dra. Souza", "Lic. Ruiz"), else Sr. or Sra. when a title gave the gender, else the full name.
"""

from .common import first_surname, plain, rank

COURTESY_TITLES = {
    "sr": "male",
    "sra": "female",
    "srta": "female",
    "señor": "male",
    "señora": "female",
    "señorita": "female",
    "don": "male",
    "doña": "female",
}
ACADEMIC_TITLES = {
    "dra": "female",
    "lic": "",
    "lcda": "female",
    "lcdo": "male",
    "ing": "",
    "profa": "female",
    "profesor": "male",
    "profesora": "female",
    "doctora": "female",
    "mtro": "male",
    "mtra": "female",
}
COMPOUND_GIVEN_NAMES = (
    ("maría", "del", "carmen"), ("maría", "del", "pilar"), ("maría", "del", "mar"), ("maría", "de", "los", "ángeles"),
    ("maría", "josé"), ("josé", "maría"), ("juan", "carlos"), ("juan", "pablo"), ("josé", "luis"), ("josé", "antonio"),
    ("josé", "manuel"), ("juan", "josé"), ("juan", "manuel"), ("juan", "antonio"), ("maría", "luisa"),
    ("maría", "teresa"), ("maría", "isabel"), ("maría", "elena"), ("ana", "maría"), ("ana", "isabel"),
    ("luis", "miguel"), ("miguel", "ángel"), ("maría", "fernanda"), ("maría", "jesús"), ("francisco", "javier"),
    ("josé", "ignacio"), ("josé", "carlos"), ("pedro", "pablo"), ("maría", "dolores"), ("rosa", "maría"),
    ("maría", "victoria"), ("maría", "eugenia"), ("maría", "cristina"), ("maría", "alejandra"), ("juan", "ignacio"),
    ("luis", "fernando"), ("maría", "ángeles"), ("maría", "paz"), ("maría", "soledad"),
)  # fmt: skip
ADDRESS = {"female": "Sra.", "male": "Sr."}
DEGREES = {("doctor", "female"): "Dra.", ("professor", "female"): "Prof.ª"}


def _title(name):
    """A Spanish title for the greeting: the degree, in the gender a title gave ("Dr." and a
    "Sra." make "Dra."); a Spanish title that is neither ("Lic.", "Ing.") as typed, another
    language's ("Dipl.-Ing.") left out; else Sr. or Sra."""
    degree = rank(name["academic"])
    if degree:
        return DEGREES.get((degree, name["gender"]), "Prof." if degree == "professor" else "Dr.")
    for title in name["academic"]:
        if plain(title) in ACADEMIC_TITLES:
            return title
    return ADDRESS.get(name["gender"], "")


def greeting_name(name, tone):
    """The given name in a warm or brief message; a title and the first surname in a formal one,
    or the full name when nothing gives a title."""
    if tone != "formal" and name["given"]:
        return name["given"]
    title = _title(name)
    surname = first_surname(name["surnames"]) if name["surnames"] else name["given"]
    if title and surname:
        return title + " " + surname
    return name["full"]


# Little words that mark a topic as written in this language (topics.written_in_another_language).
FUNCTION_WORDS = (
    "el",
    "la",
    "los",
    "las",
    "su",
    "sus",
    "sobre",
    "del",
    "que",
    "con",
    "para",
    "ella",
    "él",
    "escribió",
    "charla",
)
QUOTES = ("\u00ab", "\u00bb")


def profile_phrase(words, tone):
    """{"kind", "text"} for the words of a topic seen on their profile: used as typed, as a subject."""
    return {"kind": "subject", "text": " ".join(words)}


def conversation_phrase(words, tone):
    """What the interview was about, as typed."""
    return " ".join(words)


# The gender marks job ads in this language put after a title ("Data Analyst (m/w/d)"): a message
# names the job without them (note.job_title), in every language, as titles are pasted from ads.
JOB_AD_MARKS = ("h/m", "m/h", "h/m/x", "m/f")

# Dates in a sentence as Spanish writes them: no comma after the weekday ("el jueves 12 de marzo"),
# over CLDR's "EEEE, d 'de' MMMM" (tools/catalogs.py compiles them into the catalog).
DATE_PATTERNS = {"day": "EEEE d 'de' MMMM", "day_year": "EEEE d 'de' MMMM 'de' y"}
