"""The published folder (`make site`) on its own, under a GitHub Pages project path: the main flow works."""

import re

import pytest
from playwright.sync_api import expect

from actions import fill, fill_fields, local_date, verdict_of, wait_for_greeting
from shouldconnect import content
from shouldconnect.languages import TRANSLATED
from tools import catalogs


@pytest.fixture(scope="module")
def published(serve_folder, built_site):
    return serve_folder(built_site)


def test_the_built_site_gives_a_verdict_and_a_note_under_a_sub_path(open_app, published):
    page, watch = open_app(site_url=published.url)
    fill(page, "Priya Shah", "Acme", "Data Analyst", local_date(10), culture="open", presence="open")
    assert verdict_of(page) == "connect"
    wait_for_greeting(page, "Priya Shah")
    watch.assert_clean(page)
    # Everything came from the built folder: nothing is missing there that only the repository has.
    assert [url for url in watch.requests if not url.startswith((published.url, "blob:", "data:"))] == []


@pytest.mark.parametrize("language", TRANSLATED, ids=[language["code"] for language in TRANSLATED])
def test_each_language_works_from_the_built_site_too(open_app, published, language):
    page, watch = open_app(language["folder"], site_url=published.url)
    expect(page.locator("html")).to_have_attribute("lang", language["tag"])
    fill_fields(page, {"interviewer": "Priya Shah", "date": local_date(10), "culture": "open", "presence": "open"})
    translated = catalogs.compiled(language)["messages"]
    expect(page.locator("#verdict-headline")).to_have_text(translated[content.HEADLINES["connect"]])
    expect(page.locator("#note-text")).to_have_value(re.compile("Priya"))
    # Its service worker is the site's one, at the root, and the page is marked to register it.
    assert page.locator("html").get_attribute("data-service-worker") == "../sw.js"
    watch.assert_clean(page)
    assert [url for url in watch.requests if not url.startswith((published.url, "blob:", "data:"))] == []
