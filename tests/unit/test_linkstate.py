"""Share links: the form in the URL fragment, names only on request, and nothing breaks."""

import pytest

from shouldconnect import form, linkstate

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
        assert not FILLED[field] or linkstate.quote(FILLED[field]) not in fragment
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
        ("#v=2&c=open", "future"),
        ("#v=one", "damaged"),
        ("#v=1&c=sideways", "damaged"),
        ("#v=1&n=maybe", "damaged"),
        ("#v=1&d=2026-02-30", "damaged"),
        ("#v=1&iw=%E2%28%A1", "damaged"),  # not UTF-8
        ("#v=1&iw=%G1", "damaged"),
        ("#v=1&zz=1", "damaged"),
    ],
)
def test_odd_links_fall_back_to_the_defaults_with_a_reason(fragment, status):
    link = linkstate.decode(fragment)
    assert link["status"] == status
    assert link["values"] == form.DEFAULTS


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
