"""index.html is valid HTML: the Nu HTML Checker (npm vnu-jar, run on the machine's Java) finds no error."""

import pathlib
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CHECKER = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.fixture(scope="module")
def errors(tmp_path_factory):
    """The checker's errors, by file name, for the page and for a copy broken on purpose.

    One run for both, as Java takes a few seconds to start.
    """
    assert shutil.which("java"), "the Nu HTML Checker needs Java: install a JRE (Debian: default-jre-headless)"
    assert CHECKER.is_file(), "vnu-jar is not installed: run `make vendor`"
    broken = tmp_path_factory.mktemp("html") / "broken.html"
    # PyScript's <script type="py" src> form is not valid HTML, which is why the page uses <py-script>.
    broken.write_text(
        (ROOT / "index.html")
        .read_text()
        .replace("</body>", '<script type="py" src="./py/engine_main.py"></script>\n</body>')
    )
    result = subprocess.run(
        ["java", "-jar", str(CHECKER), "--errors-only", str(ROOT / "index.html"), str(broken)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = result.stderr.splitlines()
    assert all(line.startswith('"file:') for line in lines), result.stderr  # nothing but findings
    return {name: [line for line in lines if '/%s"' % name in line] for name in ("index.html", "broken.html")}


def test_the_nu_html_checker_finds_no_error_in_the_page(errors):
    assert errors["index.html"] == []


def test_the_nu_html_checker_does_report_a_broken_page(errors):
    # Without this, a checker that checked nothing would pass the test above.
    assert any("Bad value “py” for attribute “type” on element “script”" in line for line in errors["broken.html"])
