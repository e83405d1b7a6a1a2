"""What the words right around a figure say of it, besides its subject and measure.

* A bracket note after a figure (:func:`part_note`, :func:`estimate_note`): 增长8.1%(1-11月) names the part of
  the year of that figure alone; 312.6亿元(预计数) marks it an estimate. :func:`blank_part_notes` hides the notes
  of earlier figures from the words before a later one.
* A target in brackets or restated (:func:`target_in_or_before_parens`, :func:`named_in_parens`,
  :func:`restates_target`): 增长5.9%(预期目标为8.5%以上); 考核目标(PM2.5年均浓度不高于13微克/立方米、…), where
  each bracketed figure has its own subject; …增长5.2%,完成年初确定的5%预期目标; a stretch goal after the goal
  (:func:`stretches_goal`): 增长6%以上,力争7%.

Used by :mod:`govkit.facts.timing` (notes) and :mod:`govkit.facts.figures` (targets); split from them so
that each stays one job.
"""

from __future__ import annotations

import re

from govkit.facts.clauses import Sentence, clause_index, clause_start
from govkit.facts.cues import cue
from govkit.facts.numbers import Quantity, find_quantities
from govkit.facts.subperiods import subperiod_of

_ESTIMATE = cue("kind", "estimate")
_TARGET_WORD = cue("target", "in_parens")
_RESTATED_LEAD = cue("target", "restated_lead")
_RESTATED_TAIL = cue("target", "restated_tail")
_GOAL_MET_CLAUSE = cue("target", "goal_met_clause")
_CLAUSE_END = re.compile(r"[,;:，；：。]")
_RESTATED_GROWTH = cue("target", "restated_growth")  # 增长8%的年度计划: the plan's rate named a growth
_PART_BASE_BEFORE = cue("time", "part_base_before")
_PART_BASE_AFTER = cue("time", "part_base_after")
#: How far before a figure its part's name and the bracket may start (较前三季度( …).
_PART_BASE_REACH = 16
_GOAL_LIST_AFTER = cue("target", "goal_list_after")
_ANNUAL_GOAL_AFTER = cue("target", "annual_goal_after")
_STRETCH_LEAD = cue("target", "stretch_lead")
_STRETCH_TAIL = cue("target", "stretch_tail")
#: The measures of a goal's growth that a stretch target's bare rate takes (a rate's level keeps its own).
_GROWTH_MEASURES = ("yoy_pct", "cagr_pct")

#: A bracket of a few words (增长8.1%(1-11月), 6.9%(1—11月数据)): when it names only a part of the year and
#: follows a figure, a note on that figure alone.
_NOTE = re.compile(r"[(（]([^()（）,，;；。:：]{1,14})[)）]")
_NOTE_AFTER = re.compile(r"\s{0,2}" + _NOTE.pattern)
_FIGURE_END = re.compile(r"\s*$")


def _part_of_note(words: str) -> str | None:
    """The part of the year a note's *words* name, when they name no figure (1-11月, 1—11月数据)."""
    if any(q.dimension for q in find_quantities(words)):
        return None
    return subperiod_of(words)


def part_note(sent: str, end: int) -> str | None:
    """The part of the year a note right after a figure ending at *end* names (增长8.1%(1-11月)), else None."""
    m = _NOTE_AFTER.match(sent, end)
    return _part_of_note(m.group(1)) if m is not None else None


def estimate_note(sent: str, end: int) -> bool:
    """Whether a note right after a figure ending at *end* says it is an estimate (312.6亿元(预计数))."""
    m = _NOTE_AFTER.match(sent, end)
    return m is not None and _ESTIMATE.search(m.group(1)) is not None and not find_quantities(m.group(1))


def blank_part_notes(before: str) -> str:
    """*before* with the notes of a part of the year that follow an earlier figure blanked out: they date
    that figure only. A bracket after a label (主要指标(1-11月):…) or a subject is kept."""
    out = before
    for m in _NOTE.finditer(before):
        lead = before[max(0, m.start() - 12) : m.start()]
        figures = find_quantities(lead)
        if not figures or not figures[-1].dimension or not _FIGURE_END.fullmatch(lead, figures[-1].end):
            continue
        if _part_of_note(m.group(1)) is not None:
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


def named_in_parens(s: Sentence, qi: int) -> bool:
    """Whether a catalog subject stands inside the brackets of figure *qi*, after the figure before it
    there: the bracket lists targets of several subjects (考核目标(PM2.5年均浓度不高于13微克/立方米、
    优良天数比例不低于98.5%)), each figure its own subject's, not the last assigned one's."""
    sent, q = s.text, s.quantities[qi]
    start = sent.rfind("(", 0, q.start)
    prev = s.quantities[qi - 1] if qi else None
    if prev is not None and prev.end > start:
        start = prev.end
    return any(m.type == "subject" and start <= m.start and m.end <= q.start for m in s.mentions)


#: Clauses of one change or comparison that may stand between an outturn and its restated target.
_MAX_CLAUSES_BETWEEN = 3


def restates_target(s: Sentence, qi: int, ci: int, measure_of_figure: dict[int, tuple[str, int]]) -> int | None:
    """…增长5.2%,完成年初确定的5%预期目标; 增长3.1%,低于年初确定的7%预期目标: a clause of only the words
    restating the year's target (target restated_lead) before the figure and the goal's name after it
    (target restated_tail), right after a clause whose last figure, of the same dimension, was read: the
    figure is that subject's target for the same measure. The figure of the same dimension may stand one
    clause further back when the clause between holds only the same subject's rate (PM2.5年均浓度为19微克/立方米,
    同比下降5.0%,优于市下达的24微克/立方米的考核目标). The index of the outturn's figure, or None."""
    if qi == 0:
        return None
    sent, q, clause = s.text, s.quantities[qi], s.clauses[ci]
    pj = qi - 1
    skipped = 0
    while pj > 0 and skipped < _MAX_CLAUSES_BETWEEN and s.quantities[pj].dimension != q.dimension:
        # a clause between of one figure: the outturn's own change (read, of the same subject: 同比下降5.0%,
        # 比上年提高0.4个百分点) or, before a rate's target, a comparison in points (比上半年回落4.5个百分点,
        # 低于全市平均水平2.1个百分点: read or not)
        p = s.quantities[pj]
        between = s.clauses[ci - 1] if ci else None
        if (
            between is None
            or clause_index(s.clauses, p.start) != ci - 1
            or clause_index(s.clauses, s.quantities[pj - 1].start) == ci - 1
            or not (
                (p.dimension in ("percent", "pp") and pj in measure_of_figure)
                or (p.dimension == "pp" and q.dimension == "percent")
            )
            or any(m.type == "subject" and between.start <= m.start < between.end for m in s.mentions)
        ):
            break
        pj -= 1
        ci -= 1
        skipped += 1
    if skipped and clause_index(s.clauses, s.quantities[pj].start) != ci - 1:
        return None
    prev = s.quantities[pj]
    if pj not in measure_of_figure:
        return None
    if prev.dimension != q.dimension or q.dimension == "" or clause_index(s.clauses, prev.start) != ci - 1:
        return None
    if s.groups.get(pj, (0, 1))[1] > 1 or s.groups.get(qi, (0, 1))[1] > 1:
        return None  # 分别增长5.6%和7.9%,完成年初确定的6%和8%预期目标: which target is whose the list does not say
    lead = _RESTATED_LEAD.fullmatch(sent, clause.start, q.start)
    if lead is None:
        return None
    tail = _RESTATED_TAIL.match(sent, q.end)
    if tail is None or (q.dimension == "percent" and tail.group("goal") is None and not _growth_planned(s, q, tail)):
        return None
    if lead.group("gap") and not (lead.group("dated") or lead.group("issued") or tail.group("annual")):
        return None  # 距50%的目标还有差距: a distance to a goal not named the year's is mostly a plan's, later
    return pj


def _growth_planned(s: Sentence, q: Quantity, tail: re.Match[str]) -> bool:
    """未完成增长8%的年度计划: a rate named a growth right before it and a plan right after it (target
    restated_tail's plan), the plan's growth rate; not 完成95%的年度计划 (the share of the plan done)."""
    return tail.group("plan") is not None and _RESTATED_GROWTH.search(s.text, 0, q.start) is not None


def restated_goal_clause(s: Sentence, clause_at: int) -> bool:
    """Whether clause *clause_at* of *s* only restates the year's target beside the outturn before it (高于年初确定的
    9%的目标0.8个百分点, 完成6%的预期目标): an aside on the same subject, which a clause after it (其中,9月当月增长
    14.3%) may continue past."""
    clause = s.clauses[clause_at]
    first = next((q for q in s.quantities if clause.start <= q.start < clause.end), None)
    if first is None:
        return False
    tail = _RESTATED_TAIL.match(s.text, first.end)
    return tail is not None and _RESTATED_LEAD.fullmatch(s.text, clause.start, first.start) is not None


def part_base(sent: str, q: Quantity) -> str | None:
    """The earlier part of the year whose growth rate *q* is, in brackets after its name as the base of the
    outturn's change (较上半年(5.9%)回落0.3个百分点: H1), else None (time part_base_before, part_base_after)."""
    if q.dimension != "percent" or _PART_BASE_AFTER.match(sent, q.end) is None:
        return None
    m = _PART_BASE_BEFORE.search(sent, max(0, q.start - _PART_BASE_REACH), q.start)
    return subperiod_of(m.group("part")) if m is not None else None


def part_base_of(s: Sentence, qi: int, ci: int, measure_of_figure: dict[int, tuple[str, int]]) -> int | None:
    """前三季度…同比增长5.6%,较上半年(5.9%)回落0.3个百分点: *qi* is the growth of an earlier part of the year
    (:func:`part_base`) right after the outturn's growth (read, in its clause or the one before): the index of
    that outturn, whose subject and measure the figure takes, or None."""
    if qi == 0 or part_base(s.text, s.quantities[qi]) is None:
        return None
    pj = qi - 1
    while pj > 0 and not s.quantities[pj].dimension:
        pj -= 1  # (比1—5月(8.2%)加快: the months are the part's name, no figure)
    prev = s.quantities[pj]
    if prev.dimension != "percent" or measure_of_figure.get(pj, ("", 0))[0] != "yoy_pct":
        return None
    return pj if clause_index(s.clauses, prev.start) in (ci, ci - 1) else None


def stretches_goal(s: Sentence, qi: int, ci: int, measure_of_figure: dict[int, tuple[str, int]]) -> bool:
    """地区生产总值增长6%以上,力争7%; 增长6.5%左右,力争达到7%: a clause of only a striving word (target
    stretch_lead) before a rate and nothing after it (target stretch_tail), right after a clause whose last
    figure, a growth rate, was read: the rate is that subject's stretch target of the same growth measure
    (EXTRACTION.md: 力争 marks a target), not a level of a rate."""
    if qi == 0 or (qi - 1) not in measure_of_figure or measure_of_figure[qi - 1][0] not in _GROWTH_MEASURES:
        return False
    sent, q, prev, clause = s.text, s.quantities[qi], s.quantities[qi - 1], s.clauses[ci]
    if q.dimension != "percent" or prev.dimension != "percent" or clause_index(s.clauses, prev.start) != ci - 1:
        return False
    if s.groups.get(qi - 1, (0, 1))[1] > 1 or s.groups.get(qi, (0, 1))[1] > 1:
        return False  # 分别增长5%、6%,力争6%: whose stretch the list does not say
    return (
        _STRETCH_LEAD.fullmatch(sent, clause.start, q.start) is not None
        and _STRETCH_TAIL.match(sent, q.end) is not None
    )


def target_in_or_before_parens(sent: str, q: Quantity) -> bool:
    """(目标8%), or 达到全年目标任务(88.5%): the figure in brackets is the target's value (not a
    completion share: 完成年计划(60亿元)的86.7% keeps its 的 after the brackets)."""
    paren = sent.rfind("(", 0, q.start)
    if _TARGET_WORD.search(sent, paren, q.start):
        return True
    if paren <= 0 or _TARGET_WORD.search(sent, max(0, paren - 4), paren) is None:
        return False
    return not sent.startswith("的", sent.find(")", q.end) + 1)


def annual_goal_after(sent: str, q: Quantity) -> bool:
    """The goal after a target's figure, or after the list of goals it opens, named the year's (…增长7%、
    固定资产投资增长10%等年度目标; 8%的全年目标): the whole year's target (in a part-year report too)."""
    listed = _GOAL_LIST_AFTER.match(sent, q.end)
    return _ANNUAL_GOAL_AFTER.match(sent, listed.end() if listed is not None else q.end) is not None


def goal_met_before(sent: str, cue_at: int, q: Quantity) -> bool:
    """Whether the target word at *cue_at* stands in a clause before *q*'s that only says the year's goal was
    met or missed (…完成11.2亿元,超额完成年度目标,同比增长3.1%): the later figure is no target."""
    start = clause_start(sent, cue_at)
    if start >= clause_start(sent, q.start):
        return False
    end = _CLAUSE_END.search(sent, cue_at)
    return _GOAL_MET_CLAUSE.fullmatch(sent, start, end.start() if end is not None else len(sent)) is not None
