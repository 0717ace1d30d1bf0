"""Entry module of the main thread's MicroPython. It is bytecode in the ROMFS image with the glue
and the package. assets/start-python.js imports it as soon as MicroPython is ready, before
PyScript's own Python runs, and calls start() in the next task, so that a tap between importing
the glue and starting it is not kept waiting (measured in docs/performance-log.md)."""

import json

import glue
from shouldconnect import i18n


def start():
    """Speak the page's language (its catalog is ./catalog.json), then start the glue."""
    with open("catalog.json") as catalog:
        # Read whole, then parsed: MicroPython's json.load() reads a file piece by piece, which is
        # many times slower for a catalog (docs/performance-log.md).
        i18n.use(json.loads(catalog.read()))
    glue.start()
