"""Every CLI error is one line naming the path and the problem, with a non-zero exit (issue 13):
an output directory that is read-only or a file, a gold file that is not a fact CSV, a damaged
Parquet table in the processed directory. Each test builds its bad input and runs the CLI."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from govkit.cli import main
from govkit.pipeline.runner import run_all

ROOT = Path(__file__).resolve().parents[1]


def govkit_cli(*args: str) -> subprocess.CompletedProcess:
    """``govkit ARGS`` through the CLI's entry point, in this process (a traceback would fail the test)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return subprocess.CompletedProcess(["govkit", *args], code, out.getvalue(), err.getvalue())


def test_errors_are_one_line_from_a_fresh_process_too(tmp_path):
    out = tmp_path / "a file"
    out.write_text("x", encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "govkit.cli", "extract", str(tmp_path), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert_one_line_error(r, out, "not a directory")


def assert_one_line_error(r: subprocess.CompletedProcess, path: Path | str, problem: str) -> None:
    assert r.returncode != 0, r.stdout + r.stderr
    assert "Traceback" not in r.stderr, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith(f"govkit: {path}: ") and problem in lines[0], lines[0]


@pytest.fixture(scope="module")
def processed(tmp_path_factory, shared_corpus_module):
    raw = tmp_path_factory.mktemp("raw")
    shutil.copy(shared_corpus_module("seeds") / "zhenba_2021_self_assessment.txt", raw / "zhenba.txt")
    out = tmp_path_factory.mktemp("processed")
    assert run_all(raw, out, jobs=1, progress=False, quiet=True) == 0
    return raw, out


@pytest.fixture(scope="module")
def shared_corpus_module():
    shared = ROOT.parent / "shared" / "corpus"
    if not shared.is_dir():
        pytest.skip("the shared corpora are not here")
    return lambda name: shared / name


def _read_only(path: Path) -> bool:
    """Make *path* read-only for this user (root: the immutable attribute); False if impossible."""
    path.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
    if os.geteuid() != 0:
        return True
    return subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0


def _writable_again(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)
    path.chmod(0o755)


def test_a_read_only_output_directory(processed, tmp_path):
    raw, done = processed
    out = tmp_path / "out"
    shutil.copytree(done, out)  # outputs and cache already there: a changed raw file must be written
    (raw / "another.txt").write_text("2021年,全县实现地区生产总值92.45亿元,同比增长10.5%。", encoding="utf-8")
    try:
        if not _read_only(out):
            pytest.skip("cannot make a directory read-only here")
        r = govkit_cli("extract", str(raw), "--out", str(out))
    finally:
        _writable_again(out)
        (raw / "another.txt").unlink()
    assert_one_line_error(r, out, "not writable")


def test_an_output_directory_that_is_a_file(processed, tmp_path):
    raw, _ = processed
    out = tmp_path / "facts.csv"
    out.write_text("doc_id\n", encoding="utf-8")
    for command in ("ingest", "extract", "run"):
        assert_one_line_error(govkit_cli(command, str(raw), "--out", str(out)), out, "not a directory")
    assert out.read_text(encoding="utf-8") == "doc_id\n"
    r = govkit_cli("panel", "--processed", str(out))
    assert_one_line_error(r, out, "not a directory")


@pytest.mark.parametrize(
    "content, problem",
    [
        (bytes(range(256)) * 20, "not a CSV file"),
        ("地区,数值\n会同县,1\n".encode("gbk"), "not a CSV file"),
        ("region,value\n会同县,1\n".encode(), "missing column(s) doc_id, indicator, measure, year"),
        (b"", "not a CSV file"),
    ],
)
def test_a_gold_file_that_is_not_a_fact_csv(processed, tmp_path, content, problem):
    _, out = processed
    gold = tmp_path / "gold.csv"
    gold.write_bytes(content)
    assert_one_line_error(govkit_cli("evaluate", "--gold", str(gold), "--facts", str(out / "facts.csv")), gold, problem)


def test_a_facts_file_that_is_not_a_table(processed, tmp_path):
    _, out = processed
    bad = tmp_path / "facts.parquet"
    bad.write_bytes(b"PAR1 but not really")
    r = govkit_cli("evaluate", "--gold", str(out / "facts.csv"), "--facts", str(bad))
    assert_one_line_error(r, bad, "not a readable Parquet table")


@pytest.mark.parametrize("table", ["facts", "documents"])
def test_a_damaged_parquet_table_for_panel(processed, tmp_path, table):
    _, done = processed
    out = tmp_path / "processed"
    shutil.copytree(done, out)
    (out / f"{table}.parquet").write_bytes(os.urandom(300))
    assert_one_line_error(govkit_cli("panel", "--processed", str(out)), out, f"the {table} table is missing, damaged")
    (out / ".tables.json").unlink()  # no manifest to compare with: the file itself is refused
    r = govkit_cli("panel", "--processed", str(out))
    assert r.returncode != 0 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert str(out) in r.stderr


@pytest.mark.parametrize("table", ["documents", "panel", "attention"])
def test_a_damaged_parquet_table_for_reports_and_regions(processed, tmp_path, table):
    _, done = processed
    out = tmp_path / "processed"
    shutil.copytree(done, out)
    damaged = out / f"{table}.parquet"
    damaged.write_bytes(b"\x00" * 64)
    r = govkit_cli("report", "10_region_profile", "--processed", str(out), "--out", str(tmp_path / "reports"))
    assert_one_line_error(r, damaged, "not a readable Parquet table")
    if table == "documents":
        assert_one_line_error(govkit_cli("regions", "--processed", str(out)), damaged, "not a readable Parquet table")


def test_a_reports_directory_that_is_a_file(processed, tmp_path):
    _, done = processed
    out = tmp_path / "reports.html"
    out.write_text("<html></html>", encoding="utf-8")
    r = govkit_cli("report", "00_corpus_overview", "--processed", str(done), "--out", str(out))
    assert_one_line_error(r, out, "not a directory")
