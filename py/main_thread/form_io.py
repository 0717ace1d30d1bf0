"""The form, read into the plain dict the rules and the engine take, and written back from one."""

from dom import checked_value, element
from panel_form import read_people, write_people
from pyscript import document

from shouldconnect import content, dates, form
from shouldconnect.i18n import _


def read_form():
    """The form as the plain dict the rules and the engine take."""
    values = {}
    for name in form.TEXT_FIELDS + ("date",):
        values[name] = element(name).value
    for name in form.CHOICES:
        control = element(name)  # a <select>; radio groups have no element of that id
        values[name] = control.value if control else checked_value(name)
    for name in form.FLAG_FIELDS:
        values[name] = bool(element(name).checked)
    values["panel"] = read_people()
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
