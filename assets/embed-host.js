// For a page that embeds Should I Connect?: each frame of the tool reports its height
// ("should-i-connect:height" messages) and this script sets the frame to it, so readers
// never scroll inside the frame. Only messages from the origin this script came from,
// sent by one of this page's own frames, are believed.
(() => {
  const toolOrigin = new URL(document.currentScript.src).origin;
  const SMALLEST = 200;
  const TALLEST = 20000;

  window.addEventListener("message", (event) => {
    const data = event.data;
    if (event.origin !== toolOrigin || !data || data.type !== "should-i-connect:height") return;
    if (!Number.isFinite(data.height)) return;
    for (const frame of document.querySelectorAll("iframe")) {
      if (frame.contentWindow === event.source) {
        frame.style.height = Math.min(Math.max(Math.ceil(data.height), SMALLEST), TALLEST) + "px";
      }
    }
  });
})();
