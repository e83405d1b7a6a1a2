"""One growth rate per subject, measure and time: the adjusted rate when a sentence prints two.

A report may print two rates of one subject for one year and part of it, on two bases:
现价增长9.2%,扣除价格因素实际增长6.0%; 名义增长8%,实际增长5.5%; 增长2.1%,剔除留抵退税因素后增长7.3%;
同口径增长8.6%,自然口径增长3.2%. The scorer keys a fact on (indicator, measure, year, sub-period), so
only one of them is the fact: the one printed as real or on a comparable basis (实际, 按可比价格,
可比口径, 同口径, 剔除…因素后). The other rate is not dropped silently: the kept fact carries it in
its flags (``unadjusted=9.2``). A rate printed alone keeps whatever basis it has (现价增长9.1%). A
level printed twice is read the same way: 优良天数比例87.7%(扣除沙尘影响后为89.2%) keeps 89.2, flagged
``unadjusted=87.7`` (the adjusted figure is the one assessed, as for rates).

The basis words are ``rate_basis`` cues of ``govkit/data/extract/cues.tsv``, read between the figure
before the rate (or the sentence start) and the rate.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from govkit.core.fact import Fact
from govkit.facts.attribution import continues_subject
from govkit.facts.cues import cue

_ADJUSTED = cue("rate_basis", "adjusted")
_UNADJUSTED = cue("rate_basis", "unadjusted")
#: Measures a basis applies to: the rates, and a level printed twice (优良天数比例87.7%(扣除沙尘影响后为
#: 89.2%), an environment bulletin's measured and dust-adjusted figures).
_RATES = ("yoy_pct", "cagr_pct", "cagr2", "level")
#: Families whose level printed twice keeps its adjusted figure (the dust-adjusted air quality is the one
#: assessed); elsewhere a level after 扣除/剔除 (一般公共预算收入12.3亿元,扣除留抵退税因素后为13.1亿元) is a
#: counterfactual, not the receipts: both stay (validate flags the conflict).
_LEVEL_FAMILIES = ("ecology",)
_FLAG = "unadjusted="
_BASIS_OPENING = re.compile(rf"\s*(?:{cue('continuation', 'rate_basis').pattern})")
_OPENING_WORDS = re.compile(r"^[^\d]*?(?=\d)")
_BREAKS = re.compile(r"[,，、\s]")
_LIST_JOINER = re.compile(r"^\s*[、和及与]\s*$")


def opens_with_basis(sent: str) -> bool:
    """Whether sentence *sent* opens with a price or scope basis and holds only continuation words
    before its first figure (剔除留抵退税因素后,增长7.3%; 按可比价格计算,比上年增长6.1%): a rate of the
    previous sentence's subject on another basis."""
    m = _BASIS_OPENING.match(sent)
    if m is None or not m.group().strip():
        return False
    words = _OPENING_WORDS.match(sent)
    return words is not None and continues_subject(_BREAKS.sub("", words.group()))


def _basis(sent: str, spans: list[tuple[int, int]], start: int) -> str:
    """``adjusted``, ``unadjusted`` or ``""`` for the rate at *start* in *sent*: the basis words
    between the end of the figure before it (*spans*: the sentence's figures, in order) and it. A
    later member of a list (现价分别增长9%和10%) has the basis of the list's first figure."""
    i = bisect_left(spans, (start, start))
    while True:
        words = sent[spans[i - 1][1] if i > 0 else 0 : start]
        if i == 0 or not _LIST_JOINER.match(words):
            break
        i, start = i - 1, spans[i - 1][0]
    if _UNADJUSTED.search(words):
        return "unadjusted"
    if _ADJUSTED.search(words):
        return "adjusted"
    return ""


def one_rate_per_key(facts: list[Fact], sent: str, offset: int, spans: list[tuple[int, int]]) -> list[Fact]:
    """*facts* of sentence *sent* (at *offset*), with at most one rate value per key where bases
    decide it; *spans* are the (start, end) positions in *sent* of the sentence's figures, in order.

    Rates of one key with several values: when exactly one value is printed on an adjusted basis
    (or, with no adjusted one, exactly one value without a basis beside nominal ones), the others are
    left out and recorded on the kept facts' flags. Otherwise all stay (validate flags a conflict)."""
    groups: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.measure in _RATES and f.value is not None and (f.measure != "level" or f.family in _LEVEL_FAMILIES):
            key = (f.indicator, f.measure, f.year, f.period_start, f.subperiod, f.kind, "subtotal" in f.flags)
            groups.setdefault(key, []).append(f)
    dropped: set[int] = set()
    for group in groups.values():
        if len({f.value for f in group}) < 2:
            continue
        by_basis: dict[str, list[Fact]] = {}
        for f in group:
            by_basis.setdefault(_basis(sent, spans, f.value_start - offset), []).append(f)
        keep = by_basis.get("adjusted") or (by_basis.get("") if by_basis.get("unadjusted") else None)
        if not keep or len({f.value for f in keep}) != 1:
            continue
        kept_value = keep[0].value
        others = sorted({f.value for f in group if f.value != kept_value and f.value is not None})
        for f in group:
            if f.value != kept_value:
                dropped.add(id(f))
        for f in keep:
            f.flags = [*f.flags, *(f"{_FLAG}{v:g}" for v in others)]
    return [f for f in facts if id(f) not in dropped] if dropped else facts
