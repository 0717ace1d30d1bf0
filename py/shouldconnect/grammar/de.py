"""German: how a message greets a person, and topics as candidates type them, addressed to the
person they are about.

Every message says "Sie", in every tone, so no message greets with a given name alone (that goes
with "du"). It greets with Herr or Frau and the surname when a title tells which ("Frau Dr.
Schmidt", "Herr von Stein"), with the one degree German address keeps: "Prof." over "Dr." ("Prof.
Dr." is "Prof.", "Dr. med." and "Dr.-Ing." are "Dr."), and the Austrian "Mag." as Austria uses it;
"Dipl.-Ing." and the like are not said in a greeting. When nothing tells the gender, the full name,
as German writes to someone whose gender it does not know ("Guten Tag Anna Schmidt,"), after the
degree ("Dr. Anna Schmidt"). A single word with no title ("Jan", "Weber") or a surname typed alone
("von Stein") can't be greeted with "Sie": the message keeps its placeholder, for the candidate to
write "Frau Weber" in "Greet them as".

Topics: the sentences put a thing of theirs in the accusative ("Besonders interessant fand ich
Ihren Vortrag über Datenschutz.") and a subject after "über" or "auf" ("Ihre Beiträge über die
Zukunft der KI", "Ihre Sicht auf New Work"), so a topic typed with an article keeps it, in the
accusative ("der digitale Wandel": "den digitalen Wandel"), a bare noun stays bare, and what is
theirs is addressed to them ("ihr Vortrag": "Ihren Vortrag", "das Buch, das sie geschrieben hat":
"das Buch, das Sie geschrieben haben").

Runs on MicroPython: no re, lower() only for ASCII letters (the tables hold lower-case words as
typed), plain loops.
"""

from .common import joined_with, rank

COURTESY_TITLES = {"herr": "male", "herrn": "male", "hr": "male", "frau": "female", "fr": "female"}
ACADEMIC_TITLES = {
    "dr": "",
    "drin": "female",
    "dr-ing": "",
    "prof": "",
    "professor": "",
    "professorin": "female",
    "mag": "",
    "maga": "female",
    "dipl-ing": "",
    "dipl-kfm": "male",
    "dipl-kffr": "female",
    "dipl-kauffr": "female",
    "dipl-inform": "",
    "dipl-psych": "",
    "dipl-oec": "",
    "dipl-wirt-ing": "",
    "priv-doz": "",
}
# What follows "Dr." in a German or Austrian doctorate: "Dr. med.", "Dr. rer. nat.", "Dr. h.c.".
TITLE_CONTINUATIONS = (
    "med",
    "rer",
    "nat",
    "pol",
    "oec",
    "phil",
    "jur",
    "iur",
    "hc",
    "habil",
    "dent",
    "vet",
    "theol",
    "sc",
    "soc",
    "paed",
    "techn",
    "math",
    "agr",
    "univ",
    "ing",
    "mult",
)
# Unhyphenated double given names people go by whole ("Anna Lena Vogel" is Anna Lena).
COMPOUND_GIVEN_NAMES = (
    ("anna", "lena"), ("anna", "maria"), ("anna", "sophie"), ("anna", "katharina"), ("anne", "marie"),
    ("eva", "maria"), ("lisa", "marie"), ("lea", "sophie"), ("marie", "luise"), ("marie", "sophie"),
    ("maria", "theresia"), ("hans", "peter"), ("hans", "jürgen"), ("hans", "georg"), ("hans", "joachim"),
    ("hans", "dieter"), ("hans", "werner"), ("karl", "heinz"), ("klaus", "dieter"), ("klaus", "peter"),
    ("franz", "josef"), ("karl", "josef"), ("heinz", "jürgen"), ("jan", "niklas"), ("jan", "hendrik"),
)  # fmt: skip
ADDRESS = {"female": "Frau", "male": "Herr"}
# The degrees a German greeting says, one only: a professor's, else a doctor's.
DEGREES = {"professor": "Prof.", "doctor": "Dr."}
# The Austrian master's degree, said in address in Austria ("Frau Mag. Berger").
MAGISTER = ("mag", "maga")


def _degree(name):
    """The one title a German greeting keeps: "Prof.", "Dr.", "Mag." or ""."""
    degree = DEGREES.get(rank(name["academic"]), "")
    if degree:
        return degree
    for title in name["academic"]:
        if title.replace(".", "").lower() in MAGISTER:
            return "Mag."
    return ""


def greeting_name(name, tone):
    """The same in every tone, as every tone says "Sie": Herr or Frau, the degree and the surname
    when a title gives the gender ("Frau Dr. Schmidt"); else the degree and the full name ("Dr.
    Anna Schmidt", "Anna Lena Vogel"), or a degree and a single word ("Dr. Weber"). "" (the
    placeholder) for a single word or a surname alone with nothing to say Herr or Frau."""
    degree = _degree(name)
    surname = name["family"] or name["given"]
    if name["gender"] in ADDRESS and surname:
        return " ".join(word for word in (ADDRESS[name["gender"]], degree, surname) if word)
    if not name["full"]:
        return ""
    if degree:
        return degree + " " + name["full"]
    if not name["given"] or not name["family"]:
        return ""
    return name["full"]


# Little words that mark a topic as written in this language (topics.written_in_another_language).
FUNCTION_WORDS = (
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "einen",
    "ihr",
    "ihre",
    "ihren",
    "ihrem",
    "sein",
    "seine",
    "seinen",
    "über",
    "zu",
    "zum",
    "zur",
    "vom",
    "im",
    "und",
    "mit",
    "für",
    "auf",
    "sie",
    "er",
    "hat",
    "ist",
    "vortrag",
    "beitrag",
    "beiträge",
    "buch",
    "geschrieben",
    "gehalten",
)
QUOTES = ("\u201e", "\u201c")
DECIMAL_MARK = ","

# Accusative endings of "Ihr" (and of "ein", "dies-") by the noun's gender: "Ihren Vortrag",
# "Ihre Studie", "Ihr Buch", "Ihre Beiträge".
ACCUSATIVE_ENDINGS = {"m": "en", "f": "e", "n": "", "pl": "e"}
# Possessives of the person, as typed ("ihr", "seine", "deinen"): a message says "Ihr-" with
# the same ending.
OWNER_STEMS = ("ihr", "sein", "dein")
DETERMINERS = ("der", "die", "das", "den", "ein", "eine", "einen", "dieser", "diese", "dieses", "diesen")
# The gender of a determiner or possessive typed before a noun, when it tells ("ein", "ihr" are
# masculine or neuter: the noun decides).
DETERMINER_GENDERS = {
    "der": "m",
    "den": "m",
    "einen": "m",
    "dieser": "m",
    "diesen": "m",
    "die": "f",
    "eine": "f",
    "diese": "f",
    "das": "n",
    "dieses": "n",
}
# Things a person makes or shares, as the end of a noun ("Gastbeitrag", "LinkedIn-Post"), with
# their gender: a topic that is one of these, or starts with one after an article or a
# possessive, is a thing of theirs.
WORKS = {
    "vortrag": "m", "vorträge": "pl", "beitrag": "m", "beiträge": "pl", "artikel": "m", "post": "m",
    "posts": "pl", "podcast": "m", "podcasts": "pl", "blog": "m", "talk": "m", "talks": "pl",
    "newsletter": "m", "kommentar": "m", "kommentare": "pl", "workshop": "m", "bericht": "m",
    "aufsatz": "m", "essay": "m", "thread": "m", "auftritt": "m", "keynote": "f", "präsentation": "f",
    "rede": "f", "studie": "f", "kolumne": "f", "podcastfolge": "f", "episode": "f", "session": "f",
    "umfrage": "f", "publikation": "f", "veröffentlichung": "f", "serie": "f", "reihe": "f",
    "kampagne": "f", "initiative": "f", "masterclass": "f", "buch": "n", "bücher": "pl", "video": "n",
    "videos": "pl", "interview": "n", "interviews": "pl", "webinar": "n", "webinare": "pl",
    "projekt": "n", "projekte": "pl", "panel": "n", "paper": "n", "seminar": "n",
}  # fmt: skip
# The gender of other nouns a topic may start with, by how the noun ends (the longest ending that
# matches decides): enough for the article or possessive before them.
NOUN_GENDERS = {
    "ansatz": "m", "plan": "m", "weg": "m", "wandel": "m", "prozess": "m", "fokus": "m", "bereich": "m",
    "markt": "m", "erfolg": "m", "einsatz": "m", "umgang": "m", "wechsel": "m", "mangel": "m", "blick": "m",
    "stil": "m", "tipp": "m", "leitfaden": "m", "vorschlag": "m", "entwurf": "m", "ismus": "m", "ling": "m",
    "or": "m", "schutz": "m", "alltag": "m", "kurs": "m",
    "ung": "f", "heit": "f", "keit": "f", "schaft": "f", "ion": "f", "tät": "f", "ik": "f", "ie": "f",
    "enz": "f", "anz": "f", "ur": "f", "arbeit": "f", "sicht": "f", "idee": "f", "roadmap": "f",
    "strategie": "f", "zukunft": "f",
    "team": "n", "konzept": "n", "modell": "n", "produkt": "n", "thema": "n", "ment": "n", "um": "n",
    "chen": "n", "nis": "n", "tum": "n", "ing": "n", "gespräch": "n", "unternehmen": "n", "wissen": "n",
    "ideen": "pl", "pläne": "pl", "gedanken": "pl", "erfahrungen": "pl", "ziele": "pl", "einblicke": "pl",
}  # fmt: skip
# Words after which "sie" or "er" starts a clause whose verb comes last ("das sie geschrieben
# hat"); elsewhere the verb follows the pronoun ("sie schreibt über KI").
CLAUSE_OPENERS = (
    "der", "die", "das", "den", "dem", "deren", "dessen", "was", "wie", "wo", "worüber", "wofür",
    "womit", "woran", "dass", "ob", "welche", "welcher", "welches", "welchen", "wenn", "weil", "als",
)  # fmt: skip
# Words that open a clause a topic may be typed as ("wie er sein Team führt", "was sie über
# Recruiting schreibt"): our sentences take it after "Ihre Gedanken dazu," or "das,".
CLAUSE_WORDS = ("wie", "was", "warum", "weshalb", "wieso", "wo", "wann", "wer", "dass", "ob", "womit", "worüber")
# Verbs whose "Sie" form is not the regular one ("hat": "haben", "hält": "halten").
IRREGULAR_VERBS = {
    "hat": "haben", "ist": "sind", "wird": "werden", "war": "waren", "hatte": "hatten", "wurde": "wurden",
    "kann": "können", "will": "wollen", "muss": "müssen", "soll": "sollen", "darf": "dürfen",
    "mag": "mögen", "weiß": "wissen", "hält": "halten", "hielt": "hielten", "gibt": "geben", "gab": "gaben",
    "spricht": "sprechen", "sprach": "sprachen", "sieht": "sehen", "liest": "lesen", "nimmt": "nehmen",
    "trägt": "tragen", "läuft": "laufen", "fährt": "fahren", "schrieb": "schrieben", "tut": "tun",
    "lädt": "laden", "rät": "raten", "berät": "beraten", "vertritt": "vertreten", "tritt": "treten",
    "empfiehlt": "empfehlen", "wirbt": "werben", "verbringt": "verbringen", "bringt": "bringen",
}  # fmt: skip
# Prepositions a topic may be typed with, which our sentences say themselves ("über", "auf").
LEADING_PREPOSITIONS = ("über", "zu", "rund", "um", "bzgl", "bezüglich", "zum", "zur")
# After a preposition, "ihr" is "her" ("mit ihr"): in a message to her, "Ihnen".
PREPOSITIONS = ("mit", "von", "zu", "bei", "nach", "aus", "für", "über", "an", "gegenüber")
PUNCTUATION = ",.;:!?)\u201c\u201d\"'"


def _lower(word):
    return word.lower()  # ASCII only on MicroPython: every table above is in lower case as typed


def _bare(word):
    """A word without the punctuation typed after it, in lower case, for the tables."""
    end = len(word)
    while end and word[end - 1] in PUNCTUATION:
        end -= 1
    return _lower(word[:end])


def _ending(word, table):
    """The value of the longest ending of the word in the table, or ""."""
    bare, found, length = _bare(word), "", 0
    for ending in table:
        if len(ending) > length and bare.endswith(ending):
            found, length = table[ending], len(ending)
    return found


def _is_work(word):
    return _ending(word, WORKS) != ""


def _gender(word):
    return _ending(word, WORKS) or _ending(word, NOUN_GENDERS)


def _owner_ending(word):
    """The ending of a possessive of the person ("seinen": "en"), None if the word is not one."""
    bare = _bare(word)
    for stem in OWNER_STEMS:
        if bare.startswith(stem) and bare[len(stem) :] in ("", "e", "en", "em", "er", "es"):
            return bare[len(stem) :]
    return None


def _capitalized(word):
    return word[:1] != _lower(word[:1])


def _for_sie(verb):
    """A verb after "sie" or "er" as it reads after "Sie": "schreibt": "schreiben", "leitet":
    "leiten", "moderiert": "moderieren", "entwickelt": "entwickeln", "hat": "haben"."""
    bare = _bare(verb)
    tail = verb[len(bare) :]
    if bare in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[bare] + tail
    if bare.endswith("en") or len(bare) < 3:
        return verb
    if bare.endswith("te"):  # "leitete": "leiteten"
        return bare + "n" + tail
    if bare.endswith("iert"):
        return bare[:-1] + "en" + tail
    if (bare.endswith("ert") or bare.endswith("elt")) and not bare.endswith("ielt"):
        return bare[:-1] + "n" + tail  # "ändert": "ändern", "entwickelt": "entwickeln"
    if bare.endswith("et"):
        return bare[:-2] + "en" + tail
    if bare.endswith("t"):
        return bare[:-1] + "en" + tail
    return verb


def _addressed(words):
    """The words told to the person: "ihr", "sein" as "Ihr" with their ending ("seines Teams":
    "Ihres Teams"), "mit ihr" as "mit Ihnen", "sie" or "er" as "Sie" with its verb ("das sie
    geschrieben hat": "das Sie geschrieben haben")."""
    out = list(words)
    for index in range(len(words)):
        bare = _bare(words[index])
        tail = words[index][len(bare) :]
        before = _bare(words[index - 1]) if index else ""
        if bare in ("ihm", "ihnen") or (bare == "ihr" and before in PREPOSITIONS):
            out[index] = "Ihnen" + tail
        elif bare == "ihn":
            out[index] = "Sie" + tail
        elif _owner_ending(words[index]) is not None:
            out[index] = "Ihr" + _owner_ending(words[index]) + tail
        elif bare in ("sie", "er") and index:
            out[index] = "Sie" + tail
            if before in CLAUSE_OPENERS or words[index - 1].endswith(","):
                last = index + 1
                while last < len(words) - 1 and not words[last].endswith(","):
                    last += 1
                if last < len(words) and last > index:
                    out[last] = _for_sie(words[last])
            elif index + 1 < len(words):
                out[index + 1] = _for_sie(words[index + 1])
    return out


def _head(words):
    """The index of the noun a phrase is about: the first capitalized word or work after its
    first word, at most three words on; None when there is none."""
    for index in range(1, min(len(words), 4)):
        if _capitalized(words[index]) or _is_work(words[index]):
            return index
    return None


def _adjectives_for(words, gender, determiner):
    """The describing words between an article and a noun, as the accusative wants them after
    the new determiner: "neuer"/"neue" are "neuen" before a masculine noun; "neue" after "das" is
    "neues" after "Ihr"."""
    out = []
    for word in words:
        bare = _bare(word)
        if _capitalized(word) or bare != word:
            out.append(word)
        elif gender == "m" and bare.endswith("er"):
            out.append(word[:-2] + "en")
        elif gender == "m" and bare.endswith("e"):
            out.append(word + "n")
        elif gender == "n" and determiner in ("das", "dieses") and bare.endswith("e"):
            out.append(word + "s")
        else:
            out.append(word)
    return out


def _accusative(words, theirs):
    """A noun phrase typed in the nominative, in the accusative our sentences need: "der
    digitale Wandel": "den digitalen Wandel", "ihr Vortrag": "Ihren Vortrag"; with theirs, an
    article before a thing of theirs becomes "Ihr-" ("der Post": "Ihren Post")."""
    first = _bare(words[0])
    head = _head(words)
    owner = _owner_ending(words[0])
    if first not in DETERMINERS and owner is None:
        return words
    gender = _gender(words[head]) if head is not None else ""
    gender = gender or DETERMINER_GENDERS.get(first, "") or {"e": "f", "en": "m"}.get(owner, "n")
    middle = words[1:head] if head is not None else []
    rest = words[head:] if head is not None else words[1:]
    if owner is not None or theirs:
        return ["Ihr" + ACCUSATIVE_ENDINGS[gender]] + _adjectives_for(middle, gender, first) + rest
    if gender == "m" and first in ("der", "ein", "dieser"):
        determiner = {"der": "den", "ein": "einen", "dieser": "diesen"}[first]
        return [determiner] + _adjectives_for(middle, gender, first) + rest
    return words


def _closed(words):
    """A phrase that ends in a clause, closed with its comma, as our sentences go on after it:
    "das Team, das Sie leiten," ("Ihre Beiträge über das Team, das Sie leiten, schätze ich")."""
    if [word for word in words[:-1] if word.endswith(",")] and words[-1][-1:] not in PUNCTUATION:
        return words[:-1] + [words[-1] + ","]
    return words


def _without_preposition(words):
    """A topic typed with a preposition our sentence says itself: "über KI": "KI", "zur Zukunft
    der KI": "die Zukunft der KI", "zum Thema Datenschutz": "das Thema Datenschutz"."""
    while len(words) > 1 and _bare(words[0]) in LEADING_PREPOSITIONS:
        first = _bare(words[0])
        words = words[1:]
        if first == "zur":
            words = ["die"] + words
        elif first == "zum":
            gender = _gender(words[_head(["zum"] + words) - 1]) if _head(["zum"] + words) else ""
            if gender in ("m", "n"):
                words = [{"m": "den", "n": "das"}[gender]] + words
    return words


def profile_phrase(words, tone):
    """{"kind", "text"} for the words of a topic seen on their profile (at least one word), in
    any tone: every tone says "Sie".

    kind "work": a thing of theirs, in the accusative, addressed to them, for "Besonders
    interessant fand ich …" ("Ihren Vortrag über Datenschutz", "das Buch, das Sie geschrieben
    haben", "Ihre Gedanken dazu, wie Sie Ihr Team führen"), the sentence's last words; kind
    "subject": what they write about, in the accusative, for "Ihre Beiträge über …" ("die Zukunft
    der KI", "New Work", "den digitalen Wandel"), its clause closed with a comma, as the sentence
    goes on after it."""
    addressed = _addressed(words)
    first = _bare(words[0])
    head = _head(words)
    if first in CLAUSE_WORDS:  # "wie er sein Team führt": "Ihre Gedanken dazu, wie Sie Ihr Team führen"
        lead = ["das,"] if first == "was" else ["Ihre", "Gedanken", "dazu,"]
        return {"kind": "work", "text": " ".join(lead + [first] + addressed[1:])}
    if _owner_ending(words[0]) is not None:
        return {"kind": "work", "text": " ".join(_accusative(addressed, True))}
    if _is_work(words[0]):
        noun = words[0][:1].upper() + words[0][1:]
        gender = _gender(words[0])
        if addressed[1:] != words[1:]:  # "Buch, das sie schrieb": "das Buch, das Sie schrieben"
            article = {"m": "den", "f": "die", "n": "das", "pl": "die"}[gender]
            return {"kind": "work", "text": " ".join([article, noun] + addressed[1:])}
        return {"kind": "work", "text": " ".join(["Ihr" + ACCUSATIVE_ENDINGS[gender], noun] + addressed[1:])}
    if first in DETERMINERS and head is not None and _is_work(words[head]):
        mentions_them = addressed[head + 1 :] != words[head + 1 :]
        return {"kind": "work", "text": " ".join(_accusative(addressed, not mentions_them))}
    words = _without_preposition(addressed)
    return {"kind": "subject", "text": " ".join(_closed(_accusative(words, False)))}


def conversation_phrase(words, tone):
    """What the interview was about, in the accusative, for "unser Austausch über …" and "Ihre
    Sicht auf …": as typed, a thing of theirs addressed to them ("ihr Ansatz": "Ihren Ansatz",
    "die Roadmap ihres Teams": "die Roadmap Ihres Teams"), an article in the accusative ("der
    Fachkräftemangel": "den Fachkräftemangel"), a clause as "die Frage, wie …," and closed with a
    comma, as every sentence goes on after it."""
    words = _without_preposition(_addressed(words))
    if _bare(words[0]) in CLAUSE_WORDS:  # "wie sie ihr Team führt": "die Frage, wie Sie Ihr Team führen,"
        lead = ["das,"] if _bare(words[0]) == "was" else ["die", "Frage,"]
        return " ".join(_closed(lead + [_bare(words[0])] + words[1:]))
    return " ".join(_closed(_accusative(words, False)))


# The gender marks job ads in this language put after a title ("Data Analyst (m/w/d)"): a message
# names the job without them (note.job_title), in every language, as titles are pasted from ads.
JOB_AD_MARKS = (
    "m/w/d",
    "w/m/d",
    "d/m/w",
    "m/d/w",
    "w/d/m",
    "d/w/m",
    "m/w/x",
    "w/m/x",
    "m/w/i",
    "m/w/div",
    "w/m/div",
    "m|w|d",
    "mwd",
    "m/w",
    "w/m",
    "gn",
    "gn*",
    "all genders",
    "alle geschlechter",
)


# How the page names people to the candidate in a panel's summary (verdict_words.person_name):
# with the whole name, not the given name alone, which in German goes with "du".
NAMES_PEOPLE_IN_FULL = True


def joined(names):
    """People in a list: "Dana, Ana und Sam"."""
    return joined_with(names, "und")
