# The only entry points a newcomer needs. Every target creates the virtual
# environment first (Python 3.11+, from PyPI), so a fresh clone needs nothing else.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: help venv generate test lint demo record sandbox bench docs dist clean

help:
	@echo "make demo      start a local sandbox and run the walk-throughs against it: spot, futures, a live book, bots, earn"
	@echo "make test      run the offline test suite (network blocked)"
	@echo "make generate  regenerate generated/pionex_client from openapi/pionex.json"
	@echo "make record    re-record the HTTP cassettes in tests/cassettes against the sandbox"
	@echo "make sandbox   serve the sandbox on http://127.0.0.1:8000 until Ctrl-C"
	@echo "make lint      ruff and mypy --strict"
	@echo "make bench     benchmarks against raw httpx and json.loads; writes docs/benchmarks.md"
	@echo "make docs      build the documentation site into site/ (API reference from the registry; warnings fail)"
	@echo "make dist      build the sdist and the wheel into dist/"

venv: $(STAMP)

# The version is package metadata: a new one in _version.py reinstalls, as pyproject.toml does.
$(STAMP): pyproject.toml pionex_wrapper/_version.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

generate: $(STAMP)
	$(BIN)/python openapi/generate.py

test: $(STAMP)
	$(BIN)/python -m pytest

demo: $(STAMP)
	$(BIN)/python examples/demo.py

sandbox: $(STAMP)
	$(BIN)/python -m pionex_sandbox

record: $(STAMP)
	rm -rf tests/cassettes/test_cassettes
	$(BIN)/python -m pytest tests/test_cassettes.py --record-mode=rewrite -q
	$(BIN)/python -m pytest tests/test_cassettes.py tests/test_cassette_hygiene.py -q

bench: $(STAMP)
	$(BIN)/python bench/run.py

# The API reference is written from the registry by the hook openapi/build_docs.py (mkdocs.yml).
# NO_MKDOCS_2_WARNING: Material 9.7+ prints a notice about MkDocs 2.0 on every build.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --clean

# The sdist, then the wheel built from it (so a file missing from the sdist fails here), by
# PyPA's build in an isolated environment with the setuptools pyproject.toml asks for.
dist: $(STAMP)
	rm -rf dist
	$(BIN)/python -m build --outdir dist .

lint: $(STAMP)
	$(BIN)/ruff check pionex_wrapper pionex_sandbox pionex_cli pionex_mcp pionex_ccxt tests examples openapi bench
	$(BIN)/ruff format --check pionex_wrapper pionex_sandbox pionex_cli pionex_mcp pionex_ccxt tests examples openapi bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build dist site docs/reference .pytest_cache .mypy_cache .ruff_cache
