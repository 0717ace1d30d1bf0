"""Brazilian Portuguese: how a message greets a person, and topics as candidates type them,
addressed to the person they are about.

Register: "você" in every tone. Brazilian recruiters keep "você" in formal writing too ("o
senhor" / "a senhora" reads stiff to an interviewer, and needs a gender we rarely know); the
formal tone is in the wording: "Prezada", "gostaria", "Atenciosamente".

Greetings. A warm or brief message greets with the given name, whole when it is a compound one
("Olá, João Pedro!"), with the doctor's or professor's title Brazilians keep even between
colleagues ("Olá, Dra. Beatriz!"); a courtesy title (Sr., Sra.) or an engineer's (Eng.ª) is left
out there. A formal one uses a title, the given name and the last surname, as Brazilian business
writing does ("Prezada Sra. Ana Souza,", "Prezado Sr. Renato dos Santos,"): the degree in the
person's gender where a title gave it ("Dr." and "Sra." make "Dra."; "Frau Dr." too), an
engineer's "Eng."/"Eng.ª" as typed, else Sr. or Sra. when a title gave the gender; with no title,
the given name and the last surname ("Prezado(a) Maria Eduarda Costa,"). One title only: "Profa.
Dra. Luciana Martins" is "Profa. Luciana Martins". A surname typed alone is said without its
Portuguese particle ("de Oliveira": "Oliveira"), as Brazilians say it.

Topics. People type what they saw on a profile the way they would say it: "a palestra dela sobre
IA", "o livro que ela escreveu", "os posts dele sobre liderança", "transformação digital". The
first three are things the interviewer made (kind "work"), the last a subject. A work is told to
them: "dela"/"dele" become the possessive before the noun ("a palestra dela" is "a sua palestra"),
"ela"/"ele" become "você" (the verb stays: "que você escreveu"). Our work sentences take it after
"de" ("Gostei muito da sua palestra sobre IA."), so the text comes with "de" contracted with its
article ("da", "do", "das", "dos"). A subject follows "sobre", which takes no contraction.

Runs on MicroPython: no re, no str.title(); lower() only changes ASCII letters there, so the
tables below spell accented letters in lower case, as they are typed inside a word.
"""

from .common import PARTICLES, joined_with, plain, rank

COURTESY_TITLES = {
    "sr": "male",
    "sra": "female",
    "srta": "female",
    "senhor": "male",
    "senhora": "female",
    "dona": "female",
}
# Titles that say nothing of gender in other languages but do in Portuguese: "Dr." is a man's, a
# woman is "Dra." (names.gender_of, for the salutation: "Prezado Dr. Paulo Mendes,").
TITLE_GENDERS = {"dr": "male"}
ACADEMIC_TITLES = {
    "dra": "female",
    "drª": "female",
    "profa": "female",
    "profª": "female",
    "eng": "male",
    "engª": "female",
    "enga": "female",
    "doutor": "male",
    "doutora": "female",
    "professora": "female",
}
COMPOUND_GIVEN_NAMES = (
    ("joão", "pedro"), ("joão", "paulo"), ("joão", "vitor"), ("joão", "victor"), ("joão", "gabriel"),
    ("joão", "lucas"), ("joão", "guilherme"), ("joão", "miguel"), ("joão", "carlos"), ("joão", "marcos"),
    ("joão", "batista"), ("joao", "pedro"), ("joao", "paulo"), ("joao", "vitor"), ("joao", "victor"),
    ("ana", "paula"), ("ana", "carolina"), ("ana", "luiza"), ("ana", "luísa"), ("ana", "beatriz"),
    ("ana", "clara"), ("ana", "maria"), ("ana", "júlia"), ("ana", "laura"), ("ana", "lúcia"),
    ("ana", "cristina"), ("ana", "flávia"), ("ana", "cláudia"), ("ana", "luíza"), ("ana", "lívia"),
    ("maria", "eduarda"), ("maria", "clara"), ("maria", "luiza"), ("maria", "luísa"), ("maria", "fernanda"),
    ("maria", "alice"), ("maria", "júlia"), ("maria", "cecília"), ("maria", "helena"), ("maria", "vitória"),
    ("maria", "cristina"), ("maria", "josé"), ("maria", "aparecida"), ("maria", "teresa"), ("maria", "tereza"),
    ("maria", "lúcia"), ("maria", "inês"), ("maria", "isabel"), ("maria", "antônia"), ("maria", "gabriela"),
    ("maria", "de", "lourdes"), ("maria", "das", "graças"), ("maria", "da", "conceição"),
    ("maria", "do", "carmo"), ("maria", "de", "fátima"), ("maria", "da", "penha"),
    ("pedro", "henrique"), ("pedro", "paulo"), ("luiz", "henrique"), ("luís", "henrique"),
    ("paulo", "henrique"), ("paulo", "roberto"), ("paulo", "césar"), ("júlio", "césar"),
    ("carlos", "eduardo"), ("carlos", "alberto"), ("carlos", "henrique"), ("luiz", "fernando"),
    ("luís", "fernando"), ("luiz", "felipe"), ("luís", "felipe"), ("luiz", "gustavo"), ("luiz", "eduardo"),
    ("luiz", "otávio"), ("luiz", "carlos"), ("josé", "carlos"), ("josé", "roberto"), ("josé", "antônio"),
    ("josé", "luiz"), ("josé", "ricardo"), ("josé", "eduardo"), ("antônio", "carlos"), ("marco", "antônio"),
    ("marcos", "vinícius"), ("marcus", "vinícius"), ("luiz", "antônio"), ("jean", "carlos"),
)  # fmt: skip

# The title a greeting writes, by the degree and the gender a title gave.
DEGREES = {
    ("doctor", "female"): "Dra.",
    ("doctor", "male"): "Dr.",
    ("doctor", ""): "Dr.",
    ("professor", "female"): "Profa.",
    ("professor", "male"): "Prof.",
    ("professor", ""): "Prof.",
}
# Brazilian titles kept as typed, when typed: the ordinal forms ("Dr.ª", "Prof.ª") and an
# engineer's (formal only).
AS_TYPED = ("drª", "profª")
ENGINEER = ("eng", "engª", "enga")
ADDRESS = {"female": "Sra.", "male": "Sr."}
# The particles a Brazilian surname starts with; a surname said alone goes without them.
OWN_PARTICLES = ("de", "da", "do", "das", "dos")


def _degree_title(name):
    """The doctor's or professor's title, in the person's gender: "Dra." for "Dr." and "Sra.",
    the Brazilian ordinal form as typed ("Prof.ª"); "" for no degree."""
    degree = rank(name["academic"])
    if not degree:
        return ""
    for title in name["academic"]:
        if plain(title) in AS_TYPED and name["gender"] != "male":
            return title
    return DEGREES[(degree, name["gender"])]


def _formal_title(name):
    """The one title of a formal greeting: the degree, else an engineer's as typed, else Sr. or
    Sra. for the gender a title gave (another language's "Lic." says none)."""
    title = _degree_title(name)
    if title:
        return title
    for title in name["academic"]:
        if plain(title) in ENGINEER:
            return title
    if plain(name["courtesy"]) == "srta":
        return name["courtesy"]
    return ADDRESS.get(name["gender"], "")


def _surname_alone(family):
    """A surname said alone, as Brazilians say it: without its Portuguese particle ("dos Santos":
    "Santos"); another language's particles stay ("de la Tour", "van Beethoven")."""
    words = family.split(" ")
    start = 0
    while start < len(words) - 1 and words[start] in OWN_PARTICLES:
        start += 1
    if start and words[start] in PARTICLES:
        return family
    return " ".join(words[start:])


def greeting_name(name, tone):
    """How a message greets the person (name: names.parse's parts).

    warm, brief: the given name, after a doctor's or professor's title ("Dra. Beatriz");
    formal: a title, the given name and the last surname ("Sra. Ana Souza"), or the given name
    and the last surname when no title says how. A surname typed alone takes its title, if any.
    """
    family = name["family"]
    if not name["given"]:
        family = _surname_alone(family)
    if tone == "formal":
        title = _formal_title(name)
        person = " ".join(part for part in (name["given"], family) if part)
    else:
        title = _degree_title(name)
        person = name["given"]
        if not person:
            title = _formal_title(name)
            person = family
    if not person:
        return name["full"]
    if title:
        return title + " " + person
    return person


# Little words that mark a topic as written in Portuguese (topics.written_in_another_language:
# a topic is another language's only when more of its words are that language's alone).
FUNCTION_WORDS = (
    "a",
    "as",
    "de",
    "do",
    "o",
    "os",
    "um",
    "uma",
    "da",
    "das",
    "dos",
    "na",
    "nas",
    "nos",
    "em",
    "com",
    "e",
    "sobre",
    "pela",
    "pelo",
    "ao",
    "dela",
    "dele",
    "delas",
    "deles",
    "ela",
    "ele",
    "você",
    "seu",
    "sua",
    "seus",
    "suas",
    "palestra",
    "livro",
    "escreveu",
)
QUOTES = ("\u201c", "\u201d")
DECIMAL_MARK = ","

# Determiners before a thing, with its gender and number ("m"/"f", "s"/"p"); possessives too.
DETERMINERS = {
    "o": "ms", "a": "fs", "os": "mp", "as": "fp", "um": "ms", "uma": "fs", "uns": "mp", "umas": "fp",
    "esse": "ms", "essa": "fs", "esses": "mp", "essas": "fp", "este": "ms", "esta": "fs",
    "estes": "mp", "estas": "fp", "aquele": "ms", "aquela": "fs",
}  # fmt: skip
POSSESSIVES = {"seu": "ms", "sua": "fs", "seus": "mp", "suas": "fp"}
POSSESSIVE = {"ms": "seu", "fs": "sua", "mp": "seus", "fp": "suas"}
ARTICLE = {"ms": "o", "fs": "a", "mp": "os", "fp": "as"}
# "de" with the definite article: what our work sentences put before a thing of theirs.
OF_THE = {"ms": "do", "fs": "da", "mp": "dos", "fp": "das"}
# Articles contracted with a preposition, and their gender and number (a possessive goes after them).
CONTRACTED = {
    "do": "ms", "da": "fs", "dos": "mp", "das": "fp", "no": "ms", "na": "fs", "nos": "mp", "nas": "fp",
    "ao": "ms", "à": "fs", "aos": "mp", "às": "fp", "pelo": "ms", "pela": "fs", "pelos": "mp", "pelas": "fp",
}  # fmt: skip
# Things a person makes or shares, with their gender and number: a topic whose noun is one (after
# a determiner or possessive and at most one describing word) is a thing of theirs.
WORKS = {
    "palestra": "fs", "palestras": "fp", "fala": "fs", "falas": "fp", "post": "ms", "posts": "mp",
    "postagem": "fs", "postagens": "fp", "publicação": "fs", "publicações": "fp", "artigo": "ms",
    "artigos": "mp", "texto": "ms", "textos": "mp", "livro": "ms", "livros": "mp", "ebook": "ms",
    "e-book": "ms", "podcast": "ms", "podcasts": "mp", "episódio": "ms", "episódios": "mp", "vídeo": "ms",
    "vídeos": "mp", "video": "ms", "videos": "mp", "live": "fs", "lives": "fp", "entrevista": "fs",
    "entrevistas": "fp", "newsletter": "fs", "webinar": "ms", "webinars": "mp", "webinário": "ms",
    "painel": "ms", "apresentação": "fs", "apresentações": "fp", "keynote": "fs", "talk": "fs",
    "curso": "ms", "cursos": "mp", "aula": "fs", "aulas": "fp", "masterclass": "fs", "workshop": "ms",
    "workshops": "mp", "mentoria": "fs", "projeto": "ms", "projetos": "mp", "pesquisa": "fs",
    "pesquisas": "fp", "estudo": "ms", "estudos": "mp", "relatório": "ms", "análise": "fs",
    "análises": "fp", "tese": "fs", "paper": "ms", "papers": "mp", "comentário": "ms", "comentários": "mp",
    "thread": "fs", "carrossel": "ms", "série": "fs", "blog": "ms", "canal": "ms", "coluna": "fs",
    "reportagem": "fs", "participação": "fs", "depoimento": "ms", "dicas": "fp", "reflexões": "fp",
    "conteúdo": "ms", "conteúdos": "mp", "trabalho": "ms", "trabalhos": "mp", "case": "ms", "cases": "mp",
}  # fmt: skip
# Describing words that come before the noun ("o último post dela").
BEFORE_NOUN = ("último", "última", "últimos", "últimas", "novo", "nova", "novos", "novas", "recente", "ótima", "ótimo")
# Whose a thing is, said in the third person: in a message to them, it is theirs.
THEIRS = ("dela", "dele")
# The person, in the third person: in a message to them, "você" (the verb is the same).
THEY = ("ela", "ele")


def _lower(word):
    return word.lower()  # ASCII only on MicroPython: the tables spell accented letters in lower case


def _gender_of(word):
    """The gender and number of a noun we do not list, by its ending: "equipe" and "roadmap" are
    guesses, so a listed word wins."""
    lower = _lower(word)
    if lower in WORKS:
        return WORKS[lower]
    plural = lower.endswith("s") and len(lower) > 3
    stem = lower[:-1] if plural else lower
    female = stem.endswith("a") or stem.endswith("ção") or stem.endswith("dade") or stem.endswith("agem")
    return ("f" if female else "m") + ("p" if plural else "s")


def _addressed(words):
    """Their things and deeds told to them: "o time dela" is "o seu time", "a equipe dele" "a sua
    equipe", "que ela escreveu" "que você escreveu". A "dela" is moved before the noun it follows,
    after that noun's article (contracted or not), in the noun's gender and number."""
    out = []
    for word in words:
        lower = _lower(word)
        if lower in THEIRS and out:
            noun = len(out) - 1
            article = noun - 1 if noun and _lower(out[noun - 1]) in BEFORE_NOUN else noun
            if article and _lower(out[article - 1]) in DETERMINERS:
                kind = DETERMINERS[_lower(out[article - 1])]
            elif article and _lower(out[article - 1]) in CONTRACTED:
                kind = CONTRACTED[_lower(out[article - 1])]
            else:
                kind = _gender_of(out[noun])
            out.insert(article, POSSESSIVE[kind])
        elif lower in THEY:
            out.append("você")  # a topic goes in the middle of our sentences
        else:
            out.append(word)
    return out


def _with_small_article(words):
    """A leading article in lower case, as in the middle of a sentence ("A transformação digital":
    "a transformação digital"); a leading "sobre" dropped, as our sentences say it."""
    if words and _lower(words[0]) == "sobre" and len(words) > 1:
        words = words[1:]
    if words and _lower(words[0]) in DETERMINERS:
        words = [_lower(words[0])] + words[1:]
    return words


def _work(words):
    """A thing of theirs after "de", or None when the words do not name one: "a palestra dela
    sobre IA" is "da sua palestra sobre IA", "o livro que ela escreveu" "do livro que você
    escreveu", "um post sobre onboarding" "do seu post sobre onboarding"."""
    start, kind = 0, ""
    first = _lower(words[0])
    if first in DETERMINERS:
        start, kind = 1, DETERMINERS[first]
    if start < len(words) and _lower(words[start]) in POSSESSIVES:
        kind = POSSESSIVES[_lower(words[start])]
        start += 1
    rest = words[start:]
    noun = 1 if len(rest) > 1 and _lower(rest[0]) in BEFORE_NOUN else 0
    if noun >= len(rest) or _lower(rest[noun]) not in WORKS:
        return None
    kind = kind or WORKS[_lower(rest[noun])]
    if noun + 1 < len(rest) and _lower(rest[noun + 1]) in THEIRS:  # "a palestra dela": theirs
        rest = rest[: noun + 1] + rest[noun + 2 :]
    elif [word for word in rest if _lower(word) in THEY or _lower(word) == "que"]:
        # "o livro que ela escreveu": whose it is, the clause says
        return OF_THE[kind] + " " + " ".join(_addressed(rest))
    return OF_THE[kind] + " " + POSSESSIVE[kind] + " " + " ".join(_addressed(rest))


def profile_phrase(words, tone):
    """{"kind", "text"} for the words of a topic seen on their profile (at least one word), in
    any tone: "você" in every one.

    kind "work": a thing of theirs, addressed to them, after "de" contracted ("da sua palestra
    sobre IA", "do livro que você escreveu"); kind "subject": what they write about, to follow
    "sobre" ("transformação digital", "a transformação digital").
    """
    work = _work(words)
    if work:
        return {"kind": "work", "text": work}
    return {"kind": "subject", "text": " ".join(_addressed(_with_small_article(words)))}


def conversation_phrase(words, tone):
    """What the interview was about, to follow "sobre": as typed, their things addressed to them
    ("o roadmap do time dela": "o roadmap do seu time"), a leading article in lower case."""
    return " ".join(_addressed(_with_small_article(words)))


# The gender marks job ads in Brazil put after a title ("Analista de Dados (M/F)", "Vendedor - H/M"):
# a message names the job without them (note.job_title), in every language.
JOB_AD_MARKS = ("m/f", "f/m", "h/m", "m/h", "todos os gêneros")


def joined(names):
    """People in a list: "Dana, Ana e Sam"."""
    return joined_with(names, "e")
