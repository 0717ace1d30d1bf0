"""A panel: several interviewers for one interview, each with their own answers and verdict.

Many interviews are a panel or a loop (a recruiter, the hiring manager, two future colleagues),
and each of them has their own habits on LinkedIn. The situation (form.normalize) keeps person 1's
answers at their usual keys, so a one-person page is exactly what it always was, and the further
people in its "panel" list, each with the fields fields.py marks `person`. Everything else is
shared: one company, one date, one note, one tone.

people() turns that into one full situation per person, which the rules and the writer take as
they take a one-person page: the rules run per person, unchanged (rules.decide_each), and their
words live in verdict_words.py. This module needs no rule: form.py and the message writer, which
runs none, import it.
"""

from .fields import BY_NAME, names

# The most interviewers a page answers for: a panel or a loop rarely has more, and each one is a
# block of the form and a set of messages.
MAX_PEOPLE = 6
# The answers that belong to one interviewer (fields.py's `person` column), in the order a further
# interviewer's block of the form shows them.
PERSON_FIELDS = tuple(sorted(names(column="person"), key=lambda name: BY_NAME[name]["person"]))
# The verdicts in the order a panel's summary names them: what to do now before what to hold off.
VERDICT_ORDER = ("connect", "after", "wait")


def people(situation):
    """One full situation per person, person 1 first: the shared answers with that person's own,
    plus "person" (1-based) and "panel_size". Person 1's answers are the situation's own, so a
    one-person situation gives itself, with person 1 of 1."""
    panel = situation.get("panel") or []
    size = 1 + len(panel)
    alone = dict(situation, panel=[], person=1, panel_size=size)
    everyone = [alone]
    for number, answers in enumerate(panel):
        person = dict(alone, person=number + 2)
        person.update((field, answers[field]) for field in PERSON_FIELDS)
        everyone.append(person)
    return everyone


def grouped(decisions):
    """The people by verdict: [(verdict, [person numbers, 1-based]), ...], in VERDICT_ORDER, only
    the verdicts someone has."""
    return [
        (verdict, [number + 1 for number, decision in enumerate(decisions) if decision["verdict"] == verdict])
        for verdict in VERDICT_ORDER
        if [decision for decision in decisions if decision["verdict"] == verdict]
    ]
