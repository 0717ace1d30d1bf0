// Python asks for its files one round trip after another, which a phone's network makes long; this
// asks for them ahead, from two templates in the page, once the page has painted its text (before,
// they would compete with it for a phone's bandwidth), see docs/performance-log.md:
// - MicroPython's module and WebAssembly, which PyScript asks for only after its own modules.
// - What the message writer asks for once it starts, after the first verdict (its scripts,
//   Pyodide's module, its Python and templates): at the lowest priority, into the HTTP cache. Not
//   in an embed (?embed=1), where the writer starts only when the reader changes an answer or its
//   panel comes into view: a blog's reader who only reads downloads nothing for it.
const ahead = (id) => document.head.append(document.getElementById(id).content.cloneNode(true));
requestAnimationFrame(() =>
  setTimeout(() => {
    ahead("runtime-files");
    if (document.documentElement.dataset.embed !== "yes") ahead("writer-files");
  }),
);
