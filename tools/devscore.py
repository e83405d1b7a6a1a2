"""Developer helper: extract a shared dev set and score it (optionally with gold metadata).

python tools/devscore.py seeds|dev [--gold-meta] [--show N]
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

import govkit
from govkit.facts.extract import extract_document

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("set", choices=["seeds", "dev"])
    ap.add_argument("--gold-meta", action="store_true", help="use gold metadata (isolates extraction errors)")
    ap.add_argument("--show", type=int, default=30)
    a = ap.parse_args()
    meta_file = SHARED / "gold" / f"{a.set}_meta.csv"
    gold_meta = {r["doc_id"]: r for r in csv.DictReader(open(meta_file, encoding="utf-8"))}
    frames = []
    for p in sorted((SHARED / "corpus" / a.set).glob("*.txt")):
        doc = govkit.load_document(p)
        if a.gold_meta:
            doc.meta = doc.meta.replace(**{k: v for k, v in gold_meta[doc.doc_id].items() if k != "doc_id"})
        frames.append(extract_document(doc))
    df = pd.concat(frames, ignore_index=True)
    out = Path(tempfile.mkdtemp()) / "facts.csv"
    df.to_csv(out, index=False)
    gold = SHARED / "gold" / f"{a.set}.csv"
    subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "score.py"),
            "--gold",
            str(gold),
            "--pred",
            str(out),
            "--show",
            str(a.show),
        ],
        check=True,
    )
    print(out)


if __name__ == "__main__":
    main()
