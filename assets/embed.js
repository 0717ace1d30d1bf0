// Embed mode (?embed=1, or embed=1 in the link's fragment): decided before the page paints, so a
// blog's frame never flashes the site header and footer. In a frame, the page then reports its
// height whenever it changes: to assets/embed-host.js, and to WordPress's own wp-embed.js when
// WordPress framed it. WordPress adds "#?secret=…" to the frame's address and believes only
// messages that carry it: it is read here, before the page glue rewrites the address (which
// keeps it anyway). The height says nothing private, so any host may hear it.
(() => {
  const root = document.documentElement;
  // An opaque origin (sandbox="allow-scripts"): no storage, no popups; the page glue and the
  // stylesheet leave out what needs them.
  if (self.origin === "null") root.dataset.sandbox = "yes";
  const embedded = new URLSearchParams(location.search).get("embed") === "1"
    || /(^#|&)embed=1(&|$)/.test(location.hash);
  if (!embedded) return;
  root.dataset.embed = "yes";
  if (window.parent === window) return;
  const secret = (/(?:^#|&)\?secret=([A-Za-z0-9]+)(?:&|$)/.exec(location.hash) || [])[1];
  const post = (message) => window.parent.postMessage(message, "*");
  const reportHeight = () => {
    // wp-embed.js may say "ready" before this frame has parsed its body; DOMContentLoaded reports then.
    if (!document.body) return;
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    post({ type: "should-i-connect:height", height });
    if (secret) post({ message: "height", value: height, secret });
  };
  document.addEventListener("DOMContentLoaded", () => {
    new ResizeObserver(reportHeight).observe(document.body);
    reportHeight();
  });
  if (!secret) return;
  // wp-embed.js says "ready" once the host page has loaded; answer with the height then too.
  window.addEventListener("message", (event) => {
    const data = event.data;
    if (event.source === window.parent && data && data.message === "ready" && data.secret === secret) reportHeight();
  });
  // WordPress's sandbox opens no popups and may not navigate the host page, but wp-embed.js
  // follows a "link" message to an address on the tool's own host: the full tool, with the answers.
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element && event.target.closest("a[data-full-tool]");
    if (!link) return;
    event.preventDefault();
    post({ message: "link", value: link.href, secret });
  });
})();
