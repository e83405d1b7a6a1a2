"""Cue words (``govkit/data/extract/cues.tsv``): measure, kind, time and not-a-fact signals."""
from __future__ import annotations

import re
from functools import lru_cache

from .resources import data_path, read_table


@lru_cache(maxsize=1)
def load_cues() -> dict[str, dict[str, re.Pattern]]:
    """``{category: {name: compiled pattern}}`` in file order."""
    out: dict[str, dict[str, re.Pattern]] = {}
    for row in read_table(data_path("extract", "cues.tsv"), delimiter="\t"):
        out.setdefault(row["category"].strip(), {})[row["name"].strip()] = re.compile(row["pattern"])
    return out


def cue(category: str, name: str) -> re.Pattern:
    return load_cues()[category][name]


@lru_cache(maxsize=16)
def any_of(category: str) -> re.Pattern:
    """One pattern matching any cue of *category* (named groups give the cue name)."""
    parts = [f"(?P<{name.replace('-', '_')}>{rx.pattern})" for name, rx in load_cues()[category].items()]
    return re.compile("|".join(parts))
