"""Assemble the published site: only the files the page fetches, with its real address in them.

Why: GitHub Pages publishes a folder as it is, and tests, tools and docs have no business
there. The file list is read from every language's page (index.html, es/index.html, ...: src
and href attributes, absolute URLs under the base URL, such as og:image, and the interpreter
and [files] of the PyScript config and the message writer's setup, which the pages carry as JSON
in attributes), so a module
or template added there is published without touching this script.
assets/vendor/ goes whole: the runtimes load files of their own that no config names, and
tools/vendor.py already keeps only what the page fetches.

Link previews, the canonical link and oEmbed need absolute URLs. The sources carry the
default base URL from site.toml; every published file gets it replaced by `--base-url`. The
pages' language alternates (hreflang) are relative in the sources, like the language switcher's
links; search engines want them absolute, so the published pages get them at `--base-url`.

An employer publishing its own copy may set presets in site.toml's [presets] (py/shouldconnect/
presets.py): each page then carries them (`<html data-presets>`, which the page uses when its
address has none) and each oembed.json's frame has them in its address, so a WordPress Embed block
of that copy carries them too. A value the page could not use stops the build, saying why.

Usage: python -m tools.build_site [--out _site] [--base-url https://OWNER.github.io/should-i-connect/]
                                  [--config site.toml]
"""

import argparse
import base64
import hashlib
import json
import pathlib
import posixpath
import re
import shutil
import sys
import tomllib
from html.parser import HTMLParser

from shouldconnect import presets
from shouldconnect.embed import RESIZE_SCRIPT, attribute
from shouldconnect.languages import LANGUAGES
from tools.paths import ROOT

PAGE = "index.html"
# Every language's page: English at the root, the others in their folders (tools/pages.py).
PAGES = tuple(language["folder"] + PAGE for language in LANGUAGES)
VENDOR = "assets/vendor"
# The service worker goes at the site's root, so that it may serve every file of the site.
SERVICE_WORKER = "sw.js"
SERVICE_WORKER_SOURCE = ROOT / "tools" / "service_worker.js"
# The published pages register it: assets/offline.js looks for this mark, which `make serve` lacks.
PAGE_TAG = re.compile(rb'<html lang="[A-Za-z-]+" data-state="loading"')
ALTERNATE = re.compile(rb'(<link rel="alternate" hreflang="[A-Za-z-]+" href=")(\.\.?/[^"]*)(">)')
# .nojekyll matters only if the folder is ever published from a branch; the resize script is
# not used by the page itself but handed to other sites by the "Embed on your site" dialog.
ALWAYS = PAGES + (".nojekyll", RESIZE_SCRIPT)
SITE_CONFIG = ROOT / "site.toml"
DEFAULT_BASE_URL = tomllib.loads(SITE_CONFIG.read_text())["base_url"]
OEMBED = "oembed.json"
# The frame's address in each oembed.json's html (JSON-escaped HTML), which presets extend.
OEMBED_FRAME = b'?embed=1\\"'
PRESET_PROBLEMS = {"format": "it must be # and six hexadecimal digits", "contrast": "text on it stays under 4.5:1"}
# An absolute http(s) address of a folder, with nothing that would need escaping in HTML or JSON.
BASE_URL_PATTERN = re.compile(r"https?://[^/\s\"'<>&\\?#]+/([^\s\"'<>&\\?#]*/)?")


def fail(message):
    sys.exit("site: " + message)


class PageReferences(HTMLParser):
    """The repository files a page points at: relative paths, and absolute URLs on the site."""

    def __init__(self, page):
        super().__init__()
        self.folder = posixpath.dirname(page)
        self.paths = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href", "content") and value:
                self.add(value)
            if name in ("config", "data-writer"):
                settings = json.loads(value)
                for path in [*settings.values(), *settings.get("files", {})]:
                    if isinstance(path, str):
                        self.add(path)

    def add(self, url):
        if url.startswith(DEFAULT_BASE_URL):
            path = url[len(DEFAULT_BASE_URL) :]
        elif url.startswith(("./", "../")):
            path = posixpath.join(self.folder, url)
        else:
            return
        path = posixpath.normpath(re.split(r"[?#]", path)[0])
        if path == "." or url.endswith("/"):
            path = posixpath.join(path, PAGE)
        self.paths.add(posixpath.normpath(path))


def page_files():
    paths = set()
    for page in PAGES:
        references = PageReferences(page)
        references.feed((ROOT / page).read_text())
        paths |= references.paths
    return paths


def manifest_files(manifest):
    """The icons a web app manifest names, which are relative to the manifest itself."""
    folder = (ROOT / manifest).parent
    icons = json.loads((ROOT / manifest).read_text()).get("icons", [])
    return {(folder / icon["src"]).resolve().relative_to(ROOT).as_posix() for icon in icons}


def published_files():
    """Every file the page needs outside assets/vendor/, as paths relative to the repository."""
    files = set(ALWAYS) | page_files()
    for manifest in [path for path in files if path.endswith(".webmanifest")]:
        files |= manifest_files(manifest)
    missing = sorted(path for path in files if not (ROOT / path).is_file())
    if missing:
        fail("the page refers to files that do not exist: " + ", ".join(missing))
    return {path for path in files if not path.startswith(VENDOR + "/")}


def site_presets(config):
    """The presets of site.toml's [presets] as the frame's query (presets.encode()), "" for none."""
    given = config.get("presets", {})
    unknown = sorted(set(given) - set(presets.EMPTY))
    if unknown:
        fail("site.toml: [presets] has no " + ", ".join(unknown) + "; it knows " + ", ".join(presets.EMPTY))
    query = presets.encode(given)
    read = presets.decode("?" + query)["values"]
    for name, value in given.items():
        if value not in ("", presets.EMPTY[name]) and read[name] == presets.EMPTY[name]:
            problem = presets.accent_problem(value) if name == "accent" else None
            why = PRESET_PROBLEMS[problem["problem"]] if problem else "the page could not use it"
            fail("site.toml: presets.%s = %r: %s" % (name, value, why))
    return query


def with_presets(path, data, query):
    """A page, or an oembed.json, carrying an employer's presets."""
    if path in PAGES:
        mark = b' data-presets="' + attribute(query).encode() + b'"'
        return PAGE_TAG.sub(lambda tag: tag.group(0) + mark, data, count=1)
    if posixpath.basename(path) == OEMBED:
        if OEMBED_FRAME not in data:
            fail(path + " no longer holds " + OEMBED_FRAME.decode() + ": update build_site.OEMBED_FRAME")
        return data.replace(OEMBED_FRAME, b"?embed=1&amp;" + attribute(query).encode() + b'\\"')
    return data


def build(out, base_url, query=""):
    if not (ROOT / VENDOR).is_dir():
        fail(VENDOR + " is missing: run `make vendor` first")
    if out.exists() and any(out.iterdir()):
        fail("%s is not empty: remove it first (`make site` does)" % out)
    shutil.copytree(ROOT / VENDOR, out / VENDOR, dirs_exist_ok=True)
    for path in sorted(published_files()):
        data = (ROOT / path).read_bytes().replace(DEFAULT_BASE_URL.encode(), base_url.encode())
        if query:
            data = with_presets(path, data, query)
        if path in PAGES:
            data = with_absolute_alternates(path, marked(path, data), base_url)
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_bytes(data)
    write_service_worker(out)


def with_absolute_alternates(page, data, base_url):
    """A page whose relative hreflang links are made absolute at `base_url`."""

    def absolute(link):
        path = posixpath.normpath(posixpath.join(posixpath.dirname(page), link.group(2).decode()))
        address = base_url if path == "." else base_url + path + "/"
        return link.group(1) + address.encode() + link.group(3)

    return ALTERNATE.sub(absolute, data)


def marked(page, data):
    """A page marked to register the service worker, which lives at the site's root."""
    if not PAGE_TAG.search(data):
        fail(page + " no longer starts with " + PAGE_TAG.pattern.decode() + ": update build_site.PAGE_TAG")
    up = "../" * page.count("/") or "./"
    mark = b' data-service-worker="' + (up + SERVICE_WORKER).encode() + b'"'
    return PAGE_TAG.sub(lambda tag: tag.group(0) + mark, data, count=1)


def write_service_worker(out):
    """sw.js for the folder as it is: every file in it (and each language's address, which serves
    its page) with the integrity of its contents, and a version made from them all, so any change
    of a file is a new version. The integrity lets the worker take a file from the HTTP cache, where
    the visit that installs it has just put it, only when it is this version's."""
    files = sorted(
        path.relative_to(out).as_posix()
        for path in out.rglob("*")
        if path.is_file() and path.name not in (SERVICE_WORKER, ".nojekyll")
    )
    integrity = {path: subresource_integrity(out / path) for path in files}
    # The version follows every file's name and contents, through their integrity.
    version = hashlib.sha256(json.dumps(integrity, sort_keys=True).encode()).hexdigest()[:16]
    # Each language's address serves its page.
    integrity = {"./" + page[: -len(PAGE)]: integrity[page] for page in PAGES} | integrity
    source = SERVICE_WORKER_SOURCE.read_text()
    source = source.replace("__VERSION__", version)
    source = source.replace("__FILES__", json.dumps(integrity, indent=0))
    (out / SERVICE_WORKER).write_text(source)


def subresource_integrity(path):
    """The file's Subresource Integrity value, as fetch() checks it."""
    return "sha256-" + base64.b64encode(hashlib.sha256(path.read_bytes()).digest()).decode()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=pathlib.Path, default=ROOT / "_site")
    parser.add_argument("--base-url", help="the address the site is published at (default: base_url in site.toml)")
    parser.add_argument("--config", type=pathlib.Path, default=SITE_CONFIG, help="the site.toml to read")
    options = parser.parse_args()
    config = tomllib.loads(options.config.read_text())
    base_url = (options.base_url or config.get("base_url", DEFAULT_BASE_URL)).rstrip("/") + "/"
    if not BASE_URL_PATTERN.fullmatch(base_url):
        fail(
            "--base-url must be an absolute http(s) address of a folder, such as "
            "https://you.github.io/should-i-connect/, not " + repr(options.base_url or base_url)
        )
    build(options.out.resolve(), base_url, site_presets(config))
    print("site: %s is ready for %s" % (options.out, base_url))


if __name__ == "__main__":
    main()
