"""A time and memory budget for one document: past it, the document is skipped with its reason.

The budget is per document and applies wherever the stage runs (a pool worker, or the parent
with ``--jobs 1``): :func:`document_budget` arms a timer of the process's CPU time (``SIGPROF``
after ``seconds`` of CPU, so that a busy machine does not skip a document that an idle one reads:
the same input gives the same output at any load) and lowers the address-space limit (``RLIMIT_AS``) to what the process uses now plus ``memory_mb``;
both are restored when the document is done. A document that runs out of either raises
:class:`OverBudget`, which :func:`govkit.pipeline.stage.run_task` reports as the document's
failure (``over the time budget of 300 s …``); the batch goes on.

The defaults are the ``document_seconds`` and ``document_memory_mb`` limits of
``govkit/data/read_limits.csv`` (environment ``GOVKIT_LIMIT_DOCUMENT_SECONDS`` …), and
``--doc-seconds`` / ``--doc-memory`` on the command line; 0 turns one off. The timer needs the
main thread of a process with ``SIGPROF`` and the memory limit a system with ``RLIMIT_AS``
(Linux, macOS); where either is missing that part of the budget is not enforced.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

from govkit.text.limits import limit

try:
    import resource
except ImportError:  # not on Windows
    resource = None  # type: ignore[assignment]

MIB = 1024 * 1024


class OverBudget(BaseException):
    """A document ran past its time or memory budget (a BaseException, so that no ``except
    Exception`` inside the stage swallows it)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Budget:
    """Seconds and megabytes (of address space beyond what the process held) for one document; 0 = none."""

    seconds: float = 0.0
    memory_mb: int = 0

    @classmethod
    def default(cls, seconds: float | None = None, memory_mb: int | None = None) -> Budget:
        """The given values, else the limits of ``read_limits.csv`` (or their environment overrides)."""
        return cls(
            float(limit("document_seconds")) if seconds is None else float(seconds),
            limit("document_memory_mb") if memory_mb is None else int(memory_mb),
        )

    def time_reason(self) -> str:
        return (
            f"skipped: over the time budget of {self.seconds:g} s for one document "
            "(limit document_seconds; --doc-seconds; see README 'Limits')"
        )

    def memory_reason(self) -> str:
        return (
            f"skipped: over the memory budget of {self.memory_mb:,} MB for one document "
            "(limit document_memory_mb; --doc-memory; see README 'Limits')"
        )


def _address_space() -> int | None:
    """Bytes of address space this process holds now (Linux), or None."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


@contextmanager
def document_budget(budget: Budget) -> Iterator[None]:
    """Run the body under *budget*; raise :class:`OverBudget` when it runs out."""
    armed = [False]
    timer = (
        budget.seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    )
    old_handler = None
    old_timer = (0.0, 0.0)
    started = time.process_time()

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        if armed[0]:
            armed[0] = False
            raise OverBudget(budget.time_reason())

    if timer:
        old_handler = signal.signal(signal.SIGPROF, on_alarm)
        armed[0] = True
        old_timer = signal.setitimer(signal.ITIMER_PROF, budget.seconds)
    old_limit = None
    if budget.memory_mb > 0 and resource is not None:
        used = _address_space()
        if used is not None:
            soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            want = used + budget.memory_mb * MIB
            if hard != resource.RLIM_INFINITY:
                want = min(want, hard)
            if soft == resource.RLIM_INFINITY or want < soft:
                resource.setrlimit(resource.RLIMIT_AS, (want, hard))
                old_limit = (soft, hard)
    try:
        yield
    except MemoryError:
        if old_limit is None:
            raise
        raise OverBudget(budget.memory_reason()) from None
    finally:
        armed[0] = False
        if old_limit is not None:
            resource.setrlimit(resource.RLIMIT_AS, old_limit)
        if timer:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, old_handler)
            if old_timer[0] > 0:  # someone else's timer was running: give it back what is left of it
                left = old_timer[0] - (time.process_time() - started)
                signal.setitimer(signal.ITIMER_PROF, max(left, 0.001), old_timer[1])
