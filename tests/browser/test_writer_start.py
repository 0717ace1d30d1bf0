"""The message writer's worker asks for its files one round trip after another: its config, its
entry script, Pyodide's module, then its [files]. The page asks for them ahead
(assets/fetch-ahead.js), so the worker finds them in the HTTP cache and a phone's network is
spared those round trips. Served by a server of its own, whose log holds this page's requests
only, and without Playwright's routing, which would turn the HTTP cache off."""

import collections

from tools.serve import ROOT

PREFETCHED_PATHS = """template => [...template.content.querySelectorAll('link[rel=prefetch]')]
  .map(link => new URL(link.getAttribute('href'), document.baseURI).pathname)"""


def test_the_writers_worker_finds_its_files_fetched_ahead_and_asks_for_none_again(open_app, serve_folder):
    server = serve_folder(ROOT)
    page, watch = open_app(site_url=server.url, routed=False)  # waits for the first note
    prefetched = page.locator("#writer-files").evaluate(PREFETCHED_PATHS)
    assert any(path.endswith("/py/worker/engine_main.py") for path in prefetched)
    assert any(path.endswith("/assets/vendor/engine/engine.zip.gz") for path in prefetched)
    # Each asked for once, by the page's prefetch: the worker took it from the cache.
    asked = collections.Counter((path, purpose) for method, path, purpose in server.requests if method == "GET")
    assert {path: asked[path, "prefetch"] for path in prefetched} == {path: 1 for path in prefetched}
    assert [path for path, purpose in asked if path in prefetched and purpose != "prefetch"] == []
    watch.assert_clean(page)
