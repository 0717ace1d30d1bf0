"""This tab's memory (sessionStorage): every answer, names and edited messages included, so that a
reload, or a phone bringing a discarded tab back, finds the page as it was. The browser keeps it
for this tab only and forgets it when the tab closes. A sandboxed frame has no storage, so there
it is not tried."""

import json

from dom import element, web_storage
from pyscript import window

from shouldconnect import i18n, linkstate

TAB_KEY = "should-i-connect:tab"


def keep_in_tab(situation, edited):
    """Keep the answers (in the share link's format, names included), the edits and the language
    they are in, and the address they belong to."""
    state = {
        "answers": linkstate.encode(situation, True),
        "names": bool(element("include_names").checked),
        "edited": edited,
        "language": i18n.language(),
        "address": str(window.location.hash),
    }
    web_storage("sessionStorage", "setItem", TAB_KEY, json.dumps(state))


def from_tab():
    """What this tab kept, or None: {"values", "names", "edited", "address"}. Edits made in another
    language's page are left there: this page writes the messages anew in its own."""
    saved = web_storage("sessionStorage", "getItem", TAB_KEY)
    try:
        state = json.loads(saved) if saved else None
    except ValueError:  # not our JSON
        return None
    if not isinstance(state, dict):
        return None
    link = linkstate.decode(state.get("answers", ""))
    if link["status"] != "ok":
        return None
    edited = state.get("edited") if state.get("language", "en") == i18n.language() else None
    return {
        "values": link["values"],
        "names": state.get("names") is True,
        "edited": edits_of(edited),
        "address": state.get("address", ""),
    }


def edits_of(edited):
    """Each person's edits ({"1": {kind: text}, ...}, MessageBox.edited) as this tab kept them,
    anything else left out. A tab kept from before panels holds one person's {kind: text}: they
    are person 1's."""
    if not isinstance(edited, dict):
        return {}
    if [text for text in edited.values() if isinstance(text, str)]:
        edited = {"1": edited}
    return dict(
        (person, dict((kind, text) for kind, text in edits.items() if isinstance(text, str)))
        for person, edits in edited.items()
        if person.isdigit() and isinstance(edits, dict)
    )
