"""Write every language's page from one template: index.html (English) and <folder>/index.html,
with each page's web app manifest and oEmbed answer.

Why generated and checked in: each page must be in its language before any script runs, and
`make serve` and GitHub Pages serve the repository as it is. One template (tools/page.html) and
one catalog per language (py/locale) mean the languages cannot drift; tests/unit/test_pages.py
fails when a generated file is out of date. Run `make pages` after editing the template, a
catalog, pyscript.toml or engine.toml.

pyscript.toml is the source of the page's PyScript config, and engine.toml of the message
writer's setup, with comments: each page carries them as JSON in attributes (<mpy-script
config>, the message panel's data-writer), so that PyScript fetches no config file and imports no
TOML parser before it starts MicroPython (docs/performance-log.md), and the writer's start reads
its setup from the page. Another language's are the same with paths one folder up and that
language's catalog.

Usage: python -m tools.pages [--check]
"""

import argparse
import base64
import hashlib
import json
import sys
import tomllib

import jinja2
import markupsafe

from shouldconnect import content, embed, fields, i18n, panel
from shouldconnect.languages import LANGUAGES, SOURCE
from tools import vendor
from tools.catalogs import compiled
from tools.paths import ROOT

DEFAULT_BASE_URL = tomllib.loads((ROOT / "site.toml").read_text())["base_url"]
CATALOG = "./assets/vendor/locale/%s.json"
# assets/writer.js imports it from beside itself.
PYODIDE_MODULE = "assets/vendor/pyodide/pyodide.mjs"
HEAD_SCRIPT = ROOT / "assets" / "embed.js"
HEAD_STYLE = ROOT / "assets" / "style.css"

environment = jinja2.Environment(
    loader=jinja2.FileSystemLoader(ROOT / "tools"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    undefined=jinja2.StrictUndefined,
    extensions=["jinja2.ext.i18n"],
)
environment.policies["ext.i18n.trimmed"] = True
environment.install_gettext_callables(i18n._, i18n.ngettext, newstyle=True)


def root_of(language):
    """The way from a language's folder back to the site's root."""
    return "../" * language["folder"].count("/") or "./"


def relative(source, target):
    """A link from one language's page to another's ("./es/", "../", "../fr/")."""
    return root_of(source) + target["folder"]


def config(name, language):
    """A language's copy of one of the English page's configs: MicroPython's (pyscript.toml) or
    the message writer's (engine.toml)."""
    settings = tomllib.loads((ROOT / name).read_text())
    files = settings["files"]
    catalog = CATALOG % SOURCE
    if files.get(catalog) != "./catalog.json":
        sys.exit('pages: %s must load its catalog as "%s" = "./catalog.json"' % (name, catalog))
    files = {(CATALOG % language["code"] if source == catalog else source): files[source] for source in files}
    # Sources (the keys) and the other paths (the interpreter, the writer's scripts) are relative to
    # the page's folder; the destinations, in the interpreter's own file system, stay as they are.
    up = root_of(language)
    settings["files"] = {up + source.removeprefix("./"): target for source, target in files.items()}
    for key, value in settings.items():
        if isinstance(value, str) and value.startswith("./"):
            settings[key] = up + value.removeprefix("./")
    return settings


def main_thread_config(language):
    return config("pyscript.toml", language)


def writer_setup(language):
    """What assets/start-writer.js needs to start the message writer: its scripts, its Python
    entry and the files it unpacks."""
    return config("engine.toml", language)


def module_preloads(language):
    """PyScript's modules that it imports one after another before it starts MicroPython. Not
    core.js, the page's own module script, nor the core-*.js chunk that core.js (260 bytes) names
    at once: preloading that gained a phone nothing, and Lighthouse counted its 136 KB against the
    first paint (docs/performance-log.md)."""
    return [
        root_of(language) + "assets/vendor/pyscript/" + path.removeprefix("dist/")
        for path in vendor.NPM_FILES["pyscript"][2]
        if not path.startswith("dist/core")
    ]


def runtime(language):
    """MicroPython's module and its WebAssembly, beside it."""
    module = main_thread_config(language)["interpreter"]
    return {"module": module, "wasm": module.removesuffix(".mjs") + ".wasm"}


def preloads(language):
    """The files PyScript fetches before the first verdict besides its modules and MicroPython:
    the main-thread config's [files] (the entry module is in the image of bytecode)."""
    return list(main_thread_config(language)["files"])


def prefetches(language):
    """The files the message writer asks for once it starts that the page has not asked for
    already: the module that starts it, its worker's script, Pyodide's module beside it, its
    Python entry and its [files]."""
    setup = writer_setup(language)
    pyodide = root_of(language) + PYODIDE_MODULE
    files = [setup["start"], setup["script"], pyodide, setup["entry"]] + list(setup["files"])
    asked_already = preloads(language)
    return [path for path in files if path not in asked_already]


def python_config():
    """The config for Pyodide's scripts on the page: the main thread's plugin choice."""
    return {"plugins": main_thread_config(LANGUAGES[0])["plugins"]}


def og_image(language):
    return "assets/og-image.png" if language["code"] == SOURCE else "assets/og-image-%s.png" % language["code"]


def speaking(language, write):
    """Run write() with this language's catalog in use."""
    with i18n.speaking(compiled(language)):
        return write()


def offers():
    """The English page's offer of each other language, in that language."""
    return [
        speaking(
            language,
            lambda language=language: {
                "code": language["code"],
                "tag": language["tag"],
                "href": relative(LANGUAGES[0], language),
                "text": i18n._(content.LANGUAGE_OFFER),
                "link": i18n._(content.LANGUAGE_OFFER_LINK),
            },
        )
        for language in LANGUAGES
        if language["code"] != SOURCE
    ]


def written_in(path, tag):
    """A file's text, to be written into the page's <head> inside <tag>, and the hash by which the
    policy lets it apply. Why in the page, not fetched:
    - embed.js must run before the first paint; as a file of its own it held the parser for a
      round trip, with Chromium's preload scanner off (a <meta> policy turns it off), so the
      stylesheet and the modules were asked for only after it;
    - style.css, as a file, made the first style and layout cost twice as much under the <meta>
      policy, and the page's start waits for them (docs/performance-log.md)."""
    text = path.read_text()
    if "</" + tag in text.lower():
        raise ValueError("%s would end the page's <%s> early" % (path.name, tag))
    digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
    return {"text": markupsafe.Markup(text), "hash": "sha256-" + digest}


def page(language):
    # The switcher's links are also the page's hreflang alternates: relative, like every address
    # the page holds but the few that a link preview needs whole (canonical, og:url, og:image);
    # `make site` makes the alternates absolute (tools/build_site.py).
    switcher = [dict(other, href=relative(language, other), current=other is language) for other in LANGUAGES]
    values = {
        "tag": language["tag"],
        "root": root_of(language),
        "base_url": DEFAULT_BASE_URL,
        "page_url": DEFAULT_BASE_URL + language["folder"],
        "og_locale": language["og_locale"],
        "og_image": og_image(language),
        "languages": switcher,
        "suggestions": offers() if language["code"] == SOURCE else [],
        "module_preloads": module_preloads(language),
        "preloads": preloads(language),
        "runtime": runtime(language),
        "prefetches": prefetches(language),
        "main_thread_config": main_thread_config(language),
        "writer_setup": writer_setup(language),
        "fields": fields.BY_NAME,
        "person_fields": panel.PERSON_FIELDS,
        "python_config": python_config(),
        "head_script": written_in(HEAD_SCRIPT, "script"),
        "head_style": written_in(HEAD_STYLE, "style"),
    }
    return speaking(language, lambda: environment.get_template("page.html").render(values))


def manifest(language):
    root = root_of(language)
    return speaking(
        language,
        lambda: {
            "name": i18n._(content.APP_NAME),
            "short_name": i18n._(content.APP_SHORT_NAME),
            "description": i18n._(content.APP_DESCRIPTION),
            "lang": language["tag"],
            "id": "./",
            "start_url": "./",
            "scope": "./",
            "display": "standalone",
            "background_color": "#f6f7f9",
            "theme_color": "#0b5cad",
            "icons": [
                {"src": root + "assets/icon-%s.png" % size, "sizes": "%sx%s" % (size, size), "type": "image/png"}
                | {"purpose": "any maskable"}
                for size in ("192", "512")
            ],
        },
    )


def oembed(language):
    """The oEmbed answer: a WordPress blockquote (so WordPress loads wp-embed.js, which hides it once
    the frame speaks) and the embed dialog's own iframe, in this language."""
    url = DEFAULT_BASE_URL + language["folder"]

    def answer():
        title = i18n._(content.APP_TITLE)
        quote = '<blockquote class="wp-embedded-content"><a href="%s">%s</a></blockquote>' % (
            embed.attribute(url),
            embed.attribute(title),
        )
        return {
            "version": "1.0",
            "type": "rich",
            "title": title,
            "provider_name": i18n._(content.APP_NAME),
            "provider_url": url,
            "html": quote + embed.iframe_snippet(url),
            "width": embed.FRAME_WIDTH,
            "height": embed.FRAME_HEIGHT,
            "thumbnail_url": DEFAULT_BASE_URL + og_image(language),
            "thumbnail_width": 1200,
            "thumbnail_height": 630,
        }

    return speaking(language, answer)


def as_json(value):
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def generated():
    """Every generated file: {path relative to the repository: text}."""
    files = {}
    for language in LANGUAGES:
        folder = language["folder"]
        files[folder + "index.html"] = page(language)
        files[folder + "manifest.webmanifest"] = as_json(manifest(language))
        files[folder + "oembed.json"] = as_json(oembed(language))
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a generated file is out of date")
    options = parser.parse_args()
    stale = []
    for path, text in generated().items():
        target = ROOT / path
        if options.check:
            if not target.is_file() or target.read_text(encoding="utf-8") != text:
                stale.append(path)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    if stale:
        sys.exit("pages: out of date (run `make pages`): " + ", ".join(stale))
    print("pages: %s for %d languages" % ("up to date" if options.check else "written", len(LANGUAGES)))


if __name__ == "__main__":
    main()
