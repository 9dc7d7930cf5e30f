# Two commands do all set-up: `make demo` and `make test`. Both create .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/kg build data/corpus --out graph
	$(BIN)/kg query officials-posts --graph graph
	$(BIN)/kg query programs-discussed --graph graph
	$(BIN)/kg query program-sectors --graph graph

# chromium and a Chinese font for the kg viz / kg analyze --plot tests; never fails (without apt the browser test skips)
.PHONY: test-deps
test-deps:
	bash tools/install-test-deps.sh

test: $(STAMP) test-deps
	$(BIN)/python -m pytest

clean:
	rm -rf graph .pytest_cache
