"""The per-document stage: one pure function from a raw file's bytes to its row and facts.

:func:`process_document` takes (bytes, file name, :class:`StageConfig`) and returns a
:class:`DocumentResult` (the document row of the documents table and the document's
:class:`~govkit.core.fact.Fact` records, sorted as the fact table is). It reads no file, keeps
no state between calls, and its arguments and result are plain picklable values, so it runs
unchanged in a process pool (what :mod:`govkit.pipeline.runner` does), in one process (tests,
``tools/snapshot.py``), or in the partitions of a Dask bag or Ray task (see the README's
design note).

:func:`run_tasks` is the worker side of the runner: it applies :func:`process_document` to a
chunk of :class:`Task`\\ s and returns each result both encoded as a cache value and as the
rows of the tables, so the parent only stores bytes and appends rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from govkit.core.errors import GovkitError, ReadError
from govkit.core.fact import Fact
from govkit.facts.extract import extract_records
from govkit.facts.schema import fact_problem
from govkit.pipeline.budget import Budget, OverBudget, document_budget
from govkit.pipeline.corpus import document_from_bytes
from govkit.store.cache import EntryKey, FactRow, encode_entry, fact_row


@dataclass(frozen=True)
class StageConfig:
    """What the stage computes: the document row only (``govkit ingest``) or also its facts; and
    the time and memory one document may take in :func:`run_task` (none by default; the runner
    passes :meth:`Budget.default`)."""

    with_facts: bool = True
    budget: Budget = field(default_factory=Budget)


@dataclass
class DocumentResult:
    """The document row (:meth:`govkit.core.document.Document.to_record`) and facts of one file."""

    record: dict[str, Any]
    facts: list[Fact] | None


def fact_order(f: Fact) -> tuple[int, str, str]:
    """Order of facts within a document in the fact table (stable: ties keep extraction order)."""
    return (f.value_start, f.indicator, f.measure)


def process_document(
    data: bytes, name: str, config: StageConfig, doc_id: str | None = None, sha256: str = ""
) -> DocumentResult:
    """Read, clean, recognise and segment the raw bytes of the file *name* (and extract facts).

    *doc_id* defaults to the file name without its extension; *sha256* of *data* is computed
    unless given (the runner has hashed the bytes already).

    Raises :class:`~govkit.core.errors.ReadError` for input that is not a report, and
    :class:`~govkit.core.errors.GovkitError` if a fact breaks the fact-table contract.
    """
    doc = document_from_bytes(data, name, doc_id, sha256=sha256)
    facts = None
    if config.with_facts:
        facts = sorted(extract_records(doc), key=fact_order)
        for f in facts:
            problem = fact_problem(f)
            if problem:
                raise GovkitError(f"internal error: a fact breaks the fact-table contract ({problem}): {f.evidence}")
    return DocumentResult(doc.to_record(), facts)


@dataclass(frozen=True)
class Task:
    """One raw file for a worker: its key in the cache, its bytes and its path."""

    key: EntryKey
    path: str
    data: bytes


@dataclass(frozen=True)
class Outcome:
    """A worker's answer for one task: the encoded cache value with the document row and fact rows
    it holds (so the parent need not decode it), or why the file failed."""

    key: EntryKey
    value: bytes | None = None
    record: dict[str, Any] | None = None
    facts: list[FactRow] | None = None
    error: str | None = None


def run_task(task: Task, config: StageConfig) -> Outcome:
    """Process one task; never raises for bad input (one bad document must not stop a batch), nor
    for a document over the time or memory budget of *config* (its outcome says so)."""
    try:
        with document_budget(config.budget):
            res = process_document(task.data, task.path, config, task.key.doc_id, task.key.raw_sha256)
            rows = None if res.facts is None else [fact_row(f) for f in res.facts]
        return Outcome(task.key, encode_entry(task.key, res.record, rows), res.record, rows)
    except OverBudget as exc:
        return Outcome(task.key, error=exc.reason)
    except ReadError as exc:
        return Outcome(task.key, error=exc.reason)
    except GovkitError as exc:
        return Outcome(task.key, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        return Outcome(task.key, error=f"internal error while processing: {type(exc).__name__}: {exc}")


#: A short report (a heading and one sentence of figures) that loads every lexicon the stage uses.
_WARM_UP = "会同县2021年政府工作报告\n2021年,全县实现地区生产总值92.45亿元,同比增长10.5%。".encode()


def warm_up(config: StageConfig) -> None:
    """Load the stage's lexicons and automata in this process (before forking workers, so that
    they share them instead of each loading its own)."""
    process_document(_WARM_UP, "warm_up.txt", config)


def run_tasks(tasks: list[Task], config: StageConfig) -> list[Outcome]:
    """Worker entry point: :func:`run_task` over a chunk of tasks."""
    return [run_task(t, config) for t in tasks]
