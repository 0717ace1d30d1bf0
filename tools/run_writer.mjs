// Runs the message writer, assets/writer.js itself, under Node: a `self` that takes its messages
// and a `fetch` that reads the repository's files stand in for the worker's. tools/writer_trace.py
// drives it, to find which modules of the standard library the writer imports, and
// tests/unit/test_worker_stdlib.py, to render every message from the files the page downloads.
//
// Usage: node tools/run_writer.mjs [--stock] JOBS.json RESULT.json
// JOBS.json: [{"setup": {entry, files}, "requests": [JSON text, ...]}, ...], paths as file: URLs,
// one job per language (a setup starts a fresh Pyodide). RESULT.json: one {"failed": why} or
// {"answers": [{answer} or {error}, ...], "modules": {name: file}} per job, "modules" being every
// module loaded from a file once the job's last request has been answered.
// --stock: everything whole, as it was before `make vendor` trimmed it to what the writer imports:
// Pyodide from node_modules/pyodide with its whole standard library, and the writer's archives from
// .cache/vendor/untrimmed/ (the same paths as under assets/vendor/), instead of the trimmed copies
// the page downloads.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { register } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const stock = args[0] === "--stock";
const [jobsFile, resultFile] = stock ? args.slice(1) : args;

if (stock) {
  // writer.js imports Pyodide from beside itself; Pyodide finds its other files beside its module.
  const shipped = pathToFileURL(resolve(root, "assets/vendor/pyodide/pyodide.mjs")).href;
  const original = pathToFileURL(resolve(root, "node_modules/pyodide/pyodide.mjs")).href;
  const hook = `export async function resolve(specifier, context, next) {
    const found = await next(specifier, context);
    return found.url === ${JSON.stringify(shipped)} ? { ...found, url: ${JSON.stringify(original)} } : found;
  }`;
  register("data:text/javascript," + encodeURIComponent(hook));
}

// Appended to the writer's entry script: a request that is this text answers with the modules
// loaded from a file so far ({name: file}), which the worker has no other way to tell. Not the
// frozen ones (os, io, importlib._bootstrap...): they come inside Pyodide's WebAssembly.
const MODULES = "run_writer: modules";
const INSTRUMENT = `
def _answering_modules(render):
    def render_messages(request):
        if request != ${JSON.stringify(MODULES)}:
            return render(request)
        specs = [getattr(module, "__spec__", None) for module in list(sys.modules.values())]
        return json.dumps({spec.name: spec.origin for spec in specs if spec and spec.has_location})
    return render_messages


render_messages = _answering_modules(render_messages)
`;

const vendor = resolve(root, "assets/vendor");
const untrimmed = resolve(root, ".cache/vendor/untrimmed");

globalThis.fetch = async (address, options = {}) => {
  const asked = fileURLToPath(address);
  const whole = stock && asked.startsWith(vendor + "/") ? untrimmed + asked.slice(vendor.length) : null;
  const path = whole && existsSync(whole) ? whole : asked;
  try {
    const body = await readFile(path);
    const text = path === resolve(root, "py/worker/engine_main.py") ? body.toString("utf8") + INSTRUMENT : body;
    return new Response(options.method === "HEAD" ? null : text, { status: 200 });
  } catch {
    return new Response(null, { status: 404 });
  }
};

// The worker's side of its messages: what writer.js posts goes to whoever waits for it, but for
// how far its downloads have come, which no one here waits for.
let deliver;
const next = () => new Promise((resolve) => (deliver = resolve));
globalThis.self = { postMessage: (data) => data.progress || deliver(data) };
await import(pathToFileURL(resolve(root, "assets/writer.js")).href);

const send = (data) => {
  const answered = next();
  self.onmessage({ data });
  return answered;
};

const results = [];
for (const { setup, requests } of JSON.parse(await readFile(jobsFile, "utf8"))) {
  const started = await send({ setup });
  if (!started.ready) {
    results.push({ failed: started.failed });
    continue;
  }
  const answers = [];
  for (const [id, request] of requests.entries()) {
    const { answer, error } = await send({ id, request });
    answers.push(error === undefined ? { answer } : { error });
  }
  const { answer } = await send({ id: requests.length, request: MODULES });
  results.push({ answers, modules: JSON.parse(answer) });
}
await writeFile(resultFile, JSON.stringify(results));
