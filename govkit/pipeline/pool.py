"""Run the per-document stage over a stream of work, in order, with bounded memory.

:func:`execute` takes a stream of :class:`Cached` entries (already in the cache) and
:class:`~govkit.pipeline.stage.Task`\\ s (to compute), sends the tasks to a process pool in
small chunks, and yields everything back in the order it came in. At most ``window`` chunks
are in flight, so memory does not grow with the corpus; the caller consumes (stores, writes
tables) while the workers compute the next chunks, so the parent's writing overlaps the work.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import chain
from typing import Any, TypeVar

from govkit.core.lifeline import die_with_parent
from govkit.pipeline.stage import Outcome, StageConfig, Task, run_task, run_tasks, warm_up
from govkit.store.cache import EntryKey, FactRow

#: A chunk sent to a worker holds at most this many documents, or this many bytes. Each chunk
#: costs a worker about 2.5 ms of CPU besides its documents (two pickles, the queues' locks and
#: wake-ups), whatever its size: chunks of 8 documents made that 0.7 s on 8 MB of reports, chunks
#: of 32 (128 KB) 0.2 s. When the run's size is known, the chunks shrink towards its end
#: (:func:`chunk_full`), so the last ones hold a document or two and no core waits alone for
#: another's large chunk: full chunks can be large (about 0.2 s of work, at 0.9 s/MB).
CHUNK_DOCS = 64
CHUNK_BYTES = 256 * 1024
#: Chunks in flight per worker.
WINDOW_PER_JOB = 6


@dataclass(frozen=True)
class Cached:
    """A document whose entry the cache holds (decoded: its document row and fact rows)."""

    key: EntryKey
    path: str
    record: dict[str, Any]
    facts: list[FactRow] | None


def chunk_full(docs: int, size: int, left: int | None = None, jobs: int = 1) -> bool:
    """Whether a chunk of *docs* documents holding *size* bytes goes to a worker now, when *left*
    documents of the run (this chunk's included) are still to be sent to *jobs* workers (None: not
    known). Within the last two full chunks per worker (the bytes left estimated from this chunk's
    documents), the chunk is cut in proportion to what is left, down to one document."""
    part = 1.0
    if left is not None and docs:
        full_chunks_left = max(left / CHUNK_DOCS, left * size / docs / CHUNK_BYTES)
        part = min(1.0, full_chunks_left / (2 * jobs))
    return docs >= max(1.0, CHUNK_DOCS * part) or size >= CHUNK_BYTES * part


def jobs_for(jobs: int) -> int:
    """Worker processes for ``--jobs`` (0 = one per core)."""
    return max(1, jobs or os.cpu_count() or 1)


def _context() -> multiprocessing.context.BaseContext:
    # fork: workers start at once with govkit's modules already imported by the parent
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


T = TypeVar("T")
R = TypeVar("R")


def fork_map(fn: Callable[[T], R], items: list[T], jobs: int) -> Iterator[R]:
    """*fn* over *items*, in order, in worker processes forked from this one (so they share what
    it has loaded: a model, a lexicon); in this process with one job, one item or no ``fork``.
    *fn* must be a module-level function; the items and results travel by pickle."""
    n = min(jobs_for(jobs), len(items))
    if n <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(fn, items)
        return
    with ProcessPoolExecutor(
        max_workers=n, mp_context=_context(), initializer=die_with_parent, initargs=(os.getpid(),)
    ) as pool:
        yield from pool.map(fn, items)


def execute(
    work: Iterable[Cached | Task], config: StageConfig, jobs: int, total: int | None = None
) -> Iterator[tuple[Cached | Task, Outcome | None]]:
    """(item, outcome) for every item of *work*, in order; the outcome is None for a cached item.
    *total* is how many items *work* holds, if known (the chunks shrink towards the end)."""
    n = jobs_for(jobs)
    window = WINDOW_PER_JOB * n
    pending: deque[tuple[list[Cached | Task], Future[list[Outcome]] | None]] = deque()
    in_flight = 0
    chunk: list[Task] = []
    size = 0
    work = iter(work)
    taken = 0  # items of work taken so far
    for item in work:  # cached documents up to the first task need no pool
        if isinstance(item, Cached):
            taken += 1
            yield item, None
            continue
        warm_up(config)
        # What exists now (modules, lexicons, automata) lives as long as the run: keep the cyclic
        # collector of the parent and of the forked workers from scanning it again and again. Only
        # the young generations are collected first (the warm-up's garbage): a full collection
        # walks every object the imports made, to find none (about 60 ms before any worker starts).
        # With one job too (the full collections of a run on 8 MB took 0.1 s walking them).
        gc.collect(1)
        gc.freeze()
        work = chain([item], work)
        break
    else:
        return
    try:
        if n == 1:
            for item in work:
                yield item, None if isinstance(item, Cached) else run_task(item, config)
            return
        # The workers die with this process (a parent killed alone must not leave them behind).
        with ProcessPoolExecutor(
            max_workers=n, mp_context=_context(), initializer=die_with_parent, initargs=(os.getpid(),)
        ) as pool:

            def flush() -> None:
                nonlocal chunk, size, in_flight
                if chunk:
                    pending.append((list(chunk), pool.submit(run_tasks, chunk, config)))
                    in_flight += 1
                    chunk, size = [], 0

            def ready() -> Iterator[tuple[Cached | Task, Outcome | None]]:
                nonlocal in_flight
                while pending and (pending[0][1] is None or pending[0][1].done() or in_flight > window):
                    items, fut = pending.popleft()
                    if fut is None:
                        yield items[0], None
                        continue
                    in_flight -= 1
                    yield from zip(items, fut.result())

            for item in work:
                taken += 1
                if isinstance(item, Cached):
                    flush()
                    pending.append(([item], None))
                else:
                    chunk.append(item)
                    size += len(item.data)
                    left = None if total is None else total - taken + len(chunk)
                    if chunk_full(len(chunk), size, left, n):
                        flush()
                yield from ready()
            flush()
            while pending:
                items, fut = pending.popleft()
                yield from ((items[0], None),) if fut is None else zip(items, fut.result())
    finally:
        gc.unfreeze()  # back to the collector's care once the run is over
