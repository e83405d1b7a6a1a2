"""The facts of one sentence: every figure is attributed, screened, measured, dated and recorded.

For each quantity of a sentence, in text order:

1. its subject (:mod:`govkit.facts.attribution`; a list's later figures take the first one's);
2. whether it is a fact of this report at all (:mod:`govkit.facts.blocking`);
3. its measure and sign (:mod:`govkit.facts.measures`);
4. the indicator(s) it is a figure of (:mod:`govkit.facts.attribution`);
5. its year, span, sub-period and kind (:mod:`govkit.facts.timing`);
6. the :class:`~govkit.core.fact.Fact`: value in the catalog unit, evidence clause and offsets
   (:mod:`govkit.facts.fact_record`).
"""

from __future__ import annotations

import re

from govkit.core.catalog import Indicator
from govkit.core.fact import Fact
from govkit.core.regex_gates import required_words
from govkit.facts.asides import (
    named_in_parens,
    part_base_of,
    restates_target,
    stretches_goal,
    target_in_or_before_parens,
)
from govkit.facts.attribution import Assigned, continues_subject, in_aside, subject_for, words_before
from govkit.facts.blocking import (
    CROSSING_GATE,
    PlaceMemo,
    about_other_place,
    block_cues_in,
    blocked,
    crossed,
    not_the_headline,
    restates_threshold,
)
from govkit.facts.clauses import (
    Sentence,
    clause_index,
    clauses_of,
    inside_parens,
    join_number_commas,
    quantity_groups,
    respective_lists,
    shared_unit,
)
from govkit.facts.cues import cue
from govkit.facts.earlier_facts import exact_before, goal_before, outturn_before, rise_after_a_fall, same_time
from govkit.facts.fact_record import make_fact
from govkit.facts.indicator_choice import amounts_before_list, choose_indicators, owns_list_position
from govkit.facts.measures import completion_field_fits, measure_of, progress_not_growth, rate_named_before
from govkit.facts.mentions import Lexicon, Mention, without_in_step_terms
from govkit.facts.numbers import find_quantities, without_approx
from govkit.facts.prefixes import Scans
from govkit.facts.rates import one_rate_per_key
from govkit.facts.report_date import since_year_start, so_far_this_year
from govkit.facts.sentence_words import SentenceWords, gate, pattern_gate
from govkit.facts.subperiods import subperiod_of
from govkit.facts.timeframe import STOCK_UNITS, Dates, Frame, averaged_over_span
from govkit.facts.timing import timing_cues_in

_RANGE_AFTER = re.compile(r"\s*[-—~至]\s*\d")
_TARGET_WORD = cue("target", "in_parens")
_SHARE_TAIL = re.compile(r"占[^,;]{0,16}$")
_SHARE_OF = "占"  # in a share indicator's name: X占Y比重
_PERCENT_DIMS = ("percent",)
_ABSOLUTE_CHANGE = cue("change", "absolute")
_NEW_AMOUNT = cue("change", "new_amount")
_PAIRED_HOUSEHOLDS = cue("change", "paired_households")  # 增加152户486人: the households before the people
_NEW_BEFORE = cue("change", "new_before")
_ACTION_AMOUNT = cue("change", "action_amount")
# Words of the last three, as gates of the sentence's words (the words they read are the sentence's own).
_NEW_AMOUNT_G, _NEW_BEFORE_G, _ACTION_G = map(pattern_gate, (_NEW_AMOUNT, _NEW_BEFORE, _ACTION_AMOUNT))
#: Dimensions of a sum (money, visits, output) whose 新增 after the subject is the increment; a count
#: of new things (jobs, farmland, forest planted) is the indicator's own level after 新增.
_SUM_DIMENSIONS = ("money_cny", "money_usd", "visits", "mass_t")
_MONEY = "money_cny"
_ANNUAL_AVERAGE = cue("time", "annual_average")
_ANNUAL_AVERAGE_GATE = gate(required_words(_ANNUAL_AVERAGE))
_FALL_NAMED = cue("measure_after", "fall_named")
_RATE_NAMED = cue("measure_after", "rate_named")
_RESTATED_GROWTH = cue("target", "restated_growth")


def facts_of_sentence(
    sent: str,
    offset: int,
    mentions: list[Mention],
    doc_id: str,
    frame: Frame,
    sub_state: str,
    dates: Dates,
    own: set[str],
    catalog: dict[str, Indicator],
    lexicon: Lexicon,
    clause_commas: frozenset[int] = frozenset(),
) -> tuple[list[Fact], str]:
    """The facts of sentence *sent* (at *offset* in the document) under *frame*, and the
    paragraph's sub-period after it. *clause_commas*: positions in *sent* of commas printed ``，``."""
    if mentions and about_other_place(sent, own):
        mentions = []  # 从全市看,…: the whole sentence is about another place
    mentions = without_in_step_terms(sent, mentions)  # 计划与地区生产总值增长同步: the goal's term, no subject
    quantities = [q for q in find_quantities(sent, clause_commas) if q.dimension not in ("times",)] if mentions else []
    # Sub-period cues seen in this sentence update the paragraph state even without facts.
    if not quantities:
        sp = subperiod_of(sent, single_month=False)
        return [], (sp if sp is not None else sub_state)
    respective = respective_lists(sent, quantities) if "分别" in sent else {}
    groups = quantity_groups(sent, quantities)
    if respective:
        quantities = shared_unit(quantities, respective)
        groups = {**{i: g for i, g in groups.items() if i not in respective}, **respective}
    s = Sentence(
        sent,
        offset,
        join_number_commas(clauses_of(sent), quantities),
        quantities,
        mentions,
        groups,
        "(" in sent or "（" in sent,
        respective,
    )
    return _figures(s, doc_id, frame, sub_state, dates, own, catalog, lexicon)


def _figures(
    s: Sentence,
    doc_id: str,
    frame: Frame,
    sub_state: str,
    dates: Dates,
    own: set[str],
    catalog: dict[str, Indicator],
    lexicon: Lexicon,
) -> tuple[list[Fact], str]:
    sent, quantities, clauses = s.text, s.quantities, s.clauses
    out: list[Fact] = []
    assigned: list[Assigned] = []
    # Cue words absent from the whole sentence are absent from every part of it: test once here.
    found = SentenceWords(sent)  # which cues' words occur in the sentence, from one scan of it
    timing_cues = timing_cues_in(sent, found)
    may_block = block_cues_in(sent, found)
    may_average = found.holds(_ANNUAL_AVERAGE_GATE)  # 年均 … (a level averaged over years)
    scans = Scans(sent, found)  # the cue scans of the words before each figure, made once
    places = PlaceMemo()  # the place tests of each subject, made once
    first_at: dict[str, int] = {}  # indicator -> where its first fact of the sentence stands
    headlines: dict[int, bool] = {}  # subject start -> not not_the_headline (made once per subject)
    owners: list[str] = []  # subjects that took a level figure, in order ("-" for non-catalog ones)
    last_subject_in_clause: dict[int, Mention] = {}
    last_measure: dict[str, str] = {}
    subject_of: dict[int, Mention] = {}
    spread: dict[int, list[int]] = {}  # a 分别 list of rates -> the amounts before it, one per position
    blocked_figures: set[int] = set()
    measure_of_figure: dict[int, tuple[str, int]] = {}
    last_share: tuple[int, Mention, str] | None = None  # the clause, subject and indicator of the last share's level
    before = -1  # the figure a restated or stretch target goes with (its outturn or goal)
    for qi, q in enumerate(quantities):
        if not q.dimension and _RANGE_AFTER.match(sent[q.end : q.end + 3]):
            continue  # 1-5月, 800-1500人: a range or a date, not a figure
        ci = clause_index(clauses, q.start)
        clause = clauses[ci]
        gi, _gn = s.groups.get(qi, (0, 1))
        in_parens = s.has_parens and inside_parens(sent, q.start)
        if in_parens and in_aside(s, qi):
            continue  # 固定资产投资(500万元以上项目)完成126亿元: the scope in brackets, not a figure of the subject
        subject: Mention | None
        if gi > 0 and (qi - gi) in subject_of:
            subject, how = subject_of[qi - gi], "list"
            if (qi - gi) in spread:
                subject = subject_of.get(spread[qi - gi][gi])  # the amount's at this position (if it had one)
        elif in_parens and assigned and target_in_or_before_parens(sent, q) and not named_in_parens(s, qi):
            subject, how = assigned[-1].mention, "paren"
        elif in_parens and (outturn := part_base_of(s, qi, ci, measure_of_figure)) is not None:
            subject, how, before = subject_of[outturn], "part_base", outturn  # 较上半年(5.9%)回落: H1's growth
        elif (outturn := restates_target(s, qi, ci, measure_of_figure)) is not None:
            subject, how, before = subject_of[outturn], "restated", outturn
        elif stretches_goal(s, qi, ci, measure_of_figure):
            subject, how, before = subject_of[qi - 1], "stretch", qi - 1  # 增长6%以上,力争7%: the goal's stretch
        else:
            subject, how = subject_for(s, qi, ci, last_subject_in_clause, own)
            # (the list's clause has no subject of its own: inherited, or none found past a part with no name
            # in the catalog, 其中乡村消费品零售额20.1亿元)
            amounts = amounts_before_list(s, qi) if how in ("inherit", "") and gi == 0 else None
            if amounts is not None and amounts[0] in subject_of:
                # W 12.5亿元,其中P 8.6亿元,分别增长6.2%和7.8%: the list's rates go with the amounts in order
                spread[qi] = amounts
                subject = subject_of[amounts[0]]
        share_pp = None
        if subject is None and q.dimension == "pp" and last_share is not None and last_share[0] == ci - 1:
            words = sent[clause.start : q.start]
            if continues_subject(words) and _RATE_NAMED.search(words) is None:
                # (增速比上年提高1.3个百分点 names a growth rate: the investment's, not its share's)
                # 民间投资占固定资产投资比重为56.2%,比上年提高1.3个百分点: the change of the share just printed
                subject, how, share_pp = last_share[1], "inherit", last_share[2]
        if subject is None:
            continue
        if q.flat and qi and quantities[qi - 1].dimension in ("percent", "pp") and how in ("inherit", "list"):
            continue  # 地区生产总值增长6.5%,与上年持平: the growth rate printed is last year's, not zero
        subject_of[qi] = subject
        if how == "clause":
            last_subject_in_clause[ci] = subject
        if q.dimension not in ("percent", "pp") and how in ("clause", "post", "inherit"):
            owner = next((i for i in subject.indicators if i), None) if subject.type != "null" else None
            owner = owner if subject.type != "compound" else None
            if subject.type != "compound" and (not owners or owners[-1] != (owner or "-")):
                owners.append(owner or "-")
        # A non-catalog subject (臭氧) owns its figures, unless it ends a list of subjects sharing one
        # 分别 list of figures (PM2.5、PM10、臭氧浓度分别为…): then each listed subject owns its own.
        listed = subject.type == "null" and owns_list_position(s, qi, subject, lexicon)
        if (
            subject.type == "null"
            and not listed
            and share_pp is None
            and not _SHARE_TAIL.search(sent[clause.start : q.start])
        ):
            continue
        headline = headlines.get(subject.start)
        if headline is None:  # (it reads only the words before the subject: once per subject)
            headline = headlines[subject.start] = not not_the_headline(sent, subject)
        if not headline:
            continue
        prefix = words_before(sent, subject, q, clause)
        if how == "paren":
            prefix = sent[sent.rfind("(", 0, q.start) + 1 : q.start]
        if how == "list" and (qi - gi) in blocked_figures:
            continue  # the list's first figure was not a fact of this report; nor are the others
        measure: str | None
        if how in ("restated", "stretch", "part_base"):
            if before in blocked_figures:
                continue  # the outturn (or goal) before was not a fact of this report; nor is its target
            measure, sign = measure_of_figure[before]
            if (
                how == "restated"
                and measure == "yoy_pct"
                and sign < 0
                and _RESTATED_GROWTH.search(sent, clause.start, q.start)
            ):
                sign = 1  # 下降1.9%,与年初确定的增长4%的目标差距较大: the goal named a rise
            if how == "restated" and (measure not in ("yoy_pct", "cagr_pct", "level") or sign < 0):
                # (固定资产投资下降4.3%,低于8%的预期目标 / 能耗下降3.2%,完成3%的目标: whether the target is
                # a rise or a fall the words do not say)
                continue
        elif how not in ("paren", "list") and blocked(s, clause, subject, q, prefix, own, may_block, scans, places):
            blocked_figures.add(qi)
            continue
        else:
            measure, sign = measure_of(prefix, q, sent[q.end : q.end + 12], found)
        if measure == "level" and q.dimension == "percent" and clause.start < subject.start < q.start:
            # 完成年度化债任务的105%: the subject named inside the task's name; the clause's words decide
            if measure_of(sent[clause.start : q.start], q, "", found)[0] == "completion_pct":
                measure, sign = "completion_pct", 1
        if measure == "completion_pct" and not completion_field_fits(
            sent[max(clause.start, q.start - 28) : q.start], subject.indicators, sent[subject.start : subject.end]
        ):
            continue  # 完成造林2万亩,完成年度投资计划的102%: the share of another field's plan
        if (
            measure == "level"
            and q.dimension == "percent"
            and how == "inherit"
            and (
                named := rate_named_before(
                    sent,
                    subject.end,
                    prefix,
                    bool(subject.indicators)
                    and all(i in catalog and catalog[i].unit == "%" for i in subject.indicators),
                )
            )
        ):
            # 地区生产总值增速高于全省平均水平,达到6.8%; 农村居民收入增速:目标8%,实际完成8.3%: the growth
            # rate named before (降幅收窄2.4个百分点,为3.1%: a fall)
            # (the plan's rate: the nearest percentage of the two figures before; 1-11月 may be one)
            plan = next(
                (quantities[j] for j in range(qi - 1, max(-1, qi - 3), -1) if quantities[j].dimension == "percent"),
                None,
            )
            if plan is not None and progress_not_growth(sent, q, plan):
                continue  # 增长:计划6%,1-11月完成92%: the share of the plan done, not the growth
            measure, sign = "yoy_pct", named
        if how == "list" and (qi - gi) in measure_of_figure:
            measure, sign = measure_of_figure[qi - gi]  # 年均分别增长6.2%、6.1%、9.0%: one measure for the list
        if measure is None:
            continue
        if measure == "pp_change" and _FALL_NAMED.search(sent, subject.end, q.start - len(prefix)) is not None:
            # 能耗下降幅度达到3.1%,比上年提高0.5个百分点: the size of the fall, named in an earlier clause,
            # changed; its sign reads against the rate's (in the figure's own clause measures.pp_sign
            # reverses it: 降幅收窄2.4个百分点)
            continue
        bare = without_approx(prefix).strip()  # 增加近1亿元: the words before 近
        if (
            measure == "level"
            and q.dimension not in ("percent", "pp")
            and (_ABSOLUTE_CHANGE.match(bare) or _ABSOLUTE_CHANGE.match(_PAIRED_HOUSEHOLDS.sub("", bare).strip()))
        ):
            blocked_figures.add(qi)  # (分别增加2100元和1300元: the list's other figures neither)
            continue  # 达16260元,增加1024元: a change of the level, not the level
        if (
            measure == "level"
            and q.dimension in _SUM_DIMENSIONS
            and (
                (found.holds(_NEW_AMOUNT_G) and _NEW_AMOUNT.match(bare))
                or (
                    q.dimension == _MONEY
                    and found.holds(_ACTION_G)
                    # 节约2.1亿元: the 约 of 节约 is no approximate word of the figure
                    and (_ACTION_AMOUNT.match(bare) is not None or _ACTION_AMOUNT.match(prefix.strip()) is not None)
                )
                or (
                    subject.start >= clause.start  # (新增…1.2亿元,总量达到12亿元: the total is the level)
                    and found.holds(_NEW_BEFORE_G)
                    and _NEW_BEFORE.search(sent, max(0, subject.start - 4), subject.start) is not None
                )
            )
        ):
            blocked_figures.add(qi)
            # 一般公共预算收入新增1.2亿元, 新增财政收入1.2亿元: the increment of a sum, not the sum;
            # 一般公共预算支出压减一般性支出0.8亿元: the amount of an action on another sum
            continue
        measure_of_figure[qi] = (measure, sign)
        if subject.type == "null" and measure != "share" and not listed and share_pp is None:
            continue
        # Target printed beside an actual: (预期目标为8.5%以上) takes the actual's measure.
        if in_parens and measure == "level" and q.dimension in _PERCENT_DIMS:
            ctx = sent[max(clause.start, sent.rfind("(", 0, q.start)) : q.start]
            for ind in subject.indicators:
                if not ind or not last_measure.get(ind):
                    continue
                # (低于年初预期目标(7%): a growth's target named right before the brackets; 达到全年目标任务(88.5%)
                # after a rate's change in points is the rate's level)
                if _TARGET_WORD.search(ctx) or (
                    last_measure[ind] in ("yoy_pct", "cagr_pct") and target_in_or_before_parens(sent, q)
                ):
                    measure = last_measure[ind]
                    break
        if share_pp is not None:
            indicators = [share_pp] if measure == "pp_change" else []
        else:
            indicators = choose_indicators(s, qi, subject, measure, prefix, assigned, owners, catalog, lexicon)
        if not indicators and how == "clause" and subject.type == "event":
            post = [m for m in s.mentions if q.end <= m.start < clause.end and m.type == "event"]
            if post and len(sent[q.end : post[0].start]) <= 24:
                subject = post[0]
                indicators = choose_indicators(s, qi, subject, measure, prefix, assigned, owners, catalog, lexicon)
        if (
            measure in ("level", "cagr_pct")
            and any(a.indicator in indicators and a.measure == measure for a in assigned)
            and restates_threshold(q, prefix)
        ):
            # 贫困发生率0.7%,降至2%以下; 年均增长7.2%,保持年均7%以上的增长速度: the threshold restated,
            # not a second figure
            continue
        average = (
            measure == "level" and may_average and _ANNUAL_AVERAGE.search(sent[clause.start : q.start]) is not None
        )
        span_average = average and averaged_over_span(sent, clause.start, q.start, frame.period_start, dates, scans)
        for indicator in indicators:
            if q.flat and catalog[indicator].unit == "%":
                continue  # 森林覆盖率与上年持平: a rate unchanged, no growth of it (nor its change in points)
            if average and (catalog[indicator].unit not in STOCK_UNITS or span_average):
                # 五年来年均造林5万亩: an average a year, neither the span's sum nor one year's figure;
                # 五年来,民生支出占比年均达到80.5%: a share's average over the span, not its last year's
                continue
            made = make_fact(
                s,
                doc_id,
                q,
                subject,
                clause,
                measure,
                sign,
                catalog[indicator],
                frame,
                sub_state,
                dates,
                in_parens,
                timing_cues,
                first_at.get(indicator),
                scans,
                s.groups.get(qi, (0, 1)),
            )
            if made is None:
                continue
            fact, sub_state = made
            if how == "restated" and (
                fact.subperiod
                or fact.period_start is not None
                or not outturn_before(out, s.offset + quantities[before].start)
            ):
                # 前三季度…增长5.1%,低于年初确定的6%预期目标: the year's target, not the part's; 力争增长6%左右,
                # 高于市下达的5.5%目标 (a plan): the floor set from above beside the region's own goal, not a
                # target restated beside an outturn
                continue
            if how == "stretch" and not goal_before(out, s.offset + quantities[before].start):
                # 前三季度…规模以上工业增加值增长7.5%,力争8%: the part's outturn, then a striving for the year
                # (whose time the words do not say), not a stretch of a goal
                continue
            if fact.measure == "yoy_pct" and fact.subperiod and since_year_start(sent, subject.end, q.start):
                continue  # 9月末…贷款余额236.4亿元,较年初增长9.8%: growth since January, not over a year
            if fact.measure == "yoy_pct" and so_far_this_year(sent, subject.end, q.start, fact, dates):
                continue  # 目前,…贷款余额125.6亿元,较去年底增长8.2% (a speech of July): growth since January
            if fact.measure == "pp_change" and rise_after_a_fall(out, fact, catalog[indicator], prefix):
                # 单位GDP能耗下降3.1%,比上年提高0.5个百分点: did the fall grow or the rate rise? The sign
                # cannot be told (增速比上年提高, 降幅比上年扩大 name it)
                continue
            if fact.measure == "level" and crossed(prefix, q, found.holds(CROSSING_GATE)) and exact_before(out, fact):
                # 完成地区生产总值125.4亿元,总量突破百亿元; 收入30560元,突破3万元: the threshold the figure
                # printed before it crossed, not a second figure (a milestone: EXTRACTION.md); a goal above
                # the goal before it is a stretch goal (达到3.2亿元,力争突破3.5亿元: two targets)
                continue
            if (
                "subtotal" in fact.flags
                and any(a.indicator == indicator and a.mention.start != subject.start for a in assigned)
                and any(f.indicator == indicator and same_time(f, fact) and "subtotal" not in f.flags for f in out)
            ):
                # 营造林6.8万亩,其中人工造林2.1万亩; 到位资金75.7亿元,其中省外到位资金53.8亿元,增长12%:
                # a part (and its growth) named after 其中 as the same indicator as the whole before it.
                # A part of another time (其中2020年脱贫0.5万人, 其中3月当月优良天数29天, 五年来累计…,其中全年…)
                # is that time's figure, and so is its growth (其中9月份出口1.5亿美元,增长15%: M9 both; the
                # month's level kept is no whole).
                continue
            out.append(fact)
            if fact.indicator not in first_at:
                first_at[fact.indicator] = fact.value_start - s.offset
            if fact.measure == "level" and _is_share(catalog[indicator]):
                last_share = (ci, subject, indicator)
            assigned.append(Assigned(subject, indicator, fact.measure if fact.measure != "cagr2" else "cagr_pct"))
            last_measure[indicator] = fact.measure
    return one_rate_per_key(out, sent, s.offset, [(q.start, q.end) for q in quantities]), sub_state


def _is_share(ind: Indicator) -> bool:
    """Whether *ind* is a share of another quantity (民间投资占固定资产投资比重, 民生支出占财政支出比重)."""
    return ind.unit == "%" and _SHARE_OF in ind.name_zh
