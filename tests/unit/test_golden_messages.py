"""Every golden situation of every language (tests/golden/<code>.txt) renders exactly its golden
messages, and only the messages the verdict offers: the files are the reviewed truth, so a
wording change is a change of them."""

import pytest

import golden_messages
import writing
from shouldconnect import i18n, note
from shouldconnect.languages import LANGUAGES, by_code
from tools import catalogs

CODES = [language["code"] for language in LANGUAGES]
CASES = [(code, situation) for code in CODES for situation in golden_messages.read(code)]


def written(code, situation):
    with i18n.speaking(catalogs.compiled(by_code(code))):
        return golden_messages.offered(situation), writing.written(situation["answers"], situation["today"])


@pytest.mark.parametrize("code, situation", CASES, ids=["%s: %s" % (code, case["title"]) for code, case in CASES])
def test_the_golden_messages_are_what_the_writer_writes(code, situation):
    kinds, messages = written(code, situation)
    assert set(situation["messages"]) == set(kinds), "the golden file must hold every message offered"
    for kind in kinds:
        assert messages[kind] == situation["messages"][kind], kind


@pytest.mark.parametrize("code", CODES)
def test_each_language_has_the_situations_a_reader_meets(code):
    situations = golden_messages.read(code)
    assert len(situations) >= 15
    answers = [situation["answers"] for situation in situations]
    assert {answer.get("tone", "warm") for answer in answers} == {"warm", "formal", "brief"}
    assert {kind for situation in situations for kind in situation["messages"]} == set(note.MESSAGE_KINDS)
    days = [golden_messages.days_of(situation) for situation in situations]
    assert 1 in days and -1 in days  # tomorrow, and after the interview
    assert [case for case in situations if case["answers"].get("date", "")[:4] > case["today"][:4]]  # next year
    assert [answer for answer in answers if answer.get("topic")]
    assert [answer for answer in answers if answer.get("mutual_name")]
    assert [answer for answer in answers if not answer.get("interviewer")]


@pytest.mark.parametrize("code", CODES)
def test_every_golden_note_fits_its_limit(code):
    for situation in golden_messages.read(code):
        limit = note.note_limit(situation["answers"].get("premium", False))
        for kind, text in situation["messages"].items():
            assert not note.is_note(kind) or note.count_characters(text) <= limit, (situation["title"], kind)
