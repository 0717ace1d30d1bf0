"""The form's answers cleaned into one predictable situation: typed text kept as typed but trimmed
of any Unicode space, bad choices dropped, flags made booleans, impossible dates left out."""

from shouldconnect import form

FILLED = {
    "interviewer": "\u00a0 <img src=x> Jos\u00e9 \U0001f600 ",
    "company": ' "Acme" & Sons ',
    "role": "\u3000Caf\u00e0 analyst\u00a0",
    "date": " 2024-02-29 ",
    "culture": "hostile",
    "presence": "private",
    "note": "",
    "premium": 1,
    "interviewer_role": " Recruiter ",
    "industry": "REGULATED",
    "mutual": "maybe",
    "stage": "\u00a0offer",
    "invited": "on",
    "follow_first": 0,
    "mutual_name": "\u00a0Zo\u00eb \U0001f600\u3000",
    "topic": 42,
    "your_name": " Ana ",
    "tone": "Brief",
}
FILLED_EXPECTED = {
    "interviewer": "<img src=x> Jos\u00e9 \U0001f600",
    "greet_as": "",
    "discussed": "",
    "company": '"Acme" & Sons',
    "role": "Caf\u00e0 analyst",
    "date": "2024-02-29",
    "culture": "unsure",
    "presence": "private",
    "note": False,
    "premium": True,
    "interviewer_role": "recruiter",
    "industry": "regulated",
    "mutual": "unknown",
    "stage": "offer",
    "invited": True,
    "follow_first": False,
    "mutual_name": "Zo\u00eb \U0001f600",
    "topic": "",
    "your_name": "Ana",
    "tone": "brief",
}
EMPTY_EXPECTED = {
    "interviewer": "",
    "greet_as": "",
    "discussed": "",
    "company": "",
    "role": "",
    "date": "",
    "culture": "unsure",
    "presence": "unknown",
    "note": True,
    "premium": False,
    "interviewer_role": "unknown",
    "industry": "unknown",
    "mutual": "unknown",
    "stage": "unknown",
    "invited": False,
    "follow_first": False,
    "mutual_name": "",
    "topic": "",
    "your_name": "",
    "tone": "warm",
}


def test_normalize_keeps_typed_text_trims_and_drops_bad_choices():
    situation = form.normalize(FILLED)

    assert situation == FILLED_EXPECTED, situation


def test_normalize_drops_an_impossible_date():
    situation = form.normalize({"date": "2023-02-29"})

    assert situation == EMPTY_EXPECTED, situation
