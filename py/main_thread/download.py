"""Saving a file the page made, through the browser's own download: nothing is sent anywhere."""

from pyscript import document, window
from pyscript.ffi import create_proxy, to_js

# Long enough for every browser to have taken the file before its address is let go.
RELEASE_AFTER_MS = 10_000


def save_file(name, text, media_type):
    blob = window.Blob.new(to_js([text]), to_js({"type": media_type}))
    address = window.URL.createObjectURL(blob)
    link = document.createElement("a")
    link.href = address
    link.download = name
    document.body.append(link)
    link.click()
    link.remove()
    window.setTimeout(create_proxy(lambda: window.URL.revokeObjectURL(address)), RELEASE_AFTER_MS)
