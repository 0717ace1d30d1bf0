"""Offline and installable: after one visit to the published site, its service worker serves every
file of that version, so the tool works with the network off; a new deploy is taken whole at the
next load, never mixed with the old one; a sandboxed embed, which has no storage, works as before.
These pages are opened without Playwright's routing, which would hide the service worker."""

import collections
import json
import urllib.parse

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

import published_site
import wordpress
from actions import fill, local_date, verdict_of, wait_for_greeting
from tools import build_site

LOAD_MS = 90_000
CONTROLLED = "() => navigator.serviceWorker.controller !== null"
# Resolves once the site's registration has a waiting worker: a new version, downloaded whole.
# (Not a wait_for_function predicate: that takes the promise an async function returns as truthy.)
UNTIL_A_NEW_VERSION_WAITS = (
    """async () => {
  const registration = await navigator.serviceWorker.getRegistration();
  const waited = (async () => {
    while (!registration.waiting) {
      const worker = registration.installing ?? await new Promise((found) =>
        registration.addEventListener("updatefound", () => found(registration.installing), { once: true }));
      await new Promise((changed) => worker.addEventListener("statechange", changed, { once: true }));
    }
  })();
  let timer;
  const late = new Promise((_, fail) => { timer = setTimeout(() => fail(new Error("no new version waiting")), %d); });
  try {
    await Promise.race([waited, late]);
  } finally {
    clearTimeout(timer);
  }
}"""
    % LOAD_MS
)


@pytest.fixture
def published(tmp_path, serve_folder):
    folder = tmp_path / "site"
    published_site.build(folder)
    return folder, serve_folder(folder)


def ready(page):
    expect(page.locator("html")).to_have_attribute("data-state", "ready", timeout=LOAD_MS)


def test_after_one_visit_the_whole_tool_works_offline(open_app, published):
    _, server = published
    page, watch = open_app(site_url=server.url, routed=False)
    page.wait_for_function(CONTROLLED, timeout=LOAD_MS)
    page.context.set_offline(True)
    page.reload()
    ready(page)  # the message writer too: Pyodide and its files came from the cache
    fill(page, "Ana Ruiz", "Initech", "Designer", local_date(10), "open", "open")
    assert verdict_of(page) == "connect"
    wait_for_greeting(page, "Ana Ruiz")
    expect(page.locator("#messages")).to_have_attribute("data-engine", "ready")
    page.context.set_offline(False)
    watch.assert_clean(page)


# Measured in Chromium only so far: its HTTP cache and service worker share what the page fetched.
@pytest.mark.only_browser("chromium")
def test_a_first_visit_downloads_each_file_once(browser_type, browser_type_launch_args, published, tmp_path):
    """The offline copy is made from what the page has just downloaded, not downloaded again beside
    it: a phone's first visit pays for each file once. A profile on disk, as a phone's browser has:
    Playwright's usual contexts keep their HTTP cache in memory, which keeps no big file."""
    _, server = published
    context = browser_type.launch_persistent_context(str(tmp_path / "profile"), **browser_type_launch_args)
    try:
        page = context.pages[0] if context.pages else context.new_page()
        errors = []
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.goto(server.url)
        ready(page)
        page.wait_for_function(CONTROLLED, timeout=LOAD_MS)
        fetched = [path for method, path, _ in server.requests if method == "GET"]
        # The service worker is fetched, and starts its copy, only once the writer has its runtime.
        worker = fetched.index(urllib.parse.urlsplit(server.url).path + "sw.js")
        runtime = [i for i, path in enumerate(fetched) if path.endswith(("pyodide.asm.wasm", "python_stdlib.zip"))]
        assert len(runtime) == 2 and worker > max(runtime)
        downloads = collections.Counter(fetched)
        assert len(downloads) > 50  # the page, the runtimes, the writer's files, the worker
        assert {path: count for path, count in downloads.items() if count > 1} == {}
        assert errors == []
    finally:
        context.close()


def test_a_new_deploy_is_taken_whole_at_the_next_load(open_app, published):
    folder, server = published
    first, watch = open_app(site_url=server.url, routed=False)
    first.wait_for_function(CONTROLLED, timeout=LOAD_MS)
    old_lede = first.locator(".lede").inner_text()
    # A deploy: a changed file, and the service worker made again from the folder as it now is.
    page_file = folder / "index.html"
    before = page_file.read_text()
    page_file.write_text(before.replace("It depends on the company", "It depends, as ever, on the company"))
    assert page_file.read_text() != before, "the lede's wording changed: change another sentence here"
    build_site.write_service_worker(folder)
    context = first.context
    second = context.new_page()
    watch.attach_page(second)
    second.goto(server.url)
    ready(second)
    assert second.locator(".lede").inner_text() == old_lede  # this load is the old version, whole
    # Meanwhile it has found the new version, which downloads whole in the background.
    second.evaluate(UNTIL_A_NEW_VERSION_WAITS)
    first.close()
    second.close()
    third = context.new_page()
    watch.attach_page(third)
    # With no other tab left on the old version, the next load is the new version, whole: the
    # browser activates the waiting version once the old one has no page left, or the page finds it
    # waiting, asks it to take over and reloads into it.
    try:
        third.goto(server.url, wait_until="commit")
    except PlaywrightError as error:  # the page reloading itself into the new version
        assert "ERR_ABORTED" in str(error), error
    expect(third.locator(".lede")).to_contain_text("It depends, as ever, on the company", timeout=LOAD_MS)
    ready(third)
    names = third.evaluate("caches.keys()")
    assert len(names) == 1, names  # the old version's files went with it
    watch.assert_clean(third)


# As Firefox's private windows do: the container is there, and every call is refused.
REFUSE_SERVICE_WORKERS = """
for (const name of ["getRegistration", "register"]) {
  navigator.serviceWorker[name] = () => Promise.reject(new DOMException("The operation is insecure.", "SecurityError"));
}
"""


def test_a_browser_that_refuses_service_workers_still_gets_the_whole_tool(open_app, published):
    _, server = published
    page, watch = open_app(
        site_url=server.url, routed=False, prepare=lambda context: context.add_init_script(REFUSE_SERVICE_WORKERS)
    )
    fill(page, "Ana Ruiz", "Initech", "Designer", local_date(10), "open", "open")
    assert verdict_of(page) == "connect"
    wait_for_greeting(page, "Ana Ruiz")
    expect(page.locator("#load-error")).to_be_hidden()
    assert page.evaluate("navigator.serviceWorker.controller") is None
    watch.assert_clean(page)


def test_a_sandboxed_embed_of_the_published_site_still_works_without_a_service_worker(
    open_app, published, serve_folder, tmp_path
):
    _, server = published
    host_folder = tmp_path / "post"
    host_folder.mkdir()
    (host_folder / "wp-embed.js").write_bytes(wordpress.wp_embed_js().read_bytes())
    secret = wordpress.new_secret()
    post = wordpress.host_page(server.url + "?embed=1", secret)
    post = post.replace("<head>", '<head><link rel="icon" href="data:,">')  # no favicon request
    (host_folder / "index.html").write_text(post)
    page, watch = open_app(site_url=serve_folder(host_folder).url, wait_for=None, routed=False)
    frame = page.frame_locator("iframe.wp-embedded-content")
    expect(frame.locator("html")).to_have_attribute("data-state", "interactive", timeout=LOAD_MS)
    frame.get_by_label("Interview date").fill(local_date(10))
    frame.locator('input[name="culture"][value="open"]').check()
    frame.locator('input[name="presence"][value="open"]').check()
    expect(frame.locator("#verdict")).to_have_attribute("data-verdict", "connect")
    assert page.evaluate("navigator.serviceWorker.controller") is None
    watch.assert_clean(page)


def test_the_manifest_makes_it_installable(published):
    folder, _ = published
    manifest = json.loads((folder / "manifest.webmanifest").read_text())
    assert manifest["start_url"] == "./" and manifest["display"] == "standalone"
    for icon in manifest["icons"]:
        assert (folder / icon["src"]).is_file()
    assert {icon["sizes"] for icon in manifest["icons"]} >= {"192x192", "512x512"}
