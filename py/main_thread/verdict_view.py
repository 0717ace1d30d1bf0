"""The verdict on the page: the advice panel, and the compact bar that keeps it in view on a
phone. Both carry data-verdict; only the panel's heading is a live region, so a new verdict is
announced once."""

from dom import element, fill_list
from pyscript import document, window
from pyscript.ffi import create_proxy

from shouldconnect import content, verdict_words
from shouldconnect.i18n import _

SHOWN_FLIPS = 4


def show_verdict(decision, flips):
    box = element("verdict")
    headline = element("verdict-headline")
    verdict = decision["verdict"]
    # Rewrite the live heading only when the verdict changes, so a screen reader hears each new
    # verdict once rather than on every key press.
    if box.dataset.verdict != verdict or headline.textContent != decision["headline"]:
        box.dataset.verdict = verdict
        headline.textContent = decision["headline"]
        bar = element("verdict-bar")
        bar.dataset.verdict = verdict
        element("bar-verdict").textContent = (
            _(content.VERDICT_BAR_DECISION) if decision["until_decision"] else _(content.VERDICT_BAR[verdict])
        )
    confidence = element("confidence")
    confidence.dataset.level = decision["confidence"]["level"]
    confidence.textContent = decision["confidence"]["text"]
    reasons = decision["reasons"]
    fill_list("reasons", [reason["text"] for reason in reasons], [reason["field"] for reason in reasons])
    fill_list("flips", verdict_words.change_lines(flips, SHOWN_FLIPS))
    tip = element("verdict-tip")
    tip.textContent = _(content.WITHDRAW_WARNING)
    tip.hidden = verdict != "wait"
    mark_points("pros", decision["pros"])
    mark_points("cons", decision["cons"])


def mark_points(list_id, applying):
    """Mark (never hide) the pros or cons that fit the candidate's answers."""
    for item in element(list_id).querySelectorAll("li[data-id]"):
        applies = item.dataset.id in applying
        item.dataset.applies = "yes" if applies else "no"
        item.querySelector(".applies").hidden = not applies


def show_why(event=None):
    """ "See why" in the bar: bring the verdict's heading into view and move focus to it."""
    headline = element("verdict-headline")
    headline.scrollIntoView()
    headline.focus()


def show_all_advice(event=None):
    """The compact embed's "Show all the advice": everything it leaves out, opened in place (the
    frame's height follows)."""
    document.documentElement.dataset.advice = "all"
    button = element("all-advice")
    button.setAttribute("aria-expanded", "true")
    button.hidden = True
    element("reasons-title").focus()


def keep_focus_clear_of_the_bar():
    """Focus, "See why" and the browser's own scrolling stop just below the pinned bar, never
    under it: the page's scroll padding follows the bar's height (0 where it is not shown)."""
    bar = element("verdict-bar")

    def follow(entries, observer):
        document.documentElement.style.scrollPaddingTop = str(bar.offsetHeight) + "px"

    window.ResizeObserver.new(create_proxy(follow)).observe(bar)


def show_the_bar_when_the_verdict_is_away():
    """On a wide screen the advice sits beside the form; when a long form has scrolled it out of
    view, the bar appears at the top (style.css), so the verdict stays in sight there too."""
    bar = element("verdict-bar")

    def seen(entries, observer):
        for entry in entries:  # the newest last
            bar.dataset.away = "no" if entry.isIntersecting else "yes"

    window.IntersectionObserver.new(create_proxy(seen)).observe(element("verdict"))
