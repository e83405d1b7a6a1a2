"""Worker processes that die with their parent.

When the parent of a process pool is killed alone (``kill -9``, the OOM killer), its workers
would be left behind, adopted by init, blocked on a pipe or still writing reports. Every pool
govkit starts (the document stage's in :mod:`govkit.pipeline.pool`, the reports' in
:mod:`govkit.present.report_run`) passes :func:`die_with_parent` as its initializer:

* on Linux, ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` asks the kernel to kill the worker the moment
  its parent thread exits;
* everywhere, a daemon thread checks twice a second that the parent is still the one the worker
  was started by, and ends the worker if not (other systems, and the window before ``prctl``).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading

#: From <linux/prctl.h>.
_PR_SET_PDEATHSIG = 1
#: How often the fallback thread looks at the parent (seconds).
POLL_SECONDS = 0.5


def die_with_parent(parent_pid: int | None = None) -> None:
    """Make this process end when its parent does (call it first thing in a worker).

    *parent_pid* is the pid of the process that started the pool (the current parent if None).
    """
    parent = parent_pid if parent_pid is not None else os.getppid()
    if sys.platform.startswith("linux"):
        _set_pdeathsig()
    if os.getppid() != parent:
        os._exit(1)  # the parent died before the request took effect
    threading.Thread(target=_watch, args=(parent,), name="govkit-parent-watch", daemon=True).start()


def _set_pdeathsig() -> None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the watching thread remains


def _watch(parent: int) -> None:
    stop = threading.Event()
    while not stop.wait(POLL_SECONDS):
        if os.getppid() != parent:
            os._exit(1)
