"""Orchestration of the stages for the CLI: each ``run_*`` reads a raw directory and writes tables.

Documents are processed in a process pool (``jobs``), streamed back one at a time, and
cached by content hash beside the outputs, so a re-run with unchanged raw files reads
everything from the cache. One bad document never stops a batch: it is reported with its
reason in the run's summary. Every table is written atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from govkit.core.errors import GovkitError
from govkit.core.fact import Fact
from govkit.facts.schema import conform_facts, empty_facts, facts_frame
from govkit.pipeline.corpus import Failure, discover, doc_id_for, documents_frame, load_document
from govkit.store.cache import DocumentCache
from govkit.store.tables import write_table, write_text_atomic


@dataclass
class Summary:
    """What a run did: counts, outputs written, and every failure with its reason."""

    stage: str
    n_ok: int = 0
    failures: list[Failure] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0

    def describe(self) -> str:
        lines = [f"{self.stage}: {self.n_ok} document(s) processed, {len(self.failures)} failed in {self.seconds:.1f}s"]
        lines += [f"  wrote {p}" for p in self.outputs]
        lines += [f"  {n}" for n in self.notes]
        lines += [f"  FAILED {f}" for f in self.failures]
        return "\n".join(lines)


@dataclass
class DocResult:
    """What processing one raw file produced (picklable, cached)."""

    doc_id: str
    record: dict | None = None
    facts: list[Fact] | None = None
    error: str | None = None


def _process(path: str, doc_id: str, with_facts: bool) -> DocResult:
    """Worker: read, clean, recognise (and extract) one file. Never raises for bad input."""
    try:
        doc = load_document(path, doc_id)
        facts = None
        if with_facts:
            from govkit.facts.extract import extract_records

            facts = extract_records(doc)
        return DocResult(doc_id, doc.to_record(), facts)
    except GovkitError as exc:
        return DocResult(doc_id, error=getattr(exc, "reason", None) or str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        return DocResult(doc_id, error=f"internal error while processing: {type(exc).__name__}: {exc}")


def _jobs(jobs: int) -> int:
    return max(1, jobs or os.cpu_count() or 1)


def _plan(raw_dir: str | Path, cache: DocumentCache) -> tuple[list[tuple[Path, str, str]], list[Failure]]:
    """(path, doc_id, cache key) for every raw file, and the files that cannot even be hashed."""
    planned: list[tuple[Path, str, str]] = []
    failures: list[Failure] = []
    seen: dict[str, str] = {}
    for path in discover(raw_dir):
        doc_id = doc_id_for(path)
        if doc_id in seen:
            failures.append(Failure(str(path), f"duplicate doc_id '{doc_id}' (also {seen[doc_id]}); skipped"))
            continue
        seen[doc_id] = str(path)
        try:
            sha = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as exc:
            failures.append(Failure(str(path), f"cannot read file: {exc.strerror or exc}"))
            continue
        planned.append((path, doc_id, cache.key(sha, doc_id)))
    return planned, failures


def _state_path(out_dir: str | Path, stage: str) -> Path:
    return Path(out_dir) / ".cache" / f"{stage}.state.json"


def _up_to_date(out_dir: str | Path, stage: str, keys: list[str], outputs: list[str]) -> bool:
    """True when the last run of *stage* saw exactly these inputs and its outputs are untouched."""
    p = _state_path(out_dir, stage)
    if not p.exists():
        return False
    try:
        state = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if state.get("keys") != keys:
        return False
    for name in outputs:
        f = Path(out_dir) / name
        if not f.exists() or state.get("outputs", {}).get(name) != _file_sha(f):
            return False
    return True


def _save_state(out_dir: str | Path, stage: str, keys: list[str], outputs: list[str]) -> None:
    state = {"keys": keys, "outputs": {n: _file_sha(Path(out_dir) / n) for n in outputs}}
    write_text_atomic(_state_path(out_dir, stage), json.dumps(state, indent=0))


def _file_sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def process_corpus(
    raw_dir: str | Path, out_dir: str | Path, *, with_facts: bool, jobs: int = 0, progress: bool = False
) -> tuple[list[DocResult], list[Failure], dict]:
    """Process every raw file (cached results reused); returns results in doc_id order."""
    cache = DocumentCache(out_dir, "facts" if with_facts else "docs")
    planned, failures = _plan(raw_dir, cache)
    results: dict[str, DocResult] = {}
    todo: list[tuple[str, str, str]] = []
    for path, doc_id, key in planned:
        hit = cache.get(key)
        if isinstance(hit, DocResult):
            results[doc_id] = hit
        else:
            todo.append((str(path), doc_id, key))
    stats = {"files": len(planned), "cached": len(results), "processed": len(todo)}

    def run() -> Iterator[tuple[str, DocResult]]:
        n = _jobs(jobs)
        if n == 1 or len(todo) <= 2:
            for path, doc_id, key in todo:
                yield key, _process(path, doc_id, with_facts)
            return
        with ProcessPoolExecutor(max_workers=n) as pool:
            futures = [(key, pool.submit(_process, path, doc_id, with_facts)) for path, doc_id, key in todo]
            for key, fut in futures:
                yield key, fut.result()

    iterator = run()
    if progress and todo:
        from tqdm import tqdm

        iterator = tqdm(iterator, total=len(todo), desc="documents", unit="doc")
    paths = {doc_id: path for path, doc_id, _ in todo}
    for key, res in iterator:
        if res.error is None:
            cache.put(key, res)  # failures are not cached: a fixed file is retried
        results[res.doc_id] = res
    cache.prune()
    ordered = [results[k] for k in sorted(results)]
    for res in ordered:
        if res.error is not None:
            failures.append(Failure(paths.get(res.doc_id, res.doc_id), res.error))
    return [r for r in ordered if r.error is None], failures, stats


def _documents_table(results: list[DocResult]) -> pd.DataFrame:
    if not results:
        return documents_frame([])
    df = pd.DataFrame([r.record for r in results]).sort_values("doc_id", kind="stable").reset_index(drop=True)
    df["year"] = pd.array(df["year"], dtype="Int64")
    return df


def _facts_table(results: list[DocResult]) -> pd.DataFrame:
    """One validated fact table for the whole corpus (validated once, not per document)."""
    rows = [f for r in results if r.facts for f in r.facts]
    if not rows:
        return conform_facts(empty_facts())
    df = facts_frame(rows)
    return df.sort_values(["doc_id", "value_start", "indicator", "measure"], kind="stable").reset_index(drop=True)


_OUTPUTS = {
    "ingest": ["documents.parquet", "documents.csv"],
    "extract": ["documents.parquet", "documents.csv", "facts.parquet", "facts.csv"],
}


def _remove_stale_temporaries(out_dir: str | Path) -> None:
    """Temporary files a killed run left behind (a finished write never leaves one)."""
    out = Path(out_dir)
    if out.is_dir():
        for p in list(out.glob(".*.tmp")) + list(out.glob(".cache/**/.*.tmp")):
            p.unlink(missing_ok=True)


def _run(stage: str, raw_dir: str | Path, out_dir: str | Path, jobs: int, progress: bool) -> Summary:
    t0 = time.perf_counter()
    _remove_stale_temporaries(out_dir)
    with_facts = stage == "extract"
    planned, pre_failures = _plan(raw_dir, DocumentCache(out_dir, "facts" if with_facts else "docs"))
    keys = [k for _p, _d, k in planned]
    if not pre_failures and _up_to_date(out_dir, stage, keys, _OUTPUTS[stage]):
        s = Summary(stage, len(keys), [], [Path(out_dir) / n for n in _OUTPUTS[stage]], time.perf_counter() - t0)
        s.notes.append("up to date: no raw file changed since the last run; outputs left as they are")
        return s
    results, failures, stats = process_corpus(raw_dir, out_dir, with_facts=with_facts, jobs=jobs, progress=progress)
    n_ok = len(results)
    note = ""
    outputs: list[Path] = []
    if with_facts:
        facts = _facts_table(results)
        for r in results:
            r.facts = None  # the table holds them now
        outputs += list(write_table(facts, out_dir, "facts"))
        note = f"{len(facts)} facts; "
        del facts
    documents = _documents_table(results)
    del results
    outputs = list(write_table(documents, out_dir, "documents")) + outputs
    if not failures:
        _save_state(out_dir, stage, keys, _OUTPUTS[stage])
    s = Summary(stage, n_ok, failures, outputs, time.perf_counter() - t0)
    s.notes.append(f"{note}{stats['cached']} document(s) from cache, {stats['processed']} processed")
    return s


def run_ingest(raw_dir: str | Path, out_dir: str | Path, jobs: int = 0, progress: bool = False) -> Summary:
    """Ingest *raw_dir* and write ``documents.parquet`` / ``documents.csv`` into *out_dir*."""
    return _run("ingest", raw_dir, out_dir, jobs, progress)


def run_extract(raw_dir: str | Path, out_dir: str | Path, jobs: int = 0, progress: bool = False) -> Summary:
    """Ingest and extract *raw_dir*: ``documents.*`` and ``facts.*`` in *out_dir*."""
    return _run("extract", raw_dir, out_dir, jobs, progress)


def run_panel(processed_dir: str | Path) -> Summary:
    """Consolidate ``facts`` + ``documents`` of *processed_dir* into the panel and derived tables."""
    from govkit.analysis.panel import write_panel

    t0 = time.perf_counter()
    outputs = write_panel(processed_dir)
    return Summary("panel", 1, [], list(outputs), time.perf_counter() - t0)


def run_all(
    raw_dir: str | Path,
    out_dir: str | Path,
    reports_dir: str | Path | None = "reports",
    jobs: int = 0,
    progress: bool = True,
) -> int:
    """The main job: extract (with ingest), attention, panel, then the HTML reports of the seeds' regions.

    Prints each stage's summary; returns 0 when everything succeeded, 1 when a document or a report failed.
    """
    from govkit.analysis.attention import run_attention

    code = 0
    for summary in (
        run_extract(raw_dir, out_dir, jobs=jobs, progress=progress),
        run_attention(raw_dir, out_dir),
        run_panel(out_dir),
    ):
        print(summary.describe(), flush=True)
        code = max(code, summary.exit_code)
    if reports_dir:
        from govkit.present.report import main_reports, seed_regions

        code = max(
            code, main_reports(out_dir, reports_dir, seed_regions(out_dir, raw_dir), jobs=jobs, progress=progress)
        )
    return code
