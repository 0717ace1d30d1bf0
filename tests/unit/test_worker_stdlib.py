"""The message writer runs from the files the page downloads: assets/writer.js under Node, with
Pyodide's trimmed standard library, the lock file of no packages, the trimmed wheels and engine, and
each language's catalog from assets/vendor/, writes every message of every verdict, tone and language
(tools/writer_trace.py's requests). A module the writer imports that `make vendor` left out of
the archive fails here, named, rather than in a reader's browser."""

import json
import re
import zipfile

import pytest

from shouldconnect import note
from shouldconnect.languages import LANGUAGES
from tools import vendor, writer_trace
from tools.paths import ROOT
from tools.precompile_worker import module_name


@pytest.fixture(scope="module")
def results():
    assert (vendor.VENDOR / "pyodide" / "python_stdlib.zip").is_file(), "run `make vendor`"
    return writer_trace.run(stock=False)


def test_every_language_writes_every_message_from_the_trimmed_files(results):
    asked = [writer_trace.job(language)["requests"] for language in LANGUAGES]
    for language, requests, result in zip(LANGUAGES, asked, results):
        assert "failed" not in result, "the writer did not start in %s: %s" % (language["code"], result["failed"])
        for request, outcome in zip(requests, result["answers"]):
            if request in writer_trace.FAILING:
                continue
            assert "error" not in outcome, outcome["error"]  # a missing module: ModuleNotFoundError: 'name'
            messages = json.loads(outcome["answer"])["messages"]
            assert set(messages) == set(json.loads(request)["kinds"])
            assert all(text and not text.isspace() for text in messages.values())


def test_a_failing_request_gets_the_python_error_itself(results):
    for result in results:
        errors = [outcome["error"] for outcome in result["answers"][-len(writer_trace.FAILING) :]]
        assert "JSONDecodeError" in errors[0] and "Traceback" in errors[0], errors[0]
        assert "KeyError: 'situation'" in errors[1], errors[1]


def test_the_archive_holds_the_traced_modules_as_bytecode_and_nothing_else():
    traced = set(vendor.WRITER_MODULES.read_text().split())
    with zipfile.ZipFile(vendor.VENDOR / "pyodide" / "python_stdlib.zip") as shipped:
        names = shipped.namelist()
    assert all(name.endswith(".pyc") for name in names)
    stdlib = {module_name(name.removesuffix("c")) for name in names}
    assert stdlib <= traced
    # What is traced and not in it comes from the writer's own archives.
    assert {name.split(".")[0] for name in traced - stdlib} == {"engine", "jinja2", "markupsafe", "shouldconnect"}
    assert {"json", "json.decoder", "traceback", "encodings.utf_8"} <= stdlib
    assert not stdlib & {"unittest", "tkinter", "email", "xml", "http", "pdb"}


def test_the_writers_archives_hold_what_it_imports_and_not_what_it_never_does():
    traced = set(vendor.WRITER_MODULES.read_text().split())
    shipped = {}
    for path in vendor.WRITER_ARCHIVES.values():
        with vendor.unzipped_archive(path) as archive:
            shipped.update((name, archive.getinfo(name).compress_type) for name in archive.namelist())
    modules = {module_name(name.removesuffix("c")) for name in shipped if name.endswith(".pyc")}
    assert (
        {"jinja2.environment", "jinja2.ext", "markupsafe", "shouldconnect.note", "engine"}
        <= modules
        <= traced | {module_name(name.removesuffix("c")) for name in shipped if name.startswith("compiled_templates/")}
    )
    assert not modules & {"jinja2.sandbox", "jinja2.nativetypes", "shouldconnect.rules", "shouldconnect.presets"}
    assert not [name for name in shipped if ".dist-info/" in name or name.endswith((".c", ".pyi"))]
    # Stored, so that gzip over the whole archive does the compressing (tools/vendor.py).
    assert set(shipped.values()) == {zipfile.ZIP_STORED}


def test_the_writers_lock_file_has_the_abi_of_the_pinned_pyodide():
    pinned = json.loads((vendor.NODE_MODULES / "pyodide" / "pyodide-lock.json").read_text())["info"]
    writer = (ROOT / "assets" / "writer.js").read_text()
    assert re.search(r'abi_version: "([^"]+)"', writer).group(1) == pinned["abi_version"]
    assert "pyodide-lock.json" not in str(vendor.NPM_FILES)


def test_the_requests_cover_every_verdict_tone_and_message():
    requests = [json.loads(text) for text in writer_trace.requests() if text not in writer_trace.FAILING]
    assert {kind for request in requests for kind in request["kinds"]} == set(note.MESSAGE_KINDS)
    assert {request["situation"]["tone"] for request in requests} == {"warm", "formal", "brief"}
    assert {tuple(request["kinds"]) for request in requests} == set(note.MESSAGES_FOR.values())
