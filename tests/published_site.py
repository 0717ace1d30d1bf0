"""The published site as `make site` builds it, shared by the unit and browser tests."""

import subprocess
import sys

from tools.paths import ROOT

# Any address but site.toml's default, so the tests see tools/build_site.py put it in.
BASE_URL = "https://jobseeker.github.io/should-i-connect/"


def build(out):
    """Run tools/build_site.py into the empty folder `out` for BASE_URL."""
    result = subprocess.run(
        [sys.executable, "-m", "tools.build_site", "--out", str(out), "--base-url", BASE_URL],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
