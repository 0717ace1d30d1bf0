"""Entry module of the main thread's MicroPython: speak the page's language (its catalog is
./catalog.json), then start the glue. It is bytecode in the ROMFS image with the glue and the
package, imported by assets/start-python.js as soon as MicroPython is ready, before PyScript's own
Python runs (docs/benchmarks.md, "Seventh round" and "Ninth round")."""

import json

import glue
from shouldconnect import i18n

with open("catalog.json") as catalog:
    # Read whole, then parsed: MicroPython's json.load() reads a file piece by piece, and took
    # 28 ms for the German catalog at 1x CPU (docs/benchmarks.md, "Ninth round").
    i18n.use(json.loads(catalog.read()))
glue.start()
