"""The worker renders from templates compiled ahead by `make vendor` (tools/precompile_engine.py,
with jinja2's Environment.compile_templates); here the engine's templates, compiled the same way
and loaded the same way (jinja2's ModuleLoader), must write every message exactly as the
templates themselves do, in every tone, on both sides of the interview, in two languages."""

import json

import jinja2
import pytest

import engine
from shouldconnect import form, i18n, note, rules
from shouldconnect.languages import LANGUAGES
from tools import catalogs

SITUATION = {
    "interviewer": "Dr. José Álvarez-Núñez",
    "company": "Zoë & Co.",
    "role": "Data Analyst",
    "culture": "open",
    "presence": "open",
    "note": True,
    "mutual": "yes",
    "mutual_name": "Siobhán O'Neill",
    "topic": "your talk on open data",
    "your_name": "Kim 😊 Ito",
}
DATES = (("2026-03-10", "2026-03-01"), ("2026-03-10", "2026-03-09"), ("2026-03-10", "2026-03-12"), ("", "2026-03-01"))


def every_message():
    written = []
    for tone in form.CHOICES["tone"]:
        for date, today in DATES:
            situation = dict(SITUATION, tone=tone, date=date)
            days = None if not date else (int(date[-2:]) - int(today[-2:]))
            request = note.writer_request(
                situation, days, today, rules.decide(form.normalize(situation), days)["verdict"]
            )
            written.append(json.loads(engine.render_messages(json.dumps(request)))["messages"])
    return written


@pytest.fixture(scope="module")
def compiled_loader(tmp_path_factory):
    folder = tmp_path_factory.mktemp("compiled_templates")
    engine.environment.compile_templates(str(folder), zip=None, ignore_errors=False)
    return jinja2.ModuleLoader(str(folder))


ENGLISH, GERMAN = LANGUAGES[0], next(language for language in LANGUAGES if language["code"] == "de")


@pytest.mark.parametrize("language", [ENGLISH, GERMAN], ids=lambda language: language["code"])
def test_compiled_templates_write_what_the_templates_write(compiled_loader, language):
    source_loader = engine.environment.loader
    assert isinstance(source_loader, jinja2.FileSystemLoader)  # py/ has no compiled templates
    with i18n.speaking(catalogs.compiled(language) if language is not ENGLISH else None):
        try:
            from_source = every_message()
            engine.environment.loader = compiled_loader
            engine.environment.cache.clear()
            from_compiled = every_message()
        finally:
            engine.environment.loader = source_loader
            engine.environment.cache.clear()
    assert from_compiled == from_source
    assert len({text for messages in from_source for text in messages.values()}) > 3 * len(DATES)
