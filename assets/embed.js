// Embed mode (?embed=1, or embed=1 in the link's fragment): decided before the page paints,
// so a blog's frame never flashes the site header and footer. In a frame, the page then
// reports its height to the host page whenever it changes, for assets/embed-host.js.
// The height says nothing private, so any host may hear it; the host script checks the sender.
(() => {
  const embedded = new URLSearchParams(location.search).get("embed") === "1"
    || /(^#|&)embed=1(&|$)/.test(location.hash);
  if (!embedded) return;
  document.documentElement.dataset.embed = "yes";
  if (window.parent === window) return;
  const reportHeight = () => window.parent.postMessage(
    { type: "should-i-connect:height", height: document.documentElement.scrollHeight }, "*");
  document.addEventListener("DOMContentLoaded", () => {
    new ResizeObserver(reportHeight).observe(document.body);
    reportHeight();
  });
})();
