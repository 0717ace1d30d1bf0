"""Each language's page writes its golden messages (tests/golden/<code>.txt) for a titled name, a
compound given name and a typed topic, as a reader types them: the writer in the page's worker,
the greeting the page suggests in "Greet them as", the day the page's own clock gives."""

import datetime

import pytest
from playwright.sync_api import expect

import golden_messages
from actions import enter
from shouldconnect import names
from shouldconnect.languages import LANGUAGES


def first(situations, test):
    """The first one-person situation that passes `test` (a panel's person N needs N people typed)."""
    return [case for case in situations if "person" not in case["answers"] and test(case["answers"])][0]


def chosen(code):
    """The language's first golden situation with a titled name, with a compound given name and
    with a topic from their profile."""
    situations = golden_messages.read(code)
    parsed = lambda answers: names.parse(answers.get("interviewer", ""))  # noqa: E731
    return [
        ("titled name", first(situations, lambda answers: parsed(answers)["courtesy"] or parsed(answers)["academic"])),
        ("compound given name", first(situations, lambda answers: " " in parsed(answers)["given"])),
        ("typed topic", first(situations, lambda answers: answers.get("topic"))),
    ]


CASES = [(language, what, situation) for language in LANGUAGES for what, situation in chosen(language["code"])]


@pytest.mark.parametrize(
    "language, what, situation", CASES, ids=["%s, %s" % (case[0]["code"], case[1]) for case in CASES]
)
def test_the_page_writes_the_golden_messages(open_app, language, what, situation):
    today = datetime.datetime.combine(golden_messages.today_of(situation), datetime.time(12))
    page, watch = open_app(language["folder"], prepare=lambda context: context.clock.set_fixed_time(today))
    enter(page, situation["answers"])
    for kind, text in situation["messages"].items():
        page.locator('input[name="message"][value="%s"]' % kind).check()
        expect(page.locator("#note-text")).to_have_value(text)
    watch.assert_clean(page)
