"""Fixtures shared by the unit and browser tests."""

import pytest

import published_site


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The folder `make site` publishes, built once per test run."""
    out = tmp_path_factory.mktemp("site")
    published_site.build(out)
    return out
