"""The total of a sum listed by its sources: …补助资金4.82亿元,县级配套0.65亿元,共计5.47亿元.

A clause opening on a total word (``continuation sum_of_parts``: 共计, 合计, 总计) after figures whose
words name only a source of the money (``attribution funding_part``: 县级配套, 省级资金, 自筹 …) is the
total of the subject named before the first of them, when that subject is a fund (``attribution
funds_summed``: indicators whose sums reports list by source): the figures between are parts of it, in
its unit. A total after figures of subjects of their own or of other words (一般公共预算收入8.6亿元,加上
上级补助25.3亿元,合计33.9亿元: receipts and transfers, no fund; 新建民宿120家,合计投资2.1亿元) is no total
of the first subject.

A fund named without its figure, then a clause of only the money put in (统筹用好过渡期衔接资金,确保投入不低于
6.5亿元: ``continuation funds_put_in``, read by :mod:`govkit.facts.attribution`), is that fund's amount when its
catalog name is of money put in (:func:`named_put_in`).
"""

from __future__ import annotations

from bisect import bisect_left

from govkit.core.catalog import load_catalog
from govkit.facts.clauses import Sentence, clause_index
from govkit.facts.cues import cue, cue_words
from govkit.facts.mentions import Mention
from govkit.facts.numbers import Quantity

_SUM_OF_PARTS = cue("continuation", "sum_of_parts")
_FUNDING_PART = cue("attribution", "funding_part")
_FUNDS = frozenset(cue_words("attribution", "funds_summed"))
_LEAD = " \u3000,，、和及与"
_SEGMENT_END = ";；。"


def total_subject(s: Sentence, qi: int, prefix: str) -> Mention | None:
    """The fund whose total quantity *qi* is (*prefix*: the words of its clause before it), or ``None``."""
    if _SUM_OF_PARTS.fullmatch(prefix) is None:
        return None
    sent, quantities = s.text, s.quantities
    unit = quantities[qi].unit
    parts = 0
    for j in range(qi - 1, -1, -1):
        p = quantities[j]
        if p.unit != unit:
            return None
        lo = quantities[j - 1].end if j > 0 else 0
        named = [m for m in s.mentions if lo <= m.start and m.end <= p.start and m.type == "subject"]
        if named:
            m = named[-1]
            return m if parts and _FUNDS.intersection(m.indicators) else None
        words = sent[lo : p.start]
        if any(ch in words for ch in _SEGMENT_END) or _FUNDING_PART.fullmatch(words.lstrip(_LEAD)) is None:
            return None
        parts += 1
    return None


def summed_later(s: Sentence, q: Quantity, subject: Mention) -> bool:
    """Whether figure *q* of fund *subject* is the first part of a total printed later in the sentence
    (…补助资金4.82亿元,县级配套0.65亿元,共计5.47亿元: 4.82 is a part, flagged ``subtotal``, not a second
    value of the fund beside its total)."""
    sent, quantities, clauses = s.text, s.quantities, s.clauses
    if not _FUNDS.intersection(subject.indicators) or _SUM_OF_PARTS.search(sent, q.end) is None:
        return False
    for j in range(bisect_left(quantities, q.start, key=_start_of) + 1, len(quantities)):
        r = quantities[j]
        prefix = sent[clauses[clause_index(clauses, r.start)].start : r.start]
        if _SUM_OF_PARTS.fullmatch(prefix) is not None:
            return total_subject(s, j, prefix) == subject
    return False


def _start_of(q: Quantity) -> int:
    return q.start


#: The word of a catalog name of money put in (扶贫及衔接资金投入).
_PUT_IN_NAME = "投入"


#: Before the funds named: a list of funds; after the money put in: an attribute.
_FUNDS_LIST = cue("continuation", "funds_list_before")
_PUT_IN_ATTRIBUTE = cue("continuation", "funds_put_in_attribute")
_FUNDS_ONE_LEVEL = cue("continuation", "funds_one_level")


def named_put_in(s: Sentence, ci: int, m: Mention, q: Quantity) -> bool:
    """Whether every indicator of mention *m* is named as money put in (扶贫及衔接资金投入), *m* standing in the
    clause right before clause *ci* and that clause holding no figure: funds named without their figure (统筹用好
    过渡期衔接资金,确保投入…). A clause with a figure names something counted (抽查扶贫资金项目32个,投入4.5亿元: the
    projects sampled; 下达衔接资金8.3亿元,累计投入6.1亿元: a part of the funds), and the money put in is its; nor
    funds after others in a list (东西部协作资金和衔接资金), nor money *q* as an attribute (投入3.2亿元的项目), nor one level's funds (省级…资金)."""
    catalog = load_catalog()
    if not m.indicators or not all(i in catalog and _PUT_IN_NAME in catalog[i].name_zh for i in m.indicators):
        return False
    if ci == 0:
        return False
    before = s.clauses[ci - 1]
    if not before.start <= m.start < before.end:
        return False
    if _FUNDS_LIST.search(s.text, before.start, m.start) or _PUT_IN_ATTRIBUTE.match(s.text, q.end):
        return False
    if _FUNDS_ONE_LEVEL.search(s.text, max(before.start, m.start - 12), m.start):
        return False  # 争取省级财政专项扶贫资金,投入1.3亿元: one level's part, not the year's funds
    first = bisect_left(s.quantities, before.start, key=_start_of)
    return first == len(s.quantities) or s.quantities[first].start >= before.end
