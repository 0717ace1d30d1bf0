"""Entry of the main-thread MicroPython script: unpack the glue's bytecode (one file, made by
`make vendor`), speak the page's language (its catalog is ./catalog.json), then start the glue."""

import json

import bundle

with open("main-thread.bundle", "rb") as modules:
    bundle.install(modules.read())

import glue  # noqa: E402  (in the bundle just installed)
from shouldconnect import i18n  # noqa: E402

with open("catalog.json") as catalog:
    i18n.use(json.load(catalog))
glue.start()
