"""Brazilian Portuguese: how a message greets a person.

A warm or brief message greets with the given name, whole when it is a compound one ("Olá, João
Pedro!"). A formal one uses a title, the given name and the last surname, as Brazilian business
writing does ("Sra. Ana Souza", "Dr. João Pedro Silva"): the degree typed, in the person's gender
where the title has one ("Dra."), else Sr. or Sra. when a title gave the gender, else the full
name.
"""

from .common import plain, rank

COURTESY_TITLES = {
    "sr": "male",
    "sra": "female",
    "srta": "female",
    "senhor": "male",
    "senhora": "female",
    "dona": "female",
}
ACADEMIC_TITLES = {
    "dra": "female",
    "drª": "female",
    "profa": "female",
    "profª": "female",
    "eng": "",
    "engª": "female",
    "enga": "female",
    "doutor": "male",
    "doutora": "female",
    "professora": "female",
}
COMPOUND_GIVEN_NAMES = (
    ("joão", "pedro"), ("joão", "paulo"), ("joão", "vitor"), ("joão", "victor"), ("joão", "gabriel"),
    ("ana", "paula"), ("ana", "carolina"), ("ana", "luiza"), ("ana", "beatriz"), ("ana", "clara"), ("ana", "maria"),
    ("maria", "eduarda"), ("maria", "clara"), ("maria", "luiza"), ("maria", "fernanda"), ("maria", "alice"),
    ("maria", "júlia"), ("maria", "cecília"), ("maria", "helena"), ("maria", "luísa"), ("pedro", "henrique"),
    ("luiz", "henrique"), ("paulo", "henrique"), ("carlos", "eduardo"), ("luiz", "fernando"), ("luís", "fernando"),
    ("josé", "carlos"), ("luiz", "carlos"), ("antônio", "carlos"), ("marco", "antônio"), ("josé", "roberto"),
)  # fmt: skip
ADDRESS = {"female": "Sra.", "male": "Sr."}
DEGREES = {("doctor", "female"): "Dra.", ("professor", "female"): "Profa."}


def _title(name):
    """A Brazilian title for the greeting: the degree, in the gender a title gave ("Dr." and a
    "Sra." make "Dra."); an engineer's "Eng." as typed, another language's title ("Lic.")
    left out; else Sr. or Sra."""
    degree = rank(name["academic"])
    if degree:
        return DEGREES.get((degree, name["gender"]), "Prof." if degree == "professor" else "Dr.")
    for title in name["academic"]:
        if plain(title) in ACADEMIC_TITLES:
            return title
    return ADDRESS.get(name["gender"], "")


def greeting_name(name, tone):
    """The given name in a warm or brief message; a title, the given name and the last surname in
    a formal one, or the full name when nothing gives a title."""
    if tone != "formal" and name["given"]:
        return name["given"]
    title = _title(name)
    person = " ".join(part for part in (name["given"], name["family"]) if part)
    if title and person:
        return title + " " + person
    return name["full"]


# Little words that mark a topic as written in this language (topics.written_in_another_language).
FUNCTION_WORDS = (
    "o",
    "a",
    "os",
    "as",
    "seu",
    "sua",
    "dela",
    "dele",
    "sobre",
    "do",
    "da",
    "que",
    "com",
    "para",
    "palestra",
    "escreveu",
)
QUOTES = ("\u201c", "\u201d")


def profile_phrase(words, tone):
    """{"kind", "text"} for the words of a topic seen on their profile: used as typed, as a subject."""
    return {"kind": "subject", "text": " ".join(words)}


def conversation_phrase(words, tone):
    """What the interview was about, as typed."""
    return " ".join(words)


# The gender marks job ads in this language put after a title ("Data Analyst (m/w/d)"): a message
# names the job without them (note.job_title), in every language, as titles are pasted from ads.
JOB_AD_MARKS = ("m/f", "f/m", "h/m")
