"""The columns of a table of plans and their outturns (a plan or budget execution report): what each
header cell of such a table decides, read by :mod:`govkit.facts.tables`.

A table whose title, header or section names a plan (2023年主要指标计划执行情况, a 计划 or 目标
column, 二、2024年计划草案) is read only through the kind its header cells print: a plan column
(计划, 目标, 2024年计划, 建议安排: targets; 目标2023年, a kind over merged year cells, is 2023's), an
outturn column (执行, 完成, 实际: actuals), an
estimate column (预计, 2023年预计), a part of the year before the word (1-6月执行: that part; 全年计划:
the whole year, and so is 年计划; a plan column of a part-year table without 全年/年度/年 is not read), a part of the year
alone (1-6月 | 同比增长% | 全年目标: that part's outturn; a part's plan prints its word; not in a table
whose title or section names a plan and not its execution (2024年分季度目标, 预期目标; 计划完成情况 reviews
it), nor beside a column of another part: 一季度 | 上半年 | 前三季度 | 全年 of
2024年分季度目标 are the parts' targets), a share of the plan (完成计划%, 为计划%, 占年计划%: ``completion_pct``, of the part whose outturn
stands beside it when the title names none: table_columns.plan_columns) and
a growth column that names its kind (计划增长, 执行增长). A plain growth column (增长%) is the
growth of the level column on its left, of that column's kind. Any other column of such a table
is not read. The words are rows of cues.tsv (category ``table``: plan_cell, outturn_cell,
estimate_cell, completion_cell, growth_kind).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from govkit.core.periods import plan_periods
from govkit.facts.cues import cue
from govkit.facts.frames import heading_level, heading_text, plan_achieved
from govkit.facts.subperiods import subperiod_of, subperiod_start

_PLAN = cue("table", "plan_cell")
_OUTTURN = cue("table", "outturn_cell")
_BASE = cue("table", "base_cell")  # 2020年基数 of a plan table: that year's outturn, the plan's base
#: The years a five-year plan ends, the base of the next (2020年基数 of a 十四五 table; 2024年基数 of a budget: its base).
_PLAN_BASE_YEARS = {end for _start, end in plan_periods().values()}
_ESTIMATE = cue("table", "estimate_cell")
_COMPLETION = cue("table", "completion_cell")
_GROWTH_KIND = cue("table", "growth_kind")
_YEAR_LEAD = re.compile(r"^((?:19|20)\d{2})\s*年?(?:度)?")
_YEAR_TAIL = re.compile(r"((?:19|20)\d{2})\s*年度?$")
_PERIOD_LEAD = cue("table", "period_cell")  # 1-6月执行: a part of the year before the kind word
_WHOLE_YEAR = cue("time", "annual_target")  # 全年计划, 年度目标: the whole year's
_YEAR_PLAN = cue("table", "whole_year_cell")  # 年计划: the same
_APPENDIX = cue("frame", "appendix")  # 附件:…对照表 above a table: the appendix's, not the section's


class KindColumn(NamedTuple):
    """A column a plan table's header decides: its role (level, yoy, completion), the year it
    prints (None: the table's year) and the kind of its figures."""

    role: str
    year: int | None
    kind: str
    period: str = ""  # a part of the year the cell prints (1-6月执行): the column's sub-period
    whole_year: bool = False  # 全年计划, 年度目标: the whole year's, whatever part the table covers
    #: a part of the year alone (1-6月): its outturn, unless beside a column of another part alone or in a
    #: table whose title or section names a plan (table_columns.plan_columns)
    bare: bool = False


def kind_column(name: str) -> KindColumn | None:
    """What the header cell *name* (its unit removed) of a plan table decides, or None."""
    y = _YEAR_LEAD.match(name)
    year = int(y.group(1)) if y else None
    rest = name[y.end() :].strip() if y else name.strip()
    tail = _YEAR_TAIL.search(rest) if y is None else None
    if tail is not None and tail.start():  # 目标 over 2022年 | 2023年 (a merged header): 目标2022年, that year's
        year, rest = int(tail.group(1)), rest[: tail.start()].strip()
    p = _PERIOD_LEAD.match(rest)
    period = p.group() if p else ""
    rest = rest[len(period) :].strip()
    whole = _WHOLE_YEAR.match(rest) is not None or _YEAR_PLAN.match(rest) is not None
    if period and not rest:
        # 1-6月 | 同比增长% | 全年目标: that part's outturn; a part after January alone beside the year's plan
        # (年计划 | 下半年 in July, 四季度 in October: the rest of the year's plan or its outturn, the cell
        # does not tell; review r17e) is not read
        sub = subperiod_of(period)
        if sub and subperiod_start(sub) > 1:
            return None
        return KindColumn("level", year, "actual", period, bare=True)
    if _PLAN.fullmatch(rest):
        return KindColumn("level", year, "target", period, whole)
    if _OUTTURN.fullmatch(rest) or (year in _PLAN_BASE_YEARS and _BASE.fullmatch(rest)):
        return KindColumn("level", year, "actual", period, whole)
    if _ESTIMATE.fullmatch(rest):
        return KindColumn("level", year, "estimate", period, whole)
    if _COMPLETION.fullmatch(rest):
        return KindColumn("completion", year, "actual", period)
    g = _GROWTH_KIND.fullmatch(rest)
    if g is not None:
        return KindColumn("yoy", year, g.lastgroup or "", period)
    return None


def plan_column(
    k: KindColumn, year: int | None, sub: str, titled: bool, outturn: bool
) -> tuple[int | None, str] | None:
    """The year and part of the year of plan-table column *k* (*year*, *sub*: the table's; *titled*:
    the title prints the year; *outturn*: an outturn column stands beside it), or None when it is not
    read: a plan or estimate column without a year printed (in it or the title) is of the year of an
    outturn column beside it, else not read (计划数 alone: this year's plan or next year's?); 全年计划
    is the whole year's target in a table of a part of the year, where a plain 计划 is not read."""
    if not (k.year or titled or outturn or k.kind == "actual"):
        return None
    part = "" if k.whole_year else (subperiod_of(k.period, True) or "") if k.period else sub
    if k.kind == "target" and part and not k.period:
        return None  # 计划 in a table of 1-6月: that part's plan, or the year's?
    return (k.year or year, part)


def plan_table(cells: list[str]) -> bool:
    """Whether a table's title and header *cells* (normalised) name targets or plans (2024年主要预期目标,
    a 目标 or 计划 column): only the columns that print their kind are read."""
    words = (cue("kind", "target"), cue("frame", "plan_heading"))
    return any(rx.search(t) for rx in words for t in cells)


def plan_titled(title: str) -> bool:
    """Whether a table's title (normalised) names plans or targets and not their execution (2024年分季度目标:
    a part of the year alone is then that part's target, not read); a title of the execution of a plan
    (2024年主要经济指标计划完成情况, 计划执行情况: frame review_heading's words) reviews it, and its part of the
    year alone (指标 | 年计划 | 1-6月 | 增长%) is that part's outturn."""
    return plan_table([title]) and cue("frame", "review_heading").search(title) is None


def in_plan_section(table_lines: set[int], text: str) -> bool:
    """Whether the numbered headings above the table at *table_lines* of *text* (its 一、 and the
    (一) under it) head a plan (二、2024年工作安排): its figures are targets, not actuals; a heading saying the
    plan was achieved after the plan's words (一、脱贫攻坚目标任务全面完成) heads a review."""
    lines = text.split("\n")
    top = min(table_lines) if table_lines else 0
    deepest = 3
    for line in reversed(lines[:top]):
        if _APPENDIX.match(line):
            return False  # 附件: the table is the appendix's, whatever section the body closed on
        level = heading_level(line)
        if level >= deepest or heading_text(line) is None:
            continue
        deepest = level
        words = heading_text(line) or ""
        plan = cue("frame", "plan_heading").search(words)
        # 一、脱贫攻坚目标任务全面完成: the plan's words, then their achievement: a review (frames.plan_achieved);
        # 全面完成2025年目标任务 may be a goal's words: still a plan
        if plan and not cue("frame", "review_heading").search(words) and not plan_achieved(words, plan.end()):
            return True
        if level == 1:
            break
    return False
