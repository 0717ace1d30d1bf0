"""The verdict on the page: the advice panel, and the compact bar that keeps it in view on a
phone. Both carry data-verdict; only the panel's heading is a live region, so a new verdict is
announced once. With a panel (panel.py) the heading sums everyone's verdicts up, and each person's
verdict has a block of its own, whose verdict carries data-verdict and data-person."""

from dom import element, fill_items, fill_list
from pyscript import document, window
from pyscript.ffi import create_proxy

from shouldconnect import content, verdict_words
from shouldconnect.i18n import _

SHOWN_FLIPS = 4
# What only one person's advice shows, and only a panel's.
ONE_PERSON = ("confidence", "reasons-title", "reasons", "flips-title", "flips")
PANEL_ONLY = ("panel-verdicts", "panel-advice-title", "panel-advice")


def show_verdict(decision, flips):
    """One interviewer's verdict, with its confidence, reasons and what would change it."""
    show_panel_mode(False)
    verdict = decision["verdict"]
    bar_text = _(content.VERDICT_BAR_DECISION) if decision["until_decision"] else _(content.VERDICT_BAR[verdict])
    show_headline(verdict, decision["headline"], bar_text)
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


def show_headline(verdict, headline, bar_text):
    """The verdict at the top of the advice and in the phone's bar."""
    box = element("verdict")
    heading = element("verdict-headline")
    # Rewrite the live heading only when the verdict changes, so a screen reader hears each new
    # verdict once rather than on every key press.
    if box.dataset.verdict != verdict or heading.textContent != headline:
        box.dataset.verdict = verdict
        heading.textContent = headline
        element("verdict-bar").dataset.verdict = verdict
        element("bar-verdict").textContent = bar_text


def show_panel_mode(panel):
    """A panel's advice is each person's, under the headline that sums it up; one person's is the
    page's usual confidence, reasons and "what would change this", and its verdict is person 1's
    (data-person), as a panel's first block is."""
    box = element("verdict")
    if panel:
        box.removeAttribute("data-person")
    else:
        box.dataset.person = "1"
        element("panel-verdicts").replaceChildren()
    for element_id in ONE_PERSON:
        element(element_id).hidden = panel
    for element_id in PANEL_ONLY:
        element(element_id).hidden = not panel


def show_panel(headline, people, advice):
    """A panel's advice: `headline` sums it up (verdict_words.panel_headline), each of `people`
    ({"number", "name", "words", "flips", "fresh"}: a person's verdict in words, what would change
    it, and whether those changed since last shown) gets a block of its own, and `advice` is what
    a panel adds (verdict_words.panel_advice). The top verdict's colour is everyone's verdict
    when they share one, else neutral ("mixed")."""
    show_panel_mode(True)
    verdicts = [person["words"]["verdict"] for person in people]
    together = verdicts[0] if verdicts.count(verdicts[0]) == len(verdicts) else "mixed"
    show_headline(together, headline, headline)
    holder = element("panel-verdicts")
    blocks = list(holder.querySelectorAll(".person-advice"))
    while len(blocks) > len(people):
        blocks.pop().remove()
    while len(blocks) < len(people):
        blocks.append(element("person-advice-template").content.firstElementChild.cloneNode(True))
        holder.append(blocks[-1])
    for block, person in zip(blocks, people):
        name = block.querySelector(".person-name")
        if name.textContent != person["name"]:
            name.textContent = person["name"]
        if person["fresh"]:
            show_person(block, person)
    tip = element("verdict-tip")
    tip.textContent = _(content.WITHDRAW_WARNING)
    tip.hidden = "wait" not in verdicts
    fill_list("panel-advice", advice)
    for points in ("pros", "cons"):
        mark_points(points, [point for person in people for point in person["words"][points]])


def show_person(block, person):
    """One panel person's block: their verdict (data-verdict, data-person), its confidence, its
    reasons and what would change it."""
    words = person["words"]
    verdict = block.querySelector(".person-verdict")
    verdict.dataset.verdict = words["verdict"]
    verdict.dataset.person = str(person["number"])
    verdict.textContent = words["headline"]
    confidence = block.querySelector(".confidence")
    confidence.dataset.level = words["confidence"]["level"]
    confidence.textContent = words["confidence"]["text"]
    reasons = words["reasons"]
    fill_items(
        block.querySelector(".reasons"), [reason["text"] for reason in reasons], [reason["field"] for reason in reasons]
    )
    fill_items(block.querySelector(".flips"), verdict_words.change_lines(person["flips"], SHOWN_FLIPS))


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
    reasons = element("reasons-title")
    (element("verdict-headline") if reasons.hidden else reasons).focus()  # a panel's: each person's


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
