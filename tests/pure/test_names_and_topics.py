"""How the note greets the interviewer and words what you talked about: names as people write them,
invisible characters dropped, a profile's "her talk" turned to "your talk"."""

from shouldconnect import names, note, topics

GREETING_CASES = (
    {"name": "formal with a title", "typed": "Dr. Priya Raman (she/her)", "tone": "formal", "expected": "Dr. Raman"},
    {"name": "warm, emoji dropped", "typed": "Jean-Luc Picard \U0001f680", "tone": "warm", "expected": "Jean-Luc"},
    {"name": "order unclear", "typed": "Kim Min-jun", "tone": "warm", "expected": "Kim Min-jun"},
)
PHRASE_CASES = (
    {
        "name": "her talk",
        "typed": "her talk at Config 2025",
        "expected": {"kind": "work", "text": "your talk at Config 2025"},
    },
    {
        "name": "the team she leads",
        "typed": "the team she leads",
        "expected": {"kind": "subject", "text": "the team you lead"},
    },
)
# Names as people paste them, from any language: parts and the gender a title gives.
PARSE_CASES = (
    {"name": "German titles", "typed": "Frau Dr. Anna Schmidt",
     "expected": {"courtesy": "Frau", "academic": ("Dr.",), "gender": "female", "given": "Anna", "family": "Schmidt"}},
    {"name": "a doctorate's continuation", "typed": "Dr. med. Hans-Jürgen Müller",
     "expected": {"courtesy": "", "academic": ("Dr. med.",), "gender": "", "given": "Hans-Jürgen", "family": "Müller"}},
    {"name": "Spanish title with gender", "typed": "Dra. Ana Souza",
     "expected": {"courtesy": "", "academic": ("Dra.",), "gender": "female", "given": "Ana", "family": "Souza"}},
    {"name": "French courtesy", "typed": "M. Jean Dupont",
     "expected": {"courtesy": "M.", "academic": (), "gender": "male", "given": "Jean", "family": "Dupont"}},
    {"name": "compound given name and particles", "typed": "Juan Carlos de la Fuente",
     "expected": {"courtesy": "", "academic": (), "gender": "", "given": "Juan Carlos", "family": "de la Fuente"}},
    {"name": "compound given name with del", "typed": "María del Carmen Ruiz Gómez",
     "expected": {"courtesy": "", "academic": (), "gender": "", "given": "María del Carmen", "family": "Gómez"}},
    {"name": "a surname alone", "typed": "de la Tour",
     "expected": {"courtesy": "", "academic": (), "gender": "", "given": "", "family": "de la Tour"}},
    {"name": "a courtesy title and a surname", "typed": "Herr Weber",
     "expected": {"courtesy": "Herr", "academic": (), "gender": "male", "given": "", "family": "Weber"}},
    {"name": "a name alone is no gender", "typed": "Maria Weber",
     "expected": {"courtesy": "", "academic": (), "gender": "", "given": "Maria", "family": "Weber"}},
)  # fmt: skip
# Job titles as ads write them: the gender marks go, the title stays.
JOB_TITLE_CASES = (
    {"name": "German", "typed": "Data Analyst (m/w/d)", "expected": "Data Analyst"},
    {"name": "French, no brackets", "typed": "Chargé de projet H/F", "expected": "Chargé de projet"},
    {"name": "after a dash", "typed": "Product Owner - m/f/d", "expected": "Product Owner"},
    {"name": "other brackets stay", "typed": "Engineer (Backend)", "expected": "Engineer (Backend)"},
    {"name": "a title that is only letters", "typed": "HR Manager", "expected": "HR Manager"},
)
CASES = {
    "test_greeting_name": GREETING_CASES,
    "test_profile_phrase": PHRASE_CASES,
    "test_parse": PARSE_CASES,
    "test_job_title": JOB_TITLE_CASES,
}


def test_parse(case):
    parts = names.parse(case["typed"])
    got = dict((key, parts[key]) for key in case["expected"])

    assert got == case["expected"], got


def test_job_title(case):
    title = note.job_title(case["typed"])

    assert title == case["expected"], title


def test_greeting_name(case):
    greeting = names.greeting_name(case["typed"], case["tone"])

    assert greeting == case["expected"], greeting


def test_without_invisible_keeps_a_joiner_in_an_emoji():
    text = names.without_invisible("\u202eA\u200bb \U0001f469\u200d\U0001f4bb")

    assert text == "Ab \U0001f469\u200d\U0001f4bb", text


def test_profile_phrase(case):
    phrase = topics.profile_phrase(case["typed"])

    assert phrase == case["expected"], phrase
