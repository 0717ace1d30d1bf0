"""The address bar: the answers a link brought, and the address kept on the current answers."""

from dom import element
from pyscript import document, window

from shouldconnect import linkstate


def show_link_notices(link, more=()):
    """Say above the form, once, what a link (and `more`: an employer's presets) could not bring
    (nothing when all was well)."""
    said = linkstate.notices(link) + list(more)
    notice = element("link-notice")
    notice.textContent = " ".join(said)
    notice.hidden = not said


def answers_in_address(start=None, more_notices=()):
    """The answers of the link in the address, or None, its notices shown (with `more_notices`).
    Whatever could be read is used: one damaged value never costs the others. `start`: the
    answers the link was written against (linkstate.encode)."""
    link = linkstate.decode(window.location.hash, start)
    show_link_notices(link, more_notices)
    if not linkstate.usable(link):
        return None
    element("include_names").checked = link["names"]
    return link["values"]


def follow_address(situation, start=None, query=""):
    """Keep the address bar on the current answers, replacing (never adding) history entries,
    and offer the same answers on the full page for sharing and for "Open the full tool"
    (which takes the names along: it is the same person's next step). `start` and `query`: an
    employer's starting answers and presets, which the links carry onward."""
    location = window.location
    fragment = linkstate.encode(situation, element("include_names").checked, start)
    address = linkstate.page_address(location.pathname, location.search, location.hash, fragment)
    if address != location.pathname + location.search + location.hash:
        window.history.replaceState(None, "", address)
    element("share-url").value = linkstate.share_address(location.origin, location.pathname, fragment, query)
    full_tool = linkstate.share_address(
        location.origin, location.pathname, linkstate.encode(situation, True, start), query
    )
    for link in document.querySelectorAll("a[data-full-tool]"):
        link.href = full_tool


def page_base_url():
    """The folder this page is published in, as embed code must name it."""
    location = window.location
    return location.origin + location.pathname[: location.pathname.rfind("/") + 1]
