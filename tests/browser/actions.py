"""What a person does on the page, as small steps the browser tests share."""

import datetime

from shouldconnect import dates, fields, form, names, rules


def local_date(offset_days):
    """A date relative to today, as the page (browser, same machine) sees today."""
    return (datetime.date.today() + datetime.timedelta(days=offset_days)).isoformat()


def fill(page, interviewer="", company="", role="", date="", culture="unsure", presence="unknown", note=True, **more):
    """Set every field, the way a person would, so each scenario starts from a known form.

    `more` sets the optional inputs (interviewer_role, industry, stage, mutual, invited,
    follow_first, mutual_name, topic, your_name); the rest go back to their defaults.
    """
    page.get_by_label("Interviewer's name").fill(interviewer)
    page.get_by_label("Greet them as").fill("")  # empty: it follows the name
    page.get_by_label("Company", exact=True).fill(company)
    page.get_by_label("Job title").fill(role)
    page.get_by_label("Interview date").fill(date)
    page.locator('input[name="culture"][value="%s"]' % culture).check()
    page.locator('input[name="presence"][value="%s"]' % presence).check()
    page.get_by_label("I'll include a personalized note").set_checked(note)
    set_more(page, **more)


def fill_fields(page, values):
    """Fill fields by their ids, which are the same in every language (`fill` finds them by their
    English labels); culture and presence are radio buttons."""
    for field, value in values.items():
        if field in ("culture", "presence"):
            page.locator('input[name="%s"][value="%s"]' % (field, value)).check()
        else:
            page.locator("#" + field).fill(value)


def enter(page, answers):
    """Give these answers as a person would, on a page in any language: text typed, choices
    picked, boxes ticked (fields.py says which field is which); "More about your situation" opened
    first, as several answers are in it."""
    if not page.locator("#more").evaluate("details => details.open"):
        page.locator("#more > summary").click()
    for field, value in answers.items():
        kind = fields.BY_NAME[field]["kind"]
        radios = page.locator('input[type=radio][name="%s"]' % field)
        if kind == "flag":
            page.locator("#" + field).set_checked(value)
        elif kind == "choice" and radios.count():
            radios.and_(page.locator('[value="%s"]' % value)).check()
        elif kind == "choice":
            page.locator("#" + field).select_option(value)
        else:
            page.locator("#" + field).fill(value)


def set_more(
    page,
    interviewer_role="unknown",
    industry="unknown",
    stage="unknown",
    mutual="unknown",
    invited=False,
    follow_first=False,
    mutual_name="",
    topic="",
    your_name="",
):
    """Open "More about your situation" and set its inputs."""
    if not page.locator("#more").evaluate("details => details.open"):
        page.get_by_text("More about your situation").click()
    page.get_by_label("Who is the interviewer?").select_option(interviewer_role)
    page.get_by_label("Industry").select_option(industry)
    page.get_by_label("Interview stage").select_option(stage)
    page.get_by_label("Mutual connections").select_option(mutual)
    page.get_by_label("They invited me to connect, or suggested it").set_checked(invited)
    page.get_by_label('Their profile shows "Follow" as the main button').set_checked(follow_first)
    page.get_by_label("Mutual contact's name").fill(mutual_name)
    page.get_by_label("A topic from their profile").fill(topic)
    page.get_by_label("Your name, for the email").fill(your_name)


def copy_button(page):
    """The message panel's own "Copy message" (the phone's verdict bar has one too)."""
    return page.locator("#messages").get_by_role("button", name="Copy message")


def verdict_of(page):
    return page.locator("#verdict").get_attribute("data-verdict")


def reason_fields(page):
    return page.locator("#reasons li").evaluate_all("items => items.map(item => item.dataset.field)")


def applying(page, list_id):
    return page.locator("#%s li[data-applies=yes]" % list_id).evaluate_all("items => items.map(i => i.dataset.id)")


def note_text(page):
    return page.locator("#note-text").input_value()


def state_writes(page):
    """How often the page has marked its state so far: with each note the writer sends, it marks
    <html data-state="ready"> again (a note it no longer wants, for an older answer, it drops)."""
    return page.evaluate("window.__stateWrites")


def wait_for_next_note(page, writes_before):
    """Until the writer's answer to a later change has reached the page."""
    page.wait_for_function("before => window.__stateWrites > before", arg=writes_before)


def wait_for_note_containing(page, text):
    page.wait_for_function(
        "text => document.getElementById('note-text').value.includes(text)", arg=text, timeout=10_000
    )


def verdict_for(values):
    """The verdict the rules give for these answers (the rest at their defaults), today."""
    situation = form.normalize(values)
    return rules.decide(situation, dates.days_until(situation["date"], datetime.date.today().isoformat()))["verdict"]


def wait_for_greeting(page, interviewer, tone="warm"):
    """Wait for the message to greet this interviewer the way the page's own rules do
    (names.greeting_name: "Ana Ruiz" is "Hi Ana," in a warm note)."""
    wait_for_note_containing(page, names.greeting_name(interviewer, tone) + ",")


# A slow line: every file, the message writer's worker's included, at about 1 MB/s (CDP's
# emulation reaches the page's dedicated workers too), so the writer takes seconds to download.
SLOW_LINE = {"offline": False, "latency": 40, "downloadThroughput": 1_000_000, "uploadThroughput": 250_000}


def on_a_slow_line(context):
    """For open_app's `prepare`: the page about to open gets a slow line before its first request."""
    session = context.new_cdp_session(context.pages[0])
    session.send("Network.enable")
    session.send("Network.emulateNetworkConditions", SLOW_LINE)


def writer_progress_above(page, floor, timeout=60_000):
    """Once the message box's progress bar shows more than `floor` percent and less than all:
    the value it shows then."""
    return page.wait_for_function(
        """(floor) => {
          const now = document.querySelector('#writer-bar').getAttribute('aria-valuenow');
          return now !== null && +now > floor && +now < 100 && +now;
        }""",
        arg=floor,
        timeout=timeout,
    ).json_value()


# The page's own way of waiting for a quiet moment (py/main_thread/when_idle.py), then one task
# more: the page asked first, so its work is done by then. A frame the browser does not render
# (out of view) has no idle time: there the page's own time limit (when_idle.IDLE_LIMIT_MS, half
# a second) comes first.
AFTER_THE_PAGES_IDLE_WORK = """(_html) => new Promise((done) => {
  const later = () => setTimeout(done, 0);
  if (window.requestIdleCallback) requestIdleCallback(later, {timeout: 5000});
  else requestAnimationFrame(() => setTimeout(later, 0));
})"""


def kept(page):
    """Until the page has kept its newest answers: the address bar, the share and language links,
    this tab's and this device's memory and the reminder follow a change once the browser is idle
    (after the verdict and the message). `page` may be a frame's locator."""
    page.locator("html").evaluate(AFTER_THE_PAGES_IDLE_WORK)
