"""Every language's catalog in use (tests/pure/translations.py): the rule table gives the same
verdicts and reason ids with the reasons in that language, and dates, plurals and lists are written
in it."""

from rule_cases import RULE_CASES, situation_for
from shouldconnect import content, dates, i18n, note, rules, verdict_words, wording
from translations import CATALOG_CASES, speaking

# A date in each language as a sentence writes it: CLDR's patterns, or the language's own
# (grammar/<code>.py's DATE_PATTERNS), through the catalogs.
DATES_IN_WORDS = {
    "en": "Saturday, December 5",
    "es": "sábado 5 de diciembre",
    "pt-br": "sábado, 5 de dezembro",
    "fr": "samedi 5 décembre",
    "de": "Samstag, 5. Dezember",
}
CASES = {
    "test_the_rule_table_in_the_language": CATALOG_CASES,
    "test_dates_in_the_language": CATALOG_CASES,
    "test_plurals_in_the_language": CATALOG_CASES,
    "test_lists_in_the_language": CATALOG_CASES,
    "test_decimals_in_the_language": CATALOG_CASES,
}
# A contrast ratio as the dialog's refusal writes it: English's decimal point, the others' comma.
DECIMALS_IN_WORDS = {"en": "4.4", "es": "4,4", "pt-br": "4,4", "fr": "4,4", "de": "4,4"}


def test_the_rule_table_in_the_language(case):
    translated = case["catalog"]["messages"]

    def check():
        for rule_case in RULE_CASES:
            days = rule_case["days"]
            result = verdict_words.described(rules.decide(situation_for(rule_case), days), days)
            ids = tuple(reason["id"] for reason in result["reasons"])
            assert (result["verdict"], ids) == (rule_case["verdict"], rule_case["reasons"]), rule_case["name"]
            for reason in result["reasons"]:
                english = content.REASONS[reason["id"]]
                if reason["id"] == "too-soon" and days == 0:
                    english = content.TOO_SOON_TODAY  # "less than three days" on the day itself
                if reason["id"] == "email-first" and days is not None and days < -1:
                    english = content.EMAIL_FIRST_LATE  # "within 24 hours" no longer
                if translated:
                    # The employer's stance cites it: "This company" in the language, as no name is given here.
                    expected = translated.get(english, "").replace("{company}", translated[content.THIS_COMPANY])
                    assert reason["text"] == expected, (rule_case["name"], reason["id"])

    speaking(case["catalog"], check)


def test_dates_in_the_language(case):
    day, next_year = speaking(
        case["catalog"],
        lambda: (dates.date_in_words("2026-12-05", "2026-12-01"), dates.date_in_words("2027-01-04", "2026-12-01")),
    )

    assert day == DATES_IN_WORDS[case["name"]], day
    assert "2027" in next_year, next_year


def test_plurals_in_the_language(case):
    def check():
        warnings = [
            note.note_warnings({"over": True, "count": 200 + n, "limit": 200, "placeholders": ()})[0] for n in (1, 2)
        ]
        return warnings, i18n.plural_index(1), i18n.plural_index(2)

    (one, two), index_of_one, index_of_two = speaking(case["catalog"], check)

    assert one != two and "1" in one and "2" in two and "{" not in one + two, (one, two)
    assert index_of_one == 0 and index_of_two != 0, (index_of_one, index_of_two)


def test_lists_in_the_language(case):
    listed = speaking(case["catalog"], lambda: wording.in_words(("a", "b", "c")))

    assert listed.startswith("a") and listed.endswith("c") and "{" not in listed, listed


def test_decimals_in_the_language(case):
    written = speaking(case["catalog"], lambda: wording.one_decimal(4.46))

    assert written == DECIMALS_IN_WORDS[case["name"]], written
