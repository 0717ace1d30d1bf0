"""The message writer's client: its worker (Pyodide with jinja2, started from its template in
index.html), the time limit and retries, and asking it for the messages of the newest answers."""

import asyncio
import json

from dom import element, log_error
from pyscript import document, window, workers
from pyscript.ffi import to_js

from shouldconnect import note

# Pyodide boots in a few seconds here; a slow phone on a slow network gets far longer.
ENGINE_LIMIT_S = 90


def pyodide_wasm():
    """What the worker downloads that Pyodide, if it fails, never reports (see check_download):
    the page names it, relative to its own folder (a language's page is one folder down)."""
    return element("engine-worker").getAttribute("data-pyodide-wasm")


async def check_download():
    """Fail at once if the page cannot fetch Pyodide's WebAssembly.

    Pyodide 314 never reports a failed download of that file: it logs "wasm instantiation
    failed!" and waits forever, so the worker would only fail at the time limit. Asking for
    the same file, headers only, shows what the worker met: if the page can't get it, nor can
    the worker. The handlers go on in this same task: MicroPython would attach its own a task
    later, and a fetch refused at once would meanwhile count as an unhandled rejection.
    """
    address = pyodide_wasm()
    problem = await window.fetch(address, to_js({"method": "HEAD"})).then(
        lambda response: None if response.ok else "HTTP %d" % response.status, lambda error: window.String(error)
    )
    if problem and not await in_http_cache(address):
        raise RuntimeError(address + ": " + problem)


async def in_http_cache(address):
    """Whether the browser holds the file already: offline, a failed request says nothing about a
    file the worker will find in the cache (the service worker answers HEAD itself)."""
    cached = {"method": "HEAD", "cache": "only-if-cached", "mode": "same-origin"}
    return await window.fetch(address, to_js(cached)).then(lambda response: response.ok, lambda error: False)


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


class WriterClient:
    """The writer seen from the page. It tells the page its state ("starting", "ready",
    "failed") and the messages it wrote, through the two callbacks it is given; only the
    newest answers' messages are ever handed on."""

    def __init__(self, on_state, on_written):
        self.on_state = on_state
        self.on_written = on_written
        self.engine = None  # the message engine's functions, once its worker has started
        self.worker_name = "engine"  # a retry starts another worker under another name
        self.retries = 0
        self.latest_request = 0
        self.answers = None  # the newest Answers, written once the engine is there

    def start(self):
        """Start the writer's worker and, once it answers, write the messages."""
        start_worker(self.worker_name)
        asyncio.create_task(self.connect())

    def retry(self):
        self.on_state("starting")
        self.retries += 1
        self.worker_name = replace_worker(self.worker_name, "engine-retry-%d" % self.retries)
        asyncio.create_task(self.connect())

    def ask(self, answers):
        """New answers: the messages for them, once the writer is there (and only if no newer
        answers come first)."""
        self.latest_request += 1
        self.answers = answers
        if self.engine is not None:
            asyncio.create_task(self.write(self.latest_request, answers))

    async def connect(self):
        """Wait for the message writer within the time limit, then write the messages for the
        current answers. If it fails, say so: the verdict never needed it."""
        try:
            self.engine = await asyncio.wait_for(engine_exports(self.worker_name), ENGINE_LIMIT_S)
        except Exception as error:  # the time limit's TimeoutError included
            log_error("message engine", error)
            self.on_state("failed")
            return
        self.on_state("ready")
        if self.answers is not None:
            await self.write(self.latest_request, self.answers)

    async def write(self, request, answers):
        try:
            request_json = json.dumps(
                note.writer_request(answers.situation, answers.days, answers.today, answers.verdict)
            )
            answer = await self.engine.render_messages(request_json)
        except Exception as error:
            log_error("message engine", error)
            self.engine = None
            self.on_state("failed")
            return
        if request == self.latest_request:  # else a newer request is on its way
            self.on_written(json.loads(answer)["messages"])
