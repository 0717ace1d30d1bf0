"""Properties of the pure package over generated inputs (hypothesis), where tables of examples
would miss the odd case: any text as a link, any answers, any day, any name length."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

import engine
from shouldconnect import content, form, linkstate, note, rules, verdict_words


def decide(situation_, days):
    """The decision as the page shows it: ids, fields and words."""
    return verdict_words.described(rules.decide(situation_, days), days)


# Modest, so the whole file runs in seconds; no deadline, as the engine's first render compiles templates.
settings.register_profile("should-i-connect", max_examples=150, deadline=None)
settings.load_profile("should-i-connect")

# Text a person might type or paste: anything Unicode (hypothesis leaves out lone surrogates, which
# no form field gives), with emoji, right-to-left scripts and link syntax mixed in on purpose.
TRICKY = ("😀", "👩🏽‍💻", "שרה כהן", "مريم", "Zoë", "&", "=", "#", "%", "%2", "+", " ", "\u00a0", "\n")
typed_text = st.one_of(
    st.lists(st.one_of(st.text(max_size=12), st.sampled_from(TRICKY)), max_size=6).map("".join),
    st.text(min_size=60, max_size=400),  # long enough to push a note over its limit
)
iso_dates = st.dates().map(lambda day: day.isoformat())
# None is "no date yet"; then the days around the rules' thresholds, and any day from 0001-01-01 to
# 9999-12-31 (the dates the field allows) seen from any other.
days_left = st.one_of(
    st.none(), st.integers(-7, 7), st.integers(-3_652_058, 3_652_058), st.sampled_from((-3_652_058, 3_652_058))
)


@st.composite
def situations(draw, text=typed_text):
    """A normalized form dict, as the page reads it and a link restores it."""
    raw = {field: draw(text) for field in form.TEXT_FIELDS}
    raw.update((field, draw(st.sampled_from(choices))) for field, choices in form.CHOICES.items())
    raw.update((field, draw(st.booleans())) for field in form.FLAG_FIELDS)
    raw["date"] = draw(st.one_of(st.just(""), iso_dates))
    return form.normalize(raw)


# Fragments shaped like ours (known and unknown keys, good and broken escapes) reach far more of
# the decoder than random text, which almost never starts "v=".
link_keys = st.sampled_from([key for _, key in linkstate.KEYS] + ["v", "embed", "x", ""])
link_values = st.one_of(
    typed_text, st.sampled_from(("1", "0", "2", "open", "2026-02-30", "%", "%4", "%zz", "%C3", "%E2%82"))
)
ours = st.lists(st.tuples(link_keys, link_values).map("=".join), max_size=8).map(
    lambda parts: "#v=1&" + "&".join(parts)
)


@given(st.one_of(st.text(), ours, st.builds(lambda v, rest: "#v=" + v + rest, st.text(max_size=3), st.text())))
def test_decoding_any_text_as_a_link_never_raises_and_gives_a_whole_form(fragment):
    link = linkstate.decode(fragment)
    assert link["status"] in ("empty", "ok", "damaged", "foreign", "future")
    assert link["values"] == form.normalize(link["values"])
    assert linkstate.usable(link) or link["values"] == form.DEFAULTS


@given(situations(), st.booleans())
def test_any_answers_come_back_from_their_link(situation, include_names):
    link = linkstate.decode("#" + linkstate.encode(situation, include_names))
    assert link["status"] == "ok"
    expected = situation if include_names else dict(situation, **{name: "" for name in linkstate.NAME_FIELDS})
    assert link["values"] == expected


@given(situations(), days_left)
def test_every_situation_gets_a_verdict_with_at_least_one_reason(situation, days):
    decision = decide(situation, days)
    assert decision["verdict"] in content.VERDICT_SHORT
    assert decision["reasons"]
    for reason in decision["reasons"]:
        assert reason["text"] and reason["field"] in form.DEFAULTS
    for flip in rules.what_would_change(situation, days):
        assert flip["verdict"] != decision["verdict"]


def notes_written_for(situation, days):
    request = note.writer_request(
        situation, days, "2026-06-15", rules.decide(form.normalize(situation), days)["verdict"]
    )
    answer = json.loads(engine.render_messages(json.dumps(request)))
    return {kind: text for kind, text in answer["messages"].items() if note.is_note(kind)}


@given(situations(), days_left)
def test_every_note_fits_its_limit_or_carries_the_over_limit_warning(situation, days):
    for kind, text in notes_written_for(situation, days).items():
        status = note.note_status(text, situation["premium"], kind)
        too_long = [warning for warning in note.note_warnings(status) if "over LinkedIn's" in warning]
        if status["count"] <= status["limit"]:
            assert too_long == []
        else:
            excess = status["count"] - status["limit"]
            assert too_long and ("%d character" % excess) in too_long[0]


@given(situations(text=st.one_of(st.text(max_size=40), st.text(min_size=36, max_size=40))), days_left)
def test_brief_notes_with_fields_of_up_to_40_characters_always_fit(situation, days):
    # The promise behind the warning above: only longer names than this can push a note over.
    for kind, text in notes_written_for(dict(situation, tone="brief"), days).items():
        assert note.count_characters(text) <= note.note_limit(situation["premium"]), (kind, text)
