// Python cannot report that it never started, so this small watchdog does: if the
// page glue has not shown a verdict within the time limit, or loading MicroPython or
// the glue fails, the page says so in plain words. The static advice stays readable.
const START_LIMIT_MS = 30000;
const root = document.documentElement;

function giveUp(why) {
  if (root.dataset.state !== "loading") return;
  root.dataset.state = "error";
  document.getElementById("load-error").hidden = false;
  console.error("should-i-connect: " + why);
}

setTimeout(() => giveUp("no verdict after " + START_LIMIT_MS / 1000 + " s"), START_LIMIT_MS);
window.addEventListener("error", (event) => {
  const target = event.target;
  // A failed preload is left to PyScript: its fetch() or import() of the same file reuses the
  // failure and rejects (below), so each missing file is reported once, the same way, preloaded or not.
  const preload = target instanceof HTMLLinkElement && ["preload", "modulepreload"].includes(target.rel);
  if (target instanceof HTMLScriptElement || (target instanceof HTMLLinkElement && !preload)) {
    giveUp("could not load " + (target.src || target.href));
  }
}, true);
// PyScript reports a runtime or module that failed to download as an unhandled rejection. While
// the page is loading, that is the failure this watchdog reports, so it counts as handled here.
window.addEventListener("unhandledrejection", (event) => {
  // In a sandboxed frame (a WordPress embed) PyScript's core opens IndexedDB as it loads, for a
  // file system this page never uses, and is refused: expected there, and no failure.
  if (self.origin === "null" && event.reason && event.reason.name === "SecurityError") {
    event.preventDefault();
    return;
  }
  if (root.dataset.state !== "loading") return;
  giveUp("start-up failed: " + event.reason);
  event.preventDefault();
});
