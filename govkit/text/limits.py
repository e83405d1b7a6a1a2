"""Limits on what one raw file may expand to when it is read (decompression bombs).

The limits live in ``govkit/data/read_limits.csv`` (name, value, what); the environment variable
``GOVKIT_LIMIT_<NAME>`` (``GOVKIT_LIMIT_DOCX_PARAGRAPHS=500000``) overrides one for a run. The
readers in :mod:`govkit.text.formats` check them *before* expanding content (the ZIP directory's
declared sizes of a DOCX, the decoded size of each compressed PDF stream, counted while
inflating in small pieces) and raise :class:`~govkit.core.errors.ReadError` naming the file, the
limit and its value when one is passed.
"""

from __future__ import annotations

import os
from functools import lru_cache

from govkit.core.resources import data_path, read_table

LIMITS_FILE = ("read_limits.csv",)


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[int, str]]:
    return {row["name"]: (int(row["value"]), row["what"]) for row in read_table(data_path(*LIMITS_FILE))}


def limit(name: str) -> int:
    """The value of limit *name* (environment override first, then the data file)."""
    value, _ = _table()[name]  # a KeyError here is a typo in the code, not a user error
    env = os.environ.get(f"GOVKIT_LIMIT_{name.upper()}", "").strip()
    return int(env) if env else value


def over(name: str, found: int | str) -> str:
    """The ReadError message for a file over limit *name*: what was found and the limit."""
    _, what = _table()[name]
    return f"{found}, over the limit (limit {name} = {limit(name):,}: {what}; see README 'Limits')"


def all_limits() -> dict[str, int]:
    """Every limit with its current value."""
    return {name: limit(name) for name in _table()}
