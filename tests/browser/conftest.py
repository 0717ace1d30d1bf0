"""Browser fixtures: the real page, served from 127.0.0.1 under a sub-path, in real Chromium.

Page loads cost seconds, so read-only checks share one loaded page per module
(`app`); tests that need a fresh page open their own with `open_app`. Every page
opened here is watched: a request to another origin, a page error, a console error
or a Python traceback fails the test that opened it.
"""

import os
import shutil

import pytest

from tools.serve import ROOT, serve_in_background

SUB_PATH = "/should-i-connect/"
LOAD_TIMEOUT_MS = 90_000  # Pyodide boots in seconds; a broken [files] entry never finishes.
# Measures main-thread long tasks and the page's stages from the first byte on.
WATCH_SCRIPT = """
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push({start: entry.startTime, duration: entry.duration});
}).observe({type: "longtask", buffered: true});
window.__states = [];
window.__stateTimes = {};  // when each state was first reached, ms since navigation start
window.__stateWrites = 0;  // the page marks <html data-state="ready"> again with each note it takes
new MutationObserver((records) => {
  window.__stateWrites += records.filter((record) => record.target === document.documentElement).length;
  const state = document.documentElement.dataset.state;
  if (state && window.__states[window.__states.length - 1] !== state) window.__states.push(state);
  if (state && !(state in window.__stateTimes)) window.__stateTimes[state] = performance.now();
}).observe(document, {attributes: true, subtree: true, attributeFilter: ["data-state"]});
"""


@pytest.fixture(scope="session")
def serve_folder():
    """Serve a folder as GitHub Pages serves a project site (under /<repo>/), from a free port.

    Returns a function: folder -> its running server (`server.url`). All stop at the end of the run.
    """
    servers = []

    def serve(directory):
        server = serve_in_background(directory, SUB_PATH, record=True)
        servers.append(server)
        return server

    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site(serve_folder):
    """The repository, served as GitHub Pages serves a project site: under /<repo>/."""
    return serve_folder(ROOT)


# Chromium is the engine here; GitHub's workflow also runs these tests with `--browser firefox`
# and `--browser webkit` (Playwright's own builds), where Chromium-only checks are skipped.
CHROMIUM_ONLY_PERMISSIONS = ("clipboard-read", "clipboard-write")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, browser_type):
    """Playwright's own Chromium where it is installed, else the system's."""
    args = dict(browser_type_launch_args)
    if browser_type.name != "chromium":
        return args
    if not os.path.exists(browser_type.executable_path):
        system = shutil.which("chromium") or "/usr/bin/chromium"
        if not os.path.exists(system):
            pytest.exit("No Chromium found: run `playwright install chromium` or `apt-get install chromium`", 2)
        args["executable_path"] = system
    # This machine has no network beyond 127.0.0.1: keep Chromium from trying.
    args["args"] = list(args.get("args", [])) + [
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
    ]
    return args


class Watch:
    """Everything a page did that a user would call broken."""

    def __init__(self, site_url):
        self.site_url = site_url
        self.requests = []
        self.problems = []

    def attach(self, context, page):
        context.on("request", lambda request: self.requests.append(request.url))
        self.attach_page(page)

    def attach_page(self, page):
        """Another tab of the same context: its errors count too."""
        page.on("pageerror", lambda error: self.problems.append("page error: %s" % error))
        page.on("console", self.console)

    def console(self, message):
        text = message.text
        if message.type == "error" or "Traceback (most recent call last)" in text:
            self.problems.append("console %s: %s" % (message.type, text))

    def foreign_requests(self):
        allowed = ("http://127.0.0.1:", "blob:http://127.0.0.1:", "data:")
        return [url for url in self.requests if not url.startswith(allowed)]

    def assert_clean(self, page):
        assert self.foreign_requests() == [], "requests left the page's origin"
        assert self.problems == []
        # With PyScript's error plugin off no banner should appear; check the page anyway.
        assert page.locator(".py-error").count() == 0
        assert "Traceback" not in page.locator("body").inner_text()


@pytest.fixture(scope="session")
def open_app(browser, site):
    """Open the page in a fresh context; returns (page, watch). Closed and checked at the end."""
    opened = []

    def open_page(path="", wait_for="ready", prepare=None, site_url=None, routed=True, **context_args):
        """`site_url`: another server's (from `serve_folder`); the repository's by default.
        `routed=False` leaves out the route that aborts other origins: Playwright's routing turns
        the HTTP cache off and hides service workers, which the offline tests need. The watch
        still fails a test on any request that leaves 127.0.0.1."""
        site_url = site_url or site.url
        if browser.browser_type.name != "chromium":  # other engines refuse these names
            permissions = context_args.get("permissions", [])
            context_args["permissions"] = [name for name in permissions if name not in CHROMIUM_ONLY_PERMISSIONS]
        context = browser.new_context(**context_args)
        page = context.new_page()
        watch = Watch(site_url)
        watch.attach(context, page)
        # Nothing may leave 127.0.0.1; if anything tries, abort it (the watch records it).
        if routed:
            context.route(lambda url: not url.startswith("http://127.0.0.1:"), lambda route: route.abort())
        if prepare:
            prepare(context)
        page.add_init_script(WATCH_SCRIPT)
        page.goto(site_url + path)
        if wait_for:
            page.wait_for_selector("html[data-state=%s]" % wait_for, timeout=LOAD_TIMEOUT_MS)
        opened.append((context, watch))
        return page, watch

    yield open_page
    for context, _ in opened:
        context.close()


@pytest.fixture(scope="module")
def loaded(open_app):
    """One loaded page and its watch, shared by a module's checks; it must stay clean throughout."""
    page, watch = open_app(permissions=["clipboard-read", "clipboard-write"])
    yield page, watch
    watch.assert_clean(page)


@pytest.fixture(scope="module")
def app(loaded):
    return loaded[0]
