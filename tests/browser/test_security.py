"""The Content Security Policy and storage, in real Chromium (docs/security.md explains both).

The page runs under the policy in its <meta> with no violation, on the main thread or in the
worker; the policy is enforced; and each source it allows beyond 'self' is shown to be needed.
After typing, editing and copying, nothing the user typed is in cookies, web storage,
Cache Storage or IndexedDB.
"""

import base64
import hashlib
import re
from html.parser import HTMLParser

import pytest
from playwright.sync_api import expect
from test_wordpress import post_page

import wordpress
from actions import copy_button, fill, local_date, note_text, wait_for_greeting
from tools.paths import ROOT

PAGE = (ROOT / "index.html").read_text()
POLICY = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', PAGE).group(1)
# Records every violation in the page (and in a frame of it), and counts them on
# <html data-csp-violations>, which Playwright's `expect` can wait for.
WATCH_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(
    event.effectiveDirective + " blocked " + (event.blockedURI || "inline code") + " in " + event.sourceFile);
  document.documentElement.dataset.cspViolations = window.__violations.length;
});
"""
# The message writer's worker reports its violations in its own scope, where the page cannot
# listen: its script (assets/writer.js) gets a first line that logs them as console errors, which
# the fixtures' watch collects (it fails on any).
WORKER_PREFIX = (
    'self.addEventListener("securitypolicyviolation", (event) => console.error('
    '"CSP violation in the worker: " + event.effectiveDirective + " blocked " + event.blockedURI));\n'
)
PERMISSIONS = ["clipboard-read", "clipboard-write"]


def watch_violations(context):
    context.add_init_script(WATCH_VIOLATIONS)

    def prefix(route):
        response = route.fetch()
        route.fulfill(response=response, body=WORKER_PREFIX + response.text())

    context.route("**/assets/writer.js", prefix)


def worker_violations(watch):
    return [problem for problem in watch.problems if "CSP violation in the worker" in problem]


def is_worker_violation(message):
    return "CSP violation in the worker" in message.text


@pytest.fixture(scope="module")
def secured(open_app):
    """One page under the real policy, watched for violations; it must stay clean throughout."""
    page, watch = open_app(prepare=watch_violations, permissions=PERMISSIONS)
    yield page, watch
    watch.assert_clean(page)


@pytest.fixture(scope="module")
def app(secured):
    return secured[0]


# --- the policy -----------------------------------------------------------------


class Head(HTMLParser):
    """The tags of the page's <head>, in order."""

    def __init__(self):
        super().__init__()
        self.tags = []
        self.in_head = False

    def handle_starttag(self, tag, attrs):
        self.in_head = self.in_head or tag == "head"
        if self.in_head:
            self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        self.in_head = self.in_head and tag != "head"


def test_the_policy_comes_before_anything_it_governs():
    # A <meta> policy covers only what comes after it.
    head = Head()
    head.feed(PAGE)
    names = [tag if tag != "meta" else attrs.get("http-equiv", "meta") for tag, attrs in head.tags]
    policy = names.index("Content-Security-Policy")
    assert policy < min(index for index, name in enumerate(names) if name in ("script", "link", "style"))
    assert names.count("Content-Security-Policy") == 1


def directive(name):
    """The sources the policy lists for one directive."""
    return next(part.split()[1:] for part in POLICY.split(";") if part.split()[0] == name)


def hashes(name):
    """The hashes one directive lets apply."""
    return [source for source in directive(name) if source.startswith("'sha256-")]


def hash_of(text):
    return "'sha256-%s'" % base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


INLINE = [("script", "script-src", "embed.js"), ("style", "style-src", "style.css")]


def test_docs_security_quotes_the_policy_the_page_carries():
    # The hashes change with assets/embed.js and assets/style.css; the docs name what each is of.
    quoted = POLICY
    for _, name, source in INLINE:
        (digest,) = hashes(name)
        quoted = quoted.replace(digest, "'sha256-<hash of assets/%s>'" % source)
    assert "`%s`" % quoted in (ROOT / "docs" / "security.md").read_text()


@pytest.mark.parametrize(("tag", "name", "source"), INLINE)
def test_the_one_inline_script_and_style_are_the_files_allowed_by_their_hashes(tag, name, source):
    # The directive names exactly one hash, and it is the hash of the page's one inline element of
    # that kind, which is the file as it is: an edit to the file without `make pages` would leave
    # the page without embed mode or unstyled (the browser would refuse it), and this fails first.
    inline = re.findall(r"<%s>(.*?)</%s>" % (tag, tag), PAGE, re.DOTALL)
    assert inline == [(ROOT / "assets" / source).read_text()]
    assert hashes(name) == [hash_of(inline[0])]
    assert "'unsafe-inline'" not in directive(name)


def test_no_stylesheet_is_linked_and_no_other_style_applies():
    # The policy's styles are the one inline <style>: no file, no attribute, no other element.
    assert directive("style-src") == [hash_of((ROOT / "assets" / "style.css").read_text())]
    assert not re.search(r"<link[^>]+stylesheet|\sstyle=", PAGE)


def test_the_inline_script_and_style_apply_under_the_policy(open_app):
    # The hashes are right in the browser's eyes: embed mode (decided by the inline script before
    # the first paint) is on, the stylesheet's colours are in force, and nothing was refused.
    page, _ = open_app(path="?embed=1", wait_for=None, prepare=watch_violations)
    expect(page.locator("html")).to_have_attribute("data-embed", "yes")
    page.wait_for_load_state("domcontentloaded")
    accent = re.search(r"--accent:\s*([^;]+);", (ROOT / "assets" / "style.css").read_text()).group(1)
    assert page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--accent')").strip() == accent
    fetched = page.evaluate("performance.getEntriesByType('resource').map((entry) => entry.name)")
    assert fetched and not [address for address in fetched if address.split("?")[0].endswith(".css")]
    assert page.evaluate("window.__violations") == []
    page.close()


def test_the_page_and_its_worker_run_under_the_policy_without_a_violation(secured):
    page, watch = secured
    fill(page, "Ana Ruiz", "Initech", "Designer", local_date(10), culture="open", presence="open")
    wait_for_greeting(page, "Ana Ruiz")
    copy_button(page).click()
    expect(page.locator("#copy-status")).to_have_text("Copied.")
    assert page.evaluate("window.__violations") == []
    assert worker_violations(watch) == []
    # worker-src 'self': on the page, the writer's worker is its own script, from the page's origin.
    assert [worker.url for worker in page.workers] == [page.url.split("#")[0] + "assets/writer.js"]


def test_the_policy_is_enforced_inline_code_never_runs(open_app):
    page, _ = open_app(wait_for=None, prepare=watch_violations)
    page.wait_for_load_state("domcontentloaded")
    page.evaluate("""() => {
        const button = document.createElement("button");
        button.setAttribute("onclick", "window.__ran = 'handler'");
        document.body.append(button);
        button.click();
        const script = document.createElement("script");
        script.textContent = "window.__ran = 'script'";
        document.body.append(script);
    }""")
    page.wait_for_function("window.__violations.length >= 2")  # reported in a task of their own
    assert {line.split()[0] for line in page.evaluate("window.__violations")} == {"script-src-attr", "script-src-elem"}
    assert page.evaluate("window.__ran") is None
    page.close()  # the runtimes need not finish starting


def test_the_page_needs_no_unsafe_eval(secured):
    # PyScript evaluated strings only to start its own workers (their hooks, joined with Function());
    # the message writer runs in a worker of our own, and assets/start-python.js leaves PyScript no
    # worker hooks to join. The page above ran its whole flow without 'unsafe-eval' and without a
    # violation: should it come back, this fails, and docs/security.md must say exactly why.
    page, _ = secured
    assert "'unsafe-eval'" not in directive("script-src")
    assert "'wasm-unsafe-eval'" in directive("script-src")
    expect(page.locator("html")).to_have_attribute("data-state", "ready")
    assert page.evaluate("window.__violations") == []


def site_with_policy(folder, policy):
    """The repository's files, linked, but for its English page, which carries `policy`. Served,
    not routed: Chromium takes a page that Playwright fulfills for one from the public network, and
    refuses it the files of 127.0.0.1."""
    folder.mkdir()
    for path in ROOT.iterdir():
        if path.name != "index.html":
            (folder / path.name).symlink_to(path)
    (folder / "index.html").write_text(PAGE.replace(POLICY, policy))
    return folder


def open_wordpress_post(open_app, serve_folder, site, tmp_path, prepare=watch_violations):
    secret = wordpress.new_secret()
    (tmp_path / "post").mkdir()
    post_page(tmp_path / "post", site.url, secret, 640)
    tmp_path = tmp_path / "post"
    page, watch = open_app(site_url=serve_folder(tmp_path).url, wait_for=None, prepare=prepare)
    frame = page.frame_locator("iframe.wp-embedded-content")
    expect(frame.locator("html")).to_have_attribute("data-state", "interactive", timeout=90_000)
    return page, frame, watch


def test_the_writer_runs_under_the_policy_in_wordpress_sandbox(open_app, serve_folder, site, tmp_path):
    # There the worker is made from a data: URL (worker-src data:) and, so made, runs under the
    # frame's policy: Pyodide compiles its WebAssembly ('wasm-unsafe-eval') and fetches its files
    # from the site ('self', the frame's address) with nothing refused.
    page, frame, watch = open_wordpress_post(open_app, serve_folder, site, tmp_path)
    frame.get_by_label("Interviewer's name").fill("Ana Ruiz")
    expect(frame.locator("html")).to_have_attribute("data-state", "ready", timeout=90_000)
    assert [worker.url.split(":")[0] for worker in page.workers] == ["data"]
    assert frame.locator("html").evaluate("() => window.__violations") == []
    assert worker_violations(watch) == []
    watch.assert_clean(page)


def test_violations_in_the_worker_are_caught(open_app, serve_folder, site, tmp_path):
    # Without this, a worker that broke the policy unseen would pass the test above. Everything
    # but Pyodide's folder may be fetched, and only the worker fetches from there.
    allowed = " ".join(
        "http://127.0.0.1:*/should-i-connect/" + path
        for path in (
            "assets/vendor/micropython/",
            "assets/vendor/wheels/",
            "assets/vendor/locale/",
            "assets/vendor/mpy/",
            "assets/vendor/engine/",
            "assets/vendor/sizes.json",
            "py/",
        )
    )
    policy = POLICY.replace("connect-src 'self'", "connect-src " + allowed)
    restricted = serve_folder(site_with_policy(tmp_path / "site", policy))
    page, frame, watch = open_wordpress_post(open_app, serve_folder, restricted, tmp_path)
    frame.get_by_label("Interviewer's name").fill("Ana Ruiz")
    if not worker_violations(watch):
        page.wait_for_event("console", is_worker_violation, timeout=30_000)
    assert "connect-src blocked %sassets/vendor/pyodide/" % restricted.url in worker_violations(watch)[0]
    page.close()


# --- storage --------------------------------------------------------------------

# Every record of every IndexedDB database, keys and values, as text.
INDEXEDDB_RECORDS = """async () => {
  const text = async (value) => value instanceof Blob ? await value.text()
    : ArrayBuffer.isView(value) || value instanceof ArrayBuffer ? new TextDecoder().decode(value)
    : JSON.stringify(value);
  const all = (request) => new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const found = {};
  for (const {name} of await indexedDB.databases()) {
    const database = await all(indexedDB.open(name));
    found[name] = [];
    for (const storeName of database.objectStoreNames) {
      const store = database.transaction(storeName).objectStore(storeName);
      for (const item of (await all(store.getAllKeys())).concat(await all(store.getAll()))) {
        found[name].push(await text(item));
      }
    }
    database.close();
  }
  return found;
}"""
TYPED = [
    "Quill Ostrander",
    "Zephyr Widgets",
    "Lamplighter",
    "Wren Mutual",
    "tidal energy",
    "Pax Candidate",
    "My own words for Quill",
]


def test_nothing_typed_is_stored_anywhere(app):
    name, company, role, mutual, topic, own_name, edited = TYPED
    fill(
        app,
        name,
        company,
        role,
        local_date(10),
        culture="open",
        presence="open",
        mutual_name=mutual,
        topic=topic,
        your_name=own_name,
    )
    wait_for_greeting(app, name)
    copy_button(app).click()
    app.locator("#note-text").fill(edited)
    copy_button(app).click()
    assert note_text(app) == edited
    assert app.evaluate("document.cookie") == ""
    assert app.evaluate("localStorage.length") == 0
    # This tab keeps the answers for a reload (sessionStorage, forgotten with the tab), nothing else.
    assert app.evaluate("Object.keys(sessionStorage)") == ["should-i-connect:tab"]
    assert app.evaluate("caches.keys()") == []
    databases = app.evaluate(INDEXEDDB_RECORDS)
    # PyScript's own: its file-system handles and Pyodide's package cache (docs/security.md).
    assert all(database.startswith("IDBMap/") for database in databases)
    assert [
        (database, value)
        for database, records in databases.items()
        for record in records
        for value in TYPED
        if value in record
    ] == []
