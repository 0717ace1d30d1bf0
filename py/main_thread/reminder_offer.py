"""The calendar reminder: offered while a dated interview is ahead, made in the browser with the
after-interview note and the thank-you email as they stand."""

from dom import element
from download import save_file
from pyscript import window

from shouldconnect import content, reminder, verdict_words
from shouldconnect.i18n import _


def unique_id():
    """A UID for a calendar event: random, so importing twice makes two events, never a clash."""
    return str(window.crypto.randomUUID()) + "@should-i-connect"


def utc_stamp():
    """Now, in UTC, as a calendar's DTSTAMP."""
    now = window.Date.new()
    return "%04d%02d%02dT%02d%02d%02dZ" % (
        now.getUTCFullYear(),
        now.getUTCMonth() + 1,
        now.getUTCDate(),
        now.getUTCHours(),
        now.getUTCMinutes(),
        now.getUTCSeconds(),
    )


def show_reminder(answers):
    """Offer the calendar reminder while a dated interview is still ahead (or today) and the
    advice is to wait or connect (for someone, on a panel). A sandboxed frame may not download:
    there the offer is one line that says so and links to the full tool (style.css shows it in
    place of the button)."""
    days = answers.days
    wanted = (
        days is not None and days >= 0 and any(verdict in ("wait", "connect") for verdict, _until in answers.verdicts)
    )
    element("reminder").hidden = not wanted


def download_reminder(answers, messages):
    """The calendar file: the interview day's evening, with the after-interview note and the
    thank-you email as they stand now in the message box (the candidate's edits included); with
    a panel, one event with each person's two messages under their name."""
    status = element("reminder-status")
    if not messages.written:
        status.textContent = _(content.REMINDER_WAIT)
        return
    company = answers.situation["company"]
    summary = _(content.REMINDER_TITLE_AT).format(company=company) if company else _(content.REMINDER_TITLE)
    description = reminder.description(
        [
            {
                "name": name,
                "note": messages.text_of("note-after", index),
                "email": messages.text_of("email", index),
            }
            for index, name in enumerate(verdict_words.people_names(answers.people))
        ]
    )
    text = reminder.calendar_file(
        unique_id(), utc_stamp(), answers.situation["date"], element("reminder-time").value, summary, description
    )
    save_file(_(content.REMINDER_FILE), text, "text/calendar")
    status.textContent = _(content.REMINDER_SAVED)
