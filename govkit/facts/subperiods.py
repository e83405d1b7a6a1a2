"""Parts of a year in text: which part of its year a figure's words name (:func:`subperiod_of`:
上半年 H1, 前三季度 Q1-Q3, 1-5月 M1-M5, 截至10月底 M1-M10, 全年 the whole year), whether such words are the
base of a comparison rather than the figure's period (:func:`period_base_in`: 比上半年, 较1-8月), and
how a part of the year to date follows from a report of one month or quarter (:func:`month_or_to_date`).
The words are the ``sub`` cues of ``govkit/data/extract/cues.tsv``; the rest of a figure's time (years,
spans, the report's dates) is :mod:`govkit.facts.timeframe`'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

from govkit.core.regex_gates import FirstScan, may_occur, required_words
from govkit.facts.cues import cue, cue_words, probe, probe_words
from govkit.facts.mentions import Mention
from govkit.facts.numbers import Quantity, parse_chinese_number
from govkit.facts.prefixes import Scans, prefixed
from govkit.facts.sentence_words import ALWAYS, SentenceWords, gate


@lru_cache(maxsize=8)
def cue_probe(category: str, names: tuple[str, ...]) -> re.Pattern:
    """A fast necessary test for "one of the named cues occurs" (the cues themselves if none exists)."""
    patterns = tuple(cue(category, n) for n in names)
    return probe(patterns) or re.compile("|".join(f"(?:{p.pattern})" for p in patterns))


SUBPERIOD_NAMES = ("H1", "H2", "Q1-Q3", "Q1", "Q1-Q2", "Q2", "Q3", "Q4")
_SUB_CUES = (
    *SUBPERIOD_NAMES,
    "months",
    "months_cn",
    "through_month",
    "quarter_end",
    "month_current",
    "first_months",
    "fullyear",
)
_SUB_CUES_MONTH = (*_SUB_CUES, "month")


def may_name_subperiod(text: str, single_month: bool = False, found: SentenceWords | None = None) -> bool:
    """False when no sub-period cue occurs in *text* (a cheap test before :func:`subperiod_of`).
    *found*: the gate words of a text that starts with *text*, when found already."""
    if found is not None:
        g = _SUB_GATE_MONTH if single_month else _SUB_GATE
        if g != ALWAYS:
            return found.holds_before(g, len(text))
    return cue_probe("sub", _SUB_CUES_MONTH if single_month else _SUB_CUES).search(text) is not None


def _gated(name: str) -> tuple[FirstScan, tuple[str, ...] | None]:
    rx = cue("sub", name)
    return FirstScan(rx), required_words(rx)


#: Each sub cue's scan (tried where a match may start) and the words one of which every match of
#: it contains (None: no such words): a cue none of whose words occurs in a text is not searched there.
_GATED = {name: _gated(name) for name in _SUB_CUES_MONTH}
#: Each sub cue's words as a gate of a sentence's words (:mod:`govkit.facts.sentence_words`).
_GATE_OF = {name: gate(words) for name, (_, words) in _GATED.items()}


def _finds(
    name: str, text: str, names: frozenset[str] | None = None, found: SentenceWords | None = None
) -> list[re.Match[str]]:
    """The matches of sub cue *name* in *text* (none searched when none of its words occurs, or
    when *name* is not one of *names*). *found*: the gate words of a text that starts with *text*."""
    if names is not None and name not in names:
        return []
    scan, words = _GATED[name]
    if found is not None:
        return scan.finditer(text) if found.holds_before(_GATE_OF[name], len(text)) else []
    return scan.finditer(text) if may_occur(words, text) else []


def sub_cues_in(sent: str, found: SentenceWords | None = None) -> frozenset[str]:
    """The sub cues whose words occur in *sent* (only they may match in its words, read as they are
    or with some blanked out; a cue without words, or with a word holding a blank, is always one).
    *found*: the sentence's gate words, when found already."""
    out = _SUB_ALWAYS
    if found is not None:
        for g, names in _SUB_GATES:
            if found.holds(g):
                out = out | names
        return out
    for words, names in _SUB_BY_WORDS.items():
        if may_occur(words, sent):
            out = out | names
    return out


def _by_words(gated: dict[str, tuple[FirstScan, tuple[str, ...] | None]]) -> dict[tuple[str, ...], frozenset[str]]:
    out: dict[tuple[str, ...], frozenset[str]] = {}
    for name, (_, words) in gated.items():
        if words is not None and all(w.strip() and " " not in w for w in words):
            out[words] = out.get(words, frozenset()) | {name}
    return out


#: The sub cues by their words (cues sharing words tested once), and those always looked for.
_SUB_BY_WORDS = _by_words(_GATED)
_SUB_ALWAYS = frozenset(_GATED).difference(*_SUB_BY_WORDS.values())
#: The same tests (and :func:`may_name_subperiod`'s probes) as gates of a sentence's words
#: (:mod:`govkit.facts.sentence_words`).
_SUB_GATES = tuple((gate(ws), names) for ws, names in _SUB_BY_WORDS.items())
_SUB_GATE = gate(probe_words(tuple(cue("sub", n) for n in _SUB_CUES)))
_SUB_GATE_MONTH = gate(probe_words(tuple(cue("sub", n) for n in _SUB_CUES_MONTH)))


def subperiod_of(
    text: str, single_month: bool = False, names: frozenset[str] | None = None, found: SentenceWords | None = None
) -> str | None:
    """The part of a year named in *text*: H1, Q1-Q3, M1-M5, M5; "" for 全年; None if none.

    A single month (``5月,``) counts only when *single_month* is set (a sentence opening);
    inside running text ``11月份超额完成…`` is a date, not the period a figure covers. *names*: the
    sub cues whose words the sentence holds that *text* is read from (:func:`sub_cues_in`); *found*:
    that sentence's gate words (used when *text* is the sentence's start, as they are then exact).
    """
    named = subperiod_named(text, single_month, names, found)
    return None if named is None else named[0]


def subperiod_named(
    text: str, single_month: bool = False, names: frozenset[str] | None = None, found: SentenceWords | None = None
) -> tuple[str, int] | None:
    """:func:`subperiod_of`'s part of the year and where the words naming it start in *text*."""
    if found is not None and not found.prefix_of(text):
        found = None
    if not may_name_subperiod(text, single_month, found):
        return None
    best: tuple[int, str, int] | None = None
    for name in SUBPERIOD_NAMES:
        for m in _finds(name, text, names, found):
            if not _is_base(text, m.start()):
                best = max(best or (-1, "", -1), (m.end(), name, m.start()))
    for m in _finds("months", text, names, found):
        a, b = int(m.group(1)), int(m.group(2))
        if 1 <= a < b <= 12 and not _is_base(text, m.start()):
            best = max(
                best or (-1, "", -1), (m.end(), f"M{a}-M{b}" if (a, b) != (1, 12) else "", m.start())
            )  # 1-12月: the year
    for m in _finds("months_cn", text, names, found):
        a, b = _month_of_span(m.group(1)), _month_of_span(m.group(2))
        if 1 <= a < b <= 12 and not _is_base(text, m.start()):
            best = max(
                best or (-1, "", -1), (m.end(), f"M{a}-M{b}" if (a, b) != (1, 12) else "", m.start())
            )  # 一至十月
    for m in _finds("through_month", text, names, found):
        b = int(m.group(1))
        if 1 <= b <= 12:
            part = f"M1-M{b}" if 1 < b < 12 else ("M1" if b == 1 else "")
            best = max(best or (-1, "", -1), (m.end(), part, m.start()))
    for m in _finds("quarter_end", text, names, found):
        q = count_number(m.group(1))  # 截至三季度末, 二季度末 (a balance at the quarter's end): the year up to it
        if 1 <= q <= 4 and not _is_base(text, m.start()):
            best = max(best or (-1, "", -1), (m.end(), QUARTER_TO_DATE[f"Q{q}"], m.start()))
    for m in _finds("first_months", text, names, found):
        b = count_number(m.group(1))
        if 1 < b < 12 and not _is_base(text, m.start()):
            best = max(best or (-1, "", -1), (m.end(), f"M1-M{b}", m.start()))  # 前10个月
    for m in _finds("month_current", text, names, found):
        mo = int(m.group(1) or m.group(2))  # 9月当月; 其中9月份增长 (the month of a part-year's figure)
        if _SEGMENT_BREAK.search(text, m.end()):
            continue  # …其中6月当月增长7.1%;全县规模以上工业增加值增长8.2%: the month is that segment's only
        if 1 <= mo <= 12 and not _is_base(text, m.start()):  # 较2月份当月回升: a base
            best = max(best or (-1, "", -1), (m.end(), f"M{mo}", m.start()))
    for m in _finds("month", text, names, found) if single_month else ():
        n = next((g for g in m.groups() if g), None)
        if n and 1 <= int(n) <= 12:
            best = max(best or (-1, "", -1), (m.end(), f"M{int(n)}", m.start()))
    for m in _finds("fullyear", text, names, found):
        best = max(best or (-1, "", -1), (m.end(), "", m.start()))
    return None if best is None else (best[1], best[2])


#: A sub-period of one month (M5), its month in group 1.
SINGLE_MONTH = re.compile(r"M(\d{1,2})")
_TO_DATE = cue("sub", "to_date")
_MONTH_CURRENT = cue("sub", "month_current")
_MONTH_CURRENT_WORDS = required_words(_MONTH_CURRENT)  # a cheap test before the pattern
_SEGMENT_BREAK = re.compile("[;；]")
_CLAUSE_BREAK = re.compile("[,，;；]")


def month_current_named(sp: str, before: str) -> bool:
    """The single month *sp* named inside the running text before a figure (9月当月, 其中6月份增长): that
    figure's month (and the sentence's figures after it), not the paragraph's part of the year: the next
    sentence keeps the part named before (…增长8.2%,其中6月当月增长9.5%。社会消费品零售总额… is of 上半年)."""
    return (
        SINGLE_MONTH.fullmatch(sp) is not None
        and may_occur(_MONTH_CURRENT_WORDS, before)
        and _MONTH_CURRENT.search(before) is not None
    )


def month_aside_start(before: str, subject_start: int) -> int | None:
    """Where the month of a part-year figure's aside (其中6月份增长7.2%) starts in *before*, when the
    figure's subject is named after it past a comma (…,其中6月份增长7.2%,工业投资增长13.6%: the part-year's
    figure of another subject, not the month's); None otherwise (其中9月份出口1.5亿美元,增长15%: the month's)."""
    last = None
    for m in _MONTH_CURRENT.finditer(before):
        last = m
    if last is None or last.group(2) is None or subject_start < last.end():
        return None
    return last.start() if _CLAUSE_BREAK.search(before, last.end(), subject_start) else None


_THIS_MONTH = cue("sub", "this_month")


#: A single quarter's frame and the part of the year up to its end (今年以来 in a report of 三季度: Q1-Q3).
QUARTER_TO_DATE = {"Q1": "Q1", "Q2": "H1", "Q3": "Q1-Q3", "Q4": ""}


def month_or_to_date(ctx: str, frame_sub: str) -> str | None:
    """In a report of one month (*frame_sub* ``M10``) or one quarter (``Q3``), the part of the year the
    words in a figure's clause *ctx* name: 累计 → January to that month or quarter's end (M1-M10,
    Q1-Q3); 本月/当月 → the month itself, or the last month of a report of several (M1-M10 → M10);
    else None."""
    if _THIS_MONTH.search(ctx):
        return f"M{subperiod_end(frame_sub)}"  # 本月 in a report of 1-10月 (or of 三季度): the last month
    if frame_sub in QUARTER_TO_DATE:
        return QUARTER_TO_DATE[frame_sub] if _TO_DATE.search(ctx) else None
    month = SINGLE_MONTH.fullmatch(frame_sub)
    if month is None:
        return None
    n = int(month.group(1))
    return f"M1-M{n}" if n > 1 and _TO_DATE.search(ctx) else None


_PART_START = re.compile(r"([HQM])(\d+)")
#: The months of each half (H), quarter (Q) or month (M) numbered 1, 2, …
_MONTHS_OF = {"H": 6, "Q": 3, "M": 1}


def subperiod_start(sub: str) -> int:
    """First month of a sub-period: H2 -> 7, Q4 -> 10, Q1-Q3 -> 1, M7 -> 7, the year ("") -> 1."""
    m = _PART_START.match(sub)
    return (int(m.group(2)) - 1) * _MONTHS_OF[m.group(1)] + 1 if m else 1


def subperiod_end(sub: str) -> int:
    """Last month of a sub-period: H1 -> 6, Q1-Q3 -> 9, M1-M11 -> 11, M5 -> 5."""
    m = re.search(r"(\d+)$", sub)
    if not m:
        return 12
    n = int(m.group(1))
    if sub.startswith("H"):
        return 6 * n
    if sub.startswith("Q") or "-Q" in sub:
        return 3 * n
    return n


def _month_of_span(n: str) -> int:
    """A month of a span printed in digits, Chinese numerals or as 元 (元月: January); 0 if none."""
    return 1 if _FIRST_MONTH.fullmatch(n) else (int(n) if n.isdigit() else count_number(n))


_FIRST_MONTH = cue("sub", "first_month_name")


def count_number(n: str) -> int:
    """A count (of months, quarters or years) printed in digits or in Chinese (10, 十, 十一, 两) as a
    number; 0 if not one."""
    v = parse_chinese_number(n)
    return int(v) if v is not None and v == int(v) else 0


def _is_base(text: str, start: int) -> bool:
    """比上半年, 较1-8月: the part of the year named at *start* is a comparison's base (cues.tsv, time
    period_base_before)."""
    return cue("time", "period_base_before").search(text, max(0, start - 8), start) is not None


def period_base_in(text: str, scans: Scans | None = None, start: int = 0, stop: int = -1) -> bool:
    """Whether *text* names a part of the year as a comparison's base (增速比上半年提高, 降幅比1-8月收窄).

    With *scans* (those of the sentence *text* starts in at *start*; :mod:`govkit.facts.prefixes`)
    the cues are scanned once per sentence, not once per figure."""
    sc = scans if scans is not None else Scans(text)
    if sc.search(_PERIOD_PROBE_P, text, start, stop) is None:
        return False
    for p in _PERIOD_CUES_P:
        if any(_is_base(text, m.start()) for m in sc.finditer(p, text, start, stop)):
            return True
    return False


_BASE_MONTH = cue("time", "period_base_month")  # 较4月回升: one month as the base (review r20b)
_PERIOD_PROBE_P = prefixed(re.compile(f"{cue_probe('sub', _SUB_CUES).pattern}|{_BASE_MONTH.pattern}"))
_PERIOD_CUES_P = (
    *(prefixed(cue("sub", name)) for name in (*SUBPERIOD_NAMES, "months", "months_cn", "month_current", "quarter_end")),
    prefixed(_BASE_MONTH),
)


_JOINED_PARTS = cue("sub", "joined_parts")
_MONTH_OPENING = cue("sub", "month_opening")
_MONTH_BARE = cue("sub", "month_before_subject")
EVENT_AFTER_MONTH = cue("time", "event_after_month")


def goal_part(kind: str, head: str, sp: str) -> bool:
    """…的目标,倒排工期,确保重点项目下半年完成投资30亿元以上: a part of the year named past the sentence's head
    (*head*: its words before the first separator, empty when there is none) for a target dates that goal
    only, not the sentence after it (三是…确保完成…4.61亿元的年度预算); a part opening the sentence
    (下半年,确保…; 一季度全县…) is the paragraph's."""
    return kind == "target" and bool(head) and subperiod_of(head + ",", single_month=True) != sp


def joined_parts(before: str) -> bool:
    """Whether *before* names two parts of a year joined (1—3月和11—12月) as the one time of its figure:
    no 分别/均 after them (the cue: one figure each, or the same for each), nor a part named after them."""
    last = next(reversed(list(_JOINED_PARTS.finditer(before))), None)
    if last is None:
        return False
    return subperiod_of(before[last.end() :]) is None


def month_opening(sent: str, seg_start: int, subject: Mention, q: Quantity) -> str | None:
    """M12 when a single month opens the ;-segment of *q* before a comma, the report's own region or
    the figure's subject, and no other part of the year stands between it and *q*
    (全年…;12月份社会消费品零售总额12.6亿元,增长9.1%)."""
    if "月" not in sent[seg_start : seg_start + 12]:
        return None
    m = _MONTH_OPENING.match(sent, seg_start)
    if m is None and subject.start > seg_start:
        bare = _MONTH_BARE.fullmatch(sent, seg_start, subject.start)
        m = bare if bare is not None and subject.start < q.start else None
    month = count_number(m.group(1)) if m is not None else 0
    if m is None or not 1 <= month <= 12 or subperiod_of(sent[m.end() : q.start]) is not None:
        return None
    if EVENT_AFTER_MONTH.match(sent, m.end()) is not None:
        return None  # 2020年9月,经县级验收认定,…: the month dates an act, not the figures
    return f"M{month}"


#: A span from a month or a quarter to now (9月份以来, 自9月起, 二季度以来) and a month opening a part after 其中, scanned once per
#: sentence (:class:`~govkit.facts.prefixes.Scans`): each figure looks up the last one before it.
_MONTH_SINCE_P = prefixed(re.compile(f"{cue('sub', 'month_since').pattern}|{cue('sub', 'quarter_since').pattern}"))
_MONTH_IN_PART_P = prefixed(cue("sub", "month_in_part"))
#: A year or this year named (2023年, 今年), scanned once from the end of such a span.
_YEAR_NAMED_P = prefixed(re.compile(f"{cue('time', 'year').pattern}|{cue('time', 'this_year').pattern}"))


def month_span_end(before: str, scans: Scans) -> int:
    """Where the last span from a month to now in *before* (a sentence up to a figure) ends (9月份以来,
    8月以来, 自9月起, 9月份至今, 其中9月份以来…), or a month after 其中 that :data:`_MONTH_CURRENT` does not
    read (其中2月份春节黄金周期间…: its verb too far on); -1 when there is none. *scans*: those of the
    text *before* starts (the sentence's, kept for its figures: the cues are scanned once per sentence)."""
    return _month_span(before, scans)[1]


def _month_span(before: str, scans: Scans) -> tuple[int, int]:
    """Where :func:`month_span_end`'s span starts and ends in *before* ((-1, -1): none)."""
    since = scans.finditer(_MONTH_SINCE_P, before)
    start, end = (since[-1].start(), since[-1].end()) if since else (-1, -1)
    parts = scans.finditer(_MONTH_IN_PART_P, before)
    for k in range(len(parts) - 1, -1, -1):  # the last first (an index loop: mypyc cannot type reversed() here)
        m = parts[k]
        if m.start() <= start:
            break
        if _MONTH_CURRENT.match(before, m.start()) is None:
            return m.start(), m.end()  # 其中2月份春节黄金周期间接待游客…: not month_current's (its verb too far on)
    return start, end


#: A figure's digit, looked up between a span and the figure's ;-segment (plain: :meth:`Scans.occurs`).
_DIGIT_P = prefixed(re.compile(r"\d"))


_CLAUSE_BREAK = re.compile(r"[,;:，；：]")
#: The start of an act right after a span opened by 起 (5月份起全面推行河长制), matched at the span's end.
_ACT_FROM_SPAN = cue("time", "act_from_span")
#: The indicators whose level after it is read as the period's (a state at its end, a per-capita annual amount).
_ACT_STATES = frozenset(cue_words("time", "act_from_span_states"))
#: A year other than this one right before such a span (2021年5月起, 去年10月起): not read as the period's.
_ACT_YEAR_BEFORE = cue("time", "act_span_year_before")


def month_span_open(
    before: str, scans: Scans, part_start: int | None, seg_start: int = 0, clause_start: int = 0, level_of: str = ""
) -> bool:
    """Whether the last time named in *before* is such a span (:func:`month_span_end`): no subperiod names
    it, neither the month nor the part of the year named before nor the year, so the figure is not read;
    not when a part of the year (*part_start*: where the words of the part :func:`subperiod_named` reads
    in *before* start, None for none) or a year is named after it (9月份以来…,前三季度全县出口…, …,今年…).
    A span in an earlier ;-segment (*seg_start*: the figure's) that holds no figure after it dates an act
    or a trend there (8月以来,全县开展稳就业专项行动;全县城镇新增就业3200人; 二季度以来经济持续回升;规模以上
    工业增加值增长7.2%: review r17e), not the figures of the later segments, unless the figure's segment
    opens on 其中 (a part of the span's) or the part of the year read for the figure is the span's own words
    (二季度以来…: not Q2's; still not read). A span opened by 起 right before an act (5月份起全面推行河长制,…)
    dates the act's start: a level in a later clause (*clause_start*: the figure's) that no span can count
    (*level_of*, the figure's indicator when read as a level: a state at the period's end, a per-capita annual
    amount), the act's own clause holding no figure, is read as if the span were not there; not when the
    span's own words name a part of the year (三季度起…: it would be read as Q3's) nor after a year other than
    this one (2021年5月起…, 去年10月起…, 明年3月起…: review r18e)."""
    start, end = _month_span(before, scans)
    if end < 0 or (part_start is not None and part_start >= end):
        return False
    if (
        level_of in _ACT_STATES
        and clause_start > end
        and before[end - 1] == "起"
        and (part_start is None or part_start < start)  # (三季度起…: not Q3's, read from the span's words)
        and _ACT_YEAR_BEFORE.search(before, max(0, start - 3), start) is None  # (2021年5月起…)
        and _ACT_FROM_SPAN.match(before, end) is not None
        and (act_end := _CLAUSE_BREAK.search(before, end)) is not None
        and not scans.occurs(_DIGIT_P, end, act_end.start())
    ):
        return False  # 5月份起全面推行河长制,全县森林覆盖率达到65.3%: the year's level (a flow stays unread)
    if (
        end <= seg_start
        and (part_start is None or part_start < start)
        and not before[seg_start : seg_start + 3].lstrip(" ,，").startswith("其中")
        and not scans.occurs(_DIGIT_P, end, seg_start)
    ):
        return False
    return scans.search(_YEAR_NAMED_P, before[end:], end) is None
