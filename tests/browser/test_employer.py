"""An employer's own embed: the dialog's snippet, with the company's presets, pasted into a careers
blog on another origin (a second local port)."""

import re

import pytest
from playwright.sync_api import expect

from actions import kept, local_date
from shouldconnect import linkstate, presets

HOST_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Northwind careers</title>
<link rel="icon" href="data:,"></head>
<body><h1>Interviewing at Northwind</h1>
%s
</body></html>
"""
LINE = "We read every note <b>after</b> we decide <img src=x onerror=alert(1)>"


def set_up_in_dialog(app, company="Northwind Labs", stance="decision", line=LINE, tone="formal", accent="#7a1fa2"):
    """What an employer does in "Embed on your site"; returns the snippet the dialog hands out."""
    app.get_by_role("button", name="Embed on your site").click()
    dialog = app.get_by_role("dialog", name="Embed on your site")
    if not app.locator("#employer-setup").evaluate("details => details.open"):
        dialog.get_by_text("Set it up for your company").click()
    dialog.get_by_label("Company name").fill(company)
    dialog.get_by_label("Your stance on candidates connecting with your interviewers").select_option(stance)
    dialog.get_by_label("In your own words (optional)").fill(line)
    dialog.get_by_label("Default tone of the messages").select_option(tone)
    dialog.get_by_label("Accent colour for the buttons (optional)").fill(accent)
    return dialog


@pytest.fixture(scope="module")
def snippet(app):
    dialog = set_up_in_dialog(app)
    expect(app.locator("#embed-code")).to_have_value(re.compile("es=decision"))
    code = app.locator("#embed-code").input_value()
    dialog.get_by_role("button", name="Close").click()
    return code


@pytest.fixture(scope="module")
def blog(open_app, snippet, serve_folder, tmp_path_factory):
    folder = tmp_path_factory.mktemp("northwind")
    (folder / "index.html").write_text(HOST_PAGE % snippet)
    page, watch = open_app(site_url=serve_folder(folder).url, wait_for=None, viewport={"width": 1024, "height": 900})
    frame = page.frame_locator("iframe")
    expect(frame.locator("html")).to_have_attribute("data-state", "interactive", timeout=90_000)
    yield page, frame
    watch.assert_clean(page)


def test_the_snippet_opens_with_the_company_and_its_stance_set(blog):
    _, frame = blog
    expect(frame.get_by_label("Company", exact=True)).to_have_value("Northwind Labs")
    expect(frame.locator('input[name="culture"][value="formal"]')).to_be_checked()
    expect(frame.locator('input[name="tone"][value="formal"]')).to_be_checked()
    expect(frame.locator("#employer-says")).to_have_text(
        "Northwind Labs says: please don't connect with its interviewers until it has made its decision."
    )
    expect(frame.locator("#employer-line-label")).to_have_text("In the words of Northwind Labs:")


def test_the_employers_line_is_text_and_its_markup_stays_text(blog):
    _, frame = blog
    expect(frame.locator("#employer-line")).to_have_text(LINE)
    assert frame.locator("#employer-word img, #employer-word b").count() == 0


def test_the_verdict_follows_the_stance_and_cites_it(blog):
    _, frame = blog
    frame.get_by_label("Interview date").fill(local_date(10))
    expect(frame.locator("#verdict")).to_have_attribute("data-verdict", "wait")
    expect(frame.locator("#verdict-headline")).to_have_text("Wait, and connect after the hiring decision")
    expect(frame.locator("#reasons li").first).to_contain_text("Northwind Labs asks candidates not to connect")
    expect(frame.locator("#reasons li").first).to_have_attribute("data-field", "culture")


def test_the_accent_colours_the_buttons_with_readable_text(blog):
    _, frame = blog
    copy = frame.locator("#messages").get_by_role("button", name="Copy message")
    expect(copy).to_have_css("background-color", "rgb(122, 31, 162)")
    expect(copy).to_have_css("color", "rgb(255, 255, 255)")


def test_open_the_full_tool_keeps_the_presets_and_the_answers(blog, site):
    page, frame = blog
    kept(frame)
    href = frame.get_by_role("link", name="Open the full tool").get_attribute("href")
    assert href.startswith(site.url + "?") and "embed" not in href
    assert presets.decode(href[href.index("?") : href.index("#")])["values"]["company"] == "Northwind Labs"
    with page.context.expect_page() as opened:
        frame.get_by_role("link", name="Open the full tool").click()
    full = opened.value
    full.wait_for_selector("html[data-state=interactive]", timeout=90_000)
    expect(full.locator("#employer-says")).to_contain_text("Northwind Labs says")
    expect(full.locator("#verdict-headline")).to_have_text("Wait, and connect after the hiring decision")
    expect(full.get_by_label("Interview date")).to_have_value(local_date(10))
    # Its share link carries them too.
    kept(full)
    assert "es=decision" in full.locator("#share-url").input_value()
    full.close()


def test_the_readers_own_answer_wins_and_the_page_says_it_differs(blog):
    _, frame = blog
    frame.locator('input[name="culture"][value="open"]').check()
    frame.locator('input[name="presence"][value="open"]').check()
    expect(frame.locator("#verdict")).to_have_attribute("data-verdict", "connect")
    expect(frame.locator("#employer-differs")).to_have_text(
        "Your answer differs from what Northwind Labs said: the advice follows your answer."
    )
    expect(frame.locator("#reasons")).not_to_contain_text("Northwind Labs")
    frame.locator('input[name="culture"][value="formal"]').check()
    expect(frame.locator("#employer-differs")).to_be_hidden()
    expect(frame.locator("#verdict")).to_have_attribute("data-verdict", "wait")


def test_a_bad_colour_is_refused_saying_why_and_nothing_typed_is_lost(app):
    dialog = set_up_in_dialog(app, accent="#777777")
    accent = dialog.get_by_label("Accent colour for the buttons (optional)")
    error = app.locator("#embed-accent-error")
    expect(error).to_contain_text("contrast of only 4.4:1")
    expect(accent).to_have_attribute("aria-invalid", "true")
    assert "embed-accent-error" in accent.get_attribute("aria-describedby")
    expect(accent).to_have_value("#777777")
    expect(dialog.get_by_label("Company name")).to_have_value("Northwind Labs")
    assert "ea=" not in app.locator("#embed-code").input_value()
    accent.fill("#7a1fa")
    expect(error).to_contain_text("six hexadecimal digits")
    accent.fill("#0b5cad")
    expect(error).to_be_hidden()
    expect(app.locator("#embed-code")).to_have_value(re.compile("ea=0b5cad"))
    dialog.get_by_role("button", name="Close").click()


def test_the_dialog_previews_the_frame_itself(app):
    dialog = set_up_in_dialog(app, stance="before", line="Say hello!", accent="")
    dialog.get_by_role("button", name="Preview the frame").click()
    preview = app.frame_locator("#embed-preview")
    expect(preview.locator("#employer-says")).to_contain_text(
        "Northwind Labs says: candidates are welcome", timeout=90_000
    )
    expect(preview.locator('input[name="culture"][value="open"]')).to_be_checked()
    dialog.get_by_role("button", name="Close").click()


def test_damaged_presets_cost_only_themselves_with_a_notice(open_app, site):
    query = presets.encode({"company": "Northwind Labs", "stance": "after", "tone": "brief"})
    query = query.replace("es=after", "es=sideways") + "&ea=zzzzzz"
    page, watch = open_app(path="?embed=1&" + query, wait_for="interactive")
    expect(page.locator("#link-notice")).to_contain_text("the company's stance and the accent colour")
    expect(page.get_by_label("Company", exact=True)).to_have_value("Northwind Labs")
    expect(page.locator('input[name="tone"][value="brief"]')).to_be_checked()
    expect(page.locator('input[name="culture"][value="unsure"]')).to_be_checked()
    expect(page.locator("#employer-word")).to_be_hidden()
    watch.assert_clean(page)


def test_a_reload_keeps_the_presets_and_a_link_keeps_not_sure(open_app, site):
    query = presets.encode({"company": "Contoso", "stance": "before"})
    page, watch = open_app(path="?" + query, wait_for="interactive")
    expect(page.locator('input[name="culture"][value="open"]')).to_be_checked()
    page.locator('input[name="culture"][value="unsure"]').check()
    expect(page.locator("#employer-differs")).to_be_visible()
    kept(page)
    fragment = page.evaluate("location.hash")
    start = presets.starting_answers(presets.decode("?" + query)["values"])
    assert linkstate.decode(fragment, start)["values"]["culture"] == "unsure"
    page.reload()
    page.wait_for_selector("html[data-state=interactive]", timeout=90_000)
    expect(page.locator('input[name="culture"][value="unsure"]')).to_be_checked()
    expect(page.locator("#employer-says")).to_contain_text("Contoso says")
    watch.assert_clean(page)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_phone_sized_frame_shows_the_employers_word_and_readable_buttons(open_app, site, scheme):
    query = presets.encode({"company": "Northwind Labs", "stance": "after", "line": LINE, "accent": "#ffd24a"})
    page, watch = open_app(
        path="?embed=1&" + query, wait_for="interactive", viewport={"width": 390, "height": 844}, color_scheme=scheme
    )
    expect(page.locator("#employer-line")).to_be_visible()
    assert page.locator("html").evaluate("root => root.scrollWidth <= root.clientWidth")
    copy = page.locator("#messages").get_by_role("button", name="Copy message")
    expect(copy).to_have_css("background-color", "rgb(255, 210, 74)")
    expect(copy).to_have_css("color", "rgb(11, 19, 32)")
    watch.assert_clean(page)
