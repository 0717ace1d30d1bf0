"""Every language's page is valid HTML: the Nu HTML Checker (npm vnu-jar, run on the machine's Java)
finds no error."""

import shutil
import subprocess

import pytest

from shouldconnect.languages import LANGUAGES
from tools.paths import ROOT

CHECKER = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
PAGES = [language["folder"] + "index.html" for language in LANGUAGES]


@pytest.fixture(scope="module")
def errors(tmp_path_factory):
    """The checker's errors, by page, for every language's page and for a copy broken on purpose.

    One run for all, as Java takes a few seconds to start.
    """
    assert shutil.which("java"), "the Nu HTML Checker needs Java: install a JRE (Debian: default-jre-headless)"
    assert CHECKER.is_file(), "vnu-jar is not installed: run `make vendor`"
    broken = tmp_path_factory.mktemp("html") / "broken.html"
    # PyScript's <script type="py" src> form is not valid HTML, which is why the page uses <mpy-script>.
    broken.write_text(
        (ROOT / "index.html")
        .read_text()
        .replace("</body>", '<script type="py" src="./py/worker/engine_main.py"></script>\n</body>')
    )
    result = subprocess.run(
        ["java", "-jar", str(CHECKER), "--errors-only", *(str(ROOT / page) for page in PAGES), str(broken)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = result.stderr.splitlines()
    assert all(line.startswith('"file:') for line in lines), result.stderr  # nothing but findings
    where = {page: ROOT / page for page in PAGES} | {"broken.html": broken}
    return {name: [line for line in lines if line.startswith('"file:%s"' % path)] for name, path in where.items()}


@pytest.mark.parametrize("page", PAGES)
def test_the_nu_html_checker_finds_no_error_in_the_page(errors, page):
    assert errors[page] == []


def test_the_nu_html_checker_does_report_a_broken_page(errors):
    # Without this, a checker that checked nothing would pass the test above.
    assert any("Bad value “py” for attribute “type” on element “script”" in line for line in errors["broken.html"])
