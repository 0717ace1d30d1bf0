"""A panel on every interpreter: several interviewers in one situation, a verdict for each from the
same rules, the panel summed up in one sentence, its advice, its share links and its reminder.
The one-person page stays what it was."""

from rule_cases import RULE_CASES, situation_for
from shouldconnect import fields, form, grammar, i18n, linkstate, note, panel, reminder, rules, verdict_words
from translations import CATALOG_CASES, speaking

# Three people: Dana open on LinkedIn, Ana who invited the candidate, Sam private.
SHARED = {"company": "Initech", "role": "Analyst", "culture": "open", "date": "2026-03-10", "tone": "warm"}
TRIO = form.normalize(
    dict(
        SHARED,
        interviewer="Dana Whitfield",
        presence="open",
        panel=[
            {"interviewer": "Ana Ruiz", "invited": True, "topic": "her talk at Config"},
            {"interviewer": "Sam Okafor", "presence": "private", "interviewer_role": "teammate"},
        ],
    )
)
# A link from today's one-person page (v=1), with the answers it holds.
OLD_LINKS = (
    ("v=1", {}, False),
    (
        "v=1&d=2026-03-10&c=open&p=private&n=0&pm=1&t=formal",
        {
            "culture": "open",
            "presence": "private",
            "date": "2026-03-10",
            "note": False,
            "premium": True,
            "tone": "formal",
        },
        False,
    ),
    (
        "v=1&ir=recruiter&m=yes&iv=1&j=Data%20Analyst%20%28m%2Fw%2Fd%29&tp=her%20talk%20at%20Config%202025"
        "&ds=the%20roadmap&iw=Dr.%20Priya%20Raman&ga=Priya&co=Initech&mn=Zo%C3%AB%20Mart%C3%ADnez-Garc%C3%ADa"
        "&yn=Ana%20Ruiz",
        {
            "interviewer": "Dr. Priya Raman",
            "greet_as": "Priya",
            "topic": "her talk at Config 2025",
            "discussed": "the roadmap",
            "company": "Initech",
            "role": "Data Analyst (m/w/d)",
            "your_name": "Ana Ruiz",
            "mutual": "yes",
            "mutual_name": "Zo\u00eb Mart\u00ednez-Garc\u00eda",
            "interviewer_role": "recruiter",
            "invited": True,
        },
        True,
    ),
    (
        "v=1&in=regulated&s=final&f=1&j=Analyst",
        {"role": "Analyst", "stage": "final", "industry": "regulated", "follow_first": True},
        False,
    ),
    (
        "v=1&c=formal&s=offer&iw=Jos%C3%A9%20%C3%91%C3%BA%C3%B1ez%20%F0%9F%91%A9%E2%80%8D%F0%9F%92%BB",
        {
            "interviewer": "Jos\u00e9 \u00d1\u00fa\u00f1ez \U0001f469\u200d\U0001f4bb",
            "stage": "offer",
            "culture": "formal",
        },
        True,
    ),
)
CASES = {
    "test_one_person_gets_the_verdict_of_today": RULE_CASES,
    "test_each_person_of_a_panel_gets_the_rules_verdict_for_their_answers": RULE_CASES,
    "test_a_panel_is_summed_up_in_the_language": CATALOG_CASES,
    "test_german_names_people_by_their_whole_name_without_titles": CATALOG_CASES,
}


def test_a_one_person_situation_has_no_panel_and_is_one_person():
    situation = form.normalize({"interviewer": "Dana"})
    assert "panel" not in situation and form.normalize({}) == form.DEFAULTS
    [alone] = panel.people(situation)
    assert alone == dict(situation, panel=[], person=1, panel_size=1), alone


def test_one_person_gets_the_verdict_of_today(case):
    situation, days = form.normalize(situation_for(case)), case["days"]
    [alone] = panel.people(situation)
    assert rules.decide_each(situation, days) == [rules.decide(situation, days)]
    assert rules.what_would_change(alone, days) == rules.what_would_change(situation, days)


def test_each_person_of_a_panel_gets_the_rules_verdict_for_their_answers(case):
    situation, days = form.normalize(situation_for(case)), case["days"]
    own = dict((field, situation[field]) for field in panel.PERSON_FIELDS)
    # The case's person second, behind a person whose answers are the defaults.
    behind = form.normalize(dict(situation, panel=[own], **dict((field, form.DEFAULTS[field]) for field in own)))
    first, second = rules.decide_each(behind, days)
    assert second == rules.decide(situation, days), case.get("name")
    assert first == rules.decide(dict(situation, **dict((field, form.DEFAULTS[field]) for field in own)), days)


def test_people_share_the_shared_answers_and_keep_their_own():
    dana, ana, sam = panel.people(TRIO)
    assert [person["person"] for person in (dana, ana, sam)] == [1, 2, 3]
    assert [person["panel_size"] for person in (dana, ana, sam)] == [3, 3, 3]
    assert [person["interviewer"] for person in (dana, ana, sam)] == ["Dana Whitfield", "Ana Ruiz", "Sam Okafor"]
    assert (ana["topic"], sam["topic"], dana["topic"]) == ("her talk at Config", "", "")
    assert [person["company"] for person in (dana, ana, sam)] == ["Initech"] * 3
    assert [person["culture"] for person in (dana, ana, sam)] == ["open"] * 3


def test_the_panel_is_grouped_by_verdict_in_a_fixed_order():
    decisions = rules.decide_each(TRIO, 7)
    assert [decision["verdict"] for decision in decisions] == ["connect", "connect", "wait"]
    assert panel.grouped(decisions) == [("connect", [1, 2]), ("wait", [3])]
    assert panel.grouped(rules.decide_each(TRIO, -1)) == [("after", [1, 2, 3])]
    waiting_first = [{"verdict": "wait"}, {"verdict": "after"}, {"verdict": "connect"}, {"verdict": "wait"}]
    assert panel.grouped(waiting_first) == [("connect", [3]), ("after", [2]), ("wait", [1, 4])]


def test_the_headline_names_each_group_in_english():
    assert verdict_words.panel_headline(TRIO, rules.decide_each(TRIO, 7)) == (
        "Connect now with Dana and Ana; wait with Sam until after the interview"
    )
    assert verdict_words.panel_headline(TRIO, rules.decide_each(TRIO, 1)) == (
        "Connect now with Ana; wait with Dana and Sam until after the interview"
    )
    assert verdict_words.panel_headline(TRIO, rules.decide_each(TRIO, -1)) == (
        "The interview is over: connect with each of your 3 interviewers now, each with a thank-you"
    )


def test_the_headline_says_everyone_waits_with_their_number():
    waiting = form.normalize(dict(TRIO, culture="formal", panel=[{}, {}, {}]))
    assert verdict_words.panel_headline(waiting, rules.decide_each(waiting, 7)) == (
        "Wait with each of your 4 interviewers, and connect after the interview"
    )


def test_the_headline_names_an_unnamed_person_by_their_number_and_a_greeting_as_typed():
    situation = form.normalize(dict(TRIO, interviewer="", greet_as="Dana", panel=[{"invited": True}, TRIO["panel"][1]]))
    assert verdict_words.panel_headline(situation, rules.decide_each(situation, 7)) == (
        "Connect now with Dana and interviewer 2; wait with Sam until after the interview"
    )


def test_the_headline_waits_for_the_hiring_decision_where_the_employer_asks():
    situation = dict(TRIO, stance="decision")
    assert verdict_words.panel_headline(situation, rules.decide_each(situation, 7)) == (
        "Connect now with Ana; wait with Dana and Sam until the hiring decision"
    )
    assert verdict_words.panel_headline(situation, rules.decide_each(situation, -1)) == (
        "Connect now with Ana, with a thank-you; wait with Dana and Sam until the hiring decision"
    )


def test_every_mix_of_verdicts_the_rules_can_give_has_its_sentence():
    people = [
        {"presence": presence, "invited": invited, "interviewer_role": role}
        for presence in ("open", "private")
        for invited in (False, True)
        for role in ("unknown", "recruiter", "leader")
    ]
    for stance in ("none", "decision", "after", "before"):
        for culture in ("open", "formal", "unsure"):
            for days in (7, 1, 0, -1, -3, None):
                for stage in ("unknown", "offer"):
                    situation = form.normalize(dict(SHARED, culture=culture, stage=stage, panel=people[:5]))
                    situation["stance"] = stance
                    for first in people:
                        situation.update(first)
                        assert verdict_words.panel_headline(situation, rules.decide_each(situation, days))


def test_the_panel_advice_is_for_two_people_or_more():
    assert verdict_words.panel_advice(1) == ()
    advice = verdict_words.panel_advice(2)
    assert len(advice) == 2 and "each interviewer" in advice[0] and "really spoke with" in advice[1], advice


def test_a_panel_is_summed_up_in_the_language(case):
    def check():
        dana, ana, sam = [verdict_words.person_name(person) for person in panel.people(TRIO)]
        headline = verdict_words.panel_headline(TRIO, rules.decide_each(TRIO, 7))
        assert grammar.spoken().joined([dana, ana]) in headline and sam in headline, headline
        assert len(verdict_words.panel_advice(3)) == 2

    speaking(case["catalog"], check)


def test_a_panel_names_people_by_given_name_without_titles_and_numbers_those_without_a_name():
    titled = form.normalize(
        dict(SHARED, interviewer="Sra. Dra. Marta Ortiz", tone="formal", panel=[{}, {"interviewer": "Sr. Ortiz"}])
    )
    assert verdict_words.people_names(panel.people(titled)) == ["Marta", "interviewer 2", "Ortiz"]


def test_german_names_people_by_their_whole_name_without_titles(case):
    titled = form.normalize(dict(SHARED, interviewer="Frau Dr. Anna Schmidt", panel=[{"interviewer": "Jonas Weber"}]))
    names = speaking(case["catalog"], lambda: verdict_words.people_names(panel.people(titled)))
    assert names == (["Anna Schmidt", "Jonas Weber"] if case["name"] == "de" else ["Anna", "Jonas"])


def test_people_who_share_a_given_name_are_named_in_full():
    same = form.normalize(
        dict(SHARED, interviewer="Ana Ruiz", panel=[{"interviewer": "Ana Lima"}, {"interviewer": "Sam"}])
    )
    assert verdict_words.people_names(panel.people(same)) == ["Ana Ruiz", "Ana Lima", "Sam"]


def test_each_language_joins_people_its_own_way():
    assert grammar.of("en").joined(["Dana", "Ana", "Sam"]) == "Dana, Ana and Sam"
    assert grammar.of("es").joined(["Dana", "Ana", "Sam"]) == "Dana, Ana y Sam"
    assert grammar.of("es").joined(["Dana", "Ignacio"]) == "Dana e Ignacio"
    assert grammar.of("es").joined(["Sam", "Dana", "Hilda"]) == "Sam, Dana e Hilda"
    assert grammar.of("es").joined(["Dana", "\u00cd\u00f1igo"]) == "Dana e \u00cd\u00f1igo"
    assert grammar.of("es").joined(["Dana", "Hielo"]) == "Dana y Hielo"  # "hie" is a diphthong: "y"
    assert grammar.of("pt-br").joined(["Dana", "Ana", "Sam"]) == "Dana, Ana e Sam"
    assert grammar.of("fr").joined(["Dana", "Ana", "Sam"]) == "Dana, Ana et Sam"
    assert grammar.of("de").joined(["Dana", "Ana", "Sam"]) == "Dana, Ana und Sam"
    assert grammar.of("en").joined(["Dana"]) == "Dana"


def test_normalize_cleans_each_person_like_the_first():
    situation = form.normalize(
        {"panel": [{"interviewer": "  Ana\u00a0", "presence": "OPEN", "invited": 1, "culture": "formal"}]}
    )
    [ana] = situation["panel"]
    assert ana == dict(
        dict((field, form.DEFAULTS[field]) for field in panel.PERSON_FIELDS),
        interviewer="Ana",
        presence="open",
        invited=True,
    ), ana
    assert situation["culture"] == "unsure"  # a shared answer given for one person is not theirs to give


def test_normalize_keeps_at_most_five_more_people():
    situation = form.normalize({"panel": [{"interviewer": str(number)} for number in range(9)]})
    assert [person["interviewer"] for person in situation["panel"]] == ["0", "1", "2", "3", "4"]
    assert len(panel.people(situation)) == panel.MAX_PEOPLE


def test_a_malformed_panel_is_dropped_never_raised():
    for raw in ("Ana", 3, None, {"interviewer": "Ana"}, [], [None, "Ana", 4, []]):
        assert "panel" not in form.normalize({"panel": raw}), raw
    assert len(form.normalize({"panel": [None, {}, "x", {"interviewer": 5}]})["panel"]) == 2


def test_a_six_person_panel_survives_a_link():
    people = [
        {"interviewer": "Person %d" % number, "topic": "topic %d" % number, "presence": ("open", "private")[number % 2]}
        for number in range(2, 7)
    ]
    situation = form.normalize(dict(SHARED, interviewer="Dana", panel=people))
    fragment = linkstate.encode(situation, True)
    assert fragment.startswith(linkstate.encode(dict(situation, panel=[]), True) + "&pn=6&"), fragment
    assert "&iw6=Person%206" in fragment and "&p4=open" in fragment, fragment
    link = linkstate.decode(fragment)
    assert (link["status"], link["dropped"], link["unknown"], link["names"]) == ("ok", [], [], True)
    assert link["values"] == situation, link["values"]


def test_a_panel_link_without_names_keeps_the_people_and_their_answers():
    fragment = linkstate.encode(TRIO, False)
    assert "Ruiz" not in fragment and "Config" not in fragment, fragment
    link = linkstate.decode(fragment)
    assert not link["names"]
    assert [person["invited"] for person in link["values"]["panel"]] == [True, False]
    assert [person["presence"] for person in link["values"]["panel"]] == ["unknown", "private"]
    assert [person["interviewer"] for person in link["values"]["panel"]] == ["", ""]


def test_a_damaged_panel_link_keeps_what_it_can():
    link = linkstate.decode("v=1&c=open&pn=9&p2=bad&iw3=Sam&iw7=Lee")
    assert (link["dropped"], link["unknown"]) == (["presence"], ["pn", "iw7"]), link
    assert [person["interviewer"] for person in link["values"]["panel"]] == ["", "Sam"]
    assert link["values"]["culture"] == "open"


def test_links_made_before_panels_read_and_write_as_they_did():
    for fragment, answers, names in OLD_LINKS:
        link = linkstate.decode(fragment)
        assert (link["status"], link["dropped"], link["unknown"], link["names"]) == ("ok", [], [], names), fragment
        assert link["values"] == form.normalize(answers), fragment
        assert linkstate.encode(link["values"], True) == fragment


def test_the_reminder_holds_each_persons_messages_under_their_name():
    alone = [{"name": "Dana", "note": "Hi Dana, thanks.", "email": "Subject: Thanks\n\nHi Dana,"}]
    assert reminder.description(alone) == i18n._(
        "Your connection note, to send with your request:\n\n{note}\n\nYour thank-you email:\n\n{email}"
    ).format(note="Hi Dana, thanks.", email="Subject: Thanks\n\nHi Dana,")
    both = alone + [{"name": "Sam", "note": "Hi Sam, thank you.", "email": "Subject: Thank you\n\nHi Sam,"}]
    text = reminder.description(both)
    assert text.startswith("For Dana:\n\n" + reminder.description(alone) + "\n\nFor Sam:\n\n"), text
    assert text.endswith("Hi Sam, thank you.\n\nYour thank-you email:\n\nSubject: Thank you\n\nHi Sam,"), text


def test_each_person_of_a_panel_of_two_to_six_gets_a_wording_of_their_own():
    # The writer picks each person's sentences by their number (note.variation), which the page's
    # request for that person carries: a pair no one else on the panel has, and person 1's is the
    # one-person page's.
    for size in range(2, panel.MAX_PEOPLE + 1):
        situation = form.normalize(dict(TRIO, panel=[{"interviewer": "P%d" % n} for n in range(2, size + 1)]))
        requests = [note.writer_request(person, 7, "2026-03-03", "connect") for person in panel.people(situation)]
        assert [request["person"] for request in requests] == list(range(1, size + 1))
        pairs = [
            (note.variation(request["person"])["opening"], note.variation(request["person"])["closing"])
            for request in requests
        ]
        assert len(set(pairs)) == size and pairs[0] == (0, 0)
    alone = note.writer_request(form.normalize({"interviewer": "Dana"}), 7, "2026-03-03", "connect")
    assert note.variation(alone["person"]) == {"opening": 0, "closing": 0}


def test_each_person_field_has_a_place_of_its_own_in_a_further_persons_block():
    places = [fields.BY_NAME[name]["person"] for name in panel.PERSON_FIELDS]
    assert places == list(range(1, len(places) + 1))
    assert panel.PERSON_FIELDS[:2] == ("interviewer", "greet_as")  # the name first, as the form starts
