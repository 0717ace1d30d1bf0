"""French rules, on the French page: greetings per tone and name shape, topics addressed to the
person with the article "sur" needs, elision by how a word is said, job-ad marks, dates and the
register of each tone (grammar/fr.py, py/locale/fr)."""

import pytest

import writing
from shouldconnect import dates, i18n, names, note, topics
from shouldconnect.grammar import fr
from shouldconnect.languages import by_code
from tools import catalogs


@pytest.fixture(autouse=True)
def french():
    with i18n.speaking(catalogs.compiled(by_code("fr"))):
        yield


def greetings(typed):
    return tuple(names.greeting_name(typed, tone) for tone in ("warm", "brief", "formal"))


@pytest.mark.parametrize(
    "typed, warm, formal",
    [
        ("Mme Claire Dubois", "Claire", "Madame Dubois"),  # never "Mme" in a greeting
        ("M. Jean Dupont", "Jean", "Monsieur Dupont"),
        ("Mlle Sophie Martin", "Sophie", "Madame Martin"),  # "Mademoiselle" is no longer written
        ("Madame Claire Dubois", "Claire", "Madame Dubois"),
        ("Dr Hélène Roux", "Hélène", "Docteur Roux"),
        ("Docteur Hélène Roux", "Hélène", "Docteur Roux"),
        ("Pr Marc Leroy", "Marc", "Professeur Leroy"),
        ("Mme Pr Claire Martin", "Claire", "Professeure Martin"),  # stacked: the degree, for a woman
        ("Me Anne Girard", "Anne", "Maître Girard"),  # lawyers and notaries, either gender
        ("M. Me Paul Girard", "Paul", "Maître Girard"),
        ("Dr. Ana de Oliveira", "Ana", "Ana de Oliveira"),  # another language's degree: not a physician
        ("Prof. Dr. Eva Schäfer-Wendt", "Eva", "Eva Schäfer-Wendt"),
        ("Frau Dr. Anna Schmidt", "Anna", "Madame Schmidt"),
        ("Sra. Carmen Ruiz", "Carmen", "Madame Ruiz"),  # another language's title gives the gender
        ("Claire Dubois", "Claire", "Claire Dubois"),  # nothing tells the gender: the full name
        ("Jean-Luc Moreau", "Jean-Luc", "Jean-Luc Moreau"),
        ("Marie Claire Petit", "Marie Claire", "Marie Claire Petit"),  # compound, unhyphenated
        ("Jean Pierre Lefèvre", "Jean Pierre", "Jean Pierre Lefèvre"),
        ("Anne-Sophie de la Tour", "Anne-Sophie", "Anne-Sophie de la Tour"),
        ("Mme Anne-Sophie de la Tour", "Anne-Sophie", "Madame de la Tour"),  # the particle stays
        ("M. Charles de Gaulle", "Charles", "Monsieur de Gaulle"),
        ("Margaux", "Margaux", "Margaux"),
        ("Camille Roux (elle) | Talent Acquisition", "Camille", "Camille Roux"),
    ],
)
def test_the_given_name_in_warm_and_brief_a_title_in_full_and_the_surname_in_formal(typed, warm, formal):
    assert greetings(typed) == (warm, warm, formal)


def test_a_surname_typed_alone_takes_its_title_in_every_tone():
    assert greetings("M. de Villeneuve") == ("Monsieur de Villeneuve",) * 3
    assert greetings("Mme Lefèvre") == ("Madame Lefèvre",) * 3


def test_a_surname_typed_alone_with_nothing_to_tell_the_gender_is_greeted_madame_monsieur():
    assert greetings("de la Tour") == ("Madame, Monsieur",) * 3
    assert names.gender_of("Madame, Monsieur") == ""


def test_no_name_and_an_unclear_order_are_left_to_the_page():
    assert greetings("") == ("", "", "")
    assert greetings("Kim Min-jun") == ("Kim Min-jun",) * 3


def test_a_full_title_in_the_greeting_says_the_gender_to_the_salutation():
    assert names.gender_of("Madame Dubois") == "female"
    assert names.gender_of("Monsieur Dupont") == "male"
    assert names.gender_of("Professeure Martin") == "female"
    assert names.gender_of("Maître Girard") == ""


@pytest.mark.parametrize(
    "typed, kind, text",
    [
        ("sa conférence sur l'IA", "work", "votre conférence sur l'IA"),
        ("Sa tribune dans Les Échos", "work", "votre tribune dans Les Échos"),
        ("ses articles sur le management", "work", "vos articles sur le management"),
        ("le livre qu'elle a écrit", "work", "le livre que vous avez écrit"),
        ("le podcast qu\u2019il anime", "work", "le podcast que vous animez"),
        ("la table ronde qu'elle a animée", "work", "la table ronde que vous avez animée"),
        ("un article sur le télétravail", "work", "votre article sur le télétravail"),
        ("des posts sur la RSE", "work", "vos posts sur la RSE"),
        ("le livre écrit par elle", "work", "le livre écrit par vous"),
        ("la transformation numérique", "subject", "la transformation numérique"),
        ("La transformation numérique", "subject", "la transformation numérique"),
        ("les équipes qu'elle dirige", "subject", "les équipes que vous dirigez"),
        ("l'expérience candidat", "subject", "l'expérience candidat"),
        ("sur la RSE", "subject", "la RSE"),  # "sur" is the sentence's
        ("à propos du recrutement", "subject", "le recrutement"),
        ("du management", "subject", "le management"),
        ("d'IA générative", "subject", "l'IA générative"),
    ],
)
def test_profile_topics_as_french_people_type_them_are_addressed_to_the_person(typed, kind, text):
    for tone in ("warm", "formal", "brief"):
        assert topics.profile_phrase(typed, tone) == {"kind": kind, "text": text}


@pytest.mark.parametrize(
    "typed, text",
    [
        ("IA générative", "l'IA générative"),  # a vowel sound: "l'", whatever the gender
        ("management", "le management"),
        ("recrutement inclusif", "le recrutement inclusif"),
        ("Transformation numérique", "la transformation numérique"),
        ("diversité", "la diversité"),
        ("outils no-code", "les outils no-code"),
        ("marque employeur", "les questions de marque employeur"),  # the gender can't be told
        ("RSE", "les questions de RSE"),
        ("Kubernetes", "Kubernetes"),  # a name needs no article
    ],
)
def test_a_bare_subject_gets_the_article_sur_needs(typed, text):
    assert topics.profile_phrase(typed, "warm") == {"kind": "subject", "text": text}


def test_what_you_talked_about_is_addressed_to_them():
    assert topics.conversation_phrase("la feuille de route de son équipe") == "la feuille de route de votre équipe"
    assert topics.conversation_phrase("ses projets pour 2026") == "vos projets pour 2026"
    assert topics.conversation_phrase("les enjeux du poste") == "les enjeux du poste"
    assert topics.conversation_phrase("recrutement") == "le recrutement"


def test_a_topic_in_english_is_quoted_with_french_marks_and_spaces():
    assert topics.profile_phrase("their talk on data privacy") == {
        "kind": "subject",
        "text": "\u00ab\u00a0their talk on data privacy\u00a0\u00bb",
    }
    assert topics.profile_phrase("la transformation numérique")["text"] == "la transformation numérique"


@pytest.mark.parametrize(
    "word, elided",
    [
        ("Analyste", True),
        ("Ingénieur", True),
        ("Éditrice", True),
        ("UX", True),
        ("Office Manager", True),
        ("Hôtesse", True),  # silent h
        ("Hôtelier", True),
        ("Horloger", True),
        ("Huissier", True),
        ("Hygiéniste", True),
        ("Historien", True),
        ("Yvelines", True),  # "Y" before a consonant is a vowel
        ("Yield", False),  # "Y" before a vowel is a consonant
        ("Head", False),  # English h is sounded
        ("Human", False),
        ("Hardware", False),
        ("User", False),
        ("Chef", False),
        ("", False),
    ],
)
def test_de_is_elided_by_how_the_word_is_said(word, elided):
    assert fr.elides(word) is elided


def write(today="2026-03-03", **answers):
    """The messages the page offers for these answers, written on the French page."""
    situation = dict(
        interviewer="Mme Claire Dubois",
        company="Orange",
        role="Analyste",
        date="2026-03-10",
        culture="open",
        presence="open",
        your_name="Julien Mercier",
    )
    situation.update(answers)
    return writing.written(situation, today)


@pytest.mark.parametrize(
    "role, job",
    [
        ("Analyste", "le poste d'Analyste"),
        ("Hôtesse d'accueil", "le poste d'Hôtesse d'accueil"),
        ("Yield Manager", "le poste de Yield Manager"),
        ("Head of Sales", "le poste de Head of Sales"),
        ("Ingénieur systèmes", "le poste d'Ingénieur systèmes"),
        ("Chargé de projet H/F", "le poste de Chargé de projet chez"),
        ("Responsable RH (F/H)", "le poste de Responsable RH chez"),
        ("Data Analyst (H/F/X)", "le poste de Data Analyst chez"),
    ],
)
def test_the_job_is_named_with_its_elision_and_without_the_ads_marks(role, job):
    messages = write(role=role)
    assert all(job in text for text in messages.values()), messages
    assert "H/F" not in messages["email"] and "F/H" not in messages["email"]


def test_dates_read_as_a_french_sentence_writes_them():
    assert dates.date_in_words("2026-03-10", "2026-03-03") == "mardi 10 mars"
    assert dates.date_in_words("2027-01-12", "2026-12-15") == "mardi 12 janvier 2027"
    messages = write(tone="formal")
    assert "avant de vous rencontrer le mardi 10 mars pour le poste" in messages["note-before"]


def test_the_day_never_dangles_after_a_company_ending_in_a_full_stop():
    messages = write(company="Acme Inc.", today="2026-03-11", date="2026-03-10")
    assert "avec moi hier sur le poste d'Analyste chez Acme Inc." in messages["email"]
    assert "Inc.." not in messages["email"] and "Inc. hier" not in messages["email"]


def test_every_tone_says_vous_and_greets_as_the_table_says():
    for tone, greeting in (
        ("warm", "Bonjour Claire,"),
        ("brief", "Bonjour Claire,"),
        ("formal", "Bonjour Madame Dubois,"),
    ):
        messages = write(tone=tone)
        words = " ".join(messages.values()).replace(",", " ").replace(".", " ").split()
        assert not [word for word in words if word.lower() in ("tu", "te", "t'", "toi", "ton", "ta", "tes")]
        assert "vous" in words, tone
        assert messages["note-before"].startswith(greeting + " ")
        assert messages["email"].split("\n")[2] == greeting


def test_a_topic_survives_in_warm_and_formal_notes_with_ordinary_names():
    formal = write(tone="formal", role="Chef de projet", topic="la transformation numérique")["note-before"]
    warm = write(interviewer="Jean-Luc Moreau", role="Consultant data", topic="sa conférence sur l'IA")["note-before"]
    assert formal.endswith("J'apprécie vos réflexions sur la transformation numérique.")
    assert "le mardi 10 mars" in formal
    assert warm.endswith("J'ai beaucoup aimé votre conférence sur l'IA.")
    assert note.count_characters(formal) <= 200 and note.count_characters(warm) <= 200


def test_the_closing_is_idiomatic_and_the_writer_agrees_with_no_gender():
    messages = write(today="2026-03-11", date="2026-03-10", discussed="ses projets")
    assert "Au plaisir de garder le contact." in messages["note-after"]
    assert "ici" not in messages["note-after"].split()
    for text in messages.values():
        for agreeing in ("ravi", "ravie", "heureux", "heureuse", "reçu", "reçue"):
            assert agreeing not in text.replace(",", " ").replace(".", " ").split(), agreeing


def test_the_first_of_the_month_is_written_as_french_writes_it():
    with i18n.speaking(catalogs.compiled(by_code("fr"))):
        assert dates.date_in_words("2026-03-01", "2026-02-20") == "dimanche 1er mars"
        assert dates.date_in_words("2026-03-02", "2026-02-20") == "lundi 2 mars"
