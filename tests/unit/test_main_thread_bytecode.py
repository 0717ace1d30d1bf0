"""The main thread's Python ships as MicroPython bytecode in one ROMFS image (`make vendor`): the
right version, compiled from the sources as they are now, and every module the page imports, so the
page never runs an older copy of a module nor misses one; and the page's own MicroPython mounts it
and imports from it."""

import subprocess
import zipfile
from importlib.metadata import version

import vendor

PY = vendor.ROOT / "py"
MICROPYTHON = vendor.NODE_MODULES / "@micropython" / "micropython-webassembly-pyscript" / "micropython.mjs"
RELEASE = vendor.NPM_FILES["micropython"][1].split("-")[0]  # the page's MicroPython, e.g. 1.28.0


def test_mpy_cross_is_the_pages_micropython_version():
    banner = subprocess.run([str(vendor.mpy_cross()), "--version"], capture_output=True, text=True).stdout
    assert "MicroPython v" + RELEASE + " " in banner


def test_mpremote_writes_images_for_the_pages_micropython_version():
    # The ROMFS format is MicroPython's; its writer comes from the same release as the runtime.
    assert version("mpremote") == RELEASE


def test_the_image_is_written_from_the_current_sources():
    assert vendor.MAIN_THREAD_IMAGE.is_file(), "the image is missing: run `make vendor`"
    assert vendor.MAIN_THREAD_IMAGE.read_bytes() == vendor.main_thread_image(), "the image is stale: run `make vendor`"


def run_on_micropython(tmp_path, code):
    """`code` run by the page's MicroPython under Node, with the image where [files] puts it."""
    script = tmp_path / "check.mjs"
    script.write_text(
        """
const { loadMicroPython } = await import(%r);
const fs = await import("node:fs");
const mp = await loadMicroPython({ stdout: (line) => console.log(line) });
mp.FS.writeFile("/main-thread.romfs", fs.readFileSync(%r));
mp.runPython(%r);
"""
        % ("file://" + str(MICROPYTHON), str(vendor.MAIN_THREAD_IMAGE), code)
    )
    result = subprocess.run(["node", str(script)], capture_output=True, text=True, timeout=60)
    return result.stdout.splitlines(), result.stderr


def test_the_image_holds_the_glue_and_the_package_but_not_the_workers_modules(tmp_path):
    with zipfile.ZipFile(vendor.ENGINE_ARCHIVE) as engine_archive:  # the worker's modules
        worker_only = {name.removesuffix("c") for name in engine_archive.namelist() if "/" not in name}
    assert worker_only == {"engine.py"}  # engine_main.py is the worker's entry script
    glue = {path.name for path in PY.glob("*.py")} - worker_only - {"engine_main.py", "page_main.py"}
    package = {path.name for path in (PY / "shouldconnect").glob("*.py")}
    assert {"glue.py", "dom.py", "verdict_view.py"} <= glue
    lines, errors = run_on_micropython(
        tmp_path,
        """
import os, vfs
with open("/main-thread.romfs", "rb") as image:
    vfs.mount(vfs.VfsRom(image.read()), "/rom")
print(sorted(os.listdir("/rom")))
print(sorted(os.listdir("/rom/shouldconnect")))
""",
    )
    top = sorted([name.replace(".py", ".mpy") for name in glue] + ["shouldconnect"])
    inside = sorted(name.replace(".py", ".mpy") for name in package)
    assert lines == [str(top), str(inside)], errors


def test_the_pages_micropython_imports_from_the_image_in_place(tmp_path):
    # As page_main.py does: mount it, put it first on the path, and call one of its modules.
    lines, errors = run_on_micropython(
        tmp_path,
        """
import sys, vfs
with open("main-thread.romfs", "rb") as image:
    vfs.mount(vfs.VfsRom(image.read()), "/rom")
sys.path.insert(0, "/rom")
from shouldconnect import dates
print(dates.date_in_words("2026-12-05", "2026-12-01"))
print(dates.__file__)
""",
    )
    assert lines[:2] == ["Saturday, December 5", "/rom/shouldconnect/dates.mpy"], errors
