// A PyScript plugin that starts the main thread's Python, from bytecode, as soon as MicroPython
// is ready. For a MicroPython script, PyScript's own code first writes its `pyscript` package out
// as source (one 33 KB program) and then imports it, before the script's code; at 1x CPU that was
// 116 ms of the 147 ms from MicroPython ready to the first verdict. `make vendor` puts what the
// main thread runs into main-thread.romfs.gz (a [files] entry of pyscript.toml): the entry module
// (py/main_thread/page_main.py), the page glue, the package, and PyScript's own package, compiled from the
// text this PyScript writes. At PyScript's "ready" hook, which its plugin API runs before any
// Python, this mounts the image, leaves only it and MicroPython's frozen modules on the module
// path (each miss elsewhere throws a JavaScript error inside MicroPython's file system), and
// imports the entry module, whose start() then shows the first verdict. It hands back to PyScript
// once that verdict is painted; PyScript's code then runs for the page's empty <mpy-script>,
// importing its package from the image (docs/performance-log.md, "Ninth round").
import { hooks } from "./vendor/pyscript/core.js";

// tests/unit/test_main_thread_bytecode.py runs this text on the page's MicroPython under Node.
const MOUNT = `
import sys, vfs
with open("main-thread.romfs", "rb") as image:
    vfs.mount(vfs.VfsRom(image.read()), "/rom")
sys.path[:] = ["/rom", ".frozen"]
del sys, vfs, image
`;

// The next frame, or a tenth of a second where frames are paused (a hidden tab, an offscreen frame).
const painted = () =>
  new Promise((done) => {
    requestAnimationFrame(() => setTimeout(done));
    setTimeout(done, 100);
  });

// Lets the browser handle input (a tap, a key) before the rest of the start. scheduler.yield()
// resumes ahead of other tasks, so the verdict is not later for it; elsewhere, the next task.
const yieldToInput = () => globalThis.scheduler?.yield?.() ?? new Promise((done) => setTimeout(done));

// The page starts no PyScript worker (the message writer runs in a worker of our own,
// assets/writer.js). PyScript still joins the hooks it would run in its workers into source text
// with Function() as it defines each script type, on the main thread; its one built-in worker hook
// alone would make the page's policy need 'unsafe-eval' (docs/security.md). Without worker hooks
// it evaluates no string.
for (const workerHooks of Object.values(hooks.worker)) workerHooks.clear();

// [files] writes the image gzipped (tools/vendor.py: GitHub Pages sends it as it is); unzipped here,
// where MOUNT opens it, by the browser's DecompressionStream, many times quicker than MicroPython's
// own deflate module. A server that decodes it on the wire hands over the image itself. The same
// few lines as assets/writer.js's unzipped(): a module shared by both would cost the start a round trip.
async function unzipImage(FS) {
  const packed = FS.readFile("main-thread.romfs.gz");
  let image = packed;
  if (packed[0] === 0x1f && packed[1] === 0x8b) {
    const unzip = new DecompressionStream("gzip");
    const writer = unzip.writable.getWriter();
    writer.write(packed);
    writer.close();
    image = new Uint8Array(await new Response(unzip.readable).arrayBuffer());
  }
  FS.writeFile("main-thread.romfs", image);
  FS.unlink("main-thread.romfs.gz");
}

hooks.main.onReady.add(async (wrap, element) => {
  if (element.localName !== "mpy-script") return;
  await unzipImage(wrap.interpreter.FS);
  // Importing the glue and starting it were one task of 150 ms at 4x CPU: two, each about half.
  wrap.interpreter.runPython(MOUNT + "import page_main\n");
  await yieldToInput();
  wrap.interpreter.runPython("page_main.start()\n");
  await painted();
});
