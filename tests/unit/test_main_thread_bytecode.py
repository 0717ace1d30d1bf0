"""The main thread's Python ships as MicroPython bytecode in one bundle (`make vendor`): the right
version, compiled from the sources as they are now, and every module the page imports, so the page
never runs an older copy of a module nor misses one."""

import subprocess
import zipfile

import bundle
import pytest

import vendor

PY = vendor.ROOT / "py"


def test_mpy_cross_is_the_pages_micropython_version():
    version = subprocess.run([str(vendor.mpy_cross()), "--version"], capture_output=True, text=True).stdout
    assert "MicroPython v" + vendor.NPM_FILES["micropython"][1].split("-")[0] + " " in version


def bundled():
    assert vendor.MAIN_THREAD_BUNDLE.is_file(), "the bundle is missing: run `make vendor`"
    return dict(bundle.unpack(vendor.MAIN_THREAD_BUNDLE.read_bytes()))


def test_the_bundle_holds_the_glue_and_the_package_but_not_the_workers_modules():
    with zipfile.ZipFile(vendor.ENGINE_ARCHIVE) as engine_archive:  # the worker's modules
        worker_only = {name.removesuffix("c") for name in engine_archive.namelist() if "/" not in name}
    assert worker_only == {"engine.py"}  # engine_main.py is the worker's entry script
    glue = {path.name for path in PY.glob("*.py")} - worker_only - {"engine_main.py", "page_main.py", "bundle.py"}
    package = {"shouldconnect/" + path.name for path in (PY / "shouldconnect").glob("*.py")}
    assert {"glue.py", "dom.py", "verdict_view.py"} <= glue
    assert set(bundled()) == {name.replace(".py", ".mpy") for name in glue | package}


def test_every_bundled_module_is_compiled_from_its_current_source():
    for path, code in bundled().items():
        source = path.replace(".mpy", ".py")
        assert code == vendor.bytecode(source), "%s is older than py/%s: run `make vendor`" % (path, source)
    unpacker = vendor.MAIN_THREAD_BYTECODE / "bundle.mpy"
    assert unpacker.read_bytes() == vendor.bytecode("bundle.py"), "bundle.mpy is stale: run `make vendor`"


def test_a_bundle_installs_its_files_in_their_folders(tmp_path):
    files = [("top.mpy", b"\x00\x01"), ("package/__init__.mpy", b""), ("package/deep/leaf.mpy", b"a\0b\n" * 3)]
    bundle.install(bundle.pack(files), str(tmp_path))
    assert {path: (tmp_path / path).read_bytes() for path, _ in files} == dict(files)
    bundle.install(bundle.pack(files[1:2]), str(tmp_path))  # again, over folders that exist
    assert (tmp_path / "package" / "__init__.mpy").read_bytes() == b""


def test_a_bundle_cut_short_is_refused_not_installed_in_part():
    whole = bundle.pack([("a.mpy", b"12345"), ("b.mpy", b"67890")])
    with pytest.raises(ValueError, match="b.mpy"):
        bundle.unpack(whole[:-1])


def test_the_bundle_installs_and_runs_on_the_pages_micropython(tmp_path):
    # The runtime refuses a .mpy of another format; install the bundle with the unpacker as
    # bytecode, as page_main.py does, and call one of its modules under Node.
    script = tmp_path / "check.mjs"
    module = vendor.NODE_MODULES / "@micropython" / "micropython-webassembly-pyscript" / "micropython.mjs"
    script.write_text(
        """
const { loadMicroPython } = await import(%r);
const fs = await import("node:fs");
const mp = await loadMicroPython({ stdout: (line) => console.log(line) });
mp.FS.writeFile("/bundle.mpy", fs.readFileSync(%r));
mp.FS.writeFile("/main-thread.bundle", fs.readFileSync(%r));
mp.runPython(`
import bundle
with open("main-thread.bundle", "rb") as modules:
    bundle.install(modules.read())
from shouldconnect import dates
print(dates.date_in_words("2026-12-05", "2026-12-01"))
print(bundle.__file__, dates.__file__)
`);
"""
        % (
            "file://" + str(module),
            str(vendor.MAIN_THREAD_BYTECODE / "bundle.mpy"),
            str(vendor.MAIN_THREAD_BUNDLE),
        )
    )
    result = subprocess.run(["node", str(script)], capture_output=True, text=True, timeout=60)
    assert result.stdout.split("\n")[:2] == ["Saturday, December 5", "bundle.mpy shouldconnect/dates.mpy"], (
        result.stdout + result.stderr
    )
