"""The engine must also run on MicroPython, the interpreter the page uses."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tools.paths import ROOT as REPO

CHECKS_DIR = REPO / "tests" / "micropython"
RUNNER = CHECKS_DIR / "run.mjs"
DEFAULT_MODULE = REPO / "node_modules" / "@micropython" / "micropython-webassembly-pyscript" / "micropython.mjs"

sys.path.insert(0, str(CHECKS_DIR))
import check_rules  # noqa: E402  (plain script shared with MicroPython)

from rule_cases import RULE_CASES  # noqa: E402
from shouldconnect.languages import LANGUAGES  # noqa: E402
from tools.catalogs import compiled  # noqa: E402

# Every language's catalog as `make vendor` compiles it: one more check each.
CATALOGS = [compiled(language) for language in LANGUAGES]
EXPECTED_CHECKS = len(RULE_CASES) + len(check_rules.EXTRA_CHECKS) + len(CATALOGS)


def test_shared_checks_pass_on_cpython(capsys):
    check_rules.main(CATALOGS)

    summary = check_rules.SUMMARY_FORMAT % (sys.implementation.name, EXPECTED_CHECKS, 0)
    assert capsys.readouterr().out.splitlines() == [summary]


def test_shared_checks_pass_on_micropython(tmp_path):
    catalogs = tmp_path / "catalogs.json"
    catalogs.write_text(json.dumps(CATALOGS, ensure_ascii=False), encoding="utf-8")
    module = Path(os.environ.get("MICROPYTHON_MJS") or DEFAULT_MODULE)
    assert shutil.which("node"), "node is needed to run MicroPython (make test installs the rest)"
    assert module.is_file(), "MicroPython not found at %s: run `make vendor` or set MICROPYTHON_MJS" % module

    result = subprocess.run(
        ["node", str(RUNNER)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, MICROPYTHON_MJS=str(module), CATALOGS_JSON=str(catalogs)),
    )

    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    summary = check_rules.SUMMARY_FORMAT % ("micropython", EXPECTED_CHECKS, 0)
    assert summary in result.stdout.splitlines(), output
