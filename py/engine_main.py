"""Entry of the Pyodide worker: make the unpacked wheels importable, export the engine."""

import sys

sys.path.insert(0, "./vendor")

from engine import render_messages  # noqa: E402, F401  (needs the path above; exported below)

__export__ = ["render_messages"]
