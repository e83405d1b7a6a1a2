"""Scale benchmark on synthetic corpora (prints figures; asserts nothing).

    python benchmarks/bench_scale.py --docs 1000 10000 --repeat 3 [--jobs 2] [--work DIR]
    python benchmarks/bench_scale.py --raw /work/snap/syn30k --repeat 1   # a corpus written once, reused

For each corpus size N: writes N synthetic documents (`govkit synth`, seed 1; or takes the
synthetic corpus --raw as it is), then measures with `govkit extract RAW --out OUT --jobs J`
run as a subprocess (goals on 2 cores for 30,000 documents: cold under 3 minutes, peak RSS of
the process tree under 1.5 GB, warm run with nothing changed under 5 % of cold):
  * cold run (empty output directory): wall time, documents/s, MB/s, peak RSS (sum over the
    process tree, sampled every 0.1 s);
  * warm run, nothing changed (the up-to-date check);
  * warm run, outputs deleted (every document from the content-hash cache);
  * accuracy against the corpus's known facts (govkit evaluate);
  * on a 200-document sample, single-process extraction time vs jieba.lcut on the same text.
Medians over --repeat runs.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import jieba
import psutil

from govkit.facts.extract import extract_records
from govkit.pipeline.corpus import load_document

ROOT = Path(__file__).resolve().parents[1]


def run_measured(args: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB, process tree) and stdout of a govkit command."""
    peak = 0.0
    proc = subprocess.Popen(
        [sys.executable, "-m", "govkit.cli", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        p = psutil.Process(proc.pid)
        while not stop.is_set():
            try:
                rss = p.memory_info().rss + sum(c.memory_info().rss for c in p.children(recursive=True))
                peak = max(peak, rss / 1e6)
            except psutil.Error:
                pass
            time.sleep(0.1)

    t = threading.Thread(target=sample, daemon=True)
    t0 = time.perf_counter()
    t.start()
    out, _ = proc.communicate()
    wall = time.perf_counter() - t0
    stop.set()
    t.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"govkit {' '.join(args)} failed:\n{out}")
    return wall, peak, out


def jieba_ratio(raw: Path, n: int = 200) -> tuple[float, float, float]:
    files = sorted(p for p in raw.iterdir() if p.suffix in (".txt", ".html"))[:n]
    docs = [load_document(p) for p in files[:3]]  # warm up lexicons
    extract_records(docs[0])
    jieba.setLogLevel(60)
    jieba.initialize()
    t0 = time.perf_counter()
    texts = []
    for p in files:
        d = load_document(p)
        extract_records(d)
        texts.append(d.raw_text)
    ext = time.perf_counter() - t0
    t0 = time.perf_counter()
    for t in texts:
        jieba.lcut(t)
    jb = time.perf_counter() - t0
    return ext, jb, sum(len(t.encode("utf-8")) for t in texts) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=0)
    ap.add_argument("--work", default=None, help="scratch directory (default: a temporary one, removed)")
    ap.add_argument(
        "--no-evaluate", dest="evaluate", action="store_false", help="skip the accuracy check (pandas; memory-hungry)"
    )
    ap.add_argument("--raw", default=None, help="an existing synthetic corpus (govkit synth) to measure instead")
    a = ap.parse_args()
    work = Path(a.work or tempfile.mkdtemp(prefix="govkit-bench-"))
    jobs = ["--jobs", str(a.jobs)] if a.jobs else []
    try:
        for n in [len(list(Path(a.raw).glob("synth_*")))] if a.raw else a.docs:
            raw = Path(a.raw) if a.raw else work / f"raw_{n}"
            if not raw.exists():
                subprocess.run(
                    [sys.executable, "-m", "govkit.cli", "synth", "--docs", str(n), "--out", str(raw), "--seed", "1"],
                    cwd=ROOT,
                    check=True,
                    stdout=subprocess.DEVNULL,
                )
            mb = sum(p.stat().st_size for p in raw.iterdir() if p.suffix in (".txt", ".html")) / 1e6
            cold, warm, cache_only, rss = [], [], [], []
            out = work / f"out_{n}"
            for _ in range(a.repeat):
                shutil.rmtree(out, ignore_errors=True)
                w, peak, log = run_measured(["extract", str(raw), "--out", str(out), *jobs])
                cold.append(w)
                rss.append(peak)
                w, _, _ = run_measured(["extract", str(raw), "--out", str(out), *jobs])
                warm.append(w)
                for f in ("facts.csv", "facts.parquet", "documents.csv", "documents.parquet"):
                    (out / f).unlink()
                w, _, _ = run_measured(["extract", str(raw), "--out", str(out), *jobs])
                cache_only.append(w)
            c, wm, co, r = (statistics.median(x) for x in (cold, warm, cache_only, rss))
            print(f"== {n} documents, {mb:.1f} MB, jobs={a.jobs or 'all cores'}, medians of {a.repeat}")
            print(
                f"cold run:               {c:8.1f} s   {n / c:7.1f} docs/s   {mb / c:6.2f} MB/s   peak RSS {r:7.0f} MB"
            )
            print(f"warm run (no change):   {wm:8.2f} s   ({100 * wm / c:.1f} % of cold)")
            print(f"warm run (cache only):  {co:8.2f} s   ({100 * co / c:.1f} % of cold)")
            sys.stdout.flush()
            if a.evaluate:
                gold = ["--gold", str(raw / "gold.csv"), "--facts", str(out / "facts.csv")]
                ev = subprocess.run(
                    [sys.executable, "-m", "govkit.cli", "evaluate", *gold], cwd=ROOT, capture_output=True, text=True
                ).stdout.strip()
                print(f"accuracy vs known facts: {ev.splitlines()[-1] if ev else '(evaluate failed)'}")
            ext, jb, smb = jieba_ratio(raw)
            print(
                f"200-doc sample ({smb:.1f} MB, one process): govkit {ext:.2f} s, jieba.lcut {jb:.2f} s, ratio {ext / jb:.3f}"
            )
            sys.stdout.flush()
    finally:
        if not a.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
