"""Form normalization: typed text survives as typed, everything else becomes predictable."""

import pytest

from shouldconnect import form

TYPED_TEXTS = [
    "<img src=x onerror=alert(1)>",
    '<b>Jane</b> & "Co"',
    "O'Brien",
    "Jos\u00e9 Garc\u00eda",
    "Zo\u00eb \U0001f600",
    "\u674e\u534e",
    "{{ config }}",
    "Anne-Marie  Dupont",  # inner spaces are the user's own
]

ALL_WHITESPACE = "".join(chr(code) for code in range(0x110000) if chr(code).isspace())


def test_empty_form_gives_the_defaults_as_a_new_dict():
    situation = form.normalize({})
    situation["company"] = "changed"

    assert form.normalize({}) == form.DEFAULTS
    assert form.DEFAULTS["company"] == ""


@pytest.mark.parametrize("text", TYPED_TEXTS)
@pytest.mark.parametrize("field", form.TEXT_FIELDS)
def test_text_is_kept_exactly_as_typed(field, text):
    assert form.normalize({field: text})[field] == text


@pytest.mark.parametrize("field", form.TEXT_FIELDS)
def test_text_is_trimmed(field):
    assert form.normalize({field: "  \tJane Doe \n"})[field] == "Jane Doe"


def test_trimming_matches_cpython_whitespace_everywhere():
    assert set(form.WHITESPACE) == set(ALL_WHITESPACE)
    padded = ALL_WHITESPACE + "Caf\u00e0 \u00e0" + ALL_WHITESPACE
    assert form.normalize({"role": padded})["role"] == padded.strip()


@pytest.mark.parametrize(
    "field, value",
    [
        ("culture", "open"),
        ("culture", "formal"),
        ("culture", "unsure"),
        ("presence", "open"),
        ("presence", "private"),
        ("presence", "unknown"),
    ],
)
def test_valid_choices_are_kept(field, value):
    assert form.normalize({field: value})[field] == value


def test_choices_ignore_case_and_spaces():
    situation = form.normalize({"culture": " Formal ", "presence": "PRIVATE"})

    assert (situation["culture"], situation["presence"]) == ("formal", "private")


@pytest.mark.parametrize("value", ["", "friendly", "open-ish", None, True, 3])
def test_unknown_choices_fall_back_to_the_cautious_default(value):
    situation = form.normalize({"culture": value, "presence": value})

    assert situation["culture"] == "unsure"
    assert situation["presence"] == "unknown"


def test_flags_become_booleans_and_note_defaults_to_yes():
    assert form.normalize({})["note"] is True
    assert form.normalize({})["premium"] is False
    assert form.normalize({"note": 0, "premium": "yes"}) == dict(form.DEFAULTS, note=False, premium=True)


def test_a_valid_date_is_kept_and_trimmed():
    assert form.normalize({"date": " 2024-02-29 "})["date"] == "2024-02-29"


@pytest.mark.parametrize("value", ["2023-02-29", "29/02/2024", "tomorrow", "2024-2-9", None, 5])
def test_an_invalid_date_is_dropped(value):
    assert form.normalize({"date": value})["date"] == ""


def test_unknown_keys_are_dropped():
    assert set(form.normalize({"evil": "<script>", "note": True})) == set(form.DEFAULTS)


WEIRD_VALUES = [None, "", "   ", True, False, 0, 1, -5, 3.5, [], {}, ["open"], "\x00", "\ud800", "x" * 5000]


@pytest.mark.parametrize("value", WEIRD_VALUES)
def test_never_raises_and_always_returns_every_key(value):
    raw = {key: value for key in form.DEFAULTS}

    situation = form.normalize(raw)

    assert set(situation) == set(form.DEFAULTS)
    for key in form.TEXT_FIELDS + ("date",):
        assert isinstance(situation[key], str)
    for key in form.FLAG_FIELDS:
        assert isinstance(situation[key], bool)
    for key, allowed in form.CHOICES.items():
        assert situation[key] in allowed


@pytest.mark.parametrize("raw", [None, "culture=open", [("culture", "open")]])
def test_something_other_than_a_dict_gives_the_defaults(raw):
    assert form.normalize(raw) == form.DEFAULTS


# Issue 3's optional inputs.

NEW_CHOICES = [
    (field, value)
    for field in ("interviewer_role", "industry", "mutual", "stage", "tone")
    for value in form.CHOICES[field]
]


def test_every_field_is_exactly_one_kind_and_has_a_default():
    kinds = list(form.TEXT_FIELDS) + list(form.FLAG_FIELDS) + list(form.CHOICES) + ["date"]
    assert len(kinds) == len(set(kinds))
    assert set(kinds) == set(form.DEFAULTS)
    for field, allowed in form.CHOICES.items():
        assert form.DEFAULTS[field] in allowed, field
    for field in form.FLAG_FIELDS:
        assert form.DEFAULTS[field] in (True, False), field


def test_the_optional_inputs_default_to_neutral_values():
    # These are the values that leave the article's rules exactly as they were.
    defaults = form.normalize({})
    assert (defaults["interviewer_role"], defaults["industry"], defaults["mutual"], defaults["stage"]) == (
        "unknown",
        "unknown",
        "unknown",
        "unknown",
    )
    assert defaults["invited"] is False and defaults["follow_first"] is False
    assert defaults["tone"] == "warm"
    assert defaults["mutual_name"] == defaults["topic"] == defaults["your_name"] == ""


@pytest.mark.parametrize("field, value", NEW_CHOICES)
def test_new_choices_are_kept_ignoring_case_and_spaces(field, value):
    assert form.normalize({field: value})[field] == value
    assert form.normalize({field: "\u00a0" + value.upper() + " "})[field] == value


@pytest.mark.parametrize("field", ["interviewer_role", "industry", "mutual", "stage", "tone"])
@pytest.mark.parametrize("value", ["", "hiring manager", "offer!", None, True])
def test_unknown_new_choices_fall_back_to_the_default(field, value):
    assert form.normalize({field: value})[field] == form.DEFAULTS[field]


def test_new_flags_become_booleans():
    situation = form.normalize({"invited": "on", "follow_first": 0})

    assert situation["invited"] is True and situation["follow_first"] is False
