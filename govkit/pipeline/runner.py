"""The one runner of govkit's stages on a directory, used by the CLI, the tests and ``make notebooks``.

Each ``run_*`` holds the output directory's lock (:mod:`govkit.store.lock`: a second run on
the same directory waits), removes what a killed run left behind, and calls the one builder of
its table(s):

* documents, facts: :func:`govkit.pipeline.documents.build_documents` (raw files -> tables,
  through the per-document stage and the content-hash cache);
* attention: :func:`govkit.pipeline.derived.build_attention` (documents table -> attention);
* panel: :func:`govkit.pipeline.derived.build_panel` (facts and documents -> panel tables).

``run_ingest`` and ``run_extract`` live in :mod:`govkit.pipeline.extract_runner` (the ``extract``
command loads only that module). :func:`run_all` is ``govkit run`` (before its reports): each raw
file is read once, every later stage works from the tables. :func:`processed_is_current` says whether a processed directory is up to date with a
raw directory and this code, by content hashes only.
"""

from __future__ import annotations

from pathlib import Path

from govkit.core.errors import GovkitError
from govkit.pipeline.budget import Budget
from govkit.pipeline.derived import ATTENTION_SOURCES, PANEL_SOURCES, build_attention, build_panel
from govkit.pipeline.documents import build_documents, raw_inputs
from govkit.pipeline.extract_runner import prepare as _prepare
from govkit.pipeline.extract_runner import run_extract, run_ingest
from govkit.pipeline.extract_runner import stage_config as _config
from govkit.pipeline.summary import Summary
from govkit.store.lock import output_lock
from govkit.store.tableset import is_fresh, table_entry

__all__ = [
    "Summary",
    "run_ingest",
    "run_extract",
    "run_attention",
    "run_panel",
    "run_all",
    "processed_is_current",
]


def run_attention(
    raw_dir: str | Path | None,
    out_dir: str | Path,
    jobs: int = 0,
    progress: bool = False,
    budget: Budget | None = None,
) -> Summary:
    """``govkit attention``: bring the documents table of *out_dir* up to date with *raw_dir*
    (with the facts too if *out_dir* has them), then write the attention tables from it.
    Without *raw_dir*, the documents table on disk is used as it is."""
    with output_lock(out_dir):
        _prepare(out_dir)
        failures = []
        notes = []
        if raw_dir is not None:
            with_facts = table_entry(out_dir, "facts") is not None
            docs = build_documents(raw_dir, out_dir, _config(with_facts, budget), jobs, progress)
            failures, notes = docs.failures, [docs.headline()]
        summary = build_attention(out_dir, progress, jobs)
        summary.failures += failures
        summary.notes = notes + summary.notes
        return summary


def run_panel(processed_dir: str | Path, progress: bool = False) -> Summary:
    """Consolidate ``facts`` + ``documents`` of *processed_dir* into the panel and derived tables
    (they must be one run's tables, as the processed manifest records them)."""
    with output_lock(processed_dir):
        _prepare(processed_dir)
        return build_panel(processed_dir, progress)


def run_all(
    raw_dir: str | Path,
    out_dir: str | Path,
    jobs: int = 0,
    progress: bool = False,
    quiet: bool = False,
    budget: Budget | None = None,
) -> int:
    """The tables of the main job: extract (with ingest), attention, panel. (``govkit run`` then
    writes the HTML reports with :func:`govkit.present.report.main_reports`: a profile of every
    region with two or more years and a comparison of those regions.)

    Prints each stage's summary (unless *quiet*); returns 0 when everything succeeded, 1 when a
    document failed.
    """
    code = 0
    with output_lock(out_dir):
        _prepare(out_dir)
        for build in (
            lambda: build_documents(raw_dir, out_dir, _config(True, budget), jobs, progress),
            lambda: build_attention(out_dir, progress, jobs),
            lambda: build_panel(out_dir, progress),
        ):
            summary = build()
            if not quiet:
                print(summary.describe(), flush=True)
            code = max(code, summary.exit_code)
    return code


def processed_is_current(raw_dir: str | Path, out_dir: str | Path) -> bool:
    """Whether every table ``govkit run`` writes in *out_dir* is current: documents and facts
    built by this code from exactly the files of *raw_dir* without failure, attention and panel
    from those tables. Content hashes only (no modification times)."""
    try:
        inputs = raw_inputs(raw_dir)
    except GovkitError:
        return False
    for table in ("documents", "facts"):
        entry = table_entry(out_dir, table)
        if entry is None or entry.get("inputs") != inputs or entry.get("failures") != 0:
            return False
    return is_fresh(out_dir, "attention", ATTENTION_SOURCES) and is_fresh(out_dir, "panel", PANEL_SOURCES)
