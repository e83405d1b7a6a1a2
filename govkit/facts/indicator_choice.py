"""Which indicator a figure governed by a subject is a value of (:func:`choose_indicators`).

A subject may name several indicators (a compound, 城乡居民…; an alias of two ids); a list (分别为…)
is distributed over a compound subject's members, over the subjects listed with 、 before it, or
over the figures named before it; the figure's dimension must fit the indicator's catalog unit
(易地扶贫搬迁 …户 or …人). Which subject governs the figure is :mod:`govkit.facts.attribution`'s.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from govkit.core.catalog import Indicator
from govkit.facts.attribution import Assigned
from govkit.facts.clauses import Sentence, clause_start, segment_start
from govkit.facts.cues import cue, cue_words
from govkit.facts.mentions import Lexicon, Mention
from govkit.facts.numbers import Quantity, stands_in, unit_of
from govkit.facts.printed_year import listed_parts
from govkit.facts.timeframe import listed_years

_VILLAGE_NOUN = cue("place", "village_noun")
_YEAR = cue("time", "year")
_SHARE_FILLER = cue("share", "subject_filler")  # 民生方面的支出: the share of 民生支出
# A joiner and a few words qualifying the next member (森林覆盖率、城镇生活污水处理率): the words hold
# no joiner, break or digit, so no unnamed member hides among them.
_LIST_JOINER_QUALIFIED = re.compile(r"\s*[、和与及]\s*[^、和与及,;:，；：\d\s]{0,4}")
# An unnamed member before the first named one (氟化物、PM2.5、PM10分别为…).
_PARTS_LISTED_BEFORE = cue("subject", "parts_listed_before")
_UNNAMED_BEFORE = re.compile(r"、\s*[^、和与及,;:，；：\d\s]{0,4}$")
_DIGIT = re.compile(r"\d")
#: 其中: the amounts after it are the parts a 分别 list of rates may follow (W X亿元,增长a%,其中P Y、Q Z,分别增长…)
_SUB_ITEM = cue_words("table", "sub_item")
_SHARED_FIGURE = cue("attribution", "shared_figure")


def _end_of(m: Mention) -> int:
    return m.end


def _quantity_start(q: Quantity) -> int:
    return q.start


def choose_indicators(
    s: Sentence,
    qi: int,
    subject: Mention,
    measure: str,
    prefix: str,
    assigned: list[Assigned],
    owners: list[str],
    catalog: dict[str, Indicator],
    lexicon: Lexicon,
) -> list[str]:
    """The indicator(s) quantity *qi* is a figure of: one, several for 均 (…和…达标率均为100%), or none.

    *owners* are the subjects that took a level figure earlier in the sentence ("-" for
    non-catalog ones); *assigned* are the facts made so far.
    """
    sent, q = s.text, s.quantities[qi]
    if measure == "base_year":
        return []
    gi, gn = s.groups.get(qi, (0, 1))
    if subject.type == "compound":
        members = subject.indicators
        if gn == len(members):
            pick = [members[gi]]
        elif gn == 1 and _SHARED_FIGURE.search(prefix):
            pick = list(members)  # the same value for every member (均, not 年均/平均)
        elif gn == 1 and subject.entry.whole and "分别" not in prefix and _whole_figure(subject, measure, assigned):
            pick = [subject.entry.whole]  # 城乡居民人均可支配收入达28504元: one level of all residents
        elif gn == 1:
            return []
        else:
            pick = [members[gi]] if gi < len(members) else []
        return [i for i in pick if i and fits(catalog[i], q, measure, sent)]
    if gn == 1 and "分别" in prefix and _joined_to_earlier(s, subject):
        return []  # A、B分别为…: a lone figure after 分别 is not the last subject's
    if gn == 1 and _SHARED_FIGURE.search(prefix) and _joined_to_earlier(s, subject):
        return _shared_by_listed(s, subject, q, measure, catalog, lexicon)
    if gn > 1 and (_one_per_listed_year(sent, q, gn) or listed_parts(sent[: q.start], (gi, gn)) is not None):
        pass  # 2022年和2023年 (一季度、上半年和全年),…收入分别增长5.3%、7.8%: every figure is the subject's, one per year (part)
    elif gn > 1:
        if _PARTS_LISTED_BEFORE.match(sent, clause_start(sent, subject.start), subject.start):
            return []  # 工业、服务业分别完成固定资产投资32亿元、26亿元: the parts' figures, not the whole's
        # A list without a compound subject: distribute over the subjects named before it
        # (…增加值13.05亿元、…147.83亿元、…158.86亿元,分别增长4.6%、7.7%和8.7%).
        listed = _listed_subjects(sent, subject, gn, lexicon)
        if listed is not None and (measure == "level" or qi in s.respective):
            # 工业增加值、社零总额分别为35.2亿元、48.6亿元; 二氧化硫、…、PM2.5浓度分别为8、…、27:
            # each listed subject owns its position, a non-catalog one (-) too.
            chosen = listed[gi]
            return [chosen] if chosen != "-" and fits(catalog[chosen], q, measure, sent) else []
        if listed is None and (_joined_to_earlier(s, subject) or _unnamed_member_before(s, subject)):
            # 二氧化硫、…、PM2.5分别为11、20、80; 非税收入、财政总收入分别为…: the figures cannot be
            # matched to the subjects (the last named one is not the first listed)
            return []
        named: list[str] = listed or []
        if not named and len(owners) >= gn:
            # 存款余额320亿元、贷款余额210亿元,分别增长9.1%和12.3%: one growth per figure named before.
            named = owners[-gn:]
        if not named:
            for a in assigned:
                if a.indicator not in named:
                    named.append(a.indicator)
        if len(named) >= gn and measure != "level":
            chosen = named[-gn + gi]
            return [chosen] if chosen != "-" and fits(catalog[chosen], q, measure) else []
        if gi > 0:
            return []
    if measure == "share":
        ind = share_indicator(subject, catalog, s.text[subject.start : subject.end])
        return [ind] if ind and _base_of_share(s, subject, q, catalog[ind], lexicon) else []
    if measure != "level" and len(subject.indicators) > 1:
        # 易地扶贫搬迁1260户,完成省下达任务的105%: the rate of the figure the subject took before it.
        took = [a.indicator for a in assigned if a.mention == subject and a.measure == "level"]
        if took and fits(catalog[took[-1]], q, measure, sent):
            return [took[-1]]
    for ind in subject.indicators:
        if ind and fits(catalog[ind], q, measure, sent):
            return [ind]
    return []


def _one_per_listed_year(sent: str, q: Quantity, gn: int) -> bool:
    """Whether the last year printed before *q* (in its ;-segment) ends a list of *gn* years."""
    before = sent[segment_start(sent[: q.start]) : q.start]
    ends = [m.end() for m in _YEAR.finditer(before)]
    return bool(ends) and len(listed_years(before, ends[-1])) == gn


def _shared_by_listed(
    s: Sentence, subject: Mention, q: Quantity, measure: str, catalog: dict[str, Indicator], lexicon: Lexicon
) -> list[str]:
    """A和B均增长10%: the figure of every subject listed before it (none when the list is not clear)."""
    for n in range(2, 7):
        listed = _listed_subjects(s.text, subject, n, lexicon)
        if listed is not None:
            return [i for i in dict.fromkeys(listed) if i != "-" and fits(catalog[i], q, measure, s.text)]
    return []


def _whole_figure(subject: Mention, measure: str, assigned: list[Assigned]) -> bool:
    """One figure after a compound subject (城乡居民人均可支配收入达28504元,增长9.8%): a level is the
    whole's (one amount cannot be two members'); a rate only after the whole took the level, since
    城乡居民…增长5.3% alone may say that each member grew 5.3%."""
    if measure == "level":
        return True
    return any(a.mention == subject and a.indicator == subject.entry.whole for a in assigned)


def owns_list_position(s: Sentence, qi: int, subject: Mention, lexicon: Lexicon) -> bool:
    """PM2.5、PM10、臭氧浓度分别为35、62、148微克/立方米: figure *qi* of a 分别 list whose subjects are
    listed with 、 before it; the last listed one (*subject*) may be a non-catalog one (臭氧), yet
    every listed subject owns its position."""
    if qi not in s.respective:
        return False
    return _listed_subjects(s.text, subject, s.respective[qi][1], lexicon) is not None


def amounts_before_list(s: Sentence, qi: int) -> list[int] | None:
    """一般公共预算收入12.5亿元,其中税收收入8.6亿元,分别增长6.2%和7.8%: when *qi* opens a 分别 list of
    rates and exactly as many amounts (no rate among them) are printed before it in the sentence, the
    amounts in order: each rate of the list is the change of the amount at its position (6.2% the
    whole's, 7.8% its part's), whichever subject stands nearest the list; when more amounts stand before
    it, those after the sentence's last 其中 if as many (a total, then its parts listed after 其中)."""
    if qi not in s.respective or s.respective[qi][0] != 0 or s.quantities[qi].dimension not in ("percent", "pp"):
        return None
    before = [i for i in range(qi) if s.quantities[i].dimension]
    n = s.respective[qi][1]
    if len(before) > n:
        # 进出口总额307.4亿美元,其中出口219.8亿美元、进口87.6亿美元,分别增长7.5%和0.6%: the parts after 其中
        opens = max(s.text.rfind(w, 0, s.quantities[qi].start) for w in _SUB_ITEM)
        before = [i for i in before if s.quantities[i].start > opens] if opens >= 0 else before
    if len(before) != n or any(s.quantities[i].dimension in ("percent", "pp") for i in before):
        return None
    return before


class _ListedMemo:
    """The listed subjects found in the sentence read last (each figure of a list asks again)."""

    def __init__(self) -> None:
        self.sent = ""
        self.lexicon: Lexicon | None = None
        self.found: dict[tuple[int, int, int], list[str] | None] = {}


_LISTED = _ListedMemo()


def _listed_subjects(sent: str, last: Mention, n: int, lexicon: Lexicon) -> list[str] | None:
    """规模以上工业增加值、固定资产投资、地方一般公共预算收入分别增长…: the n subjects listed with 、."""
    memo = _LISTED
    if memo.sent is not sent or memo.lexicon is not lexicon:
        memo.sent, memo.lexicon, memo.found = sent, lexicon, {}
    key = (last.start, last.end, n)
    if key not in memo.found:
        memo.found[key] = _find_listed(sent, last, n, lexicon)
    found = memo.found[key]
    return list(found) if found is not None else None


def _find_listed(sent: str, last: Mention, n: int, lexicon: Lexicon) -> list[str] | None:
    start = clause_start(sent, last.start)
    ms = [m for m in lexicon.mentions(sent[start : last.end])]
    if len(ms) < n:
        return None
    run = ms[-n:]
    if len(ms) > n and _LIST_JOINER_QUALIFIED.fullmatch(sent[start + ms[-n - 1].end : start + run[0].start]):
        return None  # more subjects listed than figures: which owns which is not known
    if _UNNAMED_BEFORE.search(sent, start, start + run[0].start) and not _DIGIT.search(
        sent, start, start + run[0].start
    ):
        return None  # a member the lexicon does not know stands first
    for a, b in zip(run, run[1:]):
        if not _LIST_JOINER_QUALIFIED.fullmatch(sent[start + a.end : start + b.start]):
            return None
    out = []
    for m in run:
        ind = next((i for i in m.indicators if i), None)
        if m.type == "null" and not m.indicators:
            out.append("-")  # a non-catalog member (二氧化硫) owns its position
            continue
        if m.type not in ("subject",) or ind is None:
            return None
        out.append(ind)
    if all(i == "-" for i in out):
        return None
    return out


def _unnamed_member_before(s: Sentence, subject: Mention) -> bool:
    """Whether a member the lexicon does not know stands listed before *subject* (非税收入、财政总收入…);
    not a figure's list (第二产业增加值147.83亿元、第三产业增加值…)."""
    start = clause_start(s.text, subject.start)
    i = bisect_left(s.quantities, start, key=_quantity_start)  # (quantities are in text order)
    if i < len(s.quantities) and s.quantities[i].start < subject.start:
        return False
    return _UNNAMED_BEFORE.search(s.text, start, subject.start) is not None


def _joined_to_earlier(s: Sentence, subject: Mention) -> bool:
    """Whether *subject* is the last of several subjects listed with 、/和 (A、B分别…)."""
    # Mentions are in text order and apart: the last one ending by the subject's start.
    i = bisect_right(s.mentions, subject.start, key=_end_of) - 1
    return i >= 0 and _LIST_JOINER_QUALIFIED.fullmatch(s.text[s.mentions[i].end : subject.start]) is not None


def share_indicator(subject: Mention, catalog: dict[str, Indicator], words: str = "") -> str | None:
    """民生支出 … 占一般公共预算支出的76.3% -> livelihood_spending_share; *words*, the subject as printed
    (用于教育等民生方面的支出, 民生领域支出: the words a catalog name leaves out are removed)."""
    text = _SHARE_FILLER.sub("", words or subject.entry.pattern)
    for ind in catalog.values():
        if ind.unit == "%" and any(a.startswith(text) and "占" in a for a in (ind.name_zh, *ind.aliases)):
            return ind.id
    for ind in catalog.values():
        if ind.unit == "%" and (ind.name_zh.startswith(text + "占")):
            return ind.id
    return None


def _base_of_share(s: Sentence, subject: Mention, q: Quantity, ind: Indicator, lexicon: Lexicon) -> bool:
    """Whether the share at *q* is of the base *ind*'s name gives it (民生支出占一般公共预算支出的83.7%): a
    catalog subject named between (民生支出占一般公共预算收入的比重为75.2%) must be that base."""
    named = [m for m in s.mentions if subject.end <= m.start and m.end <= q.start and m.type == "subject"]
    if not named:
        return True
    base = ind.name_zh.partition("占")[2]
    wanted = {i for m in lexicon.mentions(base) for i in m.indicators}
    return any(i in wanted for m in named for i in m.indicators)


def fits(ind: Indicator, q: Quantity, measure: str, sent: str = "") -> bool:
    """Whether *q* can be a *measure* figure of *ind* (its dimension fits the catalog unit)."""
    if measure in ("yoy_pct", "cagr_pct", "cagr2", "completion_pct"):
        return q.dimension == "percent"
    if measure == "pp_change":
        return q.dimension == "pp"
    cu = unit_of(ind.unit)
    if cu is None:
        return False
    if q.dimension == "":
        # Unitless numbers: a day count or a yuan amount printed without its unit (优良天数可达359, 人均达到43629).
        if (
            cu.dimension in ("days", "money_cny")
            and ind.unit in ("天", "元")
            and q.value
            and q.value >= 10
            and not q.magnitude
        ):
            return True
        # 4.6万脱贫人口: a magnitude with the noun standing for the unit; 560亿 for 560亿元.
        if q.magnitude and cu.dimension in ("people", "households"):
            return True
        if q.magnitude == "亿" and cu.dimension == "money_cny" and ind.unit == "亿元":
            return True
        return False
    if q.dimension != cu.dimension:
        # 个 counts villages; 名 counts people; 支 counts teams.
        if cu.dimension == "count" and q.dimension == "count":
            return True
        # 外贸出口总额12.5亿元: the indicator's figure in a unit that does not convert (kept, no value)
        return measure == "level" and stands_in(q, ind.unit)
    if ind.id == "poverty_villages_exited":
        return (
            "村" in sent[q.end : q.end + 4]
            or "村" in sent[max(0, q.start - 6) : q.start]
            or _VILLAGE_NOUN.match(sent[q.end : q.end + 24]) is not None
        )
    if cu.dimension == "count" and q.unit not in ("个", "支") and ind.unit == "个":
        return False
    return True
