"""Figures that are not facts of this report, although a subject governs them.

Comparisons with other places (高于全省, 较阜阳市平均水平高), gaps in points to another group or to the
target or plan (增速高于城镇居民, 低于年度计划), changes of a share of another place (占全市的比重提高),
rankings (位居全市第一), thresholds and standards
(要低于5%, 降至3%以下的退出标准), multiples and contributions (翻一番, 拉动), milestones (突破
3万户大关), money for projects only planned or signed (谋划, 签约), a sector's or a higher
level's figure (服务业固定资产投资, 全省…, 湖北省…), a part's or a place's below or beside the
region (船山区实现…, 安定镇…, 经开区完成…, 县域…, 市本级…: :mod:`govkit.facts.places`). The
report's own region (全县, 我县 in a county's report, 全镇 in a township's, the region's name:
:mod:`govkit.facts.own_region`) is not another place (those tests: :mod:`govkit.facts.other_places`). The ``block`` and ``place`` cues of
``govkit/data/extract/cues.tsv`` hold the words.
"""

from __future__ import annotations

import re

from govkit.core.catalog import load_catalog
from govkit.core.regex_gates import may_occur, required_words
from govkit.facts.clauses import Clause, Sentence, clause_index
from govkit.facts.cues import cue, cue_words, load_cues, probe, probe_words
from govkit.facts.mentions import Mention
from govkit.facts.numbers import Quantity, without_approx
from govkit.facts.other_places import (
    PlaceMemo,
    higher_goal_before,
    inherits_other_place,
    kept_places_lead,
    kept_subject_of_other_place,
    level_not_whose,
    named_other_place,
    own_items_of,
    own_name_in,  # noqa: F401 (facts.tables reads it here)
)
from govkit.facts.pipeline_money import pipeline_money
from govkit.facts.places import OTHER_LEVEL, by_parts
from govkit.facts.prefixes import Scans, prefixed
from govkit.facts.sentence_words import SentenceWords, gate, probe_gate
from govkit.facts.subperiods import period_base_in

_BLOCK: dict[str, re.Pattern] = dict(load_cues()["block"])
#: The block cues read in the words before a figure; whether each may occur is tested once per sentence.
_PROBED = ("compare", "rank", "threshold", "other_place", "pipeline", "multiple")
_BLOCK_PROBE: dict[str, re.Pattern | None] = {name: probe((_BLOCK[name],)) for name in _PROBED}
#: Cues read before each figure whose words (one of which each match holds) are looked for once per sentence.
_WORDS_TESTED = (
    "floor_held",
    "score_before",
    "remitted_before",
    "budget_before",
    "milestone_before",
    "sampled_before",
    "every_year",
    "higher_goal",
)
_BLOCK_WORDS = {name: required_words(_BLOCK[name]) for name in _WORDS_TESTED}
#: Each of those tests as a gate of the sentence's words (:mod:`govkit.facts.sentence_words`).
_BLOCK_GATES: tuple[tuple[str, int], ...] = (
    *((name, probe_gate(_BLOCK_PROBE[name], probe_words((_BLOCK[name],)))) for name in _PROBED),
    *((name, gate(_BLOCK_WORDS[name])) for name in _WORDS_TESTED),
)
_MILESTONE_AFTER = re.compile(rf"^\s*(?:{_BLOCK['milestone_after'].pattern})")
_STANDARD_AFTER = _BLOCK["standard_after"]
_LEVEL_AFTER_MULTIPLE = _BLOCK["level_after_multiple"]
_THRESHOLD_REACH = _BLOCK["threshold_reach"]
_RESTATED_THRESHOLD = _BLOCK["restated_threshold"]
_REVISED_AWAY = _BLOCK["revised_away"]
_REVISED_FROM = _BLOCK["revised_from"]
_REVISED_PLANNED = _BLOCK["revised_planned"]
_CONTRIBUTION_BEFORE = re.compile(rf"(?:{_BLOCK['contribution_before'].pattern})\Z")
_CONTRIBUTION_PP_BEFORE = re.compile(rf"(?:{_BLOCK['contribution_points_before'].pattern})\Z")
_RATIO_BEFORE = _BLOCK["ratio_before"]
_EXCLUDED_PART_BEFORE = _BLOCK["excluded_part_before"]
_PERIOD_BASE_CLAUSE = cue("time", "period_base_clause")
#: Characters before a subject read for a part left out (block excluded_part_before).
_EXCLUDED_REACH = 20
_PERCENT_UNIT = "%"
_COMPARE_BASE_BEFORE = _BLOCK["compare_base_before"]
_COMPARE_GAP_P = prefixed(_BLOCK["compare_gap"])
_COMPARE_ADVERBIAL = _BLOCK["compare_adverbial"]
_BUDGET_BEFORE = _BLOCK["budget_before"]
_REMITTED_BEFORE = _BLOCK["remitted_before"]
_SCORE_BEFORE = _BLOCK["score_before"]
_SAMPLED_BEFORE = _BLOCK["sampled_before"]
_CONCERNED_MODIFIER = _BLOCK["concerned_modifier"]
_CONCERNED_OWN_VERB = _BLOCK["concerned_own_verb"]
_CONCERNED_VERB_BEFORE = _BLOCK["concerned_verb_before"]
_CONCERNED_FINDING = _BLOCK["concerned_finding"]
_EVERY_YEAR = _BLOCK["every_year"]
_MISUSED_AFTER = _BLOCK["misused_after"]
_GOAL_YEAR = _BLOCK["goal_year"]
_CLAUSE_BREAK = re.compile(r"[,;:，；：。]")
_OTHER_PLACE_OPENING = cue("place", "other_place_opening")
_OTHER_UNIT = cue("place", "other_unit")
_OTHER_TOWNSHIP = cue("place", "other_township")
_OTHER_VILLAGE = cue("place", "other_village")
_OTHER_LEVEL = OTHER_LEVEL
#: The levels whose report has a known unit word (others count every unit word as their own).
_SHARE_CLAUSE_P = prefixed(cue("continuation", "share_clause"))
_COMPLETION_RATE_NAMED = cue("continuation", "completion_rate_named")
_COMPLETION_CLAUSE = cue("continuation", "completion_clause")
_RATE_NAMED = cue("measure_after", "rate_named")
_DIGIT = re.compile(r"\d")
_MILESTONE_BEFORE = re.compile(rf"(?:{_BLOCK['milestone_before'].pattern})")
_MILESTONE_LIST = _BLOCK["milestone_list"]
_FLOOR_HELD = _BLOCK["floor_held"]
_FLOOR_HELD_YEAR = _BLOCK["floor_held_year"]
_FLOOR_HELD_SPAN = _BLOCK["floor_held_span"]
_LIST_ITEM_BEFORE = _BLOCK["milestone_list_before"]
_BUCKET_AFTER = _BLOCK["bucket_after"]
_BUCKET_COUNT_AFTER = _BLOCK["bucket_count_after"]
_BUCKET_COUNT_LEAD = _BLOCK["bucket_count_lead"]
_BUCKET_BELOW_AFTER = _BLOCK["bucket_below_after"]
_BUCKET_BELOW_LEAD = _BLOCK["bucket_below_lead"]
_CHANGE_FROM_BASE = _BLOCK["change_from_base"]
_SPAN_GROWTH = _BLOCK["span_growth"]
_SPAN_GROWTH_OK = _BLOCK["span_growth_ok"]
_CLOCK = _BLOCK["clock"]
_CROSSING_BEFORE = _BLOCK["crossing_before"]
#: Patterns read right after (or before) each figure, in the sentence itself: their words are looked
#: for once per sentence too (a sentence without them has no match in any part of it).
_NEAR_WORDS = {
    "milestone_after": required_words(_MILESTONE_AFTER),
    "standard_after": required_words(_STANDARD_AFTER),
    "clock": required_words(_CLOCK),
    "revised_away": required_words(_REVISED_AWAY),
    "revised_planned": required_words(_REVISED_PLANNED),
    "bucket_after": required_words(_BUCKET_AFTER),
    "bucket_below_lead": required_words(_BUCKET_BELOW_LEAD),
    "misused_after": required_words(_MISUSED_AFTER),
    "crossing_before": required_words(_CROSSING_BEFORE),
}
_NEAR_GATES = tuple((name, gate(words)) for name, words in _NEAR_WORDS.items())
_GROWTH_WORDS = _BLOCK["span_growth_verb"]
#: 以上, 以下, 以内: a bound after a figure (cues.tsv, number bounds).
_BOUNDS = cue_words("number", "bounds")
#: 突破, 超过 … right before a figure: a threshold crossed (also read by ``validate``, across sentences).
CROSSING_BEFORE = _CROSSING_BEFORE
#: Its words as a gate of a sentence's words (:func:`crossed`'s *may* for words before a figure of the sentence).
CROSSING_GATE = gate(_NEAR_WORDS["crossing_before"])
_EXACT_AFTER = _BLOCK["exact_after"]
#: 超过, 逾: the approximate words before a number that say a threshold was crossed.
_APPROX_CROSSING = cue_words("number", "approx_crossing")
APPROX_CROSSING = _APPROX_CROSSING
#: 不足, 不到: the approximate words before a number that bound it from above.
_APPROX_UPPER = cue_words("number", "approx_upper")
# The cues read in the words before each figure, scanned once per sentence (govkit.facts.prefixes).
_PREFIX_CUES = {name: prefixed(_BLOCK[name]) for name in ("compare", "rank", "threshold", "multiple")}
_CHANGE_FROM_BASE_P = prefixed(_CHANGE_FROM_BASE)
_GROWTH_WORDS_P = prefixed(_GROWTH_WORDS)
_SPAN_GROWTH_P = prefixed(_SPAN_GROWTH)
_SPAN_GROWTH_OK_P = prefixed(_SPAN_GROWTH_OK)
_REMITTED_BEFORE_P = prefixed(_REMITTED_BEFORE)
_BUDGET_BEFORE_P = prefixed(_BUDGET_BEFORE)


#: Characters before a subject read for a named place (place named_place: a name, a verb and a time word).
_NAMED_REACH = 12


def about_other_place(sent: str, own: set[str]) -> bool:
    """从全市看,…: the whole sentence is about another place; 分区县看,…: about the region's parts."""
    if by_parts(sent):
        return True
    return _OTHER_PLACE_OPENING.match(sent) is not None and not any(w in sent[:12] for w in own)


def block_cues_in(sent: str, words: SentenceWords | None = None) -> dict[str, bool]:
    """Which ``block`` cues may occur in *sent* (a cheap test, made once per sentence; *words*: the
    sentence's gate words, :class:`~govkit.facts.sentence_words.SentenceWords`, when found already)."""
    if words is not None:
        may = {name: words.holds(g) for name, g in _BLOCK_GATES}
        for name, g in _NEAR_GATES:
            may[name] = words.holds(g)
    else:
        may = {name: p is None or p.search(sent) is not None for name, p in _BLOCK_PROBE.items()}
        for name, ws in _BLOCK_WORDS.items():
            may[name] = may_occur(ws, sent)
        for name, ws in _NEAR_WORDS.items():
            may[name] = may_occur(ws, sent)
    if not may["other_place"] and any(
        p.search(sent) is not None for p in (_OTHER_UNIT, _OTHER_TOWNSHIP, _OTHER_VILLAGE)
    ):
        may["other_place"] = True  # 全县/全区, 全镇 may be another place's (own_region_words), 全村 a village's
    return may


def not_the_headline(sent: str, subject: Mention) -> bool:
    """服务业固定资产投资 (a sector's figure), 投资拉动GDP增长 (a contribution), 每平方公里GDP (a ratio),
    高于全县农村居民收入增速 (a comparison's base) or 剔除电力行业后,规模以上工业增加值… (the rest after a
    part left out): not the subject's own figure."""
    if subject.start > 0 and sent[subject.start - 1] == "业":
        return True  # 服务业固定资产投资, 制造业投资: a sector's figure, not the headline one
    before = sent[max(0, subject.start - 8) : subject.start]
    if _RATIO_BEFORE.search(before):
        return True  # 每平方公里GDP产出21.7亿元: a ratio of the indicator (per area), not the indicator
    if _COMPARE_BASE_BEFORE.search(before):
        return True  # 高于全县农村居民收入增速3.9个百分点: the subject is a comparison's base
    if _EXCLUDED_PART_BEFORE.search(sent, max(0, subject.start - _EXCLUDED_REACH), subject.start):
        return True  # 剔除电力行业后,规模以上工业增加值…: the figure is of the rest, not the indicator
    return _CONTRIBUTION_BEFORE.search(before) is not None


def _is_rate(subject: Mention) -> bool:
    """Whether every indicator *subject* names is a rate (unit %): its change in points is its own."""
    catalog = load_catalog()
    return bool(subject.indicators) and all(
        i in catalog and catalog[i].unit == _PERCENT_UNIT for i in subject.indicators
    )


def _completion_rate_change(s: Sentence, clause: Clause, subject: Mention, q: Quantity) -> bool:
    """Whether the change in points *q* of a subject that is no rate is a rate of execution's: named before
    it in its clause (完成率比上年提高2.4个百分点), or the clause before a share of the budget done (…,完成年度预算的
    102.5%,比上年提高3.1个百分点) and no growth rate named (…,增速比上年提高…: the subject's pp_change)."""
    if _is_rate(subject):
        return False  # 优良率…,完成目标的102%,比上年提高1.2个百分点: the rate's own change
    sent = s.text
    if _COMPLETION_RATE_NAMED.search(sent, clause.start, q.start):
        return True
    ci = clause_index(s.clauses, clause.start)
    if ci == 0 or _RATE_NAMED.search(sent, clause.start, q.start):
        return False
    before = s.clauses[ci - 1]
    return _COMPLETION_CLAUSE.search(sent, before.start, before.end) is not None


def level_after_multiple(prefix: str, q: Quantity) -> bool:
    """增长1.2倍至2.3亿美元: a figure in units that only 至/达到 separates from a multiple is the level
    reached (the multiple itself is no fact)."""
    if q.dimension in ("percent", "pp", ""):
        return False
    last = max(_BLOCK["multiple"].finditer(prefix), key=lambda m: m.start(), default=None)
    return last is not None and _LEVEL_AFTER_MULTIPLE.match(prefix[last.end() :]) is not None


def own_goal_to_reach(sent: str, clause: Clause, q: Quantity, own: set[str]) -> bool:
    """今年,全县森林覆盖率要达到60%, 全县…,优良天数要达到300天: 要达到 the only threshold word of the
    clause, after the report's own region in the sentence (a goal of the region, not a standard such as
    贫困户人均纯收入要达到3800元); or after 今年/明年 in the sentence (今年到位资金要达到50亿元)."""
    end = min(len(sent), q.end + 6)
    hits = list(_BLOCK["threshold"].finditer(sent, clause.start, end))
    if not hits or not all(_THRESHOLD_REACH.fullmatch(m.group()) for m in hits):
        return False
    before = sent[: hits[0].start()]
    return any(w in before for w in own) or _GOAL_YEAR.search(before) is not None


def restates_threshold(q: Quantity, prefix: str) -> bool:
    """降至2%以下 after the figure itself (贫困发生率0.7%,降至2%以下): the threshold, not a second figure."""
    return q.approx in _BOUNDS and _RESTATED_THRESHOLD.search(prefix) is not None


def _floor_held(sent: str, start: int, m: re.Match[str] | None) -> bool:
    """Whether the floor_held match *m* (in the clause from *start*) is a bound held over years: 连续N年
    always; 始终/一直/历年/常年 unless a single year is named after the last span word before it
    (全年城镇登记失业率一直控制在3.5%以内: the year's own bound)."""
    if m is None:
        return False
    if m.group().startswith("连续"):
        return True
    before = sent[: start + m.start()]
    year = max((y.end() for y in _FLOOR_HELD_YEAR.finditer(before)), default=-1)
    span = max((w.end() for w in _FLOOR_HELD_SPAN.finditer(before)), default=-1)
    return year <= span


def _sampled(sent: str, clause: Clause, subject: Mention, q: Quantity) -> bool:
    """Whether a word of an audit's sample or finding (block sampled_before) stands in *q*'s clause before
    it, other than 涉及 opening a modifier of the subject that the region acts on (涉及全县12个乡镇的重点项目
    完成投资38.6亿元, 全县投入涉及脱贫户的衔接资金1.36亿元: the region's own sum)."""
    for m in _SAMPLED_BEFORE.finditer(sent, clause.start, q.start):
        if not (
            m.start() < subject.start < q.start
            and _CONCERNED_MODIFIER.fullmatch(sent, m.start(), subject.start) is not None
            and _CONCERNED_FINDING.search(sent, clause.start, q.start) is None  # (审计涉及…, …未完成投资)
            and (
                _CONCERNED_OWN_VERB.match(sent, subject.start, q.start) is not None
                or _CONCERNED_VERB_BEFORE.search(sent, clause.start, m.start()) is not None
            )
        ):
            return True
    return False


def _period_base_in_clause(sent: str, clause: Clause, q: Quantity, prefix: str, sc: Scans, at: int) -> bool:
    """Whether a part of the year named as a comparison's base (比上半年, 较1—2月) stands in *q*'s own
    clause before it: an earlier clause's base (…增长8.6%,较1—2月加快2.1个百分点;其中3月当月增长11.2%)
    is that clause's comparison, not *q*'s (review b29)."""
    if sc.text is sent and clause.start > at:
        return period_base_in(sent[clause.start : q.start], sc, clause.start, clause.end)
    return period_base_in(prefix, sc, at, clause.end)


def _period_base_clause_before(s: Sentence, clause: Clause) -> bool:
    """Whether the clause right before *clause* names only a part of the year as a comparison's base
    (…增长8.1%,与上半年相比,增速提高1.2个百分点; time period_base_clause; review r19i)."""
    ci = clause_index(s.clauses, clause.start)
    if ci == 0:
        return False
    prev = s.clauses[ci - 1]
    return _PERIOD_BASE_CLAUSE.fullmatch(s.text, prev.start, prev.end) is not None


def blocked(
    s: Sentence,
    clause: Clause,
    subject: Mention,
    q: Quantity,
    prefix: str,
    own: set[str],
    may: dict[str, bool],
    scans: Scans | None = None,
    memo: PlaceMemo | None = None,
) -> bool:
    """Whether *q*, governed by *subject*, is not a fact of this report (*may*: :func:`block_cues_in`).

    *prefix* ends at *q*; *scans*: the sentence's scans (:class:`~govkit.facts.prefixes.Scans`);
    *memo*: the sentence's place tests (:class:`PlaceMemo`), kept for its figures."""
    memo = memo if memo is not None else PlaceMemo()
    sent = s.text
    ctx = sent[clause.start : q.start]
    whole = sc = scans if scans is not None else Scans(sent)
    at = q.start - len(prefix)  # where the prefix starts in the sentence
    if at < 0 or not sent.startswith(prefix, at):
        sc, at = Scans(prefix), 0  # not the sentence's own words: scan them as they are
    if may["milestone_after"] and _MILESTONE_AFTER.match(sent[q.end : q.end + 4]):
        return True  # 跨越2000亿元新起点, 突破3万户大关: a milestone, not a figure
    if milestone(sent, q, may["milestone_before"]):
        return True
    if (
        may["revised_away"]
        and _REVISED_AWAY.match(sent, q.end)
        and _REVISED_FROM.search(sent, max(0, q.start - 8), q.start)
    ):
        return True  # 由312.5亿元修订为335.2亿元: the figure the revision replaces
    if may["revised_planned"] and _REVISED_PLANNED.search(ctx):
        return True  # 收入预算由11.5亿元修订为10.8亿元: a budget revised, no outturn
    if may["floor_held"] and _floor_held(sent, clause.start, _FLOOR_HELD.search(ctx)):
        return True  # 粮食总产量连续8年稳定在20亿斤以上: a floor held for years, not the year's level
    # (the crossing words' test of the sentence holds for the prefix when it is the sentence's own words)
    if (crossed(prefix, q, may["crossing_before"] or sc is not whole) or q.approx.startswith(_APPROX_UPPER)) and (
        exact_follows(s, q)
    ):
        return True  # 突破2万元,达到20625元; 降至不足1%,为0.62%: the threshold crossed (or the bound), then the figure
    if may["clock"] and (_CLOCK.search(sent[max(0, q.start - 2) : q.start]) or _CLOCK.match(sent[q.end : q.end + 2])):
        return True  # 10:42:17: a clock time
    bound = q.approx if q.approx in _BOUNDS else ""  # (with a bound the words read are not the sentence's alone)
    if (bound or may["bucket_after"]) and _BUCKET_AFTER.match(bound + sent[q.end : q.end + 30]):
        return True  # 贫困发生率在20%以上的贫困村92个: a bucket of villages, not the rate
    if _BUCKET_COUNT_AFTER.match(sent[q.end : q.end + 16]) and _BUCKET_COUNT_LEAD.search(
        sent, max(0, q.start - 4), q.start
    ):
        return True  # 地区生产总值超过20亿元的达到8个: a count of the places above the threshold, not the level
    if (
        may["bucket_below_lead"]
        and _BUCKET_BELOW_LEAD.search(sent, max(0, q.start - 4), q.start)
        and _BUCKET_BELOW_AFTER.match(sent[q.end : q.end + 24])
    ):
        return True  # 人均纯收入低于2300元的贫困人口: the line below which people are poor, not the income
    end = at + len(prefix)
    if (
        q.dimension == "pp"
        and subject.start >= clause.start
        and _CONTRIBUTION_PP_BEFORE.search(sent, max(0, subject.start - 8), subject.start)
        and not _is_rate(subject)
    ):
        # 支撑地区生产总值增长3.2个百分点: a contribution in points, not the subject's change (a rate's own
        # change after these verbs stays: 推动森林覆盖率提高0.8个百分点)
        return True
    if q.dimension not in ("percent", "pp", "") and sc.search(
        _CHANGE_FROM_BASE_P, without_approx(prefix), at, clause.end
    ):
        return True  # 较上年减少3天, 同比增加1520元, 比上年增加近1亿元: an absolute change, not a level
    if (
        q.dimension == "percent"
        and sc.search(_GROWTH_WORDS_P, prefix, at, clause.end) is not None
        and _span_words(whole, sent, clause, q)
    ):
        return True  # 五年增长37%: growth over the span, not a year-on-year rate
    if may["score_before"] and _SCORE_BEFORE.search(sent, max(clause.start, q.start - 12), q.start):
        return True  # (权重5%), 得分4分: an assessment's weight or score, not a figure of the indicator
    if q.dimension == "money_cny" and may["remitted_before"] and sc.search(_REMITTED_BEFORE_P, prefix, at, clause.end):
        return True  # 地方财政收入加上上划中央收入5.36亿元: revenue remitted upward, not the subject's
    if may["every_year"] and _EVERY_YEAR.search(ctx):
        return True  # 每年新建高标准农田不少于1万亩: a yearly quota, no year's figure
    if q.dimension == "money_cny" and may["misused_after"] and _MISUSED_AFTER.match(sent, q.end):
        return True  # 衔接资金1563.7万元滞留超过60天: an audit's finding, not the region's funds
    if q.dimension == "money_cny" and may["sampled_before"] and _sampled(sent, clause, subject, q):
        # 抽查省级下达的衔接资金1.28亿元: an audit's sample, not the region's sum (the figure's clause only:
        # 旅游总收入涉及住宿、餐饮等行业,达到52.3亿元 is the region's)
        return True
    if q.dimension == "money_cny" and may["budget_before"] and sc.search(_BUDGET_BEFORE_P, prefix, at, clause.end):
        return True  # 年初预算数为8.5亿元: the budget set, not the revenue achieved
    if q.dimension in ("percent", "pp") and _period_base_in_clause(sent, clause, q, prefix, sc, at):
        return True  # 增速比上半年提高0.3个百分点: a change against another part of the year, not year-on-year
    if q.dimension == "pp" and _period_base_clause_before(s, clause):
        return True  # 与上半年相比,增速提高1.2个百分点: the base in a clause of its own right before
    if may["compare"] and (cm := sc.search(_PREFIX_CUES["compare"], prefix, at, clause.end)) is not None:
        adverbial = _COMPARE_ADVERBIAL.search(prefix, max(0, cm.end() - 2))
        if adverbial is None or adverbial.start("rest") != cm.end():
            return True  # (超预期增长25%: the comparison qualifies the growth, which is the subject's own)
    if q.dimension == "pp" and sc.search(_COMPARE_GAP_P, prefix, at, clause.end):
        return True  # 增速高于城镇居民2.9个百分点: the gap to another group, not the rate's own change
    if q.dimension == "pp" and sc.search(_SHARE_CLAUSE_P, prefix, at, clause.end):
        return True  # 地区生产总值占全市的比重提高0.5个百分点: the change of a share, not of the subject's rate
    if q.dimension == "pp" and _completion_rate_change(s, clause, subject, q):
        return True  # …完成率为92.1%,比上年提高2.4个百分点: the rate of execution's change, not growth's
    if may["rank"] and sc.occurs(_PREFIX_CUES["rank"], at, end, clause.end) and not _DIGIT.search(prefix[:2]):
        return True
    tail = min(len(sent), q.end + 6)
    if may["threshold"] and (brk := _CLAUSE_BREAK.search(sent, q.end, tail)) is not None:
        tail = brk.start()  # 失业率3.2%,低于4%的控制目标: the next clause's threshold is not this figure
    if (
        may["threshold"]
        and whole.occurs(_PREFIX_CUES["threshold"], clause.start, tail, clause.end + 8)
        and not own_goal_to_reach(sent, clause, q, own)
    ):
        return True
    if may["standard_after"] and _STANDARD_AFTER.match(sent[q.end : q.end + 28]):
        return True  # 降至3%以下的退出标准: a threshold, not a figure
    if may["multiple"] and sc.occurs(_PREFIX_CUES["multiple"], at, end, clause.end):
        return not level_after_multiple(prefix, q)
    if q.dimension == "money_cny" and pipeline_money(s, clause, subject, q, ctx, may["pipeline"]):
        return True  # 谋划/储备/签约…: money for projects planned or signed, or one deal's, is not investment made
    # Other places' figures: the subject is qualified by 全国/全省/全市 (unless that is the report's own region).
    subj_ctx = sent[max(clause.start, subject.start - 8) : subject.start] if subject.start < q.start else ctx
    if kept_subject_of_other_place(s, subject, own, may["other_place"], memo):
        # 工业园区完成固定资产投资52亿元(,增长15%): a park's figures, a part of the region's; 全省地区生产总值
        # 增长7.7%,一般公共预算收入增长8.5%: the province's revenue too; 经开区完成规上工业产值…,实现固定资产
        # 投资42亿元: the park's investment too (tests of the subject alone: made once per subject)
        return True
    if may["higher_goal"] and higher_goal_before(sent, q.start, own):
        return True  # 自治区要求今年地区生产总值增长6%: a higher level's goal, no fact of the region
    ctx_start = max(clause.start, subject.start - 8) if subject.start < q.start else 0
    for m in _OTHER_LEVEL.finditer(subj_ctx) if may["other_place"] else ():
        if m.group(0) not in own and not level_not_whose(sent, ctx_start + m.start(), subject):
            return True
    if inherits_other_place(s, clause, subject, q, own, may["other_place"], memo):
        return True  # 全市地区生产总值1200亿元,增长6.5%: the growth continues the city's subject
    # A named province, prefecture or county before the subject (湖北省城乡居民…, 长沙市全年地区生产总值…),
    # or the subject's clause opening on other places only (船山区实现地区生产总值…, 其中,安定镇…).
    if subject.start < q.start and clause.start <= subject.start and kept_places_lead(s, subject, own, memo):
        return True
    # (阿克苏地区提出今年地区生产总值…: a name and a verb setting its goal, longer than the words read above)
    named_ctx = (
        sent[max(clause.start, subject.start - _NAMED_REACH) : subject.start] if subject.start < q.start else ctx
    )
    return named_other_place(named_ctx, own) and not own_items_of(s, subject, own)


def milestone(sent: str, q: Quantity, may_before: bool = True) -> bool:
    """跨越1800亿、迈向2000亿, 连续跨越500亿、600亿台阶: a milestone (list), not a level. *may_before*: False
    when the sentence holds no word of the verbs before one (block milestone_before)."""
    if may_before:
        before = sent[max(0, q.start - 40) : q.start]
        item = _LIST_ITEM_BEFORE.search(before)
        if item is not None:
            before = before[: item.start()]  # 跨越500亿、[600亿]: the verb stands before the list
        if _MILESTONE_BEFORE.search(before):
            return True
    rest = sent[q.end : q.end + 40]
    lst = _MILESTONE_LIST.match(rest)
    return lst is not None and _MILESTONE_AFTER.match(rest[lst.end() : lst.end() + 4]) is not None


def crossed(prefix: str, q: Quantity, may: bool = True) -> bool:
    """突破2万元, 超过300万人次, 逾百亿元: *q* is a threshold crossed (a lower bound), not the figure itself.
    *may*: False when *prefix* holds none of the crossing words (:data:`CROSSING_GATE`, tested once per sentence)."""
    return q.approx.startswith(_APPROX_CROSSING) or (may and _CROSSING_BEFORE.search(prefix) is not None)


def exact_follows(s: Sentence, q: Quantity) -> bool:
    """突破2万元,达到20625元: right after *q* the exact figure (same dimension) is printed."""
    m = _EXACT_AFTER.match(s.text[q.end : q.end + 12])
    if m is None:
        return False
    nxt = next((o for o in s.quantities if o.start >= q.end), None)
    return nxt is not None and nxt.start == q.end + m.end() and nxt.dimension == q.dimension


def _span_words(sc: Scans, sent: str, clause: Clause, q: Quantity) -> bool:
    """:func:`span_growth`'s test of the clause before *q* (its growth words tested apart)."""
    clause_before = sent[clause.start : q.start]
    return (
        sc.search(_SPAN_GROWTH_P, clause_before, clause.start, clause.end) is not None
        and sc.search(_SPAN_GROWTH_OK_P, clause_before, clause.start, clause.end) is None
    )


def span_growth(clause_before: str, prefix: str) -> bool:
    """五年增长37%, 三年间提高12%: growth over a span of years (no 年均), not a year-on-year rate."""
    return (
        _GROWTH_WORDS.search(prefix) is not None
        and _SPAN_GROWTH.search(clause_before) is not None
        and _SPAN_GROWTH_OK.search(clause_before) is None
    )
