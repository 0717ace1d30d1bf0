"""Many modules in one file: the main thread's bytecode travels as one download, not thirty.

Why: each file PyScript's [files] fetches is a request, and a phone's network (or any HTTP/1.1
host, six connections at a time) turns thirty of them into several round trips before the first
verdict. `make vendor` packs the modules (CPython); page_main.py installs them (MicroPython)
where `import` finds them, as [files] would have. The format is a name, its size and its bytes,
one after another: nothing either Python lacks.
"""

import os

SEPARATOR = b"\0"


def pack(files):
    """One bundle from (path, bytes) pairs, paths relative and with "/"."""
    parts = []
    for path, data in files:
        parts += [path.encode(), SEPARATOR, str(len(data)).encode(), SEPARATOR, data]
    return b"".join(parts)


def unpack(bundle):
    """The (path, bytes) pairs of a bundle, in order; ValueError if it is cut short."""
    files = []
    at = 0
    while at < len(bundle):
        path_end = bundle.index(SEPARATOR, at)
        size_end = bundle.index(SEPARATOR, path_end + 1)
        start = size_end + 1
        end = start + int(bundle[path_end + 1 : size_end])
        if end > len(bundle):
            raise ValueError("bundle cut short in " + bundle[at:path_end].decode())
        files.append((bundle[at:path_end].decode(), bundle[start:end]))
        at = end
    return files


def install(bundle, folder="."):
    """Write each module of the bundle below `folder`, making its packages' folders."""
    for path, data in unpack(bundle):
        parts = path.split("/")
        for depth in range(1, len(parts)):
            make_folder(folder + "/" + "/".join(parts[:depth]))
        with open(folder + "/" + path, "wb") as file:
            file.write(data)


def make_folder(path):
    try:
        os.mkdir(path)
    except OSError:  # already there (MicroPython has no exist_ok)
        pass
