"""Progress bars of the stages that can take more than a few seconds (extract, attention, panel, reports).

One rule for all of them: a bar is drawn on standard error, and only when it is a terminal
(:func:`on_terminal`): a command whose output goes to a file, a pipe, a CI log or a test writes
nothing but its summary. The command line decides (``progress=on_terminal()``); library calls
default to no bar. tqdm is imported when a bar is drawn (:func:`_tqdm`): most runs draw none.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from tqdm import tqdm

T = TypeVar("T")


def on_terminal() -> bool:
    """True when standard error is a terminal (where a bar can redraw itself)."""
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # replaced or closed stream
        return False


def screen() -> dict[str, Any]:
    """tqdm's screen size arguments: none on a terminal that reports its size, else 80 × 24 (a
    pseudo-terminal without a window size, where tqdm would draw nothing)."""
    try:
        size = os.get_terminal_size(sys.stderr.fileno())
        if size.columns > 0 and size.lines > 0:
            return {}
    except (AttributeError, ValueError, OSError):
        pass
    return {"ncols": 80, "nrows": 24}


def bar(iterable: Iterable[T], enabled: bool, desc: str, unit: str, total: int | None = None) -> Iterable[T]:
    """*iterable* with a bar on standard error when *enabled*, else *iterable* itself."""
    if not enabled:
        return iterable
    return _tqdm()(iterable, total=total, desc=desc, unit=unit, file=sys.stderr, **screen())


def _tqdm() -> type[tqdm]:
    """tqdm's bar, imported only when one is drawn (its import takes about 30 ms of start-up)."""
    from tqdm import tqdm

    return tqdm


class Steps:
    """A bar over the named steps of a stage (``panel: 3/5 [cross-checks]``); silent when disabled."""

    def __init__(self, enabled: bool, desc: str, steps: int) -> None:
        fmt = "{l_bar}{bar}| {n_fmt}/{total_fmt} steps [{elapsed}{postfix}]"
        self._bar = _tqdm()(total=steps, desc=desc, bar_format=fmt, file=sys.stderr, **screen()) if enabled else None

    def __call__(self, name: str) -> None:
        """Mark the previous step done and say which one runs now."""
        if self._bar is not None:
            if self._bar.n or self._bar.postfix:
                self._bar.update()
            self._bar.set_postfix_str(name)

    def close(self, done: bool = True) -> None:
        if self._bar is not None:
            if done:
                self._bar.update(self._bar.total - self._bar.n)
            self._bar.close()


@contextmanager
def steps(enabled: bool, desc: str, n: int) -> Iterator[Steps]:
    """``with steps(progress, "panel", 5) as step: step("consolidate"); …``"""
    s = Steps(enabled, desc, n)
    try:
        yield s
    except BaseException:
        s.close(done=False)
        raise
    s.close()
