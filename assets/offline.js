// Offline and installable: on the published site (`make site` marks <html data-service-worker>) a
// service worker keeps this version's files, so a second visit needs no network and the tool works
// offline. Not on `make serve`, where it would only hide a developer's edits, and not in a
// sandboxed frame (a WordPress embed), which has no storage for it.
const serviceWorker = document.documentElement.dataset.serviceWorker;
if (serviceWorker && "serviceWorker" in navigator && self.origin !== "null") {
  // A newer version, downloaded during an earlier visit, is waiting: if this is the only tab, it
  // takes over and this page reloads into it at once, whole (a reload keeps the tab's answers).
  // (A browser that refuses service workers here, such as a private window, rejects: no offline
  // copy, and no failure of the page, which boot.js would report for an unhandled rejection.)
  const noCopy = (error) => console.warn("should-i-connect: no offline copy this time: " + error);
  navigator.serviceWorker.getRegistration().then((registration) => {
    if (registration && registration.waiting && navigator.serviceWorker.controller) {
      navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
      registration.waiting.postMessage("take-over-if-alone");
    }
  }).catch(noCopy);
  // The worker copies every file of the site: on a first visit, registered at once, it would
  // download them all again beside the page, on a phone's network. Once the page has shown its note
  // (or can show no more) those files are in the HTTP cache, and the copy is taken from there.
  whenSettled(() => navigator.serviceWorker.register(serviceWorker).catch(noCopy));
}

// Run `then` once the page has shown its note, its writer has failed, or the page could not start.
function whenSettled(then) {
  const root = document.documentElement;
  const settled = () =>
    ["ready", "error"].includes(root.dataset.state) ||
    document.getElementById("messages")?.dataset.engine === "failed";
  if (settled()) return then();
  const watch = new MutationObserver(() => {
    if (!settled()) return;
    watch.disconnect();
    then();
  });
  watch.observe(root, { attributes: true, subtree: true, attributeFilter: ["data-state", "data-engine"] });
}
