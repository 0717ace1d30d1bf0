"""Names as people paste them from LinkedIn, cleaned for greetings and sign-offs."""

import pytest

from shouldconnect import content, names


@pytest.mark.parametrize(
    "typed, warm, formal",
    [
        ("Dr. Priya Raman", "Priya", "Dr. Raman"),
        ("Dr Priya Raman", "Priya", "Dr Raman"),
        ("Prof. Dr. Hans Müller", "Hans", "Prof. Müller"),  # one title, the highest, as English writes it
        ("Ms. Aoife Ní Bhriain", "Aoife", "Ms. Ní Bhriain"),
        ("Mr. Ludwig van Beethoven Jr.", "Ludwig", "Mr. van Beethoven"),
        ("Priya Raman", "Priya", "Priya Raman"),
        ("Zoë Martínez-García", "Zoë", "Zoë Martínez-García"),
        ("Jean-Luc Picard 🚀", "Jean-Luc", "Jean-Luc Picard"),
        ("Sam Lee (he/him) | Hiring", "Sam", "Sam Lee"),
        ("Ana Ruiz, PhD, PMP", "Ana", "Ana Ruiz"),
        ("Olu Adeyemi – Talent Partner at Initech", "Olu", "Olu Adeyemi"),
        ("🇯🇵 Haruki Murakami 👩‍💻", "Haruki", "Haruki Murakami"),
        ("Madonna", "Madonna", "Madonna"),
        ("Dr Priya", "Priya", "Dr Priya"),
        ("", "", ""),
    ],
)
def test_greetings_by_tone(typed, warm, formal):
    assert names.greeting_name(typed, "warm") == warm
    assert names.greeting_name(typed, "brief") == warm
    assert names.greeting_name(typed, "formal") == formal


@pytest.mark.parametrize("typed", ["Kim Min-jun", "Nguyen Van", "Wang Fang", "Tanaka Yuki"])
def test_a_name_that_may_put_the_family_name_first_is_greeted_in_full_and_questioned(typed):
    for tone in ("warm", "formal", "brief"):
        assert names.greeting_name(typed, tone) == typed
    second = typed.split()[1]
    assert names.order_question(typed) == content.GREETING_ORDER_CHECK.format(second=second)


@pytest.mark.parametrize("typed", ["Priya Raman", "Kim Min-jun Park", "Lee", "Dr. Kim Min-jun Lee"])
def test_no_question_where_the_order_is_clear(typed):
    assert names.order_question(typed) == ""


def test_invisible_characters_go_but_an_emoji_keeps_its_joiner():
    assert names.without_invisible("\u202eAna\u200b Ruiz\u2066\u200f") == "Ana Ruiz"
    assert names.without_invisible("👩\u200d💻 and a\u200db") == "👩\u200d💻 and ab"


def test_the_sign_off_is_the_name_without_decoration():
    assert names.signature_name("Zoë Martínez-García, PhD 🌱 (she/her)") == "Zoë Martínez-García"
    assert names.signature_name("\u202eLi\u200b Wei") == "Li Wei"
    assert names.signature_name("Dr. Ana Ruiz") == "Ana Ruiz"
