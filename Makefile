# Gongshi: `make demo` serves the portal with demo data; `make test` runs every test.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
export PORTAL_DATA_DIR ?= $(CURDIR)/instance
DEMO := $(PORTAL_DATA_DIR)/demo
HOST ?= 127.0.0.1
PORT ?= 8000
# Test processes (pytest-xdist): one per core by default; 0 runs the suite in this process.
TEST_WORKERS ?= auto
# Links in QR codes, feeds and data packages name the host the portal is served on, unless
# PORTAL_BASE_URL is set (behind a proxy, or when HOST is 0.0.0.0: set it to the public address).
export PORTAL_BASE_URL ?= http://$(HOST):$(PORT)

.DEFAULT_GOAL := help
.PHONY: help install translations chromium vnu wrk demo demo-data serve screenshots test coverage lint fmt bench clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN{FS=":.*## "}{printf "  %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed ## Create .venv and install the project with its dev extras

translations: install ## Compile the message catalogues
	$(BIN)/pybabel compile -d portal/translations

chromium: ## Install Debian's chromium, and a Chinese font for it, for the browser tests when missing
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	@fc-list :lang=zh | grep -q . || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-zenhei >/dev/null; }

vnu: ## Install the Nu HTML Checker (npm's vnu-jar, run with Java) for the HTML validity test
	@command -v java >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; }
	@command -v npm >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; }
	@test -f node_modules/vnu-jar/build/dist/vnu.jar || npm ci --no-audit --no-fund --loglevel=error

wrk: ## Install Debian's wrk for bench/load_test.py when it is missing
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

$(DEMO)/decisions.jsonl: | install
	$(BIN)/publisher demo-data --out $(DEMO)

demo-data: $(DEMO)/decisions.jsonl ## Generate the demo intake files once (instance/demo)

demo: translations demo-data ## Set everything up and serve the portal with demo data at http://HOST:PORT (127.0.0.1:8000)
	$(BIN)/publisher db upgrade
	$(BIN)/publisher demo load $(DEMO)
	$(BIN)/publisher export
	$(MAKE) serve

screenshots: translations chromium demo-data ## Screenshots of the main pages at 360 and 1280 px, Chinese, English and 关怀版 (screenshots/)
	rm -rf $(PORTAL_DATA_DIR)/shots && mkdir -p $(PORTAL_DATA_DIR)/shots
	PORTAL_DATABASE_URL=sqlite:///$(PORTAL_DATA_DIR)/shots/gongshi.db PORTAL_DATA_DIR=$(PORTAL_DATA_DIR)/shots $(BIN)/publisher db upgrade
	PORTAL_DATABASE_URL=sqlite:///$(PORTAL_DATA_DIR)/shots/gongshi.db PORTAL_DATA_DIR=$(PORTAL_DATA_DIR)/shots $(BIN)/publisher demo load $(DEMO)
	$(PY) tools/screenshots.py sqlite:///$(PORTAL_DATA_DIR)/shots/gongshi.db $(PORTAL_DATA_DIR)/shots screenshots

serve: translations ## Serve the portal (gunicorn) on HOST:PORT
	@echo "Gongshi portal: http://$(HOST):$(PORT) (links in QR codes, feeds and packages: $(PORTAL_BASE_URL))"
	@case "$(PORTAL_RATELIMIT_STORAGE_URI)" in ""|memory://*) echo "Rate limits: memory:// counts per worker, so each of the 2 workers allows the full limit (2x per address); set PORTAL_RATELIMIT_STORAGE_URI=redis://127.0.0.1:6379/0 to share them (docs/configuration.md).";; esac
	$(BIN)/publisher index-worker & worker=$$!; trap 'kill $$worker' EXIT INT TERM; \
	PORTAL_INDEX_WORKER=on $(BIN)/gunicorn --workers 2 --bind $(HOST):$(PORT) --access-logfile - 'portal:create_app()'

test: translations chromium vnu lint ## Lint, then run the whole test suite on TEST_WORKERS processes (PostgreSQL too when TEST_DATABASE_URL is set)
	$(PY) -m pytest -n $(TEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

# Coverage is a report, not a test: its tracer makes this suite three times slower on
# Python 3.11 (470 s against 1,480 s for both databases), so `make test` runs without it.
coverage: translations chromium vnu install ## The whole suite with a line and branch coverage report
	$(PY) -m pytest -n $(TEST_WORKERS) --dist worksteal --cov --cov-report=term:skip-covered $(PYTEST_ARGS)

lint: install ## ruff, formatting and mypy
	$(BIN)/ruff check .
	$(BIN)/mypy

fmt: install ## Format the code
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean: ## Remove the virtualenv, the instance data and caches
	rm -rf $(VENV) instance .pytest_cache .mypy_cache .ruff_cache
