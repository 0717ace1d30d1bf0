"""The WordPress frame in Firefox: a post page exactly as WordPress writes our oEmbed answer
(sandbox="allow-scripts", an opaque origin) with WordPress's own wp-embed.js. The reader's first
answer starts the message writer in the frame (Pyodide in a worker made from a data: URL), their
note appears there, and Copy message copies it (Firefox lets the frame use the clipboard API).

Fixtures are in tests/firefox/conftest.py.
"""

import pytest

LOAD_TIMEOUT_S = 120
FRAME = "iframe.wp-embedded-content"
# Selenium offers no Firefox console log: record errors from the frame's start on.
ERROR_HOOKS = """
window.__errors = [];
const original = console.error.bind(console);
console.error = (...args) => {
  window.__errors.push("console.error: " + args.map(String).join(" "));
  original(...args);
};
addEventListener("error", (event) => window.__errors.push("error: " + event.message));
addEventListener("unhandledrejection", (event) => window.__errors.push("unhandled rejection: " + event.reason));
"""


def wait(driver, condition, message):
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        return WebDriverWait(driver, LOAD_TIMEOUT_S, poll_frequency=0.2).until(condition)
    except TimeoutException:
        pytest.fail("%s within %d s" % (message, LOAD_TIMEOUT_S))


def state(driver):
    return driver.execute_script("return document.documentElement.dataset.state")


def test_the_note_appears_and_copies_in_the_wordpress_frame(firefox_driver, post_site):
    from selenium.webdriver.common.by import By

    driver = firefox_driver
    driver.get(post_site.url)
    wait(driver, lambda d: not d.find_element(By.CSS_SELECTOR, FRAME).get_attribute("style"), "the frame was not shown")
    driver.switch_to.frame(driver.find_element(By.CSS_SELECTOR, FRAME))
    try:
        assert driver.execute_script("return self.origin") == "null", "the frame is not sandboxed"
        wait(driver, lambda d: state(d) in ("interactive", "ready"), "the frame gave no verdict")
        driver.execute_script(ERROR_HOOKS)
        driver.find_element(By.CSS_SELECTOR, "#interviewer").send_keys("Ana Ruiz")
        wait(
            driver,
            lambda d: "Hi Ana," in d.find_element(By.CSS_SELECTOR, "#note-text").get_property("value"),
            "no note",
        )
        assert state(driver) == "ready"
        copy = driver.find_element(By.CSS_SELECTOR, "#copy")
        # geckodriver misses a button near the bottom of a frame that the post page scrolls.
        driver.execute_script('arguments[0].scrollIntoView({block: "center"})', copy)
        copy.click()
        wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, "#copy-status").text, "Copy message said nothing")
        status = driver.find_element(By.CSS_SELECTOR, "#copy-status").text
        assert status.startswith("Copied."), (status, driver.execute_script("return window.__errors"))
        assert driver.execute_script("return window.__errors") == []
    finally:
        driver.switch_to.default_content()
