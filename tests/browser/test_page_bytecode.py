"""The main thread starts from bytecode: the page glue, the package and PyScript's own `pyscript`
package come from the ROMFS image that `make vendor` writes, mounted by assets/mount-bytecode.js
before PyScript imports its package (docs/benchmarks.md, "Ninth round"). A module that slips back
to source, or a mount that comes too late, breaks nothing a user sees but slows every start: this
keeps it true as the code changes."""

import json

from playwright.sync_api import expect

REPORT = "should-i-connect test: main-thread modules:"
# Appended to the entry script: once the glue has started, where each module came from.
INSTRUMENT = (
    """
import json as _json
import sys as _sys

print(%r, _json.dumps({
    "path": _sys.path,
    "files": {name: getattr(module, "__file__", None) for name, module in _sys.modules.items()},
}))
"""
    % REPORT
)


def test_the_glue_the_package_and_pyscripts_own_modules_come_from_the_image(open_app):
    reports = []

    def listen(context):
        def append(route):
            response = route.fetch()
            route.fulfill(response=response, body=response.text() + INSTRUMENT)

        context.route("**/py/page_main.py", append)
        context.on("console", lambda message: reports.append(message.text) if REPORT in message.text else None)

    page, watch = open_app(prepare=listen)
    expect(page.locator("#verdict")).not_to_have_attribute("data-verdict", "")
    assert len(reports) == 1
    report = json.loads(reports[0].split(REPORT, 1)[1])
    # PyScript's modules, ours, and nothing of either from the source PyScript writes out.
    files = {name: path for name, path in report["files"].items() if path and not name.startswith("pyscript.js_")}
    from_image = {name for name, path in files.items() if path.startswith("/rom/") and path.endswith(".mpy")}
    assert {"pyscript", "pyscript.context", "pyscript.ffi", "glue", "verdict_view", "shouldconnect.rules"} <= from_image
    assert not [
        name for name in files if name.split(".")[0] in ("pyscript", "glue", "shouldconnect") and name not in from_image
    ]
    # Only the image and MicroPython's own frozen modules are searched.
    assert report["path"] == ["/rom", ".frozen"]
    watch.assert_clean(page)
