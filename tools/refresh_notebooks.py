#!/usr/bin/env python
"""Re-execute the notebooks in place so their committed outputs match the current data.

    python tools/refresh_notebooks.py              # rebuild data/processed, then run every notebook
    python tools/refresh_notebooks.py --no-data    # only re-run the notebooks
    python tools/refresh_notebooks.py 10_region_profile 40_ecology

The processed tables are brought up to date from data/raw by govkit's runner (the stages of
``govkit run``: extract, attention, panel; unchanged tables are left as they are). Each notebook runs with its default parameters in ``notebooks/`` with this
interpreter's kernel; volatile metadata (execution timings) is stripped so that a re-run
on unchanged data leaves the files byte-identical. ``pytest --nbval`` (tests/test_notebooks.py)
then compares fresh executions against these outputs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from govkit.pipeline.runner import run_all
from govkit.present.report_run import KERNEL_NAME, kernel_manager_class

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"


def rebuild_processed(raw: Path, out: Path) -> None:
    """extract + attention + panel, as ``govkit run --reports ''`` does: the tables the notebooks read."""
    print(f"$ govkit run {raw} --out {out} --reports ''", flush=True)
    if run_all(raw, out, progress=sys.stderr.isatty()) != 0:
        raise SystemExit("govkit run failed; the notebooks were not re-executed")


def strip_volatile(nb) -> None:
    """Remove execution timings and papermill bookkeeping (not outputs)."""
    nb.metadata.pop("papermill", None)
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("ExecuteTime", None)


def execute_in_place(path: Path, timeout: int = 600) -> float:
    t0 = time.perf_counter()
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name=KERNEL_NAME,
        kernel_manager_class=kernel_manager_class(),
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    strip_volatile(nb)
    text = nbformat.writes(nb) + "\n"
    if path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("notebooks", nargs="*", help="notebook names (default: all numbered notebooks)")
    p.add_argument("--raw", default=str(ROOT / "data" / "raw"))
    p.add_argument("--processed", default=str(ROOT / "data" / "processed"))
    p.add_argument("--no-data", action="store_true", help="do not rebuild the processed tables first")
    a = p.parse_args(argv)
    if Path(a.processed).resolve() != (ROOT / "data" / "processed").resolve():
        p.error("the committed outputs are defined against data/processed (the notebooks' default processed_dir)")
    if not a.no_data:
        rebuild_processed(Path(a.raw), Path(a.processed))
    names = a.notebooks or sorted(q.stem for q in NOTEBOOKS.glob("[0-9]*.ipynb"))
    for name in names:
        path = NOTEBOOKS / f"{Path(name).stem}.ipynb"
        print(f"executing {path.relative_to(ROOT)} ...", end=" ", flush=True)
        print(f"{execute_in_place(path):.1f}s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
