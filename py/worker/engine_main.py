"""Entry of the Pyodide worker: make the unpacked wheels importable, speak the page's language
(its catalog, compiled by `make vendor`, is ./catalog.json), export the engine."""

import json
import sys

from shouldconnect import i18n

sys.path.insert(0, "./vendor")
with open("catalog.json", encoding="utf-8") as catalog:
    i18n.use(json.load(catalog))

from engine import render_messages  # noqa: E402, F401  (needs the path above; exported below)

__export__ = ["render_messages"]
