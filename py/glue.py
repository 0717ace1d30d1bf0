"""Page glue: the only code that touches the DOM.

It runs on MicroPython on the main thread, so the verdict shows within a second of
the page loading, long before Pyodide (in the worker) can write the messages. Data
flows one way: the form becomes a plain dict, the pure rules turn it into a verdict
shown at once, and the same dict goes to the message engine, whose answer fills the
message box. Everything the user typed is written back with textContent or value,
never as markup.
"""

import asyncio
import json

from pyscript import document, window, workers
from pyscript.ffi import create_proxy

from shouldconnect import content, dates, form, linkstate, note, rules

# Pyodide boots in a few seconds here; a slow phone on a slow network gets far longer.
ENGINE_LIMIT_S = 90
ENGINE_FAILED = (
    "The message writer could not start, so there is no message to copy yet. The"
    " advice above still holds; reloading the page may help."
)
HANDLER_FAILED = "Something went wrong there. It has been logged; please try again."
SHOWN_FLIPS = 4


def element(element_id):
    return document.getElementById(element_id)


def log_error(where, error):
    """With PyScript's error banner off, the console is where failures go."""
    window.console.error("should-i-connect: " + where + ": " + repr(error))


def guarded(handler):
    """Wrap an event handler so one failure is logged and shown, and the next event works."""
    def run(event):
        try:
            handler(event)
        except Exception as error:
            log_error("handler", error)
            element("copy-status").textContent = HANDLER_FAILED
    return create_proxy(run)


async def start_engine():
    return await workers["engine"]


def checked_value(name):
    checked = document.querySelector('input[name="' + name + '"]:checked')
    return checked.value if checked else ""


def read_form():
    """The form as the plain dict the rules and the engine take."""
    values = {}
    for name in form.TEXT_FIELDS + ("date",):
        values[name] = element(name).value
    for name in form.CHOICES:
        control = element(name)  # a <select>; radio groups have no element of that id
        values[name] = control.value if control else checked_value(name)
    for name in form.FLAG_FIELDS:
        values[name] = bool(element(name).checked)
    return form.normalize(values)


def write_form(values):
    """Put a dict of form values back into the controls (restoring a shared link)."""
    for name in form.TEXT_FIELDS + ("date",):
        element(name).value = values[name]
    for name in form.CHOICES:
        control = element(name)
        if control:
            control.value = values[name]
        else:
            document.querySelector('input[name="' + name + '"][value="' + values[name] + '"]').checked = True
    for name in form.FLAG_FIELDS:
        element(name).checked = values[name]


def restore_from_link():
    """Open a shared link: fill the form from its fragment, or say once why not."""
    link = linkstate.decode(window.location.hash)
    if link["status"] == "ok":
        write_form(link["values"])
        element("include_names").checked = link["names"]
    elif link["status"] in content.LINK_NOTICES:
        notice = element("link-notice")
        notice.textContent = content.LINK_NOTICES[link["status"]]
        notice.hidden = False


def follow_address(situation):
    """Keep the address bar on the current answers, replacing (never adding) history entries."""
    location = window.location
    fragment = linkstate.encode(situation, element("include_names").checked)
    if "embed=1" in location.hash:
        fragment += "&embed=1"
    address = location.pathname + location.search + ("#" + fragment if fragment != "v=1" else "")
    if address != location.pathname + location.search + location.hash:
        window.history.replaceState(None, "", address)
    element("share-url").value = location.href


def today_iso():
    """The browser's local date: the day the candidate is living in, not UTC's."""
    now = window.Date.new()
    return "%04d-%02d-%02d" % (now.getFullYear(), now.getMonth() + 1, now.getDate())


def fill_list(list_id, texts, fields=()):
    """Replace a list's items with plain-text ones; `fields` tags each with its input."""
    items = element(list_id)
    items.replaceChildren()
    for index, text in enumerate(texts):
        item = document.createElement("li")
        item.textContent = text
        if fields:
            item.dataset.field = fields[index]
        items.append(item)


def show_verdict(decision, flips):
    box = element("verdict")
    headline = element("verdict-headline")
    verdict = decision["verdict"]
    # The headline is a live region: rewrite it only when the verdict changes, so a
    # screen reader hears each new verdict once rather than on every key press.
    if box.dataset.verdict != verdict or headline.textContent != decision["headline"]:
        box.dataset.verdict = verdict
        headline.textContent = decision["headline"]
    confidence = element("confidence")
    confidence.dataset.level = decision["confidence"]["level"]
    confidence.textContent = decision["confidence"]["text"]
    reasons = decision["reasons"]
    fill_list("reasons", [reason["text"] for reason in reasons], [reason["field"] for reason in reasons])
    fill_list("flips", [
        "If " + flip["text"] + ": " + content.VERDICT_SHORT[flip["verdict"]] + "."
        for flip in flips[:SHOWN_FLIPS]
    ] or [content.NOTHING_FLIPS])
    tip = element("verdict-tip")
    tip.textContent = content.WITHDRAW_WARNING
    tip.hidden = verdict != "wait"
    mark_points("pros", decision["pros"])
    mark_points("cons", decision["cons"])


def mark_points(list_id, applying):
    """Mark (never hide) the pros or cons that fit the candidate's answers."""
    for item in element(list_id).querySelectorAll("li[data-id]"):
        applies = item.dataset.id in applying
        item.dataset.applies = "yes" if applies else "no"
        item.querySelector(".applies").hidden = not applies


class Page:
    """What the page remembers between events: the verdict, the messages the engine
    wrote, the newest request, and the messages the candidate edited (never overwritten)."""

    def __init__(self):
        self.engine = None
        self.latest_request = 0
        self.verdict = ""
        self.written = {}
        self.edited = {}
        self.copy_confirmed = False

    def kind(self):
        return checked_value("message")

    def update(self, event=None):
        situation = read_form()
        days = dates.days_until(situation["date"], today_iso())
        decision = rules.decide(situation, days)
        show_verdict(decision, rules.what_would_change(situation, days))
        follow_address(situation)
        if decision["verdict"] != self.verdict:
            self.verdict = decision["verdict"]
            self.offer_messages()
        self.show_message()
        self.latest_request += 1
        asyncio.create_task(self.write_messages(self.latest_request, situation, days))

    def offer_messages(self):
        """On a new verdict, offer only the messages that fit it and select its main one."""
        offered = note.MESSAGES_FOR[self.verdict]
        for radio in document.querySelectorAll('input[name="message"]'):
            radio.parentElement.hidden = radio.value not in offered
            radio.checked = radio.value == offered[0]

    async def write_messages(self, request, situation, days):
        try:
            if self.engine is None:
                self.engine = await asyncio.wait_for(start_engine(), ENGINE_LIMIT_S)
            answer = await self.engine.render_messages(json.dumps({"situation": situation, "days": days}))
        except Exception as error:
            log_error("message engine", error)
            element("note-when").textContent = ENGINE_FAILED
            return
        if request != self.latest_request:
            return  # a newer request is on its way
        self.written = json.loads(answer)["messages"]
        self.show_message()
        document.documentElement.dataset.state = "ready"

    def show_message(self, event=None):
        kind = self.kind()
        element("note-when").textContent = note.message_intro(kind, self.verdict)
        box = element("note-text")
        text = self.edited.get(kind, self.written.get(kind, ""))
        if box.value != text:
            box.value = text
        element("rewrite").hidden = kind not in self.edited
        self.refresh_counter()

    def message_typed(self, event):
        self.edited[self.kind()] = element("note-text").value
        element("rewrite").hidden = False
        self.refresh_counter()

    def rewrite(self, event):
        self.edited.pop(self.kind(), None)
        self.show_message()

    def status(self):
        return note.note_status(element("note-text").value, element("premium").checked, self.kind())

    def refresh_counter(self):
        self.copy_confirmed = False
        element("copy").textContent = "Copy message"
        status = self.status()
        counter = element("note-count")
        if status["limit"] is None:
            counter.textContent = "%d characters (an email has no limit)" % status["count"]
        else:
            counter.textContent = "%d / %d characters" % (status["count"], status["limit"])
        counter.dataset.over = "yes" if status["over"] else "no"
        warnings = note.note_warnings(status)
        warning = element("note-warning")
        warning.textContent = " ".join(warnings)
        warning.hidden = not warnings
        quota = element("quota")
        quota.textContent = content.FREE_NOTE_QUOTA
        quota.hidden = status["limit"] != note.NOTE_LIMITS["free"]

    def on_input(self, event):
        """One listener for the whole page: route each change to what it affects."""
        target = event.target
        if target.id == "note-text":
            self.message_typed(event)
        elif target.name == "message":
            self.show_message()
        else:
            self.update()

    def copy(self, event):
        asyncio.create_task(self.copy_message())

    def copy_link(self, event):
        asyncio.create_task(copy_link())

    def share(self, event):
        asyncio.create_task(share_link())

    async def copy_message(self):
        text_box = element("note-text")
        status_line = element("copy-status")
        status_line.textContent = ""
        text = text_box.value
        if not text:
            status_line.textContent = "There is no message to copy yet."
            return
        status = self.status()
        if status["over"] and not self.copy_confirmed:
            # LinkedIn would refuse it: say so, and copy only if asked again.
            self.copy_confirmed = True
            element("copy").textContent = "Copy anyway"
            status_line.textContent = content.COPY_OVER_LIMIT
            return
        try:
            await window.navigator.clipboard.writeText(text)
        except Exception as error:
            log_error("clipboard", error)
            text_box.focus()
            text_box.select()
            status_line.textContent = content.COPY_FALLBACK
            return
        status_line.textContent = " ".join(("Copied.",) + note.note_warnings(status))


async def copy_link():
    status_line = element("share-status")
    status_line.textContent = ""
    try:
        await window.navigator.clipboard.writeText(window.location.href)
    except Exception as error:
        log_error("clipboard", error)
        element("share-url").focus()
        element("share-url").select()
        status_line.textContent = content.LINK_COPY_FALLBACK
        return
    names = element("include_names").checked
    status_line.textContent = content.LINK_COPIED if names else content.LINK_COPIED_NO_NAMES


async def share_link():
    """The phone's own share sheet; cancelling it is not an error worth showing."""
    try:
        await window.navigator.share(window.Object.fromEntries([
            ["title", document.title], ["url", window.location.href]]))
    except Exception as error:
        if "AbortError" not in repr(error):
            log_error("share", error)


def start():
    """Wire the events, restore a shared link, show the first verdict, ask for the messages."""
    page = Page()
    document.addEventListener("input", guarded(page.on_input))
    element("rewrite").addEventListener("click", guarded(page.rewrite))
    element("copy").addEventListener("click", guarded(page.copy))
    element("copy-link").addEventListener("click", guarded(page.copy_link))
    element("share").addEventListener("click", guarded(page.share))
    element("share").hidden = not hasattr(window.navigator, "share")
    restore_from_link()
    page.update()
    document.documentElement.dataset.state = "interactive"
