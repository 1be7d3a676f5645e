# One command for each habit. Each works from a fresh clone with only Python 3.11.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench fuzz clean check-system wheel-smoke

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found). Set PYTHON=/path/to/python3.11"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

check-system:
	@$(PYTHON) scripts/check_system.py

demo: check-system $(STAMP)
	@bash scripts/demo.sh

test: check-system $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile -m 'not slow'

lint: $(STAMP)
	$(BIN)/ruff check assessor tests scripts bench
	$(BIN)/mypy assessor

bench: $(STAMP)
	$(BIN)/python bench/run.py $(if $(BASELINE),--baseline $(BASELINE))

# Build the wheel, install it in a throwaway venv, run `rubrics list` and one assessment.
wheel-smoke: $(STAMP)
	@bash scripts/wheel_smoke.sh

fuzz: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile -m slow

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
