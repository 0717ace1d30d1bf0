"""Sharing: the link to the current answers, the phone's share sheet, and the embed dialog."""

from clipboard import copy_text
from dom import element, log_error
from employer import update_embed_code
from pyscript import document, window

from shouldconnect import content
from shouldconnect.i18n import _


def copy_link():
    names = element("include_names").checked
    return copy_text(
        element("share-url").value,
        element("share-status"),
        element("share-url"),
        _(content.LINK_COPIED) if names else _(content.LINK_COPIED_NO_NAMES),
    )


async def share_link():
    """The phone's own share sheet; cancelling it is not an error worth showing."""
    try:
        await window.navigator.share(
            window.Object.fromEntries([["title", document.title], ["url", element("share-url").value]])
        )
    except Exception as error:
        if "AbortError" not in repr(error):
            log_error("share", error)


def open_embed_dialog(event):
    update_embed_code()
    element("embed-status").textContent = ""
    element("embed-dialog").showModal()


def close_embed_dialog(event):
    element("embed-dialog").close()


def copy_embed_code():
    code = element("embed-code").value + "\n" + element("embed-resize-code").value
    return copy_text(code, element("embed-status"), element("embed-code"), _(content.EMBED_COPIED))
