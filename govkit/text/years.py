"""Years: the year a report describes and the years it plans for.

:func:`main_year` reads review headings and phrases (一、2018年工作回顾, 回顾了2017年工作), a
sentence opening on the year (2020年是…), the delivery date of a delivered report, the title of a
period document and last the latest year the text speaks of. :func:`plan_years` reads plan
headings (2021年工作安排), targets (到2025年) and five-year plans (``data/plan_periods.csv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from govkit.core.periods import plan_periods
from govkit.facts.cues import cue, cue_words, required_literal
from govkit.text.chrome import IsChrome
from govkit.text.genre_years import band_of, whole_year_types, year_sources
from govkit.text.openings import finditer_opening, opening
from govkit.text.report_types import ReportType
from govkit.text.title import is_speech_title, strip_noise

# The words of this module are rows of cues.tsv (category year).
_REVIEW_LINE = cue("year", "review_line")
_PART_IN_TITLE = cue("year", "part_in_title")
_PART_MEETING_IN_TITLE = cue("year", "part_meeting_in_title")
#: 回顾了2017年 | 2018年(及…)工作回顾: two patterns, each starting with plain text (quick to find)
_REVIEW_PHRASES = (cue("year", "review_phrase"), cue("year", "review_heading_phrase"))
#: Text every review phrase contains (a cheap test before searching).
_REVIEW_LITERALS = tuple(required_literal(rx.pattern) for rx in _REVIEW_PHRASES)
#: ``(?:^|[\s,。;:)])`` + a sentence opening on a year (2020年是…, 2021年,全县…), see :func:`~govkit.text.openings.opening`
_LEAD_YEAR = opening(r"\s,。;:)", cue("year", "lead_year").pattern)
#: 2024年4月,… / 2024年3月至4月,…: a sentence opening on a month of a year
_MONTH_OPENING = opening(r"\s,。;:)", cue("year", "month_opening").pattern)
_TITLE_YEAR = re.compile(r"(20\d\d)年")
#: A year of a title that is no day's date (not 2024年7月16日 of a title's session bracket: the day it was
#: delivered, not the year the title names; b30 h30_02, a 调研报告 on 2023 delivered in July 2024).
_TITLE_PERIOD_YEAR = re.compile(r"(20\d\d)年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
#: A year 20xx年 not after a digit or a dash (``(?<![\d-])`` before it, written after its first digit as
#: ``(?<![\d-]2)``: a pattern opening on a 2 lets the regex engine skip ahead to one).
_ANY_YEAR = re.compile(r"(2(?<![\d-]2)0\d\d)年")
#: 到2020年 / 至2025年: a year a target aims at, not one the text describes
_TARGET_BEFORE = cue_words("year", "target_before")
#: 至2019年底 / 到2019年末: the state at a year's end, which the text may describe
_STATUS_AFTER = cue_words("year", "status_after")
#: 以来: after a year (2014年以来), the start of a span up to now (cues.tsv, time since).
_SINCE = cue_words("time", "since")[0]
_SO_FAR = cue("sub", "since_new_year")  # 今年以来, 年初以来: the report's own year so far


#: A masked year: 20XX年, 201X年, 20**年, **年, XX年 (the digits replaced by X, x, ×, * or ＊).
MASKED_YEAR = re.compile(r"(?<![\dA-Za-z*＊])(?:(?:19|20)\d?[Xx×*＊]{1,2}|[Xx×*＊]{2,4})(?=\s*年)")
#: The stand-in for a masked year while years are read (no report describes it), see :func:`main_year`.
_MASK_YEAR = 2099
#: The characters a masked year is written with (no masked year without one of them).
_MASK_CHARS = "Xx×*＊"


def _has_mask_char(text: str) -> bool:
    """Does *text* hold a mask character? (Each looked for as a substring: quicker than the class.)"""
    for ch in _MASK_CHARS:
        if ch in text:
            return True
    return False


_MASK_YEAR_TEXT = str(_MASK_YEAR)
#: A run of mask characters with 年 after it (spaces between): a masked year ends where such a run
#: ends (its last character is a mask character and the next one a space or 年, by MASKED_YEAR's
#: lookahead), and nowhere else.
_MASK_RUN_BEFORE_YEAR = re.compile(f"[{re.escape(_MASK_CHARS)}]++(?=\\s*年)")
#: The longest masked year (``20``, a digit and two mask characters: 202XX).
_MASKED_YEAR_LONGEST = 5
YEAR_MASKED = "year_masked"
YEAR_UNCERTAIN = "year_uncertain"


def _unmask_each(texts: list[str]) -> list[str]:
    """:func:`unmask_years` of each text (a new list); texts without a mask character, looked for in
    all of them at once, are the texts themselves."""
    if not any(_has_mask_char(t) for t in texts):
        return list(texts)
    return [unmask_years(t) for t in texts]


def unmask_years(text: str) -> str:
    """*text* with every masked year written as the stand-in year (so that one reading finds both).

    As ``MASKED_YEAR.sub``, but the pattern is tried only where a masked year can start: every
    masked year ends where a run of mask characters followed by 年 ends (:data:`_MASK_RUN_BEFORE_YEAR`),
    and starts at most :data:`_MASKED_YEAR_LONGEST` characters before that; those starts are tried
    in text order, past the last masked year, the first that matches winning (the pattern, led by a
    look-behind, is slow to search for; the mask characters without 年 after them, as in masked
    figures ``**``, are not looked at). A match cannot cross the end of a run (the character there
    is a space or 年), so the runs' matches come in text order and never overlap: the same matches
    as the substitution's."""
    if not _has_mask_char(text):
        return text
    out: list[str] = []
    last = 0  # end of the last masked year
    for run in _MASK_RUN_BEFORE_YEAR.finditer(text):
        end = run.end()
        for start in range(max(last, end - _MASKED_YEAR_LONGEST), end):
            m = MASKED_YEAR.match(text, start)
            if m is not None:
                out.append(text[last:start])
                out.append(_MASK_YEAR_TEXT)
                last = m.end()
                break
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


@dataclass(frozen=True)
class YearReading:
    """The year a report describes and the flags of how sure that is (year_masked, year_uncertain)."""

    year: int | None
    flags: tuple[str, ...] = ()


def _review_phrase_year(text: str) -> int | None:
    """The year of the first 回顾了2017年 or 2017年(及…)工作回顾 in *text*."""
    if not any(lit in text for lit in _REVIEW_LITERALS):
        return None
    found = [m for m in (rx.search(text) for rx in _REVIEW_PHRASES) if m]
    return int(min(found, key=lambda m: m.start()).group(1)) if found else None


def _year_of_genre_in_title(titles: list[str], rtype: ReportType) -> int | None:
    """The year printed last before the genre's words in a title line (关于2024年国民经济和社会发展计划
    草案及2023年计划执行情况的报告 → 2023, the plan executed; 关于2023年预算执行情况和2024年预算草案 → 2023),
    or None when no title line prints one there."""
    if rtype.title is None:
        return None
    for t in titles:
        m = rtype.title.search(t)
        if m:
            found = _TITLE_YEAR.findall(t, 0, m.start())
            if found:
                return int(found[-1])
    return None


def _year_over_when_issued(y: int, rtype: ReportType, titles: list[str], norm: str, rdate: date | None) -> int:
    """The year a review of a whole year (``whole_year_types``) titled with year *y* describes: the
    year before when it is dated in *y*, in the months that look back on the year before
    (``year_by_month.csv``), and its text opens on that year (中方县2024年统计公报 of 2024-03-20: 2023年,
    全县…): a year is over before it is reviewed; else *y*, as when its title names a part of the year."""
    if rtype.name not in whole_year_types() or rdate is None or rdate.year != y:
        return y
    band = band_of(rdate.month)
    if not (band.certain and band.years_back == 1) or any(_PART_IN_TITLE.search(t) for t in titles):
        return y
    for m in finditer_opening(_LEAD_YEAR, norm[:6000]):
        end = norm.find("\n", m.end())
        if norm[norm.rfind("\n", 0, m.start()) + 1 : end if end >= 0 else len(norm)].strip() in titles:
            continue
        return y - 1 if int(m.group(1)) == y - 1 else y
    return y


def _year_before_genre(norm: str, rtype: ReportType) -> int | None:
    """The year printed just before the genre's title words at the top of the text, when the
    title ran into the first line (县人民政府2017年脱贫攻坚工作情况汇报…, 关于2015年国民经济和社会
    发展计划执行情况与2016年…): the last year within 40 characters before the first match."""
    m = rtype.title.search(norm, 0, 400) if rtype.title is not None else None
    if m is None:
        return None
    found = _TITLE_YEAR.findall(norm, max(0, m.start() - 40), m.start())
    return int(found[-1]) if found else None


def _meeting_year_described(y: int, rdate: date | None, title: str = "") -> int:
    """The year a document titled with year *y* describes: *y*, unless it is dated before *y* (a
    meeting in December on next year's work: its own year), or dated in *y* in months
    that look back on the year before (在2021年…三级干部大会上的讲话 of 2021-02-22 reviews 2020,
    ``year_by_month.csv``) and its title names no part of the year (2021年一季度经济运行情况分析 of
    2021-04-20 is of 2021; nor does a quarterly meeting reviewing the economy, 在2024年全县经济运行分析会上的讲话
    of 2024-04-22)."""
    if _PART_IN_TITLE.search(title):
        return y
    if _PART_MEETING_IN_TITLE.search(title) and (rdate is None or rdate.year >= y):
        return y  # 在2024年全县经济运行分析会上的讲话 of 2024-04-22: the quarter reviewed is of 2024
    if rdate is not None and rdate.year < y:
        # 在全县2022年工作务虚会上的讲话 of 2021-12-20: the title names the year planned; the
        # meeting looks back on the year of its date (by its month)
        band = band_of(rdate.month)
        return rdate.year - band.years_back if band.certain else rdate.year
    if rdate is not None and rdate.year == y:
        band = band_of(rdate.month)
        if band.certain:
            return y - band.years_back
    return y


def _own_year_narrated(titles: list[str], body: str, rdate: date) -> int | None:
    """The year a dated document of no other year reading describes when it says so itself: a
    part of a year its title names, not after its date (关于2024年一季度安全生产检查情况的通报 of April
    2024), or the year of its date when its text narrates months of that year up to its date
    (2024年4月,考察组…; 2024年3月至4月,调研组…) and names no year before it; else None (the
    delivery month decides)."""
    for t in titles:
        m = _PART_IN_TITLE.search(t)
        if m and int(m.group(1)) <= rdate.year:
            return int(m.group(1))
    months = [
        (int(m.group(1)), int(m.group(2))) for m in finditer_opening(_MONTH_OPENING, body) if m.group(1) != "2099"
    ]
    if not any(y == rdate.year and mo <= rdate.month for y, mo in months):
        return None
    earlier = [int(m.group(1)) for m in _ANY_YEAR.finditer(body) if int(m.group(1)) < rdate.year]
    return None if earlier else rdate.year


def _older_than_date(y: int, when: date | None) -> bool:
    """Whether a span since year *y* (2014年以来) in a report dated *when* started before the year
    that report could describe (its own or the one before): then *y* is the span's start only."""
    return when is not None and y + 1 < when.year


def _own_year_so_far(source: str, rdate: date | None, text: str) -> bool:
    """Whether a dated report of a genre that takes its year from the text and its date (工作汇报, 讲话, not
    a delivered work report), dated in months where a report may look back or not (year_by_month.csv:
    not certain, May–October), speaks of its own year so far (今年以来, 年初以来): a report to a visiting
    leader of May 2024 on 2023 and the months since describes 2024, the year before is its background."""
    if source or rdate is None or band_of(rdate.month).certain:
        return False
    return _SO_FAR.search(text) is not None


def _reading(y: int | None, *flags: str) -> YearReading:
    if y == _MASK_YEAR:
        return YearReading(None, (YEAR_MASKED,))
    return YearReading(y, tuple(f for f in flags if f))


def main_year(
    norm: str,
    lines: list[str],
    titles: list[str],
    rtype: ReportType | None,
    rdate: date | None,
    published: date | None,
    is_chrome: IsChrome,
) -> YearReading:
    """The year the report describes, and how sure that is.

    A type whose year comes from its title (``year_by_genre.csv``: 统计公报, 计划执行情况报告 …)
    takes the first year of its title. Otherwise, in order: a review heading (一、2018年工作回顾,
    2022年国民经济和社会发展计划执行情况), 回顾了2017年工作, a sentence opening on the year (2020年是…,
    2021年,全县…, 2021年上半年,…); for a delivered report (work report, news of the session) the
    year must fit the delivery date (``year_by_month.csv``: delivered January–April, the year
    before; November–December, the same year), which also decides 过去五年/本届政府 reviews; then
    the year in the title of a period document (2021年度…自查报告); a speech or summary with a
    date of its own is dated by it as a delivered report is; last, the latest year the text speaks
    of (flagged ``year_uncertain``). A year printed masked (20XX年, **年) where the year is
    read gives no year and the flag ``year_masked``; a text without any year gives ``year_uncertain``.
    """
    norm = unmask_years(norm)
    lines = _unmask_each(lines)
    titles = _unmask_each(titles)
    source = year_sources().get(rtype.name, "") if rtype is not None else ""
    if source == "title" and rtype is not None:
        y = _year_of_genre_in_title(titles, rtype)
        if y is None:
            y = next((int(m.group(1)) for m in map(_TITLE_PERIOD_YEAR.search, titles) if m), None)
        if y is not None:
            return _reading(_year_over_when_issued(y, rtype, titles, norm, rdate))
        y = _year_before_genre(norm, rtype)
        if y is not None:
            return _reading(y)
    delivered = source == "delivery"
    allowed: set[int] | None = None
    unsure = ""
    if rdate and delivered:
        band = band_of(rdate.month)
        allowed = {rdate.year - band.years_back}
        unsure = "" if band.certain else YEAR_UNCERTAIN

    def ok(y: int) -> bool:
        return allowed is None or y in allowed or y == _MASK_YEAR

    body_start = 0
    for ln in lines[:60]:
        if ln.strip() and not is_chrome(ln) and ln.strip() not in titles:
            break
        body_start += len(ln) + 1
    text = norm[:20000]
    for ln in text.split("\n"):
        s = ln.strip()
        if len(s) <= 60:
            m = _REVIEW_LINE.search(s)
            if m and ok(int(m.group(1))) and strip_noise(s) not in titles and not is_chrome(s):
                return _reading(int(m.group(1)))
    y = _review_phrase_year(text)
    if y is not None and ok(y):
        return _reading(y)
    if rtype is not None and rtype.title_year_is_period:
        # 2023年度…自查报告: a period document's title names the year it covers.
        for t in titles:
            m = re.search(r"((?:19|20)\d{2})年度", t)
            if m:
                return _reading(int(m.group(1)))
    period_title = rtype is not None and rtype.title_year_is_period and any(_TITLE_YEAR.search(t) for t in titles)
    # An undated delivered report (a work report copied without its session line): the year its
    # plan part names (二、2024年主要目标任务, 2024年工作安排) is the year ahead, not the one described.
    planned = _planned_ahead(text) if delivered and rdate is None and _PLAN_PART_REPORT.search(text) else set()
    so_far = _own_year_so_far(source, rdate, text)
    for m in finditer_opening(_LEAD_YEAR, text):
        y = int(m.group(1))
        if so_far and rdate is not None and y < rdate.year:
            continue  # 2023年,全区… in a report of May 2024 that goes on to 今年以来: the year before, reviewed
        if text.startswith(_SINCE, m.end()) and (period_title or _older_than_date(y, rdate or published)):
            continue  # 2014年以来,… in 2020年脱贫攻坚工作总结, or in a report dated 2022: the start of a span
        if planned and (y in planned or y < min(planned) - 1):
            continue  # the year ahead (2024年主要目标任务), or an older year of the review (2021年以来,…)
        if rdate is not None and _ahead_of_date(y, rdate) and _opens_plan(text, m.start(1)):
            continue  # 2025年全旗…主要预期目标是 in a speech of February 2025: the year ahead, not the one reviewed
        if ok(y) and (not published or y <= published.year or y == _MASK_YEAR):
            return _reading(y)  # the text confirms the year (2021年是…, 2021年,全镇…)
    if allowed:
        return _reading(next(iter(allowed)), unsure)
    if rtype is not None and rtype.title_year_is_period:
        for t in titles:
            m = _TITLE_YEAR.search(t)
            if m:
                y = int(m.group(1))
                # an undated speech at a meeting named by its year (在2024年全县经济工作会议上的讲话):
                # a page dated in that year, or the one before, dates it as its delivery would
                bound = (
                    published if rdate is None and is_speech_title(t) and published and published.year <= y else None
                )
                return _reading(_meeting_year_described(y, rdate or bound, t))
        y = _year_before_genre(norm, rtype)
        if y is not None:
            return _reading(y)
    if rdate is not None:
        own = _own_year_narrated(titles, norm[body_start : body_start + 6000], rdate)
        if own is not None:
            return _reading(own)
        # a speech or summary with a date of its own (not the page's) and no year in its text:
        # dated like a delivered report where the month decides (a speech of January looks back
        # on the year before, one of December on its own year); in between (a mid-year meeting on
        # 今年以来) its own year, flagged
        band = band_of(rdate.month)
        if band.certain:
            return _reading(rdate.year - band.years_back)
        return _reading(rdate.year, YEAR_UNCERTAIN)
    # the most recent year the content speaks of (not page dates, not targets: 到2020年),
    # bounded by the publish year
    found = [
        int(m.group(1))
        for m in _ANY_YEAR.finditer(norm, body_start, min(len(norm), body_start + 6000))
        if norm[m.start() - 1 : m.start()] not in _TARGET_BEFORE or norm[m.end() : m.end() + 1] in _STATUS_AFTER
    ]
    if planned:
        # 过去一年,… / 二、2024年主要目标任务: the year before the first year planned for (not an older year
        # of the review: 比2022年增长6.1%, 2021年以来)
        return YearReading(min(planned) - 1, (YEAR_UNCERTAIN,))
    years = [y for y in found if y != _MASK_YEAR and (not published or y <= published.year)]
    if years:
        return YearReading(max(years), (YEAR_UNCERTAIN,))
    if _MASK_YEAR in found:
        return YearReading(None, (YEAR_MASKED,))
    return YearReading(None, (YEAR_UNCERTAIN,))


_PLAN = cue("year", "plan_line")
_PLAN_DONE = cue("year", "plan_line_done")
_PLAN_PART_REPORT = cue("year", "plan_part_report")
_PLAN_FIVE_YEARS = cue("year", "plan_five_years")
_BY_YEAR = cue("year", "by_year")
_KEY_YEAR_AHEAD = cue("year", "key_year_ahead")
#: 今后五年, 未来五年: the same words as a frame of the next five years (facts/frames.py).
_NEXT_FIVE_YEARS = cue_words("frame", "next_five_years")


#: What may stand right before a plan line's year for it to open a line, heading or sentence.
_PLAN_OPENS = "\n。;:、)）"


def _ahead_of_date(y: int, rdate: date) -> bool:
    """Whether *y* is later than the year a text dated *rdate* reviews, where the month decides it
    (year_by_month.csv's certain bands: January–April the year before, November–December its own)."""
    band = band_of(rdate.month)
    return band.certain and y > rdate.year - band.years_back


def _opens_plan(text: str, at: int) -> bool:
    """Whether a plan line (year plan_line, not a plan reviewed) opens at *at* of *text*."""
    m = _PLAN.match(text, at)
    return m is not None and not _PLAN_DONE.match(text, m.end())


def _planned_ahead(text: str) -> set[int]:
    """The years a work report's plan part names where a line, heading or sentence opens on one
    (二、2024年主要目标任务, 2024年工作安排, 2024年经济社会发展的主要预期目标是: the year ahead), or names
    as a key year right before the plan of 今年 (2024年是…关键之年。今年…主要预期目标是…)."""
    # (not a plan reviewed: 2023年主要目标任务全面完成, 2023年计划执行情况良好 describe that year)
    # (nor a five-year plan's line: 今后五年的奋斗目标是:2025年主要目标是…, its words since the plan line before)
    out: set[int] = set()
    last = 0
    for m in _PLAN.finditer(text):
        since, last = max(last, m.start() - 200), m.end()
        if m.start() and text[m.start() - 1] not in _PLAN_OPENS or _PLAN_DONE.match(text, m.end()):
            continue
        if not _PLAN_FIVE_YEARS.search(text, since, m.start()):
            out.add(int(m.group(1)))
    # 2024年是…关键之年。今年经济社会发展的主要预期目标是…: the key year is the year ahead
    out.update(
        int(m.group(1)) for m in _KEY_YEAR_AHEAD.finditer(text) if not m.start() or text[m.start() - 1] in _PLAN_OPENS
    )
    return out


def plan_years(norm: str, year: int | None) -> list[int]:
    """The years a report plans for: 2021年工作安排, 到2025年, a five-year plan starting next year,
    今后五年; only years after *year* (up to 15 years on)."""
    ys: set[int] = set()
    for m in _PLAN.finditer(norm):
        ys.add(int(m.group(1)))
    for m in _BY_YEAR.finditer(norm):
        ys.add(int(m.group(1)))
    for k, (a, b) in plan_periods().items():
        # a five-year plan is planned for by a report on the year before it starts
        if year == a - 1 and k in norm:
            ys.update(range(a, b + 1))
    if year and any(w in norm for w in _NEXT_FIVE_YEARS):
        ys.update(range(year + 1, year + 6))
    if year:
        ys = {y for y in ys if year < y <= year + 15}
    return sorted(ys)
