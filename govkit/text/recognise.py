"""Stage 3 — recognise: one row of document metadata from a report's cleaned text.

``recognise(text, doc_id, hints)`` returns the report's subject (region, level, province,
prefecture, six-digit county-level adcode, or ``anonymised``), its type, the date it was
delivered, the year it describes, the years it plans for and its title. It reads the text in
the form of :func:`~govkit.text.normalise.normalise_for_recognition` and puts together what
the modules of the text package find:

* :mod:`govkit.text.title` — the title lines (chrome lines, :mod:`govkit.text.chrome`, skipped);
* :mod:`govkit.text.report_types` — the type, from the title lines and the top of the text;
* :mod:`govkit.text.dates` — the publish date, the session line (delivery date and place), the
  session day of a news story (:mod:`govkit.text.date_forms` — a date as ISO);
* :mod:`govkit.text.division_mentions` and :mod:`govkit.text.subject` — whose report it is;
* :mod:`govkit.text.years` — the year described and the years planned for.

Word lists and patterns live in ``govkit/data/report_types.csv`` and ``govkit/data/recognise/``.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from govkit.core.document import DocumentMeta
from govkit.facts.cues import cue_words
from govkit.facts.subperiods import subperiod_end, subperiod_of
from govkit.text.chrome import IsChrome, chrome_check
from govkit.text.date_forms import iso_date
from govkit.text.dates import closing_month, news_date, published_date, session_line, session_month
from govkit.text.division_mentions import find_mentions, phrase_hits, self_level
from govkit.text.genre_years import delivery_of_page
from govkit.text.hints import TextHints
from govkit.text.locate import locate
from govkit.text.normalise import normalise_for_recognition
from govkit.text.regions import PROVINCE, ceased_before, gazetteer, in_force
from govkit.text.report_types import ReportType, classify
from govkit.text.subject import Evidence, Subject, find_subject
from govkit.text.subject_weights import subject_weights
from govkit.text.title import headline, strip_noise, title_lines
from govkit.text.years import YEAR_MASKED, YEAR_UNCERTAIN, YearReading, main_year, plan_years


def recognise(text: str, doc_id: str = "", hints: TextHints | None = None) -> DocumentMeta:
    """Document metadata of a cleaned report text (see module docstring); *hints* are what reading
    and cleaning found (the page's title, publish date and source)."""
    hints = hints or TextHints()
    is_chrome = chrome_check()
    norm = normalise_for_recognition(text or "")
    lines = [ln.strip() for ln in norm[:6000].split("\n")]
    # the top of the report, plus its closing lines (专此报告)
    head = norm[:2500] if len(norm) <= 2800 else norm[:2500] + "\n" + norm[-300:]

    published_s, published = published_date(lines, hints.published_date or "", is_chrome)
    titles = title_lines(lines, is_chrome)
    shown = titles or [h for h in (headline(lines, is_chrome),) if h]  # a news story's headline
    hint_title = strip_noise(normalise_for_recognition(hints.title))
    title_block = "\n".join(([hint_title] if hint_title else []) + titles)
    rtype = classify(title_block, head)
    session_date, session_place = session_line(norm, lines, published)

    hits = phrase_hits(norm)
    subj, ev = find_subject(
        norm, lines, shown, hints, session_place, find_mentions(norm), self_level(norm), hits, is_chrome
    )
    # a session line with a month only (2021年1月在…人民代表大会): the month dates the year described,
    # the report date is its year (a month gives just the year, as the gold metas have it)
    month = session_month(norm) if session_date is None else None
    rdate, reading = _report_date_and_year(
        norm, lines, titles, head, rtype, session_date or month, published, is_chrome
    )
    year = reading.year
    report_date = str(month.year) if month is not None and rdate == month else rdate.isoformat() if rdate else ""
    subj = _in_force_then(subj, year or (rdate.year if rdate else None))
    subj = _not_retired(subj, ev, year)
    province, prefecture, adcode = locate(subj, ev, norm, hits)
    flags = reading.flags
    if _plans_the_page_year(norm[:2500], year, flags, rdate, published_s):
        year = None  # 召开2024年全县经济工作会议 … 过去一年,…: the page's year is the one planned
    if year is None and published_s and YEAR_MASKED not in flags:
        # a dated page whose text prints no year (今年以来…, 去年…, 前三季度… in a story of October):
        # the page date tells the year described
        delivery = delivery_of_page(rtype.name, published_s) if rtype is not None else None
        year, flags = _year_from_page_date(norm[:2500], published_s, flags, delivery)
    if not report_date and hints.written_date:
        report_date = hints.written_date  # the page's 成文日期: the day the document was signed
    if not report_date and rtype is not None:
        report_date = _fallback_report_date(rtype, published_s, published, year, titles)
    if not report_date:
        # signed in a month only ((2024年元月) under the title, 2023年12月 under the signer): the
        # year, as the gold metas have a month
        closing = closing_month(norm, lines)
        report_date = str(closing.year) if closing is not None else ""
    if rtype is None and published_s and not hints.written_date:
        report_date = published_s  # a page of no known genre is dated by its page date
    title = hint_title or (shown[0] if shown else "")
    return DocumentMeta(
        region=subj.region,
        level=subj.level,
        province=province,
        prefecture=prefecture if subj.level != "anonymised" else "",
        adcode=adcode if subj.level != "anonymised" else "",
        anonymised=subj.anonymised,
        report_type=rtype.name if rtype else "",
        report_date=iso_date(report_date),
        year=year,
        plan_years=plan_years(norm, year),
        title=title,
        published_date=published_s if published else (hints.published_date or published_s),
        source=hints.source,
        flags=list(flags),
    )


def _in_force_then(subj: Subject, year: int | None) -> Subject:
    """A name held by several units that the text does not tell apart (巢湖市, the prefecture until
    2011, then a county-level city) is the one in force in the year described, if only one was."""
    if not (subj.ambiguous and subj.division is not None and year):
        return subj
    alive = [d for d in gazetteer().by_name.get(subj.division.name, []) if in_force(d, year)]
    if len(alive) != 1:
        return subj
    return dataclasses.replace(subj, division=alive[0], level=alive[0].level, ambiguous=False)


def _not_retired(subj: Subject, ev: Evidence, year: int | None) -> Subject:
    """A name whose unit had ceased under it years before the year described (平安县 until 2014 in
    2023年平安县创建工作总结, 新建县 until 2014 in 关于新建县城…的汇报) yields to the unit in force that the
    report names where it names itself (its signature, title, session place), if one does; a name
    as printed stays otherwise (户县 on a site that kept the old name)."""
    d = subj.division
    if d is None or not year or subj.level in ("township", "anonymised"):
        return subj
    w = subject_weights()
    if not ceased_before(d, year - int(w.retired_grace)):
        return subj
    g = gazetteer()
    alive = [
        c
        for c, z in ev.own_zone.items()
        if z >= w.accept_strong
        and g.by_code[c].rank != PROVINCE
        and g.by_code[c].name != d.name
        and in_force(g.by_code[c], year) is not False
    ]
    if not alive:
        return subj
    best = g.by_code[min(alive, key=lambda c: (-ev.score.get(c, 0.0), c))]
    return Subject(region=best.name, level=best.level, division=best)


#: Narrower than the cues time this_year/last_year (no 当年, 上一年): cues.tsv, category year.
_THIS_YEAR_WORDS = cue_words("year", "page_this_year")
_LAST_YEAR_WORDS = cue_words("year", "page_last_year")
_PAST_YEAR_WORDS = cue_words("year", "page_past_year")


def _plans_the_page_year(
    head: str, year: int | None, flags: tuple[str, ...], rdate: date | None, page_date: str
) -> bool:
    """Whether *year*, read only as the latest year a dated page prints (flagged year_uncertain, no
    delivery date), is the page's own year while its text (*head*: its top) reviews 过去一年: a page of
    the new year (召开2024年全县经济工作会议, 2024年重点项目集中开工) whose figures are of the year before and
    whose 今年 is the year planned; the year it describes is then not read from it."""
    return (
        year is not None
        and YEAR_UNCERTAIN in flags
        and rdate is None
        and page_date[:4] == str(year)
        and any(w in head for w in _PAST_YEAR_WORDS)
    )


def _year_from_page_date(
    head: str, page_date: str, flags: tuple[str, ...], delivery: tuple[int, int, int] | None = None
) -> tuple[int | None, tuple[str, ...]]:
    """The year described by a dated page whose text (*head*: its top) prints no year: the page's
    year when it speaks of 今年, the year before when it speaks only of 去年, the page's year when
    the part of the year it names ended before the page's month (前三季度 in a story of October);
    else none (year_uncertain stays), as when it also reviews 过去一年 (今年 is then the year planned),
    unless the page is a delivered report or news of its session whose page date stands for the
    delivery (*delivery*: genre_years.delivery_of_page, the month decides: a page of January–April reviews the
    year before, one of November–December its own; other months none)."""
    page_year = int(page_date[:4])
    known = tuple(f for f in flags if f != YEAR_UNCERTAIN)
    if any(w in head for w in _PAST_YEAR_WORDS):
        if delivery is not None:
            return delivery[2], known  # 人大会议开幕…过去一年,… on a page of January: the year before
        return None, flags  # 过去一年…,今年… in a speech of January, a story of July: not the page's year
    if any(w in head for w in _THIS_YEAR_WORDS):
        return page_year, known
    if any(w in head for w in _LAST_YEAR_WORDS):
        return page_year - 1, known
    part = subperiod_of(head)
    if part and len(page_date) >= 7 and subperiod_end(part) < int(page_date[5:7]):
        return page_year, known
    return None, flags


def _report_date_and_year(
    norm: str,
    lines: list[str],
    titles: list[str],
    head: str,
    rtype: ReportType | None,
    session_date: date | None,
    published: date | None,
    is_chrome: IsChrome,
) -> tuple[date | None, YearReading]:
    """The delivery date (the session's; for a news story of the session, its day) and the year
    described, which must fit a delivery date."""
    rdate = session_date
    if rdate is None and rtype is not None and "dateline" in rtype.date_fallback:
        reading0 = main_year(norm, lines, titles, rtype, None, published, is_chrome)
        rdate = news_date(head, published, reading0.year)
        if rdate is None:
            return None, reading0  # (read again without a date, the year would be read the same)
    return rdate, main_year(norm, lines, titles, rtype, rdate, published, is_chrome)


_TITLE_DELIVERY_YEAR = re.compile(r"^((?:19|20)\d\d)年")


def _fallback_report_date(
    rtype: ReportType, published_s: str, published: date | None, year: int | None, titles: list[str]
) -> str:
    """The report date when no delivery date is found, as the type's ``date_fallback`` says: the
    publish date if it falls in the year described or the next (a month gives just the year, as
    the gold metas have it), the year printed in the title before the genre's name (2026年横州市
    政府工作报告: the delivery year), or just the year described."""
    for how in rtype.date_fallback:
        if how == "published" and published_s and year and int(published_s[:4]) in (year, year + 1):
            return published_s if published else published_s[:4]
        if how == "year" and year:
            return str(year)
        if how == "title_year" and titles:
            m = _TITLE_DELIVERY_YEAR.search(titles[0])
            if m and rtype.title is not None and rtype.title.search(titles[0], m.end()):
                return m.group(1)
    return ""
