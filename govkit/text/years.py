"""Years: the year a report describes and the years it plans for.

:func:`main_year` reads review headings and phrases (一、2018年工作回顾, 回顾了2017年工作), a
sentence opening on the year (2020年是…), the delivery date of a delivered report, the title of a
period document and last the latest year the text speaks of. :func:`plan_years` reads plan
headings (2021年工作安排), targets (到2025年) and five-year plans (``data/plan_periods.csv``).
"""

from __future__ import annotations

import re
from datetime import date

from govkit.core.periods import plan_periods
from govkit.text.chrome import IsChrome
from govkit.text.openings import finditer_opening, opening
from govkit.text.report_types import ReportType
from govkit.text.title import strip_noise

_REVIEW_LINE = re.compile(r"(20\d\d)年(?:度)?[^\n]{0,30}?(?:回顾|执行情况|工作成效|主要成效|完成情况)")
#: 回顾了2017年 | 2018年(及…)工作回顾: two patterns, each starting with plain text (quick to find)
_REVIEW_PHRASES = (re.compile(r"回顾了(20\d\d)年"), re.compile(r"(20\d\d)年(?:及[^\n]{0,12})?工作回顾"))
#: ``(?:^|[\s,。;:)])`` + a sentence opening on a year (2020年是…, 2021年,全县…), see :func:`~govkit.text.openings.opening`
_LEAD_YEAR = opening(
    r"\s,。;:)",
    r"(?:刚刚)?(?:过去的)?(20\d\d)年(?:度)?(?:上半年|前三季度|1-\d{1,2}月)?"
    r"(?=是|,|以来|全县|全区|全市|全镇|全乡|全旗|我们|我局|我镇|我县|我区|我市|在)",
)
_TITLE_YEAR = re.compile(r"(20\d\d)年")
_ANY_YEAR = re.compile(r"(?<![\d-])(20\d\d)年")


def _review_phrase_year(text: str) -> int | None:
    """The year of the first 回顾了2017年 or 2017年(及…)工作回顾 in *text*."""
    if "回顾" not in text:
        return None
    found = [m for m in (rx.search(text) for rx in _REVIEW_PHRASES) if m]
    return int(min(found, key=lambda m: m.start()).group(1)) if found else None


def main_year(
    norm: str,
    lines: list[str],
    titles: list[str],
    rtype: ReportType | None,
    rdate: date | None,
    published: date | None,
    is_chrome: IsChrome,
) -> int | None:
    """The year the report describes.

    In order: a review heading (一、2018年工作回顾, 2022年国民经济和社会发展计划执行情况), 回顾了2017年工作,
    a sentence opening on the year (2020年是…, 2021年,全县…, 2021年上半年,…); for a delivered report
    (work report, plan report, news of the session) the year must fit the delivery date (January–August:
    the year before; later: the same year), which also decides 过去五年/本届政府 reviews; then the year in
    the title of a period document (2021年度…自查报告, 2023年…统计公报); last, the latest year the
    text speaks of.
    """
    delivered = rtype is not None and not rtype.title_year_is_period
    allowed: set[int] | None = None
    if rdate and delivered:
        allowed = {rdate.year - 1} if rdate.month <= 8 else {rdate.year}

    def ok(y: int) -> bool:
        return allowed is None or y in allowed

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
                return int(m.group(1))
    y = _review_phrase_year(text)
    if y is not None and ok(y):
        return y
    if rtype is not None and rtype.title_year_is_period:
        # 2023年度…自查报告: a period document's title names the year it covers.
        for t in titles:
            m = re.search(r"((?:19|20)\d{2})年度", t)
            if m:
                return int(m.group(1))
    for m in finditer_opening(_LEAD_YEAR, text):
        y = int(m.group(1))
        if ok(y) and (not published or y <= published.year):
            return y
    if allowed:
        return next(iter(allowed))
    if rtype is not None and rtype.title_year_is_period:
        for t in titles:
            m = _TITLE_YEAR.search(t)
            if m:
                return int(m.group(1))
    # the most recent year the content speaks of (not page dates), bounded by the publish year
    years = [int(y) for y in _ANY_YEAR.findall(norm, body_start, min(len(norm), body_start + 6000))]
    if published:
        years = [y for y in years if y <= published.year]
    return max(years) if years else None


_PLAN = re.compile(
    r"(20\d\d)年(?:全县|全区|全市|全镇|全乡)?(?:政府)?(?:工作安排|主要任务|工作(?:思路|目标|重点|任务|打算)|重点工作|"
    r"(?:经济社会发展的?)?(?:主要)?(?:预期)?目标|国民经济和社会发展计划|计划|的?总体要求|工作的总体要求)"
)
_BY_YEAR = re.compile(r"到(20\d\d)年")


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
    if year and ("今后五年" in norm or "未来五年" in norm):
        ys.update(range(year + 1, year + 6))
    if year:
        ys = {y for y in ys if year < y <= year + 15}
    return sorted(ys)
