"""Run the message writer under Node on every kind of message it writes, in every language, and
tell which modules it imported.

Why: the page downloads the worker's standard library (`python_stdlib.zip`), jinja2 and the engine
before the first note, and the writer imports a small part of the standard library and not all of
the others. Rather than a list kept by hand, `make vendor` runs the writer itself, assets/writer.js
set up as each page sets it up (tools/run_writer.mjs), with everything whole, on requests that
cover every verdict, tone and message kind with every field filled in and with none, plus two
requests that fail (the error path formats a traceback), and ships only the modules that were
imported: of the standard library (tools/precompile_worker.py), of jinja2 and markupsafe, and of
our own engine (tools/vendor.py).
tests/unit/test_worker_stdlib.py runs the same requests on the trimmed files the page downloads.
"""

import json
import pathlib
import subprocess
import tempfile

from shouldconnect import form, i18n, note
from shouldconnect.languages import LANGUAGES
from tools import catalogs, pages
from tools.paths import ROOT

TODAY = "2030-03-04"
# Days to the interview for each verdict's situation, and the interview's date.
DAYS = {"connect": (5, "2030-03-09"), "wait": (1, "2030-03-05"), "after": (-3, "2030-03-01")}
# Every field the messages can show, filled in; the other situation leaves them all empty.
FILLED = {
    "interviewer": "Dr. Jane Doe-Smith",
    "greet_as": "",
    "company": "Acme Inc.",
    "role": "Senior Data Analyst - Remote",
    "your_name": "Kim Ito",
    "mutual": "yes",
    "mutual_name": "Ana Lima",
    "topic": "#dataviz",
    "discussed": "the churn model",
    "stage": "offer",
    "premium": True,
}
# The error path: the writer answers with a Python traceback, which Pyodide formats.
FAILING = ("this is not JSON", "{}")


def requests():
    """What a page sends the writer, in the language spoken: each verdict, tone and situation."""
    made = []
    for verdict, (days, date) in DAYS.items():
        for tone in form.CHOICES["tone"]:
            for answers in (FILLED, {}):
                situation = form.normalize(dict(answers, tone=tone, date=date))
                made.append(json.dumps(note.writer_request(situation, days, TODAY, verdict)))
    return made + list(FAILING)


def job(language):
    """One language's setup, as its page gives it to the writer (paths as file: URLs), and its requests."""
    setup = pages.writer_setup(language)
    page = ROOT / language["folder"]

    def address(path):
        return (page / path).resolve().as_uri()

    with i18n.speaking(catalogs.compiled(language)):
        asked = requests()
    return {
        "setup": {"entry": address(setup["entry"]), "files": {address(s): t for s, t in setup["files"].items()}},
        "requests": asked,
    }


def run(stock):
    """Each language's result from tools/run_writer.mjs (see there), with the whole standard
    library (`stock`) or with the page's files in assets/vendor/."""
    with tempfile.TemporaryDirectory() as scratch:
        jobs, result = pathlib.Path(scratch) / "jobs.json", pathlib.Path(scratch) / "result.json"
        jobs.write_text(json.dumps([job(language) for language in LANGUAGES]))
        options = ("--stock",) if stock else ()
        subprocess.run(
            ("node", "--disable-warning=MODULE_TYPELESS_PACKAGE_JSON", "tools/run_writer.mjs")
            + options
            + (str(jobs), str(result)),
            cwd=ROOT,
            check=True,
        )
        return json.loads(result.read_text())


def imported(results):
    """Every module any job loaded from a file, by name ("json.decoder", "jinja2.ext", "engine"):
    the standard library's, the wheels' and the engine's."""
    failed = [result["failed"] for result in results if "failed" in result]
    if failed:
        raise RuntimeError("the writer did not start: " + failed[0])
    return sorted({name for result in results for name in result["modules"]})
