"""Plain-text tables printed one cell per line, as tables taken from DOCX, HTML or PDF print.

``指标`` / ``2020年`` / ``2021年`` / ``森林覆盖率(%)`` / ``61.2`` / ``62.0`` …, empty lines between cells
or rows: a run of short lines (:data:`MAX_CELL_LEN`) whose figures come in groups of the same size,
each group after the same number of text cells (the row label, and its unit when the header has a
单位 column). The header is the text cells before the first row; when the groups are not regular,
nothing is a table.

The third layout of :func:`govkit.text.tables.find_tables`, which calls :func:`cell_tables` on the
lines no table of rows on their own lines took; the cells and records are those of
:mod:`govkit.text.table_parts`. Split from :mod:`govkit.text.tables` so that each module has one job.
"""

from __future__ import annotations

import re

from govkit.facts.cues import cue
from govkit.text.table_parts import SENTENCE, Cell, Table, is_empty, is_figure, section_name

_SEPARATOR = re.compile(r"[ \t\u3000\u00a0|｜]")
_UNIT_HEAD = cue("table", "unit_column")
_CHANGE_WORDS = cue("table", "change_in_words_cell")
#: A line of a one-cell-per-line table.
MAX_CELL_LEN = 24


def _cell_line(line: str) -> bool:
    if len(line) > 2 * MAX_CELL_LEN:
        return False
    s = line.strip()
    return 0 < len(s) <= MAX_CELL_LEN and not SENTENCE.search(s) and not _SEPARATOR.search(s)


def cell_tables(lines: list[str], starts: list[int], taken: set[int]) -> list[Table]:
    """Tables printed one cell per line (empty lines between cells or rows are ignored), outside
    the lines *taken*; *starts*: the offset of each line in the text."""
    out: list[Table] = []
    i, n = 0, len(lines)
    while i < n:
        if i in taken or not _cell_line(lines[i]):
            i += 1
            continue
        run: list[int] = []
        j = i
        while j < n and j not in taken:
            if _cell_line(lines[j]):
                run.append(j)
            elif lines[j].strip() or (j + 1 < n and not lines[j + 1].strip()):
                break  # a line of prose, or two empty lines, ends the run
            j += 1
        run, sections = _without_sections(lines, run)
        while run:
            found = _cell_table(lines, starts, run)
            if found is None:
                break
            table, used = found
            if sections and table.lines:
                table.lines |= {i for i in sections if min(table.lines) < i < max(table.lines)}
            out.append(table)
            run = run[used:]
        i = j + 1
    return out


def _without_sections(lines: list[str], run: list[int]) -> tuple[list[int], set[int]]:
    """*run* less the lines naming a section of the table's rows (二、财政金融, a row of an HTML or DOCX table
    whose other cells are empty, printed as one line): right after a row's figure, or among the three text
    cells before the first figure after two header cells or more (一、经济总量 over 地区生产总值 / 亿元): a
    row of the table, no cell (counted as one, it broke the rows' groups; above the first row it was taken
    for a heading). A section line elsewhere (a title above the header: 三、主要预期目标) stays. The lines
    dropped are returned too: they are lines of the table they lie in."""
    texts = [lines[i].strip() for i in run]
    fig = _figure_cells(texts)
    first = next((p for p, f in enumerate(fig) if f), len(fig))
    drop = {
        p
        for p, t in enumerate(texts)
        if not fig[p]
        and p + 1 < len(texts)
        and not fig[p + 1]
        and ((p > first and fig[p - 1]) or (2 <= p and first - 3 <= p < first))
        and section_name(t)
    }
    if not drop:
        return run, set()
    return [i for p, i in enumerate(run) if p not in drop], {run[p] for p in drop}


def _figure_cells(texts: list[str]) -> list[bool]:
    """Which cells count with a row's figures: figures, empty cells, and a change printed in words right
    after a figure (365 / 364 / 减少1天, 99.7 / 下降0.3个百分点, 21 / 持平: a 变化情况 column closing the row;
    as text it broke the rows' groups, and the table was lost; its cell holds no value)."""
    fig = [is_figure(t) or is_empty(t) for t in texts]
    for p in range(1, len(texts)):
        if not fig[p] and fig[p - 1] and _CHANGE_WORDS.match(texts[p]) and _figure_before(texts, p):
            fig[p] = True
    return fig


def _figure_before(texts: list[str], p: int) -> bool:
    """Whether a figure stands before cell *p*, past empty cells only (97.3 / 97.8 / — / 提高0.5个百分点: a
    standard column's empty cell between the row's figures and its change; review b29)."""
    q = p - 1
    while q >= 0 and is_empty(texts[q]):
        q -= 1
    return q >= 0 and is_figure(texts[q])


def _cell_table(lines: list[str], starts: list[int], run: list[int]) -> tuple[Table, int] | None:
    """The table at the start of a run of one-cell lines, and how many of the lines it takes."""
    texts = [lines[i].strip() for i in run]
    fig = _figure_cells(texts)
    if not any(fig):
        return None
    # alternating groups: text cells, figure cells, text cells, …
    groups: list[tuple[bool, int, int]] = []  # (figures?, first, end) in run positions
    for p, f in enumerate(fig):
        if groups and groups[-1][0] == f:
            groups[-1] = (f, groups[-1][1], p + 1)
        else:
            groups.append((f, p, p + 1))
    if groups[0][0] or len(groups) < 4:
        return None  # figures before any header, or fewer than two rows
    k = groups[1][2] - groups[1][1]  # figures per row
    t = groups[2][2] - groups[2][1]  # text cells per row: the label, and its unit in a 单位 column
    if t not in (1, 2):
        return None
    nrows = 0
    for g in groups[1:]:
        size = g[2] - g[1]
        if g[0] and size == k:
            nrows += 1
        elif g[0] or size != t:
            break
    head_end = groups[0][2] - t  # the first row's text cells close the header's group
    need = k + t - 1  # one heading per cell after the label
    if nrows < 2 or head_end < need:
        return None
    header = texts[head_end - need : head_end]
    if t == 2 and not _UNIT_HEAD.match(header[0]):
        return None  # two text cells per row: the second must be a 单位 column
    rows: list[list[Cell]] = []
    at: list[int] = []
    spans: list[tuple[int, int]] = []
    p = head_end
    for _ in range(nrows):
        idx = run[p : p + t + k]
        rows.append([Cell(lines[li].strip(), *_strip_span(lines[li], starts[li])) for li in idx])
        at.append(idx[0])
        spans.append((rows[-1][0].start, rows[-1][-1].end))
        p += t + k
    table = Table(
        header=header, rows=rows, title=" ".join(texts[max(0, head_end - need - 2) : head_end - need]), row_lines=at
    )
    table.lines = set(run[head_end - need : p])  # the title lines above stay prose (a heading sets a frame)
    table.row_spans = spans
    return table, p


def _strip_span(line: str, start: int) -> tuple[int, int]:
    lead = len(line) - len(line.lstrip())
    return start + lead, start + len(line.rstrip())
