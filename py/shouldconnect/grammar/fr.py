"""French: how a message greets a person, and the words a message elides before a typed value
that starts with a vowel.

Every message says "vous". A warm or brief one greets with the given name ("Bonjour Claire,"), as
French professionals do with "vous"; a formal one with Madame or Monsieur, written in full, and
the surname when a title tells which ("Bonjour Madame Dubois,"; "Mlle" is "Madame" too), else the
full name ("Bonjour Claire Dubois,"). Academic titles are not used in a French greeting.

French elides "de" and "que" before a vowel: "le poste d'Analyste", "qu'Orange", never "de
Analyste". Only a template's word right before a typed value is elided, so a name's own particle
("Dr. de Oliveira") stays as typed (py/worker/engine.py applies it while a message renders).
"""

COURTESY_TITLES = {
    "m": "male",
    "mme": "female",
    "mlle": "female",
    "monsieur": "male",
    "madame": "female",
    "mademoiselle": "female",
}
ACADEMIC_TITLES = {"pr": "", "me": "", "docteur": ""}
ADDRESS = {"female": "Madame", "male": "Monsieur"}

# A template's word, elided to its first letters and an apostrophe before a typed vowel.
ELIDED = ("de", "que")
VOWELS = "AEIOUYÀÂÆÉÈÊËÎÏÔŒÙÛÜaeiouyàâæéèêëîïôœùûü"


def greeting_name(name, tone):
    """The given name in a warm or brief message; Madame or Monsieur and the surname in a formal
    one when a title gives the gender, else the full name."""
    if tone != "formal" and name["given"]:
        return name["given"]
    surname = name["family"] or name["given"]
    if name["gender"] in ADDRESS and surname:
        return ADDRESS[name["gender"]] + " " + surname
    return name["full"]


# Little words that mark a topic as written in this language (topics.written_in_another_language).
FUNCTION_WORDS = (
    "le",
    "la",
    "les",
    "sa",
    "son",
    "ses",
    "sur",
    "du",
    "des",
    "que",
    "avec",
    "pour",
    "elle",
    "il",
    "conférence",
    "écrit",
)
QUOTES = ("\u00ab\u00a0", "\u00a0\u00bb")


def profile_phrase(words, tone):
    """{"kind", "text"} for the words of a topic seen on their profile: used as typed, as a subject."""
    return {"kind": "subject", "text": " ".join(words)}


def conversation_phrase(words, tone):
    """What the interview was about, as typed."""
    return " ".join(words)


# The gender marks job ads in this language put after a title ("Data Analyst (m/w/d)"): a message
# names the job without them (note.job_title), in every language, as titles are pasted from ads.
JOB_AD_MARKS = ("h/f", "f/h", "h/f/x", "f/h/x", "h/f/nb")
