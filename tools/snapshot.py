"""Regression snapshot of what the pipeline produces, for refactoring without behaviour change.

    python tools/snapshot.py save SNAP.jsonl DIR [DIR ...]
    python tools/snapshot.py check SNAP.jsonl DIR [DIR ...]   # exit 1 and list differences

For every report file under the directories it records the document row (cleaned text,
metadata, sections, sentences, flags), a digest of the offset index, and the extracted fact
rows. ``check`` rebuilds the same and reports every document whose output changed.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govkit.core.errors import GovkitError  # noqa: E402
from govkit.facts.extract import extract_records  # noqa: E402
from govkit.pipeline.corpus import discover, doc_id_for, load_document  # noqa: E402


def _rows(dirs: list[str]):
    for d in dirs:
        for path in discover(d):
            key = f"{Path(d).name}/{path.relative_to(d)}"
            try:
                doc = load_document(path, doc_id_for(path))
            except GovkitError as exc:
                yield key, {"error": str(exc)}
                continue
            rec = doc.to_record()
            rec["index_sha"] = hashlib.sha256(doc.index.tobytes()).hexdigest()
            rec["facts"] = [f.row() for f in extract_records(doc)]
            yield key, json.loads(json.dumps(rec, ensure_ascii=False, default=str))


def main() -> int:
    mode, snap, *dirs = sys.argv[1:]
    if mode == "save":
        with open(snap, "w", encoding="utf-8") as fh:
            n = 0
            for key, rec in _rows(dirs):
                fh.write(json.dumps({"key": key, **rec}, ensure_ascii=False) + "\n")
                n += 1
        print(f"saved {n} documents to {snap}")
        return 0
    old = {}
    with open(snap, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            old[r.pop("key")] = r
    bad = 0
    seen = set()
    for key, rec in _rows(dirs):
        seen.add(key)
        prev = old.get(key)
        if prev is None:
            print(f"NEW   {key}")
            bad += 1
            continue
        if prev != rec:
            bad += 1
            fields = sorted(k for k in set(prev) | set(rec) if prev.get(k) != rec.get(k))
            print(f"DIFF  {key}: {', '.join(fields)}")
            if "facts" in fields:
                a = {json.dumps(f, sort_keys=True, ensure_ascii=False) for f in prev.get("facts", [])}
                b = {json.dumps(f, sort_keys=True, ensure_ascii=False) for f in rec.get("facts", [])}
                for f in sorted(a - b)[:5]:
                    print(f"   - {f}")
                for f in sorted(b - a)[:5]:
                    print(f"   + {f}")
    for key in sorted(set(old) - seen):
        print(f"GONE  {key}")
        bad += 1
    print(f"{len(seen)} documents checked, {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
