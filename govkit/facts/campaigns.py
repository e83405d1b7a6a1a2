"""Counts of a campaign (脱贫攻坚): when a figure of the poverty family is summed since the campaign
began, and when its noun names a population rather than the year's count.

* A campaign's sum (``time campaign_sum`` cue of ``govkit/data/extract/cues.tsv``: 累计, 先后) in a
  figure's ;-segment, before it, is not the year's count: 全年减少贫困人口2.1万人,累计脱贫3.8万户12.6万人.
  Its span is known when the sentence names one (精准扶贫以来, 2014年以来: :mod:`govkit.facts.timeframe`)
  or the paragraph opens on the last year of a review of several (过去五年… then 2020年,…:
  ``Frame.outer_start``); otherwise the figure is no fact (precision first). A year, 全年, 今年以来 or
  截至12月底 dates the sum to one year when it stands between the word and the figure, or right before the
  word with no figure in between (2019年,全县累计脱贫8562户); so do 一年来 and 过去一年 (time
  campaign_year: 一年来,全县累计减贫1200人).
* Any count (not a stock or a rate): a sum word in the figure's clause after a figure of the same
  indicator earlier in the sentence, with nothing dating the sum to one year in between, is a running total,
  not the year's count (全年新增城镇就业5200人,累计新增城镇就业3.1万人; 新增转移农村劳动力8600人,累计转移28.6万人).
* A sum word right before a register's entry (``time register_entry``: 累计纳入监测对象178人) counts the
  people ever entered in a register kept since it began: its size at the time, the year's level.
* After the campaign's last year (``govkit/data/campaigns.csv``: 精准扶贫 ends in 2020), a noun of its
  counts names the people once lifted (全县脱贫人口10.5万人 in a report on 2022), not a count lifted.
"""

from __future__ import annotations

from govkit.core.catalog import Indicator, load_catalog
from govkit.core.periods import campaign_count_ids, campaign_counts_until
from govkit.facts.clauses import Clause
from govkit.facts.cues import cue
from govkit.facts.mentions import Mention
from govkit.facts.subperiods import subperiod_of
from govkit.facts.timeframe import STOCK_UNITS, Frame

#: Indicators counting a campaign's results -> its last year (data/campaigns.csv).
_COUNTED_UNTIL = campaign_counts_until()
#: Families counted over a campaign (those of its counts): a sum of theirs without a known start is no fact.
CAMPAIGN_FAMILIES = frozenset(load_catalog()[i].family for i in _COUNTED_UNTIL)
#: Indicators counted over a campaign with no known start (debt_resolved), beside those families.
_CAMPAIGN_IDS = campaign_count_ids()
_CAMPAIGN_SUM = cue("time", "campaign_sum")
_CAMPAIGN_YEAR = cue("time", "campaign_year")
_REGISTER_ENTRY = cue("time", "register_entry")
_ONE_YEAR = cue("time", "one_year")
_SINCE_NEW_YEAR = cue("sub", "since_new_year")
_THROUGH_MONTH = cue("sub", "through_month")
_YEAR = cue("time", "year")
_THIS_YEAR = cue("time", "this_year")
_UP_TO_YEAR_END = cue("time", "up_to_year_end")


def campaign_sum(
    sent: str,
    seg_start: int,
    q_start: int,
    before: str,
    year_end: int,
    ind: Indicator,
    kind: str,
    frame: Frame,
    explicit_year: int | None,
) -> tuple[bool, int | None]:
    """(undated, period_start) of a level of *ind* at *q_start* that no span of its sentence dates:
    undated when a campaign's sum has no known start (the figure is then no fact); else the
    review's first year when the paragraph opens on that review's last year, else None."""
    if (
        (ind.family not in CAMPAIGN_FAMILIES and ind.id not in _CAMPAIGN_IDS)
        or ind.unit in STOCK_UNITS
        or kind == "target"
    ):
        return False, None
    # (a paragraph opening on the last year of a review of several: its year does not date a sum)
    outer = frame.outer_start if explicit_year in (None, frame.year) else None
    if not _sum_undated(sent, seg_start, q_start, before, 0 if outer is not None else year_end):
        return False, None
    return outer is None, outer


def _sum_undated(sent: str, seg_start: int, q_start: int, before: str, year_end: int) -> bool:
    """Whether a word of the ;-segment before *q_start* sums the figure over a campaign (累计退出贫困村46个,
    贫困人口8125户30210人) with nothing dating the sum to one year: a year (2019年, 今年; ending at
    *year_end*), 全年, 今年以来 or 截至12月底 between the word and the figure, or right before the word with no
    figure in between (2019年,全县累计脱贫8562户 is the year's; 2019年,全县脱贫8562户,累计脱贫3.8万户 is not);
    a year's end the sum runs up to (截至2023年底,累计化解隐性债务12.5亿元) does not date it to that year."""
    found = list(_CAMPAIGN_SUM.finditer(sent, seg_start, q_start))
    if not found:
        return False
    at, at_end = found[-1].start(), found[-1].end()
    if _REGISTER_ENTRY.match(sent, at_end):
        return False  # 累计纳入监测对象178人: a register's size at the time, the year's level
    # (截至2023年底,累计化解隐性债务12.5亿元: the year's end the sum runs to, not the year it sums)
    anchors = [year_end] if year_end and not up_to_year_end(before, year_end) else []
    anchors += [m.end() for m in _ONE_YEAR.finditer(before)]
    anchors += [m.end() for m in _SINCE_NEW_YEAR.finditer(before)]
    anchors += [m.end() for m in _THROUGH_MONTH.finditer(before)]  # 截至2021年12月底,累计投入…: the year so far
    anchors += [m.end() for m in _CAMPAIGN_YEAR.finditer(before)]  # 一年来,全县累计减贫1200人: the year's
    if any(a > at_end for a in anchors):
        return False  # 累计投入扶贫资金45亿元,全年脱贫8562户: the year's
    anchor = max((a for a in anchors if a <= at), default=None)
    return anchor is None or any(ch.isdigit() for ch in before[anchor:at])


def up_to_year_end(before: str, year_end: int) -> bool:
    """Whether the year printed ending at *year_end* in *before* is a year's end a sum runs up to (截至2023年底)."""
    return year_end > 0 and _UP_TO_YEAR_END.search(before, max(0, year_end - 12), year_end) is not None


def after_campaign(ind_id: str, year: int | None, subject_type: str) -> bool:
    """Whether a level of *ind_id* read from a noun (*subject_type* ``subject``, not an event verb
    such as 脱贫) in *year* names a population: the year is after the campaign whose results the
    indicator counts (全县脱贫人口10.5万人 in a report on 2022)."""
    return subject_type == "subject" and year is not None and year > _COUNTED_UNTIL.get(ind_id, year)


def running_total(
    sent: str, q_start: int, clause: Clause, subject: Mention, mentions: list[Mention], ind: Indicator
) -> bool:
    """Whether a level of the count *ind* at *q_start* is a running total after the year's own figure:
    a sum word (累计, 累积, 先后) in the figure's clause, and a mention of *ind* before that clause with a
    figure after it (全年新增城镇就业5200人,累计新增城镇就业3.1万人: 3.1万 sums years not told). A year,
    全年, 今年以来 or 截至…月 between that figure and the sum word dates the sum to the year (四季度新增
    就业1200人,全年累计新增5200人)."""
    if ind.unit in STOCK_UNITS:
        return False
    start = min(clause.start, subject.start)
    found = list(_CAMPAIGN_SUM.finditer(sent, start, q_start))
    if not found:
        return False
    at = found[-1].start()
    if _REGISTER_ENTRY.match(sent, found[-1].end()):
        return False  # 全年新纳入监测对象92人,累计纳入178人: the register's size, not a running total
    for m in mentions:
        if ind.id not in m.indicators or m.start >= start or m.end > at:
            continue
        between = sent[m.end : at]
        if not any(ch.isdigit() for ch in between):
            continue
        dated = (_ONE_YEAR, _SINCE_NEW_YEAR, _THROUGH_MONTH, _THIS_YEAR, _CAMPAIGN_YEAR)
        tail = sent[m.end : q_start]
        if any(rx.search(tail) for rx in dated) or _YEAR.search(tail) or subperiod_of(tail) is not None:
            continue  # (截至年底累计…, 到年底累计…: the year's end)
        if subperiod_of(sent[: m.start]):
            continue  # 上半年新增城镇就业2600人,累计新增5200人: after a part of the year, the year's sum so far
        return True
    return False
