"""What `make vendor` ships to the worker (tools/precompile_worker.py): the modules it imports
as bytecode, and nothing it imports left out of the trimmed standard library."""

import zipfile

import pytest

from tools.paths import ROOT
from tools.precompile_worker import dropped, module_name, read_modules

STOCK_STDLIB = ROOT / "node_modules" / "pyodide" / "python_stdlib.zip"
SHIPPED_STDLIB = ROOT / "assets" / "vendor" / "pyodide" / "python_stdlib.zip"
IMPORTED = read_modules(ROOT / "tools" / "worker_modules.txt")


def sources(archive):
    with zipfile.ZipFile(archive) as opened:
        return {name: module_name(name) for name in opened.namelist() if name.endswith(".py")}


@pytest.fixture(scope="module")
def stock():
    assert STOCK_STDLIB.is_file(), "Pyodide is not installed: run `make vendor`"
    return sources(STOCK_STDLIB)


def test_every_module_the_worker_imports_is_in_pyodide_and_kept(stock):
    by_module = {module: path for path, module in stock.items()}
    assert IMPORTED - set(by_module) == set(), "not in Pyodide's standard library: a typo?"
    assert [module for module in sorted(IMPORTED) if dropped(by_module[module])] == []


def test_text_codecs_stay_and_tools_a_browser_never_runs_go():
    assert not dropped("encodings/__init__.py")
    assert not any(dropped("encodings/%s.py" % name) for name in ("utf_8", "utf_16", "latin_1", "idna"))
    assert dropped("encodings/cp1252.py") and dropped("encodings/mac_roman.py")
    assert dropped("unittest/__init__.py") and dropped("tkinter/__init__.py") and dropped("pdb.py")
    assert dropped("email/__init__.py") and dropped("xml/dom/minidom.py")
    assert dropped("http/server.py") and dropped("smtplib.py") and dropped("json/__main__.py")
    assert not dropped("json/__init__.py") and not dropped("asyncio/tasks.py")


def test_the_shipped_library_has_the_imported_modules_as_bytecode_and_the_rest_as_source(stock):
    assert SHIPPED_STDLIB.is_file(), "run `make vendor`"
    with zipfile.ZipFile(SHIPPED_STDLIB) as shipped:
        names = set(shipped.namelist())
    compiled = {module_name(name[:-1]) for name in names if name.endswith(".pyc")}
    assert compiled == IMPORTED
    kept = {path for path in stock if not dropped(path)}
    assert {path for path in kept if stock[path] not in IMPORTED} <= names
    assert not any(name.endswith(".py") and stock.get(name) in IMPORTED for name in names)
