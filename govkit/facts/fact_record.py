"""One figure's :class:`~govkit.core.fact.Fact`: its value in the catalog unit (or none, flagged, when
masked, ambiguous or in a unit that does not convert), its year, span, sub-period and kind
(:mod:`govkit.facts.timing`), and the evidence clause and offsets that name its indicator
(step 6 of :mod:`govkit.facts.figures`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from govkit.core.catalog import Indicator
from govkit.core.fact import AMBIGUOUS_FLAG, STAND_IN_GROWTH_FLAG, UNCONVERTED_FLAG, Fact
from govkit.facts.attribution import words_before
from govkit.facts.blocking import CROSSING_GATE, crossed
from govkit.facts.campaigns import running_total
from govkit.facts.clauses import Clause, Sentence, clause_index
from govkit.facts.cues import cue
from govkit.facts.measures import unit_label, value_range
from govkit.facts.mentions import Mention
from govkit.facts.numbers import Quantity, find_quantities, load_units, stands_in
from govkit.facts.prefixes import Scans
from govkit.facts.sentence_words import may_hold, pattern_gate
from govkit.facts.spans import multi_year_growth, superseded_start, superseded_task, unapproved_task_revision
from govkit.facts.timeframe import Dates, Frame
from govkit.facts.timing import TimingCues, figure_time
from govkit.facts.totals import summed_later

_MASK_FLAG = "masked"
_GROWTH = ("yoy_pct", "cagr_pct")
_CREDIT = cue("evidence", "credit")


#: A list member whose list ends on an approximate word (分别增长6%和8%左右, 分别控制在5.5%、4.5%以内):
#: the word qualifies every member.
_LIST_APPROX_AFTER = re.compile(
    rf"{cue('number', 'list_members_after').pattern}(?:{cue('number', 'approx_after_unit').pattern})"
)
#: The words of those two patterns, as gates of a sentence's words (tested once per sentence).
_CREDIT_G, _LIST_APPROX_AFTER_G = pattern_gate(_CREDIT), pattern_gate(_LIST_APPROX_AFTER)


def _support_mention(s: Sentence, subject: Mention, indicator: str, q: Quantity) -> Mention:
    """The mention that names *indicator* for figure *q*: the subject if it does, else the nearest
    mention of the indicator before the figure (after it if none stands before), else the subject."""
    if indicator in subject.indicators:
        return subject
    named = [m for m in s.mentions if indicator in m.indicators]
    before = [m for m in named if m.end <= q.start]
    if before:
        return before[-1]
    return named[0] if named else subject


def _growth_of_stand_in(s: Sentence, subject: Mention, q: Quantity, ind: Indicator) -> bool:
    """Whether growth figure *q* follows its subject's amount printed in a unit that stands in for the
    catalog's (外贸出口总额完成12.3亿元,增长15% where exports count 万美元; 接待游客85.6万人,增长12%):
    the rate is of the stand-in amount (yuan, persons), not of the catalog's (dollars, visits)."""
    if subject.end > q.start or not _may_stand_in(ind.unit, q):
        return False
    words = s.text[subject.end : q.start]
    amounts = [a for a in find_quantities(words) if a.dimension and a.dimension != "percent"]
    if not amounts:
        return False
    last = amounts[-1]
    if any(subject.end + last.end <= m.start < q.start for m in s.mentions):
        return False  # another subject between the amount and the growth
    return stands_in(last, ind.unit)


#: Whether an amount of some dimension may stand in for a catalog unit, by unit (read once per unit).
_STAND_IN_UNITS: dict[str, bool] = {}


def _may_stand_in(unit: str, q: Quantity) -> bool:
    """Whether a figure of any dimension may stand in for *unit* (:func:`stands_in`): if none, a growth
    is never of a stand-in amount and the words before it are not read."""
    may = _STAND_IN_UNITS.get(unit)
    if may is None:
        dims = {u.dimension for u in load_units().values()}
        may = _STAND_IN_UNITS[unit] = any(stands_in(replace(q, dimension=d), unit) for d in dims)
    return may


def make_fact(
    s: Sentence,
    doc_id: str,
    q: Quantity,
    subject: Mention,
    clause: Clause,
    measure: str,
    sign: int,
    ind: Indicator,
    frame: Frame,
    sub_state: str,
    dates: Dates,
    in_parens: bool,
    timing_cues: TimingCues,
    seen_at: int | None,
    scans: Scans | None = None,
    group: tuple[int, int] = (0, 1),
) -> tuple[Fact, str] | None:
    """One fact: value in the catalog unit, year/span/sub-period/kind, evidence and offsets.

    *group*: the figure's place in a list of figures and the list's length (分别增长5.3%、7.8%).

    *seen_at*: where in the sentence the first fact of this indicator already made stands, if any (a
    later one after a 其中 that follows it is a part of it). Returns the fact and the paragraph's sub-period after it, or None.
    """
    sent, clauses, offset = s.text, s.clauses, s.offset
    prefix = words_before(sent, subject, q, clause)
    if measure == "share":
        measure = "level"
    value, value_high = value_range(q, ind, measure, sign)
    unconverted = value is None and measure == "level" and stands_in(q, ind.unit)
    if value is None and not q.masked and not q.ambiguous and not unconverted:
        return None
    when = figure_time(
        sent, q, clause, frame, sub_state, dates, measure, ind, subject, in_parens, timing_cues, scans, group
    )
    if when.drop:
        return None  # 由X增至Y with no year for X; a figure of a list of years that cannot be dated
    if when.kind != "target" and superseded_start(sent, q):
        return None  # 由186.2亿元调整为195.4亿元: the printing a revision replaces (a target adjusted stays: 由增长10%调整为…)
    if when.kind == "target" and (superseded_task(sent, q) or unapproved_task_revision(sent, s.quantities, q)):
        return (
            None  # 下达…任务由3万亩调减至2万亩: the task replaced (a goal the region adjusted stays); 擅自调减: neither
        )
    if (
        measure == "level"
        and when.period_start is None
        and not when.subperiod
        and when.kind != "target"
        and running_total(sent, q.start, clause, subject, s.mentions, ind)
    ):
        return None  # 全年新增城镇就业5200人,累计新增城镇就业3.1万人: a running total, not the year's
    inherited = subject.start if subject.start < clause.start else None
    if multi_year_growth(
        prefix, measure, when.year, sent[: q.start], dates.report_year or dates.this_year, scans, inherited
    ):
        return None  # 比2015年增长48%: growth over several years, not year-on-year
    # The evidence holds the words that name the indicator: the subject's clause, or, for a list
    # distributed over subjects named earlier (生产总值91.1亿元,…收入7.15亿元,分别比增1.7%、…),
    # the clause of the mention of this indicator.
    support = _support_mention(s, subject, ind.id, q)
    ev_start = (
        min(clauses[clause_index(clauses, support.start)].start, clause.start)
        if support.start < q.start
        else clause.start
    )
    ev_end = max(clause.end, q.end, support.end)
    found = timing_cues.found if timing_cues.found is not None and timing_cues.found.text is sent else None
    credit = _CREDIT.match(sent, ev_start) if may_hold(found, _CREDIT_G) else None
    if credit is not None and credit.end() <= min(support.start, q.start):
        ev_start = credit.end()  # a photo credit (丘佳纳 摄) glued to the sentence does not lead it
    evidence = sent[ev_start:ev_end].strip(" ,;:，；：")
    lead = len(sent[ev_start:ev_end]) - len(sent[ev_start:ev_end].lstrip(" ,;:，；："))
    ev_s = offset + ev_start + lead
    fact = Fact(
        doc_id=doc_id,
        indicator=ind.id,
        measure=measure,
        value=value,
        value_high=value_high,
        unit=unit_label(ind, measure),
        year=when.year,
        period_start=when.period_start,
        subperiod=when.subperiod,
        kind=when.kind,
        evidence=evidence,
        family=ind.family,
        region="",
        adcode="",
        value_text=q.text,
        evidence_start=ev_s,
        evidence_end=ev_s + len(evidence),
        value_start=offset + q.start,
        value_end=offset + q.end,
        masked=q.masked,
        flags=[_MASK_FLAG] if q.masked else [],
    )
    if (
        seen_at is not None
        # (其中,第一产业增加值35.21亿元,增长3.8%: the growth of the part's own level, printed after the 其中)
        and sent.rfind("其中", 0, q.start) > seen_at
        and (
            "其中" in sent[clause.start : q.start]
            # (财政收入218.6亿元,其中一般公共预算收入132.4亿元,分别增长6.1%和8.3%: the list's first growth is
            # the whole's, distributed past the part's subject, not the part's)
            or ("其中" in sent[max(0, subject.start - 6) : subject.start] and ind.id in subject.indicators)
        )
    ):
        fact.flags.append("subtotal")  # 到位资金75.7亿元,其中省际到位资金53.8亿元: a part of the total
    elif measure == "level" and summed_later(s, q, subject):
        fact.flags.append("subtotal")  # …补助资金4.82亿元,县级配套0.65亿元,共计5.47亿元: the first part
    if unconverted:
        fact.flags.append(UNCONVERTED_FLAG)  # 出口总额12.5亿元 (catalog: 万美元): printed in value_text, no value
    elif measure in _GROWTH and _growth_of_stand_in(s, subject, q, ind):
        fact.flags.append(STAND_IN_GROWTH_FLAG)  # …12.5亿元,增长15%: a rate of the yuan amount, value kept
    if q.ambiguous:
        fact.flags.append(AMBIGUOUS_FLAG)  # 92 450万元, 123,45: kept as printed in value_text, no value
    if (
        q.approx
        or crossed(prefix, q, may_hold(found, CROSSING_GATE))
        or (may_hold(found, _LIST_APPROX_AFTER_G) and _LIST_APPROX_AFTER.match(sent, q.end))
    ):
        fact.flags.append("approximate")  # 约/左右/以上, and 突破1900亿元: a lower bound, not the figure
    fact.flags.extend(when.flags)
    return fact, when.sub_state
