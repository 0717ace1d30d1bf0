"""Entry of the main-thread MicroPython script: mount the glue's bytecode (one ROMFS image, made
by `make vendor`), speak the page's language (its catalog is ./catalog.json), then start the glue.

Why an image: MicroPython imports bytecode from its read-only file system in place. Written out
as thirty files first, each module was copied into the file system and read back through it,
about 100 ms before the first verdict (docs/benchmarks.md, "Seventh round")."""

import json
import sys

import vfs

with open("main-thread.romfs", "rb") as image:
    vfs.mount(vfs.VfsRom(image.read()), "/rom")
sys.path.insert(0, "/rom")

import glue  # noqa: E402  (in the image just mounted)
from shouldconnect import i18n  # noqa: E402

with open("catalog.json") as catalog:
    i18n.use(json.load(catalog))
glue.start()
