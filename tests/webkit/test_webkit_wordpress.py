"""The WordPress frame in WebKit (WebKitGTK's MiniBrowser): a post page exactly as WordPress writes
our oEmbed answer (sandbox="allow-scripts", an opaque origin), with WordPress's own wp-embed.js
(tests/wordpress.py), on a second origin. The reader's first answer starts the message writer in
the frame (Pyodide in a worker made from a data: URL), and their note appears there.

Fixtures are in tests/webkit/conftest.py; the helpers are the smoke test's.
"""

import pytest
from test_webkit_smoke import ERROR_HOOKS, LOAD_TIMEOUT_S, state, wait

import wordpress
from tools import build_site
from tools.serve import serve_in_background

pytestmark = pytest.mark.filterwarnings("ignore:setting remote_server_addr:DeprecationWarning")

FRAME = "iframe.wp-embedded-content"


@pytest.fixture(scope="module")
def post_site(webkit_requirements, tmp_path_factory):
    """The published site, built for the address it is served at (WebKit matches the policy's
    'self' against a sandboxed frame's opaque origin, so the frame needs the site's own address in
    the policy, which `make site` writes), and a post page framing it, on another origin."""
    site_folder = tmp_path_factory.mktemp("published") / "site"
    site_folder.mkdir()
    site = serve_in_background(site_folder, "/should-i-connect/")
    build_site.build(site_folder, site.url)
    post_folder = wordpress.write_post(
        tmp_path_factory.mktemp("wordpress-post"), site.url + "?embed=1", fallback=(site.url, "x")
    )
    post = serve_in_background(post_folder, "/post/")
    yield post
    for server in (site, post):
        server.shutdown()
        server.server_close()


def test_the_note_appears_in_the_wordpress_frame(webkit_driver, post_site):
    from selenium.webdriver.common.by import By

    driver = webkit_driver
    driver.get(post_site.url)
    # wp-embed.js shows the frame once the tool speaks (WordPress hides it until then).
    wait(driver, LOAD_TIMEOUT_S, lambda d: not d.find_element(By.CSS_SELECTOR, FRAME).get_attribute("style"), "shown")
    driver.switch_to.frame(driver.find_element(By.CSS_SELECTOR, FRAME))
    try:
        assert driver.execute_script("return self.origin") == "null", "the frame is not sandboxed"
        wait(driver, LOAD_TIMEOUT_S, lambda d: state(d) == "interactive", "the frame did not give its verdict")
        driver.execute_script(ERROR_HOOKS)
        name = driver.find_element(By.CSS_SELECTOR, "#interviewer")
        driver.execute_script('arguments[0].scrollIntoView({block: "center"})', name)
        name.click()
        name.send_keys("Ana Ruiz")
        wait(driver, LOAD_TIMEOUT_S, lambda d: state(d) == "ready", "no note in the frame")
        note = driver.find_element(By.CSS_SELECTOR, "#note-text").get_property("value")
        assert note.startswith("Hi Ana,"), note
        assert driver.execute_script("return window.__errors") == []
    finally:
        driver.switch_to.default_content()
