"""The note engine: writes the connection note with jinja2, in the Pyodide worker.

It takes and returns JSON strings, so only plain text crosses the worker boundary.
It gets the same form dict the page's rules got and runs the same rules, so the
note always matches the verdict on the page. The templates are files in
`templates/`; a note is plain text (it goes into a textarea's value), while any
`.html` template would be autoescaped.
"""

import json
import os

import jinja2

from shouldconnect import form, note, rules

TEMPLATE_FOLDER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "templates")

environment = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATE_FOLDER),
    autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=True),
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def render_note(request_json):
    """{"situation": form dict, "days": int or null} -> {"verdict": ..., "note": text}."""
    request = json.loads(request_json)
    situation = form.normalize(request["situation"])
    days = request["days"]
    verdict = rules.decide(situation, days)["verdict"]
    context = note.note_context(situation, days, verdict)
    text = environment.get_template("note-" + verdict + ".txt").render(context)
    # ensure_ascii=False: MicroPython's json.loads turns the surrogate-pair escapes
    # CPython would write for an emoji into two broken characters.
    return json.dumps({"verdict": verdict, "note": " ".join(text.split())}, ensure_ascii=False)
