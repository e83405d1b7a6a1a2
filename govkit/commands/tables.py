"""``govkit evaluate``, ``attention``, ``panel``, ``regions``, ``report`` and ``run``: the commands
that read or build the tables after the documents stage.

Imports are at the top, except the notebook stack (papermill, nbformat, nbconvert, jupyter_client:
about two seconds of CPU time), which ``report`` and ``run`` (when it writes reports) load themselves.
"""

from __future__ import annotations

import argparse

import pandas as pd

from govkit import paths
from govkit.core.progress import on_terminal
from govkit.facts.evaluate import evaluate_files
from govkit.pipeline.budget import Budget
from govkit.pipeline.runner import run_all, run_attention, run_panel
from govkit.present.corpus_views import regions_table


def _budget(a: argparse.Namespace) -> Budget:
    """One document's time and memory budget: the options, else the limits file (README 'Limits')."""
    return Budget.default(a.doc_seconds, a.doc_memory)


def evaluate(a: argparse.Namespace) -> int:
    report = evaluate_files(a.gold, a.facts, catalog=a.catalog, show=a.show)
    print(report.text)
    return 0


def attention(a: argparse.Namespace) -> int:
    summary = run_attention(a.raw_dir, a.out, jobs=a.jobs, progress=on_terminal(), budget=_budget(a))
    print(summary.describe())
    return summary.exit_code


def panel(a: argparse.Namespace) -> int:
    summary = run_panel(a.processed, progress=on_terminal())
    print(summary.describe())
    return summary.exit_code


def regions(a: argparse.Namespace) -> int:
    table = regions_table(paths.processed_dir(a.processed, must_exist=True))
    if table.empty:
        print("no documents in the processed tables")
        return 0
    with pd.option_context("display.unicode.east_asian_width", True):  # Chinese names take two columns
        print(table.to_string(index=False))
    if (table["doc_id"] != "").any():
        print(
            "匿名<n>: a report that names no region, one label per report in doc_id order (never a guessed place);"
            " --regions takes the label or the doc_id"
        )
    return 0


def report(a: argparse.Namespace) -> int:
    # The notebook stack (papermill, nbformat, nbconvert, jupyter_client: about 2 s of imports) is
    # loaded only by the commands that run notebooks, so that `govkit panel` starts at once.
    from govkit.present.report import run_reports

    return run_reports(
        a.notebook,
        regions=a.regions,
        years=a.years,
        indicators=a.indicators,
        themes=a.themes,
        processed=a.processed,
        out=a.out,
        jobs=a.jobs,
        progress=on_terminal(),
        allow_empty=a.allow_empty,
    )


def run(a: argparse.Namespace) -> int:
    progress = on_terminal()
    code = run_all(a.raw_dir, a.out, jobs=a.jobs, progress=progress, budget=_budget(a))
    if a.reports:
        from govkit.present.report import main_reports, multi_year_regions  # see report()

        code = max(code, main_reports(a.out, a.reports, multi_year_regions(a.out), jobs=a.jobs, progress=progress))
    return code
