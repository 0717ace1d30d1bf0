"""Event handlers that fail softly: one failure is logged and shown in one short line, and the
next input works again (and clears that line)."""

import asyncio

from dom import element, log_error
from pyscript import window
from pyscript.ffi import create_proxy

from shouldconnect import content
from shouldconnect.i18n import _

# Test-only, ships disabled: nothing in the page, a link or the form ever sets this window
# property. A browser test sets it to make the next event handler raise, proving that a failure
# is caught, logged and shown, and that the next input works again.
FAIL_NEXT_EVENT = "shouldConnectFailNextEvent"


def fail_if_a_test_asks():
    """The test-only hook (FAIL_NEXT_EVENT): raise once, then forget the request."""
    if getattr(window, FAIL_NEXT_EVENT, False):
        setattr(window, FAIL_NEXT_EVENT, False)
        raise RuntimeError("failure injected by a test")


def guarded(handler):
    """Wrap an event handler so that a failure is logged and shown rather than lost."""

    def run(event=None):  # a timer's callback has no event
        status_line = element("copy-status")
        try:
            fail_if_a_test_asks()
            handler(event)
        except Exception as error:
            log_error("handler", error)
            status_line.textContent = _(content.HANDLER_FAILED)
            return
        if status_line.textContent == _(content.HANDLER_FAILED):
            status_line.textContent = ""

    return create_proxy(run)


def in_background(start_task):
    """An event handler that calls `start_task` in the event itself (so a copy can start while
    the click allows it) and awaits the coroutine it returns in a task (clipboard, share sheet).

    guarded() only sees what fails before the handler returns, so the task guards itself.
    """

    async def run(task):
        try:
            await task
        except Exception as error:
            log_error("task", error)
            element("copy-status").textContent = _(content.HANDLER_FAILED)

    return lambda event: asyncio.create_task(run(start_task()))


def listen(element_id, handler, event="click"):
    """Attach a guarded handler to one element."""
    element(element_id).addEventListener(event, guarded(handler))
