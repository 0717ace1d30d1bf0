"""How the note greets the interviewer and words what you talked about: names as people write them,
invisible characters dropped, a profile's "her talk" turned to "your talk"."""

from shouldconnect import names, topics

GREETING_CASES = (
    {"name": "formal with a title", "typed": "Dr. Priya Raman (she/her)", "tone": "formal", "expected": "Dr. Raman"},
    {"name": "warm, emoji dropped", "typed": "Jean-Luc Picard \U0001f680", "tone": "warm", "expected": "Jean-Luc"},
    {"name": "order unclear", "typed": "Kim Min-jun", "tone": "warm", "expected": "Kim Min-jun"},
)
PHRASE_CASES = (
    {
        "name": "her talk",
        "typed": "her talk at Config 2025",
        "expected": {"kind": "work", "text": "your talk at Config 2025"},
    },
    {
        "name": "the team she leads",
        "typed": "the team she leads",
        "expected": {"kind": "subject", "text": "the team you lead"},
    },
)
CASES = {"test_greeting_name": GREETING_CASES, "test_profile_phrase": PHRASE_CASES}


def test_greeting_name(case):
    greeting = names.greeting_name(case["typed"], case["tone"])

    assert greeting == case["expected"], greeting


def test_without_invisible_keeps_a_joiner_in_an_emoji():
    text = names.without_invisible("\u202eA\u200bb \U0001f469\u200d\U0001f4bb")

    assert text == "Ab \U0001f469\u200d\U0001f4bb", text


def test_profile_phrase(case):
    phrase = topics.profile_phrase(case["typed"])

    assert phrase == case["expected"], phrase
