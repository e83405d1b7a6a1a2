"""A figure's time against the date the report was delivered.

A report is often delivered in a year other than the one it mainly describes, or before the year
it speaks of has ended; the same words then date a figure differently:

* :func:`since_new_year_of_report`: 今年以来/年初以来/截至目前 in a report of May 2024 on 2023 is 2024 so
  far, not 2023;
* :func:`to_date_unknown`: 今年以来,… in a speech of August is January to a month the text does not
  tell (flagged :data:`TO_DATE_FLAG`), not the year;
* :func:`so_far_this_year`: a growth since last year's end (较去年底增长) in a report dated within its year,
  the year's end not named: growth since January, not the year's (:func:`since_year_start` reads the base);
* :func:`not_yet`: a whole-year figure of a year not yet over when the report was delivered
  (今年…控制在4.5%以内 in a speech of January) is a target, not an outturn;
* :func:`part_ahead`: a figure of a part of the year not over when the report was delivered (四季度…,
  下半年… in a review of July), or of a sentence opening on the rest of the year or a next step, is a plan.

Called by :func:`govkit.facts.timing.figure_time`, which reads the figure's year, span, sub-period and
kind from its words and the paragraph's frame (:mod:`govkit.facts.timeframe`: the report's dates);
split from :mod:`govkit.facts.timing` so that each stays one job.
"""

from __future__ import annotations

import re

from govkit.core.fact import Fact
from govkit.facts.cues import cue
from govkit.facts.subperiods import subperiod_end, subperiod_of, subperiod_start
from govkit.facts.timeframe import Dates
from govkit.text.genre_years import band_of

#: The flag of a figure from the start of the year to a month the text does not tell (今年以来).
TO_DATE_FLAG = "to_date"
#: The flag of a figure whose year rests on a guessed anchor: its report's date and year were not read (the
#: year is the latest the text prints, flagged year_uncertain), and the figure's own words do not print its
#: year (去年, 今年, 今年以来, or no time word): the year may be off by one (timeframe.Dates.anchor_guessed).
YEAR_GUESSED_FLAG = "year_guessed"
_SINCE = cue("time", "since")
_SINCE_NEW_YEAR = cue("sub", "since_new_year")
_UP_TO_NOW = cue("time", "up_to_now")
_BREAK = re.compile(r"[,;，；。]")
_GROWTH_BASE = cue("sign", "growth_base")
_YEAR_END_NAMED = cue("time", "year_end_named")
_AHEAD_OPENING = cue("frame", "ahead_opening")
_AHEAD_NOW = cue("frame", "ahead_now")
_FULLYEAR_OUTTURN = cue("time", "fullyear_outturn")
#: The months a rest-of-year opening may have run at the report's date and still be a plan (下半年,… in a
#: review of July or August); later (下半年,全县新增城镇就业1200人 in a summary of November) it may review
#: the part so far: which, the words do not tell.
_AHEAD_RUN_MONTHS = 2
#: The last month of a part-year review: a next step in a report of November or December (a year-end
#: summary) is the next year's plan, not this year's.
_LAST_PART_YEAR_MONTH = 10
#: The first month of a part-year review of the year it is dated in (January and February: the year has
#: not happened, :func:`not_yet`).
_FIRST_PART_YEAR_MONTH = 3


def since_new_year_of_report(year: int | None, period_start: int | None, dates: Dates, before: str) -> bool:
    """今年以来/年初以来/截至目前 before a figure without a year of its own, in a report delivered after the year it
    mainly describes (a report of May 2024 to a visiting leader on 2023 and the months since): the figure
    is of the report's own year so far, not of the year described (a report of January–February on the
    year just ended keeps that year: :attr:`Dates.review_this_year`)."""
    if year is None or period_start is not None or dates.report_year is None or year != dates.doc_year:
        return False
    if dates.review_this_year == year:
        return False
    if _SINCE_NEW_YEAR.search(before) is not None:
        return True
    # 截至目前 (no year named): only in a report of May–October (in March, on the year just reviewed, a
    # state reached then: 截至目前,…贫困发生率降至0.45% in a self-check of March 2020 is 2019's), and only
    # opening the sentence or the figure's clause (…债务余额85.3亿元,截至目前已偿还…,一般公共预算收入完成25.6亿元)
    m = _UP_TO_NOW.search(before)
    if m is None or dates.report_month is None or band_of(dates.report_month).certain:
        return False
    return not before[: m.start()].strip() or _BREAK.search(before, m.end() + 1) is None


def to_date_unknown(year: int | None, period_start: int | None, kind: str, dates: Dates, before: str) -> bool:
    """今年以来,…完成固定资产投资42.6亿元 in a speech of August: January to a month the text does not
    tell, not the year (a report delivered in December, or after the year, means the year)."""
    rm = dates.report_month
    if year is None or year != dates.report_year or rm is None or rm > 11 or period_start is not None:
        return False
    return kind != "target" and "以来" in before and _SINCE_NEW_YEAR.search(before) is not None


def not_yet(year: int | None, subperiod: str, dates: Dates, before: str) -> bool:
    """Whether a whole-year figure of *year* cannot be achieved yet: the report is dated in January or
    February of that year (or earlier), the year is not printed before the figure (今年, a plan's year:
    a printed 2021年 against a date of January 2021 puts the date in doubt, not the figure) and the
    figure is not of a span up to now (今年以来). A figure of a later year than the report's (明年 in a
    speech of December) cannot be achieved yet either, whatever part of the year."""
    ry, rm = dates.report_year, dates.report_month
    if year is None or ry is None or year < ry or str(year) in before or _SINCE.search(before) is not None:
        return False
    return year > ry or (not subperiod and rm is not None and rm <= 2)


def part_ahead(
    sent: str, seg_start: int, year: int | None, subperiod: str, named: str | None, dates: Dates, before: str = ""
) -> str | None:
    """What an outturn reading of a figure of *year* and *subperiod* (*named*: the part of the year its own
    sentence names, ``""`` for 全年; None: none, the paragraph's) becomes when it cannot be one: ``"target"`` in a sentence opening on the rest of the year
    (下半年,积极争取…,全年完成… in a review of July: frame ahead_opening) or on a next step (下一步,…) when its
    period is not over at the report's date; ``"drop"`` for a next step's figure of an ended period or of
    the paragraph's part (下一步,固定资产投资完成40亿元 after 前三季度…: which part the plan aims at is not
    told), and for a part of the year after January that ends after the report's month (…四季度完成25亿元 in
    October; a part from January, 1-9月 in a report dated July, puts the date in doubt: kept);
    None otherwise (a report without a date; 下半年,全县…增长7.2% in a review of January: done). The opening
    governs its own ;-segment only (*seg_start*: the figure's; 下一步,…要确保…;全县森林覆盖率达到42%: done).
    Not a plan but no fact either (review r17e, ``"drop"``): a figure whose clause (*before*: the sentence
    up to it) says it stands now (下一步,我县将在现有森林覆盖率62.5%的基础上…: frame ahead_now); a next step's
    figure of the whole year in a report of November or December (a year-end summary's next step is the
    next year's); a rest-of-year opening whose part had run more than two months at the report's date
    (下半年,全县新增城镇就业1200人 in a summary of November: a plan or the part so far); an outturn of the
    whole year its ;-segment names with a verb (全年实现地区生产总值150亿元,增长6%: time fullyear_outturn) in a review of March to October of that year:
    part-year reviews use 全年 loosely for the year so far or for a forecast, which, the words do not tell
    (预计全年… is an estimate and 全年目标… a target, both kept)."""
    ry, rm = dates.report_year, dates.report_month or dates.published_month
    ended: bool | None = None
    if ry is not None and rm is not None and year is not None:
        ended = year < ry or (year == ry and subperiod_end(subperiod) <= rm) if subperiod else year < ry or rm >= 12
    opening = _AHEAD_OPENING.match(sent) if seg_start == 0 else None
    if opening is not None and _AHEAD_NOW.search(before, max(_clause_start(before), opening.end())):
        return "drop"  # 下一步,…在现有森林覆盖率62.5%的基础上: the level now, neither a plan nor the year's
    if opening is not None and opening.group("step") is not None:
        late = not subperiod and rm is not None and rm > _LAST_PART_YEAR_MONTH
        return "target" if ended is False and (named is not None or not subperiod) and not late else "drop"
    if opening is not None and ended is False:
        rest = subperiod_of(opening.group("rest") or "")
        if rest and rm is not None and rm >= subperiod_start(rest) + _AHEAD_RUN_MONTHS:
            return "drop"  # 下半年,全县新增城镇就业1200人 in November: a plan or the half so far
        return "target"  # 下半年,…全年完成固定资产投资38亿元 in a review of July
    if subperiod and ended is False and year == ry and subperiod_start(subperiod) > 1:
        return "drop"  # 全县地区生产总值四季度完成25亿元 in a review of October: no outturn yet
    if (
        named == ""
        and not subperiod
        and ended is False
        and year == ry
        and _part_year_month(rm)
        and _FULLYEAR_OUTTURN.search(before, seg_start) is not None
    ):
        return "drop"  # 全年实现地区生产总值150亿元 in a review of September: the year so far or a forecast
    return None


def _part_year_month(month: int | None) -> bool:
    """Whether a report of *month* of the year it speaks of is a part-year review (March to October)."""
    return month is not None and _FIRST_PART_YEAR_MONTH <= month <= _LAST_PART_YEAR_MONTH


def _clause_start(before: str) -> int:
    """Where the clause of the figure *before* ends at starts."""
    breaks = [m.end() for m in _BREAK.finditer(before)]
    return breaks[-1] if breaks else 0


def since_year_start(sent: str, start: int, end: int) -> bool:
    """Whether the last base of growth in ``sent[start:end]`` (the subject to its rate) is the start
    of the year (较年初, 比年初, 较上年末: cues.tsv sign growth_base)."""
    bases = list(_GROWTH_BASE.finditer(sent, start, end))
    return bool(bases) and bases[-1].group("start") is not None


def so_far_this_year(sent: str, start: int, end: int, fact: Fact, dates: Dates) -> bool:
    """Whether *fact*, a growth on the base of last year's end (:func:`since_year_start`), is printed in a
    report dated within its own year without the year's end named in the sentence (time year_end_named):
    an outturn of a day within the year, its growth since January, not the year's."""
    return (
        fact.kind == "actual"  # (a goal or an estimate aims at the year's end: 贷款余额较去年底增长10%)
        and dates.report_year is not None
        and fact.year is not None
        and fact.year >= dates.report_year
        and since_year_start(sent, start, end)
        and _YEAR_END_NAMED.search(sent) is None
    )
