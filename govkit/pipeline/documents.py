"""The builder of the documents and facts tables from a raw directory.

One pass over the raw files, in doc_id order: each file is read once and hashed once
(:func:`scan`); a file whose entry the cache holds (same doc_id, raw sha256 and code
fingerprint) is taken from there, every other one goes to the process pool
(:func:`govkit.pipeline.pool.execute`). The parent stores the new cache entries in batches and
streams the rows into the tables (:class:`~govkit.store.tables.TableWriter`) while the workers
compute, so memory stays flat however large the corpus.

When the tables on disk are current (their files hash to what the processed manifest says),
were built by this code from exactly these raw files, and the last run had no failure, the run
stops after the scan: nothing is decoded or written ("up to date").
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from govkit.analysis.region_labels import Numbering, is_unnamed
from govkit.core.fact import FACT_COLUMNS
from govkit.core.progress import bar
from govkit.facts.schema import FACT_TABLE_DTYPES, empty_facts, type_facts
from govkit.pipeline.corpus import (
    DOCUMENT_DTYPES,
    discover,
    doc_id_for,
    documents_frame,
    manifest_excerpts,
    unreadable_entries,
    with_region_label,
)
from govkit.pipeline.pool import Cached, execute
from govkit.pipeline.stage import Outcome, StageConfig, Task
from govkit.pipeline.summary import Failure, Summary
from govkit.store.arrow_schema import frame_schema
from govkit.store.cache import EntryKey, FactRow, Store, code_fingerprint, decode_rows
from govkit.store.tables import TableWriter, write_text_csv
from govkit.store.tableset import record_table, table_entry
from govkit.text.excerpts import FLAG as EXCERPT

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

#: Rows per batch of the documents table (the cleaned text makes its rows large) and of facts.
DOCUMENT_BATCH = 500
FACT_BATCH = 10_000
#: New cache entries per transaction (or fewer, once this many seconds passed since the last one).
CACHE_BATCH = 200
CACHE_SECONDS = 1.0
#: Every raw file the last run of ingest/extract skipped, with the reason (header only when none).
FAILURES_FILE = "failures.csv"


@dataclass(frozen=True)
class Scanned:
    """A raw file after the scan: its cache key, and its bytes (None once no longer needed)."""

    key: EntryKey
    path: Path
    data: bytes | None


def plan(raw_dir: str | Path) -> tuple[list[tuple[str, Path]], list[Failure]]:
    """(doc_id, path) of every report under *raw_dir* in doc_id order; duplicated doc_ids are failures."""
    kept: dict[str, Path] = {}
    failures: list[Failure] = unreadable_entries(raw_dir)
    for path in discover(raw_dir):
        doc_id = doc_id_for(path)
        if doc_id in kept:
            failures.append(Failure(str(path), f"duplicate doc_id '{doc_id}' (also {kept[doc_id]}); skipped"))
            continue
        kept[doc_id] = path
    return sorted(kept.items()), failures


def scan(planned: Iterable[tuple[str, Path]], code: str, failures: list[Failure]) -> Iterator[Scanned]:
    """Read and hash each file once; a file that cannot be read is added to *failures*."""
    for doc_id, path in planned:
        try:
            data = path.read_bytes()
        except OSError as exc:
            failures.append(Failure(str(path), f"cannot read file: {exc.strerror or exc}"))
            continue
        yield Scanned(EntryKey(doc_id, hashlib.sha256(data).hexdigest(), code), path, data)


def raw_digest(keys: Iterable[EntryKey], excerpts: Iterable[str] = ()) -> str:
    """sha256 over the (doc_id, raw sha256) of a run's files and the doc_ids its manifest notes
    call excerpts: what the documents table was built from."""
    h = hashlib.sha256()
    for k in keys:
        h.update(f"{k.doc_id}\0{k.raw_sha256}\n".encode())
    marked = sorted(excerpts)
    if marked:
        h.update(("excerpts\0" + "\0".join(marked)).encode())
    return h.hexdigest()


def with_flag(flags: str, flag: str) -> str:
    """*flags* (comma-separated) with *flag* added, sorted as documents keep them."""
    return ",".join(sorted({f for f in (flags or "").split(",") if f} | {flag}))


def raw_inputs(raw_dir: str | Path) -> dict[str, Any] | None:
    """The inputs the documents table of *raw_dir* would record now (None if a file fails the scan)."""
    planned, failures = plan(raw_dir)
    keys = [s.key for s in scan(planned, code_fingerprint(), failures)]
    excerpts = manifest_excerpts(raw_dir) & {k.doc_id for k in keys}
    return None if failures else {"raw": raw_digest(keys, excerpts), "code": code_fingerprint()}


def tables_of(config: StageConfig) -> tuple[str, ...]:
    return ("documents", "facts") if config.with_facts else ("documents",)


def _previous_inputs(out_dir: Path, config: StageConfig) -> dict[str, Any] | None:
    """The inputs of the current tables of this stage, if all agree and the last run had no failure."""
    entries = [table_entry(out_dir, t) for t in tables_of(config)]
    if any(e is None or e.get("failures") != 0 for e in entries):
        return None
    inputs = [e["inputs"] for e in entries if e is not None]
    return inputs[0] if all(i == inputs[0] for i in inputs) else None


def build_documents(
    raw_dir: str | Path, out_dir: str | Path, config: StageConfig, jobs: int = 0, progress: bool = False
) -> Summary:
    """Bring ``documents.*`` (and ``facts.*``) of *out_dir* up to date with *raw_dir*. The caller
    holds the output directory's lock."""
    t0 = time.perf_counter()
    out = Path(out_dir)
    stage = "extract" if config.with_facts else "ingest"
    code = code_fingerprint()
    planned, failures = plan(raw_dir)
    excerpts = manifest_excerpts(raw_dir) & {doc_id for doc_id, _ in planned}
    with Store.of_output(out) as store:
        stream = scan(planned, code, failures)
        head: list[Scanned] = []
        stored = store.document_keys(config.with_facts)
        previous = None if failures else _previous_inputs(out, config)
        if previous is not None:
            for item in stream:
                if item.key not in stored:
                    head.append(item)
                    break
                head.append(Scanned(item.key, item.path, None))
            else:
                if not failures and previous == {"raw": raw_digest((s.key for s in head), excerpts), "code": code}:
                    entry = table_entry(out, tables_of(config)[-1]) or {}
                    return Summary(
                        stage,
                        len(head),
                        [],
                        [],
                        time.perf_counter() - t0,
                        notes=["up to date: no raw file changed since the last run; outputs left as they are"],
                        detail="up to date",
                        extra=[f"{entry.get('rows', 0):,} facts"] if config.with_facts else [],
                    )
        writer = _Tables(out, config, store, excerpts)
        try:
            items = execute(_work(chain(head, stream), store, stored, config), config, jobs, len(planned))
            for work, outcome in bar(items, progress, stage, "doc", total=len(planned)):
                writer.add(work, outcome, failures)
            outputs = writer.commit()
        except BaseException:
            writer.abort()
            raise
        inputs = {"raw": raw_digest(writer.keys, excerpts), "code": code}
        record_table(out, "documents", inputs, failures=len(failures), rows=writer.n_docs)
        if config.with_facts:
            record_table(out, "facts", inputs, failures=len(failures), rows=writer.n_facts)
        store.prune_documents({doc_id for doc_id, _ in planned})
        listed = write_failures(out, failures)
    return Summary(
        stage,
        writer.n_docs,
        failures,
        outputs,
        time.perf_counter() - t0,
        notes=[f"the failed files and why: {listed}"] if failures else [],
        detail=f"{writer.n_cached:,} from cache",
        extra=[f"{writer.n_facts:,} facts"] if config.with_facts else [],
    )


def write_failures(out: Path, failures: list[Failure]) -> Path:
    """``failures.csv`` in *out*: each skipped raw file and why (unreadable, over a limit or budget…)."""
    path = out / FAILURES_FILE
    write_text_csv({"path": [f.path for f in failures], "reason": [f.reason for f in failures]}, path)
    return path


def _work(
    items: Iterable[Scanned], store: Store, stored: set[EntryKey], config: StageConfig
) -> Iterator[Cached | Task]:
    """A cached entry where the cache holds a valid one, else a task (bytes read again only if the
    scan had dropped them, i.e. the entry is damaged)."""
    for item in items:
        blob = store.document_blob(item.key, config.with_facts) if item.key in stored else None
        decoded = None if blob is None else decode_rows(blob, item.key)
        if decoded is not None:
            yield Cached(item.key, str(item.path), decoded[0], decoded[1])
            continue
        if blob is not None:
            log.warning("%s: its cache entry is damaged or does not match its key; recomputed", item.path)
        data = item.data if item.data is not None else item.path.read_bytes()
        yield Task(item.key, str(item.path), data)


class _Tables:
    """The parent's side of a run: cache entries and table rows, written in batches."""

    def __init__(self, out: Path, config: StageConfig, store: Store, excerpts: set[str] | None = None) -> None:
        self.config = config
        self.excerpts = excerpts or set()
        self.store = store
        self.documents = TableWriter(out, "documents")
        self.facts = TableWriter(out, "facts") if config.with_facts else None
        self.doc_rows: list[dict[str, Any]] = []
        self.fact_rows: list[FactRow] = []
        self.committed = time.monotonic()
        self.entries: list[tuple[EntryKey, bool, bytes]] = []
        self.keys: list[EntryKey] = []
        self.n_docs = self.n_facts = self.n_cached = 0
        self.document_schema: pa.Schema | None = None
        self.labels = Numbering()  # documents come in doc_id order: 匿名1, 匿名2, … as they come

    def add(self, item: Cached | Task, outcome: Outcome | None, failures: list[Failure]) -> None:
        if isinstance(item, Cached):
            record, facts = item.record, item.facts
            self.n_cached += 1
        else:
            if outcome is None or outcome.value is None or outcome.record is None:
                failures.append(Failure(item.path, (outcome.error if outcome else None) or "not processed"))
                return
            record, facts = outcome.record, outcome.facts
            self.entries.append((item.key, self.config.with_facts, outcome.value))
            if len(self.entries) >= CACHE_BATCH or time.monotonic() - self.committed > CACHE_SECONDS:
                self.store.put_documents(self.entries)
                self.entries = []
                self.committed = time.monotonic()
        self.keys.append(item.key)
        label = self.labels.label(item.key.doc_id, record["region"], record["anonymised"])
        if facts and is_unnamed(record["region"], record["anonymised"]):
            facts = [_relabel(row, label) for row in facts]
        if record["doc_id"] in self.excerpts:  # from MANIFEST.csv: not in the cache entry
            record = {**record, "flags": with_flag(record["flags"], EXCERPT)}
        self.doc_rows.append(with_region_label(record, label))
        self.n_docs += 1
        if len(self.doc_rows) >= DOCUMENT_BATCH:
            self._flush_documents()
        if self.facts is not None and facts:
            self.fact_rows.extend(facts)
            self.n_facts += len(facts)
            if len(self.fact_rows) >= FACT_BATCH:
                self._flush_facts()

    def _flush_documents(self) -> None:
        if self.doc_rows:
            if self.document_schema is None:  # the pandas frame's schema (asked of a frame of one row only if need be)
                first = self.doc_rows[:1]
                self.document_schema = frame_schema(DOCUMENT_DTYPES, lambda: documents_batch(first))
            columns = {name: [r[name] for r in self.doc_rows] for name in self.document_schema.names}
            self.documents.write_columns(columns, self.document_schema)
            self.doc_rows = []

    def _flush_facts(self) -> None:
        if self.facts is not None and self.fact_rows:
            self.facts.write_columns(fact_columns(self.fact_rows), fact_schema())
            self.fact_rows = []

    def commit(self) -> list[Path]:
        self.store.put_documents(self.entries)
        self.entries = []
        self._flush_documents()
        self._flush_facts()
        # the empty tables (a typed frame costs about 15 ms) only when no batch was written
        outputs = list(self.documents.commit(None if self.documents.started else documents_frame([])))
        if self.facts is not None:
            outputs += list(self.facts.commit(None if self.facts.started else type_facts(empty_facts())))
        return outputs

    def abort(self) -> None:
        self.documents.abort()
        if self.facts is not None:
            self.facts.abort()


_REGION = FACT_COLUMNS.index("region")


def _relabel(row: FactRow, label: str) -> FactRow:
    """A fact row of an anonymised document with the document's label as its region (the cache
    keeps the row as extracted: the label depends on the corpus)."""
    row = list(row)
    row[_REGION] = label
    return row


@lru_cache(maxsize=1)
def fact_schema() -> pa.Schema:
    """The Arrow schema of the fact table: that of its typed pandas frame, pandas metadata included
    (:mod:`govkit.store.arrow_schema`)."""
    return frame_schema(FACT_TABLE_DTYPES, lambda: type_facts(empty_facts()))


def fact_columns(rows: list[FactRow]) -> dict[str, list[Any]]:
    """The fact table's columns of fact rows, as Python lists."""
    return dict(zip(FACT_COLUMNS, (list(c) for c in zip(*rows))))


def documents_batch(records: list[dict[str, Any]]) -> pd.DataFrame:
    """Document rows (in doc_id order) as a batch of the documents table."""
    import pandas as pd  # only where a frame is made: the runner writes the table from lists

    df = pd.DataFrame(records)
    df["year"] = pd.array(df["year"], dtype="Int64")
    return df
