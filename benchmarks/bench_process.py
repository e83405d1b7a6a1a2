"""Whole-process speed as a user meets it (prints figures; asserts nothing).

    python benchmarks/bench_process.py [--mb 8] [--repeat 1] [--work DIR]

Builds (once, in --work) a directory of about --mb megabytes of real report text as separate
files: the reports of ../shared/corpus/{seeds,dev,dev2,series} and data/raw, repeated under
distinct names, every copy after the first with a last line of its own (``副本 r001`` …), so that
no two files have the same content (govkit's caches are keyed by content: a repeated text
would be segmented once by the attention stage). Then times, each as a subprocess started from scratch (imports, dictionary and
lexicon loading, worker start-up, reading, writing, everything a user waits for):

  * ``govkit extract DIR --out OUT`` with default flags, OUT empty (cold);
  * a ``python -c`` script that imports jieba and runs ``jieba.lcut`` over the text of the same
    files (its import and dictionary load included);
  * ``govkit run DIR --out OUT2 --reports ''`` (extract, attention, panel), OUT2 empty.

and prints both times and the ratio extract / jieba (goal <= 0.25). This is the *whole-process*
figure; ``bench_extract.py`` measures the *in-process* throughput of the per-document work alone.
Run with the compiled build (``govkit accel build``) for the figures the README quotes.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SOURCES = [SHARED / "corpus" / d for d in ("seeds", "dev", "dev2", "series")] + [ROOT / "data" / "raw"]
GOVKIT = [sys.executable, "-m", "govkit.cli"]

JIEBA_SCRIPT = """
import sys
from pathlib import Path
import jieba
jieba.setLogLevel(60)
n = 0
for p in sorted(Path(sys.argv[1]).iterdir()):
    n += len(jieba.lcut(p.read_bytes().decode("utf-8", errors="replace")))
print(n)
"""


def build_corpus(target: Path, mb: float) -> tuple[int, float]:
    """Copy the real reports into *target* under distinct names until it holds *mb* megabytes."""
    files = sorted(p for d in SOURCES for p in d.glob("*.txt") if p.is_file())
    if not files:
        raise SystemExit("no report files found in ../shared/corpus or data/raw")
    if not target.exists():
        tmp = target.with_name(target.name + ".part")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        size, rep = 0, 0
        while size < mb * 1e6:
            for p in files:
                dest = tmp / f"r{rep:03d}_{p.parent.name}_{p.name}"
                data = p.read_bytes()  # the corpora are UTF-8
                dest.write_bytes(data + f"\n副本 r{rep:03d}\n".encode() if rep else data)
                size += dest.stat().st_size
            rep += 1
        tmp.rename(target)
    sizes = [p.stat().st_size for p in target.iterdir()]
    return len(sizes), sum(sizes) / 1e6


def timed(cmd: list[str]) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (user + system, the process and all its workers) and stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu, r.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=8.0)
    ap.add_argument("--repeat", type=int, default=1, help="runs of each command (medians are printed)")
    ap.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "govkit-bench-process"))
    a = ap.parse_args()
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / f"corpus_{a.mb:g}mb_distinct"
    n_files, mb = build_corpus(corpus, a.mb)
    status = subprocess.run([*GOVKIT, "accel", "status"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    extract, jieba, run, extract_cpu, jieba_cpu = [], [], [], [], []
    summary = ""
    for _ in range(a.repeat):
        for name in ("out", "out_run"):
            shutil.rmtree(work / name, ignore_errors=True)
        w, c, summary = timed([*GOVKIT, "extract", str(corpus), "--out", str(work / "out")])
        extract.append(w)
        extract_cpu.append(c)
        w, c, _ = timed([sys.executable, "-c", JIEBA_SCRIPT, str(corpus)])
        jieba.append(w)
        jieba_cpu.append(c)
        run.append(timed([*GOVKIT, "run", str(corpus), "--out", str(work / "out_run"), "--reports", ""])[0])
    e, j, r, ec, jc = (statistics.median(x) for x in (extract, jieba, run, extract_cpu, jieba_cpu))
    load = os.getloadavg()[0]
    print(f"govkit modules: {status}")
    print(f"corpus: {n_files} files, {mb:.2f} MB ({corpus}); whole processes, medians of {a.repeat}")
    print(f"  {summary.strip().splitlines()[0]}")
    print(f"govkit extract (cold):    {e:6.2f} s  {mb / e:5.2f} MB/s")
    print(f"jieba.lcut (with import): {j:6.2f} s  {mb / j:5.2f} MB/s")
    print(f"ratio extract/jieba:      {e / j:6.3f}  (goal <= 0.25)")
    print(f"CPU seconds (all processes): govkit extract {ec:.2f}, jieba {jc:.2f}, ratio {ec / jc:.3f}")
    print(f"load average at the end: {load:.1f} on {os.cpu_count()} cores (other jobs slow the parallel run most)")
    print(f"govkit run --reports '' (cold): {r:6.2f} s")


if __name__ == "__main__":
    main()
