"""WebKit fixtures: the real page, served from 127.0.0.1 under a sub-path, in WebKitGTK's MiniBrowser.

Driven through Selenium and WebKitWebDriver on an Xvfb display this run starts and stops itself
(DISPLAY is set for the driver and its browser only). Anything missing skips these tests, with
the reason and the command that installs it.

WebKitGTK's driver offers no browser log: classic WebDriver has no log endpoint, Debian's
WebKitWebDriver refuses a BiDi session (webSocketUrl), and MiniBrowser's
--enable-write-console-messages-to-stdout writes nothing while it is driven. Tests watch errors
with hooks they add once the page is loaded.

On Debian: `apt-get install webkit2gtk-driver xvfb` (WebKitWebDriver, and MiniBrowser through
libwebkit2gtk-4.1-0), and `pip install selenium`.
"""

import glob
import importlib.util
import os
import select
import shutil
import subprocess

import pytest

from tools.serve import ROOT, serve_in_background

SUB_PATH = "/should-i-connect/"
MINIBROWSER_GLOBS = (
    "/usr/lib/*-linux-gnu/webkit2gtk-4.1/MiniBrowser",
    "/usr/lib/*-linux-gnu/webkit2gtk-4.0/MiniBrowser",
    "/usr/lib/*-linux-gnu/webkitgtk-6.0/MiniBrowser",
    "/usr/libexec/webkit2gtk-4.1/MiniBrowser",
    "/usr/libexec/webkit2gtk-4.0/MiniBrowser",
)
XVFB_START_S = 30
# --automation: let WebKitWebDriver drive it. --full-screen: hide MiniBrowser's toolbar, which
# would keep the window at least 447 px wide (and take 38 px of its height); without a window
# manager the window still takes the size WebDriver sets.
MINIBROWSER_ARGS = ["--automation", "--full-screen"]
WINDOW = (390, 844)  # a phone's viewport (the window is all viewport, see MINIBROWSER_ARGS)


def minibrowser_path():
    for pattern in MINIBROWSER_GLOBS:
        found = sorted(glob.glob(pattern))
        if found:
            return found[0]
    return None


def missing():
    """What this machine lacks to run WebKit, each with how to install it."""
    lacks = []
    if importlib.util.find_spec("selenium") is None:
        lacks.append("selenium (pip install selenium)")
    if shutil.which("WebKitWebDriver") is None:
        lacks.append("WebKitWebDriver (apt-get install webkit2gtk-driver)")
    if minibrowser_path() is None:
        lacks.append("MiniBrowser (apt-get install webkit2gtk-driver, which brings libwebkit2gtk-4.1-0)")
    if shutil.which("Xvfb") is None:
        lacks.append("Xvfb (apt-get install xvfb)")
    return lacks


@pytest.fixture(scope="session")
def webkit_requirements():
    lacks = missing()
    if lacks:
        pytest.skip("WebKit tests need " + "; ".join(lacks))


@pytest.fixture(scope="session")
def webkit_site(webkit_requirements):
    """The repository, served as GitHub Pages serves a project site: under /<repo>/, on a free port."""
    server = serve_in_background(ROOT, SUB_PATH)
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def xvfb_display(webkit_requirements):
    """A fresh X display (":N"), on the first free number Xvfb finds; stopped at the end."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=[write_end],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        # Xvfb writes the display's number once it accepts clients.
        ready, _, _ = select.select([read_end], [], [], XVFB_START_S)
        number = os.read(read_end, 64).decode().strip() if ready else ""
        if not number:
            pytest.fail("Xvfb did not start within %d s (exit code %s)" % (XVFB_START_S, xvfb.poll()))
        yield ":" + number
    finally:
        os.close(read_end)
        xvfb.terminate()
        try:
            xvfb.wait(10)
        except subprocess.TimeoutExpired:
            xvfb.kill()
            xvfb.wait()


def browser_environment(display):
    """This process's environment, on `display` and in the C locale: WebKit's date field (whose
    order follows the locale) then takes month/day/year, whatever the machine's language."""
    environment = {name: value for name, value in os.environ.items() if name != "LANGUAGE"}
    environment.update(DISPLAY=display, LC_ALL="C.UTF-8")
    return environment


@pytest.fixture(scope="session")
def webkit_driver(webkit_requirements, xvfb_display):
    """A Selenium driver for MiniBrowser, its viewport at a phone's size."""
    from selenium import webdriver

    options = webdriver.WebKitGTKOptions()
    options.binary_location = minibrowser_path()
    for argument in MINIBROWSER_ARGS:
        options.add_argument(argument)
    service = webdriver.WebKitGTKService(
        executable_path=shutil.which("WebKitWebDriver"),
        log_output=subprocess.DEVNULL,
        env=browser_environment(xvfb_display),
    )
    driver = webdriver.WebKitGTK(options=options, service=service)
    try:
        driver.set_window_size(*WINDOW)
        yield driver
    finally:
        driver.quit()
