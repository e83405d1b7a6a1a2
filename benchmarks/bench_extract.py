"""Extraction throughput benchmark (prints figures; asserts nothing).

    python benchmarks/bench_extract.py [--mb 5] [--repeat 3]

Builds a corpus of the seed reports repeated to at least --mb megabytes, then times, in
the same process and on the same text:
  * govkit's full extraction per document (clean -> recognise -> segment -> extract ->
    validate), i.e. what `govkit extract` does for each file once it is read, in one process;
  * jieba.lcut over the same cleaned-or-raw text (jieba's default mode with HMM).
Reports MB/s for both and the ratio extract/jieba (goal: <= 0.25). Medians of --repeat runs.
It says which implementation of govkit's hot modules ran: the compiled build (`govkit accel
build`, done by `make`) or the Python modules (GOVKIT_PURE=1 forces these).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import jieba

import govkit
from govkit.facts.extract import extract_records
from govkit.pipeline.corpus import document_from_text

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seeds", default=str(ROOT.parent / "shared" / "corpus" / "seeds"))
    a = ap.parse_args()

    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(Path(a.seeds).glob("*.txt"))]
    if not texts:
        raise SystemExit(f"{a.seeds}: no *.txt seed reports found (pass --seeds DIR)")
    corpus: list[str] = []
    size = 0
    while size < a.mb * 1e6:
        for t in texts:
            corpus.append(t)
            size += len(t.encode("utf-8"))
    mb = size / 1e6
    jieba.setLogLevel(60)
    jieba.initialize()
    document_from_text(texts[0], "warmup")  # load lexicons, opencc, division codes once

    ext_times, stage_times, jieba_times, n_facts = [], [], [], 0
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        n_facts = 0
        t_stage = 0.0
        for i, t in enumerate(corpus):
            doc = document_from_text(t, f"d{i}")
            t1 = time.perf_counter()
            n_facts += len(extract_records(doc))
            t_stage += time.perf_counter() - t1
        ext_times.append(time.perf_counter() - t0)
        stage_times.append(t_stage)
        t0 = time.perf_counter()
        for t in corpus:
            jieba.lcut(t)
        jieba_times.append(time.perf_counter() - t0)
    ext, jb, stage = statistics.median(ext_times), statistics.median(jieba_times), statistics.median(stage_times)
    print(f"govkit modules: {govkit.ACCEL.reason}")
    print(f"corpus: {len(corpus)} documents, {mb:.2f} MB (seeds repeated), {a.repeat} runs, medians")
    print(f"govkit full extract: {ext:.2f} s  {mb / ext:.2f} MB/s  ({len(corpus) / ext:.0f} docs/s, {n_facts} facts)")
    print(
        f"  of which the document stage (clean, recognise, segment):   {ext - stage:.2f} s  {mb / (ext - stage):.2f} MB/s"
    )
    print(f"  of which the extract stage (facts from a cleaned document): {stage:.2f} s  {mb / stage:.2f} MB/s")
    print(f"jieba.lcut:          {jb:.2f} s  {mb / jb:.2f} MB/s")
    print(f"ratio full extract/jieba: {ext / jb:.3f}  (goal <= 0.25)")
    print(f"ratio extract stage/jieba: {stage / jb:.3f}")


if __name__ == "__main__":
    main()
