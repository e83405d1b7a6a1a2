"""What a figure measures, and its value in the catalog unit.

The words just before a percentage decide its measure (``measure`` cues of
``govkit/data/extract/cues.tsv``): 同比增长 → yoy_pct, 年均增长 → cagr_pct, 两年平均增长 →
cagr2 (reported as cagr_pct over two years), 占年任务的 → completion_pct, 降至 → level; 占…的 makes
a share. A percentage-point figure is a pp_change whose sign the falling words decide. Any other
figure is a level, converted to the indicator's catalog unit (:func:`govkit.facts.numbers.convert`).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from govkit.core.catalog import Indicator
from govkit.core.regex_gates import first_class
from govkit.core.resources import data_path, read_table
from govkit.facts.cues import any_of, cue
from govkit.facts.numbers import Quantity, convert
from govkit.facts.sentence_words import SentenceWords, may_hold, pattern_gate

_MEASURE = any_of("measure")
#: The same alternation behind one test of the characters any of its cues starts with: any_of tests each
#: cue apart, some twenty tests at each position of the words scanned (the same matches and groups).
_MEASURE_FIRST = first_class(_MEASURE)
_MEASURE_SCAN = re.compile(f"(?={_MEASURE_FIRST})(?:{_MEASURE.pattern})") if _MEASURE_FIRST else _MEASURE
_SHARE = re.compile(r"占")
_NOTE = re.compile(r"[(（][^()（）]*[)）]")  # a bracketed note
_MONTH_ON_MONTH = cue("sign", "month_on_month")
_MONTH_ON_MONTH_G = pattern_gate(_MONTH_ON_MONTH)  # (its words, tested once per sentence)
_ABSOLUTE_CHANGE = cue("sign", "absolute_change")
#: Dimensions whose figure after a change word is the change, not the level (优良天数增加5天).
_CHANGE_DIMENSIONS = ("days", "concentration")
_CAGR_LEAD = cue("measure_after", "cagr_lead")
_CAGR_LEAD_G = pattern_gate(_CAGR_LEAD)
_CAGR_TAIL = cue("measure_after", "cagr_tail")
_RATE_CHANGE_END = cue("measure_after", "rate_change_end")
_RATE_CHANGED_BY = cue("measure_after", "rate_changed_by")
_FALL_NAMED = cue("measure_after", "fall_named")
_RATE_NAMED = cue("measure_after", "rate_named")
_RATE_VALUE = cue("measure_after", "rate_value")
_GROWTH_LABEL = cue("measure_after", "growth_label")
_FLAT_NOT_GROWTH = cue("measure_after", "flat_not_growth")
_COMPLETION_OF_PRINTED = cue("completion", "printed_base")
#: The fields a share of a task or plan names (``data/extract/completion_fields.csv``): the pattern of
#: each field before its task or plan, and the indicators whose plan it is.
_COMPLETION_FIELDS = tuple(
    (
        re.compile(rf"(?:{row['field']})(?:{cue('completion', 'field_task').pattern})"),
        frozenset(row["indicators"].split("|")),
    )
    for row in read_table(data_path("extract", "completion_fields.csv"))
)
_PART_DONE = cue("measure_after", "part_done")
_PLAN_RATE_BEFORE = cue("measure_after", "plan_rate_before")
#: A figure done after a plan rate is a share of the plan done, not a growth, when it is at least this and more
#: than this many times the plan (增长:计划6%,完成92%; not 计划8%,1-11月完成7.5%); after a part of the year named
#: (上半年完成52% after 计划12%), more than the second many times it: a part's growth far above the year's plan is
#: rarer than the half of a plan done by mid-year. Named constants, not rows of data/extract/plausibility.csv: those
#: bound one fact's value per indicator and flag it; these compare two figures of one plan item to choose what the
#: second measures (progress_not_growth), for every indicator.
_PROGRESS_FLOOR, _PROGRESS_TIMES, _PART_PROGRESS_TIMES = 50.0, 5.0, 2.0
_FIELD_NAMED = cue("completion", "field_named")
_GENERIC_FIELD_WORDS = cue("completion", "generic_words")
_DOWN_TAIL = re.compile(rf"(?:{cue('sign', 'pp_down').pattern})[^,;]*$")
#: Measures whose value is a rate as printed (a percentage or percentage points).
RATE_MEASURES = ("yoy_pct", "cagr_pct", "cagr2", "completion_pct", "pp_change")


def measure_of(prefix: str, q: Quantity, after: str = "", found: SentenceWords | None = None) -> tuple[str | None, int]:
    """The measure of *q* from the words just before it (*prefix*), and its sign; *after*, the
    words right after it, decide only 年均X%的增长 (a measure word printed after the figure).
    *found*: the gate words of the sentence *prefix* is part of (its cues' words tested once per sentence).

    None when the figure has no catalog measure: a month-on-month change (环比, 与上月相比), an
    absolute change of days or of a concentration (增加5天), a change of a growth rate printed in
    percent (增速回落2.1%)."""
    # (no cheap test restating the cue's words: 14 characters)
    if may_hold(found, _MONTH_ON_MONTH_G) and _MONTH_ON_MONTH.search(prefix[-14:]):
        return None, 0
    if q.flat:
        # 与上年持平: a growth of zero; 增速与上年持平, 占比与上年持平: the rate, share or rank unchanged
        return (None, 0) if _FLAT_NOT_GROWTH.search(prefix) else ("yoy_pct", 1)
    if q.dimension in _CHANGE_DIMENSIONS and _ABSOLUTE_CHANGE.search(prefix):
        return None, 0
    if q.dimension == "pp":
        return "pp_change", pp_sign(prefix)
    if q.dimension == "percent":
        if ("由" in prefix or "从" in prefix) and _RATE_CHANGE_END.search(prefix):
            return "yoy_pct", 1  # 增速由上年的5.2%提高到6.1%: the growth rate the change ended at
        if _RATE_CHANGED_BY.search(prefix):
            return None, 0  # 增速回落2.1%: the growth rate changed by it, not the growth
        if _COMPLETION_OF_PRINTED.search(prefix, max(0, len(prefix) - 28)):
            return "completion_pct", 1  # 完成调整预算123.05亿元的96.5%
        tail = prefix[-14:]
        last = None
        for m in _MEASURE_SCAN.finditer(tail):
            last = m
        if last is not None:
            name = last.lastgroup
            if name in ("cagr_up", "cagr_down", "cagr2_up", "cagr2_down"):
                return ("cagr2" if name.startswith("cagr2") else "cagr_pct"), (-1 if name.endswith("down") else 1)
            if name == "completion":
                return "completion_pct", 1
            if name == "rate_to":
                return "yoy_pct", 1  # 增速回落至3.1%: the growth rate itself
            if name in ("yoy_down", "yoy_down_rate"):
                return "yoy_pct", -1
            if name == "yoy_up":
                return "yoy_pct", 1
            if name == "level_to":
                # 占一般公共预算支出比重达到81.2%: the share the clause names reached (as 占…的81.2%); not
                # a note defining a rate (森林覆盖率(森林面积占国土面积比例)达到65.2%: the rate's level)
                brk = max(prefix.rfind(","), prefix.rfind(";"))
                words = _NOTE.sub("", prefix[brk + 1 : len(prefix) - len(tail) + last.start()])
                return ("share" if _SHARE.search(words) else "level"), 1
            if name == "base_year":
                return "base_year", 1
        if may_hold(found, _CAGR_LEAD_G) and _CAGR_LEAD.search(prefix):
            tail_m = _CAGR_TAIL.match(after)
            if tail_m is not None:
                return "cagr_pct", (-1 if tail_m.group("down") else 1)  # 保持年均15.7%的高速增长
        # 占…的X% is a share; shares of catalog subjects are their own indicators.
        if _SHARE.search(prefix):
            return "share", 1
        return "level", 1
    return "level", 1


def pp_sign(prefix: str) -> int:
    """The sign of a change in percentage points from the words before it: negative after a falling
    word (下降0.3个百分点, 增速回落2个百分点); after the size of a fall (降幅收窄2.4个百分点, 下降幅度扩大1.2个
    百分点) the words after that name decide, reversed: a fall narrowed is a growth rate that rose."""
    fall = max(_FALL_NAMED.finditer(prefix), key=lambda m: m.start(), default=None)
    if fall is None:
        return -1 if _DOWN_TAIL.search(prefix) else 1
    return 1 if _DOWN_TAIL.search(prefix, fall.end()) else -1


def rate_named_before(sent: str, subject_end: int, prefix: str, rate_subject: bool = False) -> int:
    """地区生产总值增速高于全省平均水平,达到6.8%: the subject's growth rate, named right after it in an
    earlier clause, is the percentage that only 达到/为 introduces in its own clause (*prefix*); a plan
    list's label 一般公共预算收入增长:计划4%,完成4.6% names it too, unless the subject is a rate
    (*rate_subject*: 森林覆盖率增长:计划68.2% is the rate's level).

    The sign of that growth rate (-1 when a fall is named: 降幅收窄2.4个百分点,为3.1%), 0 when none is named."""
    if _RATE_VALUE.match(prefix) is None:
        return 0
    named = _RATE_NAMED.match(sent, subject_end)
    if named is None and not rate_subject:
        named = _GROWTH_LABEL.match(sent, subject_end)
    if named is None:
        return 0
    return -1 if named.group("down") else 1


def value_of(q: Quantity, ind: Indicator, measure: str, sign: int) -> float | None:
    """The figure's value: a rate as printed (signed), a level in the catalog unit; None if masked."""
    if q.masked:
        return None
    if measure in RATE_MEASURES:
        v = q.value
        if v is None:
            return None
        if sign < 0 and v > 0:
            v = -v
        return v
    if q.dimension == "" and q.magnitude == "亿" and ind.unit == "亿元":
        return q.value / 1e8 if q.value is not None else None
    if q.dimension == "" and q.magnitude:
        return q.value
    if q.dimension == "":
        return q.value
    if ind.unit == "个" or ind.unit == "支":
        return q.value * q.factor if q.value is not None else None
    return convert(q, ind.unit)


def value_range(q: Quantity, ind: Indicator, measure: str, sign: int) -> tuple[float | None, float | None]:
    """The figure's value and, for a range (增长5.5-6%), its upper bound (low <= high after the sign)."""
    low = value_of(q, ind, measure, sign)
    if q.high is None or low is None:
        return low, None
    high = value_of(replace(q, value=q.high, high=None), ind, measure, sign)
    if high is None:
        return low, None
    return min(low, high), max(low, high)


def unit_label(ind: Indicator, measure: str) -> str:
    """The unit column of a fact: the catalog unit for a level, pp or % otherwise."""
    if measure == "level":
        return ind.unit
    if measure == "pp_change":
        return "pp"
    return "%"


#: Right before a mention: the base of a share (占GDP的比重, 占全区固定资产投资的比重), not a subject.
_SHARE_BASE = cue("share", "base_before")


def share_base(sent: str, start: int, own: Collection[str]) -> bool:
    """Whether the mention at *start* of *sent* is the base of a share (占GDP的比重; 占全区固定资产投资的比重 with
    the report's own whole word *own*: 占全市固定资产投资的比重 in a county's report is a share of the city's, no
    catalog figure)."""
    b = _SHARE_BASE.search(sent, max(0, start - 4), start)
    if b is None:
        return False
    word = b.group()[1:].removeprefix("到")
    return not word or word in own


def completion_field_fits(before: str, indicators: Collection[str | None], subject: str = "") -> bool:
    """Whether the share of a task or plan whose words end *before* (the few characters before the figure)
    can be of a subject among *indicators* (named *subject*): the last field named before 任务/计划/指标 must be
    one of theirs (完成年度化债计划的44.4% after 化解隐性债务; not 完成年度投资计划的102% after 造林); a field of
    no catalog list must end on a word of *subject*, its head (not 完成省下达培训任务的120% nor 完成就业培训任务的120%
    after 城镇新增就业); True when no field is named."""
    last: tuple[int, frozenset[str]] | None = None
    for rx, ids in _COMPLETION_FIELDS:
        for m in rx.finditer(before):
            if last is None or m.end() > last[0]:
                last = (m.end(), ids)
    if last is not None:
        return not indicators or any(i in last[1] for i in indicators)
    named = _FIELD_NAMED.search(before)
    if named is None or not subject:
        return True
    rest = _GENERIC_FIELD_WORDS.sub("", named.group("field"))
    # the head of the name, its last word, must be the subject's (就业培训任务 after 城镇新增就业: a training task)
    return len(rest) < 2 or rest[-2:] in subject


def progress_not_growth(sent: str, q: Quantity, plan: Quantity | None) -> bool:
    """增长:计划6%,1-11月完成92%: the figure *q* of *sent* is the share of the year's plan done (in a part of the
    year or the whole), not the growth the plan item names: only the plan's figure *plan* (计划6%), a comma, maybe
    a part of the year and 完成 before it (measure_after part_done), and *q* far above the plan rate; or a plan of
    a sum (增长:计划投资12亿元,上半年完成52%: a percentage of an amount planned, whatever its size)."""
    if plan is None or plan.value is None or q.value is None:
        return False
    done = _PART_DONE.match(sent, plan.end, q.start)
    if done is None:
        return False
    if _PLAN_RATE_BEFORE.search(sent, max(0, plan.start - 8), plan.start) is None:
        return False
    if plan.dimension != "percent":
        return True
    times = _PART_PROGRESS_TIMES if done.group("part") else _PROGRESS_TIMES
    return abs(q.value) >= _PROGRESS_FLOOR and abs(q.value) > times * abs(plan.value)
