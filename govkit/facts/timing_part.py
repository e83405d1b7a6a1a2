"""The part of the year of one figure (a step of :func:`govkit.facts.timing.figure_time`).

The nearest part of the year named before the figure in its sentence (上半年, 1-5月, 12月份), else the
paragraph's (*sub_state*); a note of the figure's own (增长8.1%(1-11月)), the part its list of parts gives
it (一季度、上半年…分别增长…), 今年以来 or 累计 in a report of a month or a quarter (January to it), and the
year a part names in a report delivered after the year described. A month that opens a span to now
(9月份以来), a span of days (1月1日至3月15日), a holiday's figures or two parts joined are no part the catalog
names: the figure is dropped.
The words are the ``sub`` and ``time`` cues of ``govkit/data/extract/cues.tsv`` (:mod:`govkit.facts.subperiods`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from govkit.facts.asides import part_base
from govkit.facts.cues import cue
from govkit.facts.figure_at import FigureAt
from govkit.facts.holidays import holiday_before
from govkit.facts.prefixes import Scans, prefixed
from govkit.facts.printed_year import listed_parts, parts_and_subjects_listed
from govkit.facts.sentence_words import SentenceWords, may_hold, pattern_gate
from govkit.facts.subperiods import (
    EVENT_AFTER_MONTH,
    QUARTER_TO_DATE,
    SINGLE_MONTH,
    goal_part,
    joined_parts,
    month_aside_start,
    month_current_named,
    month_opening,
    month_or_to_date,
    month_span_open,
    subperiod_end,
    subperiod_named,
    subperiod_of,
)

_HEAD_SEP = prefixed(re.compile(r"[,:，：]"))
_NOW_OPENING = cue("sub", "now_opening")
_SAME_PERIOD = cue("time", "same_period")
_SINCE_NEW_YEAR = cue("sub", "since_new_year")
_DAY_SPAN = cue("sub", "day_span")
_EVENT_AFTER_MONTH_G = pattern_gate(EVENT_AFTER_MONTH)


class Part(NamedTuple):
    """A figure's part of the year: *named* the part its own words name (None: none), *subperiod* the part
    it is read for ("" the whole year), *sub_state* the paragraph's part after it, *year* the year (a part
    may name it), *named_part* whether its sentence names the part (上半年, 1-5月) and no span or target
    year; *drop*: no part the catalog names (the figure is not read)."""

    named: str | None
    subperiod: str
    sub_state: str
    year: int | None
    named_part: bool
    drop: bool = False


def part_of_year(
    f: FigureAt,
    may_sub: bool,
    subs: frozenset[str] | None,
    cue_words: SentenceWords | None,
    found: SentenceWords | None,
    before: str,
    sc: Scans,
    sc_sent: Scans,
    seg_start: int,
    note: str | None,
    sub_state: str,
    year: int | None,
    span: tuple[int, int] | None,
    target_year: int | None,
    explicit_year: int | None,
    year_end: int,
    goal_kind: str,
) -> Part:
    """The part of the year of figure *q* (read in *before*, the sentence's words before it, some perhaps
    blanked out; *sc* its scans, *sc_sent* the sentence's). *may_sub*, *subs*, *cue_words*: whether the sentence
    may name a part, the sub cues whose words occur and its gate words (:class:`govkit.facts.timing.TimingCues`);
    *found*: those gate words when they are of *sent* itself; *note*: the figure's own note of a part;
    *goal_kind*: its kind, "target" when a goal's words follow it."""
    sent, q, clause, frame, dates, measure = f.sent, f.q, f.clause, f.frame, f.dates, f.measure
    ind, subject, in_parens, group = f.ind, f.subject, f.in_parens, f.group
    # Sub-period: nearest cue in the sentence, else the paragraph state.
    first_sep = sc.search(_HEAD_SEP, before)
    head = before[: first_sep.start()] if first_sep is not None else ""
    named = subperiod_named(before, names=subs, found=cue_words) if may_sub else None
    # 9月份以来,全县出口1.5亿美元 (after 前三季度…): a span from a month to now, which no subperiod names: not the
    # month's, the part-year's nor the year's figure (a state's level after an act's start is the period's)
    level_of = ind.id if measure == "level" else ""
    if month_span_open(before, sc, None if named is None else named[1], seg_start, clause.start, level_of):
        return Part(None, "", sub_state, year, False, drop=True)
    if may_sub and "日" in before and (days := _last(_DAY_SPAN, before)) >= 0 and (named is None or named[1] < days):
        # 2024年1月1日至3月15日,全县…: a span of days no subperiod names (1月1日至3月31日 is M1-M3: named there)
        return Part(None, "", sub_state, year, False, drop=True)
    sp = None if named is None else named[0]
    # (before: the sentence's words, some perhaps blanked out, none joined anew)
    if (
        sp is None
        and head
        and first_sep is not None
        and not (may_hold(found, _EVENT_AFTER_MONTH_G) and EVENT_AFTER_MONTH.match(before, first_sep.start()))
    ):
        # (2020年9月,经县级验收认定,…: the month dates an act, not the figures after it)
        sp = subperiod_of(head + ",", single_month=True) if may_sub else None
    if (
        sp is not None
        and SINGLE_MONTH.fullmatch(sp)
        and (aside := month_aside_start(before, subject.start)) is not None
    ):
        sp = subperiod_of(before[:aside], names=subs, found=cue_words)  # (not the aside's month)
    opening = month_opening(sent, seg_start, subject, q)
    if opening is not None:
        sp = opening  # …;12月份社会消费品零售总额12.6亿元: that month's, in this segment only (not sub_state)
    if note is not None:
        sp = opening = note  # the figure's own note: this figure only (not sub_state)
    base = part_base(sent, q) if in_parens and may_sub else None
    if base is not None:
        sp = opening = base  # 较上半年(5.9%)回落0.3个百分点: the earlier part's growth, this figure only
    if sp is None and frame.before_opening_sub is not None and _NOW_OPENING.match(before):
        sp = frame.before_opening_sub  # 截至10月底,…。目前已搬迁入住1247户: now, not the month named before
    if holiday_before(sent, seg_start, q.start, sc_sent):
        # 国庆、中秋“双节”假期,全县接待游客28.6万人次: a holiday's, no part of the year the catalog names
        return Part(sp, sp or "", sub_state, year, False, drop=True)
    if sp and (joined_parts(before) or parts_and_subjects_listed(before)):
        # 1—3月和11—12月优良天数比例为78.2%: the two parts together, which no subperiod names
        return Part(sp, sp, sub_state, year, False, drop=True)
    listed = listed_parts(before, group) if may_sub else None
    if listed is not None:
        sp = opening = listed  # 一季度、上半年、前三季度和全年…分别增长…: this figure's part, in the list's order
    subperiod = sp if sp is not None else sub_state
    if sp is None and subperiod and span is not None and span[0] < span[1]:
        # 1—11月,….“十四五”以来,…年均增长5.9%: a span of years in the figure's own sentence, not the part of the
        # year an earlier sentence named (the report's own part, a half-year report's, it runs to)
        subperiod = frame.before_opening_sub if frame.before_opening_sub is not None else frame.subperiod
    if sp is None and ("以来" in before or "累计" in before):
        # 今年以来 in a bulletin of September: January to September.
        since = _SINCE_NEW_YEAR.search(before)
        month = SINGLE_MONTH.fullmatch(subperiod) if since else None
        if month is not None and int(month.group(1)) > 1:
            sp = f"M1-M{month.group(1)}"
            subperiod = sp
        elif since and subperiod in QUARTER_TO_DATE:
            sp = subperiod = QUARTER_TO_DATE[subperiod]  # 今年以来 in a report of 三季度: Q1-Q3
    if span is None and frame.period_start is None and (sp or (sp is None and frame.subperiod)):
        # 累计/本月 in the figure's clause of a report of one month or quarter, or after a sentence's
        # opening part of the year (10月份,…增长4.5%,累计增长5.1%: M1-M10; 1-10月,…,当月增长3.1%: M10)
        ctx = sent[clause.start : q.start]
        if sp is None or (("累计" in ctx or "月" in ctx) and subperiod_of(ctx) is None):
            to_date = month_or_to_date(ctx, sp or frame.subperiod)
            if to_date is not None:
                sp = subperiod = to_date
    if (
        sp is not None
        and opening is None
        and not month_current_named(sp, before)
        and not goal_part(goal_kind, head, sp)
    ):
        sub_state = sp
    elif sp is None and (
        subperiod
        and explicit_year is not None
        and frame.year is not None
        and explicit_year != frame.year
        and not frame.plan
        and not _SAME_PERIOD.match(before, year_end)
    ):
        subperiod = ""  # 去年,全县… in a half-year report: that whole year (去年同期 keeps the part)
    named_part = bool(sp) and span is None and target_year is None  # 上半年, 1-5月 named in the sentence
    if (
        subperiod
        and explicit_year is None
        and not frame.plan
        and (frame.year == dates.doc_year or (named_part and frame.period_start is not None))
    ):
        # 上半年 in a speech of August on last year's assessment describes this year; 上半年,… after
        # “十四五”以来… in the same paragraph: the part of the year described, not the span's end.
        py = dates.part_year(subperiod_end(subperiod))
        if py:
            year = py
    return Part(sp, subperiod, sub_state, year, named_part)


def _last(rx: re.Pattern, text: str) -> int:
    """Where the last match of *rx* in *text* starts (-1: none)."""
    start = -1
    for m in rx.finditer(text):
        start = m.start()
    return start
