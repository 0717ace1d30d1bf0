// The message writer: Pyodide with jinja2, in a module worker that assets/start-writer.js starts.
// One script for every place the page runs: on the page it is the worker's own file (so the
// published site's service worker serves it offline); in a sandboxed frame, whose opaque origin
// may start neither a worker from the site's address nor one from a blob: of its own, a worker made
// from a data: URL imports it by its address. Either way Pyodide comes from beside this file.
//
// The page sends one {setup} message, then {id, request} messages (JSON text); each gets
// {id, answer} or {id, error}. Once set up, the worker says {ready: true}, or {failed: why}; while
// it downloads, {progress: {received, total}} (bytes; total null when the sizes are unknown).
const PYODIDE = new URL("./vendor/pyodide/", import.meta.url).href;
const PYODIDE_WASM = PYODIDE + "pyodide.asm.wasm";
// Each built file's size, by its path from the site's root (written by `make vendor`).
const SIZES = new URL("./vendor/sizes.json", import.meta.url).href;
const SITE = new URL("../", import.meta.url).href;
// A phone's main thread has better things to do than take a message per network chunk.
const PROGRESS_EVERY_MS = 100;

// The bytes received so far of each file the writer downloads, by address.
const received = new Map();
let sizes; // a promise of {address: size}, or of null when the manifest can't be had
let named = null; // the addresses the setup names (its files and entry), once it has come
let reported = 0;
let later = null; // the report held back by PROGRESS_EVERY_MS, so that the last bytes show too

// The writer's downloads are Pyodide's files (all that `make vendor` puts beside pyodide.mjs)
// and those the setup names. Without the size of each, the total is unknown (null).
function report() {
  const wait = reported + PROGRESS_EVERY_MS - performance.now();
  if (named === null || later !== null) return;
  if (wait > 0) {
    later = setTimeout(() => {
      later = null;
      report();
    }, wait);
    return;
  }
  reported = performance.now();
  sizes.then((known) => {
    const downloads = known ? Object.keys(known).filter((address) => address.startsWith(PYODIDE)) : [];
    downloads.push(...named);
    const got = (address) => received.get(address) || 0;
    if (!known || !downloads.every((address) => address in known)) {
      self.postMessage({ progress: { received: downloads.reduce((sum, a) => sum + got(a), 0), total: null } });
      return;
    }
    const total = downloads.reduce((sum, address) => sum + known[address], 0);
    const sofar = downloads.reduce((sum, address) => sum + Math.min(got(address), known[address]), 0);
    self.postMessage({ progress: { received: sofar, total } });
  });
}

// Every download goes through here, Pyodide's own included (it calls the global fetch): the
// response is handed on untouched, with its headers, status and address (so the WebAssembly still
// compiles as it streams), while a copy of its body is counted as it arrives. On the wire a file
// may be gzipped, but the stream yields it decompressed: its size as built.
const fetchFromNetwork = globalThis.fetch.bind(globalThis);
globalThis.fetch = async (resource, options) => {
  const response = await fetchFromNetwork(resource, options);
  if ((options?.method ?? "GET") === "GET" && response.ok && response.body) {
    count(response.url || String(resource), response.clone().body); // every address asked is whole
  }
  return response;
};

async function count(address, body) {
  const reader = body.getReader();
  let bytes = 0;
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      bytes += chunk.value.byteLength;
      received.set(address, bytes);
      report();
    }
  } catch {
    // The download itself fails too, and the writer reports that.
  }
}

// A module is imported, not fetched: it counts whole once it is there.
const imported = (address) =>
  import(address).then((module) => {
    sizes.then((known) => {
      received.set(address, known?.[address] ?? 0);
      report();
    });
    return module;
  });

// Asked for at once, while the setup is on its way; awaited in start(), so that the message
// listener below is in place before the first message can arrive. Pyodide's own module is
// imported here too (Pyodide then finds it loaded), so its bytes count like the rest.
sizes = fetchFromNetwork(SIZES)
  .then((response) => (response.ok ? response.json() : null))
  .then((paths) => paths && Object.fromEntries(Object.entries(paths).map(([path, size]) => [SITE + path, size])))
  .catch(() => null);
const pyodideModule = imported(PYODIDE + "pyodide.mjs");
imported(PYODIDE + "pyodide.asm.mjs").catch(() => {}); // Pyodide's own import reports a failure

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

// `make vendor` gzips each archive the setup names whole (tools/vendor.py): smaller than a zip's
// own file-by-file compression, and GitHub Pages sends a .gz as it is. A server that decodes it on
// the wire (Content-Encoding) hands over the archive itself, so the first two bytes decide.
async function unzipped(response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  // Written in, not streamed from a Blob: WebKit fails to read a Blob in a sandboxed frame's worker.
  const unzip = new DecompressionStream("gzip");
  const writer = unzip.writable.getWriter();
  writer.write(bytes);
  writer.close();
  return new Uint8Array(await new Response(unzip.readable).arrayBuffer());
}

// Unpacks each archive the setup names into the worker's file system (a destination ending in
// "/*" unpacks there), writes the catalog, runs the entry script and hands back its
// render_messages.
async function start({ entry, files }) {
  named = [entry, ...Object.keys(files)];
  const archives = Object.entries(files).map(async ([address, target]) => [
    target,
    await fetched(address, unzipped),
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
      pyodide.FS.writeFile(target, bytes);
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
