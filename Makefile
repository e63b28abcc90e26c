# Two commands matter: `make run` and `make test` (see README).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck unit bench data-check pg clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

## run: set up and start the main job on the embedded default
run: $(STAMP)
	$(BIN)/legation data check
	$(BIN)/legation db upgrade
	$(BIN)/legation serve --host 127.0.0.1 --port 8000

## test: set up and run the whole suite: lint, format, types, tests
test: lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest

## bench: side-by-side benchmarks (not part of the test run)
bench: $(STAMP)
	$(BIN)/python benchmarks/treaty_matrix.py
	$(BIN)/python benchmarks/analyze_library.py
	$(BIN)/python benchmarks/api_load.py
	$(BIN)/python -m pip install --quiet spacy
	$(BIN)/python benchmarks/monitor_throughput.py --megabytes 100

## pg: start (or reuse) a PostgreSQL for the tests on 127.0.0.1:54329 and print its URL
pg:
	@bash scripts/pg.sh

data-check: $(STAMP)
	$(BIN)/legation data check --coverage

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info src/*.egg-info
