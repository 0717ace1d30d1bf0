"""The message box: the messages the writer wrote for the current answers, the ones the
candidate edited (never overwritten), the counter, copying, and the writer's state as the panel
shows it, with how far it has come while it downloads."""

from clipboard import copy_text, not_copied
from dom import checked_value, element
from pyscript import document
from pyscript.ffi import to_js
from writer_progress import WriterProgress

from shouldconnect import content, note
from shouldconnect.i18n import _


class MessageBox:
    def __init__(self):
        self.answers = None  # the newest Answers
        self.verdict = ""
        self.written = {}
        self.edited = {}
        self.copy_confirmed = False
        self.progress = WriterProgress()

    def kind(self):
        return checked_value("message")

    def answers_changed(self, answers):
        """New answers: offer the messages that fit the verdict, and show the current one again
        if what the box shows around the writer's text changed: the message offered, its intro
        (the verdict, the days) or its limit (Premium). A name typed changes none of them; the
        writer's answer brings it (written_now)."""
        before = self.answers
        self.answers = answers
        if answers.verdict != self.verdict:
            self.verdict = answers.verdict
            self.offer_messages()
        if before is None or framing(before) != framing(answers):
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
        element("messages").dataset.engine = state
        element("engine-failed").hidden = state != "failed"
        if state == "failed":
            self.progress.ended()
        writing = state in ("starting", "ready")
        element("note-text").placeholder = (
            _(content.WRITING_PLACEHOLDER) if writing else _(content.OWN_MESSAGE_PLACEHOLDER)
        )

    def written_now(self, messages):
        """The writer's messages for the newest answers."""
        self.written = messages
        self.progress.ended()
        self.show_message()
        document.documentElement.dataset.state = "ready"

    def writer_retrying(self):
        self.show_writer("starting")
        element("note-text").focus()  # the button goes away; the message will appear here

    def show_message(self):
        kind = self.kind()
        element("note-when").textContent = note.message_intro(
            kind, self.verdict, self.answers.days, self.answers.until_decision
        )
        box = element("note-text")
        text = self.text_of(kind)
        if box.value != text:
            box.value = text
        element("rewrite").hidden = kind not in self.edited
        self.refresh_counter()
        self.progress.show()

    def text_of(self, kind):
        """A message as the candidate would send it: their edit, else what the writer wrote."""
        return self.edited.get(kind, self.written.get(kind, ""))

    def message_typed(self, event):
        self.edited[self.kind()] = element("note-text").value
        element("rewrite").hidden = False
        self.refresh_counter()
        self.progress.show()

    def rewrite(self, event):
        self.edited.pop(self.kind(), None)
        self.show_message()

    def status(self):
        return note.note_status(element("note-text").value, element("premium").checked, self.kind())

    def refresh_counter(self):
        self.copy_confirmed = False
        element("copy").textContent = _(content.COPY_BUTTON)
        element("bar-copy").textContent = _(content.COPY_BUTTON)
        show_count(self.status())

    def copy_message(self):
        """Copy the message, starting in the click (clipboard.copy_text); returns a coroutine
        whose value is True when it reached the clipboard with nothing to warn about."""
        text_box = element("note-text")
        status_line = element("copy-status")
        status_line.textContent = ""
        text = text_box.value
        if not text:  # while the writer is on its way, how far it is; its message is never copied unseen
            waiting = element("messages").dataset.engine != "failed" and not self.written
            status_line.textContent = self.progress.how_far() if waiting else _(content.NOTHING_TO_COPY)
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


def framing(answers):
    """What the message box shows around the writer's text depends on: MessageBox.answers_changed."""
    return (answers.verdict, answers.days, answers.situation["premium"])


def show_count(status):
    """Under the box, for a message's status: its count against LinkedIn's limit, what LinkedIn
    would refuse, and the free plan's monthly quota of notes."""
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
