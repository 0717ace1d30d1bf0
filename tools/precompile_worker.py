"""Ship the worker's Python as bytecode made by Pyodide's own CPython.

Why: Pyodide ships its standard library as source, so every start of the worker, the first
visit and every repeat visit, compiles each module it imports, then jinja2: well over half of
the time before the first note. Bytecode from the very CPython build the browser runs (this
script runs inside the pinned Pyodide, under Node) loads without that step. Of the standard
library only the modules the writer imports are shipped: tools/writer_trace.py finds them by
running the writer on every message it writes; the rest would be bytes a phone downloads for
nothing.

Usage (tools/vendor.py runs it): node tools/pyodide_run.mjs tools/precompile_worker.py
    [--only MODULE_LIST] ZIP_IN ZIP_OUT [ZIP_IN ZIP_OUT ...]
--only: keep only the modules listed (one name a line), and nothing else of the archive;
without it every module of the archive (a wheel: jinja2, markupsafe) becomes bytecode.
"""

import importlib._bootstrap_external as bootstrap
import sys
import zipfile


def module_name(path):
    """'json/__init__.py' -> 'json'; 'asyncio/tasks.py' -> 'asyncio.tasks'."""
    name = path[: -len(".py")].replace("/", ".")
    return name[: -len(".__init__")] if name.endswith(".__init__") else name


def bytecode(source, path):
    """A sourceless .pyc with an unchecked hash: nothing to compare it with at import time.

    optimize=2 drops docstrings and asserts, as `python -OO` would; nothing the worker runs
    reads a docstring.
    """
    code = compile(source, path, "exec", dont_inherit=True, optimize=2)
    return bytes(bootstrap._code_to_hash_pyc(code, b"\0" * 8, checked=False))


def rewrite(source, target, keep):
    """Copy the chosen entries of a zip (the standard library or a wheel), each .py file as .pyc."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as new:
        for entry in old.infolist():
            if not keep(entry.filename):
                continue
            data = old.read(entry)
            if entry.filename.endswith(".py"):
                # Same date as the source entry: the output depends on the inputs only.
                compiled = zipfile.ZipInfo(entry.filename + "c", entry.date_time)
                compiled.compress_type = zipfile.ZIP_DEFLATED
                new.writestr(compiled, bytecode(data, entry.filename))
            else:
                new.writestr(entry, data)


def read_modules(path):
    with open(path) as listing:
        return {line.strip() for line in listing if line.strip() and not line.startswith("#")}


def main(*arguments):
    if sys.platform != "emscripten":
        sys.exit("precompile_worker: run this inside Pyodide (tools/pyodide_run.mjs), not " + sys.platform)
    only = None
    if arguments[0] == "--only":
        only, arguments = read_modules(arguments[1]), arguments[2:]

    def keep(path):
        return only is None or (path.endswith(".py") and module_name(path) in only)

    for zip_in, zip_out in zip(arguments[::2], arguments[1::2]):
        rewrite(zip_in, zip_out, keep)


if __name__ == "__main__":
    main(*sys.argv[1:])
