"""Bounded work per document (issue 13): extraction time linear in the text's length, a
per-document time and memory budget, workers that die with their parent.

Timing tests use generous bounds and ratios (the machine is shared): a quadratic extractor
fails them by a wide margin (a 20 KB run of ``增长5%`` took 5 s before the sentence cap, so
1 MB would take hours), a linear one passes them with room to spare.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from govkit.facts.clauses import sentence_spans
from govkit.facts.extract import extract_records
from govkit.pipeline.corpus import document_from_text
from govkit.text.limits import limit

ROOT = Path(__file__).resolve().parents[1]


def _extract_seconds(text: str) -> tuple[float, list]:
    doc = document_from_text(text, "run")
    t0 = time.perf_counter()
    facts = extract_records(doc)
    return time.perf_counter() - t0, facts


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


# -- extraction linear in the text's length -------------------------------------------------
def test_a_run_of_figures_without_a_full_stop_is_extracted_in_linear_time():
    extract_records(document_from_text("地区生产总值100亿元,增长5%。", "warm"))
    shape = "地区生产总值" + _repeat("增长5%", 1_000_000)
    small, _ = _extract_seconds(shape[:200_000])
    large, facts = _extract_seconds(shape)
    assert large < 8.0  # about 0.6 s here (pure Python); hours before the cap
    assert large < 12 * max(small, 0.05)  # linear: 5x the text, about 3-5x the time (quadratic: 25x)
    assert [f.value for f in facts] == [5.0]  # the subject's one growth rate, read once


def test_figures_separated_by_commas_or_blanks_take_linear_time():
    numbers = "地区生产总值" + ",".join(str(i % 997) for i in range(200_000))
    blanks = numbers.replace(",", " ")
    for text in (numbers[:1_000_000], blanks[:1_000_000]):
        seconds, _ = _extract_seconds(text)
        assert seconds < 8.0


def test_a_long_sentence_is_cut_at_semicolons_then_commas_never_inside_a_number():
    cap = limit("sentence_chars")
    clause = "一般公共预算收入3.2亿元,同比增长8%;"
    para = clause * (3 * cap // len(clause))
    spans = sentence_spans(para)
    assert len(spans) >= 3 and all(e - s <= cap for s, e in spans)
    assert all(para[e - 1] == ";" for s, e in spans[:-1])  # cut after a semicolon
    assert spans[0][0] == 0 and spans[-1][1] == len(para)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))  # no character lost
    run = _repeat("12.5%", 3 * cap)  # no separator at all: cut between two figures
    spans = sentence_spans(run)
    assert len(spans) >= 3 and all(run[s:e].startswith("12.5%") for s, e in spans)
    digits = "地区生产总值" + "9" * (2 * cap) + "亿元"  # a number longer than the cap is not cut
    assert any(digits[s:e].count("9") == 2 * cap for s, e in sentence_spans(digits))


def test_facts_of_a_long_list_without_full_stops_keep_their_printed_values():
    para = "".join(f"地区生产总值{100 + i}.5亿元,增长{i % 9 + 1}.1%;" for i in range(400))
    _, facts = _extract_seconds("2021年经济运行情况\n" + para)
    levels = [f.value_text for f in facts if f.measure == "level"]
    assert levels and all(v.endswith(".5亿元") for v in levels)
    assert all(f.value_text.endswith(".1%") for f in facts if f.measure == "yoy_pct")


def test_real_sentences_are_shorter_than_the_cap():
    assert limit("sentence_chars") >= 1000


# -- workers die with their parent ----------------------------------------------------------
def _children(pid: int) -> list[int]:
    """The worker processes of *pid* (multiprocessing's resource tracker, which ends when its pipe
    closes, is not a worker)."""
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid and b"resource_tracker" not in cmdline:
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has exited; init reaps it when it will


def _kill_parent_and_count_survivors(parent: subprocess.Popen, min_children: int) -> tuple[int, int]:
    deadline = time.monotonic() + 90
    children: list[int] = []
    while time.monotonic() < deadline and parent.poll() is None:
        children = _children(parent.pid)
        if len(children) >= min_children:
            break
        time.sleep(0.1)
    assert len(children) >= min_children, "the workers did not start"
    time.sleep(0.5)
    os.kill(parent.pid, signal.SIGKILL)  # the parent alone, as the OOM killer does
    parent.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(_alive(c) for c in children):
        time.sleep(0.1)
    survivors = [c for c in children if _alive(c)]
    for c in survivors:
        os.kill(c, signal.SIGKILL)
    return len(children), len(survivors)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_document_workers_die_when_only_the_parent_is_killed(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    slow = (("2020年地区生产总值增长5%") * 12_000)[:150_000]  # a few seconds each: the workers are busy
    for i in range(6):
        (raw / f"slow_{i}.txt").write_text(slow, encoding="utf-8")
    parent = subprocess.Popen(
        [sys.executable, "-m", "govkit.cli", "extract", str(raw), "--out", str(tmp_path / "out"), "--jobs", "2"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    n, survivors = _kill_parent_and_count_survivors(parent, 2)
    assert n >= 2 and survivors == 0


_SPAWN_POOL = """
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
import multiprocessing as mp
from govkit.core.lifeline import die_with_parent
if __name__ == "__main__":
    with ProcessPoolExecutor(2, mp_context=mp.get_context("spawn"), initializer=die_with_parent,
                             initargs=(os.getpid(),)) as pool:
        list(pool.map(time.sleep, [60, 60]))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_spawned_workers_as_the_reports_use_die_with_their_parent(tmp_path):
    script = tmp_path / "pool.py"
    script.write_text(_SPAWN_POOL, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], cwd=ROOT, start_new_session=True)
    n, survivors = _kill_parent_and_count_survivors(parent, 2)
    assert n >= 2 and survivors == 0


def test_report_and_document_pools_use_the_lifeline():
    import inspect

    from govkit.pipeline import pool
    from govkit.present import report_run

    assert "initializer=die_with_parent" in inspect.getsource(pool.execute)
    assert "initializer=die_with_parent" in inspect.getsource(report_run.execute_jobs)


# -- a time and memory budget per document ---------------------------------------------------
def _budget_corpus(tmp_path: Path, shared_corpus) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    good = (shared_corpus("seeds") / "zhenba_2021_self_assessment.txt").read_text(encoding="utf-8")
    (raw / "good.txt").write_text(good, encoding="utf-8")
    # ~4 s (10 s before each figure's prefix scans were made once per sentence), well under 64 MB
    (raw / "slow.txt").write_text(_repeat("2020年地区生产总值增长5%", 1_200_000), encoding="utf-8")
    (raw / "big.txt").write_text(good * (8 * 1024 * 1024 // len(good.encode()) + 1), encoding="utf-8")  # 8 MB
    return raw


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_document_over_its_budget_is_skipped_with_its_reason_and_the_batch_goes_on(tmp_path, shared_corpus, jobs):
    raw = _budget_corpus(tmp_path, shared_corpus)
    out = tmp_path / "out"
    args = ["extract", str(raw), "--out", str(out), "--jobs", jobs, "--doc-seconds", "1", "--doc-memory", "64"]
    r = subprocess.run([sys.executable, "-m", "govkit.cli", *args], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("extract: 1 documents") and "2 failed" in lines[0]
    assert any(f"{raw / 'slow.txt'}: skipped: over the time budget of 1 s" in ln for ln in lines)
    assert any(f"{raw / 'big.txt'}: skipped: over the memory budget of 64 MB" in ln for ln in lines)
    failures = pd.read_csv(out / "failures.csv")  # the same list, in a table the user keeps
    assert sorted(Path(p).name for p in failures["path"]) == ["big.txt", "slow.txt"]
    assert failures["reason"].str.contains("over the .* budget").all()
    facts = pd.read_parquet(out / "facts.parquet")
    assert set(facts["doc_id"]) == {"good"}
    # Once they are gone, the next run has nothing left to report.
    (raw / "slow.txt").unlink()
    (raw / "big.txt").unlink()
    r = subprocess.run([sys.executable, "-m", "govkit.cli", *args], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stdout + r.stderr
    assert pd.read_csv(out / "failures.csv").empty


def test_the_budget_restores_the_process_limits_and_timers():
    import resource

    from govkit.pipeline.budget import Budget, OverBudget, document_budget

    before = resource.getrlimit(resource.RLIMIT_AS)
    handler = signal.getsignal(signal.SIGPROF)
    with pytest.raises(OverBudget, match="over the time budget of 0.2 s"):
        with document_budget(Budget(seconds=0.2, memory_mb=512)):
            t0 = time.monotonic()
            while time.monotonic() - t0 < 5:
                pass
    with pytest.raises(OverBudget, match="over the memory budget of 32 MB"):
        with document_budget(Budget(seconds=5, memory_mb=32)):
            bytearray(256 * 1024 * 1024)
    with document_budget(Budget(seconds=5, memory_mb=512)):
        pass
    assert resource.getrlimit(resource.RLIMIT_AS) == before
    assert signal.getsignal(signal.SIGPROF) == handler
    assert signal.getitimer(signal.ITIMER_PROF)[0] == 0
    assert Budget.default() == Budget(limit("document_seconds"), limit("document_memory_mb"))


def test_the_time_budget_counts_cpu_time_not_waiting():
    """The budget is CPU time: a document is not skipped because the machine was busy with other
    work (the same input gives the same output at any load). Waiting costs nothing of it; work does."""
    from govkit.pipeline.budget import Budget, OverBudget, document_budget

    with document_budget(Budget(seconds=0.2)):
        time.sleep(0.6)  # three times the budget in wall time, almost no CPU time
    with pytest.raises(OverBudget, match="over the time budget of 0.2 s"):
        with document_budget(Budget(seconds=0.2)):
            t0 = time.process_time()
            while time.process_time() - t0 < 5:
                pass
