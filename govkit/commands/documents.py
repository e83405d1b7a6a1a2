"""``govkit ingest`` and ``govkit extract``: the documents stage and nothing after it (the command
``govkit extract`` is measured as a whole process, its start-up included)."""

from __future__ import annotations

import argparse

from govkit.core.progress import on_terminal
from govkit.pipeline.budget import Budget
from govkit.pipeline.extract_runner import run_extract, run_ingest


def ingest(a: argparse.Namespace) -> int:
    summary = run_ingest(a.raw_dir, a.out, progress=on_terminal(), budget=Budget.default(a.doc_seconds, a.doc_memory))
    print(summary.describe())
    return summary.exit_code


def extract(a: argparse.Namespace) -> int:
    budget = Budget.default(a.doc_seconds, a.doc_memory)
    summary = run_extract(a.raw_dir, a.out, jobs=a.jobs, progress=on_terminal(), budget=budget)
    print(summary.describe())
    return summary.exit_code
