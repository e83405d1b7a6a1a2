"""The columns of a plain-text table: what each header cell decides for the figures under it.

:func:`column_of` reads one header cell (a year, a part of the year, 本年/上年, a level or change word,
a unit, 属性 or 年份 column, or an indicator's name); :func:`resolve_changes` gives each growth column the
level column it is the growth of; :func:`plan_columns` reads a plan table's header, whose cells print
their kind (:mod:`govkit.facts.table_kinds`). :mod:`govkit.facts.tables` reads the rows with them. The
header words live in ``cues.tsv`` (category ``table``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govkit.core.catalog import Indicator
from govkit.facts.cues import cue, cue_words
from govkit.facts.mentions import Lexicon
from govkit.facts.subperiods import subperiod_of
from govkit.facts.table_cells import indicator_named, name_and_unit, norm
from govkit.facts.table_kinds import kind_column, plan_column

#: A year header or row cell: 2020, 2020年, 2020年度/末/底, with a note in brackets (2020年(预计)).
YEAR_CELL = re.compile(r"((?:19|20)\d{2})\s*年?(?:度|末|底)?(?:[((][^()()]*[))])?")
_YEAR_SUB = re.compile(r"((?:19|20)\d{2})\s*年(.{1,10})")
_PERIOD_CELL = cue("table", "period_cell")
_LEVEL_WORDS = cue("table", "level_words")
_UNIT_COLUMN = cue("table", "unit_column")
_ATTRIBUTE_COLUMN = cue("table", "attribute_column")
_THIS_MONTH = cue("table", "this_month")
_YEAR_COLUMN = cue("table", "year_column")
_FULL_YEAR = cue_words("table", "full_year")
_SAME_PERIOD = cue_words("table", "same_period")
_THIS_YEAR = cue("table", "this_year")
_LAST_YEAR = cue("table", "last_year")
_STANDARD = cue("table", "standard")
_LIMIT = cue("table", "limit")
_CHANGE = cue("table", "change")
_ANNUAL_AVERAGE = cue("table", "annual_average")
_CHANGE_ONLY = re.compile(rf"(?:{_CHANGE.pattern})+率?[%％]?")  # a header cell of change words only (比上年增长%)


@dataclass(slots=True)
class Column:
    """What a header cell decides for its column."""

    role: str  # level, yoy, unit, attr (属性), indicator or "" (undecided: nothing is read from it)
    year: int | None = None
    sub: str = ""
    unit: str = ""  # the unit printed in the header cell
    ind: Indicator | None = None
    own_sub: bool = False  # a yoy column that names its own part of the year (1-6月增长)
    same_period: bool = False  # 上年同期: the part of the year of the other columns
    dated: bool = False  # the header prints the year (2021年, 本年, 上年)
    kind: str = "actual"  # a plan table's column: its cell's kind (table_kinds); "" for a growth of its anchor's
    limit: bool = False  # a standard's limit (国家二级标准): no level a change column compares with


def column_of(h: str, year0: int | None, sub0: str, lexicon: Lexicon, catalog: dict[str, Indicator]) -> Column:
    name, unit = name_and_unit(h)
    if _UNIT_COLUMN.match(h):
        return Column("unit")
    if _ATTRIBUTE_COLUMN.match(name):
        return Column("attr")  # 属性: 预期性, 约束性
    ym = YEAR_CELL.fullmatch(h)
    if ym:
        return Column("level", int(ym.group(1)), sub0, unit, dated=True)
    ys = _YEAR_SUB.fullmatch(name)
    if ys and _PERIOD_CELL.fullmatch(ys.group(2)):
        return Column("level", int(ys.group(1)), subperiod_of(ys.group(2), True) or "", unit, dated=True)
    if ys and _LEVEL_WORDS.fullmatch(ys.group(2).strip()):
        return Column("level", int(ys.group(1)), sub0, unit, dated=True)  # 2023年完成(亿元): that year's level
    if cue("sign", "month_on_month").search(name):
        return Column("")  # 环比: a change on the month before has no catalog measure
    if _THIS_MONTH.match(name):  # the report's month (a monthly bulletin), else undecided
        month = bool(re.fullmatch(r"M\d+", sub0))
        return Column("level", year0 if month else None, sub0, unit, dated=True)  # year None: not read
    if _YEAR_COLUMN.match(name):
        return Column("year")  # a column of years: each row's year (指标 | 年份 | 数值)
    if name in _FULL_YEAR:
        return Column("level", year0, "", unit)
    if _THIS_YEAR.match(name):
        return Column("level", year0, sub0, unit, dated=True) if year0 else Column("")
    if _LAST_YEAR.match(name):
        if not year0:
            return Column("")
        return Column("level", year0 - 1, sub0, unit, same_period=any(w in name for w in _SAME_PERIOD), dated=True)
    if _STANDARD.search(name):
        return Column("", limit=_LIMIT.search(name) is not None)
    if ys and _CHANGE_ONLY.fullmatch(ys.group(2).strip()):
        return Column("yoy", int(ys.group(1)), sub0, "%" if "%" in h else "", dated=True)  # 2023年增长%: that year's
    period = (subperiod_of(name, True) or "") if len(name) <= 12 else ""
    if _CHANGE.search(name):
        if _ANNUAL_AVERAGE.search(name):
            return Column("")  # 年均增长(%): the yearly average over a span, no year's growth
        if not period and re.search(r"\d|[季月]", name):
            return Column("")  # the growth of a part of the year not understood
        return Column("yoy", None, period, "%" if "%" in h else "", own_sub=bool(period))
    if period and _PERIOD_CELL.fullmatch(name):
        return Column("level", year0, period, unit)
    if _LEVEL_WORDS.fullmatch(name):
        return Column("level", year0, sub0, unit)
    got = indicator_named(h, lexicon, catalog)
    if got is not None:
        return Column("indicator", unit=got[1], ind=got[0])
    return Column("")


def anchor(cols: list[Column], ci: int) -> Column | None:
    """The nearest column left of *ci* that a change or 上年同期 column compares with (a level, or
    an undecided column, which leaves it undecided); 上年同期, growth and a standard's limit columns are
    skipped."""
    for x in reversed(cols[:ci]):
        if x.same_period or x.limit or x.role in ("yoy", "unit", "year", "attr"):
            continue
        if x.role != "completion":
            return x if x.role in ("level", "") else None
    return None


def group_levels(cols: list[Column], ci: int) -> list[Column]:
    """The level columns of the group that growth column *ci* closes: those right of the growth
    column before it (``2022年 | 增长% | 2023年 | 增长%``: the second growth's group is 2023年)."""
    start = next((x + 1 for x in range(ci - 1, -1, -1) if cols[x].role == "yoy"), 0)
    return [x for x in cols[start:ci] if x.role == "level" and not x.same_period]


def resolve_changes(cols: list[Column], year0: int | None, sub0: str) -> None:
    """A change column of a table of indicator rows is the growth of the nearest level column on its left."""
    periods = {c.sub for c in cols if c.role == "level" and not c.same_period}
    for ci, c in enumerate(cols):
        if c.same_period:  # 上年同期 beside 1-6月: the first half of last year, whatever the report's part
            a = anchor(cols, ci)
            if a is not None and a.role == "level" and a.year is not None:
                c.year, c.sub = a.year - 1, a.sub
            elif a is not None or periods or not sub0:  # undecided neighbour, or no part of the report
                c.role = ""
    levels = [c for c in cols if c.role == "level" and c.year is not None and not c.same_period]
    groups = {ci: group_levels(cols, ci) for ci, c in enumerate(cols) if c.role == "yoy"}
    for ci, c in enumerate(cols):
        if c.role != "yoy" or c.year is not None:
            continue  # a plan table's 计划增长 column prints its own kind and year
        a = anchor(cols, ci)
        if not c.kind:  # 计划 | 执行 | 增长: the growth of the column on its left, of its kind
            c.kind = a.kind if a is not None and a.role == "level" else ""
        if c.own_sub:
            pool = [x for x in levels if x.sub == c.sub]
        else:  # the latest level of its group (本年 | 上年 | 增长: this year's), of the anchor's part of the year
            pool = [
                x for x in groups[ci] if x.year is not None and a is not None and a.role == "level" and x.sub == a.sub
            ]
        if not pool or not c.kind:
            c.role = ""  # growth of no printed level (2023年完成 | 2024年目标 | 增长): of which year? not read
            continue
        latest = max(x.year or 0 for x in pool)
        c.year, c.sub = latest, pool[0].sub


def plan_columns(
    header: list[str], cols: list[Column], year: int | None, sub: str, titled: bool, planned: bool = False
) -> list[Column]:
    """The columns of a plan table whose header prints a kind (:func:`~govkit.facts.table_kinds.plan_column`),
    a plain growth (of its anchor's kind, when every level column is of one year) and the unit column;
    *planned*: the table's title or section names a plan (a part of the year alone is then not read)."""
    kinds = [kind_column(norm(name_and_unit(h)[0])) for h in header]
    if planned or len({k.period for k in kinds if k is not None and k.bare}) > 1:
        # 2024年分季度目标: 一季度 | 上半年 | 前三季度 | 全年: the parts' targets, not their outturns (one part
        # of two years, 2023年1-6月 | 2024年1-6月 | 增长% | 全年目标, is read)
        kinds = [None if k is not None and k.bare else k for k in kinds]
    outturn = any(k is not None and k.role == "level" and k.kind == "actual" for k in kinds)
    # 指标 | 2022年 | 2023年 | 2024年目标 in a summary of 2023: the bare years before the goal's year, up to the
    # table's, are those years' outturns (review f31: the 2022 column was not read); not in a table whose
    # title or section names a plan
    goal_years = [k.year for k in kinds if k is not None and k.kind == "target" and k.year is not None]
    past_until = min([*goal_years, (year or 0) + 1]) if goal_years and year and not planned else 0
    out = []
    for h, c, k in zip(header, cols, kinds):
        got = plan_column(k, year, sub, titled, outturn) if k is not None else None
        if k is not None and got is not None:
            out.append(Column(k.role, got[0], got[1], name_and_unit(h)[1], dated=k.year is not None, kind=k.kind))
        elif k is None and c.role == "level" and c.year is not None and c.year < past_until and YEAR_CELL.fullmatch(h):
            out.append(Column("level", c.year, c.sub, c.unit, dated=True))
        else:
            keep = c.role in ("unit", "attr") or (k is None and c.role == "yoy" and not c.own_sub)
            year_printed = c.year if c.role == "yoy" else None  # 2023年增长%
            out.append(Column(c.role, year_printed, c.sub, c.unit, dated=c.dated, kind="") if keep else Column(""))
    parts = {c.sub for c in out if c.role == "level" and c.kind == "actual"}
    for ci, (c, k) in enumerate(zip(out, kinds)):
        if c.role == "completion" and k is not None and not k.period and not c.sub and parts and parts != {""}:
            # 年计划 | 1-6月 | 增长% | 完成年计划% under a title naming no part: the share the part's outturn
            # makes of the year's plan (H1's), not the year's; outturns of several parts: of which? not read
            parts_one = next(iter(parts)) if len(parts) == 1 else None
            out[ci] = Column(c.role, c.year, parts_one, c.unit, dated=c.dated, kind=c.kind) if parts_one else Column("")
    years = {c.year for c in out if c.role == "level"}
    plain = [ci for ci, c in enumerate(out) if c.role == "yoy" and not c.kind]
    closes = {ci: (group_levels(out, ci), any(x.role == "yoy" for x in out[:ci])) for ci in plain}
    for ci in plain:
        c, (group, after_growth) = out[ci], closes[ci]
        a = anchor(out, ci)
        if c.dated:  # 2023年增长%: of its year, of the kind of the level of that year on its left
            ok = a is not None and a.role == "level" and a.year == c.year
            c.kind = a.kind if ok and a is not None else ""
        else:  # 2023年计划 | 2023年完成 | 增长 | 2024年计划: 2023's; 2023年完成 | 2024年目标 | 增长: of which?
            later = any(x.role == "level" for x in out[ci + 1 :])
            one_year = len({x.year for x in group}) == 1
            # 2022年决算数 | 2023年预算数 | 2023年执行数 | 增长%: the outturn's growth on the year before
            outturn = a is not None and a.kind == "actual" and a.year == max((x.year or 0 for x in group), default=0)
            ok = len(years) <= 1 or ((one_year or outturn) and (later or after_growth or not one_year))
        if not ok:
            out[ci] = Column("")
    return out


def future_targets(cols: list[Column], report_date: str, doc_year: int | None) -> None:
    """A column of a year after the report's own (2025年 in a table of a report of January 2021, a
    十四五 table of goals without a plan word) holds goals: its figures are targets; so does a column of
    the report's own year when the report describes the year before (2025年 beside 2024年 in a work
    report of January 2025; not 2025年1-2月, the months already past). Without a report date, a year more
    than one after the year described."""
    dated = int(report_date[:4]) if report_date[:4].isdigit() else None
    for c in cols:
        if c.role not in ("level", "yoy") or c.year is None or c.kind != "actual" or c.year == doc_year:
            continue  # the year described (本年, its own column) is never a goal column here
        if dated is not None:
            ahead = c.year > dated or (doc_year is not None and doc_year < c.year == dated and not c.sub)
        else:
            ahead = doc_year is not None and c.year > doc_year + 1
        if ahead:
            c.kind = "target"
