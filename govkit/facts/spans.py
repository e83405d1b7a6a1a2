"""Figures over several years: where a change printed as 由X增至Y starts (its base year), whether a
figure keeps the span its sentence or paragraph names (a sum or an average over it, a stock at its
end), and growth over several years that is no year-on-year rate (比2015年增长48%).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from govkit.core.catalog import Indicator
from govkit.facts.clauses import Clause, segment_start
from govkit.facts.cues import cue, cue_words
from govkit.facts.numbers import Quantity, find_quantities, parse_chinese_number
from govkit.facts.prefixes import Scans, prefixed
from govkit.facts.printed_year import RELATIVE_YEAR
from govkit.facts.timeframe import (
    PLAN_PERIODS,
    STOCK_UNITS,
    Dates,
    Frame,
    span_of_phrase,
)

_YEAR = cue("time", "year")
_BASE_YEAR = cue("time", "base_year")
_BASE_YEAR_OPENING_P = prefixed(cue("time", "base_year_opening"))
_PREV_YEAR = cue("measure", "prev_year")
#: 比前年, 较前年: the year before last as a growth figure's base.
_BEFORE_LAST_BASE = re.compile(
    f"(?:{'|'.join(cue_words('time', 'relative_base_before'))})(?:{cue('time', 'before_last_year').pattern})"
)
_COUNTED_AVERAGE = cue("time", "counted_average")
_SUMMED = cue("time", "summed")
_CHANGE_FROM = cue("time", "change_from")
_CHANGE_TO_AFTER = cue("time", "change_to_after")
_REVISED_TO_AFTER = cue("time", "revised_to_after")
_TASK_REVISED_FROM = cue("time", "task_revised_from")
_TASK_REVISION_UNAPPROVED = cue("time", "task_revision_unapproved")
_CHANGE_FROM_YEAR = cue("time", "change_from_year")
_CHANGE_TO_YEAR = cue("time", "change_to_year")
_CHANGE_OWN_TIME = cue("time", "change_own_time")
_CHANGE_FROM_LIST = cue("time", "change_from_list")
_CHANGE_FROM_LIST_REST = cue("time", "change_from_list_rest")
_SUMMED_P = prefixed(_SUMMED)
_CUMULATIVE_P = prefixed(cue("time", "cumulative"))
_PLAN_END_BASE = cue("time", "plan_end_base")
_SPAN_TOLD_P = prefixed(cue("time", "span_told"))  # 四年来, 由2015年的…, 期间: the years of an average
_AVERAGE_FLOOR = cue("time", "average_floor")  # 年均增长9%以上: a floor
#: Indicators whose level is a stock or a rate at the end of a span, never a sum over it (besides STOCK_UNITS).
_STOCK_IDS = {"loan_balance"}
_ANNUAL_FAMILIES = {"economy", "investment", "fiscal", "income"}
_SUMMABLE_IDS = {"key_project_investment", "investment_attracted", "debt_resolved", "new_urban_jobs", "labor_transfer"}


def change_start(sent: str, q: Quantity) -> str | None:
    """The time words between 由/从 and *q* when *q* starts a change (由X增至Y), or is one of a list of
    starts (分别由2015年的X和Y提高到A、B), else None."""
    window = sent[max(0, q.start - 48) : q.start]
    if "由" not in window and "从" not in window:
        return None
    m = _CHANGE_FROM.search(sent, max(0, q.start - 16), q.start)
    if m is None:
        m = _CHANGE_FROM_LIST.search(sent, max(0, q.start - 48), q.start)
    if m is None:
        return None
    rest = _CHANGE_FROM_LIST_REST.match(sent, q.end, q.end + 40)
    end = rest.end() if rest is not None else q.end
    if not _CHANGE_TO_AFTER.match(sent[end : end + 8]):
        return None
    return m.group(2)


def superseded_start(sent: str, q: Quantity) -> bool:
    """由186.2亿元调整为195.4亿元, 由…修订为…: *q* is the figure a revision replaces (time revised_to_after)."""
    return (
        _REVISED_TO_AFTER.match(sent, q.end) is not None
        and _CHANGE_FROM.search(sent, max(0, q.start - 16), q.start) is not None
    )


def superseded_task(sent: str, q: Quantity) -> bool:
    """任务由3万亩调减至2万亩: *q* is the task a revision replaces (time task_revised_from, then
    revised_to_after); no target of the year, the task in force after it is."""
    return (
        _REVISED_TO_AFTER.match(sent, q.end) is not None
        and _TASK_REVISED_FROM.search(sent, max(0, q.start - 16), q.start) is not None
    )


def unapproved_task_revision(sent: str, quantities: Sequence[Quantity], q: Quantity) -> bool:
    """擅自将造林任务由3万亩调减为2万亩, …调减为2万亩,未报省林业局批准 (an audit's finding): *q* is the task a
    revision put in place without approval (time task_revision_unapproved in the sentence): no target either,
    the task in force is not surely the one revised nor the one it replaced (:func:`superseded_task`)."""
    i = bisect_left(quantities, q.start, key=lambda x: x.start)
    if i == 0:
        return False
    old = quantities[i - 1]
    to = _REVISED_TO_AFTER.match(sent, old.end)
    if to is None or sent[to.end() : q.start].strip() or not superseded_task(sent, old):
        return False
    return _TASK_REVISION_UNAPPROVED.search(sent) is not None


def change_start_year(
    words: str, end_year: int | None, frame: Frame, span: tuple[int, int] | None, dates: Dates
) -> int | None:
    """The year of a change's start: a printed year, a plan's end (十二五末 = 2015), 上年 (the
    year before the end), or, in a five-year review without a printed year, the year before the
    span's first year; None when the text does not tell."""
    years = list(_YEAR.finditer(words))
    if years:
        return int(years[-1].group(1))
    plan = span_of_phrase(words, dates) if words.strip() else None
    if plan is not None and cue("time", "span_plan").search(words.replace("“", "").replace("”", "")):
        return plan[1]
    rel = RELATIVE_YEAR.search(words) if words.strip() else None
    if rel is not None:
        if rel.lastgroup == "last_year" and end_year:
            return end_year - 1
        return None
    if words.strip(" 的"):
        return None  # other words (由年初的…): not a year the text tells
    first = frame.period_start or (span[0] if span else None)
    return first - 1 if first else None


def earlier_change_start(sent: str, seg_start: int, end: int, year: int | None) -> int | None:
    """The printed start year of the last change earlier in the ;-segment (由2014年…减少到2018年底的…,
    贫困发生率由35.2%下降至10.1%: the later change, its start without time words, starts there too)."""
    last = None
    for m in _CHANGE_FROM_YEAR.finditer(sent, seg_start, end):
        last = m
    if last is None:
        return None
    printed = [int(y) for y in _YEAR.findall(sent, last.end(), end)]
    to = None
    for t in _CHANGE_TO_YEAR.finditer(sent, last.end(), end):
        to = t
    if to is not None and all(y == int(to.group(1)) for y in printed):
        year = int(to.group(1))  # …减少到2019年底的…: the later change (its end dated below) ends there too
    if year is None or int(last.group(1)) >= year:
        return None
    if any(y != year for y in printed):
        return None  # 由2014年的25%降至2017年的8%,2018年由8%降至3%: a later start, not told
    if _CHANGE_OWN_TIME.search(sent, to.end() if to is not None else last.end(), end):
        return None  # …减少到2019年底的…,去年以来…由0.5%下降到0.2%: the later change's own time
    return int(last.group(1))


def earlier_change_end(sent: str, seg_start: int, q: Quantity) -> int | None:
    """The printed end year of the last change earlier in the ;-segment when figure *q* ends a change
    printed without time words (由2014年的3.2万人减少到2019年底的0.12万人,贫困发生率由18.6%下降到0.7%:
    0.7% is of 2019, not of the year the report describes); None when no other year is printed after it."""
    k = max(sent.rfind("由", seg_start, q.start), sent.rfind("从", seg_start, q.start))
    if k < 0 or _YEAR.search(sent, k, q.start):
        return None
    starts = find_quantities(sent[k : q.start])
    if len(starts) != 1:
        return None
    tail = sent[k + starts[0].end : q.start]
    verb = _CHANGE_TO_AFTER.match(tail)
    if verb is None or tail[verb.end() :].strip():
        return None  # not the end of a change (由35.2%下降至 right before the figure)
    to = None
    for t in _CHANGE_TO_YEAR.finditer(sent, seg_start, k):
        to = t
    if to is None or _YEAR.search(sent, to.end(), k) or _CHANGE_OWN_TIME.search(sent, to.end(), k):
        return None  # (…,去年以来贫困发生率由0.5%下降到0.2%: a time of its own)
    return int(to.group(1))


def span_kept(
    sent: str,
    q: Quantity,
    clause: Clause,
    frame: Frame,
    dates: Dates,
    measure: str,
    ind: Indicator,
    kind: str,
    year: int | None,
    period_start: int | None,
    span: tuple[int, int] | None,
    explicit_year: int | None,
    sc: Scans,
    target_year: int | None = None,
) -> int | None:
    """Multi-year: CAGR keeps its span; a level keeps it only for flows summed over the span.
    *target_year*: the year a target aims at printed before the figure (到2030年), None if none."""
    ctx = sent[clause.start : q.start]
    if measure == "cagr2":
        period_start = (year - 1) if year else None
    elif measure == "cagr_pct":
        if period_start is None and frame.period_start is not None:
            period_start = frame.period_start
        if period_start is None and span is None and frame.plan and dates.plan_year and year and year > dates.plan_year:
            period_start = dates.plan_year
        counted = _COUNTED_AVERAGE.search(ctx) if period_start is None and year and kind == "actual" else None
        if counted is not None and year:
            n = parse_chinese_number(counted.group(1)) if not counted.group(1).isdigit() else float(counted.group(1))
            if n is not None and 2 <= n <= 10:
                period_start = year - int(n) + 1  # 三年平均增长4.8%: the three years up to the year described
    elif measure == "level":
        summed = sc.search(_SUMMED_P, ctx, clause.start, clause.end) is not None
        if period_start is not None and (
            ind.unit in STOCK_UNITS
            or ind.id in _STOCK_IDS
            or (
                kind == "target"
                and not summed
                and not _flow_over_span(ind, span, period_start, year, explicit_year, target_year)
            )
        ):
            # a target level is the end year's, unless summed (五年累计完成2000亿元) or a flow over the span its
            # sentence names (今后五年,全县城镇新增就业2.5万人: the five years' sum, as 五年来… in a review)
            period_start = None
        # An annual aggregate (GDP, revenue, investment) in a five-year review is the end
        # year's level unless the text says it is summed (累计/共计).
        if period_start is not None and not summed and not _summable(ind):
            period_start = None
        if period_start is not None and year is not None and period_start >= year:
            period_start = None
    else:
        period_start = None
    if (
        measure == "level"
        and explicit_year is None
        and sc.search(_CUMULATIVE_P, ctx, clause.start, clause.end) is not None
        and span is None
        and frame.period_start is not None
        and ind.unit not in STOCK_UNITS
    ):
        period_start = frame.period_start
    return period_start


def _summable(ind: Indicator) -> bool:
    """Whether a level of *ind* over several years is their sum without 累计: a flow counted anew each
    year (new jobs, funds secured, farmland built), not an annual aggregate (GDP, revenue, investment:
    the end year's level unless summed) nor a stock or a rate."""
    return (
        ind.unit not in STOCK_UNITS
        and ind.id not in _STOCK_IDS
        and (ind.family not in _ANNUAL_FAMILIES or ind.id in _SUMMABLE_IDS)
    )


def _flow_over_span(
    ind: Indicator,
    span: tuple[int, int] | None,
    period_start: int,
    year: int | None,
    explicit_year: int | None,
    target_year: int | None,
) -> bool:
    """Whether a target level of *ind* is the sum over the span its own sentence names (今后五年,全县城镇新增
    就业2.5万人; “十五五”期间新建高标准农田20万亩; 力争五年新增…): a flow (:func:`_summable`) over as many
    years as the span (*period_start* to *year*: 力争五年… is the plan's five years ahead, timeframe.plan_ahead),
    no year printed for it (到2030年,城镇新增就业5000人: that
    year's; *explicit_year*, *target_year*). A span only in the paragraph's heading leaves the end year's."""
    return (
        span is not None
        and span[0] < span[1]
        and year is not None
        and year - period_start == span[1] - span[0]
        and explicit_year is None
        and target_year is None
        and _summable(ind)
    )


def multi_year_growth(
    prefix: str,
    measure: str,
    year: int | None,
    before: str = "",
    speaker: int | None = None,
    scans: Scans | None = None,
    subject_before: int | None = None,
) -> bool:
    """比2015年增长48%, 较十三五末增长30%, 与2019年相比,…增长18.6% (in a report on 2023), 从2015年的X增长到
    2020年的Y,增长62.5%: growth over several years, not year-on-year (not a fact). *prefix*: the words from the subject to the
    figure; *before*: the sentence up to the figure (scanned by *scans*, the sentence's scans);
    *speaker*: the year the report is delivered in (比前年增长12.3% in a speech of December 2023:
    over 2021, two years); *subject_before*: where the subject starts when the figure's clause inherits it
    from an earlier clause (None when the clause names its own)."""
    if measure not in ("yoy_pct", "pp_change") or not year:
        return False
    if speaker and _BEFORE_LAST_BASE.search(prefix):
        return speaker - 2 != year - 1
    base = _BASE_YEAR.search(prefix) if "年" in prefix else None
    if base is None and "年" in before and _PREV_YEAR.search(prefix) is None:
        # (与2019年相比,…恢复至九成,同比增长32.5%: the figure's own base is the year before)
        openers = (scans if scans is not None else Scans(before)).finditer(_BASE_YEAR_OPENING_P, before)
        if openers and segment_start(before) < openers[-1].end() and not _YEAR.search(before, openers[-1].end()):
            base = openers[-1]  # its ;-segment, no other year printed after it
    if base is None and subject_before is not None and segment_start(before) <= subject_before:
        # 从2015年的7620元增长到2020年的12380元,增长62.5%: the growth over the change of the subject the
        # figure's clause inherits, its start's year the base (not after a base of its own: …,同比增长8%); so
        # is 由2014年的18.6%降至0.58%,下降18.02个百分点
        starts = list(_CHANGE_FROM_YEAR.finditer(before, subject_before))
        own = max(before.rfind(c) for c in ",，;；") + 1  # the figure's own clause
        own_year = own > (starts[-1].start() if starts else 0) and (
            _YEAR.search(before, own) is not None or RELATIVE_YEAR.search(before, own) is not None
        )
        if starts and _PREV_YEAR.search(before, starts[-1].end()) is None and not own_year:
            # not when the figure's own clause names its year (…增加到2015年的43.8亿元,2015年增长11.2%;
            # …,今年同比增长5.6%: that year's growth; review r20h)
            base = starts[-1]
    if base is not None:
        return int(base.group(1)) != year - 1
    plan = _PLAN_END_BASE.search(prefix) if "五" in prefix else None
    return plan is not None and PLAN_PERIODS.get(plan.group(1), (0, 0))[1] != year - 1  # 较十三五末增长30%


def unsaid_span(sent: str, end: int, before: str, sc: Scans, frame: Frame) -> bool:
    """Whether a yearly average ending at *end* of *sent* (its 以上 in it or after it) is a floor (以上) over
    years told nowhere: no time in the words *before* it (cues.tsv time span_told; *sc*: their scans) and a frame
    of one year (no span, no plan)."""
    return (
        frame.period_start is None
        and not frame.plan
        and _AVERAGE_FLOOR.search(sent, max(0, end - 2), end + 3) is not None
        and sc.search(_SPAN_TOLD_P, before) is None
    )
