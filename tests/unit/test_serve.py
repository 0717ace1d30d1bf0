"""The test server sends what GitHub Pages sends a reader's browser: every file readable from any
origin and cached ten minutes, and text, JSON and WebAssembly gzipped on the wire, so browser tests
meet the same bodies (and lengths) a reader's browser meets."""

import gzip
import urllib.request

import pytest

from tools.paths import ROOT
from tools.serve import serve_in_background


@pytest.fixture(scope="module")
def site():
    server = serve_in_background(prefix="/should-i-connect/")
    yield server.url
    server.shutdown()


def get(url, accept="gzip, deflate, br"):
    request = urllib.request.Request(url, headers={"Accept-Encoding": accept} if accept else {})
    with urllib.request.urlopen(request) as response:
        return response.headers, response.read()


@pytest.mark.parametrize(
    "path", ["index.html", "assets/writer.js", "assets/vendor/pyodide/pyodide.asm.wasm", "assets/vendor/locale/de.json"]
)
def test_text_json_and_webassembly_come_gzipped_and_whole(site, path):
    headers, body = get(site + path)
    assert headers["Content-Encoding"] == "gzip"
    assert int(headers["Content-Length"]) == len(body) < (ROOT / path).stat().st_size
    assert gzip.decompress(body) == (ROOT / path).read_bytes()
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert headers["Cache-Control"] == "max-age=600"


def test_a_folder_serves_its_page_gzipped(site):
    headers, body = get(site + "de/")
    assert headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(body) == (ROOT / "de" / "index.html").read_bytes()


def test_archives_and_browsers_that_do_not_ask_get_the_file_as_it_is(site):
    wheel = "assets/vendor/wheels/jinja2-3.1.6-py3-none-any.whl.gz"
    headers, body = get(site + wheel)
    assert "Content-Encoding" not in headers and body == (ROOT / wheel).read_bytes()
    headers, body = get(site + "assets/writer.js", accept=None)
    assert "Content-Encoding" not in headers and body == (ROOT / "assets/writer.js").read_bytes()
