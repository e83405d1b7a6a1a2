"""``data/raw/MANIFEST.csv``: what each raw file is, where it came from, and its checksum.

Raw files are immutable: :func:`verify_manifest` reports any file whose bytes changed.
"""

from __future__ import annotations

import csv
from pathlib import Path

from govkit.store.tables import sha256_file

MANIFEST_COLUMNS = ["doc_id", "file", "title", "source_note", "sha256"]


def read_manifest(raw_dir: str | Path) -> list[dict[str, str]]:
    path = Path(raw_dir) / "MANIFEST.csv"
    if not path.exists():
        return []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def verify_manifest(raw_dir: str | Path) -> list[str]:
    """Problems found: files listed but missing, changed checksums, unlisted files."""
    raw_dir = Path(raw_dir)
    rows = read_manifest(raw_dir)
    problems = []
    listed = set()
    for row in rows:
        listed.add(row["file"])
        p = raw_dir / row["file"]
        if not p.exists():
            problems.append(f"{p}: listed in MANIFEST.csv but missing")
        elif sha256_file(p) != row["sha256"]:
            problems.append(f"{p}: sha256 differs from MANIFEST.csv (raw files must not be modified)")
    for p in sorted(raw_dir.iterdir()):
        if p.is_file() and p.name not in listed and p.name != "MANIFEST.csv" and not p.name.startswith("."):
            problems.append(f"{p}: not listed in MANIFEST.csv")
    return problems
