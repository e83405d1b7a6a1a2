"""Constructions of plan periods and plan tables (session 15, helper k2), by class:

- a target level of a flow over the years ahead its own sentence names (今后五年, 未来五年, “十五五”期间,
  力争五年…): new jobs, labour moved, funds attracted or secured, farmland built are counted anew each year,
  so the figure is their sum over the span: ``period_start`` the span's first year, ``year`` its last, as
  五年来… in a review (EXTRACTION.md: cumulative sums over a span are level with period_start set). It was
  read as the end year's level (a five-year sum paired with one year's outcome in targets vs outcomes);
- a plan table whose part-year column stands alone beside the year's plan (指标 | 年计划 | 1-6月 | 增长% |
  完成年计划%) under a title of the plan's execution (…计划完成情况, …计划执行情况): the part column is that
  part's outturn (M1-M6, Q1-Q3; its growth beside it), 年计划 the year's target, and the share of the year's
  plan is the part's (H1), not the year's. Nothing was read under such a title (a part alone in a table
  titled by a plan was taken for the part's target); 年计划 and 占年计划% were not read at all;
- near misses of the tables: a title naming targets only (分季度目标, 主要经济指标预期目标: a part alone may
  be its target, not read), and a share of the plan beside a whole year's outturn (the year's);
- near misses that keep their readings: an annual aggregate, a stock or a rate reached by the span's end
  (地区生产总值达到500亿元, 森林覆盖率75%: the end year's), a year printed for the target (力争到2030年…),
  a growth rate averaged over the span (年均增长6%: cagr_pct with the span), the same flow in a review,
  and a span named only in the paragraph's heading (left as the end year's: not told for the figure).

Each case is a short passage or table of our own (not copied from any corpus); the cases of the class failed
before.
"""

from __future__ import annotations

import pytest
from passages import check_case

#: A county work report of January 2026 on 2025 (十五五 goals ahead).
META = {"year": 2025, "report_date": "2026-01-10", "region": "安福县", "level": "county"}
#: A county work report of January 2023 on 2022 (a new term: 今后五年 is 2023-2027).
TERM_META = {"year": 2022, "report_date": "2023-01-08", "region": "安福县", "level": "county"}

PLAN_CASES: list[dict] = [
    # ---- a flow over the years ahead: their sum
    {
        "id": "next_five_years_flows_and_growth",
        "text": "今后五年,全县城镇新增就业2.5万人,新建高标准农田10万亩,地区生产总值年均增长6%。",
        "facts": [
            ("new_urban_jobs", "level", 25000.0, 2030, "", "target", 2026),
            ("high_standard_farmland", "level", 100000.0, 2030, "", "target", 2026),
            ("gdp", "cagr_pct", 6.0, 2030, "", "target", 2026),
        ],
        "absent": [("new_urban_jobs", "level", 25000.0, 2030, "", "target", None)],
    },
    {
        "id": "plan_period_funds_attracted_and_investment_summed",
        "text": "“十五五”期间,招商引资到位资金500亿元以上,累计完成固定资产投资1000亿元以上。",
        "facts": [
            ("investment_attracted", "level", 500.0, 2030, "", "target", 2026),
            ("fai", "level", 1000.0, 2030, "", "target", 2026),
        ],
        "absent": [("investment_attracted", "level", 500.0, 2030, "", "target", None)],
    },
    {
        "id": "years_ahead_of_a_new_term",
        "meta": TERM_META,
        "text": "未来五年,全县农村劳动力转移就业5万人,城镇新增就业1.5万人。",
        "facts": [
            ("labor_transfer", "level", 50000.0, 2027, "", "target", 2023),
            ("new_urban_jobs", "level", 15000.0, 2027, "", "target", 2023),
        ],
        "absent": [("new_urban_jobs", "level", 15000.0, 2027, "", "target", None)],
    },
    # ---- near misses: unchanged
    {
        "id": "levels_reached_by_the_span_end",
        "text": "今后五年,全县地区生产总值达到500亿元,森林覆盖率稳定在75%。",
        "facts": [
            ("gdp", "level", 500.0, 2030, "", "target", None),
            ("forest_coverage", "level", 75.0, 2030, "", "target", None),
        ],
        "absent": [("gdp", "level", 500.0, 2030, "", "target", 2026)],
    },
    {
        "id": "a_year_printed_for_the_target",
        "text": "今后五年,力争到2030年城镇新增就业6000人。",
        "facts": [("new_urban_jobs", "level", 6000.0, 2030, "", "target", None)],
        "absent": [("new_urban_jobs", "level", 6000.0, 2030, "", "target", 2026)],
    },
    {
        "id": "the_same_flow_in_a_review",
        "text": "五年来,全县城镇新增就业2.5万人,地区生产总值年均增长6.5%。",
        "facts": [
            ("new_urban_jobs", "level", 25000.0, 2025, "", "actual", 2021),
            ("gdp", "cagr_pct", 6.5, 2025, "", "actual", 2021),
        ],
        "absent": [],
    },
    {
        "id": "span_only_in_the_heading",
        "text": "二、“十五五”时期主要目标\n城镇新增就业2.5万人以上,新建高标准农田10万亩。",
        "facts": [
            ("new_urban_jobs", "level", 25000.0, 2030, "", "target", None),
            ("high_standard_farmland", "level", 100000.0, 2030, "", "target", None),
        ],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", PLAN_CASES, ids=[c["id"] for c in PLAN_CASES])
def test_plan_period_goals(case):
    check_case(case, META)


#: A county's review of the first half of 2024 (delivered in July).
HALF_META = {"year": 2024, "report_date": "2024-07-20", "region": "安福县", "level": "county"}

TABLE_CASES: list[dict] = [
    {
        "id": "part_column_beside_the_year_plan_under_an_execution_title",
        "text": "2024年主要经济指标计划完成情况\n"
        "| 指标 | 年计划 | 1-6月 | 增长% | 完成年计划% |\n"
        "| 地区生产总值(亿元) | 280 | 132.5 | 6.2 | 47.3 |\n",
        "facts": [
            ("gdp", "level", 280.0, 2024, "", "target", None),
            ("gdp", "level", 132.5, 2024, "M1-M6", "actual", None),
            ("gdp", "yoy_pct", 6.2, 2024, "M1-M6", "actual", None),
            ("gdp", "completion_pct", 47.3, 2024, "M1-M6", "actual", None),
        ],
        "absent": [("gdp", "level", 132.5, 2024, ""), ("gdp", "completion_pct", 47.3, 2024, "")],
    },
    {
        "id": "nine_months_column_with_units_and_a_dash",
        "meta": {"report_date": "2024-10-25"},
        "text": "安福县2024年国民经济和社会发展计划执行情况\n"
        "| 指标 | 单位 | 年计划 | 1—9月 | 增长% |\n"
        "| 一般公共预算收入 | 亿元 | 18 | 14.2 | 7.5 |\n"
        "| 城镇新增就业 | 人 | 5000 | 4300 | 3.2 |\n",
        "facts": [
            ("general_budget_revenue", "level", 18.0, 2024, "", "target", None),
            ("general_budget_revenue", "level", 14.2, 2024, "Q1-Q3", "actual", None),
            ("general_budget_revenue", "yoy_pct", 7.5, 2024, "Q1-Q3", "actual", None),
            ("new_urban_jobs", "level", 5000.0, 2024, "", "target", None),
            ("new_urban_jobs", "level", 4300.0, 2024, "Q1-Q3", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 14.2, 2024, ""), ("new_urban_jobs", "level", 4300.0, 2024, "")],
    },
    {
        "id": "plan_growth_before_the_part_and_its_growth",
        "text": "2024年主要经济指标计划完成情况\n"
        "| 指标 | 年计划 | 增长% | 1-6月 | 增长% |\n"
        "| 一般公共预算收入(亿元) | 18 | 6 | 9.9 | 7.5 |\n",
        "facts": [
            ("general_budget_revenue", "level", 18.0, 2024, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 6.0, 2024, "", "target", None),
            ("general_budget_revenue", "level", 9.9, 2024, "M1-M6", "actual", None),
            ("general_budget_revenue", "yoy_pct", 7.5, 2024, "M1-M6", "actual", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 7.5, 2024, "")],
    },
    # ---- near misses
    {
        "id": "parts_of_a_table_of_targets_stay_unread",
        "text": "安福县2024年分季度目标\n| 指标 | 单位 | 一季度 | 上半年 | 前三季度 | 全年 |\n"
        "| 地区生产总值 | 亿元 | 60 | 130 | 200 | 280 |\n",
        "facts": [],
        "absent": [("gdp", "level", 130.0), ("gdp", "level", 200.0)],
    },
    {
        "id": "part_column_under_a_title_of_targets_only",
        "text": "安福县2024年主要经济指标预期目标\n| 指标 | 单位 | 年计划 | 1-6月 | 增长% |\n"
        "| 地区生产总值 | 亿元 | 280 | 130 | 6.5 |\n",
        "facts": [("gdp", "level", 280.0, 2024, "", "target", None)],
        "absent": [("gdp", "level", 130.0), ("gdp", "yoy_pct", 6.5)],
    },
    {
        "id": "share_of_the_plan_beside_the_whole_years_outturn",
        "meta": {"report_date": "2025-01-15"},
        "text": "安福县2024年主要指标完成情况\n| 指标 | 单位 | 全年计划 | 完成 | 完成计划% |\n"
        "| 固定资产投资 | 亿元 | 130 | 135.2 | 104 |\n",
        "facts": [
            ("fai", "level", 130.0, 2024, "", "target", None),
            ("fai", "level", 135.2, 2024, "", "actual", None),
            ("fai", "completion_pct", 104.0, 2024, "", "actual", None),
        ],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", TABLE_CASES, ids=[c["id"] for c in TABLE_CASES])
def test_part_year_columns_of_plan_tables(case):
    check_case(case, HALF_META)
