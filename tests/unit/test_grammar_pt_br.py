"""Brazilian Portuguese (grammar/pt_br.py and the pt_BR catalog): how the messages greet each name
shape in each tone, topics as Brazilians type them told to the person, the day and the job title
in a sentence, job-ad marks, and "você" in every tone."""

import pytest

import writing
from shouldconnect import dates, i18n, names, note, topics
from shouldconnect.grammar import pt_br
from shouldconnect.languages import by_code
from tools import catalogs


@pytest.fixture(autouse=True)
def portuguese():
    """Every test speaks the pt-BR catalog."""
    with i18n.speaking(catalogs.compiled(by_code("pt-br"))):
        yield


def render(today, **answers):
    """The messages the page offers for these answers, in pt-BR."""
    situation = dict(company="Natura", role="Analista de Dados", culture="open", presence="open")
    situation.update(answers)
    return writing.written(situation, today)


@pytest.mark.parametrize(
    "typed, warm, formal",
    (
        ("Sra. Ana Souza", "Ana", "Sra. Ana Souza"),
        ("Dra. Beatriz Lima", "Dra. Beatriz", "Dra. Beatriz Lima"),
        ("Dr. Paulo Mendes", "Dr. Paulo", "Dr. Paulo Mendes"),
        ("Dr.ª Joana Reis", "Dr.ª Joana", "Dr.ª Joana Reis"),
        ("Prof.ª Helena Prado", "Prof.ª Helena", "Prof.ª Helena Prado"),
        ("Eng.ª Carla Nunes", "Carla", "Eng.ª Carla Nunes"),
        ("Eng. Marcos Rocha", "Marcos", "Eng. Marcos Rocha"),
        ("Sr. Renato dos Santos", "Renato", "Sr. Renato dos Santos"),
        ("Srta. Clara Dias", "Clara", "Srta. Clara Dias"),
        # stacked titles: one title, the highest, in the gender a title gave
        ("Profa. Dra. Luciana Martins", "Profa. Luciana", "Profa. Luciana Martins"),
        ("Prof. Dr. Carlos Andrade", "Prof. Carlos", "Prof. Carlos Andrade"),
        ("Sra. Dra. Ana Souza", "Dra. Ana", "Dra. Ana Souza"),
        ("Frau Dr. Anna Schmidt", "Dra. Anna", "Dra. Anna Schmidt"),
        ("Mr. Ludwig van Beethoven Jr.", "Ludwig", "Sr. Ludwig van Beethoven"),
        # compound given names, whole; the last surname with its particles
        ("João Pedro Silva", "João Pedro", "João Pedro Silva"),
        ("Ana Paula dos Santos", "Ana Paula", "Ana Paula dos Santos"),
        ("Maria Eduarda de Oliveira Costa", "Maria Eduarda", "Maria Eduarda Costa"),
        ("Maria de Lourdes Souza", "Maria de Lourdes", "Maria de Lourdes Souza"),
        ("Dr. João Pedro Almeida Silva", "Dr. João Pedro", "Dr. João Pedro Silva"),
        # a surname typed alone, said without its Portuguese particle
        ("de Oliveira", "Oliveira", "Oliveira"),
        ("Sra. dos Santos", "Sra. Santos", "Sra. Santos"),
        ("de la Tour", "de la Tour", "de la Tour"),
        # a given name alone
        ("Juliana", "Juliana", "Juliana"),
        ("Dra. Juliana", "Dra. Juliana", "Dra. Juliana"),
    ),
)
def test_each_name_shape_is_greeted_as_a_brazilian_recruiter_would(typed, warm, formal):
    assert names.greeting_name(typed, "warm") == warm
    assert names.greeting_name(typed, "brief") == warm
    assert names.greeting_name(typed, "formal") == formal


@pytest.mark.parametrize(
    "typed, opening",
    (
        ("Dra. Beatriz Lima", "Prezada Dra. Beatriz Lima, gostaria"),
        ("Sr. Renato dos Santos", "Prezado Sr. Renato dos Santos, gostaria"),
        ("Eng. Marcos Rocha", "Prezado Eng. Marcos Rocha, gostaria"),
        ("Ana Souza", "Prezado(a) Ana Souza, gostaria"),
        ("", "Prezado(a) [Nome da pessoa entrevistadora], gostaria"),
    ),
)
def test_the_formal_salutation_agrees_with_the_gender_a_title_gives_and_is_neutral_otherwise(typed, opening):
    messages = render("2026-03-03", interviewer=typed, date="2026-03-10", tone="formal")
    assert messages["note-before"].startswith(opening)
    email = messages["email"].split("\n")
    assert email[2] == opening.split(",")[0] + "," and email[-2] == "Atenciosamente,"


def test_warm_and_brief_notes_greet_by_name_and_go_on_in_a_new_sentence():
    warm = render("2026-03-03", interviewer="Ana Paula dos Santos", date="2026-03-10")
    brief = render("2026-03-03", interviewer="Ana Paula dos Santos", date="2026-03-10", tone="brief")
    assert warm["note-before"].startswith("Olá, Ana Paula! Adoraria me conectar")
    assert brief["note-before"].startswith("Olá, Ana Paula! Gostaria de me conectar")
    assert warm["email"].split("\n")[2] == "Olá, Ana Paula, tudo bem?"
    assert brief["email"].split("\n")[2] == "Olá, Ana Paula,"


@pytest.mark.parametrize("tone", ("warm", "formal", "brief"))
def test_every_tone_says_voce_never_o_senhor_or_tu(tone):
    after = render("2026-03-11", interviewer="Sra. Ana Souza", date="2026-03-10", tone=tone, discussed="a equipe dela")
    topic = "o livro que ele escreveu"
    before = render("2026-03-03", interviewer="Sr. Paulo Mendes", date="2026-03-10", tone=tone, topic=topic)
    messages = list(after.values()) + list(before.values())
    assert [text for text in messages if "você" in text or "sua " in text or "seu " in text]
    text = " ".join(messages).lower()
    for word in (" o senhor", " a senhora", " tu ", " teu ", " tua ", " te "):
        assert word not in text, (tone, word)


@pytest.mark.parametrize(
    "typed, kind, text",
    (
        ("a palestra dela sobre IA", "work", "da sua palestra sobre IA"),
        ("A palestra dela sobre IA", "work", "da sua palestra sobre IA"),
        ("o livro que ela escreveu", "work", "do livro que você escreveu"),
        ("os posts dele sobre liderança", "work", "dos seus posts sobre liderança"),
        ("um post dela sobre onboarding remoto", "work", "do seu post sobre onboarding remoto"),
        ("sua palestra no RD Summit", "work", "da sua palestra no RD Summit"),
        ("palestra no TDC 2025", "work", "da sua palestra no TDC 2025"),
        ("o último post dele", "work", "do seu último post"),
        ("a palestra que ela deu no TDC", "work", "da palestra que você deu no TDC"),
        ("as dicas dela sobre entrevistas", "work", "das suas dicas sobre entrevistas"),
        ("transformação digital", "subject", "transformação digital"),
        ("A transformação digital", "subject", "a transformação digital"),
        ("sobre liderança feminina", "subject", "liderança feminina"),
        ("os desafios dela como CTO", "subject", "os seus desafios como CTO"),
        ("their talk on data privacy", "subject", "\u201ctheir talk on data privacy\u201d"),
    ),
)
def test_topics_typed_as_brazilians_type_them_are_told_to_the_person(typed, kind, text):
    for tone in ("warm", "formal", "brief"):
        assert topics.profile_phrase(typed, tone) == {"kind": kind, "text": text}


@pytest.mark.parametrize(
    "typed, text",
    (
        ("o roadmap do time dela", "o roadmap do seu time"),
        ("a equipe dele", "a sua equipe"),
        ("os planos dela para 2027", "os seus planos para 2027"),
        ("O roadmap da equipe", "o roadmap da equipe"),
        ("sobre a cultura da empresa", "a cultura da empresa"),
        ("her team's roadmap", "\u201cher team's roadmap\u201d"),
    ),
)
def test_what_you_talked_about_follows_sobre_told_to_the_person(typed, text):
    assert topics.conversation_phrase(typed, "formal") == text


@pytest.mark.parametrize(
    "tone, topic, sentence",
    (
        ("warm", "a palestra dela sobre IA", "Gostei muito da sua palestra sobre IA."),
        ("brief", "os posts dele sobre liderança", "Gostei dos seus posts sobre liderança."),
        ("formal", "o livro que ela escreveu", "Apreciei o conteúdo do livro que você escreveu."),
        ("warm", "transformação digital", "Adoro o que você publica sobre transformação digital."),
        ("brief", "gestão de produtos", "Gosto da sua visão sobre gestão de produtos."),
        ("formal", "transformação digital", "Acompanho suas reflexões sobre transformação digital."),
    ),
)
def test_a_typed_topic_reads_as_part_of_the_note_and_is_kept_with_ordinary_names(tone, topic, sentence):
    note_before = render("2026-03-03", interviewer="Dra. Beatriz Lima", date="2026-03-10", tone=tone, topic=topic)
    assert note_before["note-before"].endswith(" " + sentence)
    assert "de terça-feira, 10 de março," in note_before["note-before"]


def test_a_mutual_contact_and_a_topic_both_fit_a_warm_note_with_ordinary_names():
    text = render(
        "2026-03-03",
        interviewer="Ana Souza",
        date="2026-03-14",
        topic="a palestra dela no TDC",
        mutual="yes",
        mutual_name="Pedro Alves",
    )["note-before"]
    assert "de sábado, 14 de março," in text and "Pedro Alves" in text and text.endswith("da sua palestra no TDC.")
    assert note.count_characters(text) <= 200


@pytest.mark.parametrize(
    "today, date, words",
    (
        ("2026-03-03", "2026-03-10", "de terça-feira, 10 de março"),
        ("2026-03-03", "2026-03-14", "de sábado, 14 de março"),
        ("2026-12-15", "2027-01-12", "de terça-feira, 12 de janeiro de 2027"),
        ("2026-03-09", "2026-03-10", "de amanhã"),
        ("2026-03-11", "2026-03-10", "de ontem"),
    ),
)
def test_the_day_follows_the_word_it_qualifies_with_de_and_no_article_to_agree(today, date, words):
    days = dates.days_until(date, today)
    assert note.when_phrase(days, dates.date_in_words(date, today)) == words


def test_a_date_in_a_sentence_is_closed_by_a_comma_and_today_is_not():
    before = render("2026-03-03", interviewer="Ana Souza", date="2026-03-10")["note-before"]
    assert "entrevista de terça-feira, 10 de março, para a vaga de Analista de Dados na Natura." in before
    late = render("2026-03-15", interviewer="Ana Souza", date="2026-03-10", tone="brief")["email"]
    assert "conversa de terça-feira, 10 de março, em que falamos sobre a vaga" in late
    today = render("2026-03-09", interviewer="Ana Souza", date="2026-03-10", tone="formal")["email"]
    assert "entrevista de hoje, em que conversamos sobre a vaga de Analista de Dados na Natura." in today


@pytest.mark.parametrize(
    "role, named",
    (
        ("Analista de Dados (M/F)", "a vaga de Analista de Dados na"),
        ("Vendedor - H/M", "a vaga de Vendedor na"),
        ("Analista de Dados (todos os gêneros)", "a vaga de Analista de Dados na"),
        ("Data Analyst (m/w/d)", "a vaga de Data Analyst na"),
        ("Engenheira de Software", "a vaga de Engenheira de Software na"),
        ("Vendedor(a)", "a vaga de Vendedor(a) na"),
    ),
)
def test_the_job_is_a_vaga_de_without_a_job_ads_gender_marks(role, named):
    text = render("2026-03-03", interviewer="Ana Souza", date="2026-03-10", role=role)["note-before"]
    assert named in text


def test_brazilian_job_ads_marks_are_declared_by_the_language_itself():
    assert set(("m/f", "f/m", "h/m", "m/h", "todos os gêneros")) <= set(pt_br.JOB_AD_MARKS)


def test_a_company_ending_in_a_full_stop_ends_the_sentence_once():
    text = render("2026-03-03", interviewer="", date="2026-03-11", company="Acme Inc.")["note-before"]
    assert "na Acme Inc. Gosto de acompanhar o seu trabalho." in text


def test_a_topic_in_another_of_the_pages_languages_is_quoted_not_glued():
    assert topics.profile_phrase("their talk on data privacy")["text"].startswith("\u201c")
    assert topics.profile_phrase("o livro dela")["text"] == "do seu livro"


def test_the_tables_are_written_for_micropythons_lower():
    # MicroPython's lower() changes only ASCII letters: the tables hold words as typed in lower case.
    for table in (pt_br.WORKS, pt_br.DETERMINERS, pt_br.POSSESSIVES, pt_br.FUNCTION_WORDS):
        assert all(word == word.lower() for word in table)
    assert all(part == part.lower() for name in pt_br.COMPOUND_GIVEN_NAMES for part in name)
