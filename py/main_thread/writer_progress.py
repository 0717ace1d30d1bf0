"""The message writer's progress while it downloads: the bar in the empty message box, its twin
under the verdict bar's Copy message, the live region that says it at each quarter of the way, and
how far Copy message says it is."""

from dom import element

from shouldconnect import content
from shouldconnect.i18n import _


class WriterProgress:
    def __init__(self):
        self.on_its_way = False  # the writer is downloading, and no message has come yet
        self.percent = None  # how far its downloads have come, while known
        self.quarters_said = 0  # how many quarters of the way the live region has said

    def moved(self, received, total):
        """How far the writer's downloads have come, in bytes (WriterClient tells it a few times a
        second; total 0 while not known): both bars follow it, while the live region says it only
        at each quarter of the way, so a screen reader is told calmly, not at every step."""
        self.on_its_way = True
        self.percent = min(100, received * 100 // total) if total else None
        bar = element("writer-bar")
        if self.percent is None:
            bar.removeAttribute("aria-valuenow")
            words = _(content.WRITER_GETTING_READY)
        else:
            bar.setAttribute("aria-valuenow", str(self.percent))
            words = _(content.WRITER_PROGRESS).format(percent=self.percent)
        for progress in (bar, element("bar-progress")):
            progress.dataset.known = "no" if self.percent is None else "yes"
            progress.firstElementChild.style.width = "" if self.percent is None else "%d%%" % self.percent
        element("writer-words").textContent = words
        quarters = (self.percent or 0) // 25
        if self.quarters_said < quarters < 4:  # at the fourth, the message itself comes
            self.quarters_said = quarters
            element("writer-said").textContent = words
        self.show()

    def ended(self):
        """The message has come, or the writer failed (which the panel says)."""
        self.on_its_way = False
        self.show()

    def show(self):
        """Both bars show while the writer is on its way and the box is empty (a message the
        candidate types there themselves covers the box's bar)."""
        showing = self.on_its_way and not element("note-text").value
        element("writer-progress").hidden = not showing
        element("bar-progress").hidden = not showing
        if not self.on_its_way:
            self.quarters_said = 0
            element("writer-said").textContent = ""

    def how_far(self):
        """What Copy message says while the message is on its way."""
        if self.percent is None:
            return _(content.STILL_ON_ITS_WAY_SOON)
        return _(content.STILL_ON_ITS_WAY).format(percent=self.percent)
