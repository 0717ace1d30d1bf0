"""The message box: the messages the writer wrote for the current answers, the ones the
candidate edited (never overwritten), the counter, copying, and the writer's state as the panel
shows it, with how far it has come while it downloads."""

from clipboard import copy_text, not_copied
from dom import checked_value, element
from pyscript import document
from pyscript.ffi import to_js

from shouldconnect import content, note
from shouldconnect.i18n import _


class MessageBox:
    def __init__(self):
        self.answers = None  # the newest Answers
        self.verdict = ""
        self.written = {}
        self.edited = {}
        self.copy_confirmed = False
        self.writer_state = "starting"  # as the page's markup says
        self.on_its_way = False  # the writer is downloading, and no message has come yet
        self.percent = None  # how far its downloads have come, while known
        self.quarters_said = 0  # how many quarters of the way the live region has said

    def kind(self):
        return checked_value("message")

    def answers_changed(self, answers):
        """New answers: offer the messages that fit the verdict, and show the current one."""
        self.answers = answers
        if answers.verdict != self.verdict:
            self.verdict = answers.verdict
            self.offer_messages()
        self.show_message()

    def offer_messages(self):
        """On a new verdict, offer only the messages that fit it and select its main one."""
        offered = note.MESSAGES_FOR[self.verdict]
        for radio in document.querySelectorAll('input[name="message"]'):
            radio.parentElement.hidden = radio.value not in offered
            radio.checked = radio.value == offered[0]

    def show_writer(self, state):
        """Mark the message writer's state on its panel (WriterClient tells it): starting (the
        page's own markup says so from the start, in an embed too, where the writer waits for the
        reader), ready, or failed (shown with "Try again" until a retry succeeds)."""
        self.writer_state = state
        element("messages").dataset.engine = state
        element("engine-failed").hidden = state != "failed"
        if state == "failed":
            self.on_its_way = False
            self.show_on_its_way()
        writing = state in ("starting", "ready")
        element("note-text").placeholder = (
            _(content.WRITING_PLACEHOLDER) if writing else _(content.OWN_MESSAGE_PLACEHOLDER)
        )

    def show_progress(self, received, total):
        """How far the writer's downloads have come, in bytes (WriterClient tells it a few times a
        second; total 0 while not known): the bar in the message box and its twin beside the
        verdict bar's Copy message follow it, while the live region says it only at each quarter
        of the way, so a screen reader is told calmly, not at every step."""
        self.on_its_way = True
        self.percent = min(100, received * 100 // total) if total else None
        bar = element("writer-bar")
        if self.percent is None:
            bar.removeAttribute("aria-valuenow")
            words = _(content.WRITER_GETTING_READY)
        else:
            bar.setAttribute("aria-valuenow", str(self.percent))
            words = _(content.WRITER_PROGRESS).format(percent=self.percent)
        for progress in (bar, element("bar-progress")):
            progress.dataset.known = "no" if self.percent is None else "yes"
            progress.firstElementChild.style.width = "" if self.percent is None else "%d%%" % self.percent
        element("writer-words").textContent = words
        quarters = (self.percent or 0) // 25
        if quarters > self.quarters_said and quarters < 4:  # the message itself says the fourth
            self.quarters_said = quarters
            element("writer-said").textContent = words
        self.show_on_its_way()

    def show_on_its_way(self):
        """Both bars show while the writer is on its way and the box is empty (a message the
        candidate types there themselves covers the box's bar)."""
        showing = self.on_its_way and not element("note-text").value
        element("writer-progress").hidden = not showing
        element("bar-progress").hidden = not showing
        if not self.on_its_way:
            self.quarters_said = 0
            element("writer-said").textContent = ""

    def written_now(self, messages):
        """The writer's messages for the newest answers."""
        self.written = messages
        self.on_its_way = False
        self.show_message()
        document.documentElement.dataset.state = "ready"

    def writer_retrying(self):
        self.show_writer("starting")
        element("note-text").focus()  # the button goes away; the message will appear here

    def show_message(self):
        kind = self.kind()
        element("note-when").textContent = note.message_intro(kind, self.verdict, self.answers.days)
        box = element("note-text")
        text = self.text_of(kind)
        if box.value != text:
            box.value = text
        element("rewrite").hidden = kind not in self.edited
        self.refresh_counter()
        self.show_on_its_way()

    def text_of(self, kind):
        """A message as the candidate would send it: their edit, else what the writer wrote."""
        return self.edited.get(kind, self.written.get(kind, ""))

    def message_typed(self, event):
        self.edited[self.kind()] = element("note-text").value
        element("rewrite").hidden = False
        self.refresh_counter()
        self.show_on_its_way()

    def rewrite(self, event):
        self.edited.pop(self.kind(), None)
        self.show_message()

    def nothing_yet(self):
        """What Copy message says when the box is empty: how far the writer has come while its
        message is on its way. Nothing is copied, then or when the message arrives: the
        candidate sees it first."""
        if self.writer_state == "failed" or self.written:
            return _(content.NOTHING_TO_COPY)
        if self.percent is None:
            return _(content.STILL_ON_ITS_WAY_SOON)
        return _(content.STILL_ON_ITS_WAY).format(percent=self.percent)

    def status(self):
        return note.note_status(element("note-text").value, element("premium").checked, self.kind())

    def refresh_counter(self):
        self.copy_confirmed = False
        self.writer_state = "starting"  # as the page's markup says
        self.on_its_way = False  # the writer is downloading, and no message has come yet
        self.percent = None  # how far its downloads have come, while known
        self.quarters_said = 0  # how many quarters of the way the live region has said
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

    def copy_message(self):
        """Copy the message, starting in the click (clipboard.copy_text); returns a coroutine
        whose value is True when it reached the clipboard with nothing to warn about."""
        text_box = element("note-text")
        status_line = element("copy-status")
        status_line.textContent = ""
        text = text_box.value
        if not text:
            status_line.textContent = self.nothing_yet()
            return not_copied()
        status = self.status()
        if status["over"] and not self.copy_confirmed:
            # LinkedIn would refuse it: say so, and copy only if asked again.
            self.copy_confirmed = True
            element("copy").textContent = _(content.COPY_ANYWAY_BUTTON)
            status_line.textContent = _(content.COPY_OVER_LIMIT)
            return not_copied()
        warnings = note.note_warnings(status)
        copying = copy_text(text, status_line, text_box, " ".join((_(content.COPIED),) + warnings))

        async def cleanly():
            return await copying and not warnings

        return cleanly()


def copy_from_bar(messages):
    """The bar's "Copy message": one tap when all is well; otherwise the message panel comes into
    view, where its status line says what needs doing. Started in the click, as copy_message."""
    copying = messages.copy_message()

    async def then():
        if await copying:
            element("bar-copy").textContent = _(content.COPIED)
        else:
            element("copy-status").scrollIntoView(to_js({"block": "center"}))

    return then()
