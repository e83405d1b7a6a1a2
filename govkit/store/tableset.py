"""The manifest of a processed directory: which tables belong together, and from what they were built.

``<out>/.tables.json`` records, for each table a run wrote (``documents``, ``facts``,
``attention``, ``panel``), the sha256 of each of its files and the inputs it was built from
(the raw files' digest and govkit's code fingerprint; or the sha256 of the tables it was
derived from and the code fingerprint: a derived table built by another version of govkit is
out of date). A stage records its table after the table's files are in place, so the
manifest is written last: a run killed in between leaves a table whose bytes do not match the
manifest, which every check below treats as out of date.

This is govkit's one notion of freshness, the content hash: a table is *current* when its
files hash to what the manifest says, and a derived table is *fresh* when the inputs it was
built from are the current hashes of its source tables. No file modification times.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from govkit.store.cache import code_fingerprint
from govkit.store.tables import sha256_file, write_text_atomic

MANIFEST_NAME = ".tables.json"
MANIFEST_VERSION = 1

#: The files of each table, in the order they are written.
TABLE_FILES: dict[str, tuple[str, ...]] = {
    "documents": ("documents.parquet", "documents.csv"),
    "facts": ("facts.parquet", "facts.csv"),
    "attention": ("attention.parquet", "attention.csv", "keywords.csv"),
    "panel": (
        "panel.parquet",
        "panel.csv",
        "panel_conflicts.parquet",
        "panel_conflicts.csv",
        "targets_vs_outcomes.parquet",
        "targets_vs_outcomes.csv",
    ),
}


def manifest_path(out_dir: str | Path) -> Path:
    return Path(out_dir) / MANIFEST_NAME


def read_tables_manifest(out_dir: str | Path) -> dict[str, dict[str, Any]]:
    """The table entries of *out_dir*'s manifest (empty if there is none or it is unreadable)."""
    try:
        data = json.loads(manifest_path(out_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if (
        not isinstance(data, dict)
        or data.get("version") != MANIFEST_VERSION
        or not isinstance(data.get("tables"), dict)
    ):
        return {}
    return {k: v for k, v in data["tables"].items() if isinstance(v, dict)}


def record_table(out_dir: str | Path, table: str, inputs: dict[str, Any], **notes: Any) -> None:
    """Record *table* (its files as they are now on disk) as built from *inputs*."""
    out = Path(out_dir)
    tables = read_tables_manifest(out)
    files = {name: sha256_file(out / name) for name in TABLE_FILES[table]}
    tables[table] = {"files": files, "inputs": inputs, **notes}
    text = json.dumps({"version": MANIFEST_VERSION, "tables": tables}, indent=1, sort_keys=True, ensure_ascii=False)
    write_text_atomic(manifest_path(out), text + "\n")


def table_entry(out_dir: str | Path, table: str) -> dict[str, Any] | None:
    """The manifest entry of *table* if its files are on disk with the recorded hashes, else None."""
    entry = read_tables_manifest(out_dir).get(table)
    if entry is None or not isinstance(entry.get("files"), dict):
        return None
    out = Path(out_dir)
    for name in TABLE_FILES[table]:
        path = out / name
        if not path.is_file() or entry["files"].get(name) != sha256_file(path):
            return None
    return entry


def table_hash(out_dir: str | Path, table: str) -> str | None:
    """sha256 of a table's Parquet file (what derived tables record as their input), None if absent."""
    path = Path(out_dir) / TABLE_FILES[table][0]
    return sha256_file(path) if path.is_file() else None


def derived_inputs(out_dir: str | Path, sources: tuple[str, ...]) -> dict[str, str | None]:
    """The inputs a table derived from *sources* records: each source table's current hash, and
    govkit's code fingerprint (the panel's rules changed, the same facts give another panel)."""
    return {**{s: table_hash(out_dir, s) for s in sources}, "code": code_fingerprint()}


def is_fresh(out_dir: str | Path, table: str, sources: tuple[str, ...]) -> bool:
    """Whether *table* is current and was built from the current versions of *sources*."""
    entry = table_entry(out_dir, table)
    if entry is None or not isinstance(entry.get("inputs"), dict):
        return False
    return all(entry["inputs"].get(s) == h for s, h in derived_inputs(out_dir, sources).items())
