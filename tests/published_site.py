"""The published site as `make site` builds it, shared by the unit and browser tests."""

import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
# Any address but site.toml's default, so the tests see tools/build_site.py put it in.
BASE_URL = "https://jobseeker.github.io/should-i-connect/"


def build(out):
    """Run tools/build_site.py into the empty folder `out` for BASE_URL."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_site.py"), "--out", str(out), "--base-url", BASE_URL],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
