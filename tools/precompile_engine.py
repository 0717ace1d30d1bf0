"""Ship the message engine to the worker as one archive of bytecode, its templates compiled.

Why: the worker compiled engine.py and the shouldconnect package from source at every start, and
jinja2 parsed the three templates and compiled what it made of them: about 120 ms before the first
note at full speed, four times that on a slow phone. Here Pyodide's own CPython compiles the
modules, and jinja2 (the pinned wheel) compiles the templates with the engine's very environment
into modules (`Environment.compile_templates`), compiled in turn; engine.py loads them with
jinja2's ModuleLoader when they are there. One archive is also one request instead of eighteen.

Usage (tools/vendor.py runs it): node tools/pyodide_run.mjs tools/precompile_engine.py
    ARCHIVE_OUT JINJA2_WHEEL MARKUPSAFE_WHEEL
"""

import os
import sys
import tempfile
import zipfile

from tools.precompile_worker import bytecode

# Where the archive's entries go in the worker (its working folder), and where each comes from
# (tools/pyodide_run.mjs runs this at the repository's root).
PACKAGE = sorted(
    os.path.relpath(os.path.join(folder, name), "py/shouldconnect")
    for folder, _folders, names in os.walk("py/shouldconnect")
    for name in names
    if name.endswith(".py")
)
SOURCES = {"engine.py": "py/worker/engine.py"} | {
    "shouldconnect/" + name: "py/shouldconnect/" + name for name in PACKAGE
}
ENTRY_DATE = (1980, 1, 1, 0, 0, 0)  # the output depends on the inputs only


def entries():
    """(path in the worker, bytecode) for the modules, then for the compiled templates."""
    for path, source_path in SOURCES.items():
        with open(source_path, encoding="utf-8") as source:
            yield path + "c", bytecode(source.read(), path)
    import engine  # with the pinned jinja2, from the wheels on sys.path

    with tempfile.TemporaryDirectory() as folder:
        engine.environment.compile_templates(folder, zip=None, ignore_errors=False)
        for name in sorted(os.listdir(folder)):
            with open(os.path.join(folder, name), encoding="utf-8") as source:
                path = engine.COMPILED_TEMPLATES_FOLDER + "/" + name
                yield path + "c", bytecode(source.read(), path)


def main(archive_out, *wheels):
    if sys.platform != "emscripten":
        sys.exit("precompile_engine: run this inside Pyodide (tools/pyodide_run.mjs), not " + sys.platform)
    sys.path[:0] = list(wheels)
    with zipfile.ZipFile(archive_out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path, code in entries():
            entry = zipfile.ZipInfo(path, ENTRY_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, code)


if __name__ == "__main__":
    main(*sys.argv[1:])
