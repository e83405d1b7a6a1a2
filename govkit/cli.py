"""The ``govkit`` command line: a thin layer over the public API.

Every subcommand has ``--help``; errors print one line (``govkit: <file>: <problem>``)
and exit non-zero.

Imports are at the top, except two the commands that need them load themselves: the notebook
stack (``report``, and ``run`` when it writes reports) and the synthetic-corpus generator
(``synth``). Together they take about two seconds of CPU time to import, longer than
``govkit extract`` then takes on a few megabytes of reports.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

import pandas as pd

from govkit import __version__, accel, paths
from govkit.core.errors import GovkitError
from govkit.core.progress import on_terminal
from govkit.facts.evaluate import evaluate_files
from govkit.pipeline.budget import Budget
from govkit.pipeline.runner import run_all, run_attention, run_extract, run_ingest, run_panel
from govkit.present.corpus_views import regions_table


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the epilog's example lines as written."""


def _budget(a: argparse.Namespace) -> Budget:
    """One document's time and memory budget: the options, else the limits file (README 'Limits')."""
    return Budget.default(a.doc_seconds, a.doc_memory)


def _cmd_ingest(a: argparse.Namespace) -> int:
    summary = run_ingest(a.raw_dir, a.out, progress=on_terminal(), budget=_budget(a))
    print(summary.describe())
    return summary.exit_code


def _cmd_extract(a: argparse.Namespace) -> int:
    summary = run_extract(a.raw_dir, a.out, jobs=a.jobs, progress=on_terminal(), budget=_budget(a))
    print(summary.describe())
    return summary.exit_code


def _cmd_evaluate(a: argparse.Namespace) -> int:
    report = evaluate_files(a.gold, a.facts, catalog=a.catalog, show=a.show)
    print(report.text)
    return 0


def _cmd_attention(a: argparse.Namespace) -> int:
    summary = run_attention(a.raw_dir, a.out, jobs=a.jobs, progress=on_terminal(), budget=_budget(a))
    print(summary.describe())
    return summary.exit_code


def _cmd_panel(a: argparse.Namespace) -> int:
    summary = run_panel(a.processed, progress=on_terminal())
    print(summary.describe())
    return summary.exit_code


def _cmd_accel(a: argparse.Namespace) -> int:
    if a.action == "status":
        st = accel.status()
        print(st.reason)
        return 0 if st.usable else 1
    if a.if_stale and accel.status(honour_env=False).usable:
        print("govkit accel: up to date (nothing built)")
        return 0
    try:
        st = accel.build(verbose=a.verbose, if_stale=a.if_stale)
    except RuntimeError as exc:
        print(f"govkit accel: {exc}", file=sys.stderr)
        return 1
    print(f"govkit accel: built, {st.reason}")
    return 0 if st.usable else 1


def _cmd_regions(a: argparse.Namespace) -> int:
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


def _cmd_report(a: argparse.Namespace) -> int:
    # The notebook stack (papermill, nbformat, nbconvert, jupyter_client: about 2 s of imports) is
    # loaded only by the commands that run notebooks, so that `govkit extract` starts at once.
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


def _cmd_run(a: argparse.Namespace) -> int:
    progress = on_terminal()
    code = run_all(a.raw_dir, a.out, jobs=a.jobs, progress=progress, budget=_budget(a))
    if a.reports:
        from govkit.present.report import main_reports, multi_year_regions  # see _cmd_report

        code = max(code, main_reports(a.out, a.reports, multi_year_regions(a.out), jobs=a.jobs, progress=progress))
    return code


def _cmd_synth(a: argparse.Namespace) -> int:
    from govkit.devtools.synth import write_synthetic_corpus  # a developer tool: not loaded by the others

    summary = write_synthetic_corpus(a.out, n_docs=a.docs, seed=a.seed, noisy_share=a.noisy, jobs=a.jobs)
    print(summary)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="govkit",
        description="Trustworthy numbers from Chinese local-government reports.",
        epilog="example: govkit run data/raw --out data/processed   (the main job; `govkit COMMAND --help` for each)",
    )
    # default directories: see govkit.paths (environment variables, else the project found from the working directory)
    DEFAULT_RAW, DEFAULT_OUT, DEFAULT_REPORTS = (
        str(paths.raw_dir()),
        str(paths.processed_dir()),
        str(paths.reports_dir()),
    )
    p.add_argument("-V", "--version", action="version", version=f"govkit {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, help: str, example: str) -> argparse.ArgumentParser:
        return sub.add_parser(
            name, help=help, description=help, epilog=f"example:\n  {example}", formatter_class=_Formatter
        )

    def jobs_arg(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--jobs", type=int, default=0, metavar="N", help="worker processes (default: all cores)")

    def raw_arg(sp: argparse.ArgumentParser) -> None:
        sp.add_argument(
            "raw_dir",
            nargs="?",
            default=DEFAULT_RAW,
            metavar="RAW_DIR",
            help=f"directory (searched recursively) or single file of raw reports: .txt .html .pdf .docx "
            f"(default {DEFAULT_RAW})",
        )

    def budget_args(sp: argparse.ArgumentParser) -> None:
        sp.add_argument(
            "--doc-seconds",
            type=float,
            default=None,
            metavar="S",
            help="CPU time one document may take; past it the document is skipped with its reason "
            "(default: limit document_seconds in govkit/data/read_limits.csv, 300; 0 = no limit)",
        )
        sp.add_argument(
            "--doc-memory",
            type=int,
            default=None,
            metavar="MB",
            help="memory (address space) one document may add to its process; past it the document is "
            "skipped with its reason (default: limit document_memory_mb, 4096; 0 = no limit)",
        )

    def out_arg(sp: argparse.ArgumentParser) -> None:
        sp.add_argument(
            "--out",
            default=DEFAULT_OUT,
            metavar="DIR",
            help=f"directory for the tables, created if missing; its .cache/ makes re-runs fast (default {DEFAULT_OUT})",
        )

    sp = command(
        "ingest",
        "read, clean and recognise raw reports -> documents.parquet/.csv",
        "govkit ingest data/raw --out data/processed",
    )
    raw_arg(sp)
    out_arg(sp)
    budget_args(sp)
    sp.set_defaults(func=_cmd_ingest)

    sp = command(
        "extract",
        "extract indicator facts -> facts.parquet/.csv (and documents.*)",
        "govkit extract ../shared/corpus/dev2 --out /tmp/d2",
    )
    raw_arg(sp)
    out_arg(sp)
    budget_args(sp)
    jobs_arg(sp)
    sp.set_defaults(func=_cmd_extract)

    sp = command(
        "evaluate",
        "score a fact table against a gold CSV (precision/recall/F1 per family)",
        "govkit evaluate --gold ../shared/gold/dev2.csv --facts /tmp/d2/facts.csv --show 30",
    )
    sp.add_argument("--gold", required=True, metavar="CSV", help="gold fact CSV (EXTRACTION.md columns)")
    sp.add_argument("--facts", default=f"{DEFAULT_OUT}/facts.csv", metavar="CSV", help="predicted fact CSV")
    sp.add_argument("--catalog", default=None, metavar="CSV", help="indicator catalog CSV (default: govkit's)")
    sp.add_argument("--show", type=int, default=0, metavar="N", help="list up to N wrong and N missed facts")
    sp.set_defaults(func=_cmd_evaluate)

    sp = command(
        "attention",
        "policy-attention indices and keywords -> attention.parquet/.csv, keywords.csv",
        "govkit attention data/raw --out data/processed",
    )
    raw_arg(sp)
    out_arg(sp)
    jobs_arg(sp)
    budget_args(sp)
    sp.set_defaults(func=_cmd_attention)

    sp = command(
        "panel",
        "consolidate facts into the region x year x indicator panel (+ govkit.xlsx)",
        "govkit panel --processed data/processed",
    )
    sp.add_argument(
        "--processed",
        default=DEFAULT_OUT,
        metavar="DIR",
        help=f"directory holding facts.parquet and documents.parquet (default {DEFAULT_OUT})",
    )
    sp.set_defaults(func=_cmd_panel)

    sp = command(
        "regions",
        "list the regions of the processed tables: province, code, years covered, documents",
        "govkit regions --processed data/processed",
    )
    sp.add_argument(
        "--processed",
        default=DEFAULT_OUT,
        metavar="DIR",
        help=f"directory holding documents.parquet (default {DEFAULT_OUT})",
    )
    sp.set_defaults(func=_cmd_regions)

    sp = command(
        "report",
        "run a notebook with papermill for regions/years and export HTML",
        "govkit report 10_region_profile --regions 武昌区 汉阳区 --years 2015 2025",
    )
    sp.add_argument("notebook", help="notebook name or path (00_corpus_overview … 50_policy_attention)")
    sp.add_argument(
        "--regions",
        nargs="+",
        default=["all"],
        metavar="REGION",
        help="region names as `govkit regions` lists them, or 'all' (default all)",
    )
    sp.add_argument(
        "--years",
        nargs="+",
        type=int,
        default=None,
        metavar="YEAR",
        help="first and last year to cover (default: all years)",
    )
    sp.add_argument(
        "--indicators",
        nargs="+",
        default=None,
        metavar="ID",
        help="indicator ids for the comparison notebooks (default: those with data)",
    )
    sp.add_argument(
        "--themes", nargs="+", default=None, metavar="THEME", help="attention theme ids (50_policy_attention)"
    )
    sp.add_argument(
        "--processed",
        default=DEFAULT_OUT,
        metavar="DIR",
        help=f"directory of the processed tables (default {DEFAULT_OUT})",
    )
    sp.add_argument(
        "--out",
        default=DEFAULT_REPORTS,
        metavar="DIR",
        help=f"directory for the HTML reports (default {DEFAULT_REPORTS})",
    )
    sp.add_argument(
        "--allow-empty",
        action="store_true",
        help="write the report even when a requested region has no data in the year range "
        "(default: warn and exit with status 2)",
    )
    jobs_arg(sp)
    sp.set_defaults(func=_cmd_report)

    sp = command(
        "run",
        "the main job: ingest, extract, attention, panel, workbook, then the HTML reports",
        "govkit run data/raw --out data/processed --reports reports",
    )
    raw_arg(sp)
    out_arg(sp)
    budget_args(sp)
    sp.add_argument(
        "--reports", default=DEFAULT_REPORTS, metavar="DIR", help="directory for HTML reports ('' to skip the reports)"
    )
    jobs_arg(sp)
    sp.set_defaults(func=_cmd_run)

    sp = command(
        "accel",
        "compile the hot modules with mypyc (build) or say which implementation runs (status)",
        "govkit accel build --if-stale",
    )
    sp.add_argument("action", choices=("build", "status"), help="build the compiled modules, or report which run")
    sp.add_argument(
        "--if-stale", action="store_true", help="build only if the compiled build is missing or out of date"
    )
    sp.set_defaults(func=_cmd_accel)

    sp = command(
        "synth",
        "write a synthetic corpus with known facts (benchmarks, tests)",
        "govkit synth --docs 1000 --out /tmp/syn --seed 7",
    )
    sp.add_argument("--docs", type=int, default=100, metavar="N", help="number of documents (default 100)")
    sp.add_argument("--out", required=True, metavar="DIR", help="directory to write the corpus and its gold tables to")
    sp.add_argument("--seed", type=int, default=0, metavar="N", help="random seed: the same seed writes the same bytes")
    sp.add_argument(
        "--noisy",
        type=float,
        default=0.2,
        metavar="SHARE",
        help="share of noisy documents (web chrome, wraps, GBK; default 0.2)",
    )
    jobs_arg(sp)
    sp.set_defaults(func=_cmd_synth)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    a = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if a.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        return int(a.func(a) or 0)
    except GovkitError as exc:
        print(f"govkit: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("govkit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: not an error of govkit's
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error at exit's flush
        return 0
    except OSError as exc:  # a file-system problem no command foresaw: still one line naming the file
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"govkit: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
