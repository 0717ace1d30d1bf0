# Should I Connect? The two commands people need: `make serve` and `make test`; `make help` lists the rest.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help serve test lint unit browser vendor rules-doc catalogs pages site bench clean

## help: list the targets
help:
	@sed -n 's/^## //p' $(MAKEFILE_LIST)

## serve: set everything up and serve the page on http://127.0.0.1:$(PORT)/
serve: vendor
	@$(PY) -m tools.serve --port $(PORT)

## test: set up what the tests need and run every test (lint, unit, MicroPython, browser)
test: vendor lint
	$(PY) -m pytest

## lint: ruff's lint and format checks (pinned in requirements-dev.txt); `ruff format .` fixes the format
lint: $(VENV)/.installed
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

## unit: the tests that need no browser (the pure package on CPython and MicroPython, the build)
unit: vendor
	$(PY) -m pytest tests/unit tests/pure

## browser: the tests that drive the page in Chromium, WebKit and Firefox
browser: vendor
	$(PY) -m pytest tests/browser tests/webkit tests/firefox

## rules-doc: regenerate docs/decision-rules.md from py/shouldconnect/rules.py
rules-doc: $(VENV)/.installed
	$(PY) -m tools.decision_rules

## catalogs: extract every user-visible sentence into py/locale/messages.pot and update each language's .po
catalogs: $(VENV)/.installed
	$(PY) -m tools.catalogs extract

## pages: write every language's page (index.html, es/, pt-br/, fr/, de/) from tools/page.html and the catalogs
pages: $(VENV)/.installed
	$(PY) -m tools.pages
	$(PY) -m tools.og_image

## site: assemble the published site in _site/; BASE_URL=https://you.github.io/repo/ sets its address
site: vendor
	rm -rf _site
	$(PY) -m tools.build_site --out _site $(if $(BASE_URL),--base-url '$(BASE_URL)')

## bench: time the page against its runtimes' own floor on 127.0.0.1 and on a phone's network, write docs/benchmarks.md (not part of test)
##        BENCH_RUNS=1 BENCH_EDITS=5 BENCH_LIGHTHOUSE_RUNS=0 make bench is a quick smoke run
bench: vendor
	$(PY) -m tools.bench $(BENCH_ARGS)

## vendor: copy the pinned runtimes and wheels into assets/vendor/ (git-ignored)
vendor: $(VENV)/.installed node_modules/.installed
	$(PY) -m tools.vendor

## clean: remove everything `make` set up or built
clean:
	rm -rf $(VENV) node_modules assets/vendor .cache .pytest_cache _site

$(VENV)/.installed: requirements-dev.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	@node -e 'process.exit(+process.versions.node.split(".")[0] >= 18 ? 0 : 1)' || (echo "Node 18 or newer is needed"; exit 1)
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@
