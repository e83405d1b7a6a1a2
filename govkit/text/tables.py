"""Plain-text tables: the lines of a statistical table that cleaning must keep as they are.

Statistical pages print tables as lines of figures separated by spaces or ``|`` under a header of
indicator names or years (``指标 2020年 2021年 同比(%)`` / ``PM2.5(微克/立方米) 35 32 -8.6``). Such
a line is not a wrapped sentence: its line breaks and the spaces between its cells are kept, so
that :mod:`govkit.facts.tables` can read it. A header may wrap over a few short lines.
"""

from __future__ import annotations

import re

#: A cell holding a figure (or an empty-cell placeholder).
NUMBER_CELL = re.compile(r"[-+−]?\d+(?:\.\d+)?%?")
PLACEHOLDER = re.compile(r"—+|-{1,2}|/|…+|\*+")
_SENTENCE = re.compile(r"[。,;,;:：]")
_PIPE = re.compile(r"\s*[|｜]\s*")
_SPACE = re.compile(r"[ \t\u3000\u00a0]+")
#: Header lines above a row: short, no sentence punctuation.
MAX_HEADER_LINES = 4
MAX_HEADER_LEN = 80


def cells(line: str) -> list[str]:
    """The cells of a line (``|``-separated when it has two bars or more, else space-separated)."""
    s = line.strip()
    if s.count("|") + s.count("｜") >= 2:
        parts = _PIPE.split(s.strip("|｜ \t"))
    else:
        parts = _SPACE.split(s)
    return [p for p in (x.strip() for x in parts) if p]


def is_row(line: str) -> bool:
    """A label followed by three or more cells, most of them figures, and no sentence punctuation."""
    if _SENTENCE.search(line):
        return False
    cs = cells(line)
    if len(cs) < 4:
        return False
    rest = cs[1:]
    figures = sum(1 for c in rest if NUMBER_CELL.fullmatch(c))
    empty = sum(1 for c in rest if PLACEHOLDER.fullmatch(c))
    return figures >= 3 and figures + empty >= 0.6 * len(rest)


def table_lines(text: str) -> set[int]:
    """Indices (in ``text.split("\\n")``) of the lines of plain-text tables: rows and their header lines."""
    lines = text.split("\n")
    rows = {i for i, line in enumerate(lines) if is_row(line)}
    out = set(rows)
    for i in sorted(rows):
        if i - 1 in rows:
            continue
        j = i - 1
        while j >= 0 and i - j <= MAX_HEADER_LINES:
            line = lines[j].strip()
            if not line or _SENTENCE.search(line) or len(line) > MAX_HEADER_LEN:
                break
            out.add(j)
            j -= 1
    return out
