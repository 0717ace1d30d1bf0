"""Smoke test in WebKit (WebKitGTK's MiniBrowser, Safari's engine): the page loads, shows its verdict
in view at a phone's size, and a person's answers flip it to "connect" in view.

One page is shared by the module's tests, in order; fixtures are in tests/webkit/conftest.py.
"""

import datetime

import pytest

# Selenium's WebKitGTK driver calls its own deprecated RemoteConnection argument (4.51 and 4.52).
pytestmark = pytest.mark.filterwarnings("ignore:setting remote_server_addr:DeprecationWarning")

LOAD_TIMEOUT_S = 120  # Pyodide in a worker: seconds here, but WebKit on a small machine is slower.
ANSWER_TIMEOUT_S = 15  # the verdict follows an answer within a second; leave room for a busy machine.
# WebKitGTK's driver has no browser log (see conftest.py): record errors from the load event on.
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
# Every [data-verdict] element with a value, shown, and wholly inside the viewport, top to bottom.
VERDICTS_IN_VIEW = """
return Array.from(document.querySelectorAll("[data-verdict]")).filter((element) => {
  if (!element.dataset.verdict) return false;
  const box = element.getBoundingClientRect();
  const shown = typeof element.checkVisibility === "function"
    ? element.checkVisibility()
    : box.width > 0 && box.height > 0;
  return shown && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
}).map((element) => element.dataset.verdict);
"""
ALL_VERDICTS = """
return Array.from(document.querySelectorAll("[data-verdict]"), (element) => ({
  id: element.id, verdict: element.dataset.verdict, rect: element.getBoundingClientRect().toJSON(),
}));
"""


def wait(driver, timeout, condition, message):
    """Wait for `condition`; on a timeout, fail with `message` and where the verdicts are then."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.2).until(condition)
    except TimeoutException:
        pytest.fail("%s within %d s; viewport %s, state %s, verdicts %s" % (message, timeout, *where(driver)))


def where(driver):
    return (
        driver.execute_script("return innerWidth + 'x' + innerHeight"),
        state(driver),
        driver.execute_script(ALL_VERDICTS),
    )


def state(driver):
    return driver.execute_script("return document.documentElement.dataset.state")


def in_view(driver):
    return driver.execute_script(VERDICTS_IN_VIEW)


@pytest.fixture(scope="module")
def webkit_page(webkit_driver, webkit_site):
    """The page at a phone's size, once it has settled (html[data-state] ready, or error)."""
    driver = webkit_driver
    driver.get(webkit_site.url)  # returns after the load event
    driver.execute_script(ERROR_HOOKS)
    wait(driver, LOAD_TIMEOUT_S, lambda d: state(d) in ("ready", "error"), "the page did not reach data-state=ready")
    return driver


def test_loads_with_wait_verdict_in_view(webkit_page):
    driver = webkit_page
    assert state(driver) == "ready", "the page stopped at data-state=%s; errors: %s" % (
        state(driver),
        driver.execute_script("return window.__errors"),
    )
    assert driver.execute_script("return innerWidth") == 390, "the viewport is not a phone's width"
    verdicts = driver.execute_script(ALL_VERDICTS)
    assert any(item["verdict"] == "wait" for item in verdicts), verdicts  # the defaults give "wait"
    shown = in_view(driver)
    assert shown, "no [data-verdict] element wholly in the viewport; viewport %s, state %s, verdicts %s" % where(driver)
    assert set(shown) == {"wait"}


def test_answers_flip_verdict_to_connect_in_view(webkit_page):
    from selenium.webdriver.common.by import By

    driver = webkit_page
    field = driver.find_element(By.CSS_SELECTOR, "#date")
    driver.execute_script('arguments[0].scrollIntoView({block: "center"})', field)
    # Typed as a person types it into WebKit's date field: month/day/year, the order of the
    # C locale the driver runs in (conftest.py). The browser runs on this machine: same today.
    day = datetime.date.today() + datetime.timedelta(days=10)
    field.send_keys(day.strftime("%m/%d/%Y"))
    assert field.get_property("value") == day.isoformat(), "typing the date did not set it"
    driver.find_element(By.CSS_SELECTOR, "input[name=culture][value=open]").click()
    driver.find_element(By.CSS_SELECTOR, "input[name=presence][value=open]").click()
    wait(
        driver,
        ANSWER_TIMEOUT_S,
        lambda d: any(item["verdict"] == "connect" for item in d.execute_script(ALL_VERDICTS)),
        "the verdict did not turn to connect",
    )
    wait(
        driver,
        ANSWER_TIMEOUT_S,
        lambda d: "connect" in in_view(d),
        "no [data-verdict=connect] element came wholly into the viewport",
    )


def test_no_browser_errors(webkit_page):
    from selenium.webdriver.common.by import By

    driver = webkit_page
    assert driver.execute_script("return window.__errors") == []
    assert state(driver) == "ready"
    assert driver.find_elements(By.CSS_SELECTOR, ".py-error") == []
    assert "Traceback" not in driver.find_element(By.TAG_NAME, "body").text
