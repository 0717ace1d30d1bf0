"""French: how a message greets a person, topics as candidates type them, addressed to the person
("sa conférence" is "votre conférence"), and which typed words take an elided "d'" or "qu'".

Every message says "vous", in every tone. A warm or brief one greets with the given name, whole
when it is a compound one ("Bonjour Jean-Luc,", "Bonjour Marie Claire,"), as French professionals
do with "vous" on LinkedIn; a formal one with a title written in full and the surname: "Madame
Dubois", "Monsieur de la Tour" (a "Mlle" is "Madame" too), "Docteur Roux", "Professeur Leroy"
("Professeure" for a woman), "Maître Girard". French abbreviates none of them in a salutation. A
title typed another language's way, with a full stop ("Dr.", "Prof."), is kept as typed, as the
person's own. With no title, a formal message greets with the full name ("Bonjour Claire
Dubois,"), which says nothing of the gender; a surname typed alone with no title, "Madame,
Monsieur", for the candidate to correct in "Greet them as".

Topics come as people type them: a subject with its article ("la transformation numérique"), a
thing of theirs ("sa conférence sur l'IA", "ses articles sur le management", "le livre qu'elle a
écrit") or a bare subject ("management", "IA générative"). The sentences put "sur" before a
subject and nothing before a thing of theirs, so a subject always gets an article here.

French elides "de" and "que" before a vowel sound: "le poste d'Analyste", "d'Hôtesse" (a silent
h), but "de Yield Manager" and "de Head of Sales" (sounded). py/worker/engine.py asks elides() for
the typed word after a template's "de" or "que"; a name's own particle ("Ana de Oliveira") stays as
typed. Plain code: it runs on MicroPython too, whose lower() changes only ASCII letters.
"""

from .common import joined_with, plain, rank

COURTESY_TITLES = {
    "m": "male",
    "mme": "female",
    "mlle": "female",
    "monsieur": "male",
    "madame": "female",
    "mademoiselle": "female",
}
ACADEMIC_TITLES = {
    "pr": "",
    "pre": "female",
    "me": "",
    "maître": "",
    "docteur": "",
    "docteure": "female",
    "professeur": "",
    "professeure": "female",
}
# Given names of two words that French people go by whole when written without a hyphen
# ("Marie Claire Petit"); hyphenated ones ("Jean-Luc") are one word already.
COMPOUND_GIVEN_NAMES = (
    ("marie", "claire"), ("marie", "christine"), ("marie", "france"), ("marie", "laure"), ("marie", "hélène"),
    ("marie", "pierre"), ("marie", "anne"), ("marie", "thérèse"), ("marie", "noëlle"), ("marie", "josé"),
    ("marie", "odile"), ("marie", "line"), ("marie", "christophe"), ("anne", "sophie"), ("anne", "laure"),
    ("anne", "claire"), ("anne", "lise"), ("jean", "pierre"), ("jean", "paul"), ("jean", "luc"), ("jean", "marc"),
    ("jean", "louis"), ("jean", "michel"), ("jean", "françois"), ("jean", "baptiste"), ("jean", "claude"),
    ("jean", "philippe"), ("jean", "jacques"), ("jean", "yves"), ("jean", "charles"), ("jean", "christophe"),
    ("jean", "noël"), ("jean", "marie"), ("jean", "sébastien"), ("pierre", "yves"), ("pierre", "alexandre"),
    ("pierre", "louis"), ("pierre", "antoine"), ("marc", "antoine"), ("marc", "olivier"), ("paul", "henri"),
    ("louis", "philippe"), ("charles", "henri"), ("jean", "rené"), ("marie", "ange"), ("marie", "agnès"),
)  # fmt: skip
# The courtesy title for the gender a title gave, written in full as French writes it in a greeting.
ADDRESS = {"female": "Madame", "male": "Monsieur"}
# French titles (as plain words, see common.plain) and the word a greeting spells them with.
FRENCH_TITLES = {
    "me": "Maître",
    "maître": "Maître",
    "dr": "Docteur",
    "docteur": "Docteur",
    "docteure": "Docteure",
    "pr": "Professeur",
    "pre": "Professeure",
    "professeur": "Professeur",
    "professeure": "Professeure",
}
# The degree's word for a woman, when a title tells she is one ("Mme Pr Martin").
FEMININE = {"Professeur": "Professeure"}
# What a surname typed alone is greeted with when nothing tells the gender.
NEUTRAL_ADDRESS = ADDRESS["female"] + ", " + ADDRESS["male"]


def _title(name):
    """The one title a formal French greeting uses: Maître first (lawyers and notaries are
    greeted so), then the highest degree, in full ("Docteur", "Professeure" for a woman), then
    Madame or Monsieur. A degree typed another language's way, with a full stop ("Dr.", "Prof.",
    "Dra."), is left out: French greets a doctor of another field as Madame or Monsieur, and
    "Docteur" would make them a physician. "" when no title says how."""
    typed = [title.split(" ")[0] for title in name["academic"]]
    if [title for title in typed if plain(title) in ("me", "maître")]:
        return "Maître"
    degree = rank(name["academic"])
    for title in typed:
        if degree and rank((title,)) == degree:
            if title.endswith(".") or plain(title) not in FRENCH_TITLES:
                continue
            word = FRENCH_TITLES[plain(title)]
            return FEMININE.get(word, word) if name["gender"] == "female" else word
    return ADDRESS.get(name["gender"], "")


def greeting_name(name, tone):
    """The given name in a warm or brief message; a title and the surname in a formal one, or the
    full name when no title says how. A surname typed alone takes its title in every tone, or
    "Madame, Monsieur" when there is none."""
    if tone != "formal" and name["given"]:
        return name["given"]
    surname = name["surnames"] if name["given"] else name["full"]
    title = _title(name)
    if title and surname:
        return title + " " + surname
    if surname and not name["given"]:
        return NEUTRAL_ADDRESS
    return name["full"]


# Little words that mark a topic as written in French (topics.written_in_another_language).
FUNCTION_WORDS = (
    "le",
    "la",
    "les",
    "de",
    "que",
    "et",
    "un",
    "sa",
    "son",
    "ses",
    "leur",
    "leurs",
    "sur",
    "du",
    "des",
    "au",
    "aux",
    "une",
    "avec",
    "pour",
    "dans",
    "elle",
    "il",
    "qu'elle",
    "qu'il",
    "qu\u2019elle",
    "qu\u2019il",
    "conférence",
    "écrit",
)
QUOTES = ("\u00ab\u00a0", "\u00a0\u00bb")
DECIMAL_MARK = ","

APOSTROPHES = ("'", "\u2019")
# A template's word, elided to its first letters and an apostrophe before a typed word that
# starts with a vowel sound (see elides).
ELIDED = ("de", "que")
VOWELS = "AEIOUYÀÂÆÉÈÊËÎÏÔŒÙÛÜaeiouyàâæéèêëîïôœùûü"
# Words starting with a silent h: "le poste d'Hôtesse", "d'Hygiéniste". Any other h is sounded
# ("de Head of Sales", "de Hardware Engineer"), as job titles in English are.
SILENT_H = (
    "habilitation", "habillage", "habilleur", "habilleuse", "habitat", "habitation", "haltérophile", "harmonie",
    "harmoniste", "hébergement", "hébergeur", "hélicoptère", "hématologue", "hépatologue", "herboriste",
    "héritage", "heure", "heures", "histoire", "historien", "historienne", "histologiste", "homéopathe", "homme",
    "hommes", "honoraires", "hôpital", "hôpitaux", "horaire", "horaires", "horloger", "horlogère", "horlogerie",
    "horticulteur", "horticultrice", "horticulture", "hospitalier", "hospitalière", "hôte", "hôtel", "hôtelier",
    "hôtelière", "hôtellerie", "hôtels", "hôtes", "hôtesse", "hôtesses", "huissier", "huissière", "huile",
    "humanitaire", "humoriste", "hydraulicien", "hydraulicienne", "hydraulique", "hydrogène", "hydrologue",
    "hygiène", "hygiéniste", "hypnothérapeute", "hypothèque", "hypothécaire", "hébergeuse",
)  # fmt: skip
# English words starting with a vowel letter and a consonant sound: "le poste de User Researcher".
SOUNDED_U = ("user", "users", "unity", "unix", "universal", "usability")


def _letters(word):
    """The word's first run of letters (up to a hyphen, slash, apostrophe or bracket), in lower case
    for comparing with the lists above (accented capitals are rare at the start of a job title)."""
    out = []
    for char in word:
        if char in "-/'\u2019()[],.;:!?\u00a0 ":
            break
        out.append(char)
    return "".join(out).lower()


def elides(word):
    """Whether "de" or "que" becomes "d'" or "qu'" before this typed word: before a vowel sound,
    a vowel ("d'Analyste"), a silent h ("d'Hôtesse"), a "Y" before a consonant ("d'Yvelines");
    not before a sounded h ("de Head of Sales", "de Hardware Engineer"), a "Y" before a vowel
    ("de Yield Manager", "de Yoga"), an English "u" said "you" ("de User Researcher"), or a
    consonant."""
    if not word:
        return False
    first, lower = word[0], _letters(word)
    if first in "Hh":
        return lower in SILENT_H
    if first in "Yy":
        return len(word) > 1 and word[1] not in VOWELS
    if lower in SOUNDED_U:
        return False
    return first in VOWELS


def _elided_de(word):
    """ "de" before a word, elided as French says it: "de management", "d'IA générative"."""
    return ("d'" + word) if elides(word) else ("de " + word)


# Determiners a typed topic starts with, in lower case, with what "sur" takes instead
# ("sur du management" is "sur le management").
ARTICLES = {
    "le": "le",
    "la": "la",
    "les": "les",
    "un": "un",
    "une": "une",
    "des": "les",
    "du": "le",
    "ce": "ce",
    "cet": "cet",
    "cette": "cette",
    "ces": "ces",
}
# Their things, and yours: what a message to them says for each.
POSSESSIVES = {
    "sa": "votre",
    "son": "votre",
    "ses": "vos",
    "leur": "votre",
    "leurs": "vos",
    "votre": "votre",
    "vos": "vos",
}
# Words a candidate may start a topic with that our sentences already say ("sur", "au sujet de").
LEADING_PREPOSITIONS = (
    ("au", "sujet", "de"), ("au", "sujet", "du"), ("au", "sujet", "des"), ("à", "propos", "de"), ("à", "propos", "du"),
    ("à", "propos", "des"), ("autour", "de"), ("autour", "du"), ("autour", "des"), ("concernant",), ("sur",),
    ("à", "propos", "d'"), ("au", "sujet", "d'"), ("autour", "d'"),
)  # fmt: skip
# Things a person makes or shares: a topic naming one (after an article) is a thing of theirs.
WORKS = (
    "conférence", "conférences", "intervention", "interventions", "article", "articles", "post", "posts",
    "publication", "publications", "livre", "livres", "ouvrage", "ouvrages", "podcast", "podcasts", "vidéo",
    "vidéos", "webinaire", "webinaires", "webinar", "webinars", "newsletter", "newsletters", "billet", "billets",
    "chronique", "chroniques", "tribune", "tribunes", "keynote", "keynotes", "talk", "talks", "atelier",
    "ateliers", "présentation", "présentations", "étude", "études", "rapport", "rapports", "thèse", "projet",
    "projets", "interview", "interviews", "témoignage", "témoignages", "masterclass", "formation", "formations",
    "cours", "blog", "commentaire", "commentaires", "message", "messages", "carrousel", "carrousels", "démo",
    "travaux", "recherches", "émission", "épisode", "épisodes", "série", "analyse", "analyses", "contribution",
    "contributions", "table", "livre-blanc", "guide", "mooc", "lancement", "retour", "retours", "parcours",
)  # fmt: skip
# Endings that tell a bare subject's gender reliably enough to give it its article.
FEMININE_ENDINGS = ("tion", "sion", "ité", "ance", "ence", "ure")
MASCULINE_ENDINGS = ("ment", "isme", "ing", "ship")

# Verbs after "elle" or "il" as they read after "vous" ("elle a écrit": "vous avez écrit").
IRREGULAR_VERBS = {
    "a": "avez", "est": "êtes", "fait": "faites", "dit": "dites", "va": "allez", "peut": "pouvez",
    "veut": "voulez", "doit": "devez", "sait": "savez", "écrit": "écrivez", "lit": "lisez", "prend": "prenez",
    "met": "mettez", "tient": "tenez", "vient": "venez", "gère": "gérez", "mène": "menez", "conduit": "conduisez",
    "produit": "produisez", "construit": "construisez", "défend": "défendez", "suit": "suivez", "vit": "vivez",
    "voit": "voyez", "connaît": "connaissez", "promeut": "promouvez", "soutient": "soutenez", "dirige": "dirigez",
    "a-t-elle": "avez-vous", "anime": "animez", "crée": "créez", "partage": "partagez", "mène-t-elle": "menez-vous",
    "possède": "possédez", "cède": "cédez", "préfère": "préférez", "interprète": "interprétez", "décrit": "décrivez",
    "réfléchit": "réfléchissez", "agit": "agissez", "réussit": "réussissez", "choisit": "choisissez",
}  # fmt: skip
# Pronouns that may stand between the subject and its verb ("qu'elle nous a présentée").
OBJECT_PRONOUNS = ("nous", "lui", "leur", "en", "y", "ne", "n'", "les", "le", "la", "l'")
SUBJECTS = ("elle", "il")
# Words after which "elle" is not a subject but theirs: "par elle" is "par vous".
AFTER = ("par", "avec", "pour", "selon", "de", "chez")


def _lower(word):
    """A word in lower case, with a typographic apostrophe as a straight one, for the tables."""
    return word.replace("\u2019", "'").lower()


def _for_vous(verb):
    """A verb after "elle" as it reads after "vous", or "" when it is not one we can tell."""
    lower = _lower(verb)
    if lower.startswith("n'") and len(lower) > 2:
        rest = _for_vous(verb[2:])
        return ("n'" + rest) if rest else ""
    if lower in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[lower]
    if lower.endswith("ait") and len(lower) > 4:
        return verb[:-3] + "iez"  # "publiait": "publiiez"
    if lower.endswith("ra") and len(lower) > 4:
        return verb + "z"  # "animera": "animerez"
    if lower.endswith("e") and len(lower) > 3:
        return verb + "z"  # "anime": "animez"
    return ""


def _split_elided(word):
    """("qu'", "elle") for "qu'elle", ("l'", "IA") for "l'IA", ("", word) without an apostrophe."""
    for mark in APOSTROPHES:
        at = word.find(mark)
        if 0 < at < 3 and at < len(word) - 1:
            return word[: at + 1], word[at + 1 :]
    return "", word


def _addressed(words):
    """Their deeds and things told to them: "qu'elle a écrit" is "que vous avez écrit", "son
    équipe" "votre équipe", "lui" "vous"."""
    out, index = [], 0
    while index < len(words):
        word = words[index]
        lower = _lower(word)
        prefix, rest = _split_elided(word)
        subject = _lower(rest) if _lower(prefix) == "qu'" else lower
        if subject in SUBJECTS and index + 1 < len(words):
            verb_at = index + 1
            while verb_at < len(words) - 1 and _lower(words[verb_at]) in OBJECT_PRONOUNS:
                verb_at += 1
            verb = _for_vous(words[verb_at])
            if verb:
                out.extend(["que", "vous"] if _lower(prefix) == "qu'" else ["vous"])
                out.extend(words[index + 1 : verb_at])
                out.append(verb)
                index = verb_at + 1
                continue
        if lower in POSSESSIVES:
            out.append(POSSESSIVES[lower])
        elif lower == "lui" or (lower in SUBJECTS and index and _lower(words[index - 1]) in AFTER):
            out.append("vous")  # "le livre écrit par elle": "… par vous"
        else:
            out.append(word)
        index += 1
    return out


def _without_preposition(words):
    """The topic without a leading "sur", "au sujet de", "à propos du"…: our sentences say it.
    A "du" or "des" it ends on stays, as the article it holds ("à propos du recrutement")."""
    lowered = [_lower(word) for word in words]
    for preposition in LEADING_PREPOSITIONS:
        size = len(preposition)
        last = preposition[-1]
        if last == "d'" and len(words) >= size and lowered[size - 1].startswith("d'"):
            if tuple(lowered[: size - 1]) == preposition[:-1]:
                return [words[size - 1][2:]] + words[size:]
            continue
        if len(words) > size and tuple(lowered[:size]) == preposition:
            if last in ("du", "des"):
                return [words[size - 1]] + words[size:]
            return words[size:]
    return words


CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÉÈÊÎÔÛÇ"
SMALL = "abcdefghijklmnopqrstuvwxyzàâéèêîôûç"


def _in_lower_case(word):
    """A word's first letter in lower case ("La" is "la", "Évaluation" "évaluation"), the same on
    MicroPython, whose lower() knows only ASCII."""
    first = word[0]
    if first in CAPITALS:
        first = SMALL[CAPITALS.index(first)]
    return first + word[1:]


def _is_acronym(word):
    letters = [char for char in word if char.isalpha()]
    return len(letters) > 1 and word.upper() == word


def _with_article(words):
    """A bare subject with the article it needs after "sur": "l'" before a vowel sound
    ("l'IA générative"), "les" for a plural, "la" or "le" where the ending tells the gender
    ("la transformation numérique", "le recrutement"), else "les questions de" ("les questions
    de marque employeur"). A name ("Kubernetes") stays as typed."""
    first = words[0]
    rest = words[1:]
    if first[0] in CAPITALS and not _is_acronym(first):
        if not rest and not _lower(first).endswith(FEMININE_ENDINGS + MASCULINE_ENDINGS):
            return words  # a name: "Kubernetes", "Python"
        first = _in_lower_case(first)
    lower = _lower(first)
    if not _is_acronym(first) and (lower.endswith("s") or lower.endswith("x")) and len(lower) > 3:
        return ["les", first] + rest
    if elides(first):
        return ["l'" + first] + rest
    if not _is_acronym(first) and lower.endswith(FEMININE_ENDINGS):
        return ["la", first] + rest
    if not _is_acronym(first) and lower.endswith(MASCULINE_ENDINGS):
        return ["le", first] + rest
    return ["les", "questions", _elided_de(first)] + rest


def _determiner(word):
    """The topic's first word as a determiner ("la", "l'", "du"), in lower case, or ""."""
    lower = _lower(word)
    prefix, _rest = _split_elided(word)
    if _lower(prefix) in ("l'", "d'"):
        return _lower(prefix)
    return lower if lower in ARTICLES else ""


def _subject(words):
    """A subject after "sur", with its article, addressed to them."""
    words = _without_preposition(words) or words
    first = _determiner(words[0])
    if first == "d'":  # "d'IA générative": "l'IA générative"
        return " ".join(["l'" + _split_elided(words[0])[1]] + _addressed(words[1:]))
    if first == "l'":
        return " ".join(["l'" + _split_elided(words[0])[1]] + _addressed(words[1:]))
    if first == "de" or (first == "" and _lower(words[0]) == "de" and len(words) > 1):
        return _subject(words[1:])
    if first:
        return " ".join([ARTICLES[first]] + _addressed(words[1:]))
    if _lower(words[0]) in POSSESSIVES:
        return " ".join([POSSESSIVES[_lower(words[0])]] + _addressed(words[1:]))
    return " ".join(_addressed(_with_article(words)))


def _work(words):
    """A thing of theirs, addressed to them, or None when the topic does not name one: "sa
    conférence sur l'IA" is "votre conférence sur l'IA", "un article sur X" "votre article sur X",
    "le livre qu'elle a écrit" "le livre que vous avez écrit"."""
    lower = _lower(words[0])
    if lower in POSSESSIVES:
        return " ".join([POSSESSIVES[lower]] + _addressed(words[1:]))
    determiner = _determiner(words[0])
    if not determiner or determiner == "d'":
        return None
    if determiner == "l'":
        head, rest = _split_elided(words[0])[1], words[1:]
    else:
        head, rest = (words[1] if len(words) > 1 else ""), words[2:]
    if _lower(head) not in WORKS:
        return None
    addressed = _addressed(words)
    if addressed != words:  # "le livre qu'elle a écrit": "le livre que vous avez écrit"
        return " ".join([_in_lower_case(addressed[0])] + addressed[1:])
    plural = determiner in ("les", "des", "ces")
    return " ".join(["vos" if plural else "votre", head] + _addressed(rest))


def profile_phrase(words, tone):
    """{"kind", "text"} for the words of a topic seen on their profile (at least one word), in
    any tone: French says "vous" in every one.

    kind "work": a thing of theirs, addressed to them ("votre conférence sur l'IA", "le livre que
    vous avez écrit"); kind "subject": what they write about, with its article, to follow "sur"
    ("la transformation numérique", "les questions de management")."""
    work = _work(_without_preposition(words) or words)
    if work:
        return {"kind": "work", "text": work}
    return {"kind": "subject", "text": _subject(words)}


def conversation_phrase(words, tone):
    """What the interview was about, to follow "sur" ("notre échange sur…"): with its article,
    their things addressed to them ("la feuille de route de son équipe": "… de votre équipe")."""
    return _subject(words)


# The gender marks job ads in this language put after a title ("Chargé de projet H/F"): a message
# names the job without them (note.job_title), in every language, as titles are pasted from ads.
JOB_AD_MARKS = ("h/f", "f/h", "h/f/x", "f/h/x", "h/f/nb", "f/h/nb", "x/h/f", "h/f/d", "f/h/d")

# French writes the first of the month as an ordinal, "le dimanche 1er mars", and every other day
# as a number (dates.format_pattern; tools/catalogs.py compiles it into the catalog).
DATE_PATTERNS = {"first_day": "1er"}


def joined(names):
    """People in a list: "Dana, Ana et Sam"."""
    return joined_with(names, "et")
