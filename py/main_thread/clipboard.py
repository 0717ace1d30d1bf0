"""The clipboard, with the old way for frames that refuse the new one, and a fallback the reader
can finish by hand.

Copying starts in the click itself (copy_text is called there, not in a task): where a frame's
permissions policy refuses the asynchronous clipboard (WordPress's sandboxed frame has no
allow="clipboard-write"), the old document.execCommand("copy") still works, but only while the
click's handler runs. Asking the refused clipboard first would log a policy violation."""

from dom import log_error
from pyscript import document, window
from pyscript.ffi import create_proxy

from shouldconnect import content
from shouldconnect.i18n import _


def may_write_clipboard():
    """Whether this frame's permissions policy lets it write to the clipboard. Chromium says so
    (document.featurePolicy); where a browser can't say, the clipboard is asked and answers."""
    if not hasattr(document, "featurePolicy"):
        return True
    return bool(document.featurePolicy.allowsFeature("clipboard-write"))


def copy_the_old_way(text, source):
    """Select `source` and copy with execCommand, putting exactly `text` on the clipboard (the
    embed code is two boxes' worth); True when the browser copied."""

    def put(event):
        event.clipboardData.setData("text/plain", text)
        event.preventDefault()

    listener = create_proxy(put)
    document.addEventListener("copy", listener)
    source.focus()
    source.select()
    try:
        return bool(document.execCommand("copy"))
    finally:
        document.removeEventListener("copy", listener)


async def not_copied():
    return False


def copy_text(text, status_line, source, copied):
    """Copy to the clipboard, starting in the click, and say so. Where the browser refuses, `source`
    is selected and the reader told to press Ctrl+C. Returns a coroutine whose value is True when
    the text reached the clipboard."""
    status_line.textContent = ""
    writing = window.navigator.clipboard.writeText(text) if may_write_clipboard() else None
    done = writing is None and copy_the_old_way(text, source)

    async def outcome():
        if writing is not None:
            try:
                await writing
                status_line.textContent = copied
                return True
            except Exception as error:
                log_error("clipboard", error)
        if done:
            status_line.textContent = copied
            return True
        source.focus()
        source.select()
        status_line.textContent = _(content.COPY_FALLBACK)
        return False

    return outcome()
