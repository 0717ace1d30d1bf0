// Python asks for its files one round trip after another, which a phone's network makes long; this
// asks for them ahead, from two templates in the page (docs/benchmarks.md):
// - MicroPython's module and WebAssembly, as the page's scripts start: PyScript asks for them only
//   after its own modules and its config. Not written as preloads in <head>, where they would
//   compete for a phone's bandwidth with the page's text and styles.
// - What the message writer's worker asks for once it starts, after the first verdict (its config,
//   its entry script, Pyodide's module, its Python and templates): at the lowest priority, into the
//   HTTP cache. Not in a sandboxed frame (a WordPress embed), where the writer cannot run and the
//   files would be a wasted download.
const ahead = (id) => document.head.append(document.getElementById(id).content.cloneNode(true));
ahead("runtime-files");
if (self.origin !== "null") ahead("writer-files");
