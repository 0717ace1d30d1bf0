"""Serve the page as GitHub Pages would: static files only, under an optional sub-path, with
the headers Pages sends on every file (Access-Control-Allow-Origin: *, Cache-Control: max-age=600),
and text, JSON and WebAssembly gzipped on the wire to a browser that accepts it, as Pages sends them
(so a test sees what a reader's browser does: a body's length on the wire is not the file's).

`make serve` runs it on http://127.0.0.1:8000/; the browser tests start it on a free
port under /should-i-connect/ to prove every path in the page is relative. It sets
the MIME types module scripts and WebAssembly need, which some machines' tables lack.

Usage: python -m tools.serve [--port 8000] [--prefix /]
"""

import argparse
import functools
import gzip
import http.server
import io
import os
import threading

from tools.paths import ROOT

TYPES = {
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".wasm": "application/wasm",
    ".toml": "text/plain; charset=utf-8",
    ".py": "text/plain; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".whl": "application/zip",
    ".zip": "application/zip",
    ".gz": "application/gzip",
    ".webmanifest": "application/manifest+json",
}

# What GitHub Pages compresses: text of every kind, JSON and WebAssembly; not archives or images,
# which are compressed already.
COMPRESSED = {".html", ".css", ".js", ".mjs", ".json", ".webmanifest", ".wasm", ".svg", ".toml", ".py", ".txt", ".md"}


@functools.cache
def gzipped(path, modified, size):
    """A file's bytes gzipped, once per version of the file (`modified` and `size` tell them apart)."""
    with open(path, "rb") as source:
        return gzip.compress(source.read(), compresslevel=6, mtime=0)


class StaticHandler(http.server.SimpleHTTPRequestHandler):
    """Serves `directory` under `prefix`; anything outside the prefix is a 404."""

    prefix = "/"
    extensions_map = dict(http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES)

    def end_headers(self):
        """Every file as GitHub Pages sends it: readable from any origin (a sandboxed frame's
        module scripts and preloads are cross-origin requests) and cached for ten minutes."""
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def send_head(self):
        """The file, gzipped when Pages would gzip it and the browser accepts it."""
        self.compressed = self.gzipped_body()
        body = super().send_head()
        if body is None or self.compressed is None:
            return body
        body.close()
        return io.BytesIO(self.compressed)

    def send_header(self, keyword, value):
        if getattr(self, "compressed", None) is not None and keyword == "Content-Length":
            super().send_header("Content-Encoding", "gzip")
            super().send_header("Vary", "Accept-Encoding")
            value = str(len(self.compressed))
        super().send_header(keyword, value)

    def gzipped_body(self):
        if "gzip" not in self.headers.get("Accept-Encoding", ""):
            return None
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?")[0].endswith("/"):
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path) or os.path.splitext(path)[1] not in COMPRESSED:
            return None
        status = os.stat(path)
        return gzipped(path, status.st_mtime_ns, status.st_size)

    def translate_path(self, path):
        if not path.startswith(self.prefix):
            return str(ROOT / "does-not-exist")
        return super().translate_path("/" + path[len(self.prefix) :])

    def log_request(self, code="-", size="-"):
        # What a test may count: a <link rel=prefetch> request says so in Sec-Purpose.
        if self.server.requests is not None:
            self.server.requests.append((self.command, self.path, self.headers.get("Sec-Purpose", "")))
        super().log_request(code, size)

    def log_message(self, format, *args):
        if not self.server.quiet:
            super().log_message(format, *args)


def make_server(port=0, prefix="/", directory=ROOT, quiet=False, record=False):
    """A ready-to-run server on 127.0.0.1; port 0 picks a free one. `record`: keep a list of the
    requests answered, for tests (not for `make serve`, where it would only grow)."""
    prefix = "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"
    handler = functools.partial(type("Handler", (StaticHandler,), {"prefix": prefix}), directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.quiet = quiet
    server.requests = [] if record else None  # (method, path, Sec-Purpose) of each request, in order
    server.url = "http://127.0.0.1:%d%s" % (server.server_address[1], prefix)
    return server


def serve_in_background(directory=ROOT, prefix="/", record=False):
    """make_server's server, already answering on a thread of its own (tests, the bench's pages):
    `server.url` is its address; `server.shutdown()` and `server.server_close()` stop it."""
    server = make_server(prefix=prefix, directory=directory, quiet=True, record=record)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--prefix", default="/")
    options = parser.parse_args()
    server = make_server(options.port, options.prefix)
    print("Should I Connect? is at " + server.url + "  (Ctrl+C stops it)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
