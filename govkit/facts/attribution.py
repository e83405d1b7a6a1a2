"""Which subject governs a figure (which of the subject's indicators it is a value of is
:mod:`govkit.facts.indicator_choice`'s).

Attribution works clause by clause (:mod:`govkit.facts.clauses`):

* the nearest subject before the figure in its clause governs it, unless another figure followed
  by a new noun phrase stands between them (造林2500亩、…植树11万株);
* an event verb right after the figure takes it (1121户4459人全部脱贫, 87个贫困村全部出列);
* a clause of only continuation words (measure words, 同比, 全年, 预计 …) continues the subject
  of the previous clause (…16.9亿元,年均增长16%); a ;-segment or a clause with figures of its
  own ends that reach;
* a bracket between a subject and its figure is an aside (固定资产投资(500万元以上项目)完成126亿元).

The continuation words are the ``measure`` and ``continuation`` cues of
``govkit/data/extract/cues.tsv``; subjects come from the lexicon (:mod:`govkit.facts.mentions`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from govkit.core.catalog import load_catalog
from govkit.facts.asides import restated_goal_clause
from govkit.facts.clauses import Clause, Sentence, bracket_around
from govkit.facts.cues import cue, cue_words, load_cues
from govkit.facts.measures import measure_of, share_base
from govkit.facts.mentions import Mention
from govkit.facts.numbers import Quantity
from govkit.facts.places import OTHER_LEVEL
from govkit.facts.projects import projects_only
from govkit.facts.subperiods import period_base_in
from govkit.facts.totals import named_put_in, total_subject

# Words that may stand between a clause's start and its number when the clause continues the previous
# clause's subject (…16.9亿元,年均增长16%): the measure cues, the continuation words, parts of the year,
# years, brackets, 、 and blanks.
_CONTINUATION = re.compile(
    "^(?:"
    + "|".join(
        f"(?:{rx.pattern})"
        for rx in (
            cue("continuation", "words"),
            cue("continuation", "asides"),
            cue("continuation", "month"),
            cue("continuation", "change_size"),
            cue("continuation", "change_amount"),
            cue("continuation", "target_words"),
            cue("continuation", "budget_adjusted"),  # …预算为16.42亿元,执行中调整为16.5亿元,实际完成…
            cue("continuation", "revised_to"),  # …由186.2亿元修订为195.4亿元
            cue("continuation", "outturn_words"),
            cue("continuation", "span_average"),
            cue("continuation", "change_start"),
            cue("continuation", "rate_basis"),
            cue("continuation", "revised_to"),  # …由312.5亿元修订为335.2亿元
            cue("continuation", "reckoned_at_rate"),  # …预期增长4%,按此测算为19.34亿元
            cue("continuation", "degree"),  # …,只下降了0.8%; …,稳步增长8%
            cue("continuation", "change_turn"),
            cue("continuation", "modal"),  # …增长5.2%,今年要确保增长6%以上
            cue("continuation", "sign_turn"),  # …,前三季度实现由负转正增长2.1%
            cue("continuation", "rate_change"),
            cue("continuation", "projects_called_back"),  # …年度计划投资92亿元,上述项目累计完成投资…
            cue("measure_after", "fall_named"),  # …下降2.5%,降幅比上年收窄1.3个百分点
            # the year of a figure named by a word, as [0-9]{4}年 below (去年完成210亿元,今年前三季度完成165亿元)
            *(cue("time", name) for name in ("this_year", "last_year", "before_last_year", "next_year")),
            cue("time", "plan_end_base"),  # …,比“十三五”末提高2.5个百分点,比上年提高0.8个百分点
            cue("sign", "month_on_month"),
            *load_cues()["measure"].values(),
            # a part of the year (…年度目标增长10%,1-11月增长8.2%; …,前三季度增长5.4%)
            *(rx for name, rx in load_cues()["sub"].items() if name not in ("month", "fullyear")),
        )
    )
    + r"|[0-9]{4}年|\(|\)|、|\s)*$"
)
_COUNTERS = cue_words("attribution", "counter_before_noun")
_GOAL_NAMED_AFTER = cue("attribution", "goal_named_after")
_NOT_OWN_FIGURE_BEFORE = cue_words("attribution", "not_own_figure_before")
_OWN_SHARE = cue("continuation", "own_share")
_OWN_AFTER_OTHER = cue("continuation", "own_after_other")
_SHARE_CLAUSE = cue("continuation", "share_clause")
#: Another place or a higher level (全省, 全市 …; 全县, 全区 in a township's report: blocking decides which is the own).
_OTHER_PLACE = OTHER_LEVEL
_OWN_SHARE_LEAD = cue("continuation", "own_share_lead")
_OWN_SHARE_LIST_MEMBER = cue("continuation", "own_share_list_member")
_SHARE_ONLY = re.compile(r"^占[^,;]{0,16}$")
_FIGURE = re.compile(rf"[\d.]+(?:{cue('continuation', 'figure_units').pattern})?")
#: A figure and its unit, not a year: 较2020年增长25% between a subject and its 三年年均增长7.7% keeps
#: its base year as a word of the clause (a comparison), not a figure of its own.
_FIGURE_NOT_YEAR = re.compile(
    rf"(?<![\d.])(?!(?:19|20)\d{{2}}年)(?!\d{{1,2}}(?:\s*[-—–~至到]\s*\d{{1,2}})?\s*月)"
    rf"[\d.]+(?:{cue('continuation', 'figure_units').pattern})?"
)
#: The rest of a span of months after its first month (1—2月): the span is a time word, no figure.
_MONTHS_AFTER = re.compile(r"\s*[-—–~至到]\s*\d{1,2}\s*月")
_ACROSS_SEGMENT = cue("continuation", "across_segment")
_REASON_ASIDE = cue("continuation", "reason_aside")
_BASIS_AT = re.compile(rf"\s*(?:{cue('continuation', 'rate_basis').pattern})(?=\S)")
_FIGURE_JOINER = re.compile(r"^\s*[、和及与]\s*$")
_COMPARED = cue("block", "compare")
_COMPARE_ASIDE_LEAD = cue("continuation", "compare_aside_lead")
_TOTAL_COST = cue("continuation", "total_cost")
#: The parts of the year that may open a clause before the investment made (1—11月完成投资, 截至9月底完成投资).
_INVESTED_PARTS = ("H1", "Q1-Q3", "Q1", "Q1-Q2", "months", "months_cn", "first_months", "through_month")
#: The opening of a clause on the investment made or planned, after a part of the year or not.
_INVESTED_OPENING = re.compile(
    r"\s*(?:(?:"
    + "|".join(cue("sub", name).pattern for name in _INVESTED_PARTS)
    + rf")\s*)?(?:{cue('continuation', 'projects_anaphor').pattern})?"
    + rf"(?:{cue('continuation', 'invested_opening').pattern})"
)
_INVESTED_SUBJECT = cue("continuation", "invested_subject")
_PROJECTS_PROGRESS = cue("continuation", "projects_progress")


@dataclass(slots=True)
class Assigned:
    """Bookkeeping of a sentence: which subject got which facts, in order."""

    mention: Mention
    indicator: str
    measure: str


@lru_cache(maxsize=2048)
def continues_subject(words: str) -> bool:
    """Whether a clause start of only *words* continues the previous clause's subject. (The words of
    a clause before its figure repeat (增长, 同比增长, 比上年增长): each is matched once against the
    long pattern, a few microseconds a try; a bounded cache.)"""
    return _CONTINUATION.match(words) is not None


def _start_of(m: Mention) -> int:
    return m.start


_MILESTONE_ASIDE = cue("continuation", "milestone_aside")
_OUTTURN_SEGMENT = cue("continuation", "outturn_segment")
_BREAK = re.compile(r"[,;:。，；：]")
_BOUNDS = cue_words("number", "bounds")


def in_aside(s: Sentence, qi: int) -> bool:
    """Whether quantity *qi* stands in a bracket between a subject and that subject's figure: an aside
    about the subject, its scope or a part it includes (固定资产投资(500万元以上项目)完成126亿元;
    城镇新增就业(含灵活就业1200人)4521人), whose figures are not the subject's. A bracket after a
    figure (增长5.9%(预期目标为8.5%以上)) or followed by a clause break is not one; nor is one of
    only the subject's change (森林覆盖率(比上年提高0.5个百分点)达到62%)."""
    sent, quantities = s.text, s.quantities
    q = quantities[qi]
    around = bracket_around(sent, q.start, q.end)
    if around is None:
        return False
    o, c = around
    if sent[o + 1 : c].strip() in (q.text, q.approx + q.text) and not q.approx.endswith(_BOUNDS):
        return False  # 城镇居民人均可支配收入(41230元)增长5.2%: the subject's own figure in brackets
    inside = sent[o + 1 : q.start]
    if inside.strip() and continues_subject(inside) and measure_of(inside, q)[0] not in (None, "level"):
        return False  # 固定资产投资(同比增长12%)完成86亿元: the subject's own change, not an aside
    after = next((n for n in quantities[qi + 1 :] if n.start > c), None)
    if after is None or _BREAK.search(sent, c + 1, after.start) or not continues_subject(sent[c + 1 : after.start]):
        return False
    before = next((m for m in reversed(s.mentions) if m.end <= o), None)
    if before is None or before.type == "null":
        return False
    gap = sent[before.end : o]
    return not _BREAK.search(gap) and not any(ch.isdigit() for ch in gap)


def _in_closed_bracket(sent: str, m: Mention, q: Quantity) -> bool:
    """Whether mention *m* stands in brackets that close before *q*: 固定资产投资(其中工业投资增长15%)
    增长9%: the bracket's subject governs its own figures, not the one after the bracket."""
    around = bracket_around(sent, m.start, m.end)
    return around is not None and around[1] < q.start


def _aside_end(sent: str, prev: Quantity, q: Quantity) -> int:
    """Where the words between *prev* and *q* start: after the bracket *prev* stands in when it closes before *q*."""
    around = bracket_around(sent, prev.start, prev.end)
    return around[1] + 1 if around is not None and around[1] < q.start else prev.end


_MONTHS_TO = re.compile(r"\s{0,2}[-—–~至到]\s{0,2}\d{1,2}\s{0,2}月")


def subject_for(
    s: Sentence,
    qi: int,
    ci: int,
    last_subject_in_clause: dict[int, Mention],
    own: Collection[str] = (),
) -> tuple[Mention | None, str]:
    """The mention governing quantity *qi* (in clause *ci*) and how it was found
    (``clause``, ``post``, ``inherit``), or ``(None, "")``; *own*: the report's own region words (the base
    of a share may be named with them: 占全区固定资产投资的比重)."""
    sent, mentions, clauses, quantities = s.text, s.mentions, s.clauses, s.quantities
    q = quantities[qi]
    clause = clauses[ci]
    # The last mention of this clause before the number; a denominator (占GDP的比重, 占全区固定资产投资的比重) is
    # not a subject.
    # (Mentions are in text order: those starting in the clause before the number are one run.)
    last_before = None
    first = bisect_left(mentions, clause.start, key=_start_of)
    for i in range(bisect_left(mentions, q.start, key=_start_of) - 1, first - 1, -1):
        m = mentions[i]
        if m.end <= q.start and not share_base(sent, m.start, own) and not _in_closed_bracket(sent, m, q):
            last_before = m
            break
    if last_before is not None:
        m = last_before
        # A number between the subject and this one, followed by a new noun phrase
        # (造林2500亩、…植树11万株、…调查面积101万亩), ends the subject's reach.
        prev = quantities[qi - 1] if qi > 0 else None
        if prev is not None and not prev.dimension and _MONTHS_TO.match(sent, prev.end):
            prev = None  # 固定资产投资1-11月增长9.1%: the months are the part of the year, not a figure
        if (
            prev is not None
            and prev.start >= m.end
            and not continues_subject(sent[_aside_end(sent, prev, q) : q.start])
            and not _planned_at_rate(sent, m, prev, q)
        ):
            return None, ""
        return m, "clause"
    # Event verb after the number: 1121户4459人全部脱贫, 87个贫困村全部出列.
    after = None
    for i in range(bisect_left(mentions, q.end, key=_start_of), len(mentions)):
        if mentions[i].start >= clause.end:
            break
        if mentions[i].type in ("event", "subject", "null"):
            after = mentions[i]
            break
    if after is not None:
        m = after
        between = sent[q.end : m.start]
        if m.type == "event" and len(between) <= 24:
            if _counts_other_places(between, m):
                return None, ""  # …全部退出,268个村全部派驻工作队: no subject's, nor the clause before's
            return m, "post"
        if m.type == "null" and len(between) <= 2 and "、" not in between and q.dimension not in ("percent", "pp"):
            return m, "post"  # (共计203支、驻村干部827人: a list's next item, not the noun counted)
        if m.type == "subject" and not between and q.unit in _COUNTERS:
            return m, "post"  # 选派56名第一书记: a counted noun right after its count
        if (
            m.type == "subject"
            and between == "的"
            and q.dimension not in ("percent", "pp")
            and _GOAL_NAMED_AFTER.match(sent, m.end) is not None
            and _TARGET_CUE.search(sent, clause.start, q.start) is not None
        ):
            # 确保完成全年8.81亿元的一般公共预算收入预算: the goal's subject after its figure (a goal set, 确保/力争
            # before it: 完成了12亿元的财政总收入目标 says the goal's size was reached, not the outturn)
            return m, "post"
    # Continuation of the previous clause's subject (…16.9亿元,年均增长16%; …,占…支出的76.3%).
    prefix = sent[clause.start : q.start]
    total = total_subject(s, qi, prefix)
    if total is not None:
        return total, "inherit"  # …补助资金4.82亿元,县级配套0.65亿元,共计5.47亿元: the fund's total
    own_share = _own_share(sent, s.clauses, clause, prefix)
    if (
        continues_subject(prefix)
        or _SHARE_ONLY.match(prefix)
        or own_share
        or (
            qi > 0
            and quantities[qi - 1].start >= clause.start
            and (
                continues_subject(_FIGURE.sub("", prefix))
                # 较2019年的49微克/立方米下降16.3%, 2018年由8.1%降至2.9%: the figure after a base or a
                # change's start, the year kept
                or (
                    _after_base_or_start(sent, quantities[qi - 1])
                    and continues_subject(_FIGURE_NOT_YEAR.sub("", prefix))
                )
            )
        )
    ):
        # (…大关,达109亿元、增长9.2%: the clause's earlier figure continues the subject; so does this one.)
        inherited = _inherited(s, ci, last_subject_in_clause)
        if inherited is not None:
            if own_share:
                # 全市…增长4.2%,我县完成9.1亿元,增长7.3%: the own region's clause holds the subject for the next
                last_subject_in_clause[ci] = inherited
            return inherited, "inherit"
    elif _FUNDS_PUT_IN.fullmatch(prefix):
        # 统筹用好过渡期衔接资金,确保投入不低于6.5亿元: the funds named before, their catalog name of money put in
        inherited = _inherited(s, ci, last_subject_in_clause)
        if inherited is not None and named_put_in(s, ci, inherited, q):
            return inherited, "inherit"
    elif _WORKS_DONE.fullmatch(prefix) and _TARGET_CUE.search(sent, 0, clause.start):
        # 计划实施农村危房改造350户,截至8月底,已开工328户、竣工296户: the works done after a task of works
        inherited = _inherited(s, ci, last_subject_in_clause)
        if inherited is not None and _WORKS_SUBJECT.search(
            sent, max(0, inherited.start - _WORKS_VERB_SPAN), inherited.end
        ):
            return inherited, "inherit"
    elif _BUDGET_PLANNED.fullmatch(prefix) and _planned_after_growth(s, qi, ci):
        inherited = _inherited(s, ci, last_subject_in_clause)
        if inherited is not None and _BUDGET_SUBJECT.search(sent, inherited.start, inherited.end):
            last_subject_in_clause[ci] = inherited  # (…,安排30亿元,实际支出31亿元: the outturn after it too)
            return inherited, "inherit"
    return None, ""


_FUNDS_PUT_IN = cue("continuation", "funds_put_in")
_WORKS_DONE = cue("continuation", "works_done")
_WORKS_SUBJECT = cue("continuation", "works_done_subject")
#: How far before a subject its verb of works may stand (计划新建【高标准农田】).
_WORKS_VERB_SPAN = 4
_TARGET_CUE = cue("kind", "target")
_BUDGET_PLANNED = cue("continuation", "budget_planned")
_BUDGET_SUBJECT = cue("continuation", "budget_planned_subject")
_BUDGET_AT_RATE = cue("continuation", "budget_at_rate")
_BUDGET_RATE_OPENING = cue("continuation", "budget_rate_opening")


def _planned_at_rate(sent: str, m: Mention, prev: Quantity, q: Quantity) -> bool:
    """一般公共预算收入按增长6%安排为9.14亿元: a sum (*q*) planned at the budget's rate (*prev*) in the same
    clause, the budget's subject *m* right before the rate: the sum is the budget's level."""
    return (
        prev.dimension == "percent"
        and q.dimension == "money_cny"
        and _BUDGET_SUBJECT.search(sent, m.start, m.end) is not None
        and _BUDGET_RATE_OPENING.fullmatch(sent, m.end, prev.start) is not None
        and _BUDGET_AT_RATE.fullmatch(sent, prev.end, q.start) is not None
    )


_CLAUSE_END = " \u3000,;:。，；：、"


def _planned_after_growth(s: Sentence, qi: int, ci: int) -> bool:
    """一般公共预算收入预期增长6%,安排12.8亿元: a sum planned (its clause opens on 安排) that ends its clause,
    right after the growth of the clause before and with no sum of money between the two: the budget's
    level after its growth. A sum allocated to a use (安排1.8亿元用于…) or after the subject's own level
    (完成12亿元,增长6%,安排1.8亿元) is not the budget's."""
    sent, quantities, clauses = s.text, s.quantities, s.clauses
    q = quantities[qi]
    if qi == 0 or ci == 0 or q.dimension != "money_cny" or sent[q.end : clauses[ci].end].strip(_CLAUSE_END):
        return False
    prev = quantities[qi - 1]
    if prev.dimension != "percent" or prev.start < clauses[ci - 1].start:
        return False
    return not any(p.dimension == "money_cny" for p in quantities[: qi - 1])


_COUNTED_PLACES = cue("attribution", "counted_places")
_BASE_FIGURE = cue("time", "base_figure")


def _after_base_or_start(sent: str, q: Quantity) -> bool:
    """Whether figure *q* stands right after a base (较2019年的, 较上年同期) or a change's start (由, 从)."""
    if q.start and sent[q.start - 1] in "由从":
        return True
    return _BASE_FIGURE.search(sent, max(0, q.start - 12), q.start) is not None


def _counts_other_places(between: str, event: Mention) -> bool:
    """268个村(社区)全部派驻工作队: the figure counts places (村 right after it), which an event
    counting other things (teams, in 支) does not take; 87个贫困村全部出列 counts villages (in 个)."""
    if _COUNTED_PLACES.match(between) is None:
        return False
    catalog = load_catalog()
    return not any(i in catalog and catalog[i].unit == "个" for i in event.indicators)


def _own_share(sent: str, clauses: list[Clause], clause: Clause, prefix: str) -> bool:
    """全市投入…45亿元,其中我县投入6.2亿元: the own region's part of another place's figure. The other
    place opens an earlier clause (after a time at most) as its subject; one in a list of funding
    levels (投入中央、省、市、县财政专项扶贫资金…,其中我县投入…) is not: 我县 is then one contributor."""
    if _OWN_SHARE.match(prefix) is None and _OWN_AFTER_OTHER.match(prefix) is None:
        return False  # (全市地区生产总值增长5.5%,我县增长6.8%: the own region's figure after the other's)
    for c in clauses:
        if c.start >= clause.start:
            break
        lead = _OWN_SHARE_LEAD.match(sent, c.start)
        place = _OTHER_PLACE.match(sent, lead.end() if lead is not None else c.start)
        if place is not None and place.end() <= c.end and not _OWN_SHARE_LIST_MEMBER.match(sent, place.end()):
            return True
    return False


def _inherited(s: Sentence, ci: int, last_subject_in_clause: dict[int, Mention]) -> Mention | None:
    """The subject of an earlier clause that clause *ci* continues, if any."""
    sent, clauses = s.text, s.clauses
    if ci > 0 and "百分点" in sent[clauses[ci].start : clauses[ci].end]:
        if _SHARE_CLAUSE.search(sent[clauses[ci - 1].start : clauses[ci - 1].end]):
            return None  # …占地区生产总值比重达48.6%,提高1.2个百分点: the share's change, not a subject's
    # 实施重点项目120个,总投资856亿元,完成投资236亿元: the investment made is the projects', not their total cost's
    invested = _INVESTED_OPENING.match(sent, clauses[ci].start) is not None
    past_cost = False  # whether a total cost was passed over
    basis = _BASIS_AT.match(sent, clauses[ci].start)
    on_basis = basis is not None and bool(basis.group().strip())
    for pj in range(ci - 1, -1, -1):
        if on_basis and _reason_without_figure(s, clauses[pj]):
            continue  # …下降6.4%,主要是…债券资金支出较多,剔除该因素后增长3.1%: the reason's nouns take no rate
        last = last_subject_in_clause.get(pj)
        prevm = [m for m in s.mentions if clauses[pj].start <= m.start < clauses[pj].end]
        if invested and _PROJECTS_PROGRESS.fullmatch(sent, clauses[pj].start, clauses[pj].end):
            continue  # 126个项目已开工118个,开工率93.7%,累计完成投资…: the works' progress, not a subject
        if invested:
            skipped = last is not None and _total_cost(sent, last)
            past_cost = past_cost or skipped
            last = None if skipped else last
            prevm = [m for m in prevm if not _total_cost(sent, m)]
            found = last or (prevm[-1] if prevm else None)
            if (
                (past_cost or projects_only(sent, clauses, pj, ci))
                and found is not None
                and not _INVESTED_SUBJECT.search(sent, found.start, found.end)
            ):
                # 招商引资项目总投资320亿元,完成投资86亿元: the investment made is not funds attracted; nor is the
                # projects' called back (…招商引资到位资金12亿元。截至10月底,上述项目累计完成投资…)
                return None
            if found is not None:
                last_subject_in_clause[ci] = found  # (…,完成年度计划的112%: the clauses after it take it too)
                return found
            if skipped:
                continue  # the total cost's clause: look further back for the projects
        if (last or prevm) and projects_only(sent, clauses, pj, ci):
            found = last or prevm[-1]
            # 签约金额120亿元,上述项目已完成投资25亿元: the projects called back, not the funds contracted
            return found if _INVESTED_SUBJECT.search(sent, found.start, found.end) else None
        if last is not None:
            return last
        if prevm:
            return prevm[-1]
        text_pj = _without_figures(s, clauses[pj])
        if (
            sent[clauses[pj].end : clauses[pj].end + 1] in (";", "；")
            and not _ACROSS_SEGMENT.match(sent[clauses[ci].start : clauses[ci].end])
            and not _OUTTURN_SEGMENT.match(sent, clauses[pj + 1].start)
        ):
            # a new segment (;) has its own subject, unless it opens with a comparison (;与去年同期相比…)
            # or on the outturn of a target (目标任务:增长7%;完成情况:增长7.2%)
            break
        if _compare_aside(text_pj) or restated_goal_clause(s, pj):
            continue  # …21微克/立方米,低于全市平均水平2微克/立方米,同比下降8.7%: an aside on the same subject
        if _MILESTONE_ASIDE.match(text_pj.strip()):
            continue  # …达到1002.6亿元,首次突破千亿元,增长4.5%: a milestone said of the same subject
        if not continues_subject(text_pj):
            # A clause with no subject and no figure (…名列前茅,) may stand between a
            # subject and its figure; one with figures of its own (用电量9.25亿度) may not.
            own_figures = [
                p
                for p in s.quantities
                if clauses[pj].start <= p.start < clauses[pj].end
                and sent[p.end : p.end + 1] not in _NOT_OWN_FIGURE_BEFORE
            ]
            if ci - pj > 3 or own_figures:
                break
    return None


def _reason_without_figure(s: Sentence, clause: Clause) -> bool:
    """Whether *clause* gives the reason of a change (主要是…, 主要原因是…) and holds no figure."""
    if _REASON_ASIDE.match(s.text, clause.start) is None:
        return False
    return not any(clause.start <= q.start < clause.end for q in s.quantities)


def _total_cost(sent: str, m: Mention) -> bool:
    """Whether *m* is a project list's total cost (the null 总投资), which does not govern the investment made."""
    return m.type == "null" and _TOTAL_COST.fullmatch(sent, m.start, m.end) is not None


def _compare_aside(text: str) -> bool:
    """A clause (its figures removed) that only compares the subject with another place, the target or
    another part of the year (低于全市平均水平, 增速较全省高, 增速比一季度加快): an aside on the same subject."""
    rest = text.strip()
    lead = _COMPARE_ASIDE_LEAD.match(rest)
    rest = rest[lead.end() :] if lead is not None else rest
    return _COMPARED.match(rest) is not None or period_base_in(rest)


def _without_figures(s: Sentence, clause: Clause) -> str:
    """The text of *clause* without its figures (number and unit: 3微克/立方米, 8.5%), and without the
    joiners of a list of them (分别增加2076元和1188元: 分别增加, words that continue the subject)."""
    text, pos, seen = [], clause.start, False
    for q in s.quantities:
        if clause.start <= q.start and q.end <= clause.end:
            if not q.unit and _MONTHS_AFTER.match(s.text, q.end):
                continue  # 较1—2月加快: the first month of a span of months, a word of the clause (review b29)
            gap = s.text[pos : q.start]
            text.append("" if seen and _FIGURE_JOINER.match(gap) else gap)
            pos, seen = q.end, True
    text.append(s.text[pos : clause.end])
    return _FIGURE_NOT_YEAR.sub("", "".join(text))


def words_before(sent: str, subject: Mention, q: Quantity, clause: Clause) -> str:
    """The words before *q* that decide its measure: from *subject* if it stands in *clause* before
    *q*, else from the clause start."""
    return sent[(subject.end if subject.end <= q.start and subject.start >= clause.start else clause.start) : q.start]
