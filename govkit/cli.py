"""The ``govkit`` command line: a thin layer over the public API.

Every subcommand has ``--help``; errors print one line (``govkit: <file>: <problem>``)
and exit non-zero.

This module parses the arguments; each command lives in :mod:`govkit.commands`, and only the module
of the command that runs is imported (:func:`main`): ``govkit extract`` loads the documents stage
and not the analyses or the presentation layer the other commands need.
The notebook stack (``report``, and ``run`` when it writes reports) and the synthetic-corpus
generator (``synth``) are loaded by those commands themselves: together they take about two
seconds of CPU time to import, longer than ``govkit extract`` then takes on a few megabytes.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable

from govkit import __version__, paths
from govkit.core.errors import GovkitError


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the epilog's example lines as written."""


def _command(where: str) -> Callable[[argparse.Namespace], int]:
    """The function of a command, ``module:function`` in :mod:`govkit.commands`: imported here, when
    the command runs, so that a command loads only its own module (see the module docstring)."""
    module, name = where.split(":")
    fn: Callable[[argparse.Namespace], int] = getattr(importlib.import_module(f"govkit.commands.{module}"), name)
    return fn


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
    sp.set_defaults(func="documents:ingest")

    sp = command(
        "extract",
        "extract indicator facts -> facts.parquet/.csv (and documents.*)",
        "govkit extract ../shared/corpus/dev2 --out /tmp/d2",
    )
    raw_arg(sp)
    out_arg(sp)
    budget_args(sp)
    jobs_arg(sp)
    sp.set_defaults(func="documents:extract")

    sp = command(
        "evaluate",
        "score a fact table against a gold CSV (precision/recall/F1 per family)",
        "govkit evaluate --gold ../shared/gold/dev2.csv --facts /tmp/d2/facts.csv --show 30",
    )
    sp.add_argument("--gold", required=True, metavar="CSV", help="gold fact CSV (EXTRACTION.md columns)")
    sp.add_argument("--facts", default=f"{DEFAULT_OUT}/facts.csv", metavar="CSV", help="predicted fact CSV")
    sp.add_argument("--catalog", default=None, metavar="CSV", help="indicator catalog CSV (default: govkit's)")
    sp.add_argument("--show", type=int, default=0, metavar="N", help="list up to N wrong and N missed facts")
    sp.set_defaults(func="tables:evaluate")

    sp = command(
        "attention",
        "policy-attention indices and keywords -> attention.parquet/.csv, keywords.csv",
        "govkit attention data/raw --out data/processed",
    )
    raw_arg(sp)
    out_arg(sp)
    jobs_arg(sp)
    budget_args(sp)
    sp.set_defaults(func="tables:attention")

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
    sp.set_defaults(func="tables:panel")

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
    sp.set_defaults(func="tables:regions")

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
    sp.set_defaults(func="tables:report")

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
    sp.set_defaults(func="tables:run")

    sp = command(
        "accel",
        "compile the hot modules with mypyc (build) or say which implementation runs (status)",
        "govkit accel build --if-stale",
    )
    sp.add_argument("action", choices=("build", "status"), help="build the compiled modules, or report which run")
    sp.add_argument(
        "--if-stale", action="store_true", help="build only if the compiled build is missing or out of date"
    )
    sp.set_defaults(func="tools:accel_cmd")

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
    sp.set_defaults(func="tools:synth")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    a = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if a.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        return int(_command(a.func)(a) or 0)
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
