"""The main thread starts from bytecode: the entry module, the page glue, the package and
PyScript's own `pyscript` package come from the ROMFS image that `make vendor` writes, which
assets/start-python.js mounts and starts as soon as MicroPython is ready (docs/performance-log.md,
"Ninth round"). A module that slips back to source, or a start that waits for PyScript's own
Python, breaks nothing a user sees but slows every start: this keeps it true as the code changes."""

import json

from playwright.sync_api import expect

REPORT = "should-i-connect test: main-thread modules:"
# Appended to the plugin: a second "ready" hook, run after the plugin's own has started the glue,
# says where each module came from and whether PyScript's own Python had run by then.
INSTRUMENT = (
    """
hooks.main.onReady.add((wrap, element) => {
  if (element.localName !== "mpy-script") return;
  wrap.interpreter.runPython(`
import json, sys
print(%r, json.dumps({
    "path": sys.path,
    "files": {name: getattr(module, "__file__", None) for name, module in sys.modules.items()},
    "verdict": __import__("js").document.documentElement.dataset.state,
    "pyscript_ran": "pyscript" in __import__("os").listdir(),  # it writes its package here
}))
`);
});
"""
    % REPORT
)


def test_the_entry_the_glue_and_pyscripts_own_modules_come_from_the_image_before_pyscripts_python(open_app):
    reports = []

    def listen(context):
        def append(route):
            response = route.fetch()
            route.fulfill(response=response, body=response.text() + INSTRUMENT)

        context.route("**/assets/start-python.js", append)
        context.on("console", lambda message: reports.append(message.text) if REPORT in message.text else None)

    page, watch = open_app(prepare=listen)
    expect(page.locator("#verdict")).not_to_have_attribute("data-verdict", "")
    assert len(reports) == 1
    report = json.loads(reports[0].split(REPORT, 1)[1])
    # The first verdict is out before PyScript's own Python has run.
    assert report["verdict"] == "interactive"
    assert not report["pyscript_ran"]
    # PyScript's modules, ours, and nothing of either from the source PyScript writes out.
    files = {name: path for name, path in report["files"].items() if path and not name.startswith("pyscript.js_")}
    from_image = {name for name, path in files.items() if path.startswith("/rom/") and path.endswith(".mpy")}
    assert {"page_main", "glue", "verdict_view", "shouldconnect.rules", "pyscript", "pyscript.ffi"} <= from_image
    ours = ("page_main", "pyscript", "glue", "shouldconnect")
    assert not [name for name in files if name.split(".")[0] in ours and name not in from_image]
    # Only the image and MicroPython's own frozen modules are searched.
    assert report["path"] == ["/rom", ".frozen"]
    watch.assert_clean(page)
