"""The panel's part of the form: interviewers 2 to 6, each a fieldset made from the page's
<template id="person-template"> (its fields are fields.py's `person` ones, placed by tools/pages.py).
A one-person page has none of them, so it is exactly the form it always was.

Each control is known by its data-field; its id and name are the field's name and the person's
number ("interviewer-2"), given again whenever someone leaves, so that the fieldsets are always
numbered 2, 3, ... in order and each label names its own control."""

from dom import element

from shouldconnect import content, panel
from shouldconnect.fields import BY_NAME
from shouldconnect.i18n import _


def fieldsets():
    """The further people's fieldsets, person 2 first."""
    return list(element("people").querySelectorAll("fieldset.person"))


def control(fieldset, name):
    return fieldset.querySelector('[data-field="' + name + '"]')


def greeting_controls(fieldset):
    """A further person's "Greet them as" field and the note beside their name that asks about its
    order (greeting.py fills both)."""
    return control(fieldset, "greet_as"), fieldset.querySelector(".greet-order")


def numbered(name, number):
    """A further person's control's id and name, by which the form's entries know it too:
    "interviewer-2"."""
    return "%s-%s" % (name, number)


def numbers_in(entries):
    """The further people's numbers among the form's entries (form_io.form_entries), 2 first:
    each person's name field is there, empty or not."""
    number = 2
    while numbered("interviewer", number) in entries:
        yield number
        number += 1


def number_people():
    """Number the further people's fieldsets in order (legend, ids, names, labels, the remove
    button's words), and offer "Add another interviewer" while the panel has room, else say why not."""
    people = fieldsets()
    for index, fieldset in enumerate(people):
        number = str(index + 2)
        fieldset.dataset.number = number
        fieldset.querySelector("legend").textContent = _(content.PERSON_LEGEND).format(number=number)
        for name in panel.PERSON_FIELDS:
            item = control(fieldset, name)
            item.id = numbered(name, number)
            item.name = item.id
            fieldset.querySelector('label[data-for="' + name + '"]').htmlFor = item.id
        order = fieldset.querySelector(".greet-order")
        order.id = "greet-order-" + number
        control(fieldset, "interviewer").setAttribute("aria-describedby", order.id)
        fieldset.querySelector(".remove-person").textContent = _(content.PERSON_REMOVE).format(number=number)
    full = len(people) >= panel.MAX_PEOPLE - 1
    element("add-person").hidden = full
    element("panel-full").hidden = not full


def new_fieldset():
    fieldset = element("person-template").content.firstElementChild.cloneNode(True)
    element("people").append(fieldset)
    return fieldset


def add_person():
    """ "Add another interviewer": a new, empty fieldset at the end, its name field focused."""
    if len(fieldsets()) >= panel.MAX_PEOPLE - 1:
        return
    fieldset = new_fieldset()
    number_people()
    control(fieldset, "interviewer").focus()


def remove_person(button):
    """A fieldset's "Remove" button: that person leaves, the ones after move up a number, and
    focus goes to "Add another interviewer", which is there again. Returns the person's number."""
    fieldset = button.closest("fieldset.person")
    number = int(fieldset.dataset.number)
    fieldset.remove()
    number_people()
    element("add-person").focus()
    return number


def write_people(people):
    """As many fieldsets as the further people (a situation's "panel"), each filled in."""
    while len(fieldsets()) > len(people):
        fieldsets()[-1].remove()
    while len(fieldsets()) < len(people):
        new_fieldset()
    number_people()
    for fieldset, answers in zip(fieldsets(), people):
        for name in panel.PERSON_FIELDS:
            item = control(fieldset, name)
            if BY_NAME[name]["kind"] == "flag":
                item.checked = answers[name]
            else:
                item.value = answers[name]
