"""What the "Embed on your site" dialog hands out: an iframe, and an optional resize script.

The iframe carries what a careful host needs: a title for screen readers, lazy loading,
permission to copy (`clipboard-write`) and no Referer. It is the same iframe oembed.json
gives WordPress and Ghost (a test holds the two together). The resize script is served by
this site, so a host only has to include it; it believes height messages from this
site's origin only.
"""

from .content import FRAME_TITLE
from .i18n import _

FRAME_WIDTH = 640
FRAME_HEIGHT = 900
RESIZE_SCRIPT = "assets/embed-host.js"


def attribute(value):
    """Escape text for a double-quoted HTML attribute."""
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


def frame_address(base_url, presets_query=""):
    """The frame's address: the page in embed mode, with an employer's presets (presets.encode())."""
    return base_url + "?embed=1" + ("&" + presets_query if presets_query else "")


def iframe_snippet(base_url, presets_query=""):
    """The iframe for the page published at base_url (ending in "/"), in embed mode, with an
    employer's presets if any."""
    return (
        '<iframe src="'
        + attribute(frame_address(base_url, presets_query))
        + '" title="'
        + attribute(_(FRAME_TITLE))
        + '"'
        ' width="%d" height="%d" style="border:0;max-width:100%%" loading="lazy"'
        ' allow="clipboard-write" referrerpolicy="no-referrer"></iframe>' % (FRAME_WIDTH, FRAME_HEIGHT)
    )


def resize_snippet(base_url):
    """The optional script tag that lets the frame grow to fit what it shows."""
    return '<script src="' + attribute(base_url + RESIZE_SCRIPT) + '" defer></script>'
