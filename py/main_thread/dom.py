"""Finding and filling the page's elements: the small DOM helpers every page module shares."""

from pyscript import document, window


def element(element_id):
    return document.getElementById(element_id)


def checked_value(name):
    """The value of the checked radio button of a group, or "" when none is checked."""
    checked = document.querySelector('input[name="' + name + '"]:checked')
    return checked.value if checked else ""


def fill_list(list_id, texts, fields=()):
    """Replace a list's items with plain-text ones; `fields` tags each with its input."""
    fill_items(element(list_id), texts, fields)


def fill_items(items, texts, fields=()):
    """fill_list() for a list element in hand."""
    items.replaceChildren()
    for index, text in enumerate(texts):
        item = document.createElement("li")
        item.textContent = text
        if fields:
            item.dataset.field = fields[index]
        items.append(item)


def log_error(where, error):
    """With PyScript's error banner off, the console is where failures go."""
    window.console.error("should-i-connect: " + where + ": " + repr(error))


def in_embed():
    """True in embed mode (?embed=1), which assets/embed.js decides before the first paint."""
    return document.documentElement.getAttribute("data-embed") == "yes"


def in_sandbox():
    """True in a frame with an opaque origin (WordPress's sandbox="allow-scripts"): no storage,
    no IndexedDB, no popups, so what needs them is not even tried."""
    return str(window.origin) == "null"


def web_storage(area, method, *args):
    """Call a method of localStorage or sessionStorage (`area`) where the browser allows it. A
    sandboxed frame has none, so it is not even asked; a browser that refuses simply keeps
    nothing, and the refusal is logged."""
    if in_sandbox():
        return None
    try:
        return getattr(getattr(window, area), method)(*args)
    except Exception as error:
        log_error(area, error)
        return None
