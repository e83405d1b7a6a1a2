"""The kind of one figure (actual, estimate, target; steps of :func:`govkit.facts.timing.figure_time`).

Before the figure: kind words (预计 → estimate, 力争 → target, :mod:`govkit.facts.kinds`), its own note
(预计数), a plan's section or a span ahead (target), an outturn printed after a plan of a year that has
ended (actual). After it: a target joined to it (、力争完成…), a goal (的目标以内), its outturn after it
(实际为2.9%), a share of a plan (完成年计划的105%: achieved), a year not over yet (target); a target of the
whole year keeps no part of the year. The words are the ``kind`` and ``target`` cues of
``govkit/data/extract/cues.tsv``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from govkit.facts.asides import annual_goal_after, estimate_note
from govkit.facts.cues import cue
from govkit.facts.figure_at import FigureAt
from govkit.facts.kinds import annual_target_before, issued_task_size, kind_in, outturn_cue_last, target_paren
from govkit.facts.mentions import Mention
from govkit.facts.numbers import Quantity, find_quantities
from govkit.facts.prefixes import Scans
from govkit.facts.report_date import not_yet
from govkit.facts.sentence_words import SentenceWords, may_hold, pattern_gate
from govkit.facts.timeframe import Dates, Frame, plan_ahead, span_ahead

_ESTIMATE = cue("kind", "estimate")
_TARGET_NEXT = cue("target", "joined_after")
_GOAL_LIST_AFTER = cue("target", "goal_list_after")
_OUTTURN_NEXT = cue("target", "bound_then_outturn")
# Cues read right after each figure: their words, as gates of the sentence's words.
_TARGET_NEXT_G, _OUTTURN_NEXT_G = (pattern_gate(rx) for rx in (_TARGET_NEXT, _OUTTURN_NEXT))


class KindCues(NamedTuple):
    """The sentence's kind cues (from :class:`govkit.facts.timing.TimingCues`): whether a kind cue may occur
    (*may_kind*), whether one of kinds.KIND_WORDS does (*kind_cue*), the kind cues found (*kinds*) and the
    sentence's gate words (*found*)."""

    may_kind: bool
    kind_cue: bool
    kinds: list[re.Match[str]] | None
    found: SentenceWords | None


def kind_before(
    sent: str,
    q: Quantity,
    seg_start: int,
    subject: Mention,
    frame: Frame,
    dates: Dates,
    cues: KindCues,
    before: str,
    sc: Scans,
    sc_sent: Scans,
    rel: re.Match[str] | None,
    span: tuple[int, int] | None,
    target_year: int | None,
    kind: str,
    period_start: int | None,
    year: int | None,
) -> tuple[str, int | None, int | None]:
    """The kind of figure *q* by the words before it (*before*, some perhaps blanked out; *sc* their scans,
    *sc_sent* the sentence's) and its frame (*kind* so far), and for a target the plan's years ahead of a
    span: kind, period start and year. *rel*, *span*, *target_year*: the year words read before it."""
    # Kind from words in this sentence.
    k = kind_in(sent, q, seg_start, subject, cues.may_kind, dates.doc_year, cues.kind_cue, cues.kinds, cues.found)
    if k == "estimate" and rel is not None and rel.lastgroup in ("last_year", "before_last_year"):
        if _ESTIMATE.search(before, 0, rel.start()) and not _ESTIMATE.search(before, rel.end()):
            k = None  # 今年预计完成16亿元,去年为15.2亿元: the year before's figure is no expectation
    if k:
        kind = k
    if k is None and kind == "actual" and estimate_note(sent, q.end):
        kind = "estimate"  # 地区生产总值312.6亿元(预计数): the figure's own note
    # 城镇新增就业5000人,实际完成5620人 under 2023年计划安排: in a report on 2023: the plan of a year that
    # has ended, its outturn printed after it
    outturn = (
        frame.plan
        and k is None
        and year is not None
        and year <= (dates.last_full_year or 0)
        and outturn_cue_last(sent, q, seg_start, sc_sent)
    )
    if outturn:
        kind = "actual"
    if (
        kind == "actual"
        and not outturn
        and (
            (frame.plan and not span_ahead(span, period_start, dates, past=True))
            or span_ahead(span, period_start, dates)
        )
    ):
        # a plan's section (not a span of its sentence that has ended: “十三五”期间年均增长7.2% there), or
        # a span wholly after the last full year (今后五年, 十四五 in a report of 2021)
        kind = "target"
    if kind == "estimate" and frame.plan and year is not None and dates.doc_year and year > dates.doc_year:
        kind = "target"  # 2024年…收入预计19.8亿元 under 二、2024年预算草案: the draft's figure, not an outturn
    if kind == "target" and span is not None and (period_start, year) == span and target_year is None:
        ahead = plan_ahead(span, dates, before, sc)
        period_start, year = ahead if ahead is not None else (period_start, year)
    return kind, period_start, year


def kind_after(
    f: FigureAt,
    before: str,
    rel: re.Match[str] | None,
    found: SentenceWords | None,
    goal_after: bool,
    kind: str,
    year: int | None,
    subperiod: str,
    sp: str | None,
) -> tuple[str, str]:
    """The kind of figure *q* by the words after it (a goal, a target joined to it, its outturn after
    it) and by its year not over yet; a target of the whole year: kind and part of the year."""
    sent, q, clause, frame, dates, measure, in_parens = f.sent, f.q, f.clause, f.frame, f.dates, f.measure, f.in_parens
    if kind == "estimate" and goal_after:
        kind = (
            "target"  # 预计全年增长7.8%左右,与年初确定的8%左右的目标仍有差距: the figure names the goal, not a forecast
        )
    if kind == "actual" and (
        (may_hold(found, _TARGET_NEXT_G) and _TARGET_NEXT.match(sent, q.end))
        or goal_after
        or _GOAL_LIST_AFTER.match(sent, q.end)
        or issued_task_size(sent, q)
        or (may_hold(found, _OUTTURN_NEXT_G) and _outturn_next(sent, q))
    ):
        kind = "target"  # 增长10%、力争完成65亿元: both figures are the target; 控制在4%的目标以内: the goal; 控制在4.5%以内,实际为2.9%: the goal before the outturn
    if in_parens and target_paren(sent, q):
        kind = "target"
    if (
        kind == "target"
        and subperiod
        and measure != "completion_pct"
        and (annual_target_before(sent, q, clause, in_parens, subperiod) or annual_goal_after(sent, q))
    ):
        subperiod = ""  # (年度目标88%) beside a figure of 1-10月: the year's target
    if kind == "target" and subperiod and sp is None and rel is not None and rel.lastgroup == "this_year":
        subperiod = ""  # 今年…预期增长7% in a half-year report (no part named): the year's target
    if kind == "target" and subperiod and sp is None and measure != "completion_pct" and dates.printed_after(year):
        subperiod = ""  # 前三季度…。…增长目标调整为5%左右 in a review printed after the year: the year's goal
    if measure == "completion_pct" and kind == "target" and not frame.plan:
        # 完成年计划的105%: the plan is the yardstick, the figure is achieved; 预计完成5600人,为年度计划的
        # 112%: the share of an estimate is an estimate
        kind = "estimate" if _ESTIMATE.search(before) else "actual"
    if kind == "actual" and not_yet(year, subperiod, dates, before):
        kind = "target"  # 今年…城镇登记失业率控制在4.5%以内 in a speech of January: the year has not happened
    return kind, subperiod


def _outturn_next(sent: str, q: Quantity) -> bool:
    """Whether the outturn of figure *q* follows it (控制在4.5%以内,实际为2.9%): 实际为/实际完成 and a figure
    of the same dimension (增长8.2%,实际为12.3亿元: a percentage is no goal of an amount)."""
    m = _OUTTURN_NEXT.match(sent, q.end)
    if m is None:
        return False
    nxt = find_quantities(sent[m.end() - 1 : m.end() + 24])
    return bool(nxt) and nxt[0].dimension == q.dimension
