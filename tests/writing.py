"""The messages the page would show for some answers, written by the engine on CPython exactly as
the page asks for them: the answers cleaned, the days left and the verdict computed the page's way,
and only the messages that verdict offers. In the language spoken (i18n.speaking)."""

import json

import engine
from shouldconnect import dates, form, note, rules


def written(answers, today):
    """{kind: text} for these answers (the rest at their defaults) on the day `today` (ISO); with
    "person", for that person of a panel (panel.people() numbers them), as the page asks for them."""
    situation = dict(form.normalize(answers), person=answers.get("person", 1))
    days = dates.days_until(situation["date"], today)
    verdict = rules.decide(situation, days)["verdict"]
    request = note.writer_request(situation, days, today, verdict)
    return json.loads(engine.render_messages(json.dumps(request)))["messages"]
