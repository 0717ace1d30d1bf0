"""Remembered answers, opt-in: localStorage, in the share link's format (names included), so
one decoder reads both. Storage is not touched unless "Remember" is ticked, nor at all in a
sandboxed frame, which has none."""

from dom import element, web_storage

from shouldconnect import content, linkstate
from shouldconnect.i18n import _

REMEMBER_KEY = "should-i-connect:answers"


def storage(method, *args):
    return web_storage("localStorage", method, *args)


def keep_answers(situation):
    """Store the answers while "Remember" is ticked."""
    remember = element("remember").checked
    element("forget").hidden = not remember
    if remember:
        storage("setItem", REMEMBER_KEY, linkstate.encode(situation, True))


def forget_answers(event=None):
    """Unticking "Remember", or "Forget my answers": clear what this device keeps, in one step."""
    element("remember").checked = False
    element("forget").hidden = True
    storage("removeItem", REMEMBER_KEY)
    element("remember-status").textContent = _(content.ANSWERS_FORGOTTEN)


def remembered_answers():
    """The answers this device remembers, as a full form dict, or None; ticks "Remember" if so."""
    saved = storage("getItem", REMEMBER_KEY)
    if not saved:
        return None
    remembered = linkstate.decode(saved)
    if remembered["status"] != "ok":
        return None
    element("remember").checked = True
    return remembered["values"]
