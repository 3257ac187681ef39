# One command per habit. Every target installs what it needs into .venv first (Python 3.11+).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run once demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or later is needed") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)            ## install the service and its test tools into .venv

run: $(STAMP)                ## run the service on embedded defaults (SQLite in ./data)
	$(BIN)/monitor run

once: $(STAMP)               ## one polling cycle, then exit
	$(BIN)/monitor once

demo: $(STAMP)               ## the offline demo on loopback feeds
	$(BIN)/monitor demo

test: $(STAMP)               ## the whole test suite
	$(BIN)/python -m pytest

lint: $(STAMP)               ## ruff and mypy
	$(BIN)/ruff check monitor tests benchmarks
	$(BIN)/mypy monitor

bench: $(STAMP)              ## every benchmark, each printing its table
	for script in benchmarks/bench_*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
