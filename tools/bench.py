"""Benchmark the page against its runtimes' own floor, and write docs/benchmarks.md (issue 6).

Why: Python in the browser costs megabytes and seconds, and our users open the link on a
phone. Absolute timings on a shared machine are noise, so every figure is a median over
loads interleaved with two floor pages, and the targets are ratios measured in the same run:

- floor 1 (bench/floor-micropython/) only boots the self-hosted MicroPython through PyScript;
- floor 2 (bench/floor-pyodide/) only boots Pyodide, as npm ships it, in a worker through PyScript.

Each load gets a fresh browser profile on disk (a cold cache that keeps what it is given, as a
phone's does; an in-memory context cache drops the 9.6 MB Pyodide wasm), at 1x and at 4x CPU
slowdown (CDP Emulation.setCPUThrottlingRate, a phone stand-in). The repeat visit loads the app
again in the profile of a cold app load, so its HTTP cache is warm. The server (tools/serve.py)
sends GitHub Pages' headers, `Cache-Control: max-age=600` among them, and counts what crosses the
network; it gzips text, JSON and WebAssembly on the wire as Pages does, and the gzip sizes are
computed here from the files.
Lighthouse runs last, with tools/lighthouse-config.mjs, which keeps observing until the note is shown.

The WordPress frame: a post page with the embed below the fold, exactly as WordPress writes it
(tests/wordpress.py: its markup and its own wp-embed.js), framing the published site, cold. What a
reader who never touches the form downloads is counted once the frame's page has started and the
network is quiet; then the first answer is changed, and the note shown in the frame is timed from
that change (the writer starts then), against the page's own cold note.

`--variant NAME=DIR` adds another copy of the app (a lever under test) to the interleaving.
The results replace the block between the markers in docs/benchmarks.md (the levers tried are in
docs/performance-log.md); the rest of the file (what the numbers mean) is written by hand.

Each run measures on two networks, each with its own block and targets: 127.0.0.1 as it is (CPU
time and bytes), then a phone's (`--latency MS` on every request, 20 Mbit/s down), where the
download dominates and a second visit's savings show. `--networks` picks one of them.

Usage: python -m tools.bench [--runs 5] [--edits 50] [--lighthouse-runs 3] [--variant NAME=DIR]
                             [--networks 127.0.0.1,phone] [--latency 150] [--output PATH]
       BENCH_RUNS=1 BENCH_EDITS=5 BENCH_LIGHTHOUSE_RUNS=0 make bench   (a quick smoke run)
"""

import argparse
import contextlib
import dataclasses
import datetime
import functools
import gzip
import json
import math
import os
import pathlib
import platform
import re
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.parse

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import sync_playwright

from tests import wordpress
from tools import build_site
from tools.paths import ROOT
from tools.serve import COMPRESSED, make_server

OUTPUT = ROOT / "docs" / "benchmarks.md"
SUB_PATH = "/should-i-connect/"  # as GitHub Pages serves a project site
# name, page, and the app's moment its flag stands for
FLOORS = (("floor 1", "bench/floor-micropython/", "verdict"), ("floor 2", "bench/floor-pyodide/", "note"))
CPU_SLOWDOWNS = (1, 4)
PHONE_DOWNLOAD_BYTES_S = 2_500_000  # 20 Mbit/s, with --latency
CHROMIUM_ARGS = ["--disable-background-networking", "--disable-component-update", "--no-first-run"]
LOAD_TIMEOUT_MS = 180_000  # Pyodide at 4x on a busy machine takes tens of seconds
SETTLE_MS = 500  # after the note is shown, before the edits start
PHONE_EDITS = 5  # per app load on the phone network, at most
ENGINE_FILE = "pyodide.mjs"  # the worker's first request: the engine starts loading
LIGHTHOUSE_CLI = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
LIGHTHOUSE_CONFIG = ROOT / "tools" / "lighthouse-config.mjs"
LIGHTHOUSE_CHROME_FLAGS = ["--headless=new", "--no-sandbox"] + CHROMIUM_ARGS
LIGHTHOUSE_CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
LIGHTHOUSE_METRICS = (
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "cumulative-layout-shift",
    "note-shown",
)
LOCAL, PHONE = "127.0.0.1", "phone"
PHONE_LATENCY_MS = 150  # a phone's round trip on a good 4G line, with PHONE_DOWNLOAD_BYTES_S
# Each network's results block in docs/benchmarks.md lies between its two markers.
MARKERS = {
    LOCAL: ("<!-- bench:begin (written by tools/bench.py) -->", "<!-- bench:end -->"),
    PHONE: ("<!-- bench:begin phone network (written by tools/bench.py) -->", "<!-- bench:end phone network -->"),
}

# Installed before any script of the page runs. Times are ms since navigation start.
PROBE_SCRIPT = """
window.__bench = {stages: {}, longTasks: [], edits: []};
const longTasks = new PerformanceObserver((list) => {
  for (const task of list.getEntries()) __bench.longTasks.push([task.startTime, task.duration]);
});
longTasks.observe({type: "longtask", buffered: true});
// When <html data-state> first took each value: interactive (verdict shown), ready (note shown).
new MutationObserver(() => {
  const stage = document.documentElement.dataset.state;
  if (stage && !(stage in __bench.stages)) __bench.stages[stage] = performance.now();
}).observe(document, {attributes: true, subtree: true, attributeFilter: ["data-state"]});

__bench.read = () => {
  for (const task of longTasks.takeRecords()) __bench.longTasks.push([task.startTime, task.duration]);
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  return {fcp: paint ? paint.startTime : null, stages: __bench.stages, longTasks: __bench.longTasks};
};

// Each edit runs from its input event's own timestamp to the page's first DOM change after it
// (the verdict) and to the note: the page re-marks <html data-state="ready"> with each answer of
// the engine and writes it into #note-text (when its text changed), whichever comes first.
__bench.watchEdits = () => {
  addEventListener("input", (event) => __bench.edits.push({input: event.timeStamp}), true);
  const reached = (step) => {
    const edit = __bench.edits[__bench.edits.length - 1];
    if (edit && edit[step] === undefined) edit[step] = performance.now();
  };
  new MutationObserver((records) => {
    reached("verdict");
    if (records.some((record) => record.attributeName === "data-state")) reached("note");
  }).observe(document.documentElement, {subtree: true, childList: true, characterData: true, attributes: true});
  const value = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value");
  Object.defineProperty(HTMLTextAreaElement.prototype, "value", {
    ...value, set(text) { value.set.call(this, text); if (this.id === "note-text") reached("note"); },
  });
};
"""
SETTLED = "() => ['ready', 'error'].includes(document.documentElement.dataset.state)"
# The WordPress frame: when the reader first changed an answer, on the frame's clock.
FIRST_CHANGE_SCRIPT = """
addEventListener("input", (event) => { window.__firstChange ??= event.timeStamp; }, true);
"""
FRAME = "iframe.wp-embedded-content"
FRAME_NAME = "WordPress frame"
# The post's text above the embed: a screenful and more, so the frame starts below the fold.
POST_TEXT = "<p>" + " ".join(["A paragraph of the post that the reader reads first."] * 200) + "</p>"
# What only the message writer downloads: its scripts and Python, Pyodide, the wheels, the engine.
WRITER_PATHS = (
    "/assets/start-writer.js",
    "/assets/writer.js",
    "/py/worker/",
    "/assets/vendor/pyodide/",
    "/assets/vendor/wheels/",
    "/assets/vendor/engine/",
)
EDIT_ANSWERED = "count => __bench.edits.length >= count && __bench.edits[count - 1].note !== undefined"


class Site:
    """A folder served as GitHub Pages serves a project site (tools/serve.py), logging what crosses the network."""

    def __init__(self, folder):
        self.folder = pathlib.Path(folder).resolve()
        self.server = make_server(prefix=SUB_PATH, directory=self.folder, quiet=True)
        self.url = self.server.url
        self.fetched = fetched = []  # (perf_counter seconds, path, whether a body was sent) per request
        base = self.server.RequestHandlerClass  # functools.partial(handler class, directory=...)

        class PagesLikeHandler(base.func):
            def log_request(self, code="-", size="-"):
                body_sent = self.command == "GET" and int(code) == 200  # not a HEAD, a 304 or an error
                fetched.append((time.perf_counter(), urllib.parse.urlsplit(self.path).path, body_sent))

        self.server.RequestHandlerClass = functools.partial(PagesLikeHandler, *base.args, **base.keywords)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def file_for(self, path):
        relative = urllib.parse.unquote(path[len(SUB_PATH) :])
        return self.folder / (relative + "index.html" if relative.endswith("/") or not relative else relative)

    def writer_bytes(self):
        """Bytes of the writer's files among the bodies sent since the last network_use()."""
        return sum(
            file_sizes(self.file_for(path))[0]
            for _, path, body_sent in self.fetched
            if body_sent and any(part in path for part in WRITER_PATHS)
        )

    def network_use(self):
        """Bytes of the bodies sent since the last call, raw and gzipped, and when the engine
        was first requested (ms after the page itself was)."""
        fetched, self.fetched[:] = list(self.fetched), []
        raw = compressed = 0
        for _, path, body_sent in fetched:
            if body_sent:
                size, gzip_size = file_sizes(self.file_for(path))
                raw, compressed = raw + size, compressed + gzip_size
        engine = [at for at, path, _ in fetched if path.endswith("/" + ENGINE_FILE)]
        engine_start = (engine[0] - fetched[0][0]) * 1000 if engine and fetched else None
        return raw, compressed, engine_start


def slow_down(session, cpu_slowdown, latency_ms):
    """Throttle a page through its CDP session as the run asks: its CPU, and with --latency the
    phone network (latency, 20 Mbit/s down, a quarter of that up)."""
    session.send("Emulation.setCPUThrottlingRate", {"rate": cpu_slowdown})
    if latency_ms:
        session.send("Network.enable")
        session.send(
            "Network.emulateNetworkConditions",
            {
                "offline": False,
                "latency": latency_ms,
                "downloadThroughput": PHONE_DOWNLOAD_BYTES_S,
                "uploadThroughput": PHONE_DOWNLOAD_BYTES_S // 4,
            },
        )


@functools.cache
def file_sizes(path):
    """A file's size, and its size on GitHub Pages' wire: gzipped only if Pages gzips its type
    (tools/serve.py's COMPRESSED), else as it is (a .gz, an archive, a ROMFS image)."""
    data = path.read_bytes()
    if path.suffix not in COMPRESSED:
        return len(data), len(data)
    return len(data), len(gzip.compress(data, compresslevel=6))


@dataclasses.dataclass
class Load:
    """One page load: times in ms since navigation start, bytes over the network."""

    fcp: float
    stages: dict
    long_tasks: list
    raw_bytes: int
    gzip_bytes: int
    engine_start: float | None
    edits: list = dataclasses.field(default_factory=list)  # (to verdict, to note) in ms

    def tasks_after_paint(self):
        """Main-thread long tasks from the first paint until the page settled."""
        end = self.stages.get("ready", math.inf)
        return [duration for start, duration in self.long_tasks if self.fcp <= start < end]

    def blocking(self):
        return sum(duration - 50 for duration in self.tasks_after_paint())

    def longest_task(self):
        return max(self.tasks_after_paint(), default=0)


class LoadFailed(Exception):
    """A load that never showed its note: counted and reported, not fatal on a shared machine."""


def load(context, url, site, cpu_slowdown, latency_ms):
    """Open `url` in a new page of `context` and wait for its note (or a floor's flag).

    `latency_ms` > 0 delays each request by that much, a phone network's round trip. CDP's
    emulation is set on the page, and Chromium applies it to the worker's downloads too."""
    page = context.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    slow_down(context.new_cdp_session(page), cpu_slowdown, latency_ms)
    page.add_init_script(PROBE_SCRIPT)
    site.network_use()  # forget what earlier loads fetched
    page.goto(url)
    try:
        page.wait_for_function(SETTLED, timeout=LOAD_TIMEOUT_MS, polling=100)
    except PlaywrightTimeoutError:
        raise LoadFailed("not settled after %d s" % (LOAD_TIMEOUT_MS // 1000)) from None
    seen = page.evaluate("__bench.read()")
    if "error" in seen["stages"]:
        raise LoadFailed("data-state=error" + (": " + errors[0].splitlines()[0][:200] if errors else ""))
    return page, Load(seen["fcp"], seen["stages"], seen["longTasks"], *site.network_use())


def time_edits(page, count):
    """Type into the first text field, one key at a time, each waiting for its note."""
    page.wait_for_timeout(SETTLE_MS)
    page.evaluate("__bench.watchEdits()")
    page.locator("input[type=text]").first.focus()
    for number in range(1, count + 1):
        page.keyboard.press("x" if number % 2 else "Backspace")
        try:
            page.wait_for_function(EDIT_ANSWERED, arg=number, timeout=LOAD_TIMEOUT_MS, polling=100)
        except PlaywrightTimeoutError:
            raise LoadFailed("edit %d got no note" % number) from None
    return [(edit["verdict"] - edit["input"], edit["note"] - edit["input"]) for edit in page.evaluate("__bench.edits")]


@contextlib.contextmanager
def fresh_profile(playwright, chromium, service_workers="allow"):
    """Chromium with an empty profile on disk, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as folder:
        context = playwright.chromium.launch_persistent_context(
            folder, executable_path=chromium, args=CHROMIUM_ARGS, headless=True, service_workers=service_workers
        )
        try:
            yield context
        finally:
            context.close()


# Until the published page's service worker has its copy (a page without one has nothing to wait for).
OFFLINE_COPY = "() => !document.documentElement.dataset.serviceWorker || navigator.serviceWorker.controller !== null"
VISITS = ("", ", repeat visit", ", cache expired")


def app_visits(playwright, chromium, site, path, cpu_slowdown, latency_ms, edits):
    """A cold load with its edits and a repeat visit in the same profile (the HTTP cache fresh),
    then, in a profile of its own, a second visit after the HTTP cache expired (cleared: GitHub
    Pages' ten minutes are over), where only the service worker's copy is left.

    The first two run with service workers blocked: CDP's network emulation is set on the page,
    and a service worker, a target of its own, would precache every file unthrottled and serve
    the page from that, which no phone's network allows. The third needs the worker, and its
    priming load is not counted."""
    url = site.url + path
    with fresh_profile(playwright, chromium, service_workers="block") as profile:
        page, cold = load(profile, url, site, cpu_slowdown, latency_ms)
        cold.edits = time_edits(page, edits)
        page.close()
        _, warm = load(profile, url, site, cpu_slowdown, latency_ms)
    with fresh_profile(playwright, chromium) as profile:
        page, _ = load(profile, url, site, cpu_slowdown, latency_ms)
        page.wait_for_function(OFFLINE_COPY, timeout=LOAD_TIMEOUT_MS, polling=100)
        profile.new_cdp_session(page).send("Network.clearBrowserCache")
        page.close()
        _, expired = load(profile, url, site, cpu_slowdown, latency_ms)
    return cold, warm, expired


@dataclasses.dataclass
class FrameVisit:
    """The WordPress frame, cold: what a reader who only reads downloads, and the first note."""

    reader_raw: int
    reader_gzip: int
    reader_writer_bytes: int  # of which the message writer's (Pyodide's among them)
    note_after_change: float  # ms from the first change to the note shown


def wordpress_post(folder, app_url):
    """A post page that frames the app as WordPress's Embed block does, below the fold."""
    wordpress.write_post(folder, app_url + "?embed=1", before=POST_TEXT, fallback=(app_url, "Should I Connect?"))


def frame_visit(playwright, chromium, site, post, cpu_slowdown, latency_ms):
    """The post, cold, in a fresh profile: the frame's page starts, the reader only reads, then
    changes the first answer and waits for the note."""
    with fresh_profile(playwright, chromium, service_workers="block") as profile:
        page = profile.new_page()
        slow_down(profile.new_cdp_session(page), cpu_slowdown, latency_ms)
        page.add_init_script(PROBE_SCRIPT + FIRST_CHANGE_SCRIPT)
        site.network_use()
        page.goto(post.url)
        frame = page.frame_locator(FRAME)
        try:
            frame.locator("html[data-state=interactive]").wait_for(state="attached", timeout=LOAD_TIMEOUT_MS)
            page.wait_for_load_state("networkidle", timeout=LOAD_TIMEOUT_MS)
            writer_bytes = site.writer_bytes()
            raw, compressed, _ = site.network_use()
            frame.locator("#interviewer").press("x")
            frame.locator("html[data-state=ready]").wait_for(state="attached", timeout=LOAD_TIMEOUT_MS)
        except PlaywrightTimeoutError:
            raise LoadFailed("the WordPress frame showed no note") from None
        tool = page.locator(FRAME).element_handle().content_frame()
        note = tool.evaluate("__bench.stages.ready - window.__firstChange")
        return (FrameVisit(raw, compressed, writer_bytes, note),)


def floor_visit(playwright, chromium, site, path, cpu_slowdown, latency_ms):
    """A floor page, cold."""
    with fresh_profile(playwright, chromium) as profile:
        return (load(profile, site.url + path, site, cpu_slowdown, latency_ms)[1],)


def run_loads(playwright, chromium, apps, floors, frames, runs, edits, latency_ms):
    """Interleave the pages (app, repeat visit, variants, the WordPress frame, floor 1, floor 2, app,
    ...) per CPU slowdown. Returns the loads and the failures, both keyed by (CPU slowdown, page)."""
    loads, failures = {}, {}
    for cpu_slowdown in CPU_SLOWDOWNS:
        for run in range(1, runs + 1):
            visits = [
                (
                    tuple(name + visit for visit in VISITS),
                    functools.partial(app_visits, playwright, chromium, site, path, cpu_slowdown, latency_ms, edits),
                )
                for name, site, path in apps
            ]
            visits += [
                ((name,), functools.partial(frame_visit, playwright, chromium, site, post, cpu_slowdown, latency_ms))
                for name, site, post in frames
            ]
            visits += [
                ((name,), functools.partial(floor_visit, playwright, chromium, site, path, cpu_slowdown, latency_ms))
                for name, site, path in floors
            ]
            for names, visit in visits:
                try:
                    for name, measured in zip(names, visit()):
                        loads.setdefault((cpu_slowdown, name), []).append(measured)
                except LoadFailed as failure:
                    failures.setdefault((cpu_slowdown, names[0]), []).append(str(failure))
                    print("bench: %s at %dx CPU failed: %s" % (names[0], cpu_slowdown, failure), flush=True)
            print("bench: %dx CPU, run %d of %d done" % (cpu_slowdown, run, runs), flush=True)
    return loads, failures


def run_lighthouse(url, chromium, form_factor):
    """One Lighthouse run: ({category or metric: value}, what the note gatherer saw), or (None, why it failed)."""
    command = [
        "node",
        str(LIGHTHOUSE_CLI),
        url,
        "--config-path=" + str(LIGHTHOUSE_CONFIG),
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        "--chrome-flags=" + " ".join(LIGHTHOUSE_CHROME_FLAGS),
    ]
    env = dict(os.environ, CHROME_PATH=chromium, LIGHTHOUSE_FORM_FACTOR=form_factor)
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return None, str(error)
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        return None, "exit status %d: %s" % (done.returncode, done.stderr.strip()[-500:])
    if report.get("runtimeError"):
        return None, report["runtimeError"]["message"]
    scores = {name: report["categories"][name]["score"] for name in LIGHTHOUSE_CATEGORIES}
    values = {name: None if score is None else score * 100 for name, score in scores.items()}
    values.update((metric, report["audits"][metric].get("numericValue")) for metric in LIGHTHOUSE_METRICS)
    return values, report["audits"]["note-shown"].get("displayValue", "no answer from the note gatherer")


def lighthouse_medians(url, chromium, runs):
    """Per form factor: the median of each score and metric, how many runs worked, and what
    the note gatherer saw (or why a run failed), one line per distinct outcome."""
    results = {}
    for form_factor in ("mobile", "desktop"):
        outcomes = [run_lighthouse(url, chromium, form_factor) for _ in range(runs)]
        worked = [values for values, _ in outcomes if values]
        medians = {key: median(values[key] for values in worked) for key in worked[0]} if worked else None
        results[form_factor] = (medians, len(worked), sorted({note for _, note in outcomes}))
        print("bench: Lighthouse %s done" % form_factor, flush=True)
    return results


# --- the report ----------------------------------------------------------------------


def median(values):
    values = [value for value in values if value is not None]
    return statistics.median(values) if values else None


def p95(values):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)] if ordered else None


def seconds(ms):
    return "—" if ms is None else "%.2f s" % (ms / 1000)


def millis(ms):
    return "—" if ms is None else "%.0f ms" % ms


def megabytes(count):
    return "—" if count is None else "%.2f MB" % (count / 1e6)


def spread(values):
    return "%s / %s" % (millis(median(values)), millis(p95(values))) if values else "—"


def ratio(part, whole):
    return part / whole if part is not None and whole else None


def times(value):
    return "—" if value is None else "%.2fx" % value


class Figures:
    """Medians of one page at one CPU slowdown; a floor's flag counts as the moment it stands for."""

    def __init__(self, loads, flag=None):
        stage = {"verdict": "interactive", "note": "ready"} if flag is None else {flag: "ready"}
        self.count = len(loads)
        self.fcp = median(load.fcp for load in loads)
        self.verdict = median(load.stages.get(stage["verdict"]) for load in loads) if "verdict" in stage else None
        self.note = median(load.stages.get(stage["note"]) for load in loads) if "note" in stage else None
        self.engine_start = median(load.engine_start for load in loads)
        self.blocking = median(load.blocking() for load in loads)
        self.longest = median(load.longest_task() for load in loads)
        self.raw = median(load.raw_bytes for load in loads)
        self.gzip = median(load.gzip_bytes for load in loads)
        edits = [edit for load in loads for edit in load.edits]
        self.to_verdict = [verdict for verdict, _ in edits]
        self.to_note = [note for _, note in edits]


def figures_table(columns):
    """Medians per page, one column each; `columns` is [(title, Figures)]."""
    rows = [
        ("Loads measured", lambda f: str(f.count)),
        ("First contentful paint", lambda f: seconds(f.fcp)),
        ("First verdict shown (floor 1: flag set)", lambda f: seconds(f.verdict)),
        ("Note shown (floor 2: flag set)", lambda f: seconds(f.note)),
        ("Engine starts loading (%s requested)" % ENGINE_FILE, lambda f: seconds(f.engine_start)),
        ("Main-thread blocking after first paint", lambda f: millis(f.blocking)),
        ("Longest task after first paint", lambda f: millis(f.longest)),
        ("Input to verdict, median / p95", lambda f: spread(f.to_verdict)),
        ("Input to note, median / p95", lambda f: spread(f.to_note)),
        ("Bytes over the network, raw", lambda f: megabytes(f.raw)),
        ("Bytes over the network, gzip", lambda f: megabytes(f.gzip)),
    ]
    lines = ["| Median | " + " | ".join(title for title, _ in columns) + " |", "| --- |" + " ---: |" * len(columns)]
    for label, show in rows:
        lines.append("| %s | %s |" % (label, " | ".join(show(figures) for _, figures in columns)))
    return lines


def compared(value, reference, most, show):
    """(the ratio with both values, whether it is at most `most`)."""
    share = ratio(value, reference)
    return "%s (%s vs %s)" % (times(share), show(value), show(reference)), share is not None and share <= most


def limited(value, limit, show, strictly=False):
    """(the value, whether it is at most `limit`, or under it when `strictly`)."""
    return show(value), value is not None and (value < limit if strictly else value <= limit)


# The targets that depend on the network: on 127.0.0.1 a load is CPU time and the bytes' size; on a
# phone's network it is mostly the download, and what a second visit saves is the round trips.
VERDICT_MOST = {LOCAL: 1.3, PHONE: 0.8}  # x floor 1
NOTE_MOST = {LOCAL: 0.9, PHONE: 0.75}  # x floor 2
NO_TARGET_HERE = "no target on 127.0.0.1: no round trip to save (see the phone's block)"


def target_rows(app, repeat, expired, floor1, floor2, network):
    """(target, measured, met) for the issue's targets that come from the loads, at one CPU slowdown
    on one network; `met` is None where the row is measured but carries no target there."""
    verdict_most, note_most = VERDICT_MOST[network], NOTE_MOST[network]
    rows = [
        (
            "First verdict at most %sx floor 1" % verdict_most,
            *compared(app.verdict, floor1.verdict, verdict_most, seconds),
        ),
        ("Note shown, cold, at most %sx floor 2" % note_most, *compared(app.note, floor2.note, note_most, seconds)),
        ("Note shown on a repeat visit at most 0.6x cold floor 2", *compared(repeat.note, floor2.note, 0.6, seconds)),
    ]
    second_visit = [
        (
            "Second visit, the HTTP cache expired: verdict at most 0.4x cold floor 1",
            *compared(expired.verdict, floor1.verdict, 0.4, seconds),
        ),
        (
            "Second visit, the HTTP cache expired: note at most 0.2x cold floor 2",
            *compared(expired.note, floor2.note, 0.2, seconds),
        ),
    ]
    if network == PHONE:
        return rows + second_visit
    floors_raw, floors_gzip = (floor1.raw or 0) + (floor2.raw or 0), (floor1.gzip or 0) + (floor2.gzip or 0)
    return (
        rows
        + [(target, measured + "; " + NO_TARGET_HERE, None) for target, measured, _ in second_visit]
        + [
            ("Main-thread blocking after first paint at most 200 ms", *limited(app.blocking, 200, millis)),
            ("No task over 250 ms after first paint", *limited(app.longest, 250, millis)),
            ("Input to verdict under 16 ms, median", *limited(median(app.to_verdict), 16, millis, strictly=True)),
            ("Input to note under 50 ms, p95", *limited(p95(app.to_note), 50, millis, strictly=True)),
            ("Bytes, raw: at most 1.03x floors 1 + 2", *compared(app.raw, floors_raw, 1.03, megabytes)),
            ("Bytes, gzip: at most 0.80x floors 1 + 2", *compared(app.gzip, floors_gzip, 0.80, megabytes)),
        ]
    )


def frame_rows(visits, app):
    """(target, measured, met) for the WordPress frame, against the page's own cold figures."""
    if not visits:
        return [("WordPress frame", "no visit measured", False)]
    note = median(visit.note_after_change for visit in visits)
    writer = median(visit.reader_writer_bytes for visit in visits)
    measured = "%s of the writer's files, in %s raw (%s gzip) in all" % (
        megabytes(writer),
        megabytes(median(visit.reader_raw for visit in visits)),
        megabytes(median(visit.reader_gzip for visit in visits)),
    )
    return [
        (
            "WordPress frame: note shown, cold, after the first change, at most 1.2x the page's cold note",
            *compared(note, app.note, 1.2, seconds),
        ),
        ("WordPress frame: a reader who never touches the form downloads nothing of Pyodide", measured, writer == 0),
    ]


def lighthouse_rows(results):
    """(target, measured, met) for the Lighthouse scores."""
    if results is None:
        return [("Lighthouse", "not run (--lighthouse-runs 0)", None)]
    rows = []
    for form_factor, (medians, _, notes) in results.items():
        for name in LIGHTHOUSE_CATEGORIES:
            wanted = {"mobile": 90, "desktop": 95}[form_factor] if name == "performance" else 100
            score = medians[name] if medians else None
            measured = "%.0f" % score if score is not None else "did not run: " + "; ".join(notes)
            rows.append(
                ("%s, %s: %d or more" % (name, form_factor, wanted), measured, score is not None and score >= wanted)
            )
    return rows


def lighthouse_metrics(results):
    """The metrics behind the performance score (simulated on mobile), and the observed note."""
    shown = (
        ("first-contentful-paint", seconds),
        ("largest-contentful-paint", seconds),
        ("total-blocking-time", millis),
        ("cumulative-layout-shift", lambda shift: "%.3f" % shift),
        ("note-shown", seconds),
    )
    header = (
        "| Form factor | Runs | First contentful paint | Largest contentful paint | Total blocking time "
        "| Layout shift | Note shown (observed) | Trace held until |"
    )
    lines = [header, "| --- |" + " ---: |" * 6 + " --- |"]
    for form_factor, (medians, worked, notes) in results.items():
        cells = [show(medians[metric]) if medians and medians[metric] is not None else "—" for metric, show in shown]
        lines.append("| %s | %d | %s | %s |" % (form_factor, worked, " | ".join(cells), "; ".join(notes)))
    return lines


def machine():
    cpuinfo = pathlib.Path("/proc/cpuinfo")
    model = re.search(r"model name\s*:\s*(.*)", cpuinfo.read_text()) if cpuinfo.exists() else None
    return "%s, %d cores (nproc), %s, load average %.1f at the start" % (
        model.group(1) if model else platform.processor() or "unknown CPU",
        os.cpu_count(),
        platform.platform(),
        os.getloadavg()[0],
    )


def target_table(rows):
    return ["| Target | Measured | Met |", "| --- | --- | --- |"] + [
        "| %s | %s | %s |" % (target, measured, "—" if met is None else "yes" if met else "**no**")
        for target, measured, met in rows
    ]


def report(loads, failures, app_names, lighthouse, context, network):
    """One network's results block: per CPU setting the medians and the targets of each app, then
    Lighthouse (which simulates a network of its own, so it has its place on 127.0.0.1's)."""
    begin, end = MARKERS[network]
    lines = [
        begin,
        "",
        "Measured %(date)s on %(machine)s, with %(browser)s." % context,
        "",
        (
            "Command: `%(command)s`, that is `tools/bench.py %(options)s`: %(runs)d loads per page per CPU "
            "setting, %(edits)d edits per app load, %(lighthouse_runs)d Lighthouse runs per form factor."
        )
        % context,
        "",
        "Network: %(network)s." % context,
        "",
    ]
    for cpu_slowdown in CPU_SLOWDOWNS:
        figures = {
            name: Figures(loads.get((cpu_slowdown, name), []))
            for app in app_names
            for name in (app + visit for visit in VISITS)
        }
        figures.update((name, Figures(loads.get((cpu_slowdown, name), []), flag)) for name, _, flag in FLOORS)
        lines += ["### %dx CPU%s" % (cpu_slowdown, "" if cpu_slowdown == 1 else " slowdown"), ""]
        lines += figures_table(list(figures.items())) + [""]
        for app in app_names:
            visits = [figures[app + visit] for visit in VISITS]
            rows = target_rows(*visits, figures["floor 1"], figures["floor 2"], network)
            if app == app_names[0]:
                rows += frame_rows(loads.get((cpu_slowdown, FRAME_NAME), []), visits[0])
            lines += ["Targets for **%s** at %dx CPU:" % (app, cpu_slowdown), ""]
            lines += target_table(rows) + [""]
        failed = [(name, reasons) for (slowdown, name), reasons in failures.items() if slowdown == cpu_slowdown]
        lines += [
            "- %s: %d failed load(s), left out: %s" % (name, len(reasons), "; ".join(sorted(set(reasons))))
            for name, reasons in failed
        ] + ([""] if failed else [])
    if network == LOCAL:
        lines += ["### Lighthouse 12.2.3 (the app; medians of the runs)", ""]
        lines += target_table(lighthouse_rows(lighthouse))
        if lighthouse:
            lines += [""] + lighthouse_metrics(lighthouse)
    return lines + ["", end]


def write_report(lines, output):
    """Replace one results block of `output` (its markers are the block's first and last lines),
    keeping the hand-written text around it; a block `output` lacks goes at its end."""
    block = "\n".join(lines)
    begin, end = lines[0], lines[-1]
    text = output.read_text() if output.exists() else "# Benchmarks\n"
    if begin not in text:
        text = text.rstrip("\n") + "\n\n%s\n%s\n" % (begin, end)
    start, stop = text.index(begin), text.index(end) + len(end)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text[:start] + block + text[stop:])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs",
        type=int,
        default=int(os.environ.get("BENCH_RUNS", "5")),
        help="loads per page per CPU setting (default 5, or $BENCH_RUNS)",
    )
    parser.add_argument(
        "--edits",
        type=int,
        default=int(os.environ.get("BENCH_EDITS", "50")),
        help="edits timed in each app load (default 50, or $BENCH_EDITS)",
    )
    parser.add_argument(
        "--lighthouse-runs",
        type=int,
        default=int(os.environ.get("BENCH_LIGHTHOUSE_RUNS", "3")),
        help="Lighthouse runs per form factor; 0 skips it (default 3, or $BENCH_LIGHTHOUSE_RUNS)",
    )
    parser.add_argument(
        "--variant",
        action="append",
        default=[],
        metavar="NAME=DIR",
        help="another copy of the site whose app joins the interleaving (a lever under test)",
    )
    parser.add_argument(
        "--networks",
        default=",".join((LOCAL, PHONE)),
        help="the networks to measure on, each writing its own block: %s (127.0.0.1 as it is), %s "
        "(--latency; default both)" % (LOCAL, PHONE),
    )
    parser.add_argument(
        "--latency",
        type=int,
        default=PHONE_LATENCY_MS,
        metavar="MS",
        help="the phone network's delay on each request, at %d Mbit/s down (default %d)"
        % (PHONE_DOWNLOAD_BYTES_S * 8 // 1_000_000, PHONE_LATENCY_MS),
    )
    parser.add_argument(
        "--output",
        type=pathlib.Path,
        default=OUTPUT,
        help="where to write the results (default docs/benchmarks.md; an A/B run goes elsewhere)",
    )
    options = parser.parse_args()
    networks = options.networks.split(",")
    if options.runs < 1 or options.edits < 1:
        parser.error("--runs and --edits must be at least 1")
    if not set(networks) <= {LOCAL, PHONE} or options.latency < 1:
        parser.error("--networks takes %s and %s; --latency at least 1 ms" % (LOCAL, PHONE))

    site = Site(ROOT)  # the floors
    # The app as `make site` publishes it: with its service worker, which `make serve` leaves out.
    published = pathlib.Path(tempfile.mkdtemp(prefix="bench-site-")) / "site"
    build_site.build(published, build_site.DEFAULT_BASE_URL)
    app_site = Site(published)
    # The English page, and one other language's, which loads its own catalog on top (issue 12).
    apps = [("app", app_site, ""), ("app in German", app_site, "de/")]
    apps += [(name, Site(folder), "") for name, folder in (v.split("=", 1) for v in options.variant)]
    floors = [(name, site, path) for name, path, _ in FLOORS]
    post = pathlib.Path(tempfile.mkdtemp(prefix="bench-post-"))
    wordpress_post(post, app_site.url)
    frames = [(FRAME_NAME, app_site, Site(post))]
    with sync_playwright() as playwright:
        chromium = playwright.chromium.executable_path
        if not os.path.exists(chromium):
            chromium = shutil.which("chromium") or "/usr/bin/chromium"
        with fresh_profile(playwright, chromium) as profile:
            version = profile.new_cdp_session(profile.pages[0]).send("Browser.getVersion")["product"]
        for network in networks:
            context = run_context(options, network, "%s (%s) under Playwright" % (version, chromium))
            latency = options.latency if network == PHONE else 0
            loads, failures = run_loads(
                playwright, chromium, apps, floors, frames, options.runs, context["edits"], latency
            )
            lighthouse = None
            if network == LOCAL and options.lighthouse_runs:
                lighthouse = lighthouse_medians(app_site.url, chromium, options.lighthouse_runs)
            names = [name for name, _, _ in apps]
            write_report(report(loads, failures, names, lighthouse, context, network), options.output)
            print("bench: the %s block is in %s" % (network, options.output), flush=True)
    shutil.rmtree(published.parent, ignore_errors=True)
    shutil.rmtree(post, ignore_errors=True)


def run_context(options, network, browser):
    """What one network's block says about its run."""
    phone = network == PHONE
    lighthouse_runs = 0 if phone else options.lighthouse_runs
    # Edits never touch the network: their targets are judged on 127.0.0.1, a few show them here.
    edits = min(options.edits, PHONE_EDITS) if phone else options.edits
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "browser": browser,
        "command": "make bench",
        "options": " ".join(
            ["--runs %d --edits %d --lighthouse-runs %d" % (options.runs, options.edits, options.lighthouse_runs)]
            + ["--variant " + v for v in options.variant]
            + ["--networks %s --latency %d" % (options.networks, options.latency)]
        ),
        "network": (
            "each request delayed by %d ms, %d Mbit/s down (CDP Network.emulateNetworkConditions on the page), "
            "text, JSON and WebAssembly gzipped on the wire as GitHub Pages sends them"
            % (options.latency, PHONE_DOWNLOAD_BYTES_S * 8 // 1_000_000)
            if phone
            else "127.0.0.1 as it is, no added latency; text, JSON and WebAssembly gzipped on the wire"
        ),
        "runs": options.runs,
        "edits": edits,
        "lighthouse_runs": lighthouse_runs,
    }


if __name__ == "__main__":
    main()
