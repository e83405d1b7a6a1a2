"""Ruled PDF tables whose cells wrap: read on their grid, one ``|`` line per row.

A table printed with narrow columns wraps its cells (``2020年基`` / ``数`` under a header, ``符合进`` / ``度`` in
a 进展情况 column, a long label over two lines). The text layer is read line by line across the page, so the
pieces of a wrapped cell land on the lines above and below its row and those of the cells beside it are glued
together (``2020年基 2022年实 进展情`` / ``指标 2025年目标`` / ``数际况``): the header was lost, and with it every
figure of the table. :func:`wrapped_table_text` finds such a table from its rules (pdfplumber's table finder)
and prints it as :mod:`govkit.text.table_grid` prints an HTML table with merged cells: a cell's lines joined,
one row a line, cells parted by `` | ``. The text above and below it is read as before.

Only a ruled table whose first row is a header (no figure in it) and some of whose cells wrap is read so: a
table whose cells all fit on their line reads well as text already, and a continuation without its header
(a table crossing a page) has no header to print.
Nor a table with text beside it (a table in one column of a page in two columns): the page is cut into the
bands above, between and below its tables, and the other column's lines at the table's height were lost
(r19h).
"""

from __future__ import annotations

import re

#: Fewest rows (header included) and columns of a table read on its grid.
_MIN_ROWS = 3
_MIN_COLS = 3
_FIGURE = re.compile(r"[-+−]?\d+(?:\.\d+)?%?")
_ASCII_END = re.compile(r"[A-Za-z]$")
_ASCII_START = re.compile(r"^[A-Za-z]")


def _joined(cell: str) -> str:
    """A wrapped cell's lines as one (a space only between two Latin letters; a number broken over two lines
    in a narrow column, 35000 / 00, is one number: a space made it 35000 00, and the row's figures were lost)."""
    out = ""
    for part in (p.strip() for p in cell.split("\n")):
        if not part:
            continue
        gap = " " if out and _ASCII_END.search(out) and _ASCII_START.search(part) else ""
        out += gap + part
    return out


def _grid(table) -> list[list[str]] | None:
    """The rows of a ruled *table* (pdfplumber's) as joined cell texts, or None when it is not one to read
    on its grid: merged cells, too small, a first row holding a figure, or no cell that wraps."""
    rows = table.extract()
    if len(rows) < _MIN_ROWS or any(len(r) != len(rows[0]) for r in rows) or len(rows[0]) < _MIN_COLS:
        return None
    if any(c is None for r in rows for c in r):
        return None  # merged cells: left to the text layer
    if any(_FIGURE.fullmatch(_joined(c)) for c in rows[0]):
        return None  # no header: a continuation of a table from the page before
    if not any("\n" in c.strip() for r in rows for c in r):
        return None  # no cell wraps: the text layer reads it line by line as it is
    return [[_joined(c) for c in r] for r in rows]


def _beside(page, bbox) -> bool:
    """Whether text stands beside the table of *bbox* on *page* (a character at its height, left or right
    of it): a table in one column of a page of two, whose other column the crops between tables would lose."""
    x0, top, x1, bottom = bbox
    return any(
        c["top"] < bottom and c["bottom"] > top and (c["x1"] <= x0 or c["x0"] >= x1) and c["text"].strip()
        for c in page.chars
    )


def wrapped_table_text(page, read) -> str | None:
    """The text of *page* with its ruled tables of wrapped cells printed one ``|`` line per row, the text
    between them read by *read* (a page's reader); None when the page has no such table."""
    try:
        found = page.find_tables()
    except Exception:  # noqa: BLE001 - pdfplumber's finder on an odd page: read the page as text
        return None
    tables = sorted(((t.bbox, g) for t in found if (g := _grid(t)) is not None), key=lambda tg: tg[0][1])
    if not tables or any(_beside(page, bbox) for bbox, _g in tables):
        return None  # (text beside a table: a page in columns, read by *read* as a whole)
    x0, top0, x1, bottom0 = page.bbox
    out: list[str] = []
    top = top0
    for (_tx0, ttop, _tx1, tbottom), grid in tables:
        if ttop > top:
            out.append(read(page.crop((x0, top, x1, ttop))))
        out.extend(" | ".join(r) for r in grid)
        top = max(top, tbottom)
    if bottom0 > top:
        out.append(read(page.crop((x0, top, x1, bottom0))))
    return "\n".join(t for t in out if t.strip())
