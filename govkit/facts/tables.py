"""Facts of plain-text tables: rows of figures under a header that decides every column.

Statistical pages and environment bulletins print tables as lines of space- or ``|``-separated
cells, or one cell per line when a table of a DOCX, HTML or PDF page becomes text (found by
:mod:`govkit.text.tables`, with :mod:`govkit.text.table_cell_lines` for one cell per line; the
cleaner also uses them to keep the tables). A table is read only when its header decides each
column's measure, year and part of the year; a column it does not decide is not read. Two shapes
are read:

* a header of indicator names (``月份 PM10 PM2.5 优良天数(天) 优良率(%)``) over rows labelled by a
  year (``2020年 62 35 314 85.8``, ``2020``), by a change (``同比 3.2% -8.6% … -0.7%``: year-on-year
  rates of the last year above, read only under a row that was read; for a rate only when it is the
  relative change of the two years above, not their difference in points) or by a place: a bulletin that prints every county's or
  district's row gives only its own row (and the total when the total is the report's own region,
  全区 in a district's report); a standard (``国家标准``), another place or 合计 gives nothing. A
  growth column right of an indicator column (``地区生产总值(亿元) | 增长(%)``) is that indicator's;
* a header of measures over rows labelled by an indicator (``PM2.5(微克/立方米) 35 32 -8.6``):
  years (``2020年``, ``2020``, 本年/上年 for the year described and the year before), parts of the
  year (``1-6月``, ``上半年``, ``2023年1-3月``; 上年同期 is the same part of last year), level words
  (绝对值, 总量, 完成) and growth (``增长(%)``, ``同比``: the growth of the latest level column of
  its group, the level columns since the growth column before it (``2022年 | 增长% | 2023年 | 增长%``),
  or of the part of the year it names; ``2023年增长%`` is that year's). A row whose unit is % for a
  sum of money (``固定资产投资 | % | 10 | 8.1``) holds growth rates; a leading 序号 column is skipped, and
  a category column (类别, or 指标 spanning two columns) unless its second column holds units (指标 over
  the name and its 亿元: a unit column). The 合计 row of a table of items whose title alone names one
  indicator (一般公共预算主要支出项目执行情况表 over 教育支出 … 合计) is that indicator's
  (:func:`~govkit.facts.table_cells.itemised_total`). A 单位 column gives each row's unit, a 年份 column each row's
  year (long form, not beside columns that print a year). A word in a column the header does
  not decide (a place, a period) may qualify the row: the row is not read. The growth of a rate
  (``城镇登记失业率 | 3.2 | -0.1``) is not read: tables print it in percent or in points. A row
  label naming a growth (``规模以上工业增加值增速(%)``, cue ``growth_label``) holds that indicator's
  growth in its level columns (not of a rate, nor in a unit other than %). A table
  titled for a larger place (全市主要经济指标 in a county's report) or opening on another place's name
  (表2 2023年天堂镇主要指标) and a 环比 column are not read;
  a table of targets or plans (target or plan words in its title or header, or under a plan heading)
  is read only in the columns whose header prints their kind (计划, 执行, 预计, 完成计划%:
  :mod:`govkit.facts.table_kinds`). A column of a year after the report's own (2025年 in a 十四五 table of a
  report of January 2021) holds targets; a 年均增长 column (a span's yearly average) is not read.

Rows labelled by a month (``6月``) or a part of the year (``1-6月``, ``上半年``) are levels of that
sub-period; a title line above the header gives the year (and a sub-period) of the whole table, and
in a part-year report (上半年经济运行) a table of measures without a title of its own covers that part.

A header may wrap over several lines (a lone word on its own line ends the cell above it); when
the header's cells do not line up one-to-one with a row's figures the row is not read (a
misaligned column would give wrong numbers). A unit printed in a header cell is converted to
the catalog unit when ``units.csv`` knows it; an unknown unit is not read. A ``单位：万元`` caption
gives the whole table its unit; without a unit anywhere, only % levels are read (money in a table
of one column per indicator is not read either). The header words live in ``cues.tsv`` (category
``table``). A masked cell (``**``)
gives a fact without a value, flagged ``masked``. Evidence is the row.
"""

from __future__ import annotations

import re
import unicodedata

from govkit.core.catalog import Indicator
from govkit.core.document import DocumentMeta
from govkit.core.fact import Fact
from govkit.facts.blocking import own_name_in
from govkit.facts.cues import cue
from govkit.facts.frames import document_subperiod
from govkit.facts.measures import unit_label
from govkit.facts.mentions import Lexicon
from govkit.facts.numbers import unit_of
from govkit.facts.places import opens_with_places
from govkit.facts.subperiods import subperiod_of
from govkit.facts.table_cells import (
    GROUP_PARENT,
    UNIT_SPELLING,
    cell_value,
    group_row,
    growth_cell,
    growth_row,
    indicator_named,
    itemised_total,
    norm,
    scaled,
)
from govkit.facts.table_columns import YEAR_CELL, Column, column_of, future_targets, plan_columns, resolve_changes
from govkit.facts.table_kinds import in_plan_section, plan_table, plan_titled
from govkit.facts.timeframe import PLAN_PERIODS
from govkit.text.regions import COUNTY_UNIT_CHARS, TOWNSHIP_SUFFIXES
from govkit.text.table_parts import NUMBER_CELL, PLACEHOLDER, POINTS, SERIAL, SPANNED_MARK, Cell, Table, category_corner
from govkit.text.tables import tables_and_rows

_ANNUAL_AVERAGE = cue("table", "annual_average")  # 地区生产总值年均增长(%): a row of yearly averages over a span
_PLAN_NAMED = cue("time", "span_plan")  # 十四五 in the title: the span those averages run over
_SINCE = re.compile(r"[”\"’」]?以来")  # “十三五”以来: from the plan's first year on
_SENTENCE = re.compile(r"[。,;,;:：]")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?(?:度|末|底)?")
_CHANGE = cue("table", "change")
_STANDARD = cue("table", "standard")
_CAPTION_UNIT = cue("table", "caption_unit")
_CAPTION_BRACKET_UNIT = cue("table", "caption_bracket_unit")
_MONTH = re.compile(r"^(\d{1,2})月份?$")
_TOTAL = cue("table", "total")
_PERIOD_CELL = cue("table", "period_cell")
_OTHER_TITLE = cue("table", "other_title")
_PART_TITLE = cue("table", "part_title")
_TABLE_NUMBER = cue("table", "table_number")
_SHARE_TITLE = cue("table", "share_title")
_SHARE_ROW = cue("table", "share_row")
_GROUP_PARENT_OTHER = cue("table", "group_parent_other")
_OWN_PERIOD = cue("table", "own_period")  # 地区生产总值(前三季度): the row's own part of the year
_MASKED = re.compile(r"\*+")
_VALUE_OR_EMPTY = re.compile(rf"{NUMBER_CELL.pattern}|{PLACEHOLDER.pattern}")
_ROW_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?")
#: The one-character unit words a region's name may end in (县区市旗镇乡): cues.tsv, division suffix_*.
_UNIT_CHARS = COUNTY_UNIT_CHARS + "".join(w for w in TOWNSHIP_SUFFIXES if len(w) == 1)


def _relative(v: float | None, seen: dict[tuple[int, int, str], float], ci: int, year: int | None, sub: str) -> bool:
    """Whether the 同比 *v* of a rate is the relative change of the two years read above it (-0.7 from
    85.8 to 85.2), and not their difference in points: only then is it read."""
    if v is None or year is None:
        return False
    now, before = seen.get((ci, year, sub)), seen.get((ci, year - 1, sub))
    if now is None or not before:
        return False
    rel, points = round((now / before - 1) * 100, 1), round(now - before, 1)
    return abs(rel - v) < 0.051 and abs(points - v) >= 0.051


def _spans_down(rows: list[list[Cell]], ri: int, k: int) -> bool:
    """Whether the cell *k* of row *ri* is a figure merged over the rows below it (the row below prints
    :data:`~govkit.text.table_parts.SPANNED_MARK` there): the figure of several rows, not of the first row
    alone; whose it is (a target shared, a subtotal) the table does not say: not read. (A ditto mark 〃
    printed by the table repeats the figure above for its own row: the row above keeps it.)"""
    below = rows[ri + 1] if ri + 1 < len(rows) else None
    return below is not None and len(below) == len(rows[ri]) and below[k].text == SPANNED_MARK


def _names_group_parent(text: str) -> bool:
    """Whether a row label or a title names income per head, whose groups' rows (城镇常住居民) follow, and not
    another measure of it (全体居民人均可支配收入中位数: the rows under it are the groups' medians)."""
    m = GROUP_PARENT.search(text)
    return m is not None and _GROUP_PARENT_OTHER.match(text, m.end()) is None


def _serial(row: list[Cell], categories: bool) -> bool:
    """Whether a row opens on its number (1, 2, (3)), or on its category under a 类别 corner, and then a
    word: the row's label is that word."""
    first = categories or SERIAL.fullmatch(row[0].text) is not None
    return len(row) > 2 and first and not _VALUE_OR_EMPTY.fullmatch(row[1].text)


def _unit_cell(text: str) -> bool:
    """Whether a cell is a unit units.csv knows (亿元, 元, %), as a unit column holds."""
    t = UNIT_SPELLING.get(text.strip(), text.strip())
    return bool(t) and (t == "%" or unit_of(t) is not None)


def _place_row(label: str, meta: DocumentMeta, own: set[str]) -> bool:
    """Whether a row labelled *label* is the report's own region (its name, or 全区 in a district's report)."""
    if label in own:
        return True
    if _TOTAL.match(label):
        return False
    region = meta.region or ""
    short = region[:-1] if len(region) > 2 and region[-1] in _UNIT_CHARS else region
    return bool(short) and (label == short or own_name_in(label, {region}) and label.startswith(short))


def _own_lead_cut(label: str, own: set[str]) -> str:
    """*label* without the own region's word opening it (全市生产总值 in a city's table, 全区生产总值 in a
    district's: the region's own gdp), or "" when no own word opens it (全市生产总值 in a county's table is
    the prefecture's: not read)."""
    lead = max((w for w in own if label.startswith(w)), key=len, default="")
    return label[len(lead) :] if lead else ""


def _caption_unit(table: Table, text: str) -> tuple[str, bool]:
    """The unit of a whole table: 单位：万元 on a line of its own above the header, or (单位:万元) in the
    title, or a known unit in brackets closing the title (主要污染物浓度（微克/立方米）); and whether the caption lists % beside it (单位:亿元、%: the levels in 亿元, the changes in %)."""
    lines = text.split("\n")
    top = min(table.lines) if table.lines else 0
    for line in [table.title, *lines[max(0, top - 2) : top]]:
        m = _CAPTION_UNIT.search(unicodedata.normalize("NFKC", line.strip()))
        if m:
            parts = [UNIT_SPELLING.get(u, u) for u in m.group(1).split("、")]
            if len(parts) == 2 and parts[1] == "%":
                return parts[0], True
            u = m.group(1)
            return UNIT_SPELLING.get(u, u), False
    m = _CAPTION_BRACKET_UNIT.search(unicodedata.normalize("NFKC", table.title.strip()))
    if m and (u := UNIT_SPELLING.get(m.group(1), m.group(1))) and (k := unit_of(u)) and k.dimension != "percent":
        # 表1  主要污染物浓度（微克/立方米）: a unit units.csv knows, not （2023年）; not （%）, which a title
        # of rates may print over a column of levels too (主要指标增长速度（%）over 绝对数 | 比上年增长)
        return u, False
    return "", False


def _other_place_title(title: str, own: set[str]) -> bool:
    """A title naming another (larger) place: 全市主要经济指标 in a county's report; or opening on
    another place's name, a township's or a county's (表2 2023年天堂镇主要指标 in a county's report). The
    title's years are no part of a name (2023年全市…: 全市, not 年全市)."""
    for m in _OTHER_TITLE.finditer(_YEAR.sub(" ", title)):
        if m.group(0) not in own and not own_name_in(m.group(0), own):
            return True
    return bool(own) and opens_with_places(_TABLE_NUMBER.sub("", title, count=1), own)


def _fact(
    doc_id: str,
    ind: Indicator,
    measure: str,
    v: float | None,
    year: int | None,
    sub: str,
    cell: Cell,
    span: tuple[int, int],
    text: str,
    kind: str = "actual",
) -> Fact:
    evidence = text[span[0] : span[1]]
    return Fact(
        doc_id=doc_id,
        indicator=ind.id,
        measure=measure,
        value=v,
        unit=unit_label(ind, measure),
        year=year,
        period_start=None,
        subperiod=sub,
        kind=kind,
        evidence=evidence,
        family=ind.family,
        region="",
        adcode="",
        value_text=cell.text,
        evidence_start=span[0],
        evidence_end=span[1],
        value_start=cell.start,
        value_end=cell.end,
        masked=v is None,
        flags=["masked"] if v is None else [],
    )


def _span_start(title: str, year: int | None) -> int | None:
    """The first year of the plan a table's *title* names (十四五: 2021) whose years hold *year* (after its
    first), or of one named with 以来 (“十三五”以来: to any later year). A title naming two plans (“十三五”规划完成
    情况和“十四五”规划主要指标) gives each column its own (r19h: the first named was every column's: 2016 for a
    2025 goal); none holding the year: no start."""
    if year is None:
        return None
    for named in _PLAN_NAMED.finditer(title):
        span = PLAN_PERIODS.get(named.group(1))
        if span is not None and span[0] < year and (year <= span[1] or _SINCE.match(title, named.end(1))):
            return span[0]
    return None


def table_facts(
    text: str,
    doc_id: str,
    meta: DocumentMeta,
    doc_year: int | None,
    own: set[str],
    catalog: dict[str, Indicator],
    lexicon: Lexicon,
) -> tuple[list[Fact], set[int]]:
    """Facts of the plain-text tables of *text*, and the indices of the lines that are table rows."""
    facts: list[Fact] = []
    tables, rows_at = tables_and_rows(text)
    for table in tables:
        rows_at |= table.lines
        facts.extend(_read(table, text, doc_id, meta, doc_year, own, catalog, lexicon))
    return facts, rows_at


def _read(
    table: Table,
    text: str,
    doc_id: str,
    meta: DocumentMeta,
    doc_year: int | None,
    own: set[str],
    catalog: dict[str, Indicator],
    lexicon: Lexicon,
) -> list[Fact]:
    header, title = table.header, table.title
    top = min(table.lines) if table.lines else 0
    if _PART_TITLE.search(title) or (top and _PART_TITLE.search(text.split("\n", top)[top - 1])):
        return []  # 市本级一般公共预算收支执行情况(单位:亿元): the city government's tier, not the city's total
    section = in_plan_section(table.lines, text)
    plan = section or plan_table([norm(t) for t in [title, *header]])
    title_year = _YEAR.search(title)
    year0 = int(title_year.group(1)) if title_year else doc_year
    sub0 = (subperiod_of(title) or "") if title else ""
    cols = [column_of(h, year0, sub0, lexicon, catalog) for h in header]
    planned = section or plan_titled(norm(title))
    if plan:  # only the columns whose header prints their kind; a plan section's need a printed year
        cols = plan_columns(header, cols, year0 if title_year or not section else None, sub0, bool(title_year), planned)
        if not any(c.role == "level" for c in cols):
            return []  # targets read as actuals would be wrong numbers; undecided: not read
    by_rows = any(c.role == "level" for c in cols) or (
        any(c.role == "yoy" for c in cols) and not any(c.role == "indicator" for c in cols)
    )
    if by_rows:
        if _other_place_title(title, own):
            return []
        if not sub0:  # a table of a part-year report (1-6月经济运行) without a title of its own
            sub0 = document_subperiod(meta.title, text)
            if sub0:
                cols = [column_of(h, year0, sub0, lexicon, catalog) for h in header]
                if plan:  # 1-6月完成 | 增长% | 全年目标 of a half-year review: the columns that print their kind
                    cols = plan_columns(
                        header, cols, year0 if title_year or not section else None, sub0, bool(title_year), planned
                    )
        resolve_changes(cols, year0, sub0)
        future_targets(cols, meta.report_date or "", doc_year)
    year_col = next((ci for ci, c in enumerate(cols) if c.role == "year"), None)
    if year_col is not None and (not by_rows or any(c.dated for c in cols)):
        return []  # a column of years beside columns that print their own year: which one holds?
    else:
        for ci, c in enumerate(cols):
            if c.role == "yoy":  # 地区生产总值(亿元) | 增长(%): the growth of the column on its left
                left = cols[ci - 1] if ci > 0 else None
                c.ind = left.ind if left is not None and left.role == "indicator" else None
    rows = table.rows
    # a row in % of a sum of money holds growth rates in a plan table or one titled by growth, not of shares
    percent_growth = (plan or _CHANGE.search(title)) and not any(_SHARE_TITLE.search(t) for t in [title, *header])
    categories = category_corner(norm(table.corner), norm(table.header[0]) if table.header else "")
    if categories and cols and not cols[0].role and rows and all(len(r) > 1 and _unit_cell(r[1].text) for r in rows):
        cols[0], categories = Column("unit"), False  # 指标 over the name and its unit (亿元, 元): a unit column
    if by_rows and cols and not cols[0].role and all(_serial(r, categories) for r in rows):
        cols, rows = cols[1:], [r[1:] for r in rows]  # 序号 | 指标 | …: the row's label is the cell after its number
    unit_col = next((ci for ci, c in enumerate(cols) if c.role == "unit"), None)
    caption, caption_pct = _caption_unit(table, text)
    for c in cols:
        if caption_pct and c.role == "yoy" and not c.unit:
            c.unit = "%"  # (单位:亿元、%) over a 增长 column: its changes are in percent
    out: list[Fact] = []
    last_year, last_sub = year0, sub0
    seen: dict[tuple[int, int, str], float] = {}  # levels read: (column, year, part of the year) -> value
    read_above = False  # whether the row above was read (a 同比 row is the change of that row)
    # 合计 of a table of items whose title names one indicator (教育支出 … 合计 under 一般公共预算主要支出项目)
    total = itemised_total(title, [r[0].text for r in rows], lexicon, catalog, own) if by_rows else None
    parent_named = _names_group_parent(title)  # 城镇常住居民 rows: of income per head
    for ri, (row, span) in enumerate(zip(rows, table.row_spans)):
        label, vals = row[0].text, row[1:]
        above, read_above = read_above, False
        if len(vals) != len(cols):
            continue
        if by_rows:
            got = indicator_named(label, lexicon, catalog) or indicator_named(
                _own_lead_cut(label, own), lexicon, catalog
            )
            if got is None and (grouped := group_row(label, lexicon, catalog)) is not None:
                got = grouped[1] if parent_named else None  # 城镇常住居民 under 全体居民人均可支配收入
            else:
                parent_named = _names_group_parent(label)  # (人均消费支出 | …: its groups are not)
            grown = growth_row(label, lexicon, catalog) if got is None else None
            growth, sign = grown if grown is not None else (None, 1)
            if growth is not None:
                got = (growth, "%")
            if got is None and total is not None and ri == total[0]:
                got = (total[1], "")
            if got is None:
                continue
            ind, unit = got
            if unit_col is not None:
                unit = UNIT_SPELLING.get(vals[unit_col].text, vals[unit_col].text)
                if growth is not None and unit != "%":
                    continue  # a growth row printed in another unit than percent: not read
            unit = unit or caption
            if growth is None and unit == "%" and scaled(ind.unit) and percent_growth and not _SHARE_ROW.match(label):
                growth = ind  # 固定资产投资 | % | 10 | 8.1: a sum of money listed by its growth (a plan table's)
            if any(not c.role and not _VALUE_OR_EMPTY.fullmatch(cell.text) for c, cell in zip(cols, vals)):
                continue  # a word in a column the header does not decide (a place, a period) may qualify the row
            # 地区生产总值(前三季度) under a 1—10月 column: the row's own part of the year, not the column's
            own_sub = subperiod_of(op.group()) if (op := _OWN_PERIOD.search(label)) else None
            row_year: int | None = None
            if year_col is not None:
                yc = _ROW_YEAR.fullmatch(vals[year_col].text)
                if yc is None:
                    continue
                row_year = int(yc.group(1))
            for k, (c, cell) in enumerate(zip(cols, vals), start=1):
                if c.role not in ("level", "yoy", "completion") or c.year is None or _spans_down(rows, ri, k):
                    continue
                points = c.role == "yoy" and growth is None and ind.unit == "%" and POINTS.search(cell.text) is not None
                if c.role == "yoy" and (ind.unit == "%" or growth is not None) and not points:
                    continue  # 增长(%) of a rate: relative change or percentage points? not read
                if c.role == "completion" and growth is not None:
                    continue  # the share of a planned growth rate: not a catalog measure of the indicator
                measure = {"level": "level", "completion": "completion_pct"}.get(c.role, "yoy_pct")
                if points:
                    measure = "pp_change"  # 优良天数比例(%) | 91.2 | 88.5 | -2.7个百分点: printed in points
                if measure == "level" and growth is not None:
                    # 地区生产总值年均增长(%) | — | 7.5 | 5.8 of a 十四五 table: the yearly average over the span, not
                    # the year's growth (it was read as the year's)
                    measure = "cagr_pct" if _ANNUAL_AVERAGE.search(label) else "yoy_pct"
                u = unit or c.unit if measure == "level" else ("%" if "%" in c.unit or growth else "")
                if measure == "completion_pct":
                    u = "%"
                if measure == "level" and unit and c.unit and c.unit != unit:
                    continue  # the row and the column print different units
                if measure == "level" and not u and ind.unit != "%":
                    continue  # no unit anywhere (万元 or 亿元?): not read
                v = cell_value(cell.text, ind, u, "yoy_pct" if measure in ("completion_pct", "cagr_pct") else measure)
                if v is None and measure == "level" and c.kind == "target" and ind.unit != "%":
                    g = growth_cell(cell.text)  # 地区生产总值 | 亿元 | … | 6.5%左右: the target printed as a growth
                    if g is not None:
                        measure, v = "yoy_pct", g
                if v is not None and growth is not None and sign < 0 and v > 0:
                    v = -v  # 单位GDP能耗下降(%) | 3.2: a fall of 3.2%
                sub = c.sub if own_sub is None else own_sub
                if sub != c.sub and (not sub or measure == "completion_pct"):
                    continue  # 粮食总产量(全年) under 1—10月, a part's share of the year's plan: not read
                if v is not None or _MASKED.fullmatch(cell.text):
                    at_year = row_year if row_year is not None else c.year
                    out.append(_fact(doc_id, ind, measure, v, at_year, sub, cell, span, text, c.kind))
                    if measure == "cagr_pct":
                        out[-1].period_start = _span_start(title, at_year)
            continue
        ym = YEAR_CELL.fullmatch(label)
        mm = _MONTH.match(label)
        period = subperiod_of(label)
        year: int | None
        if ym:
            measure, year, sub = "level", int(ym.group(1)), sub0
            last_year, last_sub = year, sub
        elif _CHANGE.search(label) and not _STANDARD.search(label):
            if not above:
                continue  # the change of a row not read (全市 above 同比): whose? not read
            measure, year, sub = "yoy_pct", last_year, last_sub
        elif mm and 1 <= int(mm.group(1)) <= 12:
            measure, year, sub = "level", year0, f"M{int(mm.group(1))}"  # a month's row of a bulletin
            last_year, last_sub = year, sub
        elif period and len(label) <= 8:  # 上半年, 1-6月, 一季度
            measure, year, sub = "level", year0, period or ""
            last_year, last_sub = year, sub
        elif _place_row(label, meta, own):
            measure, year, sub = "level", year0, sub0
        else:
            continue  # a standard, another place, a total that is not the report's region
        read_above = measure == "level"
        for ci, (c, cell) in enumerate(zip(cols, vals)):
            if c.ind is None or _spans_down(rows, ri, ci + 1):
                continue
            if c.role == "indicator":
                if not (c.unit or caption) and scaled(c.ind.unit):
                    continue  # a sum of money without a unit (万元 or 亿元?): not read
                v = cell_value(cell.text, c.ind, c.unit or caption, measure)
                m = measure
                if m == "level" and v is not None and year is not None:
                    seen[(ci, year, sub)] = v
                if m == "yoy_pct" and c.ind.unit == "%" and not _relative(v, seen, ci, year, sub):
                    continue  # 同比 of a rate: relative change or percentage points? not read
            elif c.role == "yoy" and measure == "level" and c.ind.unit != "%":
                v = cell_value(cell.text, c.ind, "%" if "%" in c.unit else "", "yoy_pct")
                m = "yoy_pct"
            else:
                continue
            if v is not None or _MASKED.fullmatch(cell.text):
                out.append(_fact(doc_id, c.ind, m, v, year, sub, cell, span, text))
    return out
