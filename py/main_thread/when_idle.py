"""Work that waits until the browser is idle: what a change feeds beyond the verdict and the
message (the address bar, the language links, the storage, the reminder).

On a phone each step of a key press's handler delays the frame that shows its verdict, and
anything that runs before the writer's answer is handled delays the message. These steps need
only the newest answers, so they run once the browser has nothing else to do (or within
IDLE_LIMIT_MS on a page that never rests), once however many changes came before. A page that is
left or hidden (a reload, a closed tab, a phone switching apps) runs them at once, so that what
was typed last is kept.
"""

from guard import guarded
from pyscript import document, window
from pyscript.ffi import create_proxy, to_js

IDLE_LIMIT_MS = 500


class WhenIdle:
    """Run `work` when the browser is idle, once for any number of requests before it."""

    def __init__(self, work):
        self.work = work
        self.pending = False
        self.run = guarded(lambda event: self.flush())
        if hasattr(window, "requestIdleCallback"):
            limit = to_js({"timeout": IDLE_LIMIT_MS})
            self.ask = lambda: window.requestIdleCallback(self.run, limit)
        else:  # Safari: after the next frame is painted (a frame's callback runs before it)
            after_frame = create_proxy(lambda timestamp: window.setTimeout(self.run, 0))
            self.ask = lambda: window.requestAnimationFrame(after_frame)
        window.addEventListener("pagehide", self.run)
        document.addEventListener("visibilitychange", self.run)

    def schedule(self):
        if not self.pending:
            self.pending = True
            self.ask()

    def flush(self):
        """Do the waiting work now, if any; whether there was."""
        if not self.pending:
            return False
        self.pending = False
        self.work()
        return True
