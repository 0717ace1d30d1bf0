"""The main thread's Python ships as MicroPython bytecode (`make vendor`): the right version, and
compiled from the sources as they are now, so the page never runs an older copy of a module."""

import subprocess

import vendor


def test_mpy_cross_is_the_pages_micropython_version():
    version = subprocess.run([str(vendor.mpy_cross()), "--version"], capture_output=True, text=True).stdout
    assert "MicroPython v" + vendor.NPM_FILES["micropython"][1].split("-")[0] + " " in version


def test_every_module_of_the_main_thread_is_compiled_from_its_current_source(tmp_path):
    compiled = vendor.main_thread_modules()
    assert len(compiled) >= 25
    for source, bytecode in compiled:
        assert bytecode.is_file(), "%s is missing: run `make vendor`" % bytecode
        fresh = tmp_path / bytecode.name
        name = source.relative_to(vendor.ROOT / "py").as_posix()
        subprocess.run([str(vendor.mpy_cross()), "-s", name, "-o", str(fresh), str(source)], check=True)
        assert fresh.read_bytes() == bytecode.read_bytes(), "%s is older than %s: run `make vendor`" % (
            bytecode,
            source,
        )


def test_a_module_as_bytecode_runs_on_the_pages_micropython(tmp_path):
    # The runtime refuses a .mpy of another format; import one and call it under Node.
    script = tmp_path / "check.mjs"
    module = vendor.NODE_MODULES / "@micropython" / "micropython-webassembly-pyscript" / "micropython.mjs"
    source, bytecode = [pair for pair in vendor.main_thread_modules() if pair[0].name == "dates.py"][0]
    script.write_text(
        """
const { loadMicroPython } = await import(%r);
const fs = await import("node:fs");
const mp = await loadMicroPython({ stdout: (line) => console.log(line) });
mp.FS.mkdir("/lib");
mp.FS.mkdir("/lib/shouldconnect");
mp.FS.writeFile("/lib/shouldconnect/__init__.py", "");
mp.FS.writeFile("/lib/shouldconnect/i18n.py", fs.readFileSync(%r, "utf8"));
mp.FS.writeFile("/lib/shouldconnect/content.py", fs.readFileSync(%r, "utf8"));
mp.FS.writeFile("/lib/shouldconnect/dates.mpy", fs.readFileSync(%r));
mp.runPython("from shouldconnect import dates\\nprint(dates.date_in_words('2026-12-05', '2026-12-01'))");
"""
        % (
            "file://" + str(module),
            str(source.parent / "i18n.py"),
            str(source.parent / "content.py"),
            str(bytecode),
        )
    )
    result = subprocess.run(["node", str(script)], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "Saturday, December 5", result.stdout + result.stderr
