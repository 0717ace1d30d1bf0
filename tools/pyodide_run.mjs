// Run a Python script with Pyodide's own CPython under Node: the build step that must produce
// exactly what the browser's Pyodide expects (its bytecode), from the pinned npm package.
// The repository is mounted at /repo and is the working directory; paths are relative to it.
// Usage: node tools/pyodide_run.mjs SCRIPT.py [ARG ...]
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "../node_modules/pyodide/pyodide.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const [script, ...args] = process.argv.slice(2);
// Bytecode without column ranges (`python -X no_debug_ranges`): a quarter smaller, and a
// traceback still names each line; it only loses the carets under the failing expression.
const pyodide = await loadPyodide({ env: { PYTHONNODEBUGRANGES: "1" } });
pyodide.FS.mkdirTree("/repo");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root }, "/repo");
pyodide.FS.chdir("/repo");
const sys = pyodide.pyimport("sys");
sys.argv = pyodide.toPy([script, ...args]);
// The project's sources, as pyproject.toml's pythonpath gives them to the tests.
sys.path.extend(pyodide.toPy(["/repo", "/repo/py", "/repo/py/worker"]));
try {
  pyodide.runPython(readFileSync(resolve(root, script), "utf8"), { filename: script });
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
