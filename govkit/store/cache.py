"""Content-hash cache of processed documents, kept beside the outputs (``<out>/.cache``).

A document's entry is keyed by the sha256 of its raw bytes, its doc_id and a fingerprint
of govkit's code and data files, so a re-run with nothing changed reads every document
from the cache, a changed or added file is processed alone, and an upgrade of govkit
invalidates everything. Entries are written atomically; entries no run uses are pruned.
"""

from __future__ import annotations

import hashlib
import pickle
from functools import lru_cache
from pathlib import Path
from typing import Any

from govkit.accel import COMPILED_DIR, PACKAGE_DIR
from govkit.store.tables import write_bytes_atomic

CACHE_VERSION = "3"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 over govkit's source and data files (any change invalidates the cache).

    The compiled build (``_compiled/``) is left out: it is built from these sources and gives
    the same results."""
    root = PACKAGE_DIR
    h = hashlib.sha256(CACHE_VERSION.encode())
    for p in sorted(root.rglob("*")):
        if (
            p.is_file()
            and p.suffix in (".py", ".csv", ".tsv", ".txt", ".json", ".yml", ".yaml")
            and "__pycache__" not in p.parts
            and not p.relative_to(root).parts[0].startswith(COMPILED_DIR.name)
        ):
            h.update(str(p.relative_to(root)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


class DocumentCache:
    """Pickled per-document results under ``<out_dir>/.cache/<stage>/``."""

    def __init__(self, out_dir: str | Path, stage: str = "docs"):
        self.dir = Path(out_dir) / ".cache" / stage
        self.used: set[str] = set()

    def key(self, raw_sha256: str, doc_id: str) -> str:
        return hashlib.sha256(f"{raw_sha256}|{doc_id}|{code_fingerprint()}".encode()).hexdigest()[:32]

    def get(self, key: str) -> Any | None:
        path = self.dir / f"{key}.pkl"
        if not path.exists():
            return None
        try:
            with open(path, "rb") as fh:
                value = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None  # a damaged entry is recomputed
        self.used.add(key)
        return value

    def put(self, key: str, value: Any) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(self.dir / f"{key}.pkl", pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        self.used.add(key)

    def prune(self) -> int:
        """Delete entries this run did not use; returns how many."""
        if not self.dir.exists():
            return 0
        n = 0
        for p in self.dir.glob("*.pkl"):
            if p.stem not in self.used:
                p.unlink(missing_ok=True)
                n += 1
        return n
