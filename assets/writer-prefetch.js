// The message writer starts after the first verdict, and its worker then asks for its files one
// round trip after another: its config, its entry script, Pyodide's module, and, once Pyodide is up,
// its Python and templates. Asked for now, at the lowest priority, they wait in the HTTP cache, and
// a phone's network is spared those round trips (docs/benchmarks.md). Not in a sandboxed frame (a
// WordPress embed), where the writer cannot run and the files would be a wasted download.
if (self.origin !== "null") {
  document.head.append(document.getElementById("writer-files").content.cloneNode(true));
}
