"""Page glue: the only code that touches the DOM.

It runs on MicroPython on the main thread, so the verdict shows within a second of
the page loading, long before Pyodide (in the worker) can write the note. Data flows
one way: the form becomes a plain dict, the pure rules turn it into a verdict shown
at once, and the same dict goes to the note engine, whose answer fills the note.
Everything the user typed is written back with textContent or value, never as markup.
"""

import asyncio
import json

from pyscript import document, window, workers
from pyscript.ffi import create_proxy

from shouldconnect import content, dates, form, note, rules

CHOICE_FIELDS = tuple(form.CHOICES)
# Pyodide boots in a few seconds here; a slow phone on a slow network gets far longer.
ENGINE_LIMIT_S = 90
NOTE_WRITER_FAILED = (
    "The note writer could not start, so there is no note to copy yet. The advice"
    " above still holds; reloading the page may help."
)
HANDLER_FAILED = "Something went wrong there. It has been logged; please try again."


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


def read_form():
    """The form as the plain dict the rules and the engine take."""
    values = {}
    for name in form.TEXT_FIELDS + ("date",):
        values[name] = element(name).value
    for name in CHOICE_FIELDS:
        checked = document.querySelector('input[name="' + name + '"]:checked')
        values[name] = checked.value if checked else ""
    for name in form.FLAG_FIELDS:
        values[name] = bool(element(name).checked)
    return form.normalize(values)


def today_iso():
    """The browser's local date: the day the candidate is living in, not UTC's."""
    now = window.Date.new()
    return "%04d-%02d-%02d" % (now.getFullYear(), now.getMonth() + 1, now.getDate())


def show_verdict(decision):
    box = element("verdict")
    headline = element("verdict-headline")
    # The headline is a live region: rewrite it only when the verdict changes, so a
    # screen reader hears each new verdict once rather than on every key press.
    if box.dataset.verdict != decision["verdict"] or headline.textContent != decision["headline"]:
        box.dataset.verdict = decision["verdict"]
        headline.textContent = decision["headline"]
    reasons = element("reasons")
    reasons.replaceChildren()
    for reason in decision["reasons"]:
        item = document.createElement("li")
        item.dataset.field = reason["field"]
        item.textContent = reason["text"]
        reasons.append(item)
    mark_points("pros", decision["pros"])
    mark_points("cons", decision["cons"])
    element("note-when").textContent = content.NOTE_INTROS[decision["verdict"]]


def mark_points(list_id, applying):
    """Mark (never hide) the pros or cons that fit the candidate's answers."""
    for item in element(list_id).querySelectorAll("li[data-id]"):
        applies = item.dataset.id in applying
        item.dataset.applies = "yes" if applies else "no"
        item.querySelector(".applies").hidden = not applies


class Page:
    """What the page remembers between events: the newest note request and whether
    the candidate has edited the note (their edits are never overwritten)."""

    def __init__(self):
        self.engine = None
        self.latest_request = 0
        self.note_edited = False

    def update(self, event=None):
        situation = read_form()
        days = dates.days_until(situation["date"], today_iso())
        show_verdict(rules.decide(situation, days))
        self.refresh_counter()
        if not self.note_edited:
            self.latest_request += 1
            asyncio.create_task(self.write_note(self.latest_request, situation, days))

    async def write_note(self, request, situation, days):
        try:
            if self.engine is None:
                self.engine = await asyncio.wait_for(start_engine(), ENGINE_LIMIT_S)
            answer = await self.engine.render_note(json.dumps({"situation": situation, "days": days}))
        except Exception as error:
            log_error("note engine", error)
            element("note-when").textContent = NOTE_WRITER_FAILED
            return
        if request != self.latest_request or self.note_edited:
            return  # a newer request is on its way, or the candidate took over the note
        element("note-text").value = json.loads(answer)["note"]
        self.refresh_counter()
        document.documentElement.dataset.state = "ready"

    def note_typed(self, event):
        if not self.note_edited:
            self.note_edited = True
            element("rewrite").hidden = False
        self.refresh_counter()

    def rewrite(self, event):
        self.note_edited = False
        element("rewrite").hidden = True
        self.update()

    def refresh_counter(self, event=None):
        status = note.note_status(element("note-text").value, element("premium").checked)
        counter = element("note-count")
        counter.textContent = "%d / %d characters" % (status["count"], status["limit"])
        counter.dataset.over = "yes" if status["over"] else "no"
        warnings = note.note_warnings(status)
        warning = element("note-warning")
        warning.textContent = " ".join(warnings)
        warning.hidden = not warnings

    def copy(self, event):
        asyncio.create_task(self.copy_note())

    async def copy_note(self):
        text_box = element("note-text")
        status_line = element("copy-status")
        status_line.textContent = ""
        text = text_box.value
        if not text:
            status_line.textContent = "There is no note to copy yet."
            return
        try:
            await window.navigator.clipboard.writeText(text)
        except Exception as error:
            log_error("clipboard", error)
            text_box.focus()
            text_box.select()
            status_line.textContent = content.COPY_FALLBACK
            return
        warnings = note.note_warnings(note.note_status(text, element("premium").checked))
        status_line.textContent = " ".join(("Copied.",) + warnings)


def start():
    """Wire the events, show the first verdict and ask for the first note."""
    page = Page()
    element("situation").addEventListener("input", guarded(page.update))
    element("situation").addEventListener("change", guarded(page.update))
    element("premium").addEventListener("change", guarded(page.refresh_counter))
    element("note-text").addEventListener("input", guarded(page.note_typed))
    element("rewrite").addEventListener("click", guarded(page.rewrite))
    element("copy").addEventListener("click", guarded(page.copy))
    page.update()
    document.documentElement.dataset.state = "interactive"
