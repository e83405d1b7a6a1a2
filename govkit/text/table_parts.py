"""The parts of a plain-text table: what a cell's text is, and the records of a table found.

* A cell's text (:data:`NUMBER_CELL`, :func:`is_figure`; :data:`PLACEHOLDER`, :func:`is_empty`): a figure
  (38,765; -2.7个百分点: a change in points is a figure) or an empty-cell placeholder (—, --, /, …; the
  ditto marks 〃, 同上; the mark of a merged figure's rows below its first, :data:`SPANNED_MARK`);
  a row's number in a 序号 column (:data:`SERIAL`); the mark of a sub-item before a row's label
  (:data:`SUB_ITEM`: 其中:第一产业, # 规模以上工业); the sentence punctuation no cell holds
  (:data:`SENTENCE`).
* The records (:class:`Cell`, :class:`Table`): a cell's text and offsets; a table's header, rows of
  cells, title and the lines it occupies.

Shared by the two finders of tables: :mod:`govkit.text.tables` (rows on their own lines, and the
search over a text) and :mod:`govkit.text.table_cell_lines` (tables printed one cell per line); read by
:mod:`govkit.facts.tables` and :mod:`govkit.facts.table_cells`. Split from :mod:`govkit.text.tables` so
that each module has one job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from govkit.core.regex_gates import first_test
from govkit.facts.cues import cue, cue_words

#: The unit of a change cell in percentage points (cues.tsv, table points).
POINTS = cue("table", "points")
#: A bound or an approximation after a figure (8以上, 6左右 in a column of targets): the printed figure.
APPROX_TAIL = re.compile(rf"(?:{cue('number', 'approx_after_unit').pattern})$")
#: A bound sign before a figure (≥4000 in a column of targets): the printed figure, as 4000以上.
BOUND_LEAD = re.compile(rf"^(?:{cue('number', 'bound_before_figure').pattern})")
#: A cell holding a figure (or an empty-cell placeholder); a change in points (-2.7个百分点) is a figure.
NUMBER_CELL = re.compile(
    rf"(?:{BOUND_LEAD.pattern[1:]})?[-+−]?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:%|{POINTS.pattern})?(?:{APPROX_TAIL.pattern[:-1]})?"
)  # 38,765: a thousands separator
#: The mark :mod:`govkit.text.table_grid` prints in the rows a merged figure covers below its first row
#: (a target merged over two indicators' rows, a subtotal): the figure is of several rows, not of the
#: first row alone. No table prints it itself (unlike the ditto marks 〃, 同上 of a printed table, which
#: repeat the figure above for their row: its row keeps it).
SPANNED_MARK = "↑"
PLACEHOLDER = re.compile(rf"—+|-{{1,2}}|/|…+|\*+|〃|同上|{SPANNED_MARK}|")
#: A row's number before its label (1 | 地区生产总值 | …, a 序号 column).
SERIAL = re.compile(r"[((]?\d{1,2}[)).、．]?")
#: Sentence punctuation; a comma between digit groups (38,765) is a thousands separator, not punctuation.
SENTENCE = re.compile(r"[。;:：]|(?<!\d),|,(?!\d{3}(?!\d))")
#: The words of a sub-item before a row's label (其中:第一产业): cues.tsv, table sub_item.
SUB_ITEM_WORDS = cue_words("table", "sub_item")
#: The mark of a sub-item before a row's label (其中:第一产业, # 规模以上工业). It opens with a lookbehind,
#: which the regex engine would try at every position of a long line (:func:`~govkit.text.tables._kind`
#: removes the marks from every line of figures): behind a test of its first characters.
SUB_ITEM = first_test(re.compile(rf"(?:(?<=^)|(?<=[|｜\s]))(?:(?:{'|'.join(SUB_ITEM_WORDS)})[:：]|[#＃])\s*"))


_SECTION_ROW = cue("table", "section_row")
_SECTION_QUALIFIES = cue("table", "section_qualifies")


def section_name(text: str) -> bool:
    """Whether a cell's (or a line's) *text* only names a section of a table's rows (二、财政金融, (二)人民生活),
    its name no group, place or part that the rows belong to (cues.tsv, table section_row)."""
    m = _SECTION_ROW.match(text)
    return m is not None and _SECTION_QUALIFIES.search(m.group("name")) is None


@dataclass(slots=True)
class Cell:
    """A cell's text and its offsets in the text it was found in."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Table:
    """A table found in a text: its header (one heading per column after the label column), rows of
    cells (the label first, then one cell per heading) and the lines it occupies."""

    header: list[str]
    rows: list[list[Cell]]
    title: str  # the text above the header (a title line), "" when there is none
    row_lines: list[int]  # per row, the index of the line of its label
    lines: set[int] = field(default_factory=set)  # every line of the table (header and rows)
    row_spans: list[tuple[int, int]] = field(default_factory=list)  # per row, its offsets in the text
    corner: str = ""  # the header cell over the label column (指标, 序号, 类别), "" when not printed


def is_figure(c: str) -> bool:
    """Whether cell text *c* is a figure (:data:`NUMBER_CELL`)."""
    return NUMBER_CELL.fullmatch(c) is not None


def is_empty(c: str) -> bool:
    """Whether cell text *c* is an empty cell or its placeholder (:data:`PLACEHOLDER`)."""
    return PLACEHOLDER.fullmatch(c) is not None


_CATEGORY_HEAD = cue("table", "category_column")


def category_corner(corner: str, first_head: str) -> bool:
    """Whether a table's first column holds categories before the rows' labels (经济发展 | 地区生产总值 | …):
    its header cell says so (类别, 领域: the cue ``table category_column``), or one header cell spans both
    columns, printed over each by the grid of a table with merged cells (指标 | 指标 | 单位 | …:
    :mod:`govkit.text.table_grid`)."""
    c = corner.strip()
    return _CATEGORY_HEAD.match(c) is not None or (bool(c) and c == first_head.strip() and not is_figure(c))
