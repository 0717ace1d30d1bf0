"""The address bar: the answers a link brought, and the address kept on the current answers."""

from dom import element
from pyscript import document, window

from shouldconnect import content, linkstate


def linked_answers():
    """The answers in the address's fragment, or None; says once, above the form, why a link
    couldn't be used."""
    link = linkstate.decode(window.location.hash)
    if link["status"] == "ok":
        element("include_names").checked = link["names"]
        return link["values"]
    if link["status"] in content.LINK_NOTICES:
        notice = element("link-notice")
        notice.textContent = content.LINK_NOTICES[link["status"]]
        notice.hidden = False
    return None


def follow_address(situation):
    """Keep the address bar on the current answers, replacing (never adding) history entries,
    and offer the same answers on the full page for sharing and for "Continue in the full tool"
    (which takes the names along: it is the same person's next step)."""
    location = window.location
    fragment = linkstate.encode(situation, element("include_names").checked)
    address = linkstate.page_address(location.pathname, location.search, location.hash, fragment)
    if address != location.pathname + location.search + location.hash:
        window.history.replaceState(None, "", address)
    element("share-url").value = linkstate.share_address(location.origin, location.pathname, fragment)
    full_tool = linkstate.share_address(location.origin, location.pathname, linkstate.encode(situation, True))
    for link in document.querySelectorAll("a[data-full-tool]"):
        link.href = full_tool


def page_base_url():
    """The folder this page is published in, as embed code must name it."""
    location = window.location
    return location.origin + location.pathname[: location.pathname.rfind("/") + 1]
