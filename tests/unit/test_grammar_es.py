"""Spanish: greetings for each name shape and tone, topics addressed in the tone's register (tú in
warm and brief, usted in formal), the day placed in the sentence, dates without CLDR's comma, the
job named as "el puesto de …" without a job ad's gender marks, and every sentence of a tone in
one register."""

import pytest

import writing
from shouldconnect import dates, i18n, names, note, topics
from shouldconnect.grammar import es
from shouldconnect.languages import by_code
from tools import catalogs


@pytest.fixture(autouse=True)
def spanish():
    with i18n.speaking(catalogs.compiled(by_code("es"))):
        yield


def written(today="2026-03-03", **answers):
    """The messages the Spanish page writes for these answers: {kind: text}."""
    situation = dict(company="Innovatec", role="Analista de Datos", date="2026-03-12", culture="open", presence="open")
    situation.update(answers)
    return writing.written(situation, today)


@pytest.mark.parametrize(
    "display_name, warm, formal",
    [
        ("Sra. Carmen Ruiz", "Carmen", "Sra. Ruiz"),
        ("Dra. Ana Souza", "Ana", "Dra. Souza"),
        ("Dr. Juan García", "Juan", "Dr. García"),
        ("Lic. Marta Ruiz", "Marta", "Lic. Ruiz"),
        ("Ing. Pablo Ortega", "Pablo", "Ing. Ortega"),
        ("Srta. Lucía Gómez", "Lucía", "Sra. Gómez"),  # recruiters write Sra. now
        ("Sra. Dra. María Elena Vargas", "María Elena", "Dra. Vargas"),  # one title, in her gender
        ("Frau Dr. Anna Schmidt", "Anna", "Dra. Schmidt"),  # another language's titles, said in Spanish
        ("Prof. Dr. Eva Schäfer-Wendt", "Eva", "Prof. Schäfer-Wendt"),
        ("Profa. Laura Gil", "Laura", "Prof.ª Gil"),
        ("Dr. med. Hans-Jürgen Müller", "Hans-Jürgen", "Dr. Müller"),
        ("María José García-López", "María José", "María José García-López"),
        ("Juan Carlos de la Fuente", "Juan Carlos", "Juan Carlos de la Fuente"),
        ("Sr. Juan Carlos de la Fuente", "Juan Carlos", "Sr. De la Fuente"),  # the particle's capital
        ("María del Carmen Ruiz Gómez", "María del Carmen", "María del Carmen Ruiz"),  # the first surname
        ("Mr. Ludwig van Beethoven Jr.", "Ludwig", "Sr. Van Beethoven"),
        ("Ms. Aoife Ní Bhriain", "Aoife", "Sra. Ní Bhriain"),
        ("de la Torre", "De la Torre", "De la Torre"),  # a surname typed alone
        ("Sra. Ruiz", "Sra. Ruiz", "Sra. Ruiz"),
        ("Lucía", "Lucía", "Lucía"),
        ("Kim Min-jun", "Kim Min-jun", "Kim Min-jun"),  # the order is unclear: the name as typed
        ("", "", ""),
    ],
)
def test_each_name_shape_is_greeted_as_a_spanish_recruiter_would(display_name, warm, formal):
    assert names.greeting_name(display_name, "warm") == warm
    assert names.greeting_name(display_name, "brief") == warm
    assert names.greeting_name(display_name, "formal") == formal


@pytest.mark.parametrize(
    "display_name, tone, opening",
    [
        ("Sra. Carmen Ruiz", "formal", "Estimada Sra. Ruiz: La entrevista"),
        ("Frau Dr. Anna Schmidt", "formal", "Estimada Dra. Schmidt: La entrevista"),
        ("Sr. Juan Carlos de la Fuente", "formal", "Estimado Sr. De la Fuente: La entrevista"),
        ("Ing. Pablo Ortega", "formal", "Buenos días, Ing. Ortega: La entrevista"),  # nothing tells the gender
        ("Ana García", "formal", "Buenos días, Ana García: La entrevista"),
        ("María José García-López", "warm", "Hola, María José. La entrevista"),
        ("Sr. Pablo Ortega", "brief", "Hola, Pablo. La entrevista"),
        ("", "warm", "Hola, [Nombre de quien te entrevista]. La entrevista"),
    ],
)
def test_the_salutation_agrees_with_the_gender_a_title_gives_and_is_neutral_otherwise(display_name, tone, opening):
    assert written(interviewer=display_name, tone=tone)["note-before"].startswith(opening)


def test_the_email_greets_on_its_own_line_with_a_colon():
    assert "\n\nEstimada Dra. Souza:\n\n" in written(interviewer="Dra. Ana Souza", tone="formal")["email"]
    assert "\n\nHola, Ana:\n\n" in written(interviewer="Ana Souza", tone="brief")["email"]


@pytest.mark.parametrize(
    "typed, warm, formal, kind",
    [
        ("su charla sobre IA generativa", "tu charla sobre IA generativa", "su charla sobre IA generativa", "work"),
        ("Su charla en el Congreso DES", "tu charla en el Congreso DES", "su charla en el Congreso DES", "work"),
        ("el libro que escribió", "el libro que escribiste", "el libro que escribió", "work"),
        ("el libro que ella escribió", "el libro que escribiste", "el libro que escribió", "work"),
        ("el podcast que presenta", "el podcast que presentas", "el podcast que presenta", "work"),
        ("los artículos que publicó", "leer los artículos que publicaste", "leer los artículos que publicó", "work"),
        # several things of theirs, with the verb that takes them in, so "Me gustó mucho …" agrees
        ("sus publicaciones sobre liderazgo", "leer tus publicaciones sobre liderazgo",
         "leer sus publicaciones sobre liderazgo", "work"),
        ("sus charlas sobre datos", "ver tus charlas sobre datos", "ver sus charlas sobre datos", "work"),
        ("un artículo sobre onboarding en remoto", "tu artículo sobre onboarding en remoto",
         "su artículo sobre onboarding en remoto", "work"),
        ("una charla suya sobre datos", "una charla tuya sobre datos", "una charla suya sobre datos", "work"),
        ("charla sobre IA", "tu charla sobre IA", "su charla sobre IA", "work"),
        # typed in tú, said in usted in a formal message
        ("el libro que escribiste", "el libro que escribiste", "el libro que escribió", "work"),
        ("la transformación digital", "la transformación digital", "la transformación digital", "subject"),
        ("La transformación digital.", "la transformación digital", "la transformación digital", "subject"),
        ("IA generativa", "IA generativa", "IA generativa", "subject"),
        ("sobre liderazgo", "liderazgo", "liderazgo", "subject"),  # the sentence says "sobre" already
        ("atención a clientes", "atención a clientes", "atención a clientes", "subject"),  # "a" is Spanish too
        ("their talk on data privacy", "«their talk on data privacy»", "«their talk on data privacy»", "subject"),
    ],
)  # fmt: skip
def test_topics_are_addressed_to_them_in_the_tones_register(typed, warm, formal, kind):
    assert topics.profile_phrase(typed, "warm") == {"kind": kind, "text": warm}
    assert topics.profile_phrase(typed, "brief") == {"kind": kind, "text": warm}
    assert topics.profile_phrase(typed, "formal") == {"kind": kind, "text": formal}


@pytest.mark.parametrize(
    "typed, warm, formal",
    [
        ("la hoja de ruta de su equipo", "la hoja de ruta de tu equipo", "la hoja de ruta de su equipo"),
        ("Su estrategia de expansión", "tu estrategia de expansión", "su estrategia de expansión"),
        # after "y", "su" may be the company's: as typed
        ("la empresa y su expansión", "la empresa y su expansión", "la empresa y su expansión"),
        ("sobre la cultura del equipo", "la cultura del equipo", "la cultura del equipo"),
    ],
)
def test_what_you_talked_about_is_addressed_in_the_tones_register(typed, warm, formal):
    assert topics.conversation_phrase(typed, "warm") == warm
    assert topics.conversation_phrase(typed, "formal") == formal


@pytest.mark.parametrize(
    "verb, tu",
    [
        ("escribió", "escribiste"),
        ("publicó", "publicaste"),
        ("construyó", "construiste"),
        ("leyó", "leíste"),
        ("dio", "diste"),
        ("hizo", "hiciste"),
        ("ha", "has"),
        ("lidera", "lideras"),
        ("dirige", "diriges"),
    ],
)
def test_their_verbs_are_said_in_tu_and_back_in_usted(verb, tu):
    assert es._tu_verb(verb) == tu
    assert es._usted_verb(tu) == verb


def test_a_name_after_que_is_no_verb_of_theirs():
    assert topics.profile_phrase("el libro que Marta escribió", "warm")["text"] == "el libro que Marta escribió"


@pytest.mark.parametrize(
    "topic, tone, sentence",
    [
        ("su charla sobre IA generativa", "formal", "Me interesó mucho su charla sobre IA generativa."),
        ("la transformación digital", "formal", "Me interesa su visión sobre la transformación digital."),
        ("su charla sobre IA generativa", "warm", "Me gustó mucho tu charla sobre IA generativa."),
        ("la transformación digital", "warm", "Me gusta lo que compartes sobre la transformación digital."),
        ("sus publicaciones sobre liderazgo", "warm", "Me gustó mucho leer tus publicaciones sobre liderazgo."),
        ("el libro que escribió", "brief", "Me gustó el libro que escribiste."),
        ("la transformación digital", "brief", "Me gusta tu visión sobre la transformación digital."),
    ],
)
def test_a_typed_topic_is_kept_in_a_note_with_ordinary_names(topic, tone, sentence):
    interviewer = {"formal": "Sra. Carmen Ruiz", "warm": "Carmen Ruiz", "brief": "Carmen Ruiz"}[tone]
    text = written(interviewer=interviewer, tone=tone, topic=topic, company="Grupo Alborada")["note-before"]
    assert text.endswith(" " + sentence)
    assert note.count_characters(text) <= 200


@pytest.mark.parametrize("tone", ["warm", "formal", "brief"])
def test_each_tone_keeps_one_register_in_every_sentence(tone):
    answers = dict(interviewer="Sra. Carmen Ruiz", tone=tone, topic="su charla sobre IA", premium=True)
    texts = list(written(mutual="yes", mutual_name="Javier Morales", **answers).values())
    texts += list(written(today="2026-03-13", discussed="la hoja de ruta de su equipo", **answers).values())
    words = " ".join(texts).replace(".", " ").replace(",", " ").replace(":", " ").split()
    tu_words = {"tu", "tus", "contigo", "te", "necesitas", "compartes", "escribiste"}
    usted_words = {"su", "sus", "usted", "le", "necesite"}
    if tone == "formal":
        assert not tu_words & set(words)
        assert usted_words & set(words)
    else:
        assert not usted_words & set(words)
        assert tu_words & set(words)


def test_the_day_is_placed_in_the_sentence_not_left_hanging_at_its_end():
    before = written(interviewer="Ana Souza", tone="formal")["note-before"]
    assert "en Innovatec es el jueves 12 de marzo y quisiera conectar antes." in before
    after = written(today="2026-03-13", interviewer="Ana Souza")
    assert "Gracias por hablar conmigo ayer sobre el puesto de Analista de Datos en Innovatec." in after["note-after"]
    formal = written(today="2026-03-13", interviewer="Ana Souza", tone="formal")
    assert "Gracias por recibirme ayer para hablar del puesto" in formal["note-after"]
    assert "Muchas gracias por recibirme ayer para hablar del puesto" in formal["email"]
    for text in list(after.values()) + list(formal.values()):
        assert " ayer." not in text and " hoy." not in text


def test_dates_are_written_without_cldrs_comma():
    assert dates.date_in_words("2026-03-12", "2026-03-03") == "jueves 12 de marzo"
    assert dates.date_in_words("2027-01-12", "2026-12-15") == "martes 12 de enero de 2027"
    assert note.when_phrase(9, "jueves 12 de marzo") == "el jueves 12 de marzo"
    assert note.when_phrase(1, "") == "mañana"


@pytest.mark.parametrize(
    "typed",
    [
        "Analista de Datos (H/M)",
        "Analista de Datos (M/H)",
        "Analista de Datos - h/m/x",
        "Analista de Datos (ambos sexos)",
    ],
)
def test_a_job_ads_gender_marks_are_left_out_of_the_job_title(typed):
    assert note.job_title(typed) == "Analista de Datos"


def test_the_job_is_named_as_el_puesto_de_in_every_tone_english_titles_included():
    for tone in ("warm", "formal", "brief"):
        messages = written(interviewer="Ana Souza", tone=tone, role="Data Analyst (m/f)")
        for text in messages.values():
            assert "el puesto de Data Analyst" in text or "del puesto de Data Analyst" in text
            assert "para Data Analyst" not in text and "(m/f)" not in text
