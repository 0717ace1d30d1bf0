"""The form, read into the plain dict the rules and the engine take, and written back from one."""

import json

from dom import element
from panel_form import numbered, numbers_in, write_people
from pyscript import document, window

from shouldconnect import content, dates, form, panel
from shouldconnect.fields import BY_NAME
from shouldconnect.i18n import _


def form_entries():
    """Every control of the situation's form (those outside it that name it with form= too) as
    {name: value}: one FormData read, in one crossing into the browser, where asking each control
    would cross once or twice per field at every key press. As in a form's submission, a radio
    group without a checked button and an unticked box are absent."""
    entries = window.Object.fromEntries(window.FormData.new(element("situation")))
    return json.loads(window.JSON.stringify(entries))


def answer(entries, name, key):
    """Field `name`'s answer among the form's entries, where it goes by `key`: a box is ticked when
    it is there at all."""
    return key in entries if BY_NAME[name]["kind"] == "flag" else entries.get(key, "")


def read_form():
    """The form as the plain dict the rules and the engine take, a panel's further people included."""
    entries = form_entries()
    values = dict((name, answer(entries, name, name)) for name in form.FIELD_NAMES)
    values["panel"] = [
        dict((name, answer(entries, name, numbered(name, number))) for name in panel.PERSON_FIELDS)
        for number in numbers_in(entries)
    ]
    return form.normalize(values)


def write_form(values):
    """Put a dict of form values back into the controls (restoring a shared link), a panel's
    further people included."""
    for name in form.TEXT_FIELDS + ("date",):
        element(name).value = values[name]
    for name in form.CHOICES:
        control = element(name)
        if control:
            control.value = values[name]
        else:
            document.querySelector('input[name="' + name + '"][value="' + values[name] + '"]').checked = True
    for name in form.FLAG_FIELDS:
        element(name).checked = values[name]
    write_people(values.get("panel") or [])


def show_date_error():
    """A half-typed date reads as no date; say so next to the field rather than guess.

    Browsers fire no input event while a date is incomplete, so leaving the field checks too.
    """
    date = element("date")
    incomplete = bool(date.validity.badInput)
    error = element("date-error")
    error.textContent = _(content.DATE_INCOMPLETE) if incomplete else ""
    error.hidden = not incomplete
    date.setAttribute("aria-invalid", "true" if incomplete else "false")


def show_year_question(days):
    """Beside the date when it is more than a week past or a year ahead: is the year a slip?
    The verdict still follows the date as given."""
    question = dates.year_question(days)
    note = element("date-year")
    note.textContent = question
    note.hidden = not question
