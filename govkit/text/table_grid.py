"""Tables with merged cells (HTML ``rowspan``/``colspan``, DOCX ``vMerge``/``gridSpan``) as ``|`` rows.

A table printed one cell per line (:mod:`govkit.text.table_cell_lines`) is read by counting its cells;
once a cell spans rows or columns the count no longer lines up (a category cell over four rows, 综合 |
地区生产总值 … 第三产业增加值; a year over two columns, 2023年 over 绝对值 | 比上年增长(%)), and the
figures of the table were lost. Such a table (a table of figures: a row holds two, no cell is prose;
a page laid out in a table keeps its cells one a line) is laid out on its grid instead, one ``|`` line
per row, which :mod:`govkit.text.tables` reads:

* the header (the rows above the first row holding a figure) becomes one line: each column's header
  is the distinct texts of its header cells from the top down (2023年 over 绝对值 → ``2023年绝对值``); a
  header cell spanning columns heads each of them;
* in the rows below, a cell spanning rows is repeated in each (the category of every row it covers), but
  a figure spanning rows (a target of 90 merged over two indicators' rows, a subtotal of the rows) is
  printed once, in its first row, and the mark ↑ in the rows below it covers
  (:data:`~govkit.text.table_parts.SPANNED_MARK`): the table printed it once, whose row it is is not read
  from the grid, and :mod:`govkit.facts.tables` reads it as no row's (not the first row's alone);
  a cell spanning columns fills its first column, the others left empty;
* a caption row spanning the whole table (单位：亿元), or a title spanning all columns but the last beside a
  unit caption (2023年主要指标完成情况 | 单位：亿元), stays a line of its own above the header;
* a row below the header's first row spanning the whole table (一、经济发展, a section of the rows) is no
  header: it stays a row of its own, and the header is the rows above it.

Nothing is invented or dropped: every cell's text is printed, in its place on the grid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govkit.facts.cues import cue
from govkit.text.table_parts import SPANNED_MARK, is_figure

_CAPTION_UNIT = cue("table", "caption_unit")
#: A sentence's mark in a cell (a comma or full stop between words, not 1,234): the cell is prose.
_SENTENCE_MARK = re.compile(r"[，。；！？]|[,;](?!\d)")


@dataclass(frozen=True)
class GridCell:
    """A cell of a table's grid: its text, and whether it continues a cell to its left (a column span)
    or above it (a row span) rather than being a cell of its own."""

    text: str
    left: bool = False
    above: bool = False


#: The longest cell of a table of figures: a longer one is prose (a page laid out in a table, an article
#: in a cell spanning two columns), and its table is read one cell a line as before; so is a table with a
#: cell holding a sentence (全县地区生产总值123.5亿元，增长5.1% in the 完成情况 column of a self-check):
#: its sentences are read one cell a line, not run together across the rows of a | table.
MAX_CELL = 60


def spans(grid: list[list[GridCell]]) -> bool:
    """Whether *grid* is a table of figures to lay out on its grid: a cell spans rows or columns, or a row
    holding a figure leaves a cell blank (其中:制造业 | 亿元 | — | 9.1 | with no rank: one cell a line, the
    blank cell printed nothing and the rows below were cut at the wrong cells, b30 h30_03); a row holds two
    figures or more, and no cell is prose (over :data:`MAX_CELL` characters)."""
    merged = any(c.left or c.above for row in grid for c in row)
    return (
        (merged or any(_blank_beside_figure(row) for row in grid))
        and any(sum(is_figure(_clean(c.text)) for c in row if not c.left) >= 2 for row in grid)
        and all(len(c.text) <= MAX_CELL and not _SENTENCE_MARK.search(c.text) for row in grid for c in row)
    )


def _blank_beside_figure(row: list[GridCell]) -> bool:
    """Whether *row* holds a figure and leaves a cell of its own blank."""
    texts = [_clean(c.text) for c in row if not (c.left or c.above)]
    return any(is_figure(t) for t in texts) and any(not t for t in texts)


def _clean(text: str) -> str:
    return " ".join(text.replace("|", "｜").split())


def grid_lines(grid: list[list[GridCell]]) -> list[str]:
    """The ``|`` lines of a table's grid (see the module docstring)."""
    rows = [r for r in grid if any(_clean(c.text) for c in r)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [GridCell("")] * (width - len(r)) for r in rows]
    out: list[str] = []
    while rows and width > 1 and (captions := _caption(rows[0])):
        out.extend(captions)  # a caption spanning the table
        rows = rows[1:]
    # the header: the rows above the first holding a figure (none when no row holds one: a table of words),
    # down to a row spanning the table below the first (a section's name: a row of the body)
    first = next((i for i, r in enumerate(rows) if any(is_figure(_clean(c.text)) for c in r)), 0)
    first = next((i for i in range(1, first) if all(c.left for c in rows[i][1:])), first)
    if first:
        heads: list[str] = []
        for col in range(width):
            parts: list[str] = []
            for r in rows[:first]:
                t = _clean(r[col].text)
                if t and (not parts or parts[-1] != t):
                    parts.append(t)
            heads.append("".join(parts))
        out.append("| " + " | ".join(heads) + " |")
    for r in rows[first:]:
        out.append("| " + " | ".join(_cell_text(c) for c in r) + " |")
    return out


def _cell_text(cell: GridCell) -> str:
    """The text printed for *cell* in its row: empty when it continues a cell on its left, the ditto mark
    when it continues a figure from the row above, else its text."""
    if cell.left:
        return ""
    return SPANNED_MARK if _figure_below(cell) else _clean(cell.text)


def _figure_below(cell: GridCell) -> bool:
    """Whether *cell* continues a figure from the row above (a figure spanning rows): left empty."""
    return cell.above and is_figure(_clean(cell.text))


def _caption(row: list[GridCell]) -> list[str]:
    """The caption lines of a table's top *row*: its one cell spanning the table (单位：亿元, a title), or a
    unit caption in its last cell beside one cell (or none) spanning the others (2023年主要指标 | 单位：亿元);
    [] for a row of headers."""
    if all(c.left for c in row[1:]):
        return [_clean(row[0].text)]
    last = _clean(row[-1].text)
    if row[-1].left or not _CAPTION_UNIT.search(last):
        return []
    if all(c.left for c in row[1:-1]) or all(not _clean(c.text) for c in row[:-1]):
        return [t for t in (_clean(row[0].text), last) if t]
    return []


#: The largest row or column span read from a file (a larger one is read as this many).
_MAX_SPAN = 100
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def _span(value: object) -> int:
    try:
        return max(1, min(int(str(value).strip() or 1), _MAX_SPAN))
    except ValueError:
        return 1


def html_grid(table) -> list[list[GridCell]]:
    """The grid of a BeautifulSoup ``<table>`` without tables inside it: each ``<td>``/``<th>`` placed by
    its ``rowspan`` and ``colspan``; the spaces between Chinese characters of a cell dropped (指　标)."""
    placed: dict[tuple[int, int], GridCell] = {}
    n_rows = 0
    for r, tr in enumerate(table.find_all("tr")):
        n_rows = r + 1
        c = 0
        for td in tr.find_all(("td", "th"), recursive=False):
            while (r, c) in placed:
                c += 1
            text = _CJK_GAP.sub("", td.get_text(" ", strip=True))
            rs, cs = _span(td.get("rowspan")), _span(td.get("colspan"))
            for i in range(rs):
                for j in range(cs):
                    placed.setdefault((r + i, c + j), GridCell(text, left=j > 0, above=i > 0))
            c += cs
    width = 1 + max((c for _, c in placed), default=-1)
    return [[placed.get((r, c), GridCell("")) for c in range(width)] for r in range(n_rows)]
