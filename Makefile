# The two commands: `make run` and `make test`. Everything else is set up on demand.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
EMULATOR_DIR := tests/e2e/emulator

.PHONY: run test lint bench eval model clean deps dev-deps browser emulator native

$(BIN)/python:
	@command -v $(PY) >/dev/null 2>&1 || { echo "Python 3.11 is needed: install python3.11 (e.g. apt-get install python3.11 python3.11-venv)"; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.deps: requirements.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev-deps: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $(VENV)/.deps $@

deps: $(VENV)/.deps
dev-deps: $(VENV)/.dev-deps

# The engine's hot modules compiled with mypyc (flows/native.py); without a C compiler the
# Python source runs, a little slower. Rebuilt only when those sources changed.
native: deps
	-@PMI_PURE_PYTHON=1 $(BIN)/python -m flows.build_native

# Debian's Chromium for the browser tests (the web console). Installed only when missing.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Chromium is needed for the browser tests: sudo apt-get install chromium"; exit 1; fi; }

# The Telegram Bot API emulator (npm telegram-test-api, pinned by the lock file).
$(EMULATOR_DIR)/node_modules/.installed: $(EMULATOR_DIR)/package.json $(EMULATOR_DIR)/package-lock.json
	cd $(EMULATOR_DIR) && npm ci --silent --no-audit --no-fund
	touch $@
emulator: $(EMULATOR_DIR)/node_modules/.installed

run: deps native
	$(BIN)/python run_bot.py run

# Every test runs against the compiled engine (what `make run` runs); the engine's own tests
# and the golden transcripts run once more on its Python source, which must say the same (in
# process: the console subprocesses add nothing to that comparison, only time).
# Tests run in two processes (pytest-xdist; a file's tests stay in one process, so its fixtures are
# built once), which halves the wall time on two cores. The scan of every log for personal data
# (tests/zz_privacy) runs after them, over the logs of both runs; their folder is removed when all
# passed and named when something failed.
XDIST := -n 2 --dist loadfile
test: dev-deps browser emulator native
	$(BIN)/ruff check .
	$(BIN)/mypy
	@runs=$$(mktemp -d) && \
	PMI_PURE_PYTHON=1 $(BIN)/python -m pytest -q $(XDIST) --basetemp="$$runs/pure" \
		tests/unit/test_engine.py tests/unit/test_fuzz.py tests/transcripts \
		-k "not console_jsonl and not status_from_the_own_chat" && \
	$(BIN)/python -m pytest -q $(XDIST) --basetemp="$$runs/all" --ignore=tests/zz_privacy && \
	PMI_TEST_LOGS="$$runs" $(BIN)/python -m pytest -q --basetemp="$$runs/privacy" tests/zz_privacy; \
	status=$$?; if [ $$status -eq 0 ]; then rm -rf "$$runs"; else echo "the tests' folders and logs: $$runs"; fi; exit $$status

lint: dev-deps
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: dev-deps emulator native
	$(BIN)/python -m bench

# How well the bot understands what people write, scored on the held-out part of the labelled
# sets in tests/data: prints the figures and writes docs/UNDERSTANDING.md.
eval: deps native
	$(BIN)/python -m bench.understanding

# Retrain the category and danger fallbacks and the order of several categories on the tune parts
# (after a tune part or the lexicon changes) and rewrite their committed weights in
# flows/understand/lexicon/: category_model.json, category_order.json, danger_model.json
model: dev-deps
	$(BIN)/python -m bench.train_category
	$(BIN)/python -m bench.train_category_order
	$(BIN)/python -m bench.train_danger

clean:
	-PMI_PURE_PYTHON=1 $(BIN)/python -m flows.build_native clean
	rm -rf $(VENV) $(EMULATOR_DIR)/node_modules
