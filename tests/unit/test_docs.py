"""The docs' claims, kept true: every file path and code name they mention exists, the README stays a
ten-minute read, every `make` target they name is real and `make help`'s are in the README, and no
function or class in py/ or tools/ grows past what a reader takes in at once.

docs/performance-log.md is a dated history whose names are as they were then: it is not checked.
"""

import ast
import functools
import re
import subprocess

import pytest

from tools.paths import ROOT

README = ROOT / "README.md"
HISTORY = ("docs/performance-log.md",)
DOCS = tuple(
    path.relative_to(ROOT).as_posix()
    for path in (README, ROOT / "tests" / "README.md", *sorted((ROOT / "docs").glob("*.md")))
    if path.relative_to(ROOT).as_posix() not in HISTORY
)
README_MOST_LINES = 150
LONGEST_DEFINITION = 120  # lines, for a function or a class in py/ or tools/

# What a path looks like: repository characters only, and a folder in it or a known extension.
PATH_CHARACTERS = re.compile(r"[\w.\-/]+")
EXTENSIONS = (".py", ".js", ".mjs", ".md", ".toml", ".html", ".txt", ".json", ".css", ".yml")
TOP_LEVEL_FILES = ("Makefile",)
# Made by `make` or the tests, and git-ignored: a fresh clone has none of them.
GENERATED = ("assets/vendor/", "node_modules/", "_site/", ".venv/", ".cache/")
# The published site's service worker (written into _site/ by `make site`), and the runtimes' own
# files, which `make vendor` copies from node_modules/ into assets/vendor/.
GENERATED_NAMES = ("sw.js", "pyodide.mjs", "micropython.mjs")
# Placeholders stand for a path, not at one.
PLACEHOLDERS = ("<", ">", "*", "NAME", "OWNER", "…", "...")
# Outside this repository: WordPress's files (docs/embedding.md) and GitHub's actions (workflows).
ELSEWHERE = ("wp-includes/", "wp-content/", "wp-embed.js", "actions/")
# docs/translating.md's worked example adds Italian, which the repository does not have.
EXAMPLES = ("it/", "it/index.html", "py/locale/it/LC_MESSAGES/messages.po", "assets/og-image-it.png")

SPAN = re.compile(r"`([^`]+)`")
FENCE = re.compile(r"^[ \t]*```(\w*)\n(.*?)^[ \t]*```", re.M | re.S)
LINK = re.compile(r"\]\(([^)\s]+)\)")

# Code names: `module.NAME` (module a file of ours), `NAME()` and `UPPER_CASE_NAME`.
QUALIFIED = re.compile(r"([A-Za-z_]\w*)\.([A-Za-z_]\w*)(?:\(\))?")
CALLED = re.compile(r"([A-Za-z_]\w*)\(\)")
CONSTANT = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")
# The browser's and libraries' own names the docs call, not ours.
FOREIGN = ("Function",)


@functools.cache
def tracked():
    """Every file git tracks, as paths relative to the root."""
    listing = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True)
    return tuple(name for name in listing.stdout.split("\0") if name)


@functools.cache
def tracked_tails():
    """Every tracked path's tails: `py/shouldconnect/rules.py`, `shouldconnect/rules.py`, `rules.py`,
    and its folders' (`shouldconnect/`)."""
    tails = set()
    for name in tracked():
        parts = name.split("/")
        for start in range(len(parts)):
            tails.add("/".join(parts[start:]))
            tails.update("/".join(parts[start:end]) + "/" for end in range(start + 1, len(parts)))
    return tails


@functools.cache
def sources():
    """{module name: [source text, ...]} of every tracked .py, .js and .mjs file."""
    found = {}
    for name in tracked():
        if name.endswith((".py", ".js", ".mjs")):
            module = name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            found.setdefault(module, []).append((ROOT / name).read_text(encoding="utf-8"))
    return found


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


def spans(text):
    """(line, span) for every inline code span, and every line of a ```sh block (less its comment)."""
    found = []
    for fence in FENCE.finditer(text):
        if fence.group(1) in ("sh", "bash"):
            for number, command in enumerate(fence.group(2).splitlines()):
                found.append((line_of(text, fence.start(2)) + number, command.split(" #", 1)[0]))
    prose = FENCE.sub(lambda fence: "\n" * fence.group(0).count("\n"), text)
    found += [(line_of(prose, span.start()), " ".join(span.group(1).split())) for span in SPAN.finditer(prose)]
    return found


def doc_text(doc):
    return (ROOT / doc).read_text(encoding="utf-8")


def looks_like_a_path(word):
    if not PATH_CHARACTERS.fullmatch(word) or word.startswith(("-", "/")):
        return False
    return "/" in word or word.endswith(EXTENSIONS) or word in TOP_LEVEL_FILES


def repository_paths(span):
    """The words of a code span that look like paths of this repository."""
    for word in span.split():
        if any(mark in word for mark in PLACEHOLDERS) or "://" in word:
            continue
        word = word.split("::", 1)[0].split("#", 1)[0].strip("\"'(),;:")
        word = word.removeprefix("./")
        if not looks_like_a_path(word) or word.startswith(GENERATED) or word in EXAMPLES:
            continue
        if word.rsplit("/", 1)[-1] in GENERATED_NAMES or word.startswith(ELSEWHERE):
            continue
        yield word


def exists(path, folder):
    """A path from the root or from the doc's folder, or the end of a tracked path (a file's name, or
    `grammar/en.py` in a paragraph about py/shouldconnect/)."""
    if (ROOT / path).exists() or (folder / path).exists():
        return True
    return path in tracked_tails() or path + "/" in tracked_tails()


def missing_paths(doc):
    text = doc_text(doc)
    folder = (ROOT / doc).parent
    missing = []
    for line, span in spans(text):
        missing += ["%s:%d: `%s`" % (doc, line, path) for path in repository_paths(span) if not exists(path, folder)]
    for link in LINK.finditer(text):
        target = link.group(1).split("#", 1)[0]
        if not target or re.match(r"[a-z]+:", target):
            continue
        if not (folder / target).exists():
            missing.append("%s:%d: link %s" % (doc, line_of(text, link.start()), link.group(1)))
    return missing


@pytest.mark.parametrize("doc", DOCS)
def test_every_file_path_a_doc_mentions_exists(doc):
    missing = missing_paths(doc)
    assert not missing, "no such file:\n" + "\n".join(missing)


def is_defined(name, texts):
    """Whether one of the texts defines or assigns `name` (Python or JavaScript)."""
    word = re.escape(name)
    definition = re.compile(
        r"^\s*(?:async\s+)?(?:def|class)\s+%s\b" % word  # Python
        + r"|^\s*%s\s*:[^=\n]*=(?!=)" % word  # an annotated assignment
        + r"|\b%s\s*=(?!=)" % word  # an assignment: a name, an attribute, a keyword (an environment variable)
        + r"|\b(?:function\*?|class|const|let|var)\s+%s\b" % word  # JavaScript
        + r"|^\s*(?:async\s+)?%s\s*\([^)\n]*\)\s*\{" % word,  # a JavaScript method
        re.M,
    )
    return any(definition.search(text) for text in texts)


def code_names(span):
    """(name, the module that must define it, or None for any) for a span that names code of ours."""
    if span.endswith(EXTENSIONS):
        return None
    qualified = QUALIFIED.fullmatch(span)
    if qualified:
        module, name = qualified.groups()
        return (name, module) if module in sources() else None
    called = CALLED.fullmatch(span)
    if called and called.group(1) not in FOREIGN:
        return called.group(1), None
    if CONSTANT.fullmatch(span):
        return span, None
    return None


def unknown_code_names(doc):
    text = doc_text(doc)
    everywhere = [source for texts in sources().values() for source in texts]
    unknown = []
    for line, span in spans(text):
        named = code_names(span)
        if named is None:
            continue
        name, module = named
        if not is_defined(name, sources()[module] if module else everywhere):
            unknown.append("%s:%d: `%s`" % (doc, line, span))
    return unknown


@pytest.mark.parametrize("doc", DOCS)
def test_every_code_name_a_doc_mentions_is_defined(doc):
    unknown = unknown_code_names(doc)
    assert not unknown, "defined nowhere in the sources:\n" + "\n".join(unknown)


def test_the_readme_is_a_ten_minute_read():
    lines = len(README.read_text(encoding="utf-8").splitlines())
    assert lines <= README_MOST_LINES, "README.md has %d lines; move details into docs/" % lines


def long_definitions():
    """'path:line name (N lines)' for every function or class in py/ and tools/ over the limit."""
    found = []
    for name in tracked():
        if not (name.startswith(("py/", "tools/")) and name.endswith(".py")):
            continue
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"), filename=name)
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                length = node.end_lineno - node.lineno + 1
                if length > LONGEST_DEFINITION:
                    found.append("%s:%d %s (%d lines)" % (name, node.lineno, node.name, length))
    return found


def test_no_function_or_class_is_over_120_lines():
    found = long_definitions()
    assert not found, "over %d lines:\n" % LONGEST_DEFINITION + "\n".join(found)


def make_targets():
    """The targets `make help` lists: the Makefile's `## name: what it does` lines."""
    return re.findall(r"^## ([\w-]+):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M)


def test_the_readme_names_every_make_target_or_make_help():
    readme = README.read_text(encoding="utf-8")
    assert make_targets()
    unnamed = [target for target in make_targets() if "make %s" % target not in readme]
    assert "make help" in readme or not unnamed, "README.md names neither `make help` nor: " + ", ".join(unnamed)


@pytest.mark.parametrize("doc", DOCS)
def test_every_make_target_a_doc_names_exists(doc):
    named = []
    for line, span in spans(doc_text(doc)):
        words = span.split()
        named += [(line, after) for before, after in zip(words, words[1:]) if before == "make"]
    targets = make_targets()
    unknown = ["%s:%d: make %s" % (doc, line, target) for line, target in named if target not in targets]
    assert not unknown, "no such target in the Makefile:\n" + "\n".join(unknown)
