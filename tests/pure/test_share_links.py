"""Share links on every interpreter: the answers through a link and back, what a bad or newer link
costs, and the addresses the page writes them into."""

from shouldconnect import form, linkstate

LINKED = form.normalize(
    {
        "interviewer": "Zo\u00eb \U0001f600 \u05e9\u05e8\u05d4",
        "company": "R&D <x>",
        "culture": "open",
        "date": "2026-12-01",
        "invited": True,
        "tone": "brief",
    }
)
BAD_UTF8 = "#v=1&c=open&iw=%E2%28%A1"

ADDRESS_CASES = (
    {
        "name": "page_address keeps WordPress's secret after the answers",
        "arguments": ("/tool/", "?embed=1", "#?secret=AbC123xyZ9", "v=1&c=open"),
        "expected": "/tool/?embed=1#v=1&c=open&?secret=AbC123xyZ9",
    },
    {
        "name": "page_address drops the defaults' fragment",
        "arguments": ("/t/", "", "#v=1&c=open", "v=1"),
        "expected": "/t/",
    },
)
CASES = {"test_page_address": ADDRESS_CASES}


def _round_trip(include_names):
    link = linkstate.decode("#" + linkstate.encode(LINKED, include_names))
    return link["status"], link["values"]["interviewer"], link["values"]["culture"], link["values"]["invited"]


def test_a_link_with_names_round_trips_emoji_and_hebrew():
    assert _round_trip(True) == ("ok", "Zo\u00eb \U0001f600 \u05e9\u05e8\u05d4", "open", True)


def test_a_link_without_names_drops_the_name_only():
    assert _round_trip(False) == ("ok", "", "open", True)


def test_a_links_bad_utf8_costs_only_that_name():
    link = linkstate.decode(BAD_UTF8)

    assert (link["status"], link["dropped"], link["values"]["culture"]) == ("ok", ["interviewer"], "open"), link


def test_an_unknown_key_is_set_aside():
    assert linkstate.decode("#v=1&zz=1&p=open")["unknown"] == ["zz"]


def test_a_newer_link_is_recognised():
    assert linkstate.decode("#v=7")["status"] == "future"


def test_page_address(case):
    address = linkstate.page_address(*case["arguments"])

    assert address == case["expected"], address


def test_share_address_leaves_out_embed_mode():
    assert linkstate.share_address("https://a.test", "/t/", "v=1&p=open") == "https://a.test/t/#v=1&p=open"
