// The message writer: Pyodide with jinja2, in a module worker that assets/start-writer.js starts.
// One script for every place the page runs: on the page it is the worker's own file (so the
// published site's service worker serves it offline); in a sandboxed frame, whose opaque origin
// may start neither a worker from the site's address nor one from a blob: of its own, a worker made
// from a data: URL imports it by its address. Either way Pyodide comes from beside this file.
//
// The page sends one {setup} message, then {id, request} messages (JSON text); each gets
// {id, answer} or {id, error}. Once set up, the worker says {ready: true}, or {failed: why}.
// Asked for at once, while the setup is on its way; awaited in start(), so that the message
// listener below is in place before the first message can arrive.
const pyodideModule = import(new URL("./vendor/pyodide/pyodide.mjs", import.meta.url));
const PYODIDE_WASM = new URL("./vendor/pyodide/pyodide.asm.wasm", import.meta.url).href;
// Pyodide's own lock file lists the 354 packages it could load (114 KB); the writer loads none (it
// unpacks its wheels itself), so it gives Pyodide a lock file of no packages instead of having it
// fetch that one. Pyodide checks only its ABI version (tests/unit/test_worker_stdlib.py compares it
// with the pinned Pyodide's).
const LOCK_FILE = { info: { abi_version: "2026_0" }, packages: {} };

const fetched = async (address, read) => {
  const response = await fetch(address);
  if (!response.ok) throw new Error(address + ": HTTP " + response.status);
  return read(response);
};

// Pyodide never reports a failed download of its WebAssembly: it logs "wasm instantiation
// failed!" and waits forever. Asking for the same file, headers only, shows what it met, at once.
// Offline, the service worker answers; without one, the browser's HTTP cache may hold the file.
async function checkDownload(address) {
  const head = (options) =>
    fetch(address, { method: "HEAD", ...options }).then(
      (response) => (response.ok ? null : "HTTP " + response.status),
      (error) => String(error),
    );
  const problem = await head({});
  if (problem && (await head({ cache: "only-if-cached", mode: "same-origin" }))) {
    throw new Error(address + ": " + problem);
  }
}

// Unpacks each archive the setup names into the worker's file system (a destination ending in
// "/*" unpacks there), writes the catalog, runs the entry script and hands back its
// render_messages.
async function start({ entry, files }) {
  const archives = Object.entries(files).map(async ([address, target]) => [
    target,
    await fetched(address, (response) => response.arrayBuffer()),
  ]);
  // All at once, and awaited together: a failure of any is the writer's failure, reported once.
  const [pyodide, contents, source] = await Promise.all([
    pyodideModule.then(({ loadPyodide }) => loadPyodide({ lockFileContents: LOCK_FILE })),
    Promise.all(archives),
    fetched(entry, (response) => response.text()),
    checkDownload(PYODIDE_WASM),
  ]);
  for (const [target, bytes] of contents) {
    if (target.endsWith("/*")) {
      pyodide.unpackArchive(bytes, "zip", { extractDir: target.slice(0, -2) });
    } else {
      pyodide.FS.writeFile(target, new Uint8Array(bytes));
    }
  }
  pyodide.runPython(source);
  return pyodide.globals.get("render_messages");
}

let render;
self.onmessage = async ({ data }) => {
  if (data.setup) {
    render = start(data.setup);
    render.then(
      () => self.postMessage({ ready: true }),
      (error) => self.postMessage({ failed: String(error) }),
    );
    return;
  }
  try {
    self.postMessage({ id: data.id, answer: (await render)(data.request) });
  } catch (error) {
    self.postMessage({ id: data.id, error: String(error) });
  }
};
