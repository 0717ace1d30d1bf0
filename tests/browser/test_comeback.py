"""Coming back to the page: a reload brings back everything in the same tab (names and edited
messages too) and a new tab starts afresh; a link pasted into the open tab loads its answers;
the topics stay out of a link unless names are asked for."""

from playwright.sync_api import expect

from actions import fill, kept, local_date, note_text, verdict_of, wait_for_greeting
from shouldconnect import form, linkstate

EDIT = "Hi Zoë, my own words, edited by hand. 🚀"


def test_a_reload_brings_back_every_answer_names_and_edits_and_a_new_tab_starts_afresh(open_app):
    page, watch = open_app()
    fill(
        page, "Zoë Martínez-García", "Initech", "Designer", local_date(10), "open", "open",
        topic="her talk at Config 2025", your_name="Li Wei",
    )  # fmt: skip
    wait_for_greeting(page, "Zoë Martínez-García")
    page.locator("#note-text").fill(EDIT)
    kept(page)
    assert "iw=" not in page.url  # names are not in the address: the tab keeps them
    page.reload()
    expect(page.locator("html")).to_have_attribute("data-state", "ready", timeout=90_000)
    assert page.get_by_label("Interviewer's name").input_value() == "Zoë Martínez-García"
    assert page.get_by_label("A topic from their profile").input_value() == "her talk at Config 2025"
    assert page.get_by_label("Your name, for the email").input_value() == "Li Wei"
    assert verdict_of(page) == "connect"
    assert note_text(page) == EDIT
    expect(page.get_by_role("button", name="Rewrite from my answers")).to_be_visible()
    assert page.evaluate("localStorage.length") == 0  # "Remember" was never ticked
    expect(page.locator("#tab-hint")).to_be_visible()

    fresh = page.context.new_page()  # another tab: sessionStorage is the tab's own
    watch.attach_page(fresh)
    fresh.goto(page.url)
    expect(fresh.locator("html")).to_have_attribute("data-state", "ready", timeout=90_000)
    assert fresh.get_by_label("Interviewer's name").input_value() == ""
    assert fresh.locator('input[name="culture"]:checked').get_attribute("value") == "open"  # from the address
    fresh.close()
    watch.assert_clean(page)


def test_a_link_pasted_into_the_open_tab_loads_its_answers(app, site):
    fill(app, "Ana Ruiz", "Initech", "Designer", local_date(10), "open", "open")
    assert verdict_of(app) == "connect"
    shared = form.normalize({"culture": "formal", "presence": "private", "role": "Analyst", "date": local_date(5)})
    app.goto(site.url + "#" + linkstate.encode(shared, False))  # same page, a new fragment: no reload
    expect(app.locator("#verdict")).to_have_attribute("data-verdict", "wait")
    assert app.get_by_label("Job title").input_value() == "Analyst"
    assert app.locator('input[name="culture"]:checked').get_attribute("value") == "formal"
    app.get_by_label("Job title").fill("Senior Analyst")  # the next keystroke keeps the pasted answers
    kept(app)
    address = app.evaluate("location.hash")
    assert "c=formal" in address and "j=Senior" in address


def test_topics_stay_out_of_the_link_unless_names_and_topics_are_included(app):
    fill(app, "Ana Ruiz", "Initech", "Designer", local_date(10), "open", "open", topic="her talk at Config 2025")
    names = app.get_by_label("Include names and topics in the link")
    names.uncheck()
    kept(app)
    assert "tp=" not in app.locator("#share-url").input_value()
    assert "j=Designer" in app.locator("#share-url").input_value()
    names.check()
    kept(app)
    assert "tp=her" in app.locator("#share-url").input_value()
    names.uncheck()
