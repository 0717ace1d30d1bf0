"""Ship the worker's Python as bytecode made by Pyodide's own CPython.

Why: Pyodide ships its standard library as source, so every start of the worker, the first
visit and every repeat visit, compiles each module it imports, then jinja2: well over half of
the time before the first note. Bytecode from the very CPython build the browser runs (this
script runs inside the pinned Pyodide, under Node) loads without that step. Only the modules
the worker imports become bytecode (tools/worker_modules.txt), because bytecode is larger than
source; modules a browser worker never imports are dropped to pay for it.

Usage (tools/vendor.py runs it): node tools/pyodide_run.mjs tools/precompile_worker.py
    MODULE_LIST STDLIB_IN STDLIB_OUT [WHEEL_IN WHEEL_OUT ...]
"""

import importlib._bootstrap_external as bootstrap
import sys
import zipfile

# Development tools, GUI toolkits and process pools: nothing a browser worker can use. Mail,
# XML, RPC, WSGI and SQLite: nothing this worker does (it renders text with jinja2). A module
# left out that something does import fails loudly: every browser test would see it.
NEVER_IMPORTED = (
    "_pyrepl/",
    "pydoc_data/",
    "unittest/",
    "multiprocessing/",
    "idlelib/",
    "turtledemo/",
    "lib2to3/",
    "tkinter/",
    "ensurepip/",
    "venv/",
    "email/",
    "xml/",
    "xmlrpc/",
    "wsgiref/",
    "sqlite3/",
    "pydoc.py",
    "pdb.py",
    "doctest.py",
    "turtle.py",
    # Sockets, servers and a desktop's browser: a browser worker has none of them.
    "http/",
    "urllib/request.py",
    "urllib/response.py",
    "urllib/robotparser.py",
    "smtplib.py",
    "imaplib.py",
    "poplib.py",
    "ftplib.py",
    "socketserver.py",
    "netrc.py",
    "mailbox.py",
    "webbrowser.py",
    # Terminals, processes, subinterpreters, other platforms: none in a browser.
    "pty.py",
    "tty.py",
    "getpass.py",
    "concurrent/futures/process.py",
    "concurrent/futures/interpreter.py",
    "concurrent/interpreters/",
    "asyncio/windows_events.py",
    "asyncio/windows_utils.py",
    "asyncio/proactor_events.py",
    "ctypes/macholib/",
    "ctypes/wintypes.py",
    "ctypes/_aix.py",
    # Profilers, debuggers, command-line tools and toys: nobody runs them in this worker.
    "profile.py",
    "cProfile.py",
    "pstats.py",
    "trace.py",
    "timeit.py",
    "tracemalloc.py",
    "bdb.py",
    "tabnanny.py",
    "pyclbr.py",
    "compileall.py",
    "py_compile.py",
    "zipapp.py",
    "modulefinder.py",
    "pickletools.py",
    "symtable.py",
    "argparse.py",
    "optparse.py",
    "getopt.py",
    "asyncio/tools.py",
    "antigravity.py",
    "this.py",
    "__hello__.py",
    "__phello__/",
    "wave.py",
)
# encodings/ keeps the Unicode codecs, ASCII, Latin-1, cp437 (zipfile's) and what IDNA needs.
KEPT_CODECS = {
    "__init__",
    "aliases",
    "utf_8",
    "utf_8_sig",
    "utf_16",
    "utf_32",
    "ascii",
    "latin_1",
    "cp437",
    "idna",
    "punycode",
    "raw_unicode_escape",
    "unicode_escape",
}


def module_name(path):
    """'json/__init__.py' -> 'json'; 'asyncio/tasks.py' -> 'asyncio.tasks'."""
    name = path[: -len(".py")].replace("/", ".")
    return name[: -len(".__init__")] if name.endswith(".__init__") else name


def dropped(path):
    if path.startswith(NEVER_IMPORTED) or path.endswith("__main__.py"):  # `python -m` entry points
        return True
    folder, _, file_name = path.rpartition("/")
    return folder == "encodings" and file_name.endswith(".py") and file_name[: -len(".py")] not in KEPT_CODECS


def bytecode(source, path):
    """A sourceless .pyc with an unchecked hash: nothing to compare it with at import time.

    optimize=2 drops docstrings and asserts, as `python -OO` would; nothing the worker runs
    reads a docstring.
    """
    code = compile(source, path, "exec", dont_inherit=True, optimize=2)
    return bytes(bootstrap._code_to_hash_pyc(code, b"\0" * 8, checked=False))


def rewrite(source, target, should_compile, keep=lambda path: True):
    """Copy a zip (the standard library or a wheel), compiling the chosen .py files to .pyc."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as new:
        for entry in old.infolist():
            if not keep(entry.filename):
                continue
            data = old.read(entry)
            if entry.filename.endswith(".py") and should_compile(entry.filename):
                # Same date as the source entry: the output depends on the inputs only.
                compiled = zipfile.ZipInfo(entry.filename + "c", entry.date_time)
                compiled.compress_type = zipfile.ZIP_DEFLATED
                new.writestr(compiled, bytecode(data, entry.filename))
            else:
                new.writestr(entry, data)


def read_modules(path):
    with open(path) as listing:
        return {line.strip() for line in listing if line.strip() and not line.startswith("#")}


def main(module_list, stdlib_in, stdlib_out, *wheels):
    if sys.platform != "emscripten":
        sys.exit("precompile_worker: run this inside Pyodide (tools/pyodide_run.mjs), not " + sys.platform)
    imported = read_modules(module_list)
    rewrite(stdlib_in, stdlib_out, lambda path: module_name(path) in imported, keep=lambda path: not dropped(path))
    for wheel_in, wheel_out in zip(wheels[::2], wheels[1::2]):
        rewrite(wheel_in, wheel_out, lambda path: True)  # jinja2 and markupsafe: all imported


if __name__ == "__main__":
    main(*sys.argv[1:])
