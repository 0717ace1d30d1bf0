"""The page's other languages: the switcher's links, kept on the current answers, and the English
page's one-time offer of the reader's own language."""

from dom import in_sandbox, web_storage
from pyscript import document, window

from shouldconnect import i18n, languages

# Set once the offer has been shown, so that it is made once (docs/security.md lists it).
OFFERED_KEY = "should-i-connect:language-offered"


def keep_language_links_on_the_answers():
    """Each language's link carries the answers in the address, and an employer's presets in its
    query, so switching keeps them (and this tab's memory brings the names back when they are not
    in the address)."""
    fragment = str(window.location.hash)
    query = str(window.location.search)
    for link in document.querySelectorAll("a[data-language]"):
        link.hash = fragment
        link.search = query


def offer_the_readers_language():
    """On the English page, once: if the reader's browser prefers a language the page also speaks,
    say so in that language, without leaving the page."""
    if i18n.language() != languages.SOURCE or in_sandbox() or web_storage("localStorage", "getItem", OFFERED_KEY):
        return
    code = languages.best_match([str(tag) for tag in window.navigator.languages])
    offer = document.querySelector('[data-suggest="' + code + '"]') if code else None
    if offer:
        offer.hidden = False
        web_storage("localStorage", "setItem", OFFERED_KEY, code)
