// Runs tests/micropython/check_rules.py inside the PyScript build of MicroPython,
// the interpreter the page uses, to prove py/shouldconnect stays within its subset.
// Usage: node tests/micropython/run.mjs   (MICROPYTHON_MJS overrides the module path)
// Exits non-zero if Python raised or the summary line does not report 0 failures.

import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..", "..");
const modulePath = process.env.MICROPYTHON_MJS ||
  join(repo, "node_modules", "@micropython", "micropython-webassembly-pyscript", "micropython.mjs");
const SUMMARY = /^micropython: (\d+) passed, 0 failed$/;

const lines = [];
const collect = (line) => {
  lines.push(line);
  console.log(line);
};

const { loadMicroPython } = await import(pathToFileURL(resolve(modulePath)).href);
const mp = await loadMicroPython({ heapsize: 8 * 1024 * 1024, stdout: collect, stderr: collect });

// "/lib" is on MicroPython's default sys.path and "/" (the cwd) is "".
// The package, its subpackages included.
const copyPackage = (from, to) => {
  mp.FS.mkdir(to);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== "__pycache__") copyPackage(join(from, entry.name), `${to}/${entry.name}`);
    else if (entry.name.endsWith(".py")) mp.FS.writeFile(`${to}/${entry.name}`, readFileSync(join(from, entry.name), "utf8"));
  }
};
mp.FS.mkdir("/lib");
copyPackage(join(repo, "py", "shouldconnect"), "/lib/shouldconnect");
mp.FS.writeFile("/rule_cases.py", readFileSync(join(repo, "tests", "rule_cases.py"), "utf8"));
mp.FS.writeFile("/check_rules.py", readFileSync(join(here, "check_rules.py"), "utf8"));

// The compiled catalogs (CATALOGS_JSON: a JSON list, as tests/unit/test_micropython.py writes it)
// add one check per language.
const catalogs = process.env.CATALOGS_JSON ? readFileSync(process.env.CATALOGS_JSON, "utf8") : "[]";
mp.FS.writeFile("/catalogs.json", catalogs);

try {
  mp.runPython("import json, check_rules\ncheck_rules.main(json.load(open('catalogs.json')))");
} catch (error) {
  // runPython throws a PythonError carrying the traceback (including SystemExit).
  console.error(error.message || String(error));
  process.exit(1);
}

if (!lines.some((line) => SUMMARY.test(line))) {
  console.error("run.mjs: no 'micropython: N passed, 0 failed' summary line");
  process.exit(1);
}
