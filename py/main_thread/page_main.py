"""Entry module of the main thread's MicroPython. It is bytecode in the ROMFS image with the glue
and the package. assets/start-python.js imports it as soon as MicroPython is ready, before
PyScript's own Python runs, and calls start() in the next task: importing the glue and starting it
were one task of 150 ms at 4x CPU, during which a tap waited (docs/benchmarks.md, "Ninth round"
and "Tenth round")."""

import json

import glue
from shouldconnect import i18n


def start():
    """Speak the page's language (its catalog is ./catalog.json), then start the glue."""
    with open("catalog.json") as catalog:
        # Read whole, then parsed: MicroPython's json.load() reads a file piece by piece, and took
        # 28 ms for the German catalog at 1x CPU (docs/benchmarks.md, "Ninth round").
        i18n.use(json.loads(catalog.read()))
    glue.start()
