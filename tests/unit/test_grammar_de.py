"""German: the greeting for each name shape and tone, topics as people type them in German made
part of our sentences and addressed with "Sie", job-ad marks, dates and where the day goes."""

import pytest

import writing
from shouldconnect import dates, i18n, names, note, topics
from shouldconnect.grammar import de
from shouldconnect.languages import by_code
from tools import catalogs

TONES = ("warm", "formal", "brief")


@pytest.fixture
def german():
    with i18n.speaking(catalogs.compiled(by_code("de"))):
        yield


def render(today, **answers):
    """The messages the page offers for the answers, in German."""
    situation = dict(company="Adatum GmbH", role="Data Analyst", culture="open", presence="open")
    situation.update(answers)
    return writing.written(situation, today)


@pytest.mark.parametrize(
    "typed, greeting",
    [
        ("Frau Dr. Anna Schmidt", "Frau Dr. Schmidt"),
        ("Herr Thomas Weber", "Herr Weber"),
        ("Fr. Dr. rer. nat. Ute Sommer", "Frau Dr. Sommer"),  # "Dr. rer. nat." is "Dr."
        ("Herrn Dr. Jens Vogt", "Herr Dr. Vogt"),  # as an address line writes it
        ("Herr Prof. Dr. Dr. h.c. Klaus Meyer", "Herr Prof. Meyer"),  # the highest degree only
        ("Frau Prof. Dr. Eva Schäfer-Wendt", "Frau Prof. Schäfer-Wendt"),
        ("Dr.in Maria Huber", "Frau Dr. Huber"),  # the Austrian "Dr.in" says she is a woman
        ("Mag.a Julia Berger", "Frau Mag. Berger"),  # as does "Mag.a"
        ("Frau Mag. Julia Berger", "Frau Mag. Berger"),  # Austria says the Magister
        ("Frau Dipl.-Kffr. Sabine Roth", "Frau Roth"),  # a diploma is not said
        ("Herr Maximilian von Stein", "Herr von Stein"),  # the particle stays with the surname
        ("Herr Karl Heinz Roth", "Herr Roth"),
        ("Frau Weber", "Frau Weber"),  # a surname alone with Frau
        # Nothing tells Herr or Frau: the full name, after the degree.
        ("Dr. med. Hans-Jürgen Müller", "Dr. Hans-Jürgen Müller"),
        ("Prof. Dr. Eva Schäfer-Wendt", "Prof. Eva Schäfer-Wendt"),
        ("Dr.-Ing. Petra Lang", "Dr. Petra Lang"),
        ("Mag. Julia Berger", "Mag. Julia Berger"),
        ("Dipl.-Ing. Karl Huber", "Karl Huber"),
        ("Anna Lena Vogel", "Anna Lena Vogel"),
        ("Hans-Peter Braun", "Hans-Peter Braun"),
        ("Karl Heinz Roth", "Karl Heinz Roth"),
        ("Maximilian von Stein", "Maximilian von Stein"),
        ("Dr. Weber", "Dr. Weber"),  # a word after a degree is a surname
        # A single word or a surname alone, with nothing for Herr or Frau: "Hallo Jan" with "Sie"
        # or "Hallo Weber" is wrong, so the placeholder asks the candidate.
        ("Jan", ""),
        ("Weber", ""),
        ("von Stein", ""),
        ("", ""),
    ],
)
def test_every_tone_greets_the_same_way_as_every_tone_says_sie(german, typed, greeting):
    assert [names.greeting_name(typed, tone) for tone in TONES] == [greeting] * 3


def test_the_greeting_gives_the_gender_the_salutation_agrees_with(german):
    assert names.gender_of(names.greeting_name("Frau Dr. Anna Schmidt", "formal")) == "female"
    assert names.gender_of(names.greeting_name("Herr Thomas Weber", "formal")) == "male"
    assert names.gender_of(names.greeting_name("Prof. Dr. Eva Schäfer-Wendt", "formal")) == ""


def test_unhyphenated_double_given_names_are_read_whole():
    assert names.parse("Anna Lena Vogel")["given"] == "Anna Lena"
    assert names.parse("Karl Heinz Roth")["given"] == "Karl Heinz"
    assert names.parse("Hans Peter")["given"] == "Hans"  # two words: a given name and a surname


@pytest.mark.parametrize(
    "typed, formal_email, formal_note, warm",
    [
        ("Frau Dr. Anna Schmidt", "Sehr geehrte Frau Dr. Schmidt,", "Guten Tag Frau Dr. Schmidt,",
         "Hallo Frau Dr. Schmidt,"),
        ("Herr Thomas Weber", "Sehr geehrter Herr Weber,", "Guten Tag Herr Weber,", "Hallo Herr Weber,"),
        ("Anna Lena Vogel", "Guten Tag Anna Lena Vogel,", "Guten Tag Anna Lena Vogel,", "Hallo Anna Lena Vogel,"),
        ("", "Guten Tag [Name Ihres Gegenübers],", "Guten Tag [Name Ihres Gegenübers],",
         "Hallo [Name Ihres Gegenübers],"),
    ],
)  # fmt: skip
def test_salutations_per_tone_and_gender(german, typed, formal_email, formal_note, warm):
    formal = render("2026-03-03", interviewer=typed, date="2026-03-10", tone="formal")
    assert formal["email"].split("\n")[2] == formal_email
    assert formal["note-before"].startswith(formal_note + " vor dem Gespräch")
    assert render("2026-03-03", interviewer=typed, date="2026-03-10")["note-before"].startswith(warm + " vor ")


def test_no_message_greets_a_given_name_alone(german):
    for tone in TONES:
        for text in render("2026-03-03", interviewer="Jan", date="2026-03-10", tone=tone).values():
            assert "Jan" not in text and "[Name Ihres Gegenübers]" in text


@pytest.mark.parametrize(
    "typed, kind, text",
    [
        # The examples: an article, a bare noun phrase, "ihr Vortrag über …".
        ("die Zukunft der KI", "subject", "die Zukunft der KI"),
        ("New Work", "subject", "New Work"),
        ("Datenschutz", "subject", "Datenschutz"),
        ("ihr Vortrag über Datenschutz", "work", "Ihren Vortrag über Datenschutz"),
        ("das Buch, das sie geschrieben hat", "work", "das Buch, das Sie geschrieben haben"),
        ("seine Beiträge zu Führung", "work", "Ihre Beiträge zu Führung"),
        # The accusative of what people type in the nominative.
        ("der digitale Wandel", "subject", "den digitalen Wandel"),
        ("ihr neuer Podcast", "work", "Ihren neuen Podcast"),
        ("sein Artikel über Nachhaltigkeit", "work", "Ihren Artikel über Nachhaltigkeit"),
        ("ihre neue Studie", "work", "Ihre neue Studie"),
        ("das neue Buch", "work", "Ihr neues Buch"),
        ("ein Beitrag über KI", "work", "Ihren Beitrag über KI"),
        ("Vortrag über Datenschutz", "work", "Ihren Vortrag über Datenschutz"),
        ("Ihr LinkedIn-Post zu KI", "work", "Ihren LinkedIn-Post zu KI"),
        ("der Vortrag, den er auf der re:publica gehalten hat", "work",
         "den Vortrag, den Sie auf der re:publica gehalten haben"),
        ("das Interview mit ihr", "work", "das Interview mit Ihnen"),
        # A clause ends our sentence after "Ihre Gedanken dazu," or "das,".
        ("wie er sein Team führt", "work", "Ihre Gedanken dazu, wie Sie Ihr Team führen"),
        ("was sie über Recruiting schreibt", "work", "das, was Sie über Recruiting schreiben"),
        # A subject ending in a clause is closed with its comma: the sentence goes on.
        ("das Team, das sie leitet", "subject", "das Team, das Sie leiten,"),
        # The preposition our sentence says itself is not said twice.
        ("zur Zukunft der KI", "subject", "die Zukunft der KI"),
        ("zum Thema Datenschutz", "subject", "das Thema Datenschutz"),
        ("über KI-Ethik", "subject", "KI-Ethik"),
        # Another language's topic is quoted, German quotation marks.
        ("their talk on data privacy", "subject", "\u201etheir talk on data privacy\u201c"),
    ],
)  # fmt: skip
def test_profile_topics_as_people_type_them_in_german(german, typed, kind, text):
    for tone in TONES:
        assert topics.profile_phrase(typed, tone) == {"kind": kind, "text": text}


@pytest.mark.parametrize(
    "typed, text",
    [
        ("die Roadmap ihres Teams", "die Roadmap Ihres Teams"),
        ("ihr Ansatz für agile Teams", "Ihren Ansatz für agile Teams"),
        ("der Fachkräftemangel", "den Fachkräftemangel"),
        ("seine Pläne für 2027", "Ihre Pläne für 2027"),
        ("Datenschutz", "Datenschutz"),
        ("wie sie ihr Team führt", "die Frage, wie Sie Ihr Team führen,"),
        ("die Roadmap, die sie vorgestellt hat", "die Roadmap, die Sie vorgestellt haben,"),
    ],
)
def test_what_the_interview_was_about_in_the_accusative(german, typed, text):
    assert topics.conversation_phrase(typed, "formal") == text


@pytest.mark.parametrize(
    "verb, for_sie",
    [
        ("hat", "haben"),
        ("schreibt", "schreiben"),
        ("leitet", "leiten"),
        ("moderiert", "moderieren"),
        ("entwickelt", "entwickeln"),
        ("ändert", "ändern"),
        ("spielt", "spielen"),
        ("hält", "halten"),
        ("gründete", "gründeten"),
        ("schreiben", "schreiben"),
    ],
)
def test_a_verb_after_sie_or_er_as_it_reads_after_sie(verb, for_sie):
    assert de._for_sie(verb) == for_sie


@pytest.mark.parametrize(
    "topic, sentence",
    [
        ("die Zukunft der KI", {
            "formal": "Ihre Beiträge über die Zukunft der KI schätze ich sehr.",
            "warm": "Ihre Beiträge über die Zukunft der KI lese ich gern.",
            "brief": "Ihre Sicht auf die Zukunft der KI gefällt mir.",
        }),
        ("ihr Vortrag über Datenschutz", {
            "formal": "Sehr interessant fand ich Ihren Vortrag über Datenschutz.",
            "warm": "Sehr spannend fand ich Ihren Vortrag über Datenschutz.",
            "brief": "Spannend fand ich Ihren Vortrag über Datenschutz.",
        }),
        ("das Team, das sie leitet", {
            "formal": "Ihre Beiträge über das Team, das Sie leiten, schätze ich sehr.",
            "warm": "Ihre Beiträge über das Team, das Sie leiten, lese ich gern.",
            "brief": "Ihre Sicht auf das Team, das Sie leiten, gefällt mir.",
        }),
    ],
)  # fmt: skip
def test_a_topic_survives_in_every_tone_with_ordinary_names(german, topic, sentence):
    for tone in TONES:
        answers = dict(interviewer="Frau Dr. Anna Schmidt", company="Acme AG", date="2026-03-10", topic=topic)
        text = render("2026-03-03", tone=tone, **answers)
        assert text["note-before"].endswith(" " + sentence[tone]), tone
        assert note.count_characters(text["note-before"]) <= 200


def test_the_day_follows_gespraech_and_never_hangs_at_the_end(german):
    tomorrow_email = render("2026-03-09", interviewer="Herr Thomas Weber", company="Acme Inc.", date="2026-03-10")
    assert "für das Gespräch heute zur Stelle als Data Analyst bei Acme Inc. Der" in tomorrow_email["email"]
    yesterday = render("2026-03-11", interviewer="Herr Thomas Weber", company="Acme Inc.", date="2026-03-10")
    assert "vielen Dank für das Gespräch gestern zur Stelle als Data Analyst bei Acme Inc." in yesterday["note-after"]
    ahead = render("2026-03-03", interviewer="Herr Thomas Weber", date="2026-03-10", tone="brief")
    assert "vor unserem Gespräch am Dienstag, 10. März zur Stelle als Data Analyst würde ich" in ahead["note-before"]
    for text in list(tomorrow_email.values()) + list(yesterday.values()):
        assert " heute." not in text and " gestern." not in text and " morgen." not in text


def test_dates_as_german_writes_them(german):
    assert dates.date_in_words("2026-03-10", "2026-03-03") == "Dienstag, 10. März"
    assert dates.date_in_words("2027-01-12", "2026-12-15") == "Dienstag, 12. Januar 2027"
    formal = render("2026-12-15", interviewer="Herr Dr. Stefan Koch", date="2027-01-12", tone="formal")
    assert "vor dem Gespräch am Dienstag, 12. Januar 2027 zur Stelle als" in formal["note-before"]


@pytest.mark.parametrize(
    "typed, title",
    [
        ("Data Analyst (m/w/d)", "Data Analyst"),
        ("Projektleiter (w/m/d)", "Projektleiter"),
        ("Entwicklungsingenieur m/w/d", "Entwicklungsingenieur"),
        ("Controller (d/m/w)", "Controller"),
        ("Teamleitung IT (gn*)", "Teamleitung IT"),
        ("Sachbearbeiter (m/w/x)", "Sachbearbeiter"),
        ("Account Manager (all genders)", "Account Manager"),
        ("Referent (alle Geschlechter)", "Referent"),
    ],
)
def test_job_ad_gender_marks_are_dropped(typed, title):
    assert note.job_title(typed) == title


def test_the_job_is_named_die_stelle_als_without_its_mark(german):
    messages = render("2026-03-03", interviewer="Frau Dr. Anna Schmidt", date="2026-03-10", role="Data Analyst (m/w/d)")
    for text in messages.values():
        assert "Stelle als Data Analyst" in text and "m/w/d" not in text


def test_german_topics_are_not_quoted_and_other_languages_are(german):
    assert topics.written_in_another_language(["das", "Buch,", "das", "sie", "geschrieben", "hat"]) is False
    assert topics.written_in_another_language(["New", "Work"]) is False
    assert topics.written_in_another_language(["su", "charla", "sobre", "accesibilidad"]) is True
