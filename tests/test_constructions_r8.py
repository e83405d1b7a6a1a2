"""Constructions of years found by probing speeches, reviews and budget reports (session 7): a list
of years whose figures follow in the same order (2022年和2023年,…分别增长5.3%、7.8%), 前年 (the year
two before the report is delivered), a clause that opens on a base year (与2019年相比,…增长18.6%:
growth over several years, not a year's), 今年 beside 去年 in a report of January (去年完成…,今年预计…:
the new year, not the year the report looks back on), and a budget allocation (预算安排, 安排预算: a
target) whose growth is measured against last year's outturn (比上年执行数增长4.4%: still the budget's),
and a rise in points after a fall with no rate named (下降3.1%,比上年提高0.5个百分点: its sign cannot be told).

Each case is a short passage of its own (not copied from a dev set) written for one construction:
the facts it must give (indicator, measure, value, year, subperiod, kind, period_start) and the
keys it must not give (a prefix of that tuple). Every case but the near-misses failed before.
"""

from __future__ import annotations

import pytest
from passages import check_case

#: A work report of January 2024 on 2023.
META = {"year": 2023, "report_date": "2024-01-12", "region": "临泉县", "level": "county"}
CITY = {"region": "阜阳市", "level": "city"}

CASES: list[dict] = [
    # ---- a list of years, then the figures in the same order
    {
        "id": "two_years_listed_before_the_subject_respectively",
        "text": "2022年和2023年,全县一般公共预算收入分别增长5.3%、7.8%。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 5.3, 2022, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 7.8, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 5.3, 2023)],
    },
    {
        "id": "three_years_listed_after_the_subject_levels",
        "text": "全县生产总值2021年、2022年、2023年分别达到210亿元、232亿元、251亿元。",
        "facts": [
            ("gdp", "level", 210.0, 2021, "", "actual", None),
            ("gdp", "level", 232.0, 2022, "", "actual", None),
            ("gdp", "level", 251.0, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "level", 210.0, 2023)],
    },
    {
        "id": "two_years_one_suffix_levels_and_rates",
        "meta": CITY,
        "text": "2022、2023年,全市固定资产投资分别为1200亿元和1320亿元,分别增长8.1%、10%。",
        "facts": [
            ("fai", "level", 1200.0, 2022, "", "actual", None),
            ("fai", "level", 1320.0, 2023, "", "actual", None),
            ("fai", "yoy_pct", 8.1, 2022, "", "actual", None),
            ("fai", "yoy_pct", 10.0, 2023, "", "actual", None),
        ],
        "absent": [("fai", "level", 1200.0, 2023), ("fai", "yoy_pct", 8.1, 2023)],
    },
    {
        "id": "listed_years_one_figure_for_both_is_not_dated",
        "text": "2022年和2023年,全县一般公共预算收入均增长5%,税收占比稳步提高。",
        "facts": [],
        "absent": [("general_budget_revenue", "yoy_pct", 5.0, 2023)],
    },
    {
        # near-miss: a list of years that ends before another year printed for the figure
        "id": "listed_years_of_an_award_then_a_year_of_its_own",
        "text": "2021年和2022年全县连续两年获评全省县域经济发展先进县,2023年地区生产总值增长6.2%。",
        "facts": [("gdp", "yoy_pct", 6.2, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 6.2, 2022)],
    },
    {
        # near-miss: a span (2021—2023年) is not a list of years
        "id": "a_span_of_years_with_a_cumulative_sum",
        "text": "2021—2023年,全县累计完成固定资产投资385亿元,年均增长9.2%。",
        "facts": [("fai", "cagr_pct", 9.2, 2023, "", "actual", 2021)],
        "absent": [("fai", "level", 385.0, 2021), ("fai", "level", 385.0, 2022)],
    },
    # ---- 前年: two years before the report is delivered
    {
        "id": "year_before_last_then_last_year_in_a_speech",
        "text": "同志们,前年全县地区生产总值增长4.2%,去年全县地区生产总值增长6.1%,走出了低谷。",
        "facts": [
            ("gdp", "yoy_pct", 4.2, 2022, "", "actual", None),
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 4.2, 2023)],
    },
    {
        "id": "year_before_last_alone",
        "meta": {"year": 2022, "report_date": "2023-02-20"},
        "text": "前年,全县一般公共预算收入首次突破10亿元,达到10.6亿元。",
        "facts": [("general_budget_revenue", "level", 10.6, 2021, "", "actual", None)],
        "absent": [("general_budget_revenue", "level", 10.6, 2022)],
    },
    # ---- a clause that opens on a base year: growth over several years, no year-on-year fact
    {
        "id": "clause_opening_on_a_base_year_two_rates",
        "meta": {"year": 2021, "report_date": "2022-01-15"},
        "text": "与2019年相比,全县地区生产总值增长13.2%,两年平均增长6.4%。",
        "facts": [("gdp", "cagr_pct", 6.4, 2021, "", "actual", 2020)],
        "absent": [("gdp", "yoy_pct", 13.2)],
    },
    {
        "id": "clause_opening_on_a_base_year_two_subjects",
        "meta": CITY,
        "text": "同2020年相比,全市规模以上工业增加值增长26.5%,社会消费品零售总额增长18.2%。",
        "facts": [],
        "absent": [("industrial_va", "yoy_pct"), ("retail_sales", "yoy_pct")],
    },
    {
        "id": "clause_opening_on_a_base_year_with_jiao",
        "text": "较2018年,全县农村居民人均可支配收入增长52.3%,年均增长8.8%。",
        "facts": [],
        "absent": [("rural_income", "yoy_pct")],
    },
    {
        # near-miss: the base is the year before: year-on-year
        "id": "clause_opening_on_the_year_before_is_year_on_year",
        "text": "与2022年相比,全县地区生产总值增长6.2%,一般公共预算收入增长7.1%。",
        "facts": [
            ("gdp", "yoy_pct", 6.2, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 7.1, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near-miss: the base governs its ;-segment only
        "id": "base_year_opening_ends_at_the_semicolon",
        "text": "与2019年相比,全县地区生产总值增长18.6%;2023年,全县一般公共预算收入增长6%。",
        "facts": [("general_budget_revenue", "yoy_pct", 6.0, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct")],
    },
    # ---- 今年 beside 去年 in a report of January: the new year
    {
        "id": "last_year_done_this_year_expected_in_january",
        "text": "去年全县完成一般公共预算收入15.2亿元,今年预计完成一般公共预算收入16亿元。",
        "facts": [
            ("general_budget_revenue", "level", 15.2, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 16.0, 2024, "", "estimate", None),
        ],
        "absent": [("general_budget_revenue", "level", 16.0, 2023)],
    },
    {
        "id": "this_year_then_last_year_in_a_january_speech",
        "meta": {"year": 2023, "report_date": "2024-01-20"},
        "text": "今年预计完成一般公共预算收入16亿元,去年为15.2亿元。",
        "facts": [("general_budget_revenue", "level", 16.0, 2024, "", "estimate", None)],
        "absent": [("general_budget_revenue", "level", 16.0, 2023)],
    },
    {
        # near-miss: 去年 as the base of a comparison (比去年) leaves 今年 the year looked back on
        "id": "this_year_compared_with_last_year_in_january",
        "text": "今年全县一般公共预算收入预计完成16亿元,比去年增长5.3%。",
        "facts": [
            ("general_budget_revenue", "level", 16.0, 2023, "", "estimate", None),
            ("general_budget_revenue", "yoy_pct", 5.3, 2023, "", "estimate", None),
        ],
        "absent": [("general_budget_revenue", "level", 16.0, 2024)],
    },
    # ---- a budget allocation (预算安排, 安排预算) is the year's budget: a target; last year's
    # outturn named as the base of its growth (比上年执行数增长) does not make the growth an outturn
    {
        "id": "initial_budget_allocation_adjusted_budget_and_outturn",
        "text": "一般公共预算支出年初预算安排40亿元,调整后预算为42亿元,实际完成41.5亿元,完成调整预算的98.8%。",
        "facts": [
            ("fiscal_expenditure", "level", 40.0, 2023, "", "target", None),
            ("fiscal_expenditure", "level", 42.0, 2023, "", "target", None),
            ("fiscal_expenditure", "level", 41.5, 2023, "", "actual", None),
            ("fiscal_expenditure", "completion_pct", 98.8, 2023, "", "actual", None),
        ],
        "absent": [("fiscal_expenditure", "level", 40.0, 2023, "", "actual")],
    },
    {
        "id": "budget_draft_allocation_grows_over_last_years_outturn",
        "meta": {"year": 2023, "report_date": "2024-01-10"},
        "text": "2024年全县一般公共预算收入预算安排16.5亿元,比上年执行数增长4.4%。",
        "facts": [
            ("general_budget_revenue", "level", 16.5, 2024, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 4.4, 2024, "", "target", None),
        ],
        "absent": [("general_budget_revenue", "level", 16.5, 2024, "", "actual")],
    },
    {
        "id": "budget_grows_over_last_years_final_accounts",
        "meta": CITY,
        "text": "全市一般公共预算支出安排预算320亿元,较去年决算数增长3.2%。",
        "facts": [
            ("fiscal_expenditure", "level", 320.0, 2023, "", "target", None),
            ("fiscal_expenditure", "yoy_pct", 3.2, 2023, "", "target", None),
        ],
        "absent": [("fiscal_expenditure", "yoy_pct", 3.2, 2023, "", "actual")],
    },
    {
        # near-miss: the year's own final accounts after its budget are the outturn
        "id": "budget_then_final_accounts_of_the_year",
        "text": "一般公共预算收入预算10.5亿元,决算数10.8亿元,增长6%。",
        "facts": [
            ("general_budget_revenue", "level", 10.5, 2023, "", "target", None),
            ("general_budget_revenue", "level", 10.8, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 6.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- gross industrial output named without 总 (规上工业产值): industrial_output
    {
        "id": "gross_output_without_zong_growth",
        "text": "全年新增规上工业企业18家,规上工业产值增长15.2%。",
        "facts": [("industrial_output", "yoy_pct", 15.2, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "gross_output_without_zong_level_then_firms_by_size",
        "text": "全县规模以上工业产值达到312亿元,增长9.1%,规上工业产值超亿元企业达到25家。",
        "facts": [
            ("industrial_output", "level", 312.0, 2023, "", "actual", None),
            ("industrial_output", "yoy_pct", 9.1, 2023, "", "actual", None),
        ],
        "absent": [("industrial_output", "level", 25.0)],
    },
    # ---- a rise in points after a fall, no rate named: did the fall grow or the rate rise? no fact
    {
        "id": "rise_in_points_after_an_energy_fall",
        "text": "全县单位GDP能耗下降3.1%,比上年提高0.5个百分点。",
        "facts": [("energy_intensity", "yoy_pct", -3.1, 2023, "", "actual", None)],
        "absent": [("energy_intensity", "pp_change")],
    },
    {
        "id": "faster_in_points_after_an_output_fall",
        "meta": CITY,
        "text": "全市规模以上工业增加值下降4.5%,比上年同期加快2.3个百分点。",
        "facts": [("industrial_va", "yoy_pct", -4.5, 2023, "", "actual", None)],
        "absent": [("industrial_va", "pp_change")],
    },
    {
        # near-miss: the growth rate named (增速) tells which rose
        "id": "growth_rate_named_rises_after_a_fall",
        "text": "全县一般公共预算收入下降3.2%,增速比上年提高4.1个百分点。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", -3.2, 2023, "", "actual", None),
            ("general_budget_revenue", "pp_change", 4.1, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near-miss: a fall in points after a fall is the rate's fall, whichever way it is read
        "id": "fall_in_points_after_a_fall",
        "text": "全县地区生产总值下降2.1%,比上年回落5个百分点。",
        "facts": [
            ("gdp", "yoy_pct", -2.1, 2023, "", "actual", None),
            ("gdp", "pp_change", -5.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)
