"""The message writer's worker: Pyodide with jinja2, started from its template in index.html."""

from dom import element
from pyscript import document, window, workers
from pyscript.ffi import to_js

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
