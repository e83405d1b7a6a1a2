"""Review r18e (session 16) of helper k5's rules (tests/test_constructions_r18b.py), probed adversarially with
passages of other genres and other senses of the trigger words (written for this review, not copied from any
corpus). What was probed, what misfired, what was narrowed:

- a span opened by 起 right before an act (cue time act_from_span, states act_from_span_states): a state's
  level in a later clause read as the period's. Misfired (each read a wrong number; nothing was read before):
  the surveyed unemployment rate, a mean of monthly surveys (4月起开展稳就业百日攻坚行动,城镇调查失业率平均为
  5.2%: since April or the year's mean?), read as the year's: dropped from act_from_span_states; a span
  after another year (2021年5月起全面推行林长制,…森林覆盖率达到65.3%: read as 2021's; 明年3月起…将达到66%:
  read as next year's target): a new cue time act_span_year_before keeps such spans unread (今年/本年 still
  read; 2023年5月起 in a report on 2023 is lost: a missing number, not a wrong one); a quarter's span
  (三季度起全面推行林长制,…: read as Q3's, 二季度起: Q2's, from the span's own words): the rule no longer
  applies when the span's words name a part of the year. Held: another place (全市), a flow or a growth after
  the act, a part of the year named before the span (上半年,全县4月起…: H1);
- a name right after 与/同/跟 and before 同步/相适应/相协调 (attribution in_step_before/in_step_after) is no
  subject. Misfired: 城乡居民人均可支配收入与地区生产总值基本同步,分别增长5.8%和6.0% (the term is the second
  subject of 分别: GDP's 6.0 was read as the rural income's growth, 5.8 as the urban one's): in_step_after
  no longer matches before 分别/均/都/同为/两者 (nothing read, as before the rule). Held: 同步推进/同步建设 with
  no indicator's name in step, a subject named after the goal in words, goals listed after;
- a plan item's growth with a part-year outturn (measure_after rate_value with a part-year lead): held on
  every probe (a level item's progress in percent, 完成率, 完成进度 are not read as growth). Not narrowed;
  left: 增长:计划6%,1-11月完成92% reads 92 as the growth, as 完成92% without a part did before the rule
  (the label alone cannot tell a growth from a progress; no bound on growth rates exists);
- 一季度以来/一季度至今 read as 今年以来 (sub Q1, since_new_year, quarter_since): held on every probe: another
  year's quarter (去年, 上年, 当年, 二〇二二年, 2023年 before it) is not read, a bulletin reads the year, a
  news item of April is flagged to_date, 与一季度以来的…相比 leaves the Q3 figure after it alone.
"""

from __future__ import annotations

import pytest
from passages import check_case, passage_facts

from govkit.facts.report_date import TO_DATE_FLAG

#: A county work report of January 2024 on 2023.
YEAR = {"year": 2023, "report_date": "2024-01-10", "region": "安福县", "level": "county"}
#: A district's plan execution report of January 2025 on 2024.
PLAN = {"year": 2024, "report_date": "2025-01-08", "region": "平谷区", "level": "county"}
#: A self-check of December 2024 on the year's plan.
DEC = {"year": 2024, "report_date": "2024-12-20", "region": "平谷区", "level": "county"}
#: A news item of May 2024.
MAY = {"year": 2024, "report_date": "2024-05-10", "region": "安福县", "level": "county"}
#: A review of July 2023.
JULY = {"report_date": "2023-07-15"}

CASES: list[dict] = [
    # ---- 起 before an act: misfires (narrowed)
    {
        # (misfired: 2023) a mean of monthly surveys: since April or the year's?
        "id": "act_from_april_surveyed_rate_mean",
        "text": "4月起开展稳就业百日攻坚行动,城镇调查失业率平均为5.2%。",
        "facts": [],
        "absent": [("surveyed_unemployment_rate",)],
    },
    {
        # (misfired: 2021's level) the act is dated in another year
        "id": "act_from_a_month_of_another_year",
        "text": "2021年5月起全面推行林长制,全县森林覆盖率达到65.3%。",
        "facts": [],
        "absent": [("forest_coverage",)],
    },
    {
        # (misfired: a target of 2024) a speech on next year's programme
        "id": "act_from_a_month_of_next_year",
        "text": "明年3月起全面实施新一轮退耕还林,全县森林覆盖率将达到66%。",
        "facts": [],
        "absent": [("forest_coverage",)],
    },
    {
        # (misfired: Q3's level) the quarter's words of the span were read as the figure's part
        "id": "act_from_the_third_quarter",
        "text": "三季度起全面推行林长制,全县森林覆盖率达到65.3%。",
        "facts": [],
        "absent": [("forest_coverage",)],
    },
    {
        # (misfired: Q2's rate) a self-check of December
        "id": "act_from_the_second_quarter",
        "meta": DEC,
        "text": "二季度起全面实施稳岗行动,城镇登记失业率3.1%。",
        "facts": [],
        "absent": [("unemployment_rate",)],
    },
    # ---- 起 before an act: near misses that held
    {
        "id": "act_from_august_other_place",
        "text": "8月起全面推行河长制,全市森林覆盖率达到58.1%。",
        "facts": [],
        "absent": [("forest_coverage",)],
    },
    {
        # a growth after the act stays unread, the state after it is read
        "id": "act_from_june_growth_then_rate",
        "text": "6月起全面实施稳岗行动,规模以上工业增加值增长8.2%,城镇登记失业率3.2%。",
        "facts": [("unemployment_rate", "level", 3.2, 2023, "", "actual", None)],
        "absent": [("industrial_va",)],
    },
    # ---- 起 before an act: the construction (read)
    {
        "id": "act_from_june_count_then_coverage",
        "text": "5月起全面推行河长制,全县设立河长326名,森林覆盖率达到65.3%。",
        "facts": [("forest_coverage", "level", 65.3, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "act_from_april_this_year_income",
        "text": "本年4月起全面实施农民增收行动,农村居民人均可支配收入达到16200元。",
        "facts": [("rural_income", "level", 16200, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # a part of the year named before the span: that part's
        "id": "half_year_then_act_from_april_same_sentence",
        "meta": JULY,
        "text": "上半年,全县4月起全面推行林长制,森林覆盖率达到65.3%。",
        "facts": [("forest_coverage", "level", 65.3, 2023, "H1", "actual", None)],
        "absent": [("forest_coverage", "level", 65.3, 2023, "")],
    },
    # ---- 与…同步: misfire (narrowed)
    {
        # (misfired: urban 5.8, rural 6.0) the term is the second subject of 分别
        "id": "in_step_then_respectively",
        "meta": PLAN,
        "text": "城乡居民人均可支配收入与地区生产总值基本同步,分别增长5.8%和6.0%。",
        "facts": [],
        "absent": [("urban_income",), ("rural_income",), ("resident_income",)],
    },
    {
        "id": "in_step_then_both",
        "meta": PLAN,
        "text": "农村居民人均可支配收入增速与地区生产总值增速同步,均为6.5%。",
        "facts": [],
        "absent": [("rural_income", "yoy_pct", 6.5, 2024, "", "actual")],
    },
    # ---- 同步 in other senses and other subjects (held)
    {
        "id": "in_step_with_a_strategy_not_an_indicator",
        "meta": PLAN,
        "text": "坚持农业农村发展与乡村振兴同步推进,农村居民人均可支配收入增长7.2%。",
        "facts": [("rural_income", "yoy_pct", 7.2, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "built_in_step_then_income",
        "meta": PLAN,
        "text": "新建小区配套设施同步建设,城镇居民人均可支配收入增长5.1%。",
        "facts": [("urban_income", "yoy_pct", 5.1, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "in_step_goal_then_gdp_named",
        "meta": PLAN,
        "text": "居民收入与地区生产总值增长同步,地区生产总值增长6.1%。",
        "facts": [("gdp", "yoy_pct", 6.1, 2024, "", "actual", None)],
        "absent": [],
    },
    # ---- 与…同步/相适应: the construction (read)
    {
        "id": "self_check_goal_basically_in_step",
        "meta": PLAN,
        "text": "3.农村居民人均可支配收入增长:目标与地区生产总值增长基本同步,实际增长6.6%。",
        "facts": [("rural_income", "yoy_pct", 6.6, 2024, "", "actual", None)],
        "absent": [("gdp",)],
    },
    {
        # a budget report: spending in keeping with revenue (the revenue was taken for the subject)
        "id": "spending_suited_to_revenue",
        "meta": PLAN,
        "text": "一般公共预算支出与一般公共预算收入相适应,完成21.3亿元。",
        "facts": [("fiscal_expenditure", "level", 21.3, 2024, "", "actual", None)],
        "absent": [("general_budget_revenue",)],
    },
    # ---- a plan item with a part-year outturn: near misses (held) and the construction
    {
        "id": "budget_item_progress_in_percent",
        "meta": DEC,
        "text": "1.一般公共预算收入:年初预算8.2亿元,1-11月完成96.5%。",
        "facts": [],
        "absent": [("general_budget_revenue", "yoy_pct")],
    },
    {
        "id": "investment_item_progress_in_percent",
        "meta": DEC,
        "text": "2.固定资产投资:计划50亿元,前三季度完成78%。",
        "facts": [],
        "absent": [("fai", "yoy_pct")],
    },
    {
        "id": "jobs_item_progress_in_percent",
        "meta": DEC,
        "text": "3.城镇新增就业:计划5000人,1-11月完成108%。",
        "facts": [],
        "absent": [("new_urban_jobs", "yoy_pct")],
    },
    {
        "id": "growth_item_completion_rate",
        "meta": DEC,
        "text": "11.农村居民人均可支配收入增长:计划7%,前三季度完成率为92%。",
        "facts": [],
        "absent": [("rural_income", "yoy_pct", 92)],
    },
    {
        "id": "growth_item_first_ten_months",
        "meta": DEC,
        "text": "7.一般公共预算收入增长:计划6%,前10个月完成5.2%。",
        "facts": [("general_budget_revenue", "yoy_pct", 5.2, 2024, "M1-M10", "actual", None)],
        "absent": [],
    },
    {
        "id": "growth_item_first_quarter",
        "meta": DEC,
        "text": "8.社会消费品零售总额增长:计划7%,一季度为4.1%。",
        "facts": [("retail_sales", "yoy_pct", 4.1, 2024, "Q1", "actual", None)],
        "absent": [],
    },
    # ---- 一季度以来: another year's quarter (held), other senses (held), the construction
    {
        "id": "since_last_years_first_quarter",
        "meta": MAY,
        "text": "自去年一季度以来,全县规模以上工业增加值增长8.5%。",
        "facts": [],
        "absent": [("industrial_va",)],
    },
    {
        "id": "since_the_prior_years_first_quarter",
        "meta": MAY,
        "text": "上年一季度以来,全县社会消费品零售总额持续增长,达到52亿元。",
        "facts": [],
        "absent": [("retail_sales",)],
    },
    {
        "id": "since_a_first_quarter_year_in_numerals",
        "meta": JULY,
        "text": "二〇二二年一季度以来,全县累计完成固定资产投资120亿元。",
        "facts": [],
        "absent": [("fai",)],
    },
    {
        "id": "since_that_years_first_quarter",
        "meta": JULY,
        "text": "当年一季度以来,全县规模以上工业增加值增长8.5%。",
        "facts": [],
        "absent": [("industrial_va",)],
    },
    {
        # a comparison with the trend since Q1: the Q3 figure after it stays Q3's
        "id": "compared_with_the_trend_since_q1",
        "meta": {"report_date": "2023-10-20"},
        "text": "与一季度以来的持续回落相比,三季度全县规模以上工业增加值增长9.2%。",
        "facts": [("industrial_va", "yoy_pct", 9.2, 2023, "Q3", "actual", None)],
        "absent": [("industrial_va", "yoy_pct", 9.2, 2023, "")],
    },
    {
        # a year's bulletin: the year
        "id": "since_q1_in_a_bulletin",
        "text": "安福县2023年国民经济和社会发展统计公报\n一季度以来,全县规模以上工业增加值增长8.5%。",
        "facts": [("industrial_va", "yoy_pct", 8.5, 2023, "", "actual", None)],
        "absent": [("industrial_va", "yoy_pct", 8.5, 2023, "Q1")],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_review(case: dict) -> None:
    check_case(case, YEAR)


def test_since_q1_in_a_news_item_of_april_is_to_date() -> None:
    """一季度以来 in a news item of 25 April: January to then (a month not told), flagged, not Q1's."""
    case = {
        "id": "since_q1_news_april",
        "meta": {"year": 2024, "report_date": "2024-04-25"},
        "text": "县发改委:今年一季度以来全县经济运行情况\n一季度以来,全县完成固定资产投资32亿元,增长7.1%。",
    }
    f = passage_facts(case, YEAR)
    fai = f[f.indicator == "fai"]
    assert len(fai) == 2 and set(fai.subperiod) == {""}, fai
    assert all(TO_DATE_FLAG in str(x) for x in fai["flags"]), fai["flags"].tolist()
