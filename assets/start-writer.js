// Starts the message writer, assets/writer.js, in a module worker, and gives the page glue (on
// MicroPython) a writer whose render(request) returns a promise of the answer: JSON text both ways.
// `setup` is the JSON the message panel carries (engine.toml, written into each page by
// tools/pages.py), its paths relative to the page. `onProgress(received, total)` hears how far its
// downloads have come, in bytes, a few times a second until it is ready (total 0: not known).
//
// How the worker is made is the one thing that differs with where the page runs:
// - on the page, from the script's own address: a same-origin worker, which the published site's
//   service worker controls, so the writer works offline after one visit;
// - in a frame with an opaque origin (WordPress's sandbox="allow-scripts"), from a data: URL whose
//   code imports the script by its address (the site serves it with Access-Control-Allow-Origin):
//   such a frame may start a worker from neither the site's address (another origin than its
//   own) nor a blob: it made (PyScript's way, refused there).
export function startWriter(setup, onProgress) {
  const settings = JSON.parse(setup);
  const address = (path) => new URL(path, document.baseURI).href;
  const script = address(settings.script);
  const worker =
    self.origin === "null"
      ? new Worker("data:text/javascript," + encodeURIComponent(`import ${JSON.stringify(script)};`), {
          type: "module",
        })
      : new Worker(script, { type: "module" });
  let started, failed;
  const ready = new Promise((resolve, reject) => {
    started = resolve;
    failed = reject;
  });
  const waiting = new Map(); // request id -> its promise's {resolve, reject}
  let lastId = 0;
  worker.onmessage = ({ data }) => {
    if (data.ready) return started();
    if (data.progress) return onProgress(data.progress.received, data.progress.total || 0);
    if ("failed" in data) return failed(new Error(data.failed));
    const { resolve, reject } = waiting.get(data.id);
    waiting.delete(data.id);
    if ("error" in data) reject(new Error(data.error));
    else resolve(data.answer);
  };
  // The script itself could not load or run (a failed download, a refused worker).
  worker.onerror = (event) => failed(new Error("the writer's worker failed: " + (event.message || script)));
  const files = Object.entries(settings.files).map(([source, target]) => [address(source), target]);
  worker.postMessage({ setup: { entry: address(settings.entry), files: Object.fromEntries(files) } });
  return {
    ready,
    render: (request) =>
      new Promise((resolve, reject) => {
        lastId += 1;
        waiting.set(lastId, { resolve, reject });
        worker.postMessage({ id: lastId, request });
      }),
    stop: () => worker.terminate(),
  };
}
