"""One run at a time on an output directory.

:func:`output_lock` takes an exclusive ``flock`` on ``<out>/.cache/lock`` for the duration of a
run; a second run on the same directory waits for it (saying so once on stderr) instead of
writing the same tables and cache at the same time. The operating system releases the lock
when the holder exits, however it exits (kill -9 included), so a stale lock never blocks; the
holder writes its pid into the lock file, and a waiting run names it.
Locks are re-entrant within a process (``govkit run`` holds it across its stages).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from govkit.core.errors import GovkitError

_HELD: dict[Path, int] = {}  # lock file -> depth, in this process


def _holder(path: Path) -> str:
    """The pid the lock file names (written by the run that holds it), or ""."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return text if text.isdigit() else ""


def check_output_dir(out_dir: str | Path) -> None:
    """Create *out_dir* if missing and make sure files can be written in it; else one
    :class:`GovkitError` naming it and the problem (a file in its place, not writable …)."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise GovkitError(f"{out_dir}: is an existing file, not a directory (give a directory for the outputs)")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise GovkitError(f"{out_dir}: cannot create the output directory ({exc.strerror or exc})") from None
    try:
        fd, probe = tempfile.mkstemp(prefix=".govkit-write-test.", suffix=".tmp", dir=out)
    except OSError as exc:
        raise GovkitError(f"{out_dir}: the output directory is not writable ({exc.strerror or exc})") from None
    os.close(fd)
    # A run holding the lock removes temporary files of killed runs (``.*.tmp``) and may have removed
    # this probe already: a second run checks the directory before it waits for the lock.
    Path(probe).unlink(missing_ok=True)


@contextlib.contextmanager
def output_lock(out_dir: str | Path) -> Iterator[None]:
    """Hold the lock of *out_dir* for the block (waits while another process holds it)."""
    path = (Path(out_dir) / ".cache" / "lock").resolve()
    if path in _HELD:
        _HELD[path] += 1
        try:
            yield
        finally:
            _HELD[path] -= 1
        return
    check_output_dir(out_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise GovkitError(f"{out_dir}: cannot create the output directory's lock ({exc.strerror or exc})") from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(path)
            print(
                f"govkit: {out_dir}: another govkit run{f' (pid {holder})' if holder else ''} is writing here; "
                "waiting for it to finish",
                file=sys.stderr,
            )
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)  # the holder, for the message above
        _HELD[path] = 1
        try:
            yield
        finally:
            del _HELD[path]
    finally:
        os.close(fd)
