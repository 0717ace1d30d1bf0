"""The richer advice in the browser: optional inputs, flips, confidence, tones and messages."""

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
    wait_for_note_containing,
)
from shouldconnect import content


def choose_message(page, label):
    page.get_by_label(label).check()


def flips(page):
    return page.locator("#flips li").all_inner_texts()


def test_a_recruiter_can_be_connected_with_even_when_it_is_formal_and_soon(app):
    fill(app, "Ana Ruiz", "Initech", "Designer", local_date(1), culture="formal", presence="open")
    assert verdict_of(app) == "wait"
    app.get_by_label("Who is the interviewer?").select_option("recruiter")
    assert verdict_of(app) == "connect"
    assert "Recruiters connect with candidates" in app.locator("#reasons").inner_text()
    assert reason_fields(app)[0] == "interviewer_role"


def test_a_hiring_manager_is_best_left_until_after_a_decision(app):
    fill(
        app,
        "Ana Ruiz",
        "Initech",
        "Designer",
        local_date(10),
        culture="open",
        presence="open",
        interviewer_role="hiring_manager",
    )
    assert verdict_of(app) == "wait"
    assert reason_fields(app) == ["interviewer_role"]
    assert flips(app) == [content.NOTHING_FLIPS]  # the role was given as known: nothing to find out


def test_an_invitation_means_connect_whatever_else_holds(app):
    fill(
        app,
        "Ana Ruiz",
        "Initech",
        "Designer",
        local_date(1),
        culture="formal",
        presence="private",
        note=False,
        invited=True,
    )
    assert verdict_of(app) == "connect"
    assert reason_fields(app) == ["invited"]
    expect(app.locator("#confidence")).to_have_text("Clear: the signals point one way.")


def test_follow_first_suggests_following_now(app):
    fill(app, "Ana Ruiz", "Initech", "Designer", local_date(10), culture="open", presence="open", follow_first=True)
    assert verdict_of(app) == "wait"
    assert "Follow them now" in app.locator("#reasons").inner_text()


def change_line(key, verdict):
    return content.CHANGE_LINE.format(change=content.CHANGES[key], verdict=content.VERDICT_SHORT[verdict])


def test_what_would_change_this_comes_from_the_rules(app):
    fill(app, "Ana Ruiz", "Initech", "Designer", local_date(2), culture="open", presence="open")
    assert flips(app) == [change_line("interviewer_role:recruiter", "connect")]  # the date is known
    app.get_by_label("Interview date").fill(local_date(5))
    assert verdict_of(app) == "connect"
    assert flips(app)[0] == change_line("note:false", "wait")  # the candidate's own step first


def test_confidence_is_shown_in_words(app):
    fill(app, "Ana Ruiz", "Initech", "Designer", local_date(10), culture="open", presence="unknown")
    assert verdict_of(app) == "connect"
    expect(app.locator("#confidence")).to_contain_text("Leaning")
    app.locator('input[name="presence"][value="open"]').check()
    expect(app.locator("#confidence")).to_contain_text("Clear")


def test_waiting_warns_not_to_send_and_withdraw(app):
    fill(app, "Ana Ruiz", "Initech", "Designer", local_date(10), culture="formal", presence="open")
    expect(app.locator("#verdict-tip")).to_be_visible()
    expect(app.locator("#verdict-tip")).to_contain_text("three weeks")
    app.locator('input[name="culture"][value="open"]').check()
    expect(app.locator("#verdict-tip")).to_be_hidden()


def test_messages_follow_the_verdict_and_switch_without_losing_edits(app):
    fill(app, "Ana Ruiz", "Initech", "Designer", local_date(10), culture="open", presence="open", your_name="Kai")
    wait_for_note_containing(app, "ahead of our Designer interview")
    expect(app.get_by_label("Connection note, to send now")).to_be_checked()
    app.locator("#note-text").fill("My own note for Ana.")
    choose_message(app, "Thank-you email")
    wait_for_note_containing(app, "Subject: ")
    assert note_text(app).rstrip().endswith("Kai")
    expect(app.locator("#note-count")).to_contain_text("an email has no limit")
    expect(app.locator("#note-when")).to_contain_text("doesn't replace a thank-you email")
    choose_message(app, "Connection note, to send now")
    assert note_text(app) == "My own note for Ana."
    app.get_by_role("button", name="Rewrite from my answers").click()
    wait_for_note_containing(app, "ahead of our Designer interview")
    # When waiting, the before-the-interview note is not offered at all.
    app.locator('input[name="culture"][value="formal"]').check()
    expect(app.get_by_label("Connection note, to send now")).to_be_hidden()
    expect(app.get_by_label("Connection note with thanks, after the interview")).to_be_checked()


def test_tones_rewrite_the_note(app):
    fill(app, "Ana Ruiz", "Initech", "Designer", local_date(10), culture="open", presence="open")
    wait_for_greeting(app, "Ana Ruiz")
    app.get_by_label("Formal", exact=True).check()
    wait_for_greeting(app, "Ana Ruiz", "formal")  # no title typed: the full name
    app.get_by_label("Brief", exact=True).check()
    wait_for_greeting(app, "Ana Ruiz", "brief")  # the first name again, and the formal note gone
    assert len(note_text(app)) < 150
    app.get_by_label("Warm", exact=True).check()


def test_optional_details_show_in_the_note_only_when_given(app):
    fill(
        app,
        "Ana Ruiz",
        "Initech",
        "Designer",
        local_date(10),
        culture="open",
        presence="open",
        mutual="yes",
        mutual_name="Sam Lee",
        topic="design systems",
    )
    wait_for_note_containing(app, "Sam Lee")
    assert "design systems" in note_text(app)
    assert "mutual" in " ".join(reason_fields(app))
    app.get_by_label("Mutual contact's name").fill("")
    app.wait_for_function("() => !document.getElementById('note-text').value.includes('Sam Lee')")


@pytest.mark.only_browser("chromium")  # reads the clipboard or long tasks: Chromium only
def test_a_note_over_the_limit_needs_a_second_click_to_copy(app):
    fill(app, "Ana Ruiz", "Initech", "Designer", local_date(10), culture="open", presence="open")
    wait_for_greeting(app, "Ana Ruiz")
    long_note = "word " * 50
    app.locator("#note-text").fill(long_note)
    copy_button(app).click()
    expect(app.locator("#copy-status")).to_contain_text("over LinkedIn's limit")
    app.get_by_role("button", name="Copy anyway").click()
    expect(app.locator("#copy-status")).to_contain_text("Copied.")
    assert app.evaluate("navigator.clipboard.readText()") == long_note
    app.get_by_role("button", name="Rewrite from my answers").click()


def test_the_free_note_quota_is_explained_only_for_free_accounts(app):
    fill(app, "Ana Ruiz", "Initech", "Designer", local_date(10), culture="open", presence="open")
    expect(app.locator("#quota")).to_contain_text("only a few requests a month")
    app.get_by_label("I have LinkedIn Premium (300 characters)").check()
    expect(app.locator("#quota")).to_be_hidden()
    app.get_by_label("I have LinkedIn Premium (300 characters)").uncheck()
