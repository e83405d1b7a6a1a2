"""The ``govkit`` command line: a thin layer over the public API.

Every subcommand has ``--help``; errors print one line (``govkit: <file>: <problem>``)
and exit non-zero.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from govkit import accel, paths
from govkit.core.errors import GovkitError
from govkit.devtools.synth import write_synthetic_corpus
from govkit.facts.evaluate import evaluate_files
from govkit.pipeline.runner import run_all, run_attention, run_extract, run_ingest, run_panel
from govkit.present.report import run_reports


def _cmd_ingest(a: argparse.Namespace) -> int:
    summary = run_ingest(a.raw_dir, a.out, progress=sys.stderr.isatty())
    print(summary.describe())
    return summary.exit_code


def _cmd_extract(a: argparse.Namespace) -> int:
    summary = run_extract(a.raw_dir, a.out, jobs=a.jobs, progress=sys.stderr.isatty())
    print(summary.describe())
    return summary.exit_code


def _cmd_evaluate(a: argparse.Namespace) -> int:
    report = evaluate_files(a.gold, a.facts, catalog=a.catalog, show=a.show)
    print(report.text)
    return 0


def _cmd_attention(a: argparse.Namespace) -> int:
    summary = run_attention(a.raw_dir, a.out, progress=sys.stderr.isatty())
    print(summary.describe())
    return summary.exit_code


def _cmd_panel(a: argparse.Namespace) -> int:
    summary = run_panel(a.processed)
    print(summary.describe())
    return summary.exit_code


def _cmd_accel(a: argparse.Namespace) -> int:
    if a.action == "status":
        st = accel.status()
        print(st.reason)
        return 0 if st.usable else 1
    try:
        st = accel.build(verbose=a.verbose, if_stale=a.if_stale)
    except RuntimeError as exc:
        print(f"govkit accel: {exc}", file=sys.stderr)
        return 1
    print(f"govkit accel: {st.reason}")
    return 0 if st.usable else 1


def _cmd_report(a: argparse.Namespace) -> int:
    return run_reports(
        a.notebook,
        regions=a.regions,
        years=a.years,
        indicators=a.indicators,
        themes=a.themes,
        processed=a.processed,
        out=a.out,
        jobs=a.jobs,
    )


def _cmd_run(a: argparse.Namespace) -> int:
    return run_all(a.raw_dir, a.out, reports_dir=a.reports or None, jobs=a.jobs, progress=sys.stderr.isatty())


def _cmd_synth(a: argparse.Namespace) -> int:
    summary = write_synthetic_corpus(a.out, n_docs=a.docs, seed=a.seed, noisy_share=a.noisy, jobs=a.jobs)
    print(summary)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="govkit", description="Trustworthy numbers from Chinese local-government reports.")
    # default directories: see govkit.paths (environment variables, else the project found from the working directory)
    DEFAULT_RAW, DEFAULT_OUT, DEFAULT_REPORTS = (
        str(paths.raw_dir()),
        str(paths.processed_dir()),
        str(paths.reports_dir()),
    )
    p.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def jobs_arg(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")

    sp = sub.add_parser("ingest", help="read, clean and recognise raw reports -> documents.parquet/.csv")
    sp.add_argument(
        "raw_dir", nargs="?", default=DEFAULT_RAW, help=f"directory (or file) of raw reports (default {DEFAULT_RAW})"
    )
    sp.add_argument("--out", default=DEFAULT_OUT, help=f"output directory (default {DEFAULT_OUT})")
    sp.set_defaults(func=_cmd_ingest)

    sp = sub.add_parser("extract", help="extract indicator facts -> facts.parquet/.csv (runs ingest as needed)")
    sp.add_argument("raw_dir", nargs="?", default=DEFAULT_RAW)
    sp.add_argument("--out", default=DEFAULT_OUT)
    jobs_arg(sp)
    sp.set_defaults(func=_cmd_extract)

    sp = sub.add_parser("evaluate", help="score a fact table against a gold CSV (precision/recall/F1 per family)")
    sp.add_argument("--gold", required=True, help="gold fact CSV (EXTRACTION.md columns)")
    sp.add_argument("--facts", default=f"{DEFAULT_OUT}/facts.csv", help="predicted fact CSV")
    sp.add_argument("--catalog", default=None, help="indicator catalog CSV (default: govkit's)")
    sp.add_argument("--show", type=int, default=0, help="list up to N wrong and N missed facts")
    sp.set_defaults(func=_cmd_evaluate)

    sp = sub.add_parser(
        "attention", help="policy-attention indices and keywords -> attention.parquet/.csv, keywords.csv"
    )
    sp.add_argument("raw_dir", nargs="?", default=DEFAULT_RAW)
    sp.add_argument("--out", default=DEFAULT_OUT)
    sp.set_defaults(func=_cmd_attention)

    sp = sub.add_parser("panel", help="consolidate facts into the region x year x indicator panel")
    sp.add_argument("--processed", default=DEFAULT_OUT, help="directory holding facts.parquet and documents.parquet")
    sp.set_defaults(func=_cmd_panel)

    sp = sub.add_parser("report", help="run a notebook with papermill for regions/years and export HTML")
    sp.add_argument("notebook", help="notebook name or path (e.g. 10_region_profile)")
    sp.add_argument("--regions", nargs="+", default=["all"], help="region names as printed (or 'all')")
    sp.add_argument("--years", nargs="+", type=int, default=None, help="years to cover (default: all)")
    sp.add_argument("--indicators", nargs="+", default=None, help="indicator ids (comparison notebooks)")
    sp.add_argument("--themes", nargs="+", default=None, help="attention theme ids (50_policy_attention)")
    sp.add_argument("--processed", default=DEFAULT_OUT)
    sp.add_argument("--out", default=DEFAULT_REPORTS)
    jobs_arg(sp)
    sp.set_defaults(func=_cmd_report)

    sp = sub.add_parser("run", help="the main job: ingest, extract, attention, panel, notebooks -> HTML reports")
    sp.add_argument("raw_dir", nargs="?", default=DEFAULT_RAW)
    sp.add_argument("--out", default=DEFAULT_OUT)
    sp.add_argument("--reports", default=DEFAULT_REPORTS, help="directory for HTML reports ('' to skip the reports)")
    jobs_arg(sp)
    sp.set_defaults(func=_cmd_run)

    sp = sub.add_parser(
        "accel", help="compile the hot modules with mypyc (build) or say which implementation runs (status)"
    )
    sp.add_argument("action", choices=("build", "status"))
    sp.add_argument(
        "--if-stale", action="store_true", help="build only if the compiled build is missing or out of date"
    )
    sp.set_defaults(func=_cmd_accel)

    sp = sub.add_parser("synth", help="write a synthetic corpus with known facts (benchmarks, tests)")
    sp.add_argument("--docs", type=int, default=100)
    sp.add_argument("--out", required=True)
    sp.add_argument("--seed", type=int, default=0)
    sp.add_argument("--noisy", type=float, default=0.2, help="share of noisy documents (web chrome, wraps, GBK)")
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


if __name__ == "__main__":
    sys.exit(main())
