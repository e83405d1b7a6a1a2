"""The year, span, sub-period and kind of one figure.

The paragraph's frame (:mod:`govkit.facts.frames`) gives the defaults; words before the figure in
its sentence refine them, the nearest winning: an explicit year (2018年; not a base year 比2015年),
a relative year (去年, 今年, 明年), a target year (到2025年), a span (十三五, 2016-2020年, 五年来),
a part of the year (上半年, 1-5月), kind words (预计 → estimate, 力争 → target). A multi-year span
stays on a growth rate and on flows summed over it; an annual aggregate or a stock in a five-year
review is the end year's level (:mod:`govkit.facts.spans`). The words are the ``time``, ``kind`` and ``target`` cues of
``govkit/data/extract/cues.tsv``.

The neighbours it calls: :mod:`govkit.facts.printed_year` (the year the figure's words print),
:mod:`govkit.facts.asides` (bracket notes right after a figure), :mod:`govkit.facts.report_date` (the
figure's time against the date the report was delivered: 今年以来 in a later report, a year not over
yet), :mod:`govkit.facts.kinds` and :mod:`govkit.facts.subperiods`. :func:`figure_time` reads as its
steps: the words before the figure, its year and span, its kind (:mod:`govkit.facts.timing_kind`), its part
of the year (:mod:`govkit.facts.timing_part`), whether its span stays, the kind the words after it give, its
flags and a change's start year.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from govkit.core.catalog import Indicator
from govkit.core.regex_gates import may_occur, required_words
from govkit.facts.asides import blank_part_notes, part_note
from govkit.facts.campaigns import after_campaign, campaign_sum, up_to_year_end
from govkit.facts.clauses import Clause, segment_start
from govkit.facts.cues import any_of, cue, probe, probe_words
from govkit.facts.figure_at import FigureAt
from govkit.facts.kinds import (
    kind_cues_in,
)
from govkit.facts.mentions import Mention
from govkit.facts.numbers import Quantity
from govkit.facts.prefixes import Scans, prefixed
from govkit.facts.printed_year import printed_year, year_of_its_own
from govkit.facts.report_date import (
    TO_DATE_FLAG,
    YEAR_GUESSED_FLAG,
    part_ahead,
    since_new_year_of_report,
    to_date_unknown,
)
from govkit.facts.sentence_words import SentenceWords, may_hold, pattern_gate, probe_gate
from govkit.facts.spans import (
    change_start,
    change_start_year,
    earlier_change_end,
    earlier_change_start,
    span_kept,
    unsaid_span,
)
from govkit.facts.subperiods import (
    SINGLE_MONTH,
    may_name_subperiod,
    sub_cues_in,
    subperiod_end,
)
from govkit.facts.timeframe import (
    Dates,
    Frame,
    counted_span,
    last_span_pos,
    open_span,
    plan_span,
    since_into_unended,
    span_cues_in,
    span_of_phrase,
)
from govkit.facts.timing_kind import KindCues, kind_after, kind_before
from govkit.facts.timing_part import Part, part_of_year

_KIND = any_of("kind")
_KIND_PROBE = probe((_KIND,))
_TARGET_YEAR = cue("time", "target_year")
_TARGET_YEAR_PROBE = probe((_TARGET_YEAR,))
#: The two probes as gates of a sentence's words (:mod:`govkit.facts.sentence_words`).
_KIND_GATE = probe_gate(_KIND_PROBE, probe_words((_KIND,)))
_TARGET_YEAR_GATE = probe_gate(_TARGET_YEAR_PROBE, probe_words((_TARGET_YEAR,)))

_PLAN_TARGET_AFTER = cue("time", "plan_target_after")
_PLAN_END_BASE = cue("time", "plan_end_base")
_PLAN_END_WORDS = required_words(_PLAN_END_BASE)
_PLAN_PERIOD_BASE = cue("time", "plan_period_base")
_PLAN_PERIOD_WORDS = required_words(_PLAN_PERIOD_BASE)
_SINCE = cue("time", "since")
_CUMULATIVE = cue("time", "cumulative")
_CHANGE_FROM_PHRASE = cue("time", "change_from_phrase")
#: A year printed in the words of a change's start (由2014年底的…): the start's own year.
_START_YEAR = re.compile(r"(?:19|20)\d{2}")
_MASKED_YEAR = cue("time", "masked_year")
_LIST_SUBJECT_BEFORE = cue("time", "span_list_subject_before")
_GOAL_AFTER = cue("target", "goal_after")
# A goal's words right after a figure, as a gate of the sentence's words.
_GOAL_AFTER_G = pattern_gate(_GOAL_AFTER)
_PREV_MONTH = cue("time", "prev_month")
# The cues read in the words before each figure, scanned once per sentence (govkit.facts.prefixes).
_TARGET_YEAR_P = prefixed(_TARGET_YEAR)
_MASKED_YEAR_P = prefixed(_MASKED_YEAR)
_ONE_YEAR = cue("time", "one_year")


class TimingCues(NamedTuple):
    """Which time and kind cues may occur in a sentence (cheap tests, made once per sentence)."""

    target_year: bool
    kind: bool
    subperiod: bool
    kind_cue: bool = True  # one of kinds.KIND_WORDS occurs
    kinds: list[re.Match[str]] | None = None  # then the kind cues of the sentence (kinds.kind_cues_in)
    spans: frozenset[str] | None = None  # the span cues whose words occur (timeframe.span_cues_in)
    subs: frozenset[str] | None = None  # the sub cues whose words occur (subperiods.sub_cues_in)
    found: SentenceWords | None = None  # the sentence's gate words (sentence_words.SentenceWords)


def timing_cues_in(sent: str, found: SentenceWords | None = None) -> TimingCues:
    """Which time and kind cues may occur in *sent*; *found*: its gate words, when found already."""
    kinds = kind_cues_in(sent, found)
    sub = may_name_subperiod(sent, True, found)
    return TimingCues(
        found.holds(_TARGET_YEAR_GATE) if found is not None else _may(_TARGET_YEAR_PROBE, sent),
        found.holds(_KIND_GATE) if found is not None else _may(_KIND_PROBE, sent),
        sub,
        kinds is not None,
        kinds,
        span_cues_in(sent, found),
        sub_cues_in(sent, found) if sub else None,
        found,
    )


class Timing(NamedTuple):
    """When a figure is and what kind it is; *sub_state* is the paragraph's sub-period after it."""

    year: int | None
    period_start: int | None
    subperiod: str
    kind: str
    sub_state: str
    drop: bool = False  # the start of a change (由X增至Y) whose year the text does not tell
    flags: tuple[str, ...] = ()  # masked_year (20XX年 before the figure), year_unknown (no year at all),
    # to_date (今年以来 in a report dated before December: January to a month the text does not tell)


class _Words(NamedTuple):
    """The sentence's words before a figure (*text*; some blanked out: words that date only a change's start
    or a growth's base, a part-of-year note of an earlier figure), their scans (*sc*), the sentence's
    scans (*sc_sent*) and the figure's own note of a part of the year (*note*; None: none)."""

    text: str
    sc: Scans
    sc_sent: Scans
    note: str | None


class _Years(NamedTuple):
    """A figure's year and span as its words print them: *year* and *period_start* (None: a single year),
    *kind* (the frame's, or target after 到2025年), the *explicit* year printed, where its word ends
    (*year_end*), the relative-year word (*rel*), the *target* year, the *span* named (start, end) and
    where the last span word stands (*span_at*; -2: not read yet); *drop*: the figure is not read."""

    year: int | None
    period_start: int | None
    kind: str
    explicit: int | None
    year_end: int
    rel: re.Match[str] | None
    target: int | None
    span: tuple[int, int] | None
    span_at: int
    drop: bool = False


def figure_time(
    sent: str,
    q: Quantity,
    clause: Clause,
    frame: Frame,
    sub_state: str,
    dates: Dates,
    measure: str,
    ind: Indicator,
    subject: Mention,
    in_parens: bool,
    cues: TimingCues,
    scans: Scans | None = None,
    group: tuple[int, int] = (0, 1),
) -> Timing:
    """Year, span, sub-period and kind of figure *q* of *ind*, read as *measure*.

    *scans*: the sentence's scans (:class:`~govkit.facts.prefixes.Scans`), kept for its figures;
    *group*: the figure's place in a list of figures and the list's length (分别增长5.3%、7.8%).
    The steps: the words before the figure, its year and span, its kind, its part of the year
    (:mod:`govkit.facts.timing_part`), the span kept or not, the kind the words after it give, the flags."""
    seg_start = segment_start(sent[: q.start])  # start of this ;-segment
    start_of_change = change_start(sent, q)
    f = FigureAt(sent, q, clause, frame, dates, measure, ind, subject, in_parens, group)
    w = _words_before(sent, q, cues, scans)
    before, sc = w.text, w.sc
    y = _year_and_span(f, cues, w, seg_start, start_of_change)
    if y.drop:
        return Timing(y.year, y.period_start, "", y.kind, sub_state, drop=True)
    kc = KindCues(cues.kind, cues.kind_cue, cues.kinds, cues.found)
    kind, period_start, year = kind_before(sent, q, seg_start, subject, frame, dates, kc, before, sc, w.sc_sent,
                                           y.rel, y.span, y.target, y.kind, y.period_start, y.year)  # fmt: skip
    found = cues.found if cues.found is not None and cues.found.text is sent else None
    # (…增长3.2%,距全年增长8%的目标差距较大: a goal by the words after it too, its 全年 not the paragraph's part)
    goal_after = may_hold(found, _GOAL_AFTER_G) and _GOAL_AFTER.match(sent, q.end) is not None
    part = part_of_year(
        f, cues.subperiod, cues.subs,
        cues.found, found, before, sc, w.sc_sent, seg_start, w.note, sub_state, year, y.span, y.target,
        y.explicit, y.year_end, "target" if goal_after else kind,
    )  # fmt: skip
    sp, subperiod, sub_state, year = part.named, part.subperiod, part.sub_state, part.year
    if part.drop:
        return Timing(year, period_start, subperiod, kind, sub_state, drop=True)
    kept = _span_kept(f, w, y, seg_start, start_of_change,
                      part, Timing(year, period_start, subperiod, kind, sub_state))  # fmt: skip
    if kept.drop:
        return kept
    year, period_start, subperiod = kept.year, kept.period_start, kept.subperiod
    kind, subperiod = kind_after(f, before, y.rel, found, goal_after,
                                  kind, year, subperiod, sp)  # fmt: skip
    if kind == "actual" and not frame.plan:
        reading = part_ahead(sent, seg_start, year, subperiod, sp, dates, before)
        if reading == "drop":
            return Timing(year, period_start, subperiod, kind, sub_state, drop=True)
        if reading == "target":
            kind = "target"  # 下半年,积极争取…,全年完成… in a review of July: a plan for the rest of the year
    return _closing(f, w, y, seg_start, start_of_change,
                    Timing(year, period_start, subperiod, kind, sub_state), sp)  # fmt: skip


def _words_before(sent: str, q: Quantity, cues: TimingCues, scans: Scans | None) -> _Words:
    """The words before figure *q* that date it, and their scans (made anew only when words are blanked)."""
    sc = sc_sent = scans if scans is not None else Scans(sent)
    before = sent[: q.start]
    if "的" in before and ("由" in before or "从" in before):
        # 由十二五末的X增至Y: those time words date only X (below), not Y nor the figures after it.
        before = _CHANGE_FROM_PHRASE.sub(lambda m: " " * len(m.group()), before)
        sc = Scans(before)  # words blanked out: scan this prefix itself
    if "五" in before and may_occur(_PLAN_END_WORDS, before) and _PLAN_END_BASE.search(before):
        # 较“十三五”末增长30%: the plan's end is the base of the growth, not the figure's time
        before = _PLAN_END_BASE.sub(lambda m: " " * len(m.group()), before)
        sc = Scans(before)
    if "五" in before and may_occur(_PLAN_PERIOD_WORDS, before) and _PLAN_PERIOD_BASE.search(before):
        # 是“十一五”时期的3.2倍: the plan period is the base of a comparison, not the time of the figures after it
        before = _PLAN_PERIOD_BASE.sub(lambda m: " " * len(m.group()), before)
        sc = Scans(before)
    note = part_note(sent, q.end) if cues.subperiod else None  # 增长8.1%(1-11月): this figure's part of the year
    if cues.subperiod and ("(" in before or "（" in before):
        blanked = blank_part_notes(before)
        if blanked != before:
            # 增长8.1%(1-11月),固定资产投资增长6.9%: the note is the earlier figure's, not this one's
            before, sc = blanked, Scans(blanked)
    return _Words(before, sc, sc_sent, note)


def _year_and_span(
    f: FigureAt,
    cues: TimingCues,
    w: _Words,
    seg_start: int,
    start_of_change: str | None,
) -> _Years:
    """The year and span of figure *q*: printed, relative or target years and spans before it, else the frame's."""
    sent, q, clause, frame, dates, measure, group = f.sent, f.q, f.clause, f.frame, f.dates, f.measure, f.group
    before, sc = w.text, w.sc
    year, period_start, kind = frame.year, frame.period_start, frame.kind
    printed = printed_year(sent, before, sc, q, clause, frame, dates, group)
    if printed.drop:
        return _Years(printed.year, None, kind, None, 0, None, None, None, -2, drop=True)
    explicit_year, year_end, rel = printed.year, printed.end, printed.relative
    target_year = None
    targets = sc.finditer(_TARGET_YEAR_P, before) if cues.target_year else []
    if targets:
        target_year = int(targets[-1].group(1) or targets[-1].group(2))
    span = plan_span(span_of_phrase(before, dates, sc, cues.spans), frame, dates, before, sc, target_year)
    if explicit_year is not None:
        year, period_start = explicit_year, None
    elif span is None and target_year is None and since_new_year_of_report(year, period_start, dates, before):
        year = dates.review_this_year  # 今年以来,… in a report of May 2024 whose main year is 2023: 2024 so far
    elif start_of_change is None and measure == "level" and ("由" in before or "从" in before):
        end_year = earlier_change_end(sent, seg_start, q)
        if end_year is not None:
            year, period_start = end_year, None  # the later of two changes ends where the earlier one ends
    if target_year is not None:
        year, kind = target_year, "target"
        if (
            measure in ("yoy_pct", "pp_change")
            and explicit_year in (None, target_year)
            and dates.plan_year is not None
            and target_year > dates.plan_year
        ):
            # 到2025年,单位GDP能耗下降13.5% in a report of January 2021: the fall over the years up to the
            # target year (against the plan's base), not the change of that year alone
            return _Years(year, period_start, kind, None, 0, None, target_year, None, -2, drop=True)
    span_at = -2  # last_span_pos(before, sc), read once (-2: not yet; before and sc change no more)
    if span is not None and (
        explicit_year is None or before.rfind(str(explicit_year)) < (span_at := last_span_pos(before, sc))
    ):
        period_start, year = span
        if explicit_year is not None and span[1] == dates.last_full_year != explicit_year and counted_span(before, sc):
            # 2021年,…五年年均增长9.8% in a report on 2022: the five years up to the year printed
            period_start, year = explicit_year - (span[1] - span[0]), explicit_year
        elif explicit_year is not None and span[0] < explicit_year < span[1] and open_span(before, sc):
            year = explicit_year  # 2019年底,全县有建档立卡贫困户…,其中已脱贫… in a report on 2020: up to 2019
    elif (
        span is not None
        and explicit_year is not None
        and span[0] < explicit_year <= span[1]
        and up_to_year_end(before, year_end)
    ):
        period_start, year = span[0], explicit_year  # 2019年以来,截至2023年底累计化解…: the span up to the year's end
    if period_start is not None:
        span_at = last_span_pos(before, sc) if span_at == -2 else span_at
        if _ONE_YEAR.search(before, max(seg_start, span_at)) or year_of_its_own(before, rel, span_at):
            # 全年转移…12536人 after a 十三五 paragraph (or clause); 2021年以来累计…,当年完成…: the year's figure
            period_start = None
    return _Years(year, period_start, kind, explicit_year, year_end, rel, target_year, span, span_at)


def _span_kept(
    f: FigureAt,
    w: _Words,
    y: _Years,
    seg_start: int,
    start_of_change: str | None,
    part: Part,
    t: Timing,
) -> Timing:
    """Whether figure *q*'s span stays on it (*t*: its time so far): a change over a span, a sum over a
    span whose end is not told, one figure per year of a span, a campaign's sum are not read (drop)."""
    sent, q, clause, frame, dates, measure = f.sent, f.q, f.clause, f.frame, f.dates, f.measure
    ind, subject, group = f.ind, f.subject, f.group
    before, sc, sc_sent, span, span_at = w.text, w.sc, w.sc_sent, y.span, y.span_at
    explicit_year, target_year, year_end = y.explicit, y.target, y.year_end
    year: int | None = t.year
    period_start: int | None = t.period_start
    subperiod, kind, sub_state = t.subperiod, t.kind, t.sub_state
    sp, named_part = part.named, part.named_part
    if measure in ("yoy_pct", "pp_change") and span is not None and span[0] < span[1] and period_start == span[0]:
        # “十三五”期间…累计增长42%, 五年来…提高5.2个百分点: a change over the span, no catalog measure
        return Timing(year, period_start, subperiod, kind, sub_state, drop=True)
    if (
        measure in ("yoy_pct", "pp_change")
        and span is None
        and not subperiod
        and _CUMULATIVE.search(sent, clause.start, q.start) is not None
        and _PLAN_TARGET_AFTER.match(sent, q.end) is not None
    ):
        # 单位生产总值能耗累计下降12.5%,超额完成“十三五”目标任务: the change over the plan period whose
        # target it met, not the year's
        return Timing(year, period_start, subperiod, kind, sub_state, drop=True)
    # “十四五”以来累计完成… in a report of 上半年: up to the part of the year reported on (before the
    # span is kept or not: a span of one ended year, 2021 in a report of 2022, runs to 2022 too)
    to_part = None
    if not named_part and span is not None and period_start is not None and subperiod and sp is None:
        py = dates.part_year(subperiod_end(subperiod))
        if (
            measure != "cagr2"
            and _SINCE.search(before, last_span_pos(before, sc) if span_at == -2 else span_at)
            and py
            and year
            and py >= year
        ):
            year = to_part = py
    if (
        not (start_of_change and _START_YEAR.search(start_of_change))  # 由2014年底的27.8%: its own year (below)
        and ((measure == "level" and to_part is None) or (measure in ("yoy_pct", "pp_change") and sp is None))
        and since_into_unended(before, sc, dates, seg_start)
    ):
        # 2023年以来,累计化解隐性债务5.2亿元 in a report of October 2024 on 2024 that names no part of the year
        # the sum runs to: no full-year reading (in a report of 上半年 it runs to H1, above); 去年以来,规上工业
        # 增加值增长8.5% in a speech of July 2023: a growth over a year and a half, not the year's
        return Timing(year, period_start, subperiod, kind, sub_state, drop=True)
    period_start = span_kept(
        sent, q, clause, frame, dates, measure, ind, kind, year, period_start, span, explicit_year, sc_sent, target_year
    )
    if (
        measure == "cagr_pct"
        and kind == "actual"
        and period_start is None
        and unsaid_span(sent, q.end, before, sc, frame)
    ):
        # 推动规模以上工业增加值年均增长9%以上 under a 建议 heading, in a paragraph of one year: a floor of a yearly
        # average over years no word tells: not read (四年来…, 由2015年的…增加到…,年均增长… tell them)
        return Timing(year, period_start, subperiod, kind, sub_state, drop=True)
    if (
        period_start is not None
        and measure == "level"
        and group[1] > 1
        and year
        and group[1] == year - period_start + 1
        and _LIST_SUBJECT_BEFORE.search(sent, 0, subject.start) is None
    ):
        # 两年来,全县城镇新增就业分别为4800人、5100人: one figure per year of the span, not a sum over it
        # (which year each is the list does not tell for sure)
        return Timing(year, None, subperiod, kind, sub_state, drop=True)
    if period_start is None and span is None and measure == "level" and not subperiod:
        undated, outer = campaign_sum(sent, seg_start, q.start, before, year_end, ind, kind, frame, explicit_year)
        if undated:
            # 全年减少贫困人口2.1万人,累计脱贫3.8万户12.6万人: a sum since the campaign began, its start not told
            return Timing(year, None, subperiod, kind, sub_state, drop=True)
        period_start = outer  # 过去五年… then 2020年,…累计投入财政资金…: the review's span
    if period_start is None and measure == "level" and after_campaign(ind.id, year, subject.type):
        # 全县脱贫人口10.5万人 in a report on 2022: after the campaign, the noun names the people once lifted
        return Timing(year, None, subperiod, kind, sub_state, drop=True)
    if named_part and measure != "cagr2":
        # 上半年累计完成… in a paragraph opened by a span: that part of one year (上半年…两年平均增长
        # keeps its two years)
        period_start = None
    elif period_start is not None and subperiod and sp is None and measure != "cagr2" and to_part is None:
        # a closed span (十三五期间, 近三年) counts whole years, not the report's part of one (两年平均增长
        # of 上半年 keeps it: two first halves)
        subperiod = ""
    return Timing(year, period_start, subperiod, kind, sub_state)


def _closing(
    f: FigureAt,
    w: _Words,
    y: _Years,
    seg_start: int,
    start_of_change: str | None,
    t: Timing,
    sp: str | None,
) -> Timing:
    """Figure *q*'s time *t* with its flags (a masked year, no year, a guessed year, months not told), the
    month before the bulletin's (上月), and the base year of a change's start (由2020年的X增至Y)."""
    sent, q, clause, frame, dates, measure = f.sent, f.q, f.clause, f.frame, f.dates, f.measure
    before, sc, rel, span, explicit_year, target_year = w.text, w.sc, y.rel, y.span, y.explicit, y.target
    year: int | None = t.year
    period_start: int | None = t.period_start
    subperiod, kind, sub_state = t.subperiod, t.kind, t.sub_state
    flags: tuple[str, ...] = ()
    masked = sc.search(_MASKED_YEAR_P, before) if "年" in before else None
    if masked is not None and (explicit_year is None or before.rfind(str(explicit_year)) < masked.start()):
        flags = ("masked_year",)  # 20XX年…: the year printed was masked; the frame's year stands, flagged
    if year is None:
        flags = (*flags, "year_unknown")
    # 去年,… / 今年以来,… / no time word, in a report whose date and year were not read: the year rests on the
    # guess (not a target year, nor a year the words before the figure print: 2014-2019年,全县累计…)
    guessed = dates.anchor_guessed and target_year is None
    if "上" in before and _PREV_MONTH.search(sent, clause.start, q.start):
        # 本月…为28,上月为33: the month before the bulletin's month (M1's is M12 of the year before).
        month = SINGLE_MONTH.fullmatch(subperiod)
        if month is None:
            return Timing(year, period_start, subperiod, kind, sub_state, drop=True)
        n = int(month.group(1))
        year, subperiod = (year, f"M{n - 1}") if n > 1 else ((year - 1 if year else None), "M12")
    if sp is None and not subperiod and to_date_unknown(year, period_start, kind, dates, before):
        flags = (*flags, TO_DATE_FLAG)  # kept as the year's (the convention), flagged: its months are not told
    if start_of_change is not None and (measure == "level" or (measure == "yoy_pct" and q.dimension == "percent")):
        # 由2020年的X增至Y; 增速由上年的5.2%提高到6.1%: the start (a level, or a growth rate) is the base year's
        start_year = change_start_year(start_of_change, year, frame, span, dates)
        if start_year is None and not start_of_change.strip(" 的"):
            start_year = earlier_change_start(sent, seg_start, q.start, year)
        if start_year is None:
            return Timing(year, None, subperiod, kind, sub_state, drop=True)
        if guessed and str(start_year) not in start_of_change:
            flags = (*flags, YEAR_GUESSED_FLAG)  # 由上年的X增至Y: the base year rests on the guess too
        return Timing(start_year, None, "", "actual", sub_state, flags=flags)
    if guessed and year is not None and (rel is not None or (explicit_year is None and span is None)):
        # (a year printed before the figure as a base, 比2022年增长6.1%;一般公共预算收入完成8.3亿元, is not its year)
        flags = (*flags, YEAR_GUESSED_FLAG)
    return Timing(year, period_start, subperiod, kind, sub_state, flags=flags)


def _may(probe_rx: re.Pattern | None, text: str) -> bool:
    """Whether a cue may occur in *text* according to its probe (always, without one)."""
    return probe_rx is None or probe_rx.search(text) is not None
