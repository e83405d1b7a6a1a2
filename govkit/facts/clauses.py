"""Where sentences and clauses of a paragraph start and end, and which figures form a list.

Structure only, no vocabulary: sentences end at 。!? or a line end; clauses end at , ; : (not
inside parentheses); figures of one dimension joined by 、/和/与 form a list (``分别为…、…``). A
comma inside a figure (a thousands separator, 42,409元) ends no clause (:func:`join_number_commas`),
and the bare members of a 分别 list take the unit of the list's figure that prints one
(:func:`shared_unit`: 152、12亿元).

A sentence longer than the ``sentence_chars`` limit (``govkit/data/read_limits.csv``, 1,000
characters; the longest sentence of the reports in the shared corpora has 420) is cut into
pieces of at most that length, each read as a sentence: after the last ;/； in the second half
of the piece, else after the last ,/，/:/：, else after the last 、 or blank, else between two
words, else anywhere but inside a number (never inside 12.5%, 3.2亿 or 一百二十). The
extractor looks back over the sentence before each figure, so without the cap a run of figures
with no 。 (scraped tables, hostile input) costs time quadratic in its length; with it the cost
is linear (and each cue scan of those words is made once per sentence,
:mod:`govkit.facts.prefixes`, so the time per figure does not grow with the piece either).
:class:`Sentence` bundles what the rest of the extractor reads from one sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from govkit.facts.mentions import Mention
from govkit.facts.numbers import MAGNITUDES, Quantity
from govkit.text.limits import limit

_SENT_END = re.compile(r"[。!?！？\n](?:(?<=[。!?！？])[。!?！？]*)?")  # a run of 。!? or a line end
# A full stop inside a sentence ends a clause: two sentences read together (a numbered item's title and
# its body, a rate on another basis and the sentence naming its subject) are clauses of one.
_CLAUSE_SEP = re.compile(r"[,;:，；：]|。(?=.)")
_CLAUSE_SEPS = ",;:，；：。"
_CLAUSE_OR_PAREN = re.compile(r"[,;:，；：()（）]|。(?=.)")
_LIST_SEP = re.compile(r"^\s*(、|和|与|及|,|，)?\s*$")


@dataclass(slots=True)
class Clause:
    start: int
    end: int


@dataclass(slots=True)
class Sentence:
    """One sentence with figures: its text, where it starts in the document, and its parts."""

    text: str
    offset: int  # of text[0] in the document's cleaned text
    clauses: list[Clause]
    quantities: list[Quantity]
    mentions: list[Mention]
    groups: dict[int, tuple[int, int]]  # quantity index -> (position in its list, list length)
    has_parens: bool
    respective: dict[int, tuple[int, int]] = field(default_factory=dict)  # 分别 lists, any units


#: Where an over-long sentence is cut, best first: after ;, after , or :, after 、 or a blank.
_SOFT_CUTS = (re.compile(r"[;；]"), re.compile(r"[,，:：]"), re.compile(r"[、\s]"))
#: Characters inside a number (digits, Chinese numerals, decimal points); a percent sign ends one.
_NUMERIC = frozenset("0123456789０１２３４５６７８９.．〇零一二两三四五六七八九十百千万亿")
_NUMBER_END = frozenset("%％")


def sentence_spans(para: str, cap: int | None = None) -> list[tuple[int, int]]:
    """``[start, end)`` of each sentence of a paragraph (blank line-end pieces left out); a
    sentence over the ``sentence_chars`` limit is cut into pieces (see the module's note). *cap*:
    that limit, when read already (once per document: :func:`sentence_cap`)."""
    spans: list[tuple[int, int]] = []
    cap = limit("sentence_chars") if cap is None else cap
    start = 0
    for m in _SENT_END.finditer(para):
        end = m.end()
        # A span ending in 。!? holds a visible character; one ending at a line break may be blank.
        if para[m.start()] != "\n" or not para[start:end].isspace():
            if end - start <= cap:
                spans.append((start, end))
            else:
                _append_capped(spans, para, start, end, cap)
        start = end
    if start < len(para) and not para[start:].isspace():
        _append_capped(spans, para, start, len(para), cap)
    return spans


def sentence_cap() -> int:
    """The ``sentence_chars`` limit (:func:`sentence_spans` cuts longer sentences), read now."""
    return limit("sentence_chars")


def _append_capped(spans: list[tuple[int, int]], para: str, start: int, end: int, cap: int) -> None:
    while end - start > cap:
        cut = _cut(para, start, start + cap)
        if cut >= end:
            break
        spans.append((start, cut))
        start = cut
    spans.append((start, end))


def _cut(para: str, start: int, stop: int) -> int:
    """Where to end the piece of an over-long sentence that starts at *start* and may run to *stop*."""
    low = start + (stop - start) // 2
    for rx in _SOFT_CUTS:
        last = -1
        for m in rx.finditer(para, low, stop):
            last = m.end()
        if last > 0:
            return last
    # No separator: between two words (neither side part of a number), else anywhere but inside one.
    for p in range(stop, low, -1):
        if para[p - 1] not in _NUMERIC and para[p - 1] not in _NUMBER_END and para[p] not in _NUMERIC:
            return p
    for p in range(stop, start, -1):
        if not _inside_number(para, p):
            return p
    p = stop + 1
    while p < len(para) and _inside_number(para, p):
        p += 1  # a number longer than the cap is not cut
    return p


def _inside_number(para: str, p: int) -> bool:
    """Whether a cut before ``para[p]`` would split a number (12|.5, 1|2, 5|%)."""
    return para[p - 1] in _NUMERIC and (para[p] in _NUMERIC or para[p] in _NUMBER_END)


def clauses_of(sent: str) -> list[Clause]:
    """The clauses of a sentence; separators inside parentheses do not split."""
    if "(" not in sent and "（" not in sent:
        out, start = [], 0
        for m in _CLAUSE_SEP.finditer(sent):
            out.append(Clause(start, m.start()))
            start = m.end()
        out.append(Clause(start, len(sent)))
        return out
    out = []
    start = 0
    depth = 0
    for m in _CLAUSE_OR_PAREN.finditer(sent):
        ch = m.group()
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(Clause(start, m.start()))
            start = m.end()
    out.append(Clause(start, len(sent)))
    return out


def clause_index(clauses: list[Clause], pos: int) -> int:
    """Index of the first clause holding *pos* (the last clause if none does)."""
    # Clauses are in text order and apart: the last one starting at or before pos, if it holds it.
    i = bisect_right(clauses, pos, key=_clause_start) - 1
    if i >= 0 and clauses[i].end >= pos and (i == 0 or clauses[i - 1].end < pos):
        return i
    for i, c in enumerate(clauses):
        if c.start <= pos <= c.end:
            return i
    return len(clauses) - 1


def join_number_commas(clauses: list[Clause], quantities: list[Quantity]) -> list[Clause]:
    """The clauses with those joined again that a thousands separator split (42,409元 is one figure)."""
    ends = sorted(c.end for c in clauses)
    inside = [q for q in quantities if _end_inside(ends, q)]
    if not inside:
        return clauses
    out = [clauses[0]]
    for c in clauses[1:]:
        cut = out[-1].end
        if any(q.start < cut < q.end for q in inside):
            out[-1] = Clause(out[-1].start, c.end)
        else:
            out.append(c)
    return out


def _end_inside(ends: list[int], q: Quantity) -> bool:
    """Whether one of the sorted clause *ends* lies inside figure *q* (after its start, before its end)."""
    i = bisect_right(ends, q.start)
    return i < len(ends) and ends[i] < q.end


def _clause_start(c: Clause) -> int:
    return c.start


#: Up to the last clause separator (one backward scan, not one per separator).
_UP_TO_LAST_SEP = re.compile(f".*[{re.escape(_CLAUSE_SEPS)}]", re.S)


def clause_start(sent: str, pos: int) -> int:
    """Start of the clause holding *pos* (parentheses not considered): after the last separator before it."""
    m = _UP_TO_LAST_SEP.match(sent, 0, pos if pos >= 0 else max(len(sent) + pos, 0))  # (as sent[:pos])
    return m.end() if m is not None else 0


def segment_start(before: str) -> int:
    """Start of the ;-segment at the end of *before*."""
    return max(before.rfind(";"), before.rfind("；"), before.rfind("。")) + 1


def segment_end(sent: str, pos: int) -> int:
    """Where the ;-segment holding *pos* ends in *sent*: at the next ``;``/``；`` (its length if none)."""
    return min((i for i in (sent.find(";", pos), sent.find("；", pos)) if i >= 0), default=len(sent))


def quantity_groups(sent: str, qs: list[Quantity]) -> dict[int, tuple[int, int]]:
    """Lists of same-dimension quantities joined by 、/和/与: index -> (position, list length).

    Quantities outside a list are left out (their default is ``(0, 1)``).
    """
    groups: dict[int, tuple[int, int]] = {}
    run: list[int] = []
    for i, q in enumerate(qs):
        if run:
            prev = qs[run[-1]]
            joined = prev.end != q.start or (q.dimension == "percent" and prev.text.endswith("%"))
            if q.dimension == prev.dimension and joined and _LIST_SEP.match(sent[prev.end : q.start]):
                run.append(i)
                continue
            if len(run) > 1:
                groups.update((idx, (k, len(run))) for k, idx in enumerate(run))
        run = [i]
    if len(run) > 1:
        groups.update((idx, (k, len(run))) for k, idx in enumerate(run))
    return groups


_RESPECTIVE = re.compile(r"分别")
_LIST_END = ("", ",", ";", "。", "，", "；", "、", ")", "）", " ", "\n")
_ANY_LIST_SEP = re.compile(r"^\s*(、|和|与|及)?\s*$")


def respective_lists(sent: str, qs: list[Quantity]) -> dict[int, tuple[int, int]]:
    """Figures listed after 分别 (…分别为11微克/立方米、20微克/立方米、1.2毫克/立方米): index ->
    (position, list length), whatever their units; run-together percentages (4.4%5.9%) join too."""
    out: dict[int, tuple[int, int]] = {}
    for m in _RESPECTIVE.finditer(sent):
        run: list[int] = []
        for i, q in enumerate(qs):
            if q.start < m.end():
                continue
            if not run:
                if _CLAUSE_SEP.search(sent[m.end() : q.start]) or q.start - m.end() > 8:
                    break
                run.append(i)
                continue
            prev = qs[run[-1]]
            gap = sent[prev.end : q.start]
            if gap == "" and not (prev.text.endswith("%") and q.dimension == "percent"):
                break
            if not _ANY_LIST_SEP.match(gap) and not (gap == "," and prev.end == prev.num_end and not prev.dimension):
                break  # (分别为8,21,49,27微克/立方米: bare figures joined by commas are a list too)
            run.append(i)
        if run and not qs[run[-1]].dimension and sent[qs[run[-1]].end : qs[run[-1]].end + 1] not in _LIST_END:
            continue  # the list runs on into words this reader does not know (1.2毫克…): not a list to trust
        if len(run) > 1:
            out.update((idx, (k, len(run))) for k, idx in enumerate(run))
    return out


#: How many more integer digits than the carrier's number a bare member of a 分别 list may print and
#: still take the carrier's magnitude. 地区生产总值、财政总收入分别为152、12亿元 (3 digits against 2)
#: and 152、8.5亿元 (3 against 1: GDP is often 10-30 times the revenue) are common; a bare member
#: printed in the plain unit sits 4 or more digits above a 万 carrier (38560、1.65万元 is 38560元)
#: and 3 above it when it is a tenth of it (3200、1.2万人), so a 万 carrier allows one more digit,
#: an 亿 carrier (whose plain-unit readings sit 4 or 8 digits above) two.
_EXTRA_DIGITS = {"亿": 2}
_EXTRA_DIGITS_DEFAULT = 1


def _integer_digits(x: float) -> int:
    return len(str(int(abs(x))))


def shared_unit(qs: list[Quantity], lists: dict[int, tuple[int, int]]) -> list[Quantity]:
    """分别为8、21、49、27微克/立方米: unitless members of a list take the unit of the next figure of the
    list that prints one (152、12亿元: 152亿元, its magnitude too; 35、58微克、1.1毫克: 35 and 58 微克).

    A bare member with more integer digits than the carrier's number allows (:data:`_EXTRA_DIGITS`)
    may be printed in the plain unit (38560、1.65万元: 38560元 or 38560万元?): it gets no value and
    is flagged ambiguous, kept as printed."""
    out = list(qs)
    for i, (k, n) in lists.items():
        q = qs[i]
        if q.dimension or q.magnitude or q.value is None:
            continue
        carrier = next((qs[j] for j in range(i + 1, i - k + n) if qs[j].dimension), None)
        if carrier is None:
            continue
        scale = MAGNITUDES.get(carrier.magnitude, 1.0)
        unsure = (
            carrier.magnitude != ""
            and carrier.value is not None
            and _integer_digits(q.value) - _integer_digits(carrier.value / scale)
            > _EXTRA_DIGITS.get(carrier.magnitude, _EXTRA_DIGITS_DEFAULT)
        )
        out[i] = replace(
            q,
            value=None if unsure else q.value * scale,
            unit=carrier.unit,
            dimension=carrier.dimension,
            factor=carrier.factor,
            magnitude="" if unsure else carrier.magnitude,
            ambiguous=unsure,
        )
    return out


def inside_parens(sent: str, pos: int) -> bool:
    if "(" not in sent and "（" not in sent:
        return False  # (most sentences: two scans instead of four)
    o = max(sent.rfind("(", 0, pos), sent.rfind("（", 0, pos))
    c = max(sent.rfind(")", 0, pos), sent.rfind("）", 0, pos))
    return o > c


def bracket_around(sent: str, start: int, end: int) -> tuple[int, int] | None:
    """The brackets (open, close) that the words at [*start*, *end*) stand in, or None (not inside a
    bracket that closes after them)."""
    if not inside_parens(sent, start):
        return None
    o = max(sent.rfind("(", 0, start), sent.rfind("（", 0, start))
    c = min((i for i in (sent.find(")", end), sent.find("）", end)) if i >= 0), default=-1)
    return (o, c) if c >= 0 else None


def aside_of_own_figure(sent: str, start: int, end: int, before: int) -> bool:
    """Whether the words at [*start*, *end*) (a year, a kind cue) stand in brackets that close before
    *before* and hold a figure after them ((2022年为38500元), (目标15亿元以上)): they are of that figure,
    not of those after the brackets; a bracket of the words alone ((2023年), (目标)) is not such an aside."""
    around = bracket_around(sent, start, end)
    return around is not None and around[1] < before and any(ch.isdigit() for ch in sent[end : around[1]])
