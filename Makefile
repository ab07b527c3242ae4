# One command to run, one to test. Needs only Python 3.11 and make.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
PY     := $(VENV)/bin/python
PORT   ?= 6066
COMMENTS ?=
TMDB   ?=
SPEED  ?= 24
WORKERS ?= 1
PYTEST_ARGS ?=

.PHONY: venv demo test test-fast lint bench bench-quix clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]"
	touch $@

venv: $(VENV)/.installed

## Broker + worker + sample data (or COMMENTS=... TMDB=... files) + web view on http://127.0.0.1:$(PORT)
## SPEED=24 replays the hour in ~2.5 min so the page visibly updates; SPEED=0 replays it at once.
## WORKERS=2 runs two workers that split the partitions (one on PORT, the next on PORT+1).
demo: venv
	$(PY) -m trendscope_app demo --web-port $(PORT) --speed $(SPEED) --workers $(WORKERS) \
		$(if $(COMMENTS),--comments $(COMMENTS)) $(if $(TMDB),--tmdb $(TMDB))

## The whole suite (what CI runs)
test: venv
	$(PY) -m ruff check trendscope_app tests bench tools
	$(PY) -m mypy
	$(PY) -m pytest -q $(PYTEST_ARGS)

## Unit tests only (no broker)
test-fast: venv
	$(PY) -m pytest -q -m "not e2e" --ignore=tests/broker --ignore=tests/sources/test_replay.py

lint: venv
	$(PY) -m ruff check trendscope_app tests bench tools
	$(PY) -m ruff format --check trendscope_app tests bench tools
	$(PY) -m mypy
	$(VENV)/bin/lint-imports

bench: venv
	$(PY) -m bench.matching
	$(PY) -m bench.sentiment --quick
	$(PY) -m bench.run

## Issue 20's peer: the same job on Quix Streams 3.28.1, in an environment of its own (.venv-quix)
.venv-quix/.installed: pyproject.toml
	$(PYTHON) -m venv .venv-quix
	.venv-quix/bin/python -m pip install -q --upgrade pip
	.venv-quix/bin/python -m pip install -q -e . "quixstreams==3.28.1"
	touch $@

bench-quix: venv .venv-quix/.installed
	$(PY) -m bench.peers.quix

clean:
	rm -rf $(VENV) .venv-quix var .pytest_cache
