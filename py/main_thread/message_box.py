"""The message box: the messages the writer wrote for the current answers, the ones the
candidate edited (never overwritten), the counter, copying, and the writer's state as the panel
shows it, with how far it has come while it downloads. With a panel, each interviewer has their
own messages and edits, and the box shows those of the person chosen by name above it."""

from clipboard import copy_text, not_copied
from dom import checked_value, element
from pyscript import document
from pyscript.ffi import to_js
from writer_progress import WriterProgress

from shouldconnect import content, note, verdict_words
from shouldconnect.i18n import _


class MessageBox:
    def __init__(self):
        self.answers = None  # the newest Answers
        self.person = 0  # whose messages the box shows: an index into the answers' people
        self.verdict = ""  # that person's verdict, which the messages offered are for
        self.framed = None  # what the box showed around the writer's text (framing())
        self.written = []  # each person's messages, as the writer wrote them: [{kind: text}, ...]
        self.edited = {}  # each person's edits, by their number as text (JSON's keys): {kind: text}
        self.copy_confirmed = False
        self.progress = WriterProgress()

    def kind(self):
        return checked_value("message")

    def answers_changed(self, answers):
        """New answers: name the people to choose from, offer the messages that fit the chosen
        person's verdict, and show the current one again if what the box shows around the writer's
        text changed (framing()). A name typed changes none of it; the writer's answer brings it
        (written_now)."""
        self.answers = answers
        self.person = min(self.person, len(answers.people) - 1)
        show_people(answers.people, self.person)
        verdict = answers.verdicts[self.person][0]
        if verdict != self.verdict:
            self.verdict = verdict
            offer_messages(verdict)
        if framing(answers, self.person) != self.framed:
            self.show_message()

    def person_chosen(self):
        """A name chosen above the box: that person's messages (offered for their verdict)."""
        self.person = int(element("message-person").value) - 1
        self.answers_changed(self.answers)

    def person_removed(self, number):
        """Person `number` left the panel: their edits go, and those after them move up a number
        with the people they belong to (panel_form.remove_person). The box shows the same person
        as before, or person 1 if it was the one who left."""
        self.edited = dict((renumbered(key, number), edits) for key, edits in self.edited.items() if key != str(number))
        self.person = int(renumbered(str(self.person + 1), number, "1")) - 1

    def edits(self):
        """The chosen person's edits, {kind: text}, kept as they are made."""
        return self.edited.setdefault(str(self.person + 1), {})

    def written_now(self, messages):
        """The writer's messages for the newest answers, each person's."""
        self.written = messages
        self.progress.ended()
        self.show_message()
        document.documentElement.dataset.state = "ready"

    def writer_retrying(self):
        show_writer("starting", self.progress)
        element("note-text").focus()  # the button goes away; the message will appear here

    def show_message(self):
        kind = self.kind()
        verdict, until_decision = self.answers.verdicts[self.person]
        element("note-when").textContent = note.message_intro(kind, verdict, self.answers.days, until_decision)
        box = element("note-text")
        text = self.text_of(kind)
        if box.value != text:
            box.value = text
        element("rewrite").hidden = kind not in self.edits()
        self.framed = framing(self.answers, self.person)
        self.refresh_counter()
        self.progress.show()

    def text_of(self, kind, person=None):
        """A message as the candidate would send it: their edit, else what the writer wrote; the
        chosen person's, or person `person`'s (an index)."""
        person = self.person if person is None else person
        written = self.written[person] if person < len(self.written) else {}
        return self.edited.get(str(person + 1), {}).get(kind, written.get(kind, ""))

    def message_typed(self, event):
        self.edits()[self.kind()] = element("note-text").value
        element("rewrite").hidden = False
        self.refresh_counter()
        self.progress.show()

    def rewrite(self, event):
        self.edits().pop(self.kind(), None)
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


def offer_messages(verdict):
    """On a new verdict, offer only the messages that fit it and select its main one."""
    offered = note.MESSAGES_FOR[verdict]
    for radio in document.querySelectorAll('input[name="message"]'):
        radio.parentElement.hidden = radio.value not in offered
        radio.checked = radio.value == offered[0]


def show_writer(state, progress):
    """Mark the message writer's state on its panel (WriterClient tells it): starting (the page's
    own markup says so from the start, in an embed too, where the writer waits for the reader),
    ready, or failed (shown with "Try again" until a retry succeeds), which ends `progress`."""
    element("messages").dataset.engine = state
    element("engine-failed").hidden = state != "failed"
    if state == "failed":
        progress.ended()
    writing = state in ("starting", "ready")
    element("note-text").placeholder = _(content.WRITING_PLACEHOLDER) if writing else _(content.OWN_MESSAGE_PLACEHOLDER)


def framing(answers, person):
    """What the message box shows around the writer's text depends on: the person, the message
    offered, its intro (the verdict, the days) and its limit (Premium)."""
    return (person, answers.verdicts[person], answers.days, answers.situation["premium"])


def renumbered(key, number, gone=None):
    """A person's number (as text) once person `number` left the panel: the same if before them,
    one less if after; `gone` for their own."""
    return gone if key == str(number) else str(int(key) - 1) if int(key) > number else key


def show_people(people, chosen):
    """With a panel, the names to choose whose messages the box shows (as the panel's summary
    names them), `chosen` (an index) selected; nothing to choose for one person. It runs at every
    key press, so it writes to the page only what changed: a one-person page's key press, none."""
    choice = element("person-choice")
    alone = len(people) < 2
    if choice.hidden != alone:
        choice.hidden = alone
    if alone:
        return
    select = element("message-person")
    while select.length > len(people):
        select.remove(select.length - 1)
    while select.length < len(people):
        option = document.createElement("option")
        option.value = str(select.length + 1)
        select.append(option)
    for index, name in enumerate(verdict_words.people_names(people)):
        option = select.options.item(index)
        if option.textContent != name:
            option.textContent = name
    if select.value != str(chosen + 1):
        select.value = str(chosen + 1)


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
