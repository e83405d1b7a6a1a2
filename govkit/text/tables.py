"""Plain-text tables: the lines of a statistical table that cleaning must keep as they are.

Statistical pages print tables as lines of figures separated by spaces or ``|`` under a header of
indicator names or years (``指标 2020年 2021年 同比(%)`` / ``PM2.5(微克/立方米) 35 32 -8.6``). Such
a line is not a wrapped sentence: its line breaks and the spaces between its cells are kept, so
that :mod:`govkit.facts.tables` can read it. A header may wrap over a few short lines.

Three layouts are found (:func:`find_tables`), all structurally, before anything is read:

* *rows*: a line of a label and three or more figures (:func:`is_row`), under a header whose cells
  line up one-to-one with the row's (a header may wrap over a few short lines);
* *short rows*: a label and one or two figures (``地区生产总值(亿元) | 126.4 | 6.2``), read only
  under a one-line header of exactly as many cells, the figure cells of the header not figures
  themselves; space-separated short rows need two rows or more. A text cell is allowed only in a
  column headed 单位;
* *one cell per line*, as tables taken from DOCX, HTML or PDF print (``指标`` / ``2020年`` /
  ``2021年`` / ``森林覆盖率(%)`` / ``61.2`` / ``62.0`` …): read by :mod:`govkit.text.table_cell_lines`
  on the lines the other two layouts leave.

A header may also stack its cells over two lines: bare-year cells ended by the words of the line
below (``2023年 2023年`` over ``计划 完成``), or a ``|`` line whose lower line leaves cells empty
(``| 指标 | 2022年 | 增长% |`` over ``| | 完成 | |``: cell by cell). A row may open on its number in
a 序号 column (``1 | 地区生产总值 | …``).

A line that only names a section of the rows (``二、财政金融``, ``(二)人民生活``; a ``|`` row with the name in
its first cell and the others empty, as a row spanning an HTML or DOCX table prints) is a line of the
table: above the first row it is no header line, and between two runs of rows of as many cells it joins
them (:func:`section_row`); a section naming a group, a place, a part or targets ends the table.

In a ``|`` table an empty cell keeps its place (``| 126.4 |  | 6.2 |``); a space-separated row with a
blank cell has fewer cells than its header and is not read.

This module splits lines into cells, tells the kind of each line (:func:`is_row`) and finds the
tables of rows on their own lines; what a cell's text is, and the records of a table found
(:class:`~govkit.text.table_parts.Cell`, :class:`~govkit.text.table_parts.Table`), are in
:mod:`govkit.text.table_parts`.
:mod:`govkit.text.wraps` keeps the lines of :func:`table_lines` as they are.
"""

from __future__ import annotations

import re

from govkit.facts.cues import cue
from govkit.text.table_cell_lines import cell_tables
from govkit.text.table_parts import (
    NUMBER_CELL,
    SENTENCE,
    SERIAL,
    SUB_ITEM,
    SUB_ITEM_WORDS,
    Cell,
    Table,
    category_corner,
    is_empty,
    is_figure,
    section_name,
)

_DIGIT = re.compile(r"\d")
_BAR = re.compile(r"[|｜]")
_CELL_TEXT = re.compile(r"[^ \t\u3000\u00a0]+")
_RULE = re.compile(r"^[\s|｜:：\-—=+]+$")  # a markdown rule line |---|:--:|
_BARE_YEAR = re.compile(r"(?:19|20)\d{2}")
_UNIT_HEAD = cue("table", "unit_column")
_CAPTION_LINE = cue("table", "caption_unit")
_YEAR_HEAD = cue("table", "year_column")
_ATTRIBUTE_HEAD = cue("table", "attribute_column")
_STATUS = cue("table", "status_cell")
_CHANGE_WORDS = cue("table", "change_in_words_cell")
_GOAL_TEXT = cue("table", "goal_text_cell")
#: The most lines naming sections (二、财政金融 over (一)财政) between two runs of a table's rows.
_MAX_SECTION_LINES = 2
_YEAR_TEXT = re.compile(r"(?:19|20)\d{2}年")
_WIDE_GAP = re.compile(r"\S(?:[ \u00a0]{2,}|[\t\u3000])\S")
_UNITISH = re.compile(r"^[^\d\s]{1,6}$")
#: The longest category cell before a row's label in a ``|`` table (经济发展, 民生福祉, 生态环境保护).
_CATEGORY_LEN = 8
#: Header lines above a row: short, no sentence punctuation.
MAX_HEADER_LINES = 4
MAX_HEADER_LEN = 80


def _piped(s: str) -> bool:
    return _BAR.search(s) is not None


class _Memo:
    """The cells of the last long line split (a line of a whole file without a line break is
    split once per search for tables, not once per test); emptied when the search ends."""

    def __init__(self) -> None:
        self.line: str | None = None
        self.spans: list[tuple[str, int, int]] = []


_MEMO = _Memo()


#: Lines longer than this keep their cells in :class:`_Memo`.
_MEMO_CHARS = 2000


def cell_spans(line: str) -> list[tuple[str, int, int]]:
    """The cells of a line with their offsets in it (``|``-separated when it has a bar, else
    space-separated); in a ``|`` line an empty cell between two bars keeps its place."""
    if len(line) <= _MEMO_CHARS:
        return _cell_spans(line)
    if _MEMO.line is not line:
        _MEMO.line, _MEMO.spans = line, _cell_spans(line)
    return list(_MEMO.spans)


def _cell_spans(line: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    if _piped(line):
        bounds = [-1] + [m.start() for m in _BAR.finditer(line)] + [len(line)]
        for a, b in zip(bounds, bounds[1:]):
            part = line[a + 1 : b]
            t = part.strip()
            s = a + 1 + (len(part) - len(part.lstrip()))
            out.append((t, s, s + len(t)))
        if out and not out[0][0]:
            out = out[1:]  # the leading bar of | a | b |
        if out and not out[-1][0]:
            out = out[:-1]
        return out
    return [(m.group(0), m.start(), m.end()) for m in _CELL_TEXT.finditer(line)]


def cells(line: str) -> list[str]:
    """The cells of a line (``|``-separated when it has a bar, else space-separated)."""
    return [c for c, _, _ in cell_spans(line)]


def is_row(line: str) -> bool:
    """A label followed by three or more cells, most of them figures, and no sentence punctuation."""
    return _kind(line) == "row"


#: The kinds of lines seen lately (cleaning asks for the tables of a text a few times as it
#: edits it, most lines unchanged): lines up to :data:`_KIND_MEMO_CHARS` long, emptied when it
#: holds :data:`_KIND_MEMO_SIZE` of them.
_KIND_MEMO: dict[str, str] = {}
_KIND_MEMO_CHARS, _KIND_MEMO_SIZE = 500, 1024


def _kinds(lines: list[str]) -> tuple[list[str], bool]:
    """:func:`_kind` of each line, and whether a line is a lone figure (a cell of a table of one
    cell per line, :data:`NUMBER_CELL`)."""
    memo = _KIND_MEMO
    out: list[str] = []
    lone = False
    for line in lines:
        k = memo.get(line)
        if k is None:
            k = _kind(line)
            if _DIGIT.search(line) and NUMBER_CELL.fullmatch(line.strip()):
                k += _LONE
            if len(line) <= _KIND_MEMO_CHARS:
                if len(memo) >= _KIND_MEMO_SIZE:
                    memo.clear()
                memo[line] = k
        if k.endswith(_LONE):
            lone = True
            k = k[: -len(_LONE)]
        out.append(k)
    return out, lone


#: What :func:`_kinds` adds to the kind of a line that is a lone figure, in its memo.
_LONE = "+lone"


def _kind(line: str) -> str:
    """``row`` (:func:`is_row`), ``short`` (a label and one or more figures, empty cells allowed,
    one short text cell at most: a unit), ``rule`` (a markdown rule) or ""."""
    if not _DIGIT.search(line):
        return "rule" if "-" in line and _RULE.match(line.strip()) and _piped(line) else ""
    # a sentence; a label 其中:第一产业 is an item of the table, not a sentence (taking the label
    # away makes no sentence of a line that is none: what it takes holds no comma's neighbours)
    if SENTENCE.search(line) and (
        not any(w in line for w in SUB_ITEM_WORDS) or SENTENCE.search(SUB_ITEM.sub("", line))
    ):
        return ""
    cs = cells(line)
    if len(cs) > 2 and not is_figure(cs[1]) and not is_empty(cs[1]):
        if SERIAL.fullmatch(cs[0]) or (_piped(line) and len(cs[0]) <= _CATEGORY_LEN and not _DIGIT.search(cs[0])):
            cs = cs[1:]  # 1 | 地区生产总值 | 亿元 | …, | 经济发展 | 地区生产总值 | …: a row's number or category first
    if len(cs) < 2:
        return ""
    rest = cs[1:]
    figures = sum(1 for c in rest if is_figure(c))
    empty = sum(1 for c in rest if is_empty(c))
    if len(cs) >= 4 and figures >= 3 and figures + empty >= 0.6 * len(rest):
        return "row"
    if (is_figure(cs[0]) and not _BARE_YEAR.fullmatch(cs[0])) or is_empty(cs[0]):
        return ""  # a row's label is a word or a year (2020 | 98.7 | 3.1)
    # a cell saying whether its target was met (完成, 未完成) is neither label nor unit: in a | row
    # anywhere, in a row of spaces or tabs as its last cell (the column 是否完成 closes the table); so is a
    # change printed in words as the row's last cell (减少1天, 下降0.3个百分点, 持平: a 变化情况 column)
    last = len(rest) - 1
    texts = [
        c
        for k, c in enumerate(rest)
        if not is_figure(c)
        and not is_empty(c)
        and not (_STATUS.match(c) and (_piped(line) or k == last))
        and not (k == last and _CHANGE_WORDS.match(c))
        and not _GOAL_TEXT.match(c)
    ]
    ok = all(_UNITISH.match(t) or _YEAR_TEXT.fullmatch(t) for t in texts)
    return "short" if figures >= 1 and len(texts) <= 1 and ok else ""


def _year_header(cs: list[str]) -> bool:
    """``年份 2019 2020 2021``: a line of bare years in increasing order heads the columns."""
    ys = cs[1:]
    return len(ys) >= 2 and all(_BARE_YEAR.fullmatch(y) for y in ys) and ys == sorted(set(ys))


def _header(lines: list[str], first_row: int, n: int, max_lines: int) -> tuple[list[str], int] | None:
    """Header cells (n, the label column dropped) above *first_row*, and the index of its first line."""
    cand: list[int] = []
    j = first_row - 1
    while j >= 0 and len(cand) < max_lines:
        line = lines[j].strip()
        if _RULE.match(line) and _piped(line) and not cand:
            first_row, j = j, j - 1  # a markdown rule under the header
            continue
        if not cand and first_row == j + 1 and section_row(line):
            first_row, j = j, j - 1  # 一、经济总量 over the first row: a section of the rows, no header
            continue
        if not line or SENTENCE.search(line) or len(line) > MAX_HEADER_LEN or is_row(line):
            break
        cand.append(j)
        j -= 1
    for k in range(1, len(cand) + 1):
        top = first_row - k
        tokens: list[str] = []
        for li in range(top, first_row):
            cs = cells(lines[li])
            if len(cs) == 1 and tokens and li > top:
                tokens[-1] += cs[0]  # a lone word on its own line ends the cell above it
            else:
                tokens.extend(cs)
        if k == 1 and top > 0 and "" in tokens[-n:]:
            merged = _piped_stack(cells(lines[top - 1]), tokens, lines[top - 1])
            if merged is not None:
                tokens, top = merged, top - 1
        if len(tokens) == n + 1:
            return tokens[1:], top
        if len(tokens) == n:
            return tokens, top
        if k == 2:
            stacked = _stacked(cells(lines[top]), cells(lines[top + 1]), n)
            if stacked is not None:
                return stacked, top
    return None


def _piped_stack(upper: list[str], lower: list[str], upper_line: str) -> list[str] | None:
    """A ``|`` header of two lines whose lower line leaves cells empty (``| 指标 | 2022年 | 增长% |`` over
    ``| | 完成 | |``): each cell is the upper cell and the lower one below it; None when the upper
    line is no header line of as many cells."""
    if not _piped(upper_line) or len(upper) != len(lower) or any(is_figure(c) for c in upper):
        return None
    return [a + b for a, b in zip(upper, lower)]


def _stacked(upper: list[str], lower: list[str], n: int) -> list[str] | None:
    """A header whose year cells wrap (``指标 单位 2023年 2023年 完成计划%`` over ``计划 完成``): the
    lower line's words end the upper line's bare-year cells, one each, in order; or, when the year
    cells close the upper line, as many each (``指标 单位 2023年 2024年`` over ``完成 增长% 目标 增长%``:
    each year spans two columns); None otherwise."""
    years = [i for i, c in enumerate(upper) if _YEAR_TEXT.fullmatch(c)]
    if not years or any(_DIGIT.search(c) for c in lower):
        return None
    if len(lower) == len(years):
        out = list(upper)
        for i, word in zip(years, lower):
            out[i] += word
    else:
        span = len(lower) // len(years)
        if span < 2 or span * len(years) != len(lower) or years != list(range(years[0], len(upper))):
            return None
        out = upper[: years[0]] + [upper[y] + lower[k * span + j] for k, y in enumerate(years) for j in range(span)]
    if len(out) not in (n, n + 1):
        return None
    return out[1:] if len(out) == n + 1 else out


def _title(lines: list[str], top: int) -> str:
    """The line above a table's header, or above its unit caption (2022年主要指标完成情况 / 单位：亿元 / header:
    the title names the table's year), unless it is a sentence; a unit caption in the title (表3 2023年一般公共
    预算收入执行情况表（单位：万元）, a title and its caption joined on one line) is no sentence's colon."""
    at = top - 1
    if at > 0 and _CAPTION_LINE.fullmatch(lines[at].strip()):
        at -= 1
    return lines[at] if at >= 0 and not SENTENCE.search(_CAPTION_LINE.sub("", lines[at])) else ""


def section_row(line: str) -> bool:
    """Whether *line* only names a section of a table's rows (二、财政金融; ``| (二)人民生活 | | |``, a row
    spanning an HTML or DOCX table), its name no group, place or part that the rows belong to."""
    if len(line) > MAX_HEADER_LEN:
        return False
    if _piped(line):
        cs = cells(line)
        if not cs or any(cs[1:]):
            return False
        name = cs[0]
    else:
        name = line.strip()
    return section_name(name)


def _continues(lines: list[str], kinds: list[str], last: int, i: int) -> bool:
    """Whether the row at line *i* continues the run of rows ending at line *last*: only markdown rules
    between, or at most :data:`_MAX_SECTION_LINES` lines naming sections of the rows (二、财政金融) when
    the two rows have as many cells."""
    between = range(last + 1, i)
    if all(kinds[j] == "rule" for j in between):
        return True
    named = [j for j in between if kinds[j] != "rule"]
    return (
        len(named) <= _MAX_SECTION_LINES
        and all(not kinds[j] and section_row(lines[j]) for j in named)
        and len(cells(lines[last])) == len(cells(lines[i]))
    )


def _line_tables(lines: list[str], starts: list[int], kinds: list[str]) -> list[Table]:
    """Tables of rows on their own lines (a label and its cells on one line)."""
    blocks: list[list[int]] = []
    for i, k in enumerate(kinds):
        if not k or k == "rule":
            continue
        if blocks and _continues(lines, kinds, blocks[-1][-1], i):
            blocks[-1].append(i)
        else:
            blocks.append([i])
    out: list[Table] = []
    for block in blocks:
        if all(kinds[i] == "short" for i in block):
            table = _short_table(lines, starts, block)
        else:
            table = _full_table(lines, starts, block)
        if table is not None:
            out.append(table)
    return out


def _rows(lines: list[str], starts: list[int], block: list[int], width: int) -> tuple[list[list[Cell]], list[int]]:
    rows, at = [], []
    for i in block:
        cs = cell_spans(lines[i])
        if len(cs) == width:
            rows.append([Cell(t, starts[i] + s, starts[i] + e) for t, s, e in cs])
            at.append(i)
    return rows, at


def _made(lines: list[str], starts: list[int], header: list[str], top: int, rows, at, block: list[int]) -> Table:
    """The table of *rows* (at lines *at*) of a block of lines under a header starting at line *top*."""
    head = cells(lines[top])
    corner = head[0] if len(head) == len(header) + 1 else ""
    table = Table(header=header, rows=rows, title=_title(lines, top), row_lines=at, corner=corner)
    # a misaligned row is not read, as a row or as prose; nor are the rules and section lines between rows
    table.lines = set(range(top, block[-1] + 1))
    for i in at:
        lead = len(lines[i]) - len(lines[i].lstrip())
        table.row_spans.append((starts[i] + lead, starts[i] + len(lines[i].rstrip())))
    return table


def _full_table(lines: list[str], starts: list[int], block: list[int]) -> Table | None:
    if not block:
        return None
    first_cells = cells(lines[block[0]])
    widths: dict[int, int] = {}
    for i in block:
        w = len(cells(lines[i]))
        widths[w] = widths.get(w, 0) + 1
    width = max(widths, key=lambda w: (widths[w], w))
    if _year_header(first_cells) and len(first_cells) == width and len(block) > 1:
        header, top, block = first_cells[1:], block[0], block[1:]  # 指标 2019 2020 2021 over its rows
    else:
        head = _header(lines, block[0], width - 1, MAX_HEADER_LINES)
        if head is None:
            return None
        header, top = head
    rows, at = _rows(lines, starts, block, width)
    return _made(lines, starts, header, top, rows, at, block) if rows else None


def _short_table(lines: list[str], starts: list[int], block: list[int]) -> Table | None:
    piped = _piped(lines[block[0]])
    if any(_piped(lines[i]) != piped for i in block) or (not piped and len(block) < 2):
        return None
    widths: dict[int, int] = {}
    for i in block:
        w = len(cells(lines[i]))
        widths[w] = widths.get(w, 0) + 1
    width = max(widths, key=lambda w: (widths[w], w))
    if not piped and width < 3 and not all(_WIDE_GAP.search(lines[i].strip()) for i in block):
        return None  # "增长 6.2": a label and one figure apart by a single space is prose, not a table
    first = cells(lines[block[0]])
    if _year_header(first) and len(first) == width and len(block) > 1:
        header, top, block = first[1:], block[0], block[1:]  # | 年份 | 2020 | 2021 | over its rows
    else:
        head = _header(lines, block[0], width - 1, 1)
        if head is None:
            return None
        header, top = head
    if _piped(lines[top]) != piped:
        return None
    if any(is_figure(h) for h in header) and not _year_header(["", *header]):
        return None  # figures in the header: not a header
    rows, at = _rows(lines, starts, block, width)
    top_cells = cells(lines[top])
    categories = len(top_cells) == width and category_corner(top_cells[0], top_cells[1])
    numbered = categories or all(SERIAL.fullmatch(row[0].text) for row in rows)  # 序号 | 指标 | …: the label after
    for row in rows:
        for h, c in zip(header[numbered:], row[1 + numbered :]):
            if is_figure(c.text) or is_empty(c.text) or _UNIT_HEAD.match(h) or _ATTRIBUTE_HEAD.match(h):
                continue
            if piped and _STATUS.match(c.text):
                continue  # 完成 in a 完成情况 column of a self-check, beside the figures of other rows
            if _CHANGE_WORDS.match(c.text) and c is row[-1]:
                continue  # 减少1天, 下降0.3个百分点, 持平 in a change column closing the row: no value
            if _GOAL_TEXT.match(c.text):
                continue  # 与经济增长同步 in a target column, beside the figures of other rows
            if not (_YEAR_HEAD.match(h) and _YEAR_TEXT.fullmatch(c.text)):
                return None  # a text cell outside a 单位 or 年份 column: not a table of figures
    return _made(lines, starts, header, top, rows, at, block) if rows else None


def find_tables(text: str) -> list[Table]:
    """The plain-text tables of *text* (see the module's docstring), in text order."""
    return _find(text.split("\n"))[0]


def tables_and_rows(text: str) -> tuple[list[Table], set[int]]:
    """The tables of *text* and the lines that are rows of three figures or more (:func:`is_row`)."""
    tables, kinds = _find(text.split("\n"))
    return tables, {i for i, k in enumerate(kinds) if k == "row"}


def _find(lines: list[str]) -> tuple[list[Table], list[str]]:
    kinds, lone = _kinds(lines)
    if not lone and "row" not in kinds and "short" not in kinds:
        # no row, no short row, no lone figure: no table (a block of lines starts at a row or a short
        # row, a table of one cell per line at a lone figure); most texts hold none
        _MEMO.line, _MEMO.spans = None, []
        return [], kinds
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    tables = _line_tables(lines, starts, kinds)
    taken = set().union(*(t.lines for t in tables)) if tables else set()
    taken |= {i for i, k in enumerate(kinds) if k == "row"}
    if lone:  # a lone figure: maybe a cell per line
        tables += cell_tables(lines, starts, taken)
    _MEMO.line, _MEMO.spans = None, []
    return sorted(tables, key=lambda t: min(t.lines) if t.lines else 0), kinds


def table_lines(text: str) -> set[int]:
    """Indices (in ``text.split("\\n")``) of the lines of plain-text tables: rows and their header lines
    (the lines of every table :func:`find_tables` finds, and a row of three figures or more with
    the short lines above it even when no header decides its columns)."""
    lines = text.split("\n")
    tables, kinds = _find(lines)
    rows = {i for i, k in enumerate(kinds) if k == "row"}
    out = set(rows)
    for i in sorted(rows):
        if i - 1 in rows:
            continue
        j = i - 1
        while j >= 0 and i - j <= MAX_HEADER_LINES:
            line = lines[j].strip()
            if not line or SENTENCE.search(line) or len(line) > MAX_HEADER_LEN:
                break
            out.add(j)
            j -= 1
    for table in tables:
        out |= table.lines
    return out
