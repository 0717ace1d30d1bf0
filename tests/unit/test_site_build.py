"""The published folder (tools/build_site.py, `make site`): what the page needs, and nothing else."""

import base64
import hashlib
import html
import json
import re
import shutil
import subprocess
import sys
import tomllib

from published_site import BASE_URL as PUBLISHED_BASE_URL
from shouldconnect import presets
from shouldconnect.languages import LANGUAGES
from tools import build_site
from tools.paths import ROOT

DEFAULT_BASE_URL = tomllib.loads((ROOT / "site.toml").read_text())["base_url"]
ENTRY_FILES = {"py/worker/engine_main.py"}  # the writer's Python entry (page_main.py is in the image)


def files_under(folder):
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}


def configured_sources(name):
    """The [files] sources of one of the English page's configs (tools/pages.py writes them in)."""
    return {source.removeprefix("./") for source in tomllib.loads((ROOT / name).read_text())["files"]}


def run_site_script(*args):
    return subprocess.run(
        [sys.executable, "-m", "tools.build_site", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_only_the_page_its_assets_and_python_are_published(built_site):
    # The PyScript configs are in the pages: their TOML sources stay out.
    assert {path.name for path in built_site.iterdir()} == {
        "index.html",
        ".nojekyll",
        "oembed.json",
        "manifest.webmanifest",
        "sw.js",
        "assets",
        "py",
    } | {language["folder"].rstrip("/") for language in LANGUAGES if language["folder"]}
    for language in LANGUAGES:
        folder = built_site / language["folder"]
        pages = {"index.html", "oembed.json", "manifest.webmanifest"}
        assert pages <= {path.name for path in folder.iterdir()}, language["code"]
    assert not list(built_site.rglob("*.toml"))


def test_the_python_published_is_what_the_configs_and_script_tags_name(built_site):
    configured = configured_sources("pyscript.toml") | configured_sources("engine.toml")
    expected = {path for path in configured if path.startswith("py/")} | ENTRY_FILES
    assert files_under(built_site / "py") == {path.removeprefix("py/") for path in expected}


def test_the_vendored_runtimes_go_whole(built_site):
    vendor = ROOT / "assets" / "vendor"
    assert files_under(built_site / "assets" / "vendor") == files_under(vendor)


def without_alternates(page):
    """A page with its hreflang links' addresses blanked: checked on their own, below."""
    return re.sub(rb'(hreflang="[^"]+" href=")[^"]*"', rb'\1"', page)


def test_published_files_are_the_sources_with_the_real_address_in_them(built_site):
    for path in files_under(built_site) - {"sw.js"}:
        source = (ROOT / path).read_bytes().replace(DEFAULT_BASE_URL.encode(), PUBLISHED_BASE_URL.encode())
        if path in build_site.PAGES:  # marked for the service worker, which `make serve` doesn't register
            worker = "./sw.js" if path == "index.html" else "../sw.js"
            tag = re.search(rb"<html [^>]*>", source).group(0)
            source = source.replace(tag, tag[:-1] + b' data-service-worker="' + worker.encode() + b'">', 1)
            source = without_alternates(source)
        published = (built_site / path).read_bytes()
        if path in build_site.PAGES:
            published = without_alternates(published)
        assert published == source, path
    assert PUBLISHED_BASE_URL in (built_site / "index.html").read_text()


def test_published_pages_give_search_engines_absolute_language_alternates(built_site):
    # Relative in the sources (no page names another origin); absolute once published.
    expected = [(other["tag"], PUBLISHED_BASE_URL + other["folder"]) for other in LANGUAGES]
    expected.append(("x-default", PUBLISHED_BASE_URL))
    for language in LANGUAGES:
        page = (built_site / language["folder"] / "index.html").read_text()
        alternates = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', page)
        assert alternates == expected, language["code"]
    assert PUBLISHED_BASE_URL in (built_site / "index.html").read_text()


def test_the_service_worker_precaches_exactly_what_is_published_under_one_version(built_site, tmp_path):
    worker = (built_site / "sw.js").read_text()
    files = json.loads(re.search(r"const FILES = (\{.*?\});", worker, re.DOTALL).group(1))
    folders = {"./" + language["folder"] for language in LANGUAGES}  # each language's address
    assert set(files) == folders | (files_under(built_site) - {"sw.js", ".nojekyll"})
    # Each with the integrity of its contents (an address, of its page), as fetch() checks it.
    for address, integrity in files.items():
        path = built_site / (address + "index.html" if address.startswith("./") else address)
        assert integrity == "sha256-" + base64.b64encode(hashlib.sha256(path.read_bytes()).digest()).decode()
    version = re.search(r'const VERSION = "([0-9a-f]{16})";', worker).group(1)
    # The version follows the files: the same folder gives the same one, any change another.
    copy = tmp_path / "copy"
    shutil.copytree(built_site, copy)
    build_site.write_service_worker(copy)
    assert (copy / "sw.js").read_text() == worker
    (copy / "assets" / "boot.js").write_text("// changed")
    build_site.write_service_worker(copy)
    assert version not in (copy / "sw.js").read_text()


def test_an_address_that_is_not_an_http_folder_is_refused(tmp_path):
    for bad in ("javascript:alert(1)", "https://you.github.io/repo/?x=1", 'https://you.github.io/"repo/'):
        result = run_site_script("--out", str(tmp_path / "out"), "--base-url", bad)
        assert result.returncode != 0 and "--base-url" in result.stderr, bad
        assert not (tmp_path / "out").exists()


def test_a_folder_with_files_in_it_is_never_overwritten(tmp_path):
    (tmp_path / "keep.txt").write_text("mine")
    result = run_site_script("--out", str(tmp_path))
    assert result.returncode != 0 and "not empty" in result.stderr
    assert files_under(tmp_path) == {"keep.txt"}


def test_site_toml_presets_go_into_every_page_and_oembed_answer(tmp_path):
    config = tmp_path / "site.toml"
    config.write_text(
        'base_url = "https://careers.northwind.example/connect/"\n'
        "[presets]\n"
        'company = "Northwind <Labs>"\nstance = "decision"\nline = "We decide within a week."\n'
        'tone = "formal"\naccent = "#7A1FA2"\n'
    )
    result = run_site_script("--out", str(tmp_path / "out"), "--config", str(config))
    assert result.returncode == 0, result.stderr
    query = presets.encode(
        {"company": "Northwind <Labs>", "stance": "decision", "line": "We decide within a week.", "tone": "formal",
         "accent": "#7a1fa2"}
    )  # fmt: skip
    for language in LANGUAGES:
        folder = tmp_path / "out" / language["folder"]
        page = (folder / "index.html").read_text()
        # The page's own presets, which it uses when its address has none; markup in them is text.
        carried = re.search(r'<html [^>]*data-presets="([^"]*)"', page).group(1)
        assert html.unescape(carried) == query and "<Labs>" not in page
        answer = json.loads((folder / "oembed.json").read_text())
        frame = re.search(r'<iframe src="([^"]*)"', answer["html"]).group(1)
        assert (
            html.unescape(frame)
            == "https://careers.northwind.example/connect/" + language["folder"] + "?embed=1&" + query
        )
        assert presets.decode(html.unescape(frame)[html.unescape(frame).index("?") :])["values"]["stance"] == "decision"


def test_site_toml_presets_the_page_could_not_use_stop_the_build(tmp_path):
    for line, named in (
        ('accent = "#777777"', "4.5:1"),
        ('stance = "maybe"', "stance"),
        ('colour = "#000000"', "colour"),
    ):
        config = tmp_path / "site.toml"
        config.write_text('base_url = "https://x.example/"\n[presets]\n' + line + "\n")
        result = run_site_script("--out", str(tmp_path / "out"), "--config", str(config))
        assert result.returncode != 0 and named in result.stderr, (line, result.stderr)
        assert not (tmp_path / "out").exists()
