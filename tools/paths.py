"""Where things are: every tool and test names a place of the repository through these."""

import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
TOOLS = ROOT / "tools"
DOCS = ROOT / "docs"
ASSETS = ROOT / "assets"

# The three sides of the Python (README, "How it works").
PY = ROOT / "py"
PACKAGE = PY / "shouldconnect"  # pure: CPython, MicroPython and Pyodide
MAIN_THREAD = PY / "main_thread"  # MicroPython's glue, the only code that touches the page
WORKER = PY / "worker"  # Pyodide's message writer
TEMPLATES = WORKER / "templates"
LOCALE = PY / "locale"

# What `make vendor` makes and fetches (git-ignored).
VENDOR = ASSETS / "vendor"
NODE_MODULES = ROOT / "node_modules"
CACHE = ROOT / ".cache"
