"""The "Greet them as" field: filled in from the interviewer's name for the chosen tone until the
candidate types their own, and the question about name order when a name could be read both ways.
Each interviewer of a panel has their own (panel_form.py)."""

from dom import element
from panel_form import fieldsets, greeting_controls

from shouldconnect import names


def follow_greeting(situation):
    """The situation with greet_as as the candidate typed it ("" while they haven't), the field
    showing the suggestion for this name, tone and language meanwhile, for each person. The
    suggestion stays out of the answers: the messages make it again (note.greeting_for), and a
    link, the tab's memory or another language's page makes its own, in its own language."""
    tone = situation["tone"]
    followed = dict(situation, greet_as=follow(element("greet_as"), element("greet-order"), situation, tone))
    if situation.get("panel"):
        followed["panel"] = [
            dict(person, greet_as=follow(*greeting_controls(fieldset), person, tone))
            for person, fieldset in zip(situation["panel"], fieldsets())
        ]
    return followed


def follow(field, order, person, tone):
    """One person's greeting field and name-order note; their greeting as typed, or ""."""
    suggestion = names.greeting_name(person["interviewer"], tone)
    typed = field.getAttribute("data-typed") == "yes"
    if not typed and field.value != suggestion:
        field.value = suggestion
    question = names.order_question(person["interviewer"])
    order.textContent = question
    order.hidden = not question
    return person["greet_as"] if typed else ""


def greeting_typed(field):
    """The candidate typed in a greeting field: theirs wins until they empty it (then it follows
    the name again)."""
    field.setAttribute("data-typed", "yes" if field.value.strip() else "no")


def greeting_restored(values):
    """Answers brought back (a link, this device): a greeting that isn't the suggestion was typed."""
    fields = [element("greet_as")] + [greeting_controls(fieldset)[0] for fieldset in fieldsets()]
    for field, person in zip(fields, [values] + (values.get("panel") or [])):
        typed = person["greet_as"] and person["greet_as"] != names.greeting_name(person["interviewer"], values["tone"])
        field.setAttribute("data-typed", "yes" if typed else "no")
