"""Page glue: wires the page's modules together and runs one update for every change.

It runs on MicroPython on the main thread, so the verdict shows within a second of the page
loading, long before Pyodide (in the worker) can write the messages. Data flows one way: the
form becomes a plain dict, the pure rules turn it into a verdict shown at once, and the same
dict goes to the message writer, whose answer fills the message box. Everything the user typed
is written back with textContent or value, never as markup. Each module beside this one holds
one concern: dom (element lookups), guard (handlers that fail softly), form_io, greeting (the
"Greet them as" field), remember (localStorage), tab_memory (sessionStorage), address (the
address bar), language_links (the other languages' pages), clipboard, download (saving a file),
writer_client (the writer's worker), when_idle (what waits for a quiet moment), answers (what
one reading of the form shares), advisor (the rules, run per person when their answers change),
verdict_view, message_box, writer_progress (how far the writer has come), reminder_offer,
share_panel and panel_form (a panel's further interviewers).
"""

from address import answers_in_address, follow_address
from advisor import Advisor
from answers import Answers
from dom import element, in_embed
from employer import apply_accent, fill_dialog, read_presets, show_employer_word, show_preview, update_embed_code
from form_io import read_form, show_date_error, show_year_question, write_form
from greeting import follow_greeting, greeting_restored, greeting_typed
from guard import guarded, in_background, listen
from language_links import keep_language_links_on_the_answers, offer_the_readers_language
from message_box import MessageBox, copy_from_bar, show_writer
from panel_form import add_person, remove_person
from pyscript import document, window
from pyscript.ffi import create_proxy
from remember import forget_answers, keep_answers, remembered_answers
from reminder_offer import download_reminder, show_reminder
from share_panel import close_embed_dialog, copy_embed_code, copy_link, open_embed_dialog, share_link
from tab_memory import from_tab, keep_in_tab
from verdict_view import (
    keep_focus_clear_of_the_bar,
    show_all_advice,
    show_the_bar_when_the_verdict_is_away,
    show_why,
)
from when_idle import WhenIdle
from writer_client import WriterClient

from shouldconnect import dates, presets


def today_iso():
    """The browser's local date: the day the candidate is living in, not UTC's."""
    now = window.Date.new()
    return "%04d-%02d-%02d" % (now.getFullYear(), now.getMonth() + 1, now.getDate())


class Page:
    """The page between events: the message box, the writer's client, the newest answers, and
    one update for every change."""

    def __init__(self):
        self.messages = MessageBox()
        messages = self.messages
        self.writer = WriterClient(
            lambda state: show_writer(state, messages.progress), messages.written_now, messages.progress.moved
        )
        self.answers = None
        # An employer's presets: its answers are where the form starts, and links carry them on.
        self.employer = read_presets()
        self.advisor = Advisor(self.employer)
        self.start = presets.starting_answers(self.employer["values"])
        self.query = presets.encode(self.employer["values"])
        self.when_idle = WhenIdle(self.keep_the_rest)

    def keep(self):
        """This tab remembers the answers and the edits, for a reload, with the address they
        belong to: a change still waiting to be kept is kept now, the tab with it."""
        if not self.when_idle.flush():
            keep_in_tab(self.answers.situation, self.messages.edited)

    def update(self):
        """The verdict first, then the request to the writer, posted in this event so that it
        writes while the page paints; everything else the answers feed waits until the browser is idle."""
        today = today_iso()
        situation = follow_greeting(read_form())
        days = dates.days_until(situation["date"], today)
        people, verdicts = self.advisor.advise(situation, days)
        show_employer_word(self.employer, situation)
        show_date_error()
        show_year_question(days)
        self.answers = Answers(situation, days, today, people, verdicts)
        self.messages.answers_changed(self.answers)
        self.writer.ask(self.answers)
        self.when_idle.schedule()

    def keep_the_rest(self):
        """The newest answers into the address bar, the language links, this device's and this
        tab's memory, and the reminder."""
        situation = self.answers.situation
        follow_address(situation, self.start, self.query)
        keep_language_links_on_the_answers()
        keep_answers(situation)
        show_reminder(self.answers)
        keep_in_tab(situation, self.messages.edited)

    def on_input(self, event):
        """One listener for the whole page: route each change to what it affects. The reader's
        first change starts the message writer in an embed, where it waits for them; the embed
        dialog's fields change only its code."""
        target = event.target
        if target.closest("#embed-dialog"):
            update_embed_code()
            return
        self.writer.start()
        if target.id == "note-text":
            self.messages.message_typed(event)
            self.keep()
        elif target.name == "message":
            self.messages.show_message()
        elif target.id == "message-person":
            self.messages.person_chosen()
        elif target.id == "remember" and not target.checked:
            forget_answers()
        elif target.id == "reminder-time":
            return  # read when the reminder is made
        else:
            if target.id == "greet_as" or target.getAttribute("data-field") == "greet_as":
                greeting_typed(target)
            self.update()

    def add_person(self, event):
        add_person()
        self.update()

    def people_clicked(self, event):
        """A click in the panel's fieldsets: a "Remove" button takes its person off the panel,
        their edited messages with them."""
        button = event.target.closest(".remove-person")
        if button:
            self.messages.person_removed(remove_person(button))
            self.update()

    def retry_writer(self, event):
        self.messages.writer_retrying()
        self.writer.retry()

    def add_reminder(self, event):
        download_reminder(self.answers, self.messages)

    def rewrite(self, event):
        self.messages.rewrite(event)
        self.keep()

    def link_pasted(self, event):
        """A link pasted into this tab's address bar: its answers replace the form's."""
        answers = answers_in_address(self.start, presets.notices(self.employer))
        if answers:
            write_form(answers)
            greeting_restored(answers)
        self.update()


def restore_answers(page):
    """Fill the form: after a reload, this tab's own answers (names and edits included) while
    the address is still the one it left; else a link someone opened; else what this device
    remembers; else an employer's presets."""
    tab = from_tab()
    if tab and tab["address"] == str(window.location.hash):
        answers = tab["values"]
        element("include_names").checked = tab["names"]
        page.messages.edited = tab["edited"]
    else:
        answers = answers_in_address(page.start, presets.notices(page.employer)) or remembered_answers()
    if not answers and page.employer["status"] != "empty":
        answers = page.start
    if answers:
        write_form(answers)
        greeting_restored(answers)


def start_the_writer_when_wanted(writer):
    """In an embed, the writer's files (Pyodide's megabytes) are asked for only when the reader
    wants a message: when the message panel comes into view (here), or at their first change
    (Page.on_input). A blog's reader who only reads downloads nothing for it."""

    def seen(entries, observer):
        if any(entry.isIntersecting for entry in entries):
            observer.disconnect()
            writer.start()

    window.IntersectionObserver.new(create_proxy(seen)).observe(element("messages"))


def start():
    """Wire the events, restore a shared link, show the first verdict, start the message writer."""
    page = Page()
    messages = page.messages
    document.addEventListener("input", guarded(page.on_input))
    listen("rewrite", page.rewrite)
    # A property, not addEventListener: MicroPython calls window's methods with another `this`.
    window.onhashchange = guarded(page.link_pasted)
    listen("copy", in_background(messages.copy_message))
    listen("bar-copy", in_background(lambda: copy_from_bar(messages)))
    listen("bar-why", show_why)
    listen("all-advice", show_all_advice)
    listen("copy-link", in_background(copy_link))
    listen("share", in_background(share_link))
    element("share").hidden = not hasattr(window.navigator, "share")
    listen("retry-engine", page.retry_writer)
    listen("open-embed", open_embed_dialog)
    listen("close-embed", close_embed_dialog)
    listen("copy-embed", in_background(copy_embed_code))
    listen("embed-preview-show", show_preview)
    listen("forget", forget_answers)
    listen("add-reminder", page.add_reminder)
    listen("add-person", page.add_person)
    listen("people", page.people_clicked)
    listen("date", lambda event: show_date_error(), "blur")
    apply_accent(page.employer)
    fill_dialog(page.employer)
    restore_answers(page)
    page.update()
    offer_the_readers_language()
    keep_focus_clear_of_the_bar()
    show_the_bar_when_the_verdict_is_away()
    document.documentElement.dataset.state = "interactive"
    if in_embed():
        start_the_writer_when_wanted(page.writer)
    else:
        page.writer.start()
