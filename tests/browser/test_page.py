"""The page as a candidate uses it, in real Chromium, served under a sub-path."""

import pytest
from playwright.sync_api import expect

from actions import (
    applying,
    copy_button,
    fill,
    local_date,
    note_text,
    reason_fields,
    state_writes,
    verdict_of,
    wait_for_greeting,
    wait_for_next_note,
    wait_for_note_containing,
)
from shouldconnect import dates
from shouldconnect.languages import LANGUAGES
from tools import pages
from tools.paths import ROOT

# --- the shared page: stages, scenarios, note tools ---------------------------------


def test_stages_go_loading_interactive_ready(app):
    states = app.evaluate("window.__states")
    assert states[-1] == "ready"
    assert states.index("interactive") < states.index("ready")


def test_the_message_writer_is_set_up_only_once_the_first_verdict_shows(app):
    # Setting the writer up takes the main thread a moment: before the verdict, it would delay the
    # verdict. Its first step is to import the module that starts it (the page's prefetch of it is
    # a "link" entry; the import is not).
    verdict_shown = app.evaluate("window.__stateTimes.interactive")
    writer_script_asked = app.evaluate(
        """performance.getEntriesByType('resource')
          .find((entry) => entry.name.endsWith('/start-writer.js') && entry.initiatorType !== 'link').startTime"""
    )
    assert writer_script_asked > verdict_shown


def test_defaults_give_a_verdict_with_reasons_before_anything_is_typed(app):
    assert verdict_of(app) == "wait"
    assert app.locator("#verdict-headline").inner_text() == "Wait, and connect after the interview"
    assert set(reason_fields(app)) == {"culture", "date"}
    # Empty fields show as placeholders the candidate can't miss.
    assert "[Interviewer's name]" in note_text(app)
    assert app.locator("#note-warning").is_visible()
    assert "[Interviewer's name]" in app.locator("#note-warning").inner_text()


def test_open_culture_with_time_to_spare_says_connect_and_writes_a_before_note(app):
    date = local_date(10)
    fill(app, "María O'Neil", "Acme & Co", "Data Analyst", date, culture="open", presence="open")
    assert verdict_of(app) == "connect"
    assert app.locator("#verdict-headline").inner_text() == "Connect now, with a personalized note"
    assert set(reason_fields(app)) == {"culture", "note", "presence", "date"}
    assert set(applying(app, "pros")) == {"interest", "research", "visibility", "network"}
    assert applying(app, "cons") == []
    wait_for_greeting(app, "María O'Neil")
    note = note_text(app)
    assert "Acme & Co" in note and "Data Analyst" in note
    assert "on " + dates.date_in_words(date, local_date(0)) in note
    assert not app.locator("#note-warning").is_visible()


def test_a_formal_company_means_wait_even_with_time_to_spare(app):
    fill(app, "Sam Lee", "Globex", "Engineer", local_date(10), culture="formal", presence="open")
    assert verdict_of(app) == "wait"
    assert reason_fields(app) == ["culture"]
    assert "formal" in app.locator("#reasons").inner_text()
    assert set(applying(app, "cons")) == {"forward", "advantage"}


def test_two_days_away_is_too_soon_but_three_is_enough(app):
    fill(app, "Sam Lee", "Globex", "Engineer", local_date(2), culture="open", presence="open")
    assert verdict_of(app) == "wait"
    assert reason_fields(app) == ["date"]
    assert applying(app, "cons") == ["timing"]
    app.get_by_label("Interview date").fill(local_date(3))
    assert verdict_of(app) == "connect"


def test_a_private_interviewer_comes_first_among_the_reasons(app):
    fill(app, "Sam Lee", "Globex", "Engineer", local_date(1), culture="unsure", presence="private", note=False)
    assert verdict_of(app) == "wait"
    assert reason_fields(app) == ["presence", "culture", "note", "date"]


def test_yesterday_means_connect_now_with_a_thank_you(app):
    fill(app, "Ana Ruiz", "Initech", "Designer", local_date(-1), culture="formal", presence="private")
    assert verdict_of(app) == "after"
    assert app.locator("#verdict-headline").inner_text() == "The interview is over: connect now with a thank-you"
    wait_for_greeting(app, "Ana Ruiz")
    note = note_text(app)
    assert "yesterday" in note and "thank you" in note.lower()


def test_counter_follows_the_note_and_premium_raises_the_limit(app):
    fill(app, "Ana Ruiz", "Initech", "Designer", local_date(10), culture="open", presence="open")
    wait_for_greeting(app, "Ana Ruiz")
    box = app.locator("#note-text")
    box.fill("é😀" + "x" * 247)  # 250 characters: an accent counts one, an emoji two
    assert app.locator("#note-count").inner_text() == "250 / 200 characters"
    assert "50 characters over" in app.locator("#note-warning").inner_text()
    app.get_by_label("I have LinkedIn Premium (300 characters)").check()
    assert app.locator("#note-count").inner_text() == "250 / 300 characters"
    assert not app.locator("#note-warning").is_visible()
    app.get_by_label("I have LinkedIn Premium (300 characters)").uncheck()


def test_typing_a_name_leaves_the_advice_as_it_was(app):
    # The rules read no typed text (rules.INPUTS), so a name typed key by key rewrites nothing in
    # the advice: a screen reader's place among the reasons stays put. An answer they read does.
    fill(app, "", "Initech", "Designer", local_date(10), culture="open", presence="open")
    app.evaluate("document.querySelector('#reasons li').dataset.seen = 'yes'")
    writes = state_writes(app)
    app.get_by_label("Interviewer's name").press_sequentially("Ana")
    wait_for_next_note(app, writes)
    expect(app.locator("#reasons li").first).to_have_attribute("data-seen", "yes")
    app.locator('input[name="presence"][value="private"]').check()
    expect(app.locator("#reasons li[data-seen]")).to_have_count(0)


def test_edits_to_the_note_survive_form_changes_until_rewritten(app):
    fill(app, "Ana Ruiz", "Initech", "Designer", local_date(10), culture="open", presence="open")
    app.locator("#note-text").fill("My own words for Ana.")
    writes = state_writes(app)
    app.get_by_label("Job title").fill("Lead Designer")
    assert verdict_of(app) == "connect"
    wait_for_next_note(app, writes)  # the writer's note for the new title has come, and is not shown
    assert note_text(app) == "My own words for Ana."
    app.get_by_role("button", name="Rewrite from my answers").click()
    wait_for_note_containing(app, "Lead Designer")
    assert not app.get_by_role("button", name="Rewrite from my answers").is_visible()


@pytest.mark.only_browser("chromium")  # reads the clipboard or long tasks: Chromium only
def test_copy_puts_the_exact_note_on_the_clipboard_and_says_so(app):
    fill(app, "Zoë Ng 😀", "Umbrella", "Analyst", local_date(10), culture="open", presence="open")
    wait_for_greeting(app, "Zoë Ng 😀")
    copy_button(app).click()
    expect(app.locator("#copy-status")).to_have_text("Copied.")
    assert app.evaluate("navigator.clipboard.readText()") == note_text(app)


def test_copy_warns_while_placeholders_remain(app):
    fill(app, "", "Umbrella", "Analyst", local_date(10), culture="open", presence="open")
    wait_for_note_containing(app, "[Interviewer's name]")
    copy_button(app).click()
    expect(app.locator("#copy-status")).to_contain_text("Copied.")
    expect(app.locator("#copy-status")).to_contain_text("[Interviewer's name]")


def test_markup_typed_into_a_field_stays_text_and_never_runs(app):
    attack = '<img src=x onerror="window.__pwned=1">'
    fill(app, "Ana Ruiz", "<b>Evil</b>", attack, local_date(10), culture="open", presence="open")
    wait_for_note_containing(app, attack)
    assert "<b>Evil</b>" in note_text(app)
    assert app.locator("img").count() == 0 and app.locator("b").count() == 0
    assert app.evaluate("window.__pwned") is None


def test_no_request_leaves_the_page_origin(loaded, site):
    _, watch = loaded
    assert any(url.endswith("pyodide.asm.wasm") for url in watch.requests), "worker requests are watched too"
    assert watch.foreign_requests() == []
    assert all(url.startswith((site.url, "blob:" + site.url[: -len("should-i-connect/")])) for url in watch.requests)


@pytest.mark.only_browser("chromium")  # reads the clipboard or long tasks: Chromium only
def test_no_main_thread_task_over_a_second_after_first_paint(app):
    first_paint = app.evaluate("performance.getEntriesByName('first-contentful-paint')[0].startTime")
    long_after_paint = [task for task in app.evaluate("window.__longTasks") if task["start"] >= first_paint]
    assert max((task["duration"] for task in long_after_paint), default=0) < 1000


def test_the_main_threads_python_comes_once_from_its_preload(app, site):
    # PyScript's own fetch() must reuse each <link rel="preload">, or a phone downloads it twice.
    main_thread_python = sorted(
        site.url + source.removeprefix("./") for source in pages.main_thread_config(LANGUAGES[0])["files"]
    )
    fetched = app.evaluate("performance.getEntriesByType('resource').map((entry) => [entry.name, entry.initiatorType])")
    assert sorted(name for name, _ in fetched if name in main_thread_python) == main_thread_python
    assert {initiator for name, initiator in fetched if name in main_thread_python} == {"link"}


def test_the_page_fetches_every_vendored_file_and_only_its_own_catalog(loaded, site):
    fetched = loaded[1].requests
    catalogs = {site.url + "assets/vendor/locale/%s.json" % language["code"] for language in LANGUAGES}
    vendored = {
        site.url + path.relative_to(ROOT).as_posix()
        for path in (ROOT / "assets" / "vendor").rglob("*")
        if path.is_file()
    }
    assert vendored - catalogs <= set(fetched), "vendored but never fetched: copy only what the page needs"
    assert catalogs & set(fetched) == {site.url + "assets/vendor/locale/en.json"}


# --- pages of their own ----------------------------------------------------------


def test_static_advice_is_there_without_any_script(open_app):
    page, watch = open_app(wait_for=None, java_script_enabled=False)
    page.wait_for_load_state("domcontentloaded")
    assert page.get_by_role("heading", level=1).is_visible()
    for label in (
        "Interviewer's name",
        "Company",
        "Job title",
        "Interview date",
        "Collaborative and open",
        "Private or reserved",
        "I'll include a personalized note",
    ):
        assert page.get_by_label(label, exact=True).is_visible()
    assert page.locator("#pros li").count() == 4
    assert page.locator("#cons li").count() == 4
    assert "even if you don't connect" in page.locator("#practices").inner_text()
    watch.assert_clean(page)


def test_the_verdict_follows_typing_before_the_note_engine_is_ready(open_app):
    held = []
    page, watch = open_app(
        wait_for=None, prepare=lambda context: context.route("**/pyodide.asm.wasm", lambda route: held.append(route))
    )
    page.wait_for_selector("html[data-state=interactive]", timeout=30_000)
    fill(page, "Kim", "Hooli", "PM", local_date(10), culture="open", presence="open")
    assert verdict_of(page) == "connect"
    page.locator('input[name="culture"][value="formal"]').check()
    assert verdict_of(page) == "wait"
    assert page.evaluate("document.documentElement.dataset.state") == "interactive"
    assert note_text(page) == ""
    page.context.unroute("**/pyodide.asm.wasm")
    for route in held:  # now let Pyodide through
        route.continue_()
    page.wait_for_selector("html[data-state=ready]", timeout=90_000)
    assert "Kim" in note_text(page)
    watch.assert_clean(page)


# MicroPython's module, its WebAssembly, and the image of the glue it runs: each fails the start differently.
@pytest.mark.parametrize("missing", ["micropython.mjs", "micropython.wasm", "main-thread.romfs.gz"])
def test_a_runtime_that_cannot_load_gives_a_clear_message_and_keeps_the_advice(open_app, missing):
    page, watch = open_app(
        wait_for="error", prepare=lambda context: context.route("**/" + missing, lambda route: route.abort())
    )
    expect(page.get_by_role("alert")).to_contain_text("could not start")
    expect(page.locator("#practices")).to_be_visible()
    assert page.locator("#pros li").count() == 4
    assert any("should-i-connect: start-up failed" in problem for problem in watch.problems)  # logged, not hidden
    assert [problem for problem in watch.problems if problem.startswith("page error")] == []  # and handled
