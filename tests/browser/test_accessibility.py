"""WCAG 2.2 AA in real Chromium: axe-core on every stage, verdict and theme, and the flow by keyboard.

axe-core comes from node_modules (pinned in package.json). It is added as a script from the
page's own origin: an inline copy would be refused by the page's Content Security Policy.
The share panel, the embed dialog and embed mode are audited too.
"""

import pytest
from playwright.sync_api import expect

from actions import (
    copy_button,
    fill,
    local_date,
    note_text,
    reason_fields,
    verdict_of,
    wait_for_greeting,
)
from shouldconnect import presets

# WCAG 2.0, 2.1 and 2.2, A and AA; and axe's best practices (heading order, landmarks and the like).
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 720}  # Playwright's default viewport
# The form for each verdict; the note shows the interviewer's name once it is written.
VERDICTS = {
    "connect": dict(
        interviewer="Ana Ruiz", company="Initech", role="Designer", date=local_date(10), culture="open", presence="open"
    ),
    "wait": dict(
        interviewer="Sam Lee",
        company="Globex",
        role="Engineer",
        date=local_date(1),
        culture="formal",
        presence="private",
        note=False,
    ),
    "after": dict(
        interviewer="Kim Ito",
        company="Hooli",
        role="Analyst",
        date=local_date(-1),
        culture="unsure",
        presence="unknown",
    ),
}


def violations(page, preload=True, context="document"):
    """What axe-core finds on the page as it is now, one line per element: violations, and what it
    could not decide (such as the contrast of text it cannot see a background for).

    `preload=False` for a sandboxed frame: there axe cannot fetch the stylesheets it preloads and
    falls back to inline styles, which the page's policy (rightly) refuses. `context`: what axe
    judges, as a JavaScript expression (the whole document unless given)."""
    if not page.evaluate("'axe' in window"):
        # From the site's root, which a language's page is one folder below (its boot.js is there).
        root = page.evaluate("document.querySelector('script[src$=\"assets/boot.js\"]').src.slice(0, -14)")
        page.add_script_tag(url=root + "node_modules/axe-core/axe.min.js")
    results = page.evaluate(
        "([tags, preload]) => axe.run(%s, {runOnly: {type: 'tag', values: tags}, preload})" % context, [TAGS, preload]
    )
    return [
        "%s %s (%s): %s at %s" % (kind, rule["id"], rule["impact"], rule["help"], node["target"])
        for kind in ("violations", "incomplete")
        for rule in results[kind]
        for node in rule["nodes"]
    ]


# WCAG 1.4.11 (non-text contrast), which axe does not check: the edge of a field and the focus
# ring need 3:1 against the colours next to them.
CONTRASTS = """([selector, property, againstItself]) => {
  const channels = (color) => color.match(/[\\d.]+/g).map(Number);
  const luminance = (color) => {
    const [r, g, b] = channels(color).slice(0, 3).map((value) => {
      value /= 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (one, two) => {
    const [light, dark] = [luminance(one), luminance(two)].sort((a, b) => b - a);
    return (light + 0.05) / (dark + 0.05);
  };
  const opaque = (color) => channels(color)[3] !== 0;
  const behind = (element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const color = getComputedStyle(parent).backgroundColor;
      if (opaque(color)) return color;
    }
    return "rgb(255, 255, 255)";
  };
  return [...document.querySelectorAll(selector)].filter((element) => element.checkVisibility()).map((element) => {
    const style = getComputedStyle(element);
    const color = style.getPropertyValue(property);
    const own = againstItself && opaque(style.backgroundColor) ? [style.backgroundColor] : [];
    const next = [behind(element)].concat(own);
    return {element: element.id || element.tagName, ratio: Math.min(...next.map((other) => ratio(color, other)))};
  });
}"""


def low_contrast(page, selector, css_property, against_itself):
    """The visible elements whose `css_property` colour is under 3:1 against the background behind
    them and, if `against_itself`, their own."""
    found = page.evaluate(CONTRASTS, [selector, css_property, against_itself])
    assert found, "nothing matched " + selector
    return [item for item in found if item["ratio"] < 3]


def show(page, color_scheme="light", viewport=DESKTOP):
    page.emulate_media(color_scheme=color_scheme)
    page.set_viewport_size(viewport)


@pytest.fixture(scope="module")
def audited(open_app):
    """One page for the module. It is audited first while only the verdict is live (the note
    engine held back, "More about your situation" still closed), then let through to ready."""
    held = []
    page, watch = open_app(
        wait_for="interactive",
        permissions=["clipboard-read", "clipboard-write"],
        prepare=lambda context: context.route("**/pyodide.asm.wasm", lambda route: held.append(route)),
    )
    assert page.evaluate("document.documentElement.dataset.state") == "interactive"
    while_interactive = violations(page)
    page.context.unroute("**/pyodide.asm.wasm")
    for route in held:
        route.continue_()
    page.wait_for_selector("html[data-state=ready]", timeout=90_000)
    yield page, while_interactive
    watch.assert_clean(page)


@pytest.fixture(scope="module")
def app(audited):
    return audited[0]


def test_no_violations_while_only_the_verdict_is_live(audited):
    assert audited[1] == []


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
@pytest.mark.parametrize("verdict", list(VERDICTS))
def test_no_violations_for_each_verdict_in_both_themes(app, verdict, color_scheme):
    show(app, color_scheme)
    fill(app, **VERDICTS[verdict])  # also opens "More about your situation"
    assert verdict_of(app) == verdict
    wait_for_greeting(app, VERDICTS[verdict]["interviewer"])
    assert violations(app) == []


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_no_violations_with_warnings_showing_on_a_phone(app, color_scheme):
    show(app, color_scheme, PHONE)
    fill(app, **VERDICTS["connect"])
    wait_for_greeting(app, "Ana Ruiz")
    app.locator("#note-text").fill("x" * 250)  # over the limit: counter, warning and "Rewrite" show
    copy_button(app).click()  # first click only warns
    expect(app.locator("#note-warning")).to_be_visible()
    expect(app.get_by_role("button", name="Rewrite from my answers")).to_be_visible()
    # From the top: anything scrolled under the pinned verdict bar counts, for axe's target-size
    # rule, as a control that another covers.
    app.evaluate("window.scrollTo(0, 0)")
    assert violations(app) == []
    assert app.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    app.get_by_role("button", name="Rewrite from my answers").click()  # later tests need a written note


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_the_edges_of_fields_stand_out_in_both_themes(app, color_scheme):
    show(app, color_scheme)
    app.locator("#more").evaluate("details => { details.open = true; }")
    assert low_contrast(app, "input[type=text], input[type=date], textarea, select", "border-top-color", True) == []


def press_until_focused(page, key, selector, limit=80):
    """Press `key` until the focused element matches `selector`; fail if it never does."""
    for _ in range(limit):
        page.keyboard.press(key)
        if page.evaluate("selector => document.activeElement.matches(selector)", selector):
            return
    pytest.fail("%s never reached %s" % (key, selector))


def assert_focus_ring(page):
    """The focused element shows a ring at least 2 px wide that stands out from what is behind it."""
    ring = page.evaluate("""() => {
        const style = getComputedStyle(document.activeElement);
        return {style: style.outlineStyle, width: parseFloat(style.outlineWidth)};
    }""")
    assert ring["style"] != "none" and ring["width"] >= 2
    assert low_contrast(page, ":focus", "outline-color", False) == []  # the ring is outside, past a gap


@pytest.mark.only_browser("chromium")  # reads the clipboard or long tasks: Chromium only
def test_the_main_flow_works_from_the_keyboard_alone(app):
    show(app)
    press_until_focused(app, "Tab", "#interviewer")
    assert_focus_ring(app)
    app.keyboard.press("Control+A")
    app.keyboard.type("Noor Haddad")
    press_until_focused(app, "Tab", "input[name=culture]")
    for _ in range(3):  # the arrow keys move the choice round the group: at least once, to "formal"
        app.keyboard.press("ArrowDown")
        if app.locator("input[name=culture]:checked").get_attribute("value") == "formal":
            break
    assert app.locator("input[name=culture]:checked").get_attribute("value") == "formal"
    assert verdict_of(app) == "wait" and "culture" in reason_fields(app)
    wait_for_greeting(app, "Noor Haddad")
    press_until_focused(app, "Tab", "#premium")
    premium = app.locator("#premium").is_checked()
    app.keyboard.press("Space")
    assert app.locator("#premium").is_checked() != premium
    press_until_focused(app, "Tab", "#copy")
    assert_focus_ring(app)
    app.keyboard.press("Shift+Tab")  # and back, and forth again
    assert app.evaluate("document.activeElement.id") == "premium"
    app.keyboard.press("Tab")
    app.keyboard.press("Enter")
    expect(app.locator("#copy-status")).to_have_text("Copied.")
    assert app.evaluate("navigator.clipboard.readText()") == note_text(app)


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_no_violations_with_the_embed_dialog_open_and_escape_returns_focus(app, color_scheme):
    show(app, color_scheme, PHONE)
    opener = app.get_by_role("button", name="Embed on your site")
    opener.focus()
    app.keyboard.press("Enter")
    expect(app.get_by_role("dialog", name="Embed on your site")).to_be_visible()
    assert violations(app) == []
    app.keyboard.press("Escape")
    expect(app.get_by_role("dialog")).to_be_hidden()
    expect(opener).to_be_focused()


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_no_violations_in_the_embed_dialog_set_up_for_a_company_with_a_colour_refused(app, color_scheme):
    show(app, color_scheme, PHONE)
    app.get_by_role("button", name="Embed on your site").click()
    dialog = app.get_by_role("dialog", name="Embed on your site")
    if not app.locator("#employer-setup").evaluate("details => details.open"):
        dialog.get_by_text("Set it up for your company").click()
    dialog.get_by_label("Company name").fill("Northwind Labs")
    dialog.get_by_label("Your stance on candidates connecting with your interviewers").select_option("after")
    dialog.get_by_label("In your own words (optional)").fill("We welcome a hello once we have met.")
    try:
        dialog.get_by_label("Accent colour for the buttons (optional)").fill("#777777")
        expect(app.locator("#embed-accent-error")).to_be_visible()
        # The dialog scrolls, and axe cannot judge the contrast of what is scrolled out of view:
        # the whole page with the dialog at its top, then the refused colour's field and message.
        app.locator("#embed-title").scroll_into_view_if_needed()
        assert violations(app) == []
        app.locator("#embed-accent-error").scroll_into_view_if_needed()
        assert (
            violations(app, context="{include: [['#embed-accent'], ['#embed-accent-hint'], ['#embed-accent-error']]}")
            == []
        )
        assert app.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    finally:
        dialog.get_by_label("Accent colour for the buttons (optional)").fill("")
        app.keyboard.press("Escape")
    expect(dialog).to_be_hidden()


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_no_violations_in_an_employers_frame(open_app, color_scheme):
    query = presets.encode(
        {"company": "Northwind Labs", "stance": "decision", "line": "Talk soon.", "accent": "#ffd24a"}
    )
    page, watch = open_app(
        "?embed=1&" + query, wait_for="interactive", color_scheme=color_scheme, viewport={"width": 390, "height": 844}
    )
    expect(page.locator("#employer-word")).to_be_visible()
    assert violations(page) == []
    page.locator('input[name="culture"][value="open"]').check()
    expect(page.locator("#employer-differs")).to_be_visible()
    assert violations(page) == []
    watch.assert_clean(page)


@pytest.mark.parametrize("width", [320, 640])
@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_no_violations_in_embed_mode_compact_and_with_all_the_advice(open_app, color_scheme, width):
    # In an embed the writer waits for the reader: the verdict is what the frame shows first.
    page, watch = open_app(
        "?embed=1", wait_for="interactive", color_scheme=color_scheme, viewport={"width": width, "height": 700}
    )
    assert page.evaluate("document.documentElement.dataset.embed") == "yes"
    assert violations(page) == []
    page.get_by_role("button", name="Show all the advice").click()
    expect(page.get_by_role("heading", name="Best practices")).to_be_visible()
    page.evaluate("window.scrollTo(0, 0)")  # nothing under the pinned bar (see the phone test above)
    assert violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    watch.assert_clean(page)


def test_the_verdict_is_announced_once_per_verdict_not_on_every_key_press(app):
    fill(app, "", "Globex", "Engineer", local_date(10), culture="open", presence="open")
    assert verdict_of(app) == "connect"
    # Count every change a screen reader could announce from the live region.
    app.evaluate("""() => {
        window.__headlineChanges = 0;
        window.__headlineObserver = new MutationObserver((records) => { window.__headlineChanges += records.length; });
        window.__headlineObserver.observe(document.getElementById("verdict-headline"),
                                          {childList: true, characterData: true, subtree: true});
    }""")
    app.get_by_label("Interviewer's name").press_sequentially("Alexandra Smithson 2")  # 20 key presses
    assert verdict_of(app) == "connect"
    assert app.evaluate("window.__headlineChanges") == 0
    app.locator('input[name="culture"][value="formal"]').check()
    assert verdict_of(app) == "wait"
    assert app.evaluate("window.__headlineChanges") == 1
    app.evaluate("window.__headlineObserver.disconnect()")


def test_no_violations_while_loading(open_app):
    """Before Python starts, the static page alone (MicroPython held back) must already pass."""
    held = []
    page, watch = open_app(
        wait_for=None, prepare=lambda context: context.route("**/micropython.wasm", lambda route: held.append(route))
    )
    page.wait_for_load_state("load")
    assert page.evaluate("document.documentElement.dataset.state") == "loading"
    assert violations(page) == []
    page.context.unroute("**/micropython.wasm")
    for route in held:
        route.continue_()
    page.wait_for_selector("html[data-state=interactive]", timeout=30_000)
    watch.assert_clean(page)
