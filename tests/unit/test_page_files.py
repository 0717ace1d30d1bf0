"""The static files that wire the page: a slip here fails silently in the browser."""

import pathlib
import re
import tomllib
from html.parser import HTMLParser

import pytest

from shouldconnect import content
from shouldconnect.languages import LANGUAGES

ROOT = pathlib.Path(__file__).resolve().parents[2]
FOLDERS = [language["folder"] for language in LANGUAGES]
WORKER_ONLY = ("engine.py", "engine_main.py")
PACKAGE = sorted(path.relative_to(ROOT).as_posix() for path in (ROOT / "py" / "shouldconnect").glob("*.py"))
GLUE = sorted(path.name for path in (ROOT / "py").glob("*.py") if path.name not in ("page_main.py",) + WORKER_ONLY)


def config(name):
    return tomllib.loads((ROOT / name).read_text())


def modules(name):
    """The Python modules a config gives its interpreter, as paths below py/ without suffix."""
    targets = config(name)["files"].values()
    return {target.removeprefix("./").rsplit(".", 1)[0] for target in targets if target.endswith((".py", ".mpy"))}


def test_both_interpreters_get_every_module_of_the_package():
    # A module missing from [files] only shows up as an ImportError in the browser.
    package = {path.removeprefix("py/").removesuffix(".py") for path in PACKAGE}
    for name in ("pyscript.toml", "engine.toml"):
        assert package <= modules(name), name


def test_the_main_thread_gets_every_glue_module_as_bytecode_of_its_source():
    files = config("pyscript.toml")["files"]
    assert {name.removesuffix(".py") for name in GLUE} <= modules("pyscript.toml")
    modules_given = [target for target in files.values() if target.endswith((".py", ".mpy"))]
    assert modules_given and all(target.endswith(".mpy") for target in modules_given), "no module as source"
    for source, target in files.items():
        if target.endswith(".mpy"):  # compiled by `make vendor` from py/<the same path>.py
            assert source == "./assets/vendor/mpy/" + target.removeprefix("./"), source
            assert (ROOT / "py" / target.removeprefix("./").replace(".mpy", ".py")).is_file(), target


def test_the_engine_gets_every_template():
    sources = {source.removeprefix("./") for source in config("engine.toml")["files"]}
    templates = {path.relative_to(ROOT).as_posix() for path in (ROOT / "py" / "templates").iterdir()}
    assert templates <= sources


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_configured_file_exists_and_paths_are_relative(folder):
    up = "../" * folder.count("/") or "./"
    for name in ("pyscript.toml", "engine.toml"):
        settings = config(folder + name)
        assert settings["interpreter"].startswith(up + "assets/vendor/")
        for source in settings["files"]:
            assert source.startswith(up), source
            if "/vendor/" not in source:  # the vendor folder is made by `make vendor`
                assert (ROOT / folder / source).is_file(), source


class Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.lists = {}
        self.current = None
        self.urls = []
        self.preloaded = []
        self.main_script = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "preload":
            self.preloaded.append(attrs)
        if tag == "mpy-script":
            self.main_script = attrs["src"]
        if tag in ("ul", "ol") and attrs.get("id"):
            self.current = attrs["id"]
        if tag == "li" and "data-id" in attrs:
            self.lists.setdefault(self.current, []).append(attrs["data-id"])
        if names_the_published_page(tag, attrs):
            return
        for key in ("src", "href"):
            if key in attrs:
                self.urls.append(attrs[key])


def names_the_published_page(tag, attrs):
    """The canonical and oEmbed links: for search engines and oEmbed consumers, never fetched by
    the page. They must be absolute, and tools/build_site.py writes the published address into them."""
    return tag == "link" and (attrs.get("rel") == "canonical" or attrs.get("type") == "application/json+oembed")


def parsed_page(folder=""):
    page = Ids()
    page.feed((ROOT / folder / "index.html").read_text())
    return page


@pytest.mark.parametrize("folder", FOLDERS)
def test_the_page_preloads_exactly_the_main_threads_python(folder):
    # A preload that PyScript does not then ask for is a wasted download, and a file it asks for
    # that is not preloaded costs a phone a round trip: the list must follow pyscript.toml.
    page = parsed_page(folder)
    wanted = sorted(list(config(folder + "pyscript.toml")["files"]) + [page.main_script])
    assert sorted(link["href"] for link in page.preloaded) == wanted
    # Reused only if the request matches PyScript's own fetch(): CORS mode, same-origin credentials.
    assert all(
        link.get("as") == "fetch" and link.get("crossorigin", "absent") in (None, "", "anonymous")
        for link in page.preloaded
    )


@pytest.mark.parametrize("folder", FOLDERS)
def test_each_pro_con_and_practice_is_on_the_page_once_in_order(folder):
    lists = parsed_page(folder).lists
    assert tuple(lists["pros"]) == content.PRO_IDS
    assert tuple(lists["cons"]) == content.CON_IDS
    assert tuple(lists["practices"]) == content.PRACTICE_IDS


@pytest.mark.parametrize("folder", FOLDERS)
def test_the_page_loads_only_relative_urls(folder):
    for url in parsed_page(folder).urls:
        assert url.startswith(("./", "../")), url
        assert not re.match(r"\w+:", url), url


def test_github_pages_gets_the_underscore_files():
    assert (ROOT / ".nojekyll").exists()
