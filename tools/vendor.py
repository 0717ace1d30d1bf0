"""Copy the pinned browser runtimes and Python wheels into assets/vendor/ (git-ignored).

Why: the page must never reach a CDN, and GitHub Pages publishes only files we ship.
The npm packages come pinned by package-lock.json (`npm ci` puts them in node_modules);
jinja2 and the markupsafe sdist come from PyPI pinned by hash in tools/wheels.txt, and
markupsafe is built here into a pure-Python wheel (it falls back to its `_native` module,
since Pyodide cannot load the C speedups of a CPython wheel). Only the files the page
actually fetches are copied: a browser test checks the page loads every one of them.

Usage: python tools/vendor.py   (run by `make vendor`, after `npm ci`)
"""

import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
VENDOR = ROOT / "assets" / "vendor"
WHEEL_PINS = ROOT / "tools" / "wheels.txt"

# folder under assets/vendor -> (npm package, version, files the page fetches)
NPM_FILES = {
    "pyscript": ("@pyscript/core", "0.7.31", (
        "dist/core.js",
        "dist/core-C9KDLldu.js",
        "dist/toml-V4Savzlc.js",
        "dist/deprecations-manager-UpAPKqCb.js",
        "dist/donkey-4Hrqd7WZ.js",
        "dist/error-D2315lOB.js",
        "dist/py-editor-C4XsZtn7.js",
        "dist/py-game-DWiCrr7a.js",
        "dist/py-terminal-CwQ6kcjg.js",
    )),
    "micropython": ("@micropython/micropython-webassembly-pyscript", "1.28.0-6", (
        "micropython.mjs",
        "micropython.wasm",
    )),
    "pyodide": ("pyodide", "314.0.2", (
        "pyodide.mjs",
        "pyodide.asm.mjs",
        "pyodide.asm.wasm",
        "python_stdlib.zip",
        "pyodide-lock.json",
    )),
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
    target.mkdir(parents=True, exist_ok=True)
    for name in files:
        shutil.copyfile(source / name, target / pathlib.PurePosixPath(name).name)


def pip(*args, env=None):
    subprocess.run((sys.executable, "-m", "pip", "--disable-pip-version-check", "-q") + args, check=True, env=env)


def build_wheels():
    """Download the hash-pinned jinja2 wheel and markupsafe sdist; build markupsafe pure."""
    target = VENDOR / "wheels"
    if all((target / name).exists() for name in WHEELS):
        return
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        pip("download", "--no-deps", "--require-hashes", "--no-binary", "markupsafe",
            "-r", str(WHEEL_PINS), "-d", scratch)
        # CC=false makes the optional C extension fail to compile, so setuptools
        # falls back to the plain-Python package; SOURCE_DATE_EPOCH keeps it reproducible.
        env = dict(os.environ, CC="false", SOURCE_DATE_EPOCH="1700000000")
        pip("wheel", "--no-deps", "-w", scratch, os.path.join(scratch, MARKUPSAFE_SDIST), env=env)
        for name in WHEELS:
            built = pathlib.Path(scratch) / name
            if not built.exists():
                fail("expected " + name + " (a pure-Python wheel) but the build did not make it")
            shutil.copyfile(built, target / name)


def main():
    for folder, (package, version, files) in NPM_FILES.items():
        copy_npm_files(folder, package, version, files)
    build_wheels()
    print("vendor: runtimes and wheels are in " + str(VENDOR.relative_to(ROOT)))


if __name__ == "__main__":
    main()
