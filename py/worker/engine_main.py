"""Entry of the message writer's Python (assets/writer.js runs it once it has unpacked the
engine and the wheels): make the unpacked wheels importable, speak the page's language (its
catalog, compiled by `make vendor`, is ./catalog.json), and import the engine, whose
render_messages the worker then calls for each request."""

import gc
import json
import sys

from shouldconnect import i18n

sys.path.insert(0, "./vendor")
with open("catalog.json", encoding="utf-8") as catalog:
    i18n.use(json.load(catalog))

from engine import render_messages  # noqa: E402, F401  (needs the path above; writer.js calls it)

# Everything made so far (the modules, jinja2's templates, the catalog) lives as long as the
# worker. Frozen, the collector no longer walks it, so a collection that falls in a key press's
# render walks only what the renders made.
gc.freeze()
