"""Share links in the browser: the address follows the form, links restore it, bad links don't break it."""

import pytest
from playwright.sync_api import expect

from actions import fill, kept, local_date, note_text, verdict_of, wait_for_greeting, wait_for_note_containing
from shouldconnect import content, fields, linkstate

PERMISSIONS = ["clipboard-read", "clipboard-write"]


def copied_link(page):
    kept(page)  # the link follows the answers when the page is idle
    # Both emptied first (the shared page may hold an earlier copy's): the page writes the status
    # line once the clipboard holds the link.
    page.evaluate("navigator.clipboard.writeText('')")
    page.locator("#share-status").evaluate("(status) => { status.textContent = ''; }")
    page.get_by_role("button", name="Copy link").click()
    expect(page.locator("#share-status")).to_contain_text("Link copied")
    link = page.evaluate("navigator.clipboard.readText()")
    assert link == page.locator("#share-url").input_value()
    return link


def test_the_address_follows_the_form_without_adding_history(app):
    start_length = app.evaluate("history.length")
    fill(app, "Ana Ruiz", "Initech", "Designer", local_date(10), culture="open", presence="open")
    kept(app)
    assert "c=open" in app.url and "p=open" in app.url
    assert app.evaluate("history.length") == start_length
    assert app.locator("#share-url").input_value() == app.url


@pytest.mark.only_browser("chromium")  # reads the clipboard or long tasks: Chromium only
def test_a_link_without_names_restores_the_advice_but_not_the_names(app, open_app):
    fill(
        app,
        "Ana Ruiz",
        "Initech",
        "Designer",
        local_date(10),
        culture="open",
        presence="open",
        interviewer_role="recruiter",
        topic="design systems",
    )
    app.get_by_label("Include names and topics in the link").uncheck()
    link = copied_link(app)
    expect(app.locator("#share-status")).to_have_text("Link copied, without names.")
    assert "Ana" not in link and "Initech" not in link
    friend, watch = open_app(link.split("/should-i-connect/", 1)[1])
    assert verdict_of(friend) == "connect"
    assert friend.get_by_label("Job title").input_value() == "Designer"
    assert friend.get_by_label("Interviewer's name").input_value() == ""
    assert friend.get_by_label("Who is the interviewer?").input_value() == "recruiter"
    wait_for_note_containing(friend, "[Interviewer's name]")
    watch.assert_clean(friend)


@pytest.mark.only_browser("chromium")  # reads the clipboard or long tasks: Chromium only
def test_a_link_with_names_shows_the_same_verdict_and_note(app, open_app):
    fill(app, "Zoë 😀 Ng", "R&D <Labs>", "Analyst", local_date(-1), culture="formal", presence="private")
    app.get_by_label("Include names and topics in the link").check()
    wait_for_greeting(app, "Zoë 😀 Ng")
    link = copied_link(app)
    friend, watch = open_app(link.split("/should-i-connect/", 1)[1])
    assert verdict_of(friend) == "after"
    assert friend.get_by_label("Company", exact=True).input_value() == "R&D <Labs>"
    expect(friend.get_by_label("Include names and topics in the link")).to_be_checked()
    wait_for_greeting(friend, "Zoë 😀 Ng")
    assert note_text(friend) == note_text(app)
    watch.assert_clean(friend)
    app.get_by_label("Include names and topics in the link").uncheck()


def test_a_damaged_link_keeps_every_valid_answer_and_names_what_it_dropped(open_app):
    page, watch = open_app("#v=1&c=sideways&p=open&d=2026-12-0&j=Designer", wait_for="interactive")
    notice = page.locator("#link-notice")
    answers = linkstate.decode("#v=1&c=sideways&p=open&d=2026-12-0&j=Designer")
    expect(notice).to_have_text(" ".join(linkstate.notices(answers)))
    expect(notice).to_contain_text(fields.BY_NAME["culture"]["named"])
    expect(notice).to_contain_text(fields.BY_NAME["date"]["named"])
    assert page.locator('input[name="presence"]:checked').get_attribute("value") == "open"
    assert page.get_by_label("Job title").input_value() == "Designer"
    page.get_by_label("Interviewer's name").fill("Ana")
    expect(notice).to_be_visible()  # said once, not repeated or flickering
    kept(page)
    assert "c=sideways" not in page.url and "p=open" in page.url  # rewritten, with the notice saying why
    watch.assert_clean(page)


def test_a_link_from_a_newer_version_opens_with_what_this_version_knows(open_app):
    page, watch = open_app("#v=99&c=open&p=open&zz=1", wait_for="interactive")
    expect(page.locator("#link-notice")).to_have_text(content.LINK_NOTICES["future"])
    assert page.locator('input[name="culture"]:checked').get_attribute("value") == "open"
    watch.assert_clean(page)


def test_an_unknown_key_is_ignored_with_a_note(open_app):
    page, watch = open_app("#v=1&p=open&zz=1", wait_for="interactive")
    expect(page.locator("#link-notice")).to_have_text(content.LINK_UNKNOWN)
    assert page.locator('input[name="presence"]:checked').get_attribute("value") == "open"
    watch.assert_clean(page)
