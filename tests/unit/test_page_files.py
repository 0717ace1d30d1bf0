"""The static files that wire the page: a slip here fails silently in the browser."""

import json
import re
from html.parser import HTMLParser

import pytest

from shouldconnect import content
from shouldconnect.languages import LANGUAGES
from tools import paths, vendor
from tools.paths import PY, ROOT
from tools.vendor import NPM_FILES

FOLDERS = [language["folder"] for language in LANGUAGES]
PYSCRIPT_FILES = NPM_FILES["pyscript"][2]
PACKAGE = sorted(path.relative_to(PY).as_posix() for path in paths.PACKAGE.rglob("*.py"))


def test_the_engine_gets_the_modules_the_writer_imports_and_every_template_in_its_archive():
    # A module missing from the worker only shows up as an ImportError in the browser
    # (tests/unit/test_worker_stdlib.py renders every message from this archive). The main
    # thread's come in one ROMFS image: tests/unit/test_main_thread_bytecode.py.
    assert parsed_page().worker_config["files"]["./assets/vendor/engine/engine.zip.gz"] == "./*"
    assert vendor.ENGINE_ARCHIVE.is_file(), "run `make vendor`"
    with vendor.unzipped_archive(vendor.ENGINE_ARCHIVE) as archive:
        names = set(archive.namelist())
    package = {path + "c" for path in PACKAGE}
    assert {"engine.pyc", "shouldconnect/note.pyc", "shouldconnect/grammar/de.pyc"} <= names
    # The verdict rules and the page's own modules run on the main thread only.
    assert not names & {"shouldconnect/rules.pyc", "shouldconnect/presets.pyc", "shouldconnect/linkstate.pyc"}
    assert names - {"engine.pyc"} - package == {name for name in names if name.startswith("compiled_templates/")}
    templates = [name for name in names if name.startswith("compiled_templates/tmpl_")]
    assert len(templates) == len(list(paths.TEMPLATES.iterdir()))


def test_the_engines_archive_is_made_from_the_current_sources():
    assert vendor.is_current(vendor.ENGINE_STAMP, vendor.ENGINE_SCRIPT, vendor.engine_inputs()), "run `make vendor`"


def test_the_main_thread_gets_its_catalog_and_the_image_of_bytecode():
    files = parsed_page().main_config["files"]
    assert files == {
        "./assets/vendor/locale/en.json": "./catalog.json",
        "./assets/vendor/mpy/main-thread.romfs.gz": "./main-thread.romfs.gz",  # written by `make vendor`
    }
    # The plugin that mounts the image and page_main.py open what [files] writes under these names.
    mount = (ROOT / "assets" / "start-python.js").read_text()
    entry = (paths.MAIN_THREAD / "page_main.py").read_text()
    assert 'FS.readFile("main-thread.romfs.gz")' in mount and 'FS.writeFile("main-thread.romfs"' in mount
    assert 'open("main-thread.romfs", "rb")' in mount and 'open("catalog.json")' in entry


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_configured_file_exists_and_paths_are_relative(folder):
    up = "../" * folder.count("/") or "./"
    page = parsed_page(folder)
    assert page.main_config["interpreter"].startswith(up + "assets/vendor/")
    writer = page.worker_config
    for script in (writer["start"], writer["script"], writer["entry"]):
        assert script.startswith(up) and (ROOT / folder / script).is_file(), script
    for settings in (page.main_config, writer):
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
        self.module_preloaded = []
        self.prefetched = []
        self.main_script = None
        self.main_config = None
        self.worker_config = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "preload":
            self.preloaded.append(attrs)
        if tag == "link" and attrs.get("rel") == "modulepreload":
            self.module_preloaded.append(attrs["href"])
        if tag == "link" and attrs.get("rel") == "prefetch":
            self.prefetched.append(attrs["href"])
        if tag == "mpy-script":
            self.main_script = attrs
            self.main_config = json.loads(attrs["config"])
        if "data-writer" in attrs:
            self.worker_config = json.loads(attrs["data-writer"])
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
def test_the_page_preloads_exactly_what_pyscript_fetches_before_the_first_verdict(folder):
    # A preload that PyScript does not then ask for is a wasted download, and a file it asks for
    # that is not preloaded costs a phone a round trip: the lists follow the main thread's config
    # and what `make vendor` copies of PyScript (each of its modules that core.js imports, then
    # MicroPython).
    page = parsed_page(folder)
    settings = page.main_config
    up = "../" * folder.count("/") or "./"
    pyscript = [up + "assets/vendor/pyscript/" + name.removeprefix("dist/") for name in PYSCRIPT_FILES]
    # Not core.js (the page's module script) nor the chunk it names at once (core-*.js).
    assert sorted(page.module_preloaded) == sorted(
        [path for path in pyscript if "/pyscript/core" not in path] + [settings["interpreter"]]
    )
    assert len(page.module_preloaded) == 2
    wasm = settings["interpreter"].replace(".mjs", ".wasm")
    wanted = [wasm] + list(settings["files"])
    assert sorted(link["href"] for link in page.preloaded) == sorted(wanted)
    # No entry script to fetch (assets/start-python.js runs the entry module from the image), and
    # no config file: the config is in the page.
    assert list(page.main_script) == ["config"]
    # MicroPython's two are asked for by assets/fetch-ahead.js as the scripts start, not from
    # <head>, where Lighthouse's simulated phone counts their 550 KB against the first paint.
    runtime = re.search(
        r'<template id="runtime-files">(.*?)</template>', (ROOT / folder / "index.html").read_text(), re.S
    )
    assert sorted(re.findall(r'href="([^"]+)"', runtime.group(1))) == sorted([settings["interpreter"], wasm])
    # Reused only if the request matches PyScript's own fetch(): CORS mode, same-origin credentials.
    assert all(
        link.get("as") == "fetch" and link.get("crossorigin", "absent") in (None, "", "anonymous")
        for link in page.preloaded
    )


@pytest.mark.parametrize("folder", FOLDERS)
def test_the_page_fetches_ahead_exactly_what_the_writers_worker_asks_for(folder):
    # The module that starts the writer, its worker's script, Pyodide's module beside it (which
    # writer.js imports), its Python entry and its [files]: what the page has not preloaded
    # already (the catalog), so that nothing is asked for twice.
    page = parsed_page(folder)
    writer = page.worker_config
    pyodide = writer["script"].replace("writer.js", "vendor/pyodide/pyodide.mjs")
    wanted = [writer["start"], writer["script"], pyodide, writer["entry"]] + list(writer["files"])
    preloaded = [link["href"] for link in page.preloaded]
    assert sorted(page.prefetched) == sorted(path for path in wanted if path not in preloaded)
    up = "../" * folder.count("/") or "./"
    assert up + "assets/vendor/locale/" + (folder.strip("/") or "en") + ".json" in preloaded


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
