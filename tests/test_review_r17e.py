"""Review r17e (session 15) of the rules of s15-k1 and s15-k2, probed with passages of our own in other genres
(year-end summaries dated in November or December, reports of January, bulletins, Q3 reviews, news, plan
tables) and with other meanings of the trigger words. What misfired and was narrowed:

- frame ahead_opening (timing/report_date.part_ahead): a next step (下一步,…) in a summary of November or
  December read as this year's target (it is the next year's plan): now no fact; a rest-of-year opening
  whose part had run more than two months at the report's date (下半年,全县新增城镇就业1200人 in a summary of
  November: a plan or the half so far) read as a target: now no fact; a level that stands now in such a
  sentence (下一步,我县将在现有森林覆盖率62.5%的基础上…: frame ahead_now) read as a target: now no fact;
- sub month_since / quarter_since (subperiods.month_span_open): a span in an earlier ;-segment holding no
  figure (8月以来,全县开展稳就业专项行动;全县城镇新增就业3200人; 二季度以来经济持续回升;规模以上…) dropped
  every figure of the later segments: they are read again as the paragraph's (a segment opening on 其中, a
  figure after the span, or the part of the year being the span's own words 二季度 keep the drop: a span's
  二季度 is no Q2);
- place village_opening: a count or share of villages (两个村入选…), a verb before a kind of village (促进强村
  富民) and the village's people or officers (优秀村干部, 广大村民) opened a village's segment and lost the
  county's income: now no village;
- plan tables (table_kinds.kind_column): a part after January alone beside the year's plan under an
  execution title (年计划 | 下半年 in July, 年计划 | 四季度 in October) was read as that part's outturn: the
  rest of the year's plan or its outturn, the cell does not tell: not read.

Probed and left (read as the rules mean them): 下半年/四季度 in a report after that part ended, a Q2 or Q3
figure in a review dated at the quarter's last month, 7月份 in August, 10月份 in a bulletin of November,
2023年下半年 in January 2024, 年底前 in October (target), budget adjustments with and without a budget before
them, five-year flows ahead and their yearly averages, a plan table of two years.
"""

from __future__ import annotations

import pytest
from passages import check_case

BASE = {"region": "宁远县", "level": "county"}


def _m(date: str, year: int = 2023) -> dict:
    return {**BASE, "year": year, "report_date": date}


JAN = _m("2024-01-10")

CASES: list[dict] = [
    # ---- rule (2): rest of year / next step
    {
        "id": "h2_in_a_december_summary_is_done",
        "meta": _m("2023-12-20"),
        "text": "下半年,全县规模以上工业增加值增长8.2%,较上半年加快1.5个百分点。",
        "facts": [("industrial_va", "yoy_pct", 8.2, 2023, "H2", "actual", None)],
        "absent": [],
    },
    {
        "id": "h2_in_a_november_summary_is_no_target",  # misfired: target H2 (narrowed: no fact)
        "meta": _m("2023-11-25"),
        "text": "下半年,全县新增城镇就业1200人,城镇登记失业率控制在3.5%以内。",
        "facts": [],
        "absent": [("new_urban_jobs",), ("unemployment_rate",)],
    },
    {
        "id": "next_step_in_a_november_summary_is_next_years",  # misfired: 2023 targets (narrowed)
        "meta": _m("2023-11-25"),
        "text": "下一步,全县地区生产总值增长6%,城镇新增就业4000人。",
        "facts": [],
        "absent": [("gdp",), ("new_urban_jobs",)],
    },
    {
        "id": "next_step_in_a_december_summary",
        "meta": _m("2023-12-05"),
        "text": "下一步,全县地区生产总值增长6%,城镇新增就业4000人。",
        "facts": [],
        "absent": [("gdp",), ("new_urban_jobs",)],
    },
    {
        "id": "next_step_in_a_july_review_is_the_years_target",  # must trigger
        "meta": _m("2023-07-10"),
        "text": "下一步,全县地区生产总值增长6%,全年城镇新增就业4000人。",
        "facts": [
            ("gdp", "yoy_pct", 6.0, 2023, "", "target", None),
            ("new_urban_jobs", "level", 4000.0, 2023, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.0, 2023, "", "actual")],
    },
    {
        "id": "next_step_with_the_level_now_is_no_target",  # misfired: 62.5% a target (narrowed)
        "meta": _m("2023-07-15"),
        "text": "下一步,我县将在现有森林覆盖率62.5%的基础上,力争全年完成造林2万亩。",
        "facts": [("afforestation", "level", 20000.0, 2023, "", "target", None)],
        "absent": [("forest_coverage",)],
    },
    {
        "id": "q4_in_a_january_report_is_done",
        "meta": JAN,
        "text": "四季度,全县地区生产总值增长6.1%,比三季度加快0.4个百分点。",
        "facts": [("gdp", "yoy_pct", 6.1, 2023, "Q4", "actual", None)],
        "absent": [],
    },
    {
        "id": "q2_in_a_june_half_year_summary_is_done",
        "meta": _m("2023-06-26"),
        "text": "二季度,全县规模以上工业增加值增长7.5%。上半年,全县地区生产总值完成120亿元,增长6.2%。",
        "facts": [
            ("industrial_va", "yoy_pct", 7.5, 2023, "Q2", "actual", None),
            ("gdp", "level", 120.0, 2023, "H1", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "q3_in_a_late_september_review_is_done",
        "meta": _m("2023-09-26"),
        "text": "三季度,全县规模以上工业增加值增长7.5%。",
        "facts": [("industrial_va", "yoy_pct", 7.5, 2023, "Q3", "actual", None)],
        "absent": [],
    },
    {
        "id": "month_of_a_bulletin_after_it",
        "meta": _m("2023-11-14"),
        "text": "10月份,全县规模以上工业增加值增长6.8%,1-10月增长7.1%。",
        "facts": [
            ("industrial_va", "yoy_pct", 6.8, 2023, "M10", "actual", None),
            ("industrial_va", "yoy_pct", 7.1, 2023, "M1-M10", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "year_named_h2_in_january",
        "meta": _m("2024-01-08"),
        "text": "2023年下半年,全县规模以上工业增加值增长8.2%。",
        "facts": [("industrial_va", "yoy_pct", 8.2, 2023, "H2", "actual", None)],
        "absent": [],
    },
    {
        "id": "q4_in_a_late_september_review_is_a_plan",  # must trigger
        "meta": _m("2023-09-28"),
        "text": "四季度,全县规模以上工业增加值增长7%,全年增长6.5%。",
        "facts": [
            ("industrial_va", "yoy_pct", 7.0, 2023, "Q4", "target", None),
            ("industrial_va", "yoy_pct", 6.5, 2023, "", "target", None),
        ],
        "absent": [("industrial_va", "yoy_pct", 6.5, 2023, "", "actual")],
    },
    {
        "id": "h2_plan_in_july",  # must trigger
        "meta": _m("2023-07-12"),
        "text": "下半年工作中,全县固定资产投资完成25亿元,全年达到60亿元。",
        "facts": [("fai", "level", 60.0, 2023, "", "target", None)],
        "absent": [("fai", "level", 60.0, 2023, "", "actual"), ("fai", "level", 25.0, 2023, "H2", "actual")],
    },
    # ---- rule (5): spans from a month or a quarter to now
    {
        "id": "month_span_of_an_act_leaves_the_next_segment",  # misfired: dropped (narrowed: read)
        "meta": _m("2023-10-20"),
        "text": "前三季度,全县地区生产总值增长5.8%。8月以来,全县开展稳就业专项行动;全县城镇新增就业3200人,"
        "完成年度目标的91%。",
        "facts": [("new_urban_jobs", "level", 3200.0, 2023, "Q1-Q3", "actual", None)],
        "absent": [],
    },
    {
        "id": "quarter_span_of_a_trend_is_no_q2_for_the_next_segment",
        "meta": _m("2023-10-20"),
        "text": "前三季度,全县地区生产总值增长5.8%,二季度以来经济持续回升;规模以上工业增加值增长7.2%,"
        "固定资产投资增长9%。",
        "facts": [("gdp", "yoy_pct", 5.8, 2023, "Q1-Q3", "actual", None)],
        "absent": [("industrial_va", "yoy_pct", 7.2, 2023, "Q2"), ("fai", "yoy_pct", 9.0, 2023, "Q2")],
    },
    {
        "id": "month_span_with_figures_governs_the_next_segment",  # must trigger
        "meta": _m("2023-10-20"),
        "text": "前三季度,全县外贸出口5.2亿美元。9月份以来,全县出口1.5亿美元,增长20%;进口0.8亿美元,增长12%。",
        "facts": [("exports", "level", 52000.0, 2023, "Q1-Q3", "actual", None)],
        "absent": [("exports", "level", 15000.0), ("exports", "yoy_pct", 20.0), ("imports",)],
    },
    {
        "id": "month_span_then_a_part_of_it",
        "meta": _m("2023-10-20"),
        "text": "前三季度,全县外贸出口5.2亿美元。8月以来,全县开展外贸促进行动;其中,出口1.5亿美元。",
        "facts": [],
        "absent": [("exports", "level", 15000.0)],
    },
    {
        "id": "quarter_since_alone",  # must trigger
        "meta": _m("2023-10-20"),
        "text": "三季度以来,全县外贸出口增长12%。",
        "facts": [],
        "absent": [("exports",)],
    },
    {
        "id": "quarter_since_then_the_part_named",
        "meta": _m("2023-10-20"),
        "text": "自二季度以来,全县经济企稳回升,前三季度规模以上工业增加值增长7.2%。",
        "facts": [("industrial_va", "yoy_pct", 7.2, 2023, "Q1-Q3", "actual", None)],
        "absent": [],
    },
    {
        "id": "prosecution_in_august_is_no_span",
        "meta": JAN,
        "text": "县检察院8月起诉涉黑案件3件,全年全县一般公共预算收入完成12.5亿元。",
        "facts": [("general_budget_revenue", "level", 12.5, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "a_wage_from_july_then_the_year",
        "meta": JAN,
        "text": "自2023年7月起,全县最低工资标准调整为每月1800元,全年城镇居民人均可支配收入达到38500元。",
        "facts": [("urban_income", "level", 38500.0, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "quarter_since_in_a_year_end_report_after_the_year",
        "meta": JAN,
        "text": "全县地区生产总值完成215亿元,增长6.1%,其中四季度增长6.5%,三季度以来逐季加快,"
        "全年规模以上工业增加值增长7%。",
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 7.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "an_event_month_after_qizhong_is_no_year",
        "meta": JAN,
        "text": "全年接待游客520万人次,增长15%,其中10月份国庆黄金周期间接待游客45万人次。",
        "facts": [("tourist_visits", "level", 520.0, 2023, "", "actual", None)],
        "absent": [("tourist_visits", "level", 45.0)],
    },
    # ---- rule (1): villages
    {
        "id": "promoting_strong_villages_is_no_village",  # misfired: income lost (narrowed)
        "meta": JAN,
        "text": "促进强村富民,农村居民人均可支配收入达到18500元,增长7.8%。",
        "facts": [("rural_income", "level", 18500.0, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "two_villages_are_no_village",  # misfired: income lost (narrowed)
        "meta": JAN,
        "text": "两个村入选全国乡村治理示范村,农村居民人均可支配收入达到18500元,增长7.8%。",
        "facts": [("rural_income", "level", 18500.0, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "village_officers_are_no_village",  # misfired: income lost (narrowed)
        "meta": JAN,
        "text": "优秀村干部评选表彰120人,农村居民人均可支配收入达到18500元,增长7.8%。",
        "facts": [("rural_income", "level", 18500.0, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "villagers_are_no_village",
        "meta": JAN,
        "text": "广大村民积极参与人居环境整治,农村居民人均可支配收入达到18500元,增长7.8%。",
        "facts": [("rural_income", "level", 18500.0, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "relocation_village_and_a_thousand_villages",
        "meta": JAN,
        "text": "易地搬迁安置村配套产业全覆盖,推广千村示范经验,农村居民人均可支配收入达到18500元,增长7.8%。",
        "facts": [("rural_income", "level", 18500.0, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "a_named_village_still_owns_its_clauses",  # must trigger
        "meta": JAN,
        "text": "杨柳村发展食用菌产业,农村居民人均可支配收入达到2.3万元。",
        "facts": [],
        "absent": [("rural_income",)],
    },
    # ---- rule (3): budget adjustments
    {
        "id": "raising_a_standard_as_planned_is_no_budget",
        "meta": JAN,
        "text": "按计划将城乡居民医保财政补助标准调高至每人每年640元,全县一般公共预算支出完成32.5亿元。",
        "facts": [("fiscal_expenditure", "level", 32.5, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "a_budget_cut_then_the_outturn",  # must trigger
        "meta": JAN,
        "text": "一般公共预算收入由年初预算的12.5亿元调减为11.8亿元,实际完成12.1亿元。",
        "facts": [
            ("general_budget_revenue", "level", 11.8, 2023, "", "target", None),
            ("general_budget_revenue", "level", 12.1, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 12.5)],
    },
    {
        "id": "a_sown_area_cut_is_done",
        "meta": JAN,
        "text": "粮食播种面积由52万亩调减为50万亩,粮食总产量达到35万吨。",
        "facts": [("grain_area", "level", 500000.0, 2023, "", "actual", None)],
        "absent": [("grain_area", "level", 520000.0)],
    },
    # ---- rule (6): flows over the years ahead
    {
        "id": "five_years_ahead_flow_and_average",
        "meta": _m("2024-01-10", 2024),
        "text": "今后五年,全县新增城镇就业2.5万人,地区生产总值年均增长6%。",
        "facts": [("new_urban_jobs", "level", 25000.0, 2028, "", "target", 2024)],
        "absent": [("new_urban_jobs", "level", 25000.0, 2028, "", "target", None)],
    },
    {
        "id": "five_years_back_and_ahead",
        "meta": JAN,
        "text": "五年来,全县累计新增城镇就业2.3万人。今后五年,力争新增城镇就业2.5万人。",
        "facts": [
            ("new_urban_jobs", "level", 23000.0, 2023, "", "actual", 2019),
            ("new_urban_jobs", "level", 25000.0, 2028, "", "target", 2024),
        ],
        "absent": [],
    },
]

TABLE_CASES: list[dict] = [
    {
        "id": "rest_of_year_column_beside_the_plan_in_july",  # misfired: H2 actual (narrowed: not read)
        "meta": {"year": 2024, "report_date": "2024-07-20", "region": "安福县"},
        "text": "2024年主要经济指标计划完成情况\n| 指标 | 年计划 | 下半年 | 增长% |\n| 地区生产总值(亿元) | 280 | 148 | 6.5 |\n",
        "facts": [("gdp", "level", 280.0, 2024, "", "target", None)],
        "absent": [("gdp", "level", 148.0), ("gdp", "yoy_pct", 6.5)],
    },
    {
        "id": "fourth_quarter_column_beside_the_plan_in_october",  # misfired: Q4 actual (narrowed)
        "meta": {"year": 2024, "report_date": "2024-10-20", "region": "安福县"},
        "text": "2024年主要经济指标计划执行情况\n| 指标 | 年计划 | 四季度 |\n| 一般公共预算收入(亿元) | 18 | 4.5 |\n",
        "facts": [("general_budget_revenue", "level", 18.0, 2024, "", "target", None)],
        "absent": [("general_budget_revenue", "level", 4.5)],
    },
    {
        "id": "eleven_months_column_and_next_years_plan",  # must trigger
        "meta": {"year": 2024, "report_date": "2024-12-20", "region": "安福县"},
        "text": "2024年计划执行情况和2025年计划安排\n| 指标 | 年计划 | 1-11月 | 2025年计划 |\n"
        "| 一般公共预算收入(亿元) | 18 | 16.2 | 19 |\n",
        "facts": [
            ("general_budget_revenue", "level", 16.2, 2024, "M1-M11", "actual", None),
            ("general_budget_revenue", "level", 19.0, 2025, "", "target", None),
        ],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", CASES + TABLE_CASES, ids=lambda c: c["id"])
def test_review_r17e(case: dict) -> None:
    check_case(case, {})
