// A PyScript plugin: mount the main thread's bytecode before any Python runs.
// Before our entry script, PyScript writes its own `pyscript` package out as source and imports
// it, compiling it at every start. `make vendor` compiles that package, from the text this
// PyScript writes, into main-thread.romfs with the page glue (a [files] entry of pyscript.toml).
// Mounted here, at PyScript's "ready" hook, the image is where `import pyscript` looks first, and
// MicroPython imports its bytecode in place. The module path is then the image and MicroPython's
// frozen modules only: the current folder and /lib hold nothing the page imports, and each miss
// there throws a JavaScript error inside MicroPython's file system. Together, 0.14 s sooner to the
// first verdict at 4x CPU (docs/benchmarks.md, "Ninth round").
import { hooks } from "./vendor/pyscript/core.js";

// tests/unit/test_main_thread_bytecode.py runs this text on the page's MicroPython under Node.
const MOUNT = `
import sys, vfs
with open("main-thread.romfs", "rb") as image:
    vfs.mount(vfs.VfsRom(image.read()), "/rom")
sys.path[:] = ["/rom", ".frozen"]
del sys, vfs, image
`;

hooks.main.onReady.add((wrap, element) => {
  if (element.localName === "mpy-script") wrap.interpreter.runPython(MOUNT);
});
