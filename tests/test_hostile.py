"""Hostile input end to end: a batch survives whatever the web serves, loses nothing, executes nothing."""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

import govkit

ROOT = Path(__file__).resolve().parents[1]


def govkit_cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govkit.cli", *args], capture_output=True, text=True, cwd=ROOT, **kw)


def test_a_hostile_batch_completes(tmp_path, shared_corpus):
    seeds = shared_corpus("seeds")
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(seeds / "zhenba_2021_self_assessment.txt", raw / "good one.txt")
    (raw / "空白.txt").write_bytes(b" \n\t\r\n ")
    (raw / "binary.txt").write_bytes(os.urandom(4096))
    (raw / "truncated.html").write_text(
        "<html><head><title>会同县政府工作报告</title></head><body><p>全县实现地区生产总值120亿元,增长5%。<p>固定资产",
        encoding="utf-8",
    )
    marker = tmp_path / "pwned"
    (raw / "scripts.html").write_text(
        "<html><head><style>p{color:red} .x:before{content:'地区生产总值999亿元'}</style>"
        f"<script>require('fs').writeFileSync('{marker}', 'x'); var gdp='地区生产总值888亿元';</script></head>"
        "<body><p>2021年,全县实现地区生产总值92.5亿元,同比增长8.1%。</p>"
        "<img src=x onerror=\"alert('地区生产总值777亿元')\"></body></html>",
        encoding="utf-8",
    )
    (raw / "gbk wrong name.txt").write_bytes(
        (seeds / "huitong_2021_work_report.txt").read_text(encoding="utf-8").encode("gb18030")
    )
    (raw / "mixed.txt").write_bytes(
        "2020年,全县地区生产总值完成88.6亿元,增长4.2%。".encode() + "城镇居民人均可支配收入3万元。".encode("gbk")
    )
    (raw / "digits.txt").write_text("地区生产总值" + "9" * 1000 + "亿元,增长" + "1" * 500 + "%。", encoding="utf-8")
    (raw / "brackets.txt").write_text(
        "全县" + "(" * 400 + "地区生产总值完成12.5亿元" + ")" * 400 + ",增长6%。" + "【" * 300, encoding="utf-8"
    )
    (raw / "report.exe").write_bytes(b"MZ\x90\x00")
    out = tmp_path / "out"
    t0 = time.perf_counter()
    r = govkit_cli("extract", str(raw), "--out", str(out), "--jobs", "2")
    assert time.perf_counter() - t0 < 120
    assert r.returncode == 1  # failures are reported with a non-zero exit …
    failed = {line.split("FAILED ")[1].split(":")[0] for line in r.stdout.splitlines() if "FAILED" in line}
    assert {Path(f).name for f in failed} == {"空白.txt", "binary.txt", "report.exe"}
    facts = pd.read_parquet(out / "facts.parquet")
    docs = pd.read_parquet(out / "documents.parquet")
    # … and every readable document is processed.
    assert set(docs["doc_id"]) == {"good one", "truncated", "scripts", "gbk wrong name", "mixed", "digits", "brackets"}
    by_doc = facts.groupby("doc_id")
    assert set(by_doc.get_group("scripts")["value"]) == {92.5, 8.1}  # nothing from script/style/attributes
    assert not marker.exists()
    assert "888" not in docs.set_index("doc_id").loc["scripts", "text"]
    assert set(by_doc.get_group("gbk wrong name")["indicator"]) >= {"gdp", "poverty_people_lifted", "forest_coverage"}
    assert docs.set_index("doc_id").loc["gbk wrong name", "encoding"].lower().startswith("gb")
    assert 120.0 in set(by_doc.get_group("truncated")["value"])
    assert {"gdp"} <= set(by_doc.get_group("mixed")["indicator"])
    assert "decode_errors" in docs.set_index("doc_id").loc["mixed", "flags"]
    digits = facts[facts["doc_id"] == "digits"]  # a 1000-digit figure is no number: nothing, or flagged
    assert digits.empty or digits["flags"].str.contains("implausible").all()
    assert set(by_doc.get_group("brackets")["value"]) >= {12.5}


def test_a_50_mb_text_is_processed(tmp_path, shared_corpus):
    seeds = shared_corpus("seeds")
    raw = tmp_path / "raw"
    raw.mkdir()
    unit = (seeds / "zhenba_2021_self_assessment.txt").read_text(encoding="utf-8")
    big = unit * (50 * 1024 * 1024 // len(unit.encode("utf-8")) + 1)
    (raw / "big.txt").write_text(big, encoding="utf-8")
    r = govkit_cli("extract", str(raw), "--out", str(tmp_path / "out"), "--jobs", "1")
    assert r.returncode == 0, r.stdout + r.stderr
    facts = pd.read_parquet(tmp_path / "out" / "facts.parquet")
    single = govkit.extract_facts(govkit.load_document(seeds / "zhenba_2021_self_assessment.txt"))
    # The repeated report yields the same facts, each kept once (repeats are duplicates).
    assert len(facts) == len(single)


def _cached_documents(out: Path) -> int:
    db = out / ".cache" / "govkit.sqlite"
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
            return int(con.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def _from_cache(stdout: str) -> int:
    m = re.search(r"^extract: [\d,]+ documents \(([\d,]+) from cache\)", stdout, re.M)
    assert m, stdout
    return int(m.group(1).replace(",", ""))


OUTPUTS = ("documents.parquet", "documents.csv", "facts.parquet", "facts.csv")


def test_killed_run_leaves_old_or_new_outputs_and_the_next_run_completes(tmp_path):
    raw = tmp_path / "raw"
    r = govkit_cli("synth", "--docs", "120", "--out", str(raw), "--seed", "3", "--noisy", "0.3")
    assert r.returncode == 0, r.stderr
    fresh = tmp_path / "fresh"
    assert govkit_cli("extract", str(raw), "--out", str(fresh)).returncode == 0
    new = {n: (fresh / n).read_bytes() for n in OUTPUTS}
    out = tmp_path / "out"
    # A first complete run on part of the corpus gives "old" outputs.
    part = tmp_path / "part"
    part.mkdir()
    for p in sorted(raw.glob("synth_*"))[:10]:
        shutil.copy(p, part / p.name)
    assert govkit_cli("extract", str(part), "--out", str(out)).returncode == 0
    old = {n: (out / n).read_bytes() for n in OUTPUTS}

    def killed(when, before: dict[str, bytes | None]) -> None:
        proc = subprocess.Popen(
            [sys.executable, "-m", "govkit.cli", "extract", str(raw), "--out", str(out), "--jobs", "2"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.time() + 60
        while time.time() < deadline and not when() and proc.poll() is None:
            time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGKILL)  # the whole process group: the run and its workers
        proc.wait()
        for n in OUTPUTS:  # each table is the old or the new one, never half-written
            now = (out / n).read_bytes() if (out / n).exists() else None
            assert now in (before[n], new[n]), n

    # Killed while documents are processed (some cached), then right at start-up.
    killed(lambda: _cached_documents(out) >= 40, old)
    killed(lambda: True, old)
    r = govkit_cli("extract", str(raw), "--out", str(out))
    assert r.returncode == 0, r.stdout + r.stderr
    assert _from_cache(r.stdout) >= 40  # what the killed run had finished is not done again
    assert {n: (out / n).read_bytes() for n in OUTPUTS} == new
    assert not list(out.glob(".*.tmp"))
    # Killed while the tables are written (the cache is complete): the next run completes.
    for n in OUTPUTS:
        (out / n).unlink()
    killed(lambda: bool(list(out.glob(".*.tmp"))), dict.fromkeys(OUTPUTS))
    r = govkit_cli("extract", str(raw), "--out", str(out))
    assert r.returncode == 0 and _from_cache(r.stdout) == 120, r.stdout
    assert {n: (out / n).read_bytes() for n in OUTPUTS} == new


def test_the_write_check_survives_the_lock_holders_cleanup(tmp_path, monkeypatch):
    """A second run checks that it can write in the output directory before it waits for the lock;
    the run holding the lock removes temporary files of killed runs (``.*.tmp``) meanwhile, the
    check's probe among them: the check must not fail on the probe being gone (it did, 1 run in 7)."""
    import tempfile

    from govkit.store import lock

    made = tempfile.mkstemp

    def made_then_cleaned(*args, **kwargs):
        fd, path = made(*args, **kwargs)
        os.unlink(path)  # what the lock holder's cleanup does between the probe's creation and removal
        return fd, path

    monkeypatch.setattr(lock.tempfile, "mkstemp", made_then_cleaned)
    lock.check_output_dir(tmp_path / "out")  # no FileNotFoundError
    assert list((tmp_path / "out").iterdir()) == []


def test_two_runs_on_one_output_directory(tmp_path):
    """The second run waits for the first (a lock on the output directory); both complete, the
    outputs are those of a single run, and neither deletes the other's files."""
    raw = tmp_path / "raw"
    assert govkit_cli("synth", "--docs", "60", "--out", str(raw), "--seed", "5").returncode == 0
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "govkit.cli", "extract", str(raw), "--out", str(out), "--jobs", "1"]
    procs = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in "ab"]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    assert all("Traceback" not in err for _, err in results)
    fresh = tmp_path / "fresh"
    assert govkit_cli("extract", str(raw), "--out", str(fresh)).returncode == 0
    for n in OUTPUTS:
        assert (out / n).read_bytes() == (fresh / n).read_bytes(), n


def test_a_waiting_run_names_the_holder_of_the_lock(tmp_path):
    from govkit.store.lock import output_lock

    out = tmp_path / "out"
    code = f"from govkit.store.lock import output_lock\nwith output_lock({str(out)!r}):\n    print('got it')"
    with output_lock(out):
        assert (out / ".cache" / "lock").read_text().strip() == str(os.getpid())
        child = subprocess.Popen(
            [sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        time.sleep(3)
        assert child.poll() is None  # waiting
    stdout, stderr = child.communicate(timeout=60)
    assert stdout.strip() == "got it"
    assert f"another govkit run (pid {os.getpid()}) is writing here; waiting" in stderr
    assert (out / ".cache" / "lock").read_text().strip() == str(child.pid)  # the last holder
