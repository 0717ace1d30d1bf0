"""Spanish: how a message greets a person, and topics as candidates type them, addressed to the
person in the register of the tone.

Register: tú in the warm and brief tones, usted in the formal one, as a recruiter in Spain or Latin
America writes a first message to someone they are about to meet.

Greetings: a warm or brief message greets with the given name, whole when it is a compound one
("Hola, María José."). A formal one uses one title and the first surname ("Estimada Sra. Ruiz:",
"Estimado Sr. De la Fuente:"): a doctor's or professor's degree in the person's gender where a
title gave it ("Dra. Souza"), else a Spanish professional title as typed ("Lic. Ruiz", "Ing.
Ortega"), else Sr. or Sra. when a title gave the gender ("Srta." is greeted "Sra.", as recruiters
do now); with no title, the given name and the first surname ("Juan Carlos de la Fuente"). A
surname without its given name capitalises its particle, as Spanish writes it ("Sr. De la Fuente",
"Van Beethoven").

Topics: people type what they saw on a profile as they would say it: "su charla sobre IA
generativa", "el libro que escribió", "sus publicaciones sobre liderazgo", "la transformación
digital". The first three are things the interviewer made (kind "work"), addressed to them in the
tone's register ("tu charla", "el libro que escribiste"; "su charla", "el libro que escribió" with
usted); the last is a subject. Several things ("tus publicaciones") are said with the verb that
fits them ("leer tus publicaciones"), so that "Me gustó mucho …" agrees.
"""

from .common import PARTICLES, joined_with, plain, rank

COURTESY_TITLES = {
    "sr": "male",
    "sra": "female",
    "srta": "female",
    "señor": "male",
    "señora": "female",
    "señorita": "female",
    "don": "male",
    "doña": "female",
    "dña": "female",
}
ACADEMIC_TITLES = {
    "dra": "female",
    "doctora": "female",
    "lic": "",
    "lcda": "female",
    "lcdo": "male",
    "licda": "female",
    "licdo": "male",
    "ing": "",
    "inga": "female",
    "arq": "",
    "profa": "female",
    "profesor": "male",
    "profesora": "female",
    "mtro": "male",
    "mtra": "female",
}
# Titles that say nothing of gender in other languages but do in Spanish: "Dr." is a man's, a woman
# is "Dra." (names.gender_of, for the salutation: "Estimado Dr. García:").
TITLE_GENDERS = {"dr": "male"}
COMPOUND_GIVEN_NAMES = (
    ("maría", "del", "carmen"), ("maría", "del", "pilar"), ("maría", "del", "mar"), ("maría", "de", "los", "ángeles"),
    ("maría", "del", "rosario"), ("maría", "de", "la", "luz"), ("maría", "del", "rocío"), ("maría", "de", "jesús"),
    ("maría", "josé"), ("josé", "maría"), ("juan", "carlos"), ("juan", "pablo"), ("josé", "luis"), ("josé", "antonio"),
    ("josé", "manuel"), ("juan", "josé"), ("juan", "manuel"), ("juan", "antonio"), ("maría", "luisa"),
    ("maría", "teresa"), ("maría", "isabel"), ("maría", "elena"), ("ana", "maría"), ("ana", "isabel"),
    ("luis", "miguel"), ("miguel", "ángel"), ("maría", "fernanda"), ("maría", "jesús"), ("francisco", "javier"),
    ("josé", "ignacio"), ("josé", "carlos"), ("pedro", "pablo"), ("maría", "dolores"), ("rosa", "maría"),
    ("maría", "victoria"), ("maría", "eugenia"), ("maría", "cristina"), ("maría", "alejandra"), ("juan", "ignacio"),
    ("luis", "fernando"), ("maría", "ángeles"), ("maría", "paz"), ("maría", "soledad"), ("maría", "josefa"),
    ("josé", "francisco"), ("juan", "francisco"), ("juan", "luis"), ("juan", "diego"), ("juan", "andrés"),
    ("juan", "sebastián"), ("juan", "esteban"), ("juan", "felipe"), ("juan", "david"), ("juan", "camilo"),
    ("josé", "javier"), ("josé", "ramón"), ("josé", "miguel"), ("luis", "alberto"), ("luis", "enrique"),
    ("carlos", "alberto"), ("jorge", "luis"), ("ana", "belén"), ("ana", "lucía"), ("maría", "belén"),
    ("maría", "laura"), ("maría", "paula"), ("maría", "camila"), ("maría", "gabriela"), ("maría", "inés"),
    ("maría", "mercedes"), ("maría", "antonia"), ("maría", "carmen"), ("maría", "pilar"), ("maría", "rosa"),
    ("maría", "lourdes"), ("maría", "belén"),
)  # fmt: skip
# The courtesy title a formal greeting uses when a title gave the gender ("Srta." included).
ADDRESS = {"female": "Sra.", "male": "Sr."}
# How Spanish writes a degree of any language ("Dr. med.", "Prof. Dr.") in a greeting, by gender.
DEGREES = {
    ("doctor", "female"): "Dra.",
    ("doctor", "male"): "Dr.",
    ("doctor", ""): "Dr.",
    ("professor", "female"): "Prof.ª",
    ("professor", "male"): "Prof.",
    ("professor", ""): "Prof.",
}
# Spanish professional titles a greeting keeps ("Lic. Ruiz", "Ing. Ortega"), as Spanish writes them.
PROFESSIONAL = {
    "lic": "Lic.",
    "lcda": "Lcda.",
    "lcdo": "Lcdo.",
    "licda": "Licda.",
    "licdo": "Licdo.",
    "ing": "Ing.",
    "inga": "Inga.",
    "arq": "Arq.",
    "mtro": "Mtro.",
    "mtra": "Mtra.",
}
# Particles written with a capital that still belong to the surname after them ("Ní Bhriain").
CAPITAL_PARTICLES = ("Ní", "Ó", "Nic", "Uí", "Mac", "St.", "St")


def _title(name):
    """The one title a formal Spanish greeting uses, "" when none: the highest degree in the
    person's gender ("Dr." and "Sra." make "Dra."), else a Spanish professional title typed, else
    Sr. or Sra. for the gender a title gave."""
    degree = rank(name["academic"])
    if degree:
        return DEGREES[(degree, name["gender"])]
    for title in name["academic"]:
        if plain(title) in PROFESSIONAL:
            return PROFESSIONAL[plain(title)]
    return ADDRESS.get(name["gender"], "")


def _first_surname(surnames):
    """The first surname with the particles before it: "García López" gives "García", "de la
    Fuente Ruiz" "de la Fuente", "Ní Bhriain" "Ní Bhriain"."""
    kept = []
    for word in surnames.split(" "):
        kept.append(word)
        if word not in PARTICLES and word not in CAPITAL_PARTICLES:
            break
    return " ".join(kept)


def _standing_alone(surname):
    """A surname said without the given name: its particle takes a capital ("De la Fuente")."""
    if surname and surname.split(" ")[0] in PARTICLES:
        return surname[0].upper() + surname[1:]
    return surname


def greeting_name(name, tone):
    """How a Spanish message greets the person (name: names.parse's parts).

    Warm and brief: the given name, whole ("María José"); a surname typed alone keeps its title if
    it has one ("Sra. Ruiz", "De la Torre"). Formal: a title and the first surname ("Dra. Souza",
    "Sr. De la Fuente"), else the given name and the first surname ("Juan Carlos de la Fuente")."""
    if not name["full"]:
        return ""
    surname = _first_surname(name["surnames"]) if name["surnames"] else ""
    if tone != "formal" and name["given"]:
        return name["given"]
    title = _title(name)
    if title:
        return title + " " + (_standing_alone(surname) or name["given"])
    if name["given"] and surname:
        return name["given"] + " " + surname
    return _standing_alone(surname) or name["given"]


# Little words that mark a topic as written in Spanish (topics.written_in_another_language):
# words only Spanish uses, and the Spanish ones another language's list shares ("a", "o",
# "sobre", "para"), so that a Spanish topic is never taken for that language's.
FUNCTION_WORDS = (
    "el",
    "la",
    "los",
    "las",
    "del",
    "al",
    "lo",
    "y",
    "a",
    "o",
    "una",
    "unos",
    "unas",
    "su",
    "sus",
    "tus",
    "mi",
    "sobre",
    "que",
    "con",
    "para",
    "cómo",
    "muy",
    "ella",
    "él",
    "escribió",
    "charla",
)
QUOTES = ("\u00ab", "\u00bb")
DECIMAL_MARK = ","

# Possessives of the person, as each register says them.
POSSESSIVES_USTED = ("su", "sus", "suyo", "suya", "suyos", "suyas")
POSSESSIVES_TU = ("tu", "tus", "tuyo", "tuya", "tuyos", "tuyas")
# Words before which a possessive is the person's ("la hoja de ruta de su equipo"): after others
# ("la empresa y su estrategia") it may be someone else's, and stays as typed.
BEFORE_THEIRS = ("de", "en", "con", "para", "sobre", "por", "a", "desde")
# Articles and demonstratives before a thing of theirs ("la charla", "un artículo").
SINGULAR_DETERMINERS = ("el", "la", "un", "una", "este", "esta", "ese", "esa", "aquel", "aquella")
PLURAL_DETERMINERS = ("los", "las", "unos", "unas", "estos", "estas", "esos", "esas")
# Things a person makes or shares, and in the plural with the verb that says how one takes them
# in ("leer tus publicaciones", "ver tus charlas", "escuchar tus pódcasts").
WORKS = (
    "charla", "conferencia", "ponencia", "libro", "artículo", "articulo", "post", "publicación", "publicacion",
    "entrada", "vídeo", "video", "pódcast", "podcast", "newsletter", "boletín", "webinar", "seminario", "taller",
    "curso", "proyecto", "presentación", "entrevista", "intervención", "keynote", "hilo", "comentario",
    "reflexión", "investigación", "estudio", "informe", "tesis", "blog", "canal", "episodio", "columna", "ensayo",
    "trabajo", "panel", "mesa", "discurso", "clase", "masterclass", "lanzamiento", "iniciativa", "visión",
)  # fmt: skip
READ = (
    "publicaciones", "artículos", "articulos", "posts", "entradas", "libros", "newsletters", "hilos",
    "comentarios", "reflexiones", "informes", "columnas", "ensayos", "estudios", "investigaciones", "ideas",
    "aportaciones", "opiniones", "blogs", "boletines", "textos", "tesis",
)  # fmt: skip
WATCH = (
    "charlas", "conferencias", "ponencias", "vídeos", "videos", "presentaciones", "webinars", "intervenciones",
    "entrevistas", "clases", "masterclasses", "seminarios", "paneles", "mesas", "discursos",
)  # fmt: skip
LISTEN = ("pódcasts", "podcasts", "episodios")
KNOW = ("proyectos", "cursos", "talleres", "trabajos", "iniciativas", "lanzamientos", "canales")
# What a subject may start with that our sentences already say ("sobre {topic}").
LEADING = ("sobre", "acerca")

# Third-person verbs as tú says them, where the rules in _tu_verb do not.
TU_IRREGULAR = {
    "dio": "diste", "hizo": "hiciste", "fue": "fuiste", "tuvo": "tuviste", "puso": "pusiste", "dijo": "dijiste",
    "estuvo": "estuviste", "condujo": "condujiste", "trajo": "trajiste", "vino": "viniste", "quiso": "quisiste",
    "pudo": "pudiste", "supo": "supiste", "leyó": "leíste", "creyó": "creíste", "oyó": "oíste", "ha": "has",
    "es": "eres", "está": "estás", "va": "vas", "da": "das", "ve": "ves", "era": "eras", "iba": "ibas",
}  # fmt: skip
USTED_IRREGULAR = dict((tu, usted) for usted, tu in TU_IRREGULAR.items())
# Words after "que" that are no verb of theirs: the verb then is someone else's or impersonal.
NOT_THEIR_VERB = ("la", "lo", "le", "les", "los", "las", "se", "el", "un", "una", "en", "de", "con", "su", "sus")
# The person named in the third person, left out when they are addressed ("que ella escribió").
THIRD_PERSON = ("ella", "él", "usted")
# Pronouns for the candidate, between "que" and the verb ("que me recomendó").
CANDIDATE_PRONOUNS = ("me", "nos")


def _lower(word):
    return word.lower()  # ASCII only on MicroPython: the words compared are typed in lower case


def _tu_verb(verb):
    """A third-person verb (usted's) as tú says it: "escribió": "escribiste", "publicó":
    "publicaste", "lidera": "lideras", "ha": "has"."""
    if verb in TU_IRREGULAR:
        return TU_IRREGULAR[verb]
    if verb in USTED_IRREGULAR or verb.endswith("aste") or verb.endswith("iste"):
        return verb  # typed in tú already: "el libro que escribiste"
    if verb.endswith("uyó"):
        return verb[:-2] + "iste"
    if verb.endswith("ió"):
        return verb[:-2] + "iste"
    if verb.endswith("ó"):
        return verb[:-1] + "aste"
    if len(verb) > 2 and (verb.endswith("a") or verb.endswith("e")):
        return verb + "s"
    return verb


def _usted_verb(verb):
    """A tú verb as usted says it: "escribiste": "escribió", "publicaste": "publicó", "lideras": "lidera"."""
    if verb in USTED_IRREGULAR:
        return USTED_IRREGULAR[verb]
    if verb.endswith("uiste"):
        return verb[:-4] + "yó"
    if verb.endswith("aste"):
        return verb[:-4] + "ó"
    if verb.endswith("iste"):
        return verb[:-4] + "ió"
    if len(verb) > 3 and (verb.endswith("as") or verb.endswith("es")):
        return verb[:-1]
    return verb


def _is_word(word):
    """Whether a word is an ordinary lower-case word (not a name: "que Marta escribió")."""
    return word[:1] != word[:1].upper() or not word[:1].isalpha()


def _possessive(word, tu):
    """A possessive of theirs in the register: "su": "tu" with tú, "tus": "sus" with usted."""
    if tu and word in POSSESSIVES_USTED:
        return POSSESSIVES_TU[POSSESSIVES_USTED.index(word)]
    if not tu and word in POSSESSIVES_TU:
        return POSSESSIVES_USTED[POSSESSIVES_TU.index(word)]
    return word


def _addressed(words, tu):
    """Their deeds and things told to them in the register: "el libro que (ella) escribió" is
    "el libro que escribiste" with tú; "su equipo", after a preposition or first, "tu equipo"."""
    out = []
    index = 0
    while index < len(words):
        word = words[index]
        lower = _lower(word)
        if lower in POSSESSIVES_USTED + POSSESSIVES_TU and (index == 0 or _lower(words[index - 1]) in BEFORE_THEIRS):
            out.append(_possessive(lower, tu))
        elif lower in POSSESSIVES_USTED[2:] + POSSESSIVES_TU[2:]:  # "una charla suya"
            out.append(_possessive(lower, tu))
        elif lower == "que" and index + 1 < len(words):
            out.append(word)
            index += 1
            if _lower(words[index]) in THIRD_PERSON and index + 1 < len(words):
                index += 1  # "que ella escribió": they are the one addressed
            while index < len(words) - 1 and _lower(words[index]) in CANDIDATE_PRONOUNS:
                out.append(words[index])
                index += 1
            verb = words[index]
            if _is_word(verb) and _lower(verb) not in NOT_THEIR_VERB:
                verb = _tu_verb(verb) if tu else _usted_verb(verb)
            out.append(verb)
            if index + 1 < len(words) and _lower(words[index + 1]) in ("ella", "él"):
                index += 1  # "que escribió ella"
        else:
            out.append(word)
        index += 1
    return out


def _in_sentence(words):
    """A leading article or possessive typed with a capital ("La transformación", "Su charla") as
    it reads inside our sentence, and a leading "sobre" the sentence already says left out."""
    words = list(words)
    while len(words) > 1 and _lower(words[0]) in LEADING:
        words = words[2:] if _lower(words[0]) == "acerca" and _lower(words[1]) == "de" else words[1:]
    first = _lower(words[0])
    if first in SINGULAR_DETERMINERS + PLURAL_DETERMINERS + POSSESSIVES_USTED + POSSESSIVES_TU:
        words[0] = first
    return words


def _taken_in(noun):
    """The verb for taking in several things of theirs: "leer" publicaciones, "ver" charlas."""
    if noun in WATCH:
        return "ver"
    if noun in LISTEN:
        return "escuchar"
    if noun in READ:
        return "leer"
    return "conocer"


def _plural(noun):
    return noun in READ or noun in WATCH or noun in LISTEN or noun in KNOW


def _work_noun(words):
    """The index of the thing of theirs a topic names (after an article or possessive and at most
    one describing word: "la última charla"), or -1."""
    for index in range(1, min(3, len(words))):
        lower = _lower(words[index])
        if lower in WORKS or _plural(lower):
            return index
    return -1


def profile_phrase(words, tone):
    """{"kind", "text"} for the words of a topic seen on their profile (at least one word), in
    the tone's register (tú in warm and brief, usted in formal).

    kind "work": a thing of theirs, addressed to them ("tu charla sobre IA generativa", "el libro
    que escribiste", "leer tus publicaciones sobre liderazgo"); kind "subject": what they write
    or talk about, as typed ("la transformación digital", "IA generativa").
    """
    tu = tone != "formal"
    words = _in_sentence(words)
    first = _lower(words[0])
    addressed = _addressed(words, tu)
    owner = "tu" if tu else "su"
    if first in POSSESSIVES_USTED[:2] + POSSESSIVES_TU[:2] and len(words) > 1:
        noun = _lower(words[1])
        if first in ("sus", "tus") or _plural(noun):
            return {"kind": "work", "text": _taken_in(noun) + " " + " ".join(addressed)}
        return {"kind": "work", "text": " ".join(addressed)}
    if first in WORKS:
        return {"kind": "work", "text": owner + " " + " ".join(addressed)}
    if _plural(first):
        return {"kind": "work", "text": _taken_in(first) + " " + owner + "s " + " ".join(addressed)}
    noun_at = _work_noun(words)
    if first in SINGULAR_DETERMINERS + PLURAL_DETERMINERS and noun_at > 0:
        noun = _lower(words[noun_at])
        theirs_already = addressed != words or [word for word in words if _lower(word) == "que"]
        if [word for word in addressed if word in POSSESSIVES_TU[2:] + POSSESSIVES_USTED[2:]]:
            theirs_already = True  # "una charla suya": the determiner stays
        rest = addressed if theirs_already else [owner + ("s" if first in PLURAL_DETERMINERS else "")] + addressed[1:]
        if first in PLURAL_DETERMINERS or _plural(noun):
            return {"kind": "work", "text": _taken_in(noun) + " " + " ".join(rest)}
        return {"kind": "work", "text": " ".join(rest)}
    return {"kind": "subject", "text": " ".join(addressed)}


def conversation_phrase(words, tone):
    """What the interview was about, to follow "sobre": as typed, with their things in the tone's
    register ("la hoja de ruta de su equipo": "… de tu equipo" with tú), a leading article in
    lower case and a leading "sobre" left out."""
    return " ".join(_addressed(_in_sentence(words), tone != "formal"))


# The gender marks job ads in Spanish put after a title ("Analista de Datos (H/M)"): a message
# names the job without them (note.job_title), in every language, as titles are pasted from ads.
JOB_AD_MARKS = ("h/m", "m/h", "h/m/x", "m/h/x", "h/m/nb", "m/f", "f/m", "hombre/mujer", "mujer/hombre", "ambos sexos")

# Dates in a sentence as Spanish writes them: no comma after the weekday ("el jueves 12 de marzo"),
# over CLDR's "EEEE, d 'de' MMMM" (tools/catalogs.py compiles them into the catalog).
DATE_PATTERNS = {"day": "EEEE d 'de' MMMM", "day_year": "EEEE d 'de' MMMM 'de' y"}


# The letters that say /i/ at the start of a word, and those after it that make a diphthong instead
# ("hielo", "hiato"). MicroPython's lower() knows only ASCII letters, hence both cases.
I_SOUNDS = "iIíÍ"
DIPHTHONG_AFTER_I = "aeouáéóúAEOUÁÉÓÚ"


def _says_i(word):
    """Whether a word starts with the sound /i/: "Ignacio", "Íñigo", "Hilda", not "Hielo", "Yago"."""
    if word[:1] in ("h", "H"):
        word = word[1:]
    first, second = word[:1], word[1:2]
    return bool(first) and first in I_SOUNDS and not (second and second in DIPHTHONG_AFTER_I)


def joined(names):
    """People in a list: "Dana, Ana y Sam", with "e" for "y" before the sound /i/ ("Dana e Ignacio")."""
    names = list(names)
    return joined_with(names, "e" if names and _says_i(names[-1]) else "y")
