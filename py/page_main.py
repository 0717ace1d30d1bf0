"""Entry of the main-thread MicroPython script: speak the page's language (its catalog, compiled
by `make vendor`, is ./catalog.json), then start the page glue."""

import json

import glue
from shouldconnect import i18n

with open("catalog.json") as catalog:
    i18n.use(json.load(catalog))
glue.start()
