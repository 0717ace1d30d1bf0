"""The engine must also run on MicroPython, the interpreter the page uses: tests/pure, the suite
pytest runs on CPython, runs there too, every test and case of it, by its own runner
(tests/pure/run.py, driven under Node by tests/micropython/run.mjs)."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from shouldconnect.languages import LANGUAGES
from tools.catalogs import compiled
from tools.paths import ROOT as REPO

PURE = REPO / "tests" / "pure"
NODE_RUNNER = REPO / "tests" / "micropython" / "run.mjs"
DEFAULT_MODULE = REPO / "node_modules" / "@micropython" / "micropython-webassembly-pyscript" / "micropython.mjs"
COLLECTED = re.compile(r"^(\d+) tests? collected", re.M)


@pytest.fixture(scope="module")
def collected():
    """How many tests and cases pytest collects from tests/pure."""
    result = subprocess.run(
        [sys.executable, "-m", "pytest", str(PURE), "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    found = COLLECTED.search(result.stdout)
    assert result.returncode == 0 and found, result.stdout + result.stderr
    return int(found.group(1))


def test_the_suite_passes_on_micropython(tmp_path, collected):
    # Every language's catalog as `make vendor` compiles it, for the per-language tests.
    catalogs = tmp_path / "catalogs.json"
    catalogs.write_text(json.dumps([compiled(language) for language in LANGUAGES], ensure_ascii=False), "utf-8")
    module = Path(os.environ.get("MICROPYTHON_MJS") or DEFAULT_MODULE)
    assert shutil.which("node"), "node is needed to run MicroPython (make test installs the rest)"
    assert module.is_file(), "MicroPython not found at %s: run `make vendor` or set MICROPYTHON_MJS" % module

    result = subprocess.run(
        ["node", str(NODE_RUNNER)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, MICROPYTHON_MJS=str(module), CATALOGS_JSON=str(catalogs)),
    )

    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "micropython: %d passed, 0 failed" % collected in result.stdout.splitlines(), output


def test_the_runner_runs_the_same_suite_on_cpython(collected):
    result = subprocess.run(
        [sys.executable, str(PURE / "run.py")], cwd=REPO, capture_output=True, text=True, timeout=120
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == ["cpython: %d passed, 0 failed" % collected], result.stdout
