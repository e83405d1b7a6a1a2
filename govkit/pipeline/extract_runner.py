"""The runs of the documents stage alone: ``govkit ingest`` and ``govkit extract``.

Split from :mod:`govkit.pipeline.runner` (which re-exports both) so that the ``extract`` command
loads the documents stage and nothing of the stages after it (attention, panel: the analysis
modules). Each ``run_*`` holds the output directory's lock (:mod:`govkit.store.lock`: a second run
on the same directory waits), removes what a killed run left behind (:func:`prepare`) and calls
:func:`govkit.pipeline.documents.build_documents`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from govkit.pipeline.budget import Budget
from govkit.pipeline.documents import build_documents
from govkit.pipeline.stage import StageConfig
from govkit.pipeline.summary import Summary
from govkit.store.lock import output_lock

__all__ = ["stage_config", "prepare", "run_ingest", "run_extract"]

#: Cache layouts of earlier govkit versions (one pickle or JSON file per entry), removed on sight.
_LEGACY_CACHE = ("docs", "facts", "tokens")


def stage_config(with_facts: bool, budget: Budget | None) -> StageConfig:
    """The stage's configuration; a document's time and memory budget defaults to the limits file's."""
    return StageConfig(with_facts=with_facts, budget=budget if budget is not None else Budget.default())


def prepare(out_dir: str | Path) -> None:
    """Remove temporary files of a killed run and caches of older versions (the lock is held)."""
    out = Path(out_dir)
    if not out.is_dir():
        return
    for p in out.glob(".*.tmp"):
        p.unlink(missing_ok=True)
    cache = out / ".cache"
    for name in _LEGACY_CACHE:
        shutil.rmtree(cache / name, ignore_errors=True)
    for p in cache.glob("*.state.json"):
        p.unlink(missing_ok=True)


def run_ingest(
    raw_dir: str | Path, out_dir: str | Path, jobs: int = 0, progress: bool = False, budget: Budget | None = None
) -> Summary:
    """Ingest *raw_dir* and write ``documents.parquet`` / ``documents.csv`` into *out_dir*."""
    with output_lock(out_dir):
        prepare(out_dir)
        return build_documents(raw_dir, out_dir, stage_config(False, budget), jobs, progress)


def run_extract(
    raw_dir: str | Path, out_dir: str | Path, jobs: int = 0, progress: bool = False, budget: Budget | None = None
) -> Summary:
    """Ingest and extract *raw_dir*: ``documents.*`` and ``facts.*`` in *out_dir*."""
    with output_lock(out_dir):
        prepare(out_dir)
        return build_documents(raw_dir, out_dir, stage_config(True, budget), jobs, progress)
