"""Share links: the form in the URL fragment, names only on request, and nothing breaks."""

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from shouldconnect import content, fields, form, linkstate

FILLED = form.normalize(
    {
        "interviewer": "Zoë 😀 O'Neil",
        "company": "R&D <Labs> #1",
        "role": "Data & AI lead",
        "date": "2026-12-01",
        "culture": "open",
        "presence": "private",
        "note": False,
        "premium": True,
        "interviewer_role": "recruiter",
        "industry": "regulated",
        "mutual": "yes",
        "stage": "final",
        "invited": True,
        "follow_first": True,
        "mutual_name": "שרה כהן",
        "topic": "ML & ethics",
        "discussed": "the Q3 roadmap",
        "greet_as": "Zoë",
        "your_name": "Kai",
        "tone": "brief",
    }
)


def test_a_link_with_names_brings_back_every_answer():
    link = linkstate.decode("#" + linkstate.encode(FILLED, True))
    assert link["status"] == "ok"
    assert link["values"] == FILLED
    assert link["names"] is True


def test_without_names_no_name_is_in_the_link_but_everything_else_is():
    fragment = linkstate.encode(FILLED, False)
    for field in linkstate.NAME_FIELDS:
        assert FILLED[field] and linkstate.quote(FILLED[field]) not in fragment, field
    link = linkstate.decode(fragment)
    assert link["names"] is False
    expected = dict(FILLED, **{field: "" for field in linkstate.NAME_FIELDS})
    assert link["values"] == expected


def test_the_defaults_make_the_shortest_link():
    assert linkstate.encode(dict(form.DEFAULTS), True) == linkstate.BARE == "v=%d" % linkstate.VERSION


def test_the_link_is_plain_ascii_with_no_characters_that_need_escaping():
    fragment = linkstate.encode(FILLED, True)
    assert fragment.isascii()
    assert not set(fragment) & set(" <>\"'#")


@pytest.mark.parametrize(
    "fragment, status",
    [
        ("", "empty"),
        ("#", "empty"),
        ("#embed=1", "empty"),
        ("#?secret=Ab12", "empty"),  # WordPress marks embedded frames this way
        ("#pricing", "foreign"),
    ],
)
def test_fragments_that_are_not_ours_leave_the_defaults(fragment, status):
    link = linkstate.decode(fragment)
    assert link["status"] == status
    assert link["values"] == form.DEFAULTS
    assert linkstate.notices(link) == ([content.LINK_NOTICES[status]] if status in content.LINK_NOTICES else [])


@pytest.mark.parametrize(
    "fragment, field",
    [
        ("#v=1&p=open&c=sideways", "culture"),
        ("#v=1&p=open&n=maybe", "note"),
        ("#v=1&p=open&d=2026-02-30", "date"),
        ("#v=1&p=open&d=2026-12-0", "date"),
        ("#v=1&p=open&iw=%E2%28%A1", "interviewer"),  # not UTF-8
        ("#v=1&p=open&iw=%G1", "interviewer"),
    ],
)
def test_one_damaged_value_costs_only_itself_and_is_named(fragment, field):
    link = linkstate.decode(fragment)
    assert link["status"] == "ok" and link["dropped"] == [field]
    assert link["values"] == dict(form.DEFAULTS, presence="open")
    assert linkstate.notices(link) == [content.LINK_DROPPED.format(answers=fields.BY_NAME[field]["named"])]


def test_an_unknown_key_is_left_out_with_a_note_and_a_newer_link_still_opens():
    link = linkstate.decode("#v=1&p=open&zz=1")
    assert (link["status"], link["unknown"], link["values"]["presence"]) == ("ok", ["zz"], "open")
    assert linkstate.notices(link) == [content.LINK_UNKNOWN]
    newer = linkstate.decode("#v=2&c=open&zz=9")
    assert (newer["status"], newer["values"]["culture"]) == ("future", "open")
    assert linkstate.notices(newer) == [content.LINK_NOTICES["future"]]


@pytest.mark.parametrize("version", ["one", "\u00b2", "\u0661", ""])
def test_an_unreadable_version_still_fills_in_what_it_can(version):
    link = linkstate.decode("#v=" + version + "&c=open")
    assert link["status"] == "damaged" and link["values"]["culture"] == "open"


def test_topics_are_personal_and_stay_out_without_names():
    situation = form.normalize({"topic": "her talk at Config 2025", "discussed": "the roadmap", "role": "Analyst"})
    fragment = linkstate.encode(situation, False)
    assert "tp=" not in fragment and "ds=" not in fragment and "j=Analyst" in fragment
    assert linkstate.decode(linkstate.encode(situation, True))["values"]["topic"] == "her talk at Config 2025"


# Any one pair of a real link corrupted, or any unknown pair added, keeps all the others.
LINKED = form.normalize(
    {
        "interviewer": "Zoë 😀 Ng", "company": "R&D", "role": "Analyst", "date": "2026-12-11", "culture": "open",
        "presence": "private", "note": False, "premium": True, "interviewer_role": "recruiter",
        "industry": "startup", "mutual": "yes", "stage": "final", "invited": True, "follow_first": True,
        "mutual_name": "Sam", "topic": "AI", "discussed": "Rust", "your_name": "Li", "tone": "formal",
        "greet_as": "Zo",
    }
)  # fmt: skip


@given(st.data())
def test_any_one_corrupted_pair_keeps_all_the_others(data):
    parts = linkstate.encode(LINKED, True).split("&")
    index = data.draw(st.integers(1, len(parts) - 1))
    key = parts[index].partition("=")[0]
    junk = data.draw(st.text(alphabet="%&=#?ZZzz019-ü", max_size=8))
    parts[index] = key + "=" + junk.replace("&", "").replace("#", "")
    link = linkstate.decode("#" + "&".join(parts))
    field = dict((short, name) for name, short in linkstate.KEYS)[key]
    for other in form.DEFAULTS:
        if other != field:
            assert link["values"][other] == LINKED[other], other
    assert link["dropped"] in ([], [field])


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=4), st.text(max_size=12))
def test_any_unknown_pair_keeps_all_the_others(key, value):
    known = {short for _, short in linkstate.KEYS} | {"v"} | set(linkstate.HARMLESS_KEYS)
    assume(key not in known)
    link = linkstate.decode("#" + linkstate.encode(LINKED, True) + "&" + key + "=" + linkstate.quote(value))
    assert link["values"] == LINKED and link["unknown"] == [key] and link["dropped"] == []


def test_embed_mode_rides_along_with_the_answers():
    link = linkstate.decode("#v=1&c=open&embed=1")
    assert link["status"] == "ok" and link["values"]["culture"] == "open"


@pytest.mark.parametrize("junk", ["%", "&&&", "v", "v=", "=", "#v=1&=x", "v=1&c", None, 42, "v=1&iw=%", "\x00"])
def test_decoding_never_raises(junk):
    assert linkstate.decode(junk)["status"] in ("empty", "foreign", "damaged", "future", "ok")


@pytest.mark.parametrize("text", ["", "plain", "a b&c=d#e", "Zoë", "😀", "עברית", "%41"])
def test_quote_round_trips(text):
    assert linkstate.unquote(linkstate.quote(text)) == text


@pytest.mark.parametrize(
    "current_hash, fragment, address",
    [
        ("", "v=1&c=open", "/t/?embed=1#v=1&c=open"),
        ("#v=1&c=formal", linkstate.BARE, "/t/?embed=1"),
        ("#v=1&c=formal&embed=1", "v=1&c=open", "/t/?embed=1#v=1&c=open&embed=1"),
        # WordPress's secret is kept exactly as WordPress wrote it, whatever the answers become.
        ("#?secret=Ab3dE5gH9k", "v=1&c=open", "/t/?embed=1#v=1&c=open&?secret=Ab3dE5gH9k"),
        ("#v=1&c=open&?secret=Ab3dE5gH9k", linkstate.BARE, "/t/?embed=1#?secret=Ab3dE5gH9k"),
    ],
)
def test_the_page_address_carries_the_answers_and_keeps_what_a_host_added(current_hash, fragment, address):
    assert linkstate.page_address("/t/", "?embed=1", current_hash, fragment) == address


def test_a_rewritten_address_still_reads_as_the_same_answers():
    fragment = linkstate.encode(form.normalize({"culture": "open"}), False)
    address = linkstate.page_address("/t/", "", "#?secret=Ab3dE5gH9k", fragment)
    assert linkstate.decode(address[address.index("#") :])["values"]["culture"] == "open"


def test_the_share_address_is_the_full_page_with_the_answers_only():
    assert linkstate.share_address("https://a.test", "/t/", "v=1&c=open") == "https://a.test/t/#v=1&c=open"
    assert linkstate.share_address("https://a.test", "/t/", linkstate.BARE) == "https://a.test/t/"
