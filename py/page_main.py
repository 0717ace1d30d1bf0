"""Entry of the main-thread MicroPython script: speak the page's language (its catalog is
./catalog.json), then start the glue. The glue and the package are bytecode in one ROMFS image,
which assets/mount-bytecode.js has mounted at /rom, first on the module path, before PyScript's
own Python ran (docs/benchmarks.md, "Seventh round" and "Ninth round")."""

import json

import glue
from shouldconnect import i18n

with open("catalog.json") as catalog:
    # Read whole, then parsed: MicroPython's json.load() reads a file piece by piece, and took
    # 28 ms for the German catalog at 1x CPU (docs/benchmarks.md, "Ninth round").
    i18n.use(json.loads(catalog.read()))
glue.start()
