"""Is a document an excerpt? Marks in its text and title, and in ``MANIFEST.csv`` notes.

A figure read from an excerpt is as printed, but the document may leave out what would confirm
or correct it (a revision, the year's other figures). Documents with such a mark get the flag
``excerpt`` (a cut-off page with hidden text gets ``truncated`` from cleaning); the corpus overview
counts the panel figures that rest on either.

The marks are data (``govkit/data/clean/excerpts.csv``): each rule looks at one place, ``text``
(anywhere in the cleaned text), ``title``, ``head`` (the first :data:`HEAD_CHARS` characters),
``end`` (the last characters: a text that stops on an ellipsis) or ``note`` (a manifest note).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from govkit.core.resources import data_path

#: The opening of a text that ``head`` rules read.
HEAD_CHARS = 300
#: The flag an excerpted document carries.
FLAG = "excerpt"


@dataclass(frozen=True)
class ExcerptRule:
    name: str
    where: str
    rx: re.Pattern[str]


@lru_cache(maxsize=1)
def excerpt_rules() -> tuple[ExcerptRule, ...]:
    path = data_path("clean", "excerpts.csv")
    rules = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            where = row["where"].strip()
            if where not in ("text", "title", "head", "end", "note"):
                raise ValueError(f"{path}: rule {row['rule']}: unknown place '{where}'")
            rules.append(ExcerptRule(row["rule"].strip(), where, re.compile(row["pattern"])))
    return tuple(rules)


def excerpt_marks(text: str, title: str = "") -> list[str]:
    """Names of the rules whose mark is in *text* (cleaned) or *title*; empty if none."""
    places = {"text": text, "title": title, "head": text[:HEAD_CHARS], "end": text.rstrip()[-20:]}
    return [r.name for r in excerpt_rules() if r.where in places and r.rx.search(places[r.where])]


def note_says_excerpt(note: str) -> bool:
    """Does a manifest note (``source_note``) describe the file as an excerpt or summary?"""
    return any(r.rx.search(note) for r in excerpt_rules() if r.where == "note")
