"""HTML reports: the commands. ``govkit report`` (:func:`run_reports`) and the reports of the
main job (:func:`main_reports`).

``govkit report 10_region_profile --regions 会同县 镇巴县 --years 2015 2025`` writes
``reports/10_region_profile/会同县_2015-2025.html`` and ``…/镇巴县_2015-2025.html``.

Planning (parameters checked against the processed data, file names) is in
:mod:`govkit.present.report_plan`; running the notebooks (papermill, nbconvert, the worker pool)
in :mod:`govkit.present.report_run`.
"""

from __future__ import annotations

import time
from pathlib import Path

from govkit.present.processed import document_regions
from govkit.present.report_plan import ReportJob, plan_reports
from govkit.present.report_run import execute_jobs, summarise
from govkit.store.tables import read_parquet


def multi_year_regions(processed: str | Path) -> list[str]:
    """Region labels with reports on two or more years: the regions the main job can compare.

    Years are the documents' years described; a region with one year gets a profile only when
    asked for (``govkit report 10_region_profile --regions …``)."""
    docs = read_parquet(Path(processed) / "documents.parquet", columns=["doc_id", "region", "anonymised", "year"])
    years = docs.assign(label=document_regions(docs)).dropna(subset=["year"]).groupby("label")["year"].nunique()
    return sorted(str(r) for r in years[years >= 2].index)


def main_reports(
    processed: str | Path, out: str | Path, regions: list[str], jobs: int = 0, progress: bool = False
) -> int:
    """The reports of the main job, run as one parallel batch; prints a summary, returns the exit code.

    ``00_corpus_overview`` and ``50_policy_attention`` for every region; ``10_region_profile``
    for each of *regions*; ``20_region_comparison``, ``30_poverty_alleviation`` and
    ``40_ecology`` for *regions* together.
    """
    t0 = time.perf_counter()
    plans: list[ReportJob] = []
    plans += plan_reports("00_corpus_overview", ["all"], processed=processed, out=out)
    plans += plan_reports("10_region_profile", regions, processed=processed, out=out)
    for nb in ("20_region_comparison", "30_poverty_alleviation", "40_ecology"):
        plans += plan_reports(nb, regions, processed=processed, out=out)
    if (Path(processed) / "attention.parquet").exists():
        plans += plan_reports("50_policy_attention", ["all"], processed=processed, out=out)
    results = execute_jobs(plans, jobs, progress)
    print(summarise(results, time.perf_counter() - t0))
    return 0 if all(r.ok for r in results) else 1


def run_reports(
    notebook: str | Path,
    regions=None,
    years=None,
    indicators=None,
    themes=None,
    processed: str | Path | None = None,
    out: str | Path | None = None,
    jobs: int = 0,
    progress: bool = False,
    allow_empty: bool = False,
) -> int:
    """Plan, run and export reports; print a summary. Exit code 0 if all succeeded, else 1.

    Raises :class:`ParameterError` (before running anything) for an unknown notebook,
    region, indicator or theme, and :class:`EmptySelection` for a region without data in the
    year range unless *allow_empty*.
    """
    t0 = time.perf_counter()
    planned = plan_reports(notebook, regions, years, indicators, themes, processed, out, allow_empty)
    results = execute_jobs(planned, jobs, progress)
    print(summarise(results, time.perf_counter() - t0))
    return 0 if all(r.ok for r in results) else 1
