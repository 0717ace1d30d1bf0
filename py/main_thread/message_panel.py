"""The message panel: the messages the writer wrote for the current answers, the ones the
candidate edited (never overwritten), the counter, and copying."""

import asyncio
import json

from clipboard import copy_text
from dom import checked_value, element, in_sandbox, log_error
from download import save_file
from pyscript import document, window
from pyscript.ffi import to_js
from writer import ENGINE_LIMIT_S, engine_exports, replace_worker, start_worker

from shouldconnect import content, note, reminder
from shouldconnect.i18n import _


def unique_id():
    """A UID for a calendar event: random, so importing twice makes two events, never a clash."""
    return str(window.crypto.randomUUID()) + "@should-i-connect"


def utc_stamp():
    """Now, in UTC, as a calendar's DTSTAMP."""
    now = window.Date.new()
    return "%04d%02d%02dT%02d%02d%02dZ" % (
        now.getUTCFullYear(),
        now.getUTCMonth() + 1,
        now.getUTCDate(),
        now.getUTCHours(),
        now.getUTCMinutes(),
        now.getUTCSeconds(),
    )


class MessagePanel:
    def __init__(self):
        self.engine = None  # the message engine's functions, once its worker has started
        self.engine_worker = "engine"  # the worker's name; a retry starts another
        self.retries = 0
        self.latest_request = 0
        self.answers = None  # the newest (situation, days, today), written once the engine is there
        self.verdict = ""
        self.written = {}
        self.edited = {}
        self.copy_confirmed = False

    def kind(self):
        return checked_value("message")

    def answers_changed(self, situation, days, verdict, today):
        """New answers: offer the messages that fit the verdict, and ask the writer for them."""
        self.latest_request += 1
        self.answers = (situation, days, today)
        if verdict != self.verdict:
            self.verdict = verdict
            self.offer_messages()
        self.show_message()
        self.show_reminder()
        if self.engine is not None:
            asyncio.create_task(self.write_messages(self.latest_request, situation, days, today))

    def offer_messages(self):
        """On a new verdict, offer only the messages that fit it and select its main one."""
        offered = note.MESSAGES_FOR[self.verdict]
        for radio in document.querySelectorAll('input[name="message"]'):
            radio.parentElement.hidden = radio.value not in offered
            radio.checked = radio.value == offered[0]

    def start(self):
        """Start the writer's worker and, once it answers, write the messages."""
        start_worker(self.engine_worker)
        asyncio.create_task(self.start_engine())

    async def start_engine(self):
        """Wait for the message writer within the time limit, then write the messages for the
        current answers. If it fails, say so and offer to try again: the verdict never needed it."""
        try:
            self.engine = await asyncio.wait_for(engine_exports(self.engine_worker), ENGINE_LIMIT_S)
        except Exception as error:  # the time limit's TimeoutError included
            log_error("message engine", error)
            self.show_engine("failed")
            return
        self.show_engine("ready")
        await self.write_messages(self.latest_request, *self.answers)

    def retry_engine(self, event):
        self.show_engine("starting")
        element("note-text").focus()  # the button goes away; the message will appear here
        self.retries += 1
        self.engine_worker = replace_worker(self.engine_worker, "engine-retry-%d" % self.retries)
        asyncio.create_task(self.start_engine())

    def show_engine(self, state):
        """Mark the message writer's state on its panel: starting, ready, failed (shown with
        "Try again" until a retry succeeds) or unavailable (a sandboxed frame, where it cannot
        run: the panel offers the full tool instead)."""
        element("messages").dataset.engine = state
        element("engine-failed").hidden = state != "failed"
        element("engine-unavailable").hidden = state != "unavailable"
        element("unavailable-text").textContent = _(content.WRITER_UNAVAILABLE) if state == "unavailable" else ""
        writing = state in ("starting", "ready")
        element("note-text").placeholder = (
            _(content.WRITING_PLACEHOLDER) if writing else _(content.OWN_MESSAGE_PLACEHOLDER)
        )

    async def write_messages(self, request, situation, days, today):
        try:
            request_json = json.dumps(note.writer_request(situation, days, today))
            answer = await self.engine.render_messages(request_json)
        except Exception as error:
            log_error("message engine", error)
            self.engine = None
            self.show_engine("failed")
            return
        if request != self.latest_request:
            return  # a newer request is on its way
        self.written = json.loads(answer)["messages"]
        self.show_message()
        document.documentElement.dataset.state = "ready"

    def show_message(self):
        kind = self.kind()
        element("note-when").textContent = note.message_intro(kind, self.verdict, self.answers[1])
        box = element("note-text")
        text = self.text_of(kind)
        if box.value != text:
            box.value = text
        element("rewrite").hidden = kind not in self.edited
        self.refresh_counter()

    def text_of(self, kind):
        """A message as the candidate would send it: their edit, else what the writer wrote."""
        return self.edited.get(kind, self.written.get(kind, ""))

    def show_reminder(self):
        """Offer the calendar reminder while a dated interview is still ahead (or today) and the
        advice is to wait or connect; a sandboxed frame can't download, so it is not offered there."""
        _situation, days, _today = self.answers
        wanted = days is not None and days >= 0 and self.verdict in ("wait", "connect") and not in_sandbox()
        element("reminder").hidden = not wanted

    def download_reminder(self, event):
        """The calendar file: the interview day's evening, with the after-interview note and the
        thank-you email as they stand now (the candidate's edits included)."""
        status = element("reminder-status")
        if not self.written:
            status.textContent = _(content.REMINDER_WAIT)
            return
        situation, _days, _today = self.answers
        company = situation["company"]
        summary = _(content.REMINDER_TITLE_AT).format(company=company) if company else _(content.REMINDER_TITLE)
        description = _(content.REMINDER_DESCRIPTION).format(
            note=self.text_of("note-after"), email=self.text_of("email")
        )
        text = reminder.calendar_file(
            unique_id(), utc_stamp(), situation["date"], element("reminder-time").value, summary, description
        )
        save_file(_(content.REMINDER_FILE), text, "text/calendar")
        status.textContent = _(content.REMINDER_SAVED)

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
        element("copy").textContent = _(content.COPY_BUTTON)
        element("bar-copy").textContent = _(content.COPY_BUTTON)
        status = self.status()
        counter = element("note-count")
        counter.textContent = note.counter_text(status)
        counter.dataset.over = "yes" if status["over"] else "no"
        warnings = note.note_warnings(status)
        warning = element("note-warning")
        warning.textContent = " ".join(warnings)
        warning.hidden = not warnings
        quota = element("quota")
        quota.textContent = _(content.FREE_NOTE_QUOTA)
        quota.hidden = status["limit"] != note.NOTE_LIMITS["free"]

    async def copy_message(self):
        """Copy the message; True when it reached the clipboard with nothing to warn about."""
        text_box = element("note-text")
        status_line = element("copy-status")
        status_line.textContent = ""
        text = text_box.value
        if not text:
            status_line.textContent = _(content.NOTHING_TO_COPY)
            return False
        status = self.status()
        if status["over"] and not self.copy_confirmed:
            # LinkedIn would refuse it: say so, and copy only if asked again.
            self.copy_confirmed = True
            element("copy").textContent = _(content.COPY_ANYWAY_BUTTON)
            status_line.textContent = _(content.COPY_OVER_LIMIT)
            return False
        warnings = note.note_warnings(status)
        copied = await copy_text(text, status_line, text_box, " ".join((_(content.COPIED),) + warnings))
        return copied and not warnings

    async def copy_from_bar(self):
        """The bar's "Copy message": one tap when all is well; otherwise the message panel comes
        into view, where its status line says what needs doing."""
        if await self.copy_message():
            element("bar-copy").textContent = _(content.COPIED)
        else:
            element("copy-status").scrollIntoView(to_js({"block": "center"}))
