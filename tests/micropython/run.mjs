// Runs tests/pure (by tests/pure/run.py) inside the PyScript build of MicroPython, the interpreter
// the page uses, to prove py/shouldconnect stays within its subset and behaves as on CPython.
// Usage: node tests/micropython/run.mjs   (MICROPYTHON_MJS overrides the module path)
// The per-language tests need the compiled catalogs: CATALOGS_JSON names a JSON list of them, as
// tests/unit/test_micropython.py writes it; without it, the ones `make vendor` put in
// assets/vendor/locale/ are used.
// Exits non-zero if Python raised or the summary line does not report 0 failures.

import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..", "..");
const modulePath = process.env.MICROPYTHON_MJS ||
  join(repo, "node_modules", "@micropython", "micropython-webassembly-pyscript", "micropython.mjs");
const SUMMARY = /^micropython: (\d+) passed, 0 failed$/;
// The repository's layout, in MicroPython's file system: run.py finds the package and the tests
// from its own place, as it does on CPython.
const REPO_IN_FS = "/repo";

const lines = [];
const collect = (line) => {
  lines.push(line);
  console.log(line);
};

const { loadMicroPython } = await import(pathToFileURL(resolve(modulePath)).href);
const mp = await loadMicroPython({ heapsize: 8 * 1024 * 1024, stdout: collect, stderr: collect });

// Copy the .py files of a folder of the repository, and of its subfolders.
function copyPython(folder, recursive) {
  mp.FS.mkdirTree(`${REPO_IN_FS}/${folder}`);
  for (const name of readdirSync(join(repo, folder))) {
    const path = join(repo, folder, name);
    if (recursive && statSync(path).isDirectory() && name !== "__pycache__") {
      copyPython(`${folder}/${name}`, recursive);
    } else if (name.endsWith(".py")) {
      mp.FS.writeFile(`${REPO_IN_FS}/${folder}/${name}`, readFileSync(path, "utf8"));
    }
  }
}

copyPython("py/shouldconnect", true);
copyPython("tests/pure", false);
mp.FS.writeFile(`${REPO_IN_FS}/tests/rule_cases.py`, readFileSync(join(repo, "tests", "rule_cases.py"), "utf8"));

function catalogs() {
  if (process.env.CATALOGS_JSON) return readFileSync(process.env.CATALOGS_JSON, "utf8");
  const vendored = join(repo, "assets", "vendor", "locale");
  const files = existsSync(vendored) ? readdirSync(vendored).filter((name) => name.endsWith(".json")) : [];
  return `[${files.map((name) => readFileSync(join(vendored, name), "utf8")).join(",")}]`;
}
// tests/pure/translations.py reads it, as MicroPython cannot compile the catalogs.
mp.FS.writeFile(`${REPO_IN_FS}/tests/pure/catalogs.json`, catalogs());

try {
  mp.runPython(`import sys\nsys.path.insert(0, "${REPO_IN_FS}/tests/pure")\nimport run\nrun.main()`);
} catch (error) {
  // runPython throws a PythonError carrying the traceback (including SystemExit).
  console.error(error.message || String(error));
  process.exit(1);
}

if (!lines.some((line) => SUMMARY.test(line))) {
  console.error("run.mjs: no 'micropython: N passed, 0 failed' summary line");
  process.exit(1);
}
