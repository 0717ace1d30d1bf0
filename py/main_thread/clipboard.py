"""The clipboard, with a fallback the reader can finish by hand."""

from dom import log_error
from pyscript import window

from shouldconnect import content
from shouldconnect.i18n import _


async def copy_text(text, status_line, source, copied):
    """Copy to the clipboard and say so; where the browser refuses (an iframe without
    clipboard-write, an old browser), select `source` and tell the reader to press Ctrl+C.
    Returns True when the text reached the clipboard."""
    status_line.textContent = ""
    try:
        await window.navigator.clipboard.writeText(text)
    except Exception as error:
        log_error("clipboard", error)
        source.focus()
        source.select()
        status_line.textContent = _(content.COPY_FALLBACK)
        return False
    status_line.textContent = copied
    return True
