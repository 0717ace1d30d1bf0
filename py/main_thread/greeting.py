"""The "Greet them as" field: filled in from the interviewer's name for the chosen tone until the
candidate types their own, and the question about name order when a name could be read both ways."""

from dom import element

from shouldconnect import names


def follow_greeting(situation):
    """The situation with greet_as as the candidate typed it ("" while they haven't), the field
    showing the suggestion for this name, tone and language meanwhile. The suggestion stays out of
    the answers: the messages make it again (note.greeting_for), and a link, the tab's memory or
    another language's page makes its own, in its own language."""
    field = element("greet_as")
    suggestion = names.greeting_name(situation["interviewer"], situation["tone"])
    typed = field.getAttribute("data-typed") == "yes"
    if not typed and field.value != suggestion:
        field.value = suggestion
    question = names.order_question(situation["interviewer"])
    order = element("greet-order")
    order.textContent = question
    order.hidden = not question
    return dict(situation, greet_as=situation["greet_as"] if typed else "")


def greeting_typed():
    """The candidate typed in the field: theirs wins until they empty it (then it follows the name again)."""
    field = element("greet_as")
    field.setAttribute("data-typed", "yes" if field.value.strip() else "no")


def greeting_restored(values):
    """Answers brought back (a link, this device): a greeting that isn't the suggestion was typed."""
    typed = values["greet_as"] and values["greet_as"] != names.greeting_name(values["interviewer"], values["tone"])
    element("greet_as").setAttribute("data-typed", "yes" if typed else "no")
