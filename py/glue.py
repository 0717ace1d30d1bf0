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
from pyscript.ffi import create_proxy, to_js

from shouldconnect import content, dates, embed, form, linkstate, note, rules

# Pyodide boots in a few seconds here; a slow phone on a slow network gets far longer.
ENGINE_LIMIT_S = 90
# What the message worker downloads that Pyodide, if it fails, never reports (see check_download).
PYODIDE_WASM = "./assets/vendor/pyodide/pyodide.asm.wasm"
# The message box's placeholder while the writer starts (as in index.html), and once it has failed.
WRITING_PLACEHOLDER = "Your message appears here in a few seconds."
OWN_MESSAGE_PLACEHOLDER = "Write your own message here; the counter still counts it."
HANDLER_FAILED = "Something went wrong there. It has been logged; please try again."
# Test-only, ships disabled: nothing in the page, a link or the form ever sets this window
# property. A browser test sets it to make the next event handler raise, proving that a failure
# is caught, logged and shown, and that the next input works again.
FAIL_NEXT_EVENT = "shouldConnectFailNextEvent"
SHOWN_FLIPS = 4
REMEMBER_KEY = "should-i-connect:answers"


def element(element_id):
    return document.getElementById(element_id)


def log_error(where, error):
    """With PyScript's error banner off, the console is where failures go."""
    window.console.error("should-i-connect: " + where + ": " + repr(error))


def fail_if_a_test_asks():
    """The test-only hook (FAIL_NEXT_EVENT): raise once, then forget the request."""
    if getattr(window, FAIL_NEXT_EVENT, False):
        setattr(window, FAIL_NEXT_EVENT, False)
        raise RuntimeError("failure injected by a test")


def guarded(handler):
    """Wrap an event handler so one failure is logged and shown as a short message, and the
    next event works (and clears that message)."""

    def run(event):
        status_line = element("copy-status")
        try:
            fail_if_a_test_asks()
            handler(event)
        except Exception as error:
            log_error("handler", error)
            status_line.textContent = HANDLER_FAILED
            return
        if status_line.textContent == HANDLER_FAILED:
            status_line.textContent = ""

    return create_proxy(run)


async def check_download():
    """Fail at once if the page cannot fetch Pyodide's WebAssembly.

    Pyodide 314 never reports a failed download of that file: it logs "wasm instantiation
    failed!" and waits forever, so the worker would only fail at the time limit. Asking for
    the same file, headers only, shows what the worker met: if the page can't get it, nor can
    the worker. The handlers go on in this same task: MicroPython would attach its own a task
    later, and a fetch refused at once would meanwhile count as an unhandled rejection.
    """
    problem = await window.fetch(PYODIDE_WASM, to_js({"method": "HEAD"})).then(
        lambda response: None if response.ok else "HTTP %d" % response.status, lambda error: window.String(error)
    )
    if problem:
        raise RuntimeError(PYODIDE_WASM + ": " + problem)


async def engine_exports(worker_name):
    """The message engine's functions, once its worker has started."""
    await check_download()
    return await workers[worker_name]


def start_worker(name):
    """Start the message writer from its template in index.html, under `name`; return the name.

    Started by the glue rather than by the page's markup, so that PyScript sets the worker up
    after the first verdict instead of between MicroPython and it.
    """
    worker = element("engine-worker").content.firstElementChild.cloneNode(True)
    worker.setAttribute("name", name)
    document.body.append(worker)
    return name


def replace_worker(old_name, new_name):
    """Swap the engine's worker for a fresh one and return its name.

    A retry needs a new worker under a new name: the failed one may be stuck downloading
    forever (it is stopped here), and PyScript keeps the first outcome of a worker's name.
    """
    old = document.querySelector('[worker][name="' + old_name + '"]')
    old.xworker.terminate()
    old.remove()
    return start_worker(new_name)


def in_background(start_task):
    """An event handler that starts an async task (clipboard, share sheet) and returns.

    guarded() only sees what fails before the handler returns, so the task guards itself.
    """

    async def run():
        try:
            await start_task()
        except Exception as error:
            log_error("task", error)
            element("copy-status").textContent = HANDLER_FAILED

    return lambda event: asyncio.create_task(run())


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


def storage(method, *args):
    """Call a localStorage method where the browser allows it; a browser that denies storage
    (a sandboxed frame) simply keeps nothing, and the refusal is logged."""
    try:
        return getattr(window.localStorage, method)(*args)
    except Exception as error:
        log_error("storage", error)
        return None


def keep_answers(situation):
    """Store the answers while "Remember" is ticked (storage is not touched otherwise).

    Stored in the share link's format (names included), so one decoder reads both."""
    remember = element("remember").checked
    element("forget").hidden = not remember
    if remember:
        storage("setItem", REMEMBER_KEY, linkstate.encode(situation, True))


def forget_answers(event=None):
    """Unticking "Remember", or "Forget my answers": clear what this device keeps, in one step."""
    element("remember").checked = False
    element("forget").hidden = True
    storage("removeItem", REMEMBER_KEY)
    element("remember-status").textContent = content.ANSWERS_FORGOTTEN


def show_date_error():
    """A half-typed date reads as no date; say so next to the field rather than guess.

    Browsers fire no input event while a date is incomplete, so leaving the field checks too.
    """
    date = element("date")
    incomplete = bool(date.validity.badInput)
    error = element("date-error")
    error.textContent = content.DATE_INCOMPLETE if incomplete else ""
    error.hidden = not incomplete
    date.setAttribute("aria-invalid", "true" if incomplete else "false")


def restore_answers():
    """Fill the form from a shared link, else from remembered answers; say once why a link
    couldn't be used. A link someone opened wins over what this device remembers."""
    link = linkstate.decode(window.location.hash)
    if link["status"] == "ok":
        write_form(link["values"])
        element("include_names").checked = link["names"]
        return
    saved = storage("getItem", REMEMBER_KEY)
    if saved:
        remembered = linkstate.decode(saved)
        if remembered["status"] == "ok":
            write_form(remembered["values"])
            element("remember").checked = True
    if link["status"] in content.LINK_NOTICES:
        notice = element("link-notice")
        notice.textContent = content.LINK_NOTICES[link["status"]]
        notice.hidden = False


def follow_address(situation):
    """Keep the address bar on the current answers, replacing (never adding) history entries.

    The link offered for sharing is the same answers on the full page: embed mode stays
    with the frame it was opened in.
    """
    location = window.location
    fragment = linkstate.encode(situation, element("include_names").checked)
    answers = "#" + fragment if fragment != linkstate.BARE else ""
    address = location.pathname + location.search + answers
    if "embed=1" in location.hash:
        address += ("&" if answers else "#") + "embed=1"
    if address != location.pathname + location.search + location.hash:
        window.history.replaceState(None, "", address)
    element("share-url").value = location.origin + location.pathname + answers


def page_base_url():
    """The folder this page is published in, as embed code must name it."""
    location = window.location
    return location.origin + location.pathname[: location.pathname.rfind("/") + 1]


async def copy_text(text, status_line, source, copied):
    """Copy to the clipboard and say so; where the browser refuses (an iframe without
    clipboard-write, an old browser), select `source` and tell the reader to press Ctrl+C."""
    status_line.textContent = ""
    try:
        await window.navigator.clipboard.writeText(text)
    except Exception as error:
        log_error("clipboard", error)
        source.focus()
        source.select()
        status_line.textContent = content.COPY_FALLBACK
        return
    status_line.textContent = copied


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
    fill_list(
        "flips",
        ["If " + flip["text"] + ": " + content.VERDICT_SHORT[flip["verdict"]] + "." for flip in flips[:SHOWN_FLIPS]]
        or [content.NOTHING_FLIPS],
    )
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
        self.engine = None  # the message engine's functions, once its worker has started
        self.engine_worker = "engine"  # the worker's name; a retry starts another
        self.retries = 0
        self.latest_request = 0
        self.answers = None  # the newest (situation, days), written once the engine is there
        self.verdict = ""
        self.written = {}
        self.edited = {}
        self.copy_confirmed = False

    def kind(self):
        return checked_value("message")

    def update(self):
        situation = read_form()
        days = dates.days_until(situation["date"], today_iso())
        decision = rules.decide(situation, days)
        show_verdict(decision, rules.what_would_change(situation, days))
        show_date_error()
        follow_address(situation)
        keep_answers(situation)
        if decision["verdict"] != self.verdict:
            self.verdict = decision["verdict"]
            self.offer_messages()
        self.show_message()
        self.latest_request += 1
        self.answers = (situation, days)
        if self.engine is not None:
            asyncio.create_task(self.write_messages(self.latest_request, situation, days))

    def offer_messages(self):
        """On a new verdict, offer only the messages that fit it and select its main one."""
        offered = note.MESSAGES_FOR[self.verdict]
        for radio in document.querySelectorAll('input[name="message"]'):
            radio.parentElement.hidden = radio.value not in offered
            radio.checked = radio.value == offered[0]

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
        """Mark the message writer's state (starting, ready or failed) on its panel. A failure
        stays on show, with its "Try again" button, until a retry succeeds."""
        failed = state == "failed"
        element("messages").dataset.engine = state
        element("engine-failed").hidden = not failed
        element("note-text").placeholder = OWN_MESSAGE_PLACEHOLDER if failed else WRITING_PLACEHOLDER

    async def write_messages(self, request, situation, days):
        try:
            answer = await self.engine.render_messages(json.dumps({"situation": situation, "days": days}))
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
        elif target.id == "remember" and not target.checked:
            forget_answers()
        else:
            self.update()

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
        await copy_text(text, status_line, text_box, " ".join(("Copied.",) + note.note_warnings(status)))


async def copy_link():
    names = element("include_names").checked
    await copy_text(
        element("share-url").value,
        element("share-status"),
        element("share-url"),
        content.LINK_COPIED if names else content.LINK_COPIED_NO_NAMES,
    )


def open_embed_dialog(event):
    base = page_base_url()
    element("embed-code").value = embed.iframe_snippet(base)
    element("embed-resize-code").value = embed.resize_snippet(base)
    element("embed-status").textContent = ""
    element("embed-dialog").showModal()


async def copy_embed_code():
    code = element("embed-code").value + "\n" + element("embed-resize-code").value
    await copy_text(code, element("embed-status"), element("embed-code"), content.EMBED_COPIED)


async def share_link():
    """The phone's own share sheet; cancelling it is not an error worth showing."""
    try:
        await window.navigator.share(
            window.Object.fromEntries([["title", document.title], ["url", element("share-url").value]])
        )
    except Exception as error:
        if "AbortError" not in repr(error):
            log_error("share", error)


def start():
    """Wire the events, restore a shared link, show the first verdict, ask for the messages."""
    page = Page()
    document.addEventListener("input", guarded(page.on_input))
    element("rewrite").addEventListener("click", guarded(page.rewrite))
    element("copy").addEventListener("click", guarded(in_background(page.copy_message)))
    element("copy-link").addEventListener("click", guarded(in_background(copy_link)))
    element("share").addEventListener("click", guarded(in_background(share_link)))
    element("share").hidden = not hasattr(window.navigator, "share")
    element("retry-engine").addEventListener("click", guarded(page.retry_engine))
    element("open-embed").addEventListener("click", guarded(open_embed_dialog))
    element("close-embed").addEventListener("click", guarded(lambda event: element("embed-dialog").close()))
    element("copy-embed").addEventListener("click", guarded(in_background(copy_embed_code)))
    element("forget").addEventListener("click", guarded(forget_answers))
    element("date").addEventListener("blur", guarded(lambda event: show_date_error()))
    restore_answers()
    page.update()
    document.documentElement.dataset.state = "interactive"
    start_worker(page.engine_worker)
    asyncio.create_task(page.start_engine())
