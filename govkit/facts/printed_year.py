"""The year a figure's own words print before it in its sentence, for
:func:`govkit.facts.timing.figure_time`: the nearest explicit year that is not a base (比2015年), a
span's end (2019—2022年), a since-phrase (2014年以来), a sub-item's or an aside's date; one of a list
of years (2022年和2023年,…分别增长5.3%、7.8%); a baseline (从2014年的X); or a year named relative to
the report (今年, 去年, 前年, 明年), read against the report's date, the frame's plan and the words of
plans and expectations in the sentence. The words are the ``time`` cues of
``govkit/data/extract/cues.tsv``."""

from __future__ import annotations

import re
from typing import NamedTuple

from govkit.core.regex_gates import may_occur, required_words
from govkit.facts.clauses import Clause, aside_of_own_figure, clause_start
from govkit.facts.cues import cue, cue_words
from govkit.facts.numbers import Quantity
from govkit.facts.prefixes import Scans, prefixed
from govkit.facts.sentence_words import gate
from govkit.facts.subperiods import subperiod_of
from govkit.facts.timeframe import Dates, Frame, listed_years

#: 今年/本年 (this_year), 去年/上年 (last_year), 前年 (before_last_year), 明年 (next_year): the group
#: name tells which.
RELATIVE_YEAR = re.compile(
    "|".join(
        f"(?P<{name}>{cue('time', name).pattern})"
        for name in ("this_year", "last_year", "before_last_year", "next_year")
    )
)
_YEAR = cue("time", "year")
_YEAR_P = prefixed(_YEAR)
_RELATIVE_YEAR_P = prefixed(RELATIVE_YEAR)
#: Words before a figure up to this long are tested for the relative-year words before scanning.
_SHORT_WORDS = 400
_RELATIVE_WORDS = required_words(RELATIVE_YEAR)  # one of them in every relative year word
_RELATIVE_GATE = gate(_RELATIVE_WORDS)
_SPAN_YEARS_P = prefixed(cue("time", "span_years"))
_THAT_YEAR = cue("time", "that_year")
_WRITTEN_LAST_YEAR = cue("time", "last_year_written")
_OUTTURN_AFTER_GOAL = cue("time", "outturn_after_goal")
_THAT_YEAR_ONWARD = cue("time", "that_year_onward")
_THAT_YEAR_PRICE = cue("time", "that_year_price")  # 当年价格: a price basis, no year of a figure
_MONTH_SPAN_OTHER_YEAR = cue("time", "that_year_after_month_span")
_MONTH_SPAN_REACH = 40  # characters before 当年 searched for a month span of another year
_THIS_YEAR_NOT_OWN = cue("time", "this_year_not_own")
_ONE_YEAR = cue("time", "one_year")
_DIGIT = re.compile(r"\d")  # a figure between a goal word and an outturn's words
_BASELINE_YEAR = re.compile(r"((?:19|20)\d{2})年的\s*$")
_BASE_FIGURE = cue("time", "base_figure")
_BASE_FIGURE_LIST = cue("time", "base_figure_list")
#: Right before an explicit year (比2015年, 相比2015年): a base year, not the figure's.
_YEAR_BASE_BEFORE = cue_words("time", "year_base_before")
#: Right before 今年/上年 (比上年): a base, not the figure's year.
RELATIVE_BASE_BEFORE = cue_words("time", "relative_base_before")
#: Right before an explicit year, a relative base and a bracket (与上年(2023年)相比): the base named again.
_BASE_YEAR_IN_BRACKETS = cue("time", "base_year_in_brackets")
_SINCE = cue("time", "since")
_SINCE_YEAR = cue("time", "since_year")
_ON_BASIS = cue("time", "on_basis")
_IN_ADJUSTMENT = cue("time", "in_adjustment")
_PAST_FIGURE_AFTER = cue("time", "past_figure_after")
_SAME_PERIOD = cue("time", "same_period")
_SAME_PERIOD_BASE = cue("time", "same_period_base")
_SAME_PERIOD_LEAD = cue("time", "same_period_lead")
_PLANNING_WORD = cue("target", "planning")
#: The clause right before a floor held for years (连续四年突破40亿斤): its figure is of no one year.
_FLOOR_HELD = cue("block", "floor_held")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
#: After 今年 beside 去年 (_names_last_year): an expectation speaks of the new year; an outturn (今年完成16亿元,
#: 上年为15.2亿元 in a report of January) is the year looked back on.
_ESTIMATE_WORD = cue("kind", "estimate")
#: 其中: a clause opening on it is a sub-item, whose year dates nothing after it.
_SUB_ITEM = cue_words("table", "sub_item")


class PrintedYear(NamedTuple):
    """The year the words before a figure print (None: none), where that word ends in the words
    (0: none), the relative-year word that printed it (or None), and whether the figure cannot be
    dated (one figure after a list of several years)."""

    year: int | None
    end: int
    relative: re.Match[str] | None
    drop: bool = False


def printed_year(
    sent: str,
    before: str,
    sc: Scans,
    q: Quantity,
    clause: Clause,
    frame: Frame,
    dates: Dates,
    group: tuple[int, int],
) -> PrintedYear:
    """The year printed in *before* (the words of *sent* before figure *q*, scanned by *sc*) for the
    figure *q* of *clause*; *group* is the figure's place in a list of figures and its length."""
    explicit_year = None
    year_end = 0  # where the word that printed explicit_year ends in *before*
    # Explicit years before the number in this sentence (nearest wins); base years (比2015年) and
    # baselines (从2014年的15.56%) are handled separately.
    years = sc.finditer(_YEAR_P, before)
    ranges = sc.finditer(_SPAN_YEARS_P, before) if years else []
    honour_list = len(before)  # where a list of years that dates its own clause only starts
    for i in range(len(years) - 1, -1, -1):
        m = years[i]
        if any(r.start() <= m.start() < r.end() for r in ranges):
            continue  # 2019—2022年累计: the span's ends (below), not a year of their own
        if m.start() >= honour_list:
            continue
        pre = before[max(0, m.start() - 1) : m.start()]
        post = before[m.end() : m.end() + 2]
        if pre in _YEAR_BASE_BEFORE or before[max(0, m.start() - 2) : m.start()] in _YEAR_BASE_BEFORE:
            continue
        if (
            pre in "(（"
            and _BASE_YEAR_IN_BRACKETS.search(before, max(0, m.start() - 8), m.start()) is not None
            and not post[1:].startswith("的")
        ):
            continue  # 与上年(2023年)相比增长5.2%: the base named again, not the figure's year (比上年(2023年)的X: X's)
        if pre == "从" and not post.startswith("的"):
            continue
        if (
            post.startswith("的")
            and m.end() + 1 < q.start - 0
            and before[m.end() + 1 :].strip()
            and len(before) - m.end() > 3
        ):
            continue  # 从2014年的X: applies only to the number right after it
        if (
            _SINCE.match(before[m.end() : m.end() + 2])
            or _ON_BASIS.match(before, m.end())
            or _SINCE_YEAR.match(before, m.start())
        ):
            continue  # 2014年(开展精准扶贫)以来, 在2022年增长4.5%的基础上: not the year of the figures after it
        if _in_adjustment(before, m):
            continue  # 剔除2022年留抵退税因素后同口径增长8.4%: the factor's year, not the figure's
        cs = clause_start(sent, m.start())
        if cs < clause.start and sent.startswith(_SUB_ITEM, cs):
            continue  # …,其中2021年底脱贫不稳定户126户;监测对象共计685户: the sub-item's date only
        if aside_of_own_figure(sent, m.start(), m.end(), q.start):
            continue  # 人均可支配收入(2022年为38500元)达到40200元: the aside's figure's year only
        explicit_year = int(m.group(1))
        year_end = m.end()
        listed = listed_years(before, year_end)
        if len(listed) > 1:
            # 2022年和2023年,…分别增长5.3%、7.8%: one figure per year, in order; a figure that is
            # not one of as many listed figures cannot be dated
            if group[1] != len(listed):
                list_start = own_clause_list(sent, before, year_end, clause.start)
                if list_start is not None:
                    # 2022年、2023年连续两年被评为…,全县地区生产总值增长6.5%: the years of the honour's clause
                    explicit_year, year_end, honour_list = None, 0, list_start
                    continue
                return PrintedYear(explicit_year, year_end, None, drop=True)
            explicit_year = listed[group[0]]
        break
    base = _BASELINE_YEAR.search(before) if "年的" in before else None
    if base:
        explicit_year, year_end = int(base.group(1)), base.end()
    # (not 持平 right after its base, 与上年持平: a growth of zero of the figure's own year)
    compared = None if q.flat else _BASE_FIGURE.search(before, max(0, len(before) - 12))
    if compared is None and not q.flat and "的" in before[-40:]:
        compared = _BASE_FIGURE_LIST.search(before, max(0, len(before) - 40))  # 比2015年的X和Y: Y too
    if compared is not None:
        # 较上年的49微克/立方米, 较2019年同期51微克/立方米: the level of the base year
        if compared.group(1):
            return PrintedYear(int(compared.group(1)), compared.end(), None)
        figure_year = explicit_year or frame.year or dates.doc_year
        if figure_year:
            return PrintedYear(figure_year - 1, compared.end(), None)
    rel = None
    # (the words tested in the figure's words while they are short; in a long run of figures, the scans
    # of the sentence, made once, tell it: the test costs the length of the words before each figure)
    found = sc.found
    if found is not None and found.prefix_of(before):
        may = found.holds_before(_RELATIVE_GATE, len(before))  # (the sentence's one scan tells it)
    else:
        may = may_occur(_RELATIVE_WORDS, before) if len(before) <= _SHORT_WORDS else True
    relative = sc.finditer(_RELATIVE_YEAR_P, before) if may else []
    for i in range(len(relative) - 1, -1, -1):
        m = relative[i]
        if (
            before[max(0, m.start() - 1) : m.start()] in RELATIVE_BASE_BEFORE
            or _SINCE.match(before[m.end() : m.end() + 2])
            or _ON_BASIS.match(before, m.end())
        ):
            continue  # 比上年增长, 在去年增长4.5%的基础上: a comparison base, not the year described
        if _PAST_FIGURE_AFTER.match(before, m.end()) and clause_start(sent, m.start()) < clause.start:
            continue  # …增长6%左右(上年为5.5%),一般公共预算收入增长5%: the year before's figure's clause only
        if _in_closed_aside(before, m.start(), m.end(), len(before)):
            continue  # …增长9.1%(上年增长6.2%),社会消费品零售总额增长5%: the aside's year dates its own figure only
        if _in_reason(sent, m.start(), clause.start):
            continue  # …下降6.4%,主要是上年…支出较多,剔除该因素后增长3.1%: the reason's year, not the figure's
        if _in_adjustment(before, m):
            continue  # 剔除上年一次性支出因素后同口径增长1.5%: the factor's year, not the figure's
        if _same_period_base(sent, before, m):
            continue  # 受上年同期基数较低影响, 是上年同期的1.5倍: a base, not the year described
        rel = m
        break
    if (
        rel is not None
        and _THAT_YEAR.fullmatch(rel.group())
        and not _THAT_YEAR_ONWARD.match(before, rel.end())
        and not _THAT_YEAR_PRICE.match(before, rel.end())
    ):
        span = _MONTH_SPAN_OTHER_YEAR.search(before, max(0, rel.start() - _MONTH_SPAN_REACH), rel.start())
        if span is not None and (
            span.group("span_rel") or int(span.group("span_year")) != (dates.doc_year or frame.year)
        ):
            # 去年10月起,…当年完成造林1.2万亩: the span's year or the months since, which the words do not tell
            return PrintedYear(None, 0, None, drop=True)
    if (
        rel is not None
        and explicit_year is not None
        and _THAT_YEAR.fullmatch(rel.group())
        and not _THAT_YEAR_ONWARD.match(before, rel.end())
        and not _ONE_YEAR.search(before, rel.end())
    ):
        # 2021年实施重点项目42个,当年完成投资56.3亿元: 'that year' is the year printed before it (not 当年起…, a
        # start; not before 全年…, the year described: 2022年投产的项目当年实现产值15亿元,全年规模以上工业增加值…)
        rel = None
    if rel is not None and (explicit_year is None or rel.start() > before.rfind(str(explicit_year))):
        which = rel.lastgroup
        speaker = dates.report_year or dates.this_year  # the year the report is delivered in
        if which == "last_year" and speaker:
            if _WRITTEN_LAST_YEAR.fullmatch(rel.group()) and dates.last_year_of_described and dates.doc_year:
                speaker = dates.doc_year  # 上年 in a bulletin on 2023 issued in 2024: 2022, as 比上年
            printed = explicit_year
            explicit_year = speaker - 1
            contrasted = _year_of_the_figure_before(
                sent, before, rel, clause, relative, frame, dates, printed, year_end
            )
            if contrasted is not None:
                explicit_year = contrasted - 1  # 粮食总产量25万吨,去年为24.1万吨: the year before the first figure's
        elif which == "before_last_year" and speaker:
            explicit_year = speaker - 2
        elif which == "next_year" and (described := dates.doc_year or speaker):
            explicit_year = described + 1  # the year after the one described
        else:
            ty = _this_year(sent, rel, relative, frame, dates)
            if ty:
                explicit_year = ty
        if explicit_year is not None:
            year_end = rel.end()
    return PrintedYear(explicit_year, year_end, rel)


def _outturn_after(sent: str, goal_end: int) -> bool:
    """Whether an outturn's words and figure (time outturn_after_goal) follow the goal's figure printed after
    the planning word ending at *goal_end* (今年…要达到50亿元,实际完成52亿元; not 今年要确保固定资产投资实际完成
    55亿元以上, where the figure after 实际完成 is the goal's own)."""
    out = _OUTTURN_AFTER_GOAL.search(sent, goal_end)
    return out is not None and _DIGIT.search(sent, goal_end, out.start()) is not None


def _this_year(sent: str, rel: re.Match[str], relative: list[re.Match[str]], frame: Frame, dates: Dates) -> int | None:
    """The year 今年 (*rel*) names in *sent*."""
    # 今年 in a sentence of plans is the year the report is delivered in (a speech of December
    # on 今年…预期目标 speaks of that year); the plan year only when the date is not known
    # 当年 beside a target (省下达目标为82%,当年为85.3%) outside a plan: the year reviewed
    # A goal then its outturn (今年…要达到50亿元,实际完成52亿元) reviews the year: 今年 is the year reviewed.
    goal = _PLANNING_WORD.search(sent)
    planning = frame.plan or (
        goal is not None and not _THAT_YEAR.fullmatch(rel.group()) and not _outturn_after(sent, goal.end())
    )
    if not planning and _THAT_YEAR.fullmatch(rel.group()):
        # 当年 in a review is the year reviewed, even in a bulletin of April on the year before
        return frame.year or dates.doc_year or dates.review_this_year
    ty = (
        (dates.report_year or dates.plan_year)
        if planning or (_ESTIMATE_WORD.search(sent, rel.end()) and _names_last_year(sent, relative))
        else dates.review_this_year
    )
    if frame.plan and frame.year and frame.period_start is None:
        ty = frame.year  # 今年 under a plan heading that printed its year (二、2022年主要目标)
    return ty


def _in_closed_aside(text: str, start: int, end: int, stop: int) -> bool:
    """Whether the words at *start*:*end* of *text* lie in brackets that close before *stop*
    (…增长9.1%(上年为6.2%),… for a figure after the bracket): an aside on its own figure."""
    opened = max(text.rfind("(", 0, start), text.rfind("（", 0, start))
    if opened < 0 or max(text.rfind(")", opened, start), text.rfind("）", opened, start)) >= 0:
        return False
    closed = [i for i in (text.find(")", end, stop), text.find("）", end, stop)) if i >= 0]
    return bool(closed)


def _year_of_the_figure_before(
    sent: str,
    before: str,
    rel: re.Match[str],
    clause: Clause,
    relative: list[re.Match[str]],
    frame: Frame,
    dates: Dates,
    explicit_year: int | None,
    year_end: int,
) -> int | None:
    """When 去年 (*rel*) opens its clause after a clause of the sentence that gave a figure of its own
    year (粮食总产量25万吨,去年为24.1万吨; 2023年…25万吨,去年为…; 今年…完成16亿元,上年为15.2亿元), the
    year of that figure: 去年 is the year before it, also in a report of January, where 去年 alone
    is the year described. None when 去年 does not open its clause, opens a ;-segment (…增长3%;去年全县
    地区生产总值增长5%: a sentence of its own) or the clause before is dated by another relative word
    (前年…,去年…)."""
    start = clause.start
    opened = max(before.rfind("(", clause.start, rel.start()), before.rfind("（", clause.start, rel.start()))
    if opened >= 0:
        # (…,上年为95.2%) in brackets after the figure: the bracket's part opening on it
        start = max([opened + 1] + [before.rfind(c, opened, rel.start()) + 1 for c in ",，;；"])
    if before[start : rel.start()].strip(" ,，、;；"):
        return None
    seg = max(before.rfind(";", 0, clause.start), before.rfind("；", 0, clause.start)) + 1  # its ;-segment
    head = before[seg:start]
    head = _YEAR.sub(" ", head) if "年" in head else head
    if not any(c.isdigit() for c in head) or _only_floors_held(head):
        return None
    figure_part = start if opened >= 0 else clause.start  # (今年…要增长6%(去年增长5.2%): 今年 before the bracket)
    earlier = [
        m
        for m in relative
        if seg <= m.start()
        and m.end() <= figure_part
        and before[max(0, m.start() - 1) : m.start()] not in RELATIVE_BASE_BEFORE
        and not _SINCE.match(before[m.end() : m.end() + 2])
        and not _in_closed_aside(before, m.start(), m.end(), clause.start)
    ]
    if any(m.lastgroup != "this_year" for m in earlier):
        return None
    if explicit_year is not None and 0 < year_end <= figure_part:
        return explicit_year  # (2025年…安排13.2亿元(上年为12.6亿元): the year printed before the bracket)
    if earlier:
        return _this_year(sent, earlier[-1], relative, frame, dates)
    # (the figure before is of the year its frame describes: 优良天数比例为97.1%,上年为95.2% in a bulletin of
    # June 2023 on 2022 contrasts 2022 with 2021, not 2023 with 2022)
    return frame.year or dates.review_this_year


def _only_floors_held(head: str) -> bool:
    """Whether every figure of *head* is a floor held for years (粮食总产量连续四年突破40亿斤,去年达到…:
    the figure before 去年 is of no one year, so 去年 is not the year before it)."""
    if "连续" not in head:
        return False
    for m in _FIGURE.finditer(head):
        held = _FLOOR_HELD.search(head, 0, m.start())
        if held is None or not held.group().startswith("连续"):
            return False
    return True


def _names_last_year(sent: str, relative: list[re.Match[str]]) -> bool:
    """Whether *sent* dates a figure by 去年 or 前年 (not a base: 比去年): then 今年 beside it, with an
    expectation after it, is the year the report is delivered in, also in a report of January looking
    back (去年完成15.2亿元,今年预计完成16亿元)."""
    if "年" not in sent[relative[-1].end() :] and not any(
        m.lastgroup in ("last_year", "before_last_year") for m in relative
    ):
        return False
    for m in RELATIVE_YEAR.finditer(sent):
        if m.lastgroup in ("last_year", "before_last_year") and (
            sent[max(0, m.start() - 1) : m.start()] not in RELATIVE_BASE_BEFORE
            and not _SINCE.match(sent[m.end() : m.end() + 2])
            and not _ON_BASIS.match(sent, m.end())
        ):
            return True
    return False


_REASON_ASIDE = cue("continuation", "reason_aside")


def _in_adjustment(before: str, rel: re.Match[str]) -> bool:
    """Whether the relative year *rel* lies inside an adjustment phrase of a rate (剔除上年…因素后)."""
    m = _IN_ADJUSTMENT.search(before, max(0, rel.start() - 8), min(len(before), rel.end() + 16))
    return m is not None and m.start() <= rel.start() and rel.end() <= m.end()


def _same_period_base(sent: str, before: str, rel: re.Match[str]) -> bool:
    """Whether the relative year *rel* names 上年同期 (去年同期) as a base: after other words in its clause
    (受上年同期…, 是上年同期的1.5倍, 快于上年同期), or before 基数/水平 (上年同期基数较低)."""
    if not _SAME_PERIOD.match(before, rel.end()) or _PAST_FIGURE_AFTER.match(before, rel.end()):
        return False  # (…收入上年同期为5.31亿元: that figure is the year before's, whatever opens the clause)
    cs = clause_start(sent, rel.start())
    lead = max(cs, before.rfind("(", cs, rel.start()) + 1, before.rfind("（", cs, rel.start()) + 1)  # (上年同期为…)
    if not _SAME_PERIOD_LEAD.fullmatch(before, lead, rel.start()):
        return True  # 增速快于上年同期1.2个百分点,…: a comparison's base
    return _SAME_PERIOD_BASE.match(before, rel.start()) is not None  # 上年同期基数较低,…


def _in_reason(sent: str, pos: int, figure_clause: int) -> bool:
    """Whether *pos* lies in a clause before the figure's (starting at *figure_clause*) that gives the
    reason of a change (主要是上年…较多)."""
    cs = clause_start(sent, pos)
    return cs < figure_clause and _REASON_ASIDE.match(sent, cs) is not None


_PART_LIST = cue("sub", "part_list")
_PART_MEMBER = cue("sub", "part_list_joiner")


def listed_parts(before: str, group: tuple[int, int]) -> str | None:
    """The part of the year of figure *group* (its place in a 分别 list, the list's length) when a list
    of parts of the year stands before the list of figures (一季度、上半年、前三季度和全年地区生产总值分别
    增长4.9%、6.1%、6.3%和6.7%: Q1, H1, Q1-Q3 and the whole year, ""); None when no such list, or when
    its members are not as many as the figures."""
    if group[1] < 2 or "分别" not in before:
        return None
    last = None
    for m in _PART_LIST.finditer(before):
        last = m
    if last is None:
        return None
    members = [subperiod_of(w) for w in _PART_MEMBER.split(last.group())]
    if len(members) != group[1] or any(p is None for p in members) or parts_and_subjects_listed(before):
        return None
    return members[group[0]]


def parts_and_subjects_listed(before: str) -> bool:
    """Whether a list of parts of the year before 分别 is followed by a list of subjects too
    (一季度和上半年,全县地区生产总值和固定资产投资分别增长4.2%和5.1%): which figure is whose, and of
    which part, is not told."""
    last = None
    for m in _PART_LIST.finditer(before):
        last = m
    return last is not None and _PART_MEMBER.search(before, last.end(), before.rfind("分别")) is not None


_CLAUSE_END = re.compile(r"[,;:，；：]")
_YEAR_LIST_END = re.compile(f"(?:{cue('time', 'year_list').pattern})$")


def own_clause_list(sent: str, before: str, end: int, clause_start: int) -> int | None:
    """Where the list of years ending at *end* in *before* starts, when it dates its own clause only: the
    clause goes on with words of its own after the list and ends before the figure's clause (at
    *clause_start*): 2022年、2023年连续两年被评为全省营商环境优秀县,全县地区生产总值增长6.5% (an honour of
    those years; the figure is not one of theirs). None for a list alone in its clause (2022年和2023年,…)
    or in the figure's clause."""
    m = _YEAR_LIST_END.search(before, max(0, end - 64), end)
    if m is None:
        return None
    stop = _CLAUSE_END.search(sent, end)
    if stop is None or stop.start() >= clause_start or not sent[end : stop.start()].strip():
        return None
    return m.start()


def year_of_its_own(before: str, rel: re.Match[str] | None, span_pos: int) -> bool:
    """Whether 当年/今年 (*rel*, printed after the last span of *before*, which starts at *span_pos*) makes
    the figure after it the year's own, not the span's sum (2021年以来,累计完成造林12万亩,当年完成造林3.2万亩);
    not 当年价 (a price basis), 今年底 (the end the sum runs up to) nor 当年起 (a start)."""
    return (
        rel is not None
        and rel.lastgroup == "this_year"
        and rel.start() >= span_pos
        and not _THIS_YEAR_NOT_OWN.match(before, rel.end())
        and not _THAT_YEAR_ONWARD.match(before, rel.end())
    )
