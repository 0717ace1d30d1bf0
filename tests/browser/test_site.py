"""The published folder (`make site`) on its own, under a GitHub Pages project path: the main flow works."""

import pytest

from actions import fill, local_date, verdict_of, wait_for_greeting


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
