// Offline and installable: on the published site (`make site` marks <html data-service-worker>) a
// service worker keeps this version's files, so a second visit needs no network and the tool works
// offline. Not on `make serve`, where it would only hide a developer's edits, and not in a
// sandboxed frame (a WordPress embed), which has no storage for it.
const serviceWorker = document.documentElement.dataset.serviceWorker;
if (serviceWorker && "serviceWorker" in navigator && self.origin !== "null") {
  navigator.serviceWorker.register(serviceWorker).then((registration) => {
    // A newer version, downloaded during an earlier visit, is waiting: if this is the only tab,
    // it takes over and this page reloads into it, whole (a reload keeps the tab's answers).
    if (registration.waiting && navigator.serviceWorker.controller) {
      navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
      registration.waiting.postMessage("take-over-if-alone");
    }
  }).catch((error) => {
    console.warn("should-i-connect: no offline copy this time: " + error);
  });
}
