"""Time words and the frame they build: the report's dates, multi-year spans, parts of a year.

A *frame* (:class:`Frame`) is what a stretch of text describes: a year, a multi-year span, a part
of the year, actual/estimate/target, and whether it is a plan. :class:`Dates` are the report's
own anchors (the year described, when it was delivered) against which 今年, 五年来 and 上半年 are
read. This module reads the time words (``time`` and ``sub`` cues of
``govkit/data/extract/cues.tsv``; plan periods from ``govkit/data/plan_periods.csv``, Party congresses from
``govkit/data/party_congresses.csv``, campaigns from ``govkit/data/campaigns.csv``); which
heading or opening sets which frame is :mod:`govkit.facts.frames`, and a figure's own year and
kind :mod:`govkit.facts.timing`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from govkit.core.document import DocumentMeta
from govkit.core.periods import campaign_first_years, congress_first_years, plan_periods
from govkit.core.regex_gates import first_test, may_occur, required_words
from govkit.facts.cues import cue, cue_words
from govkit.facts.prefixes import Prefixed, Scans, prefixed
from govkit.facts.sentence_words import SentenceWords, gate
from govkit.facts.subperiods import count_number, cue_probe
from govkit.text.genre_years import delivery_of_page, last_year_of_described_types, year_sources
from govkit.text.years import YEAR_UNCERTAIN

PLAN_PERIODS = plan_periods()
CONGRESS_FIRST_YEARS = congress_first_years()
CAMPAIGN_FIRST_YEARS = campaign_first_years()

#: Units whose level is a stock or a rate at the end of a span, never a sum over it (time stock_units).
STOCK_UNITS = frozenset(cue_words("time", "stock_units"))


class Frame(NamedTuple):
    """What a stretch of text describes (immutable; :meth:`with_` makes a changed copy)."""

    year: int | None = None
    period_start: int | None = None  # set for multi-year reviews/plans
    subperiod: str = ""
    kind: str = "actual"
    plan: bool = False  # a plan/target section
    # the span of a review that a paragraph opening on its last year sits in (过去五年… then 2020年,…):
    # what a campaign's 累计 there sums over (facts.timing)
    outer_start: int | None = None
    # the part of the year before a paragraph's opening named one (截至10月底,…): what a sentence opening on
    # the present (目前…) there describes (facts.timing); None when the opening named none
    before_opening_sub: str | None = None

    def with_(self, **kw) -> Frame:
        return self._replace(**kw)

    def opening_year(self, year: int | None) -> Frame:
        """This frame narrowed to one *year* (a paragraph opening on 2020年,): the review's span is kept
        as :attr:`outer_start` when the year is its last."""
        inside = self.period_start is not None and year == self.year
        return self._replace(year=year, period_start=None, outer_start=self.period_start if inside else None)


@dataclass(frozen=True)
class Dates:
    """The report's own time anchors."""

    doc_year: int | None
    report_year: int | None  # year the report was delivered/published (今年)
    report_month: int | None
    published_month: int | None = None
    #: a delivered report (a work report, news of its session: year_by_genre.csv delivery)
    delivered: bool = False
    #: a statistical review of a year (统计公报: year_by_genre.csv last_year): 上年 there is the year before the
    #: one described, not the year before the publication
    last_year_of_described: bool = False
    #: neither the report's date nor its year was read (the year is the latest the text prints, flagged
    #: year_uncertain, and the report date is empty or only that year): 今年, 去年 … rest on a guess
    anchor_guessed: bool = False

    @property
    def this_year(self) -> int | None:
        return self.report_year or self.doc_year

    @property
    def planned_this_year(self) -> int | None:
        """今年 in a plan: the delivery year; with no date, the year after the one described when the
        report is a delivered one (a work report on 2023 sets 今年's goals for 2024), else this_year."""
        if self.report_year is None and self.delivered and self.doc_year:
            return self.doc_year + 1
        return self.this_year

    @property
    def review_this_year(self) -> int | None:
        """今年 in a review: a report delivered in January–February looks back on the year just ended."""
        if self.report_year and self.report_month and self.report_month <= 2 and self.doc_year == self.report_year - 1:
            return self.doc_year
        return self.this_year

    def printed_after(self, year: int | None) -> bool:
        """Whether the report was printed after *year* ended (a review of January 2024 on 2023)."""
        return year is not None and self.report_year is not None and year < self.report_year

    def part_year(self, end_month: int) -> int | None:
        """The year of a part-year figure (上半年, 1-11月) without a year of its own.

        A report delivered after the year described talks about the new year's part only when it
        is delivered after that part ended (a speech in August on 上半年); a report of January on
        1-11月 still means the year described.
        """
        ry, rm = self.report_year, self.report_month or self.published_month
        if ry and self.doc_year and ry > self.doc_year:
            if rm is not None and rm > end_month:
                return ry
            return self.doc_year
        return self.doc_year or ry

    @property
    def last_full_year(self) -> int | None:
        """The last year a review can cover completely."""
        if self.report_year and self.doc_year and self.report_year > self.doc_year:
            return self.doc_year
        if self.report_year:
            if self.report_month and self.report_month >= 12:
                return self.report_year
            if self.doc_year and self.doc_year < self.report_year:
                return self.doc_year
            return self.report_year - 1 if self.report_month else (self.doc_year or self.report_year)
        return self.doc_year

    @property
    def plan_year(self) -> int | None:
        """The year a plan section without a year aims at."""
        if self.report_year:
            if self.report_month and self.report_month >= 11:
                return self.report_year + 1
            if self.doc_year and self.report_year > self.doc_year:
                return self.report_year
            if self.doc_year and self.report_year == self.doc_year:
                return self.doc_year
        return (self.doc_year + 1) if self.doc_year else None


def dates_from_meta(meta: DocumentMeta) -> Dates:
    doc_year = _int(meta.year)
    rd = str(meta.report_date or "")
    m = re.match(r"(\d{4})(?:-(\d{1,2}))?", rd)
    ry = int(m.group(1)) if m else None
    rm = int(m.group(2)) if m and m.group(2) else None
    pm = re.match(r"(\d{4})-(\d{1,2})", str(meta.published_date or ""))
    pmonth = int(pm.group(2)) if pm and ry and int(pm.group(1)) == ry else None
    if ry is None and doc_year is not None:
        # a work report or news of its session with no date of its own, on a page of January: the page
        # date stands for the delivery (今年 is the page's year, the year planned)
        delivery = delivery_of_page(str(meta.report_type or ""), str(meta.published_date or ""))
        if delivery is not None and delivery[2] == doc_year:
            ry, rm = delivery[0], delivery[1]
    delivered = year_sources().get(str(meta.report_type or "")) == "delivery"
    described = str(meta.report_type or "") in last_year_of_described_types()
    guessed = YEAR_UNCERTAIN in (meta.flags or []) and rm is None and ry in (None, doc_year) and doc_year is not None
    if guessed and delivered and doc_year is not None and doc_year + 1 in (meta.plan_years or []):
        # an undated work report whose plan part names the year ahead (二、2024年主要目标任务): the year it reviews
        # is read from it (the year before), not guessed from the latest year printed
        guessed = False
    return Dates(doc_year, ry, rm, pmonth, delivered, described, guessed)


def _int(v) -> int | None:
    try:
        return int(v) if v is not None and str(v).strip() not in ("", "nan", "<NA>", "None") else None
    except (TypeError, ValueError):
        return None


_SPAN_CUES = (
    "plan_part",
    "span_plan",
    "span_years",
    "since_year",
    "since_congress",
    "since_campaign",
    "span_fiveyear",
    "span_threeyear",
    "span_twoyear",
    "span_ahead",
)
_QUOTES = re.compile(r"[“”\"‘’]")
_SPAN_P: dict[str, Prefixed] = {name: prefixed(cue("time", name)) for name in _SPAN_CUES}
#: The words one of which every match of a span cue contains (None: no such words).
_SPAN_WORDS: dict[str, tuple[str, ...] | None] = {name: required_words(cue("time", name)) for name in _SPAN_CUES}
_QUOTES_P = prefixed(_QUOTES)
#: The span cues by their words (a cue with a word holding a blank, or none, is always looked for).
_SPAN_BY_WORDS = tuple(
    (ws, frozenset(n for n, w in _SPAN_WORDS.items() if w == ws))
    for ws in dict.fromkeys(_SPAN_WORDS.values())
    if ws is not None and all(w.strip() and " " not in w for w in ws)
)
#: The words of all span cues (None when one has none): a text without any holds no span cue.
_ANY_SPAN_WORDS = (
    None
    if any(ws is None for ws in _SPAN_WORDS.values())
    else tuple(w for ws in _SPAN_WORDS.values() for w in ws or ())
)
#: The same test as one pattern, a scan of the text instead of one per word: the words that hold no other
#: of them (a text holding a longer word holds the shorter one in it), shortest first.
_ANY_SPAN_PROBE = (
    None
    if _ANY_SPAN_WORDS is None
    else re.compile(
        "|".join(
            re.escape(w)
            for w in sorted(
                {w for w in _ANY_SPAN_WORDS if not any(o != w and o in w for o in _ANY_SPAN_WORDS)},
                key=lambda w: (len(w), w),
            )
        )
    )
)
#: Whether one of the span cues occurs: their probe (:func:`~govkit.facts.subperiods.cue_probe`: the cues
#: themselves, as one alternation), behind a test of the characters they start with (the same matches).
_SPAN_PROBE = first_test(cue_probe("time", _SPAN_CUES))
_SPAN_ALWAYS = frozenset(_SPAN_WORDS).difference(*(names for _, names in _SPAN_BY_WORDS))
#: The same tests as gates of a sentence's words (:mod:`govkit.facts.sentence_words`).
_SPAN_GATES = tuple((gate(ws), names) for ws, names in _SPAN_BY_WORDS)


def span_of_phrase(
    text: str, dates: Dates, scans: Scans | None = None, names: frozenset[str] | None = None
) -> tuple[int, int] | None:
    """A multi-year span named in *text* (十三五, 五年来, 2016-2020年, 2014年以来), or None.

    *scans*: the scans of a sentence *text* begins (:class:`~govkit.facts.prefixes.Scans`); *names*:
    the span cues whose words that sentence holds (:func:`span_cues_in`)."""
    if scans is not None and (scans.search(_QUOTES_P, text) or ("的" in text and ("由" in text or "从" in text))):
        scans = None  # the words read are not the sentence's own (below): scan them as they are
    if scans is not None and names is not None:
        if not names:
            return None  # no span cue's words in the sentence
        return _span_in(text, dates, scans, names)
    return _span_in(text, dates, scans, None)


def span_cues_in(sent: str, found: SentenceWords | None = None) -> frozenset[str]:
    """The span cues whose words occur in *sent* (only they may match in its words, read as they are
    or with some blanked out; a word holding a blank is not looked for). *found*: the sentence's gate
    words, when found already."""
    out = _SPAN_ALWAYS
    if found is not None:
        for g, names in _SPAN_GATES:
            if found.holds(g):
                out = out | names
        return out
    for words, names in _SPAN_BY_WORDS:
        if may_occur(words, sent):
            out = out | names
    return out


def _span_in(text: str, dates: Dates, scans: Scans | None, names: frozenset[str] | None) -> tuple[int, int] | None:
    if scans is None:
        text = _QUOTES.sub("", text)
        if _ANY_SPAN_PROBE is not None and _ANY_SPAN_PROBE.search(text) is None:
            return None  # (no cue's words: the test below finds no cue either)
        if not _SPAN_PROBE.search(text):
            return None
        if "的" in text and ("由" in text or "从" in text):
            # 由十二五末的X增至Y: the span names the start's year, not the sentence's span.
            text = cue("time", "change_from_phrase").sub("", text)
    m = _span_cue("plan_part", text, scans, names)
    if m and m.group(1) in PLAN_PERIODS:
        first, last = PLAN_PERIODS[m.group(1)]
        n = count_number(m.group(4))
        if 1 <= n < last - first + 1:
            return (first, first + n - 1) if m.group(2) else (last - n + 1, last)  # “十四五”前三年, “十三五”后两年
    m = _span_cue("span_plan", text, scans, names)
    if m and m.group(1) in PLAN_PERIODS:
        first, last = PLAN_PERIODS[m.group(1)]
        end = dates.last_full_year
        if m.group(2) == "以来" and end and first <= end < last:
            return first, end  # 十三五以来 in a mid-plan report: up to the last full year, not the plan's end
        if m.group(2) == "以来" and end and end < first:
            return None  # “十四五”以来 in a report of 2021's first half: that part of the year, no span
        return first, last
    m = _span_cue("span_years", text, scans, names)
    if m:
        a = int(m.group(1))
        b = m.group(2)
        b = int(b) if len(b) == 4 else int(str(a)[:2] + b)
        if a < b:
            return a, b
    end = dates.last_full_year
    m = _span_cue("since_year", text, scans, names)
    if m and end and int(m.group(1)) <= end:
        # (a year not yet ended, 2024年以来 in 2024's first half or 2023年以来 in October 2023: that year so far, no span)
        return int(m.group(1)), end
    m = _span_cue("since_congress", text, scans, names) if end else None
    if m and end and CONGRESS_FIRST_YEARS.get(m.group(1) + "大", end) < end:
        return CONGRESS_FIRST_YEARS[m.group(1) + "大"], end  # 党的十八大以来: 2013 to the last full year
    m = _span_cue("since_campaign", text, scans, names) if end else None
    if m and end and CAMPAIGN_FIRST_YEARS.get(m.group(1), end) < end:
        return CAMPAIGN_FIRST_YEARS[m.group(1)], end  # 精准扶贫以来: 2014 to the last full year
    m = _span_cue("span_ahead", text, scans, names) if end else None
    if m and end:
        return end + 1, end + count_number(m.group(1))  # 今后五年, 未来三年, 未来两年: the years ahead
    if end and _span_cue("span_fiveyear", text, scans, names):
        return end - 4, end
    if end and _span_cue("span_threeyear", text, scans, names):
        return end - 2, end
    if end and _span_cue("span_twoyear", text, scans, names):
        return end - 1, end
    return None


def plan_span(
    span: tuple[int, int] | None,
    frame: Frame,
    dates: Dates,
    text: str,
    scans: Scans | None = None,
    target_year: int | None = None,
) -> tuple[int, int] | None:
    """*span* read in *text* under *frame*: 五年累计完成2000亿元 among a plan's targets (a plan frame
    whose years lie ahead) counts the plan's five years, not the last five ended; after a target year
    (到2025年…五年年均增长7%) the five years up to it; the years ahead (今后五年) under a plan heading
    that dated its targets (到2020年的奋斗目标) end in that year."""
    last = dates.last_full_year
    if (
        span is not None
        and last
        and span[0] == last + 1
        and target_year is None
        and frame.plan
        and frame.year is not None
        and frame.year - last >= 2
    ):
        return frame.period_start or span[0], frame.year  # 今后五年,… under 二、到2020年的奋斗目标 (2018): to 2020
    if span is None or not last or span != (last - 4, last):
        return span
    if _span_cue("span_fiveyear", text, scans) is None:
        return span
    if target_year is not None and target_year > last:
        return target_year - 4, target_year
    if frame.plan and frame.period_start is not None and frame.year and frame.year > last:
        return frame.period_start, frame.year
    return span


def plan_ahead(span: tuple[int, int], dates: Dates, text: str, scans: Scans | None = None) -> tuple[int, int] | None:
    """The plan period a target summed over 五年 aims at when *span* (read in *text*) is the last five
    years ended: 五年累计完成固定资产投资目标为1800亿元 in a mid-term review of 2023 is 2021-2025 (a
    target cannot be of years past; 力争三年累计… the next three years); None when *span* is not such a
    span or no plan runs ahead."""
    last = dates.last_full_year
    if last and span == (last - 2, last) and _span_cue("span_threeyear", text, scans) is not None:
        return last + 1, last + 3  # 力争三年累计完成…: the next three years
    if not last or span != (last - 4, last) or _span_cue("span_fiveyear", text, scans) is None:
        return None
    return next(((a, b) for a, b in PLAN_PERIODS.values() if a <= last + 1 <= b), None)


def span_ahead(span: tuple[int, int] | None, period_start: int | None, dates: Dates, past: bool = False) -> bool:
    """Whether the figure's span (read in its sentence) lies wholly after the last full year (with
    *past*: wholly before its end)."""
    last = dates.last_full_year
    if span is None or period_start != span[0] or last is None:
        return False
    return span[1] <= last if past else span[0] > last


def counted_span(before: str, sc: Scans) -> bool:
    """Whether the span named in *before* is a count of years back from now (五年来, 近三年)."""
    return any(sc.search(_SPAN_P[n], before) is not None for n in ("span_fiveyear", "span_threeyear", "span_twoyear"))


def last_span_pos(before: str, sc: Scans) -> int:
    """Where the last span named in *before* starts (-1 without one)."""
    best = -1
    for p in _SPAN_P.values():
        found = sc.finditer(p, before)
        if found:
            best = max(best, found[-1].start())
    return best


_AVERAGE_KEPT = cue("time", "average_kept")


def averaged_over_span(
    sent: str, start: int, at: int, frame_start: int | None, dates: Dates, scans: Scans | None = None
) -> bool:
    """Whether the words of the clause from *start* to the figure at *at* keep a share or a rate on
    average (年均达到, 年均控制在) over a span the sentence or the frame (*frame_start*, a five-year
    review) names: 五年来,民生支出占比年均达到80.5% is the span's average, not the last year's level."""
    if _AVERAGE_KEPT.search(sent, start, at) is None:
        return False
    return frame_start is not None or span_of_phrase(sent[:at], dates, scans) is not None


def open_span(before: str, sc: Scans) -> bool:
    """Whether the last span named in *before* runs up to now (2014年以来, 党的十八大以来, 精准扶贫以来):
    its end is the time the text speaks of, not a year of its own."""
    pos = last_span_pos(before, sc)
    for name in ("since_year", "since_congress", "since_campaign"):
        found = sc.finditer(_SPAN_P[name], before)
        if found and found[-1].start() == pos:
            return True
    return False


#: A sum since a year (2023年以来) or since last year (去年以来, 前年以来), with the years back from the
#: report's year.
_SINCE_BACK: tuple[tuple[Prefixed, int | None], ...] = (
    (_SPAN_P["since_year"], None),
    (prefixed(cue("time", "since_last_year")), 1),
    (prefixed(cue("time", "since_year_before_last")), 2),
)


_YEAR_AFTER_SINCE = re.compile(f"{cue('time', 'year').pattern}|{cue('time', 'this_year').pattern}")


def since_into_unended(before: str, sc: Scans, dates: Dates, seg_start: int) -> bool:
    """Whether the figure's ;-segment (from *seg_start* in *before*) opens a sum since a year that has
    ended and the report describes a later year not yet ended (2023年以来,累计化解隐性债务5.2亿元 or
    去年以来,… in a report of October 2024 on 2024): the sum runs to now, it has no full-year reading;
    not when a year is printed after it (2023年以来,…,其中今年化解2亿元)."""
    end, doc, this = dates.last_full_year, dates.doc_year, dates.this_year
    if end is None or doc is None or this is None or doc <= end:
        return False
    for p, back in _SINCE_BACK:
        found = sc.finditer(p, before)
        if found and found[-1].start() >= seg_start and not _YEAR_AFTER_SINCE.search(before, found[-1].end()):
            first = int(found[-1].group(1)) if back is None else this - back
            if first <= end:
                return True
    return False


def _span_cue(name: str, text: str, scans: Scans | None, names: frozenset[str] | None = None) -> re.Match | None:
    if names is not None:
        if name not in names:
            return None  # none of the cue's words in the sentence *text* is read in
    elif not may_occur(_SPAN_WORDS[name], text):
        return None  # none of the cue's words in the text: no match (not searched)
    return scans.search(_SPAN_P[name], text) if scans is not None else cue("time", name).search(text)


_YEAR_LIST_END = re.compile(f"(?:{cue('time', 'year_list').pattern})$")
_LISTED_YEAR = re.compile(r"(?:19|20)\d{2}")


_ONE_YEAR_AFTER_LIST = re.compile(
    "|".join(
        cue("time", name).pattern for name in ("one_year", "this_year", "last_year", "before_last_year", "next_year")
    )
)


def listed_years(before: str, end: int) -> list[int]:
    """The years of a list of years (2022年和2023年, 2021年、2022年、2023年) ending at *end* in
    *before*, in order; [] when the year ending there stands alone, or when a word of one year
    (全年, 今年, 去年…) stands between the list and the end of *before* (2022年、2023年连续两年被评为…,
    全年地区生产总值增长6.5%: the figure is that year's, not one of the list's)."""
    m = _YEAR_LIST_END.search(before, max(0, end - 64), end)
    if m is None or _ONE_YEAR_AFTER_LIST.search(before, end) is not None:
        return []
    return [int(y) for y in _LISTED_YEAR.findall(m.group())]
