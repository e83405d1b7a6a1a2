"""Hostile input end to end: a batch survives whatever the web serves, loses nothing, executes nothing."""

from __future__ import annotations

import os
import re
import shutil
import signal
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


def test_killed_run_leaves_old_or_new_outputs_and_the_next_run_completes(tmp_path):
    raw = tmp_path / "raw"
    r = govkit_cli("synth", "--docs", "120", "--out", str(raw), "--seed", "3", "--noisy", "0.3")
    assert r.returncode == 0, r.stderr
    out = tmp_path / "out"
    # A first complete run on part of the corpus gives "old" outputs.
    part = tmp_path / "part"
    part.mkdir()
    for p in sorted(raw.glob("synth_*"))[:10]:
        shutil.copy(p, part / p.name)
    assert govkit_cli("extract", str(part), "--out", str(out)).returncode == 0
    old = (out / "facts.csv").read_bytes()
    # Then the whole corpus, killed midway.
    proc = subprocess.Popen(
        [sys.executable, "-m", "govkit.cli", "extract", str(raw), "--out", str(out), "--jobs", "2"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    cache = out / ".cache" / "facts"
    deadline = time.time() + 60
    while time.time() < deadline and len(list(cache.glob("*.pkl"))) < 40:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    now = (out / "facts.csv").read_bytes()
    assert now == old  # untouched: never half-written
    pd.read_parquet(out / "facts.parquet")  # still a readable table
    r = govkit_cli("extract", str(raw), "--out", str(out))
    assert r.returncode == 0, r.stdout
    # (a word boundary: "40 document(s) from cache" is not "0 document(s) from cache")
    assert "document(s) from cache" in r.stdout and not re.search(r"\b0 document\(s\) from cache", r.stdout)
    fresh = tmp_path / "fresh"
    assert govkit_cli("extract", str(raw), "--out", str(fresh)).returncode == 0
    assert (out / "facts.csv").read_bytes() == (fresh / "facts.csv").read_bytes()
    assert not list(out.glob(".*.tmp"))
