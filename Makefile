# Two commands do all set-up on a fresh machine:
#   make report   - create .venv, install govkit, run the main job (data/raw -> data/processed -> reports/)
#   make test     - create .venv, install govkit with test extras, run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: report test install clean bench notebooks

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

report: $(STAMP)
	$(BIN)/govkit run data/raw --out data/processed --reports reports

test: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 --dist loadfile tests

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py

clean:
	rm -rf data/processed/*.parquet data/processed/*.csv data/processed/.cache reports

# Re-execute the notebooks in place against freshly rebuilt data/processed (commit the result).
notebooks: $(STAMP)
	$(BIN)/python tools/refresh_notebooks.py
