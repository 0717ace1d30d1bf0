"""The message writer's client: its worker (Pyodide with jinja2, assets/writer.js, started by
assets/start-writer.js from the setup the message panel carries), the time limit and retries, and
asking it for the messages of the newest answers: each interviewer's, on a panel."""

import asyncio
import json

from dom import element, log_error
from pyscript import document, js_import, window
from pyscript.ffi import create_proxy

from shouldconnect import note

# Pyodide boots in a few seconds here; a slow phone on a slow network gets far longer.
ENGINE_LIMIT_S = 90


async def start_writer(on_progress):
    """A started writer (start-writer.js's), whose render(request) returns a promise and which
    tells on_progress(received, total) how far its downloads have come. The module is imported by
    its full address: import() resolves a relative one against PyScript's module, not the page."""
    setup = element("messages").dataset.writer
    address = window.URL.new(json.loads(setup)["start"], document.baseURI).href
    module = (await js_import(address))[0]
    return module.startWriter(setup, create_proxy(on_progress))


class WriterClient:
    """The writer seen from the page. It tells the page its state ("starting", "ready",
    "failed"), how far its downloads have come (bytes received and their total, 0 while not
    known) and the messages it wrote, through the three callbacks it is given; only the newest
    answers' messages are ever handed on."""

    def __init__(self, on_state, on_written, on_progress):
        self.on_state = on_state
        self.on_written = on_written
        self.on_progress = on_progress
        self.worker = None  # start-writer.js's writer, from its start until it fails
        self.engine = None  # the same, once it has said it is ready
        self.started = False
        self.latest_request = 0
        self.answers = None  # the newest Answers, written once the engine is there
        # The newest answers' requests, one per person, and the messages written for each: a
        # person whose request is the same is not written again (typing one person's name
        # rewrites only their messages).
        self.rendered = {}

    def start(self):
        """Start the writer's worker and, once it answers, write the messages. Once only: an
        embed calls this on every change until then."""
        if not self.started:
            self.started = True
            asyncio.create_task(self.connect())

    def retry(self):
        """A fresh worker: the failed one may be stuck downloading forever, and was stopped."""
        self.on_state("starting")
        asyncio.create_task(self.connect())

    def ask(self, answers):
        """New answers: the messages for them, once the writer is there (and only if no newer
        answers come first)."""
        self.latest_request += 1
        self.answers = answers
        if self.engine is not None:
            self.write(self.latest_request, answers)

    async def ready_writer(self):
        self.worker = await start_writer(self.on_progress)
        await self.worker.ready
        return self.worker

    def stop(self, error):
        log_error("message engine", error)
        if self.worker is not None:
            self.worker.stop()
        self.worker = self.engine = None
        self.on_state("failed")

    async def connect(self):
        """Wait for the message writer within the time limit, then write the messages for the
        current answers. If it fails, say so: the verdict never needed it."""
        self.on_progress(0, 0)  # on its way, how far not yet known
        try:
            self.engine = await asyncio.wait_for(self.ready_writer(), ENGINE_LIMIT_S)
        except Exception as error:  # the time limit's TimeoutError included
            self.stop(error)
            return
        self.on_state("ready")
        if self.answers is not None:
            self.write(self.latest_request, self.answers)

    def write(self, request, answers):
        """Post the requests at once, in the event that changed the answers: the worker writes
        while the page paints (asked from a task, it waited for the paint). Each person's request
        is written only if it is new. The answers are taken in the task they arrive in, through
        the promises' own callbacks: an asyncio task would wait for a timer of its own, which a
        phone runs a frame later."""
        asked = [
            json.dumps(note.writer_request(person, answers.days, answers.today, verdict))
            for person, (verdict, _until) in zip(answers.people, answers.verdicts)
        ]
        new = [text for text in asked if text not in self.rendered]
        try:
            answered = window.Promise.all(window.Array.of(*[self.engine.render(text) for text in new]))
        except Exception as error:
            self.stop(error)
            return
        answered.then(lambda texts: self.written(request, asked, dict(zip(new, texts))), self.stop)

    def written(self, request, asked, texts):
        """The worker's answers (`texts`, JSON by request) for the requests that were new; the
        others' messages are those already written."""
        if request != self.latest_request:  # a newer request is on its way
            return
        try:
            fresh = dict((text, json.loads(answer)["messages"]) for text, answer in texts.items())
        except Exception as error:
            self.stop(error)
            return
        self.rendered = dict((text, fresh[text] if text in fresh else self.rendered[text]) for text in asked)
        self.on_written([self.rendered[text] for text in asked])
