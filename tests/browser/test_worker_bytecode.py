"""The message writer starts from bytecode: `make vendor` ships Pyodide's standard library and
jinja2 precompiled (tools/precompile_worker.py), since compiling them at every start was most
of the wait for the first note (docs/benchmarks.md). These tests keep that true as the code
changes: a new import compiled from source slows every visit without breaking anything."""

import json
import re

from playwright.sync_api import expect

from actions import fill, local_date

REPORT = "should-i-connect test: compiled from source:"
# Appended to the worker's entry file: after each note, list the modules of the standard
# library (in python_stdlib.zip), of the unpacked wheels (./vendor) and of the engine's archive
# (engine, shouldconnect, the compiled templates) that were loaded from source rather than
# bytecode, and say whether the templates came compiled.
INSTRUMENT = (
    """
import json as _json
import sys as _sys

_render_messages = render_messages


def render_messages(request):
    answer = _render_messages(request)
    from_source = sorted(
        name for name, module in list(_sys.modules.items())
        if (getattr(getattr(module, "__spec__", None), "origin", None) or "").endswith(".py")
        and (".zip/" in module.__spec__.origin or "/vendor/" in module.__spec__.origin
             or name == "engine" or name.startswith("shouldconnect") or "tmpl_" in name)
    )
    import engine as _engine
    compiled = type(_engine.environment.loader).__name__ == "ModuleLoader"
    print(%r, _json.dumps({"from_source": from_source, "templates_compiled": compiled}))
    return answer
"""
    % REPORT
)


def instrument_engine(context):
    def append(route):
        response = route.fetch()
        route.fulfill(response=response, body=response.text() + INSTRUMENT)

    context.route("**/py/worker/engine_main.py", append)


def test_the_writer_loads_the_standard_library_jinja2_and_its_own_code_as_bytecode(open_app):
    reports = []

    def listen(context):
        instrument_engine(context)
        context.on("console", lambda message: reports.append(message.text) if REPORT in message.text else None)

    page, watch = open_app(prepare=listen)
    # A form with a date and another tone: whatever the writer imports on the way is seen.
    fill(page, "Kim Ito", "Hooli", "PM", local_date(3), culture="open", presence="open")
    page.locator('input[name="tone"][value="formal"]').check()
    expect(page.locator("#note-text")).to_have_value(re.compile("Kim"))
    assert len(reports) >= 2
    seen = [json.loads(report.split(REPORT, 1)[1]) for report in reports]
    from_source = sorted({name for report in seen for name in report["from_source"]})
    assert from_source == [], "compiled from source at every start: see tools/precompile_worker.py"
    assert all(report["templates_compiled"] for report in seen)
    watch.assert_clean(page)
