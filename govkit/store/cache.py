"""The cache beside the outputs: one SQLite database, ``<out>/.cache/govkit.sqlite``.

It holds what is expensive to compute and is a pure function of content:

* ``documents``: per raw file, its document row and facts, keyed by doc_id, the sha256 of the
  raw bytes and :func:`code_fingerprint` (govkit's source and data files). A re-run with
  nothing changed reads every document from here; a changed or added file is processed alone;
  an upgrade of govkit invalidates everything.
* ``tokens``: the segmentation of a text for the attention stage, keyed by a sha256 of the
  segmenter's fingerprint and the text (:meth:`govkit.analysis.attention_tokens.Segmenter.key`).

Values are JSON, compressed with zstd (pyarrow's codec, about three times faster than zlib at
the same size; :func:`pack`), never pickles, so a crafted database cannot run code; each value
carries a checksum of its text, and an entry is used only if the checksum matches and what it
holds names its own key (doc_id, raw sha256, code fingerprint); anything else is recomputed
(and logged by the builder). The database runs in WAL mode; only the parent process of a run
writes, in batches (one transaction each), so a process killed at any moment leaves the last
committed batch and the next run goes on from there. Runs on one output directory are
serialised by :mod:`govkit.store.lock`.
"""

from __future__ import annotations

import hashlib
import json
import operator
import sqlite3
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa

from govkit.accel import COMPILED_DIR, PACKAGE_DIR
from govkit.core.fact import FACT_COLUMNS, Fact

CACHE_VERSION = "6"
DB_NAME = "govkit.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    raw_sha256 TEXT NOT NULL,
    code TEXT NOT NULL,
    has_facts INTEGER NOT NULL,
    value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
    key TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
"""


def cache_dir_of(out_dir: str | Path) -> Path:
    """Where the cache of the output directory *out_dir* lives."""
    return Path(out_dir) / ".cache"


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


@dataclass(frozen=True)
class EntryKey:
    """What a document entry must hold to be used."""

    doc_id: str
    raw_sha256: str
    code: str


#: A fact as stored and as the fact table holds it: the field values of :class:`Fact` in
#: :data:`FACT_COLUMNS` order, flags joined with commas (:meth:`Fact.row`).
FactRow = list[Any]


def fact_row(f: Fact) -> FactRow:
    """The table row of *f* (:meth:`Fact.row`'s values, in column order), read with one getter of
    all fields instead of a dict per fact (every fact of a run passes here, in the workers)."""
    row = list(_FIELDS(f))
    row[_FLAGS] = ",".join(sorted(set(f.flags)))
    return row


_FIELDS = operator.attrgetter(*FACT_COLUMNS)
_FLAGS = FACT_COLUMNS.index("flags")


def pack(value: Any) -> bytes:
    """A JSON value as stored: the length of its UTF-8 text (4 bytes, little-endian) and the text's
    checksum (16-byte BLAKE2b), then the text compressed with zstd."""
    data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return _HEADER.pack(len(data), _checksum(data)) + pa.compress(data, codec="zstd", asbytes=True)


def unpack(blob: bytes) -> Any:
    """The JSON value of :func:`pack`'s bytes; ValueError if they are not such bytes, or if the
    text does not match its checksum (a damaged or edited entry)."""
    if not isinstance(blob, bytes) or len(blob) < _HEADER.size:
        raise ValueError("not a packed value")
    size, checksum = _HEADER.unpack_from(blob)
    if size > MAX_VALUE_BYTES:
        raise ValueError("value too large")
    try:
        data = bytes(pa.decompress(blob[_HEADER.size :], decompressed_size=size, codec="zstd", asbytes=True))
    except (OSError, pa.ArrowException) as exc:
        raise ValueError(f"damaged value ({exc})") from exc
    if _checksum(data) != checksum:
        raise ValueError("checksum mismatch")
    return json.loads(data.decode("utf-8"))


def _checksum(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


_HEADER = struct.Struct("<I16s")
#: Larger stated sizes are refused (a crafted entry must not make the reader allocate gigabytes).
MAX_VALUE_BYTES = 1 << 30


def encode_entry(key: EntryKey, record: dict[str, Any], facts: Sequence[FactRow] | None) -> bytes:
    """The stored value of a document: its key, its document row and its fact rows."""
    return pack(
        {"doc_id": key.doc_id, "raw_sha256": key.raw_sha256, "code": key.code, "record": record, "facts": facts}
    )


def decode_rows(blob: bytes, key: EntryKey) -> tuple[dict[str, Any], list[FactRow] | None] | None:
    """Document row and fact rows of a stored value, or None if it is damaged or does not hold *key*."""
    try:
        value = unpack(blob)
        if (value["doc_id"], value["raw_sha256"], value["code"]) != (key.doc_id, key.raw_sha256, key.code):
            return None
        record, rows = value["record"], value["facts"]
        if not isinstance(record, dict) or record.get("doc_id") != key.doc_id or record.get("sha256") != key.raw_sha256:
            return None
        if rows is not None and not (
            isinstance(rows, list) and all(isinstance(r, list) and len(r) == len(FACT_COLUMNS) for r in rows)
        ):
            return None
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        return None
    return record, rows


def decode_entry(blob: bytes, key: EntryKey) -> tuple[dict[str, Any], list[Fact] | None] | None:
    """Document row and :class:`Fact` records of a stored value (None as for :func:`decode_rows`)."""
    decoded = decode_rows(blob, key)
    if decoded is None:
        return None
    record, rows = decoded
    if rows is None:
        return record, None
    facts = [Fact(**dict(zip(FACT_COLUMNS, row))) for row in rows]
    for f in facts:
        f.flags = f.flags.split(",") if isinstance(f.flags, str) and f.flags else []
    return record, facts


class Store:
    """The cache database of one output directory (see the module docstring)."""

    def __init__(self, cache_dir: str | Path) -> None:
        self.path = Path(cache_dir) / DB_NAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = self._open()

    @classmethod
    def of_output(cls, out_dir: str | Path) -> Store:
        """The store of the output directory *out_dir* (``<out_dir>/.cache/``)."""
        return cls(cache_dir_of(out_dir))

    def _open(self) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(_SCHEMA)
            return db
        except sqlite3.DatabaseError:  # not a database (damaged, or something else): start afresh
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(_SCHEMA)
            return db

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- documents ---------------------------------------------------------------------------
    def document_keys(self, need_facts: bool) -> set[EntryKey]:
        """The keys of all stored entries (with facts if *need_facts*), read in one query."""
        rows = self._db.execute(
            "SELECT doc_id, raw_sha256, code FROM documents WHERE has_facts >= ?", (int(need_facts),)
        )
        return {EntryKey(*row) for row in rows}

    def document_blob(self, key: EntryKey, need_facts: bool) -> bytes | None:
        row = self._db.execute(
            "SELECT value FROM documents WHERE doc_id = ? AND raw_sha256 = ? AND code = ? AND has_facts >= ?",
            (key.doc_id, key.raw_sha256, key.code, int(need_facts)),
        ).fetchone()
        return None if row is None or not isinstance(row[0], bytes) else row[0]

    def put_documents(self, entries: Iterable[tuple[EntryKey, bool, bytes]]) -> None:
        """Store (key, has_facts, encoded value) entries in one transaction."""
        rows = [(k.doc_id, k.raw_sha256, k.code, int(has_facts), blob) for k, has_facts, blob in entries]
        if rows:
            with self._transaction():
                self._db.executemany("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?)", rows)

    def prune_documents(self, keep: set[str]) -> int:
        """Delete the entries of documents not in *keep*; returns how many."""
        stale = [(d,) for (d,) in self._db.execute("SELECT doc_id FROM documents") if d not in keep]
        if stale:
            with self._transaction():
                self._db.executemany("DELETE FROM documents WHERE doc_id = ?", stale)
        return len(stale)

    # -- tokens ------------------------------------------------------------------------------
    def tokens(self, key: str) -> list[str] | None:
        row = self._db.execute("SELECT value FROM tokens WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            data = unpack(row[0])
        except (UnicodeDecodeError, ValueError):
            return None
        if not isinstance(data, list) or not all(isinstance(t, str) for t in data):
            return None
        return data

    def put_tokens(self, items: Iterable[tuple[str, list[str]]]) -> None:
        rows = [(k, pack(t)) for k, t in items]
        if rows:
            with self._transaction():
                self._db.executemany("INSERT OR REPLACE INTO tokens VALUES (?, ?)", rows)

    def prune_tokens(self, keep: set[str]) -> int:
        stale = [(k,) for (k,) in self._db.execute("SELECT key FROM tokens") if k not in keep]
        if stale:
            with self._transaction():
                self._db.executemany("DELETE FROM tokens WHERE key = ?", stale)
        return len(stale)

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")
