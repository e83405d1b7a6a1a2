# Two commands do all set-up on a fresh machine:
#   make report   - create .venv, install govkit, compile its hot modules, run the main job
#                   (data/raw -> data/processed -> reports/)
#   make test     - the same set-up with test extras, then the whole test suite
#   make lab      - JupyterLab on notebooks/ (installed by the same set-up)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: report test check install accel clean bench notebooks lab

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,accel,lab]'
	$(BIN)/python -m ipykernel install --sys-prefix --name govkit --display-name "Python (govkit)" >/dev/null
	touch $(STAMP)

install: $(STAMP)

# Compile the hot modules with mypyc (skipped when the build is current). If it fails the
# plain Python modules run: same results, slower (govkit accel status says which runs).
accel: $(STAMP)
	GOVKIT_PURE=1 $(BIN)/govkit accel build --if-stale || echo "govkit: compiled build failed; the Python modules will run (same results, slower)"

report: accel
	$(BIN)/govkit run data/raw --out data/processed --reports reports

# Lint, format and type checks first (seconds), then the suite.
check: $(STAMP)
	$(BIN)/ruff check govkit tests tools benchmarks
	$(BIN)/ruff format --check govkit tests tools benchmarks
	$(BIN)/mypy

test: accel check
	$(BIN)/python -m pytest -q -n 2 --dist loadfile tests

bench: accel
	$(BIN)/python benchmarks/bench_extract.py

# JupyterLab on the notebooks, with this venv's kernel ("Python (govkit)").
lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=notebooks

clean:
	rm -rf data/processed/*.parquet data/processed/*.csv data/processed/.cache reports

# Re-execute the notebooks in place against freshly rebuilt data/processed (commit the result).
# They live in govkit/notebooks (package data); notebooks/ is a link to them.
notebooks: $(STAMP)
	$(BIN)/python tools/refresh_notebooks.py
