"""Growth rates with price and scope qualifiers, several rates of one subject, rates of a part, growth over a base.

Each case is a short passage of its own (not copied from a dev set) written for one construction: the
facts it must give (indicator, measure, value, year, subperiod, kind, period_start) and the keys it
must not give (a prefix of that tuple). The scorer keys a fact on (indicator, measure, year,
sub-period): of two rates of one key printed on two bases (名义/实际, 现价/可比价, 自然口径/同口径,
before and after 剔除…因素), only the adjusted one is the fact; the other is kept on its flags.
"""

from __future__ import annotations

import pytest
from passages import check_case, passage_facts

META = {"year": 2023, "report_date": "2024-01-15", "region": "青川县", "level": "county"}

CASES: list[dict] = [
    # ---- two rates on two bases: the real / comparable / adjusted one is the fact
    {
        "id": "nominal_then_real_after_price_factor",
        "text": "全年规模以上工业增加值按现价计算增长11.4%,扣除价格因素后实际增长7.9%。",
        "facts": [("industrial_va", "yoy_pct", 7.9, 2023, "", "actual", None)],
        "absent": [("industrial_va", "yoy_pct", 11.4)],
    },
    {
        "id": "real_then_nominal",
        "text": "全县社会消费品零售总额实际增长4.6%,名义增长6.2%,总额达到38.7亿元。",
        "facts": [
            ("retail_sales", "yoy_pct", 4.6, 2023, "", "actual", None),
            ("retail_sales", "level", 38.7, 2023, "", "actual", None),
        ],
        "absent": [("retail_sales", "yoy_pct", 6.2)],
    },
    {
        "id": "nominal_and_real_after_level",
        "text": "全县实现地区生产总值96.3亿元,名义增长7.7%,实际增长5.2%。",
        "facts": [
            ("gdp", "level", 96.3, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 5.2, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 7.7)],
    },
    {
        "id": "bulletin_current_and_comparable_price",
        "text": "初步核算,全年全县生产总值(GDP)128.6亿元,按现价计算增长8.4%,按可比价格计算,比上年增长6.1%。",
        "facts": [
            ("gdp", "level", 128.6, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 8.4)],
    },
    {
        "id": "part_year_current_and_comparable_price",
        "text": "上半年,全县规模以上工业增加值现价增长10.3%,按可比价计算增长7.2%。",
        "facts": [("industrial_va", "yoy_pct", 7.2, 2023, "H1", "actual", None)],
        "absent": [("industrial_va", "yoy_pct", 10.3)],
    },
    {
        "id": "constant_price_rate_after_current_price_level",
        "text": "地区生产总值现价总量达142亿元,按不变价格计算增长5.9%。",
        "facts": [
            ("gdp", "level", 142.0, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 5.9, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- fiscal revenue: the headline before 剔除/扣除…因素, or 自然口径, beside the comparable one
    {
        "id": "headline_then_rebate_excluded",
        "text": "全县一般公共预算收入完成9.8亿元,增长2.1%,剔除留抵退税因素后增长7.3%。",
        "facts": [
            ("general_budget_revenue", "level", 9.8, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 7.3, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 2.1)],
    },
    {
        "id": "same_caliber_then_natural_caliber",
        "text": "一般公共预算收入12.4亿元,扣除留抵退税因素后同口径增长8.6%,自然口径增长3.2%。",
        "facts": [
            ("general_budget_revenue", "level", 12.4, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 8.6, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 3.2)],
    },
    {
        "id": "rebate_excluded_then_natural_caliber_computed",
        "text": "全县地方一般公共预算收入完成8.7亿元,扣除增值税留抵退税因素后增长6.5%,按自然口径计算增长1.2%。",
        "facts": [
            ("general_budget_revenue", "level", 8.7, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 6.5, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 1.2)],
    },
    {
        "id": "same_caliber_with_natural_caliber_in_brackets",
        "text": "2023年,全县一般公共预算收入完成11.2亿元,为调整预算的101.5%,同口径增长9.1%(自然口径增长2.6%)。",
        "facts": [
            ("general_budget_revenue", "completion_pct", 101.5, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 9.1, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 2.6)],
    },
    {
        "id": "headline_and_same_caliber_then_another_subject",
        "text": "全县一般公共预算收入完成12.6亿元,同比增长3.1%,剔除留抵退税因素后同口径增长9.4%;固定资产投资增长1.8%。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 9.4, 2023, "", "actual", None),
            ("fai", "yoy_pct", 1.8, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 3.1)],
    },
    {
        "id": "not_excluded_then_excluded",
        "text": "全县一般公共预算收入完成9.8亿元,未剔除留抵退税因素增长2.1%,剔除后增长7.3%。",
        "facts": [("general_budget_revenue", "yoy_pct", 7.3, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct", 2.1)],
    },
    # ---- lists of rates on two bases: a later member has the basis of the list's first figure
    {
        "id": "respective_rates_on_two_bases",
        "text": "地区生产总值和规模以上工业增加值现价分别增长9%和10%,扣除价格因素分别增长6%和7%。",
        "facts": [
            ("gdp", "yoy_pct", 6.0, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 7.0, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 9.0), ("industrial_va", "yoy_pct", 10.0)],
    },
    {
        "id": "urban_and_rural_rates_on_two_bases",
        "text": "城乡居民人均可支配收入分别达到38620元、16850元,名义增长5.1%、7.3%,实际增长3.2%、5.4%。",
        "facts": [
            ("urban_income", "yoy_pct", 3.2, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 5.4, 2023, "", "actual", None),
        ],
        "absent": [("urban_income", "yoy_pct", 5.1), ("rural_income", "yoy_pct", 7.3)],
    },
    {
        "id": "parts_after_qizhong_on_two_bases",
        "text": "全县地区生产总值86.42亿元,增长5.7%。其中,第一产业增加值17.35亿元,现价增长6%,实际增长4.1%;第二产业增加值25.18亿元,现价增长8.9%,实际增长6.9%。",
        "facts": [
            ("gdp", "yoy_pct", 5.7, 2023, "", "actual", None),
            ("primary_va", "yoy_pct", 4.1, 2023, "", "actual", None),
            ("secondary_va", "yoy_pct", 6.9, 2023, "", "actual", None),
        ],
        "absent": [("primary_va", "yoy_pct", 6.0), ("secondary_va", "yoy_pct", 8.9)],
    },
    # ---- the rate on another basis in the next sentence (its subject in the sentence before)
    {
        "id": "comparable_rate_in_the_next_sentence",
        "text": "全县地区生产总值完成142亿元,现价增长8.8%。按可比价格计算,增长5.9%。",
        "facts": [
            ("gdp", "level", 142.0, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 5.9, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 8.8)],
    },
    {
        "id": "rebate_excluded_rate_in_the_next_sentence",
        "text": "一般公共预算收入完成9.8亿元,增长2.1%。剔除留抵退税因素后,增长7.3%。",
        "facts": [
            ("general_budget_revenue", "level", 9.8, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 7.3, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 2.1)],
    },
    {
        "id": "real_income_rate_in_the_next_sentence",
        "text": "全县城镇居民人均可支配收入38620元,名义增长5.1%。扣除价格因素,实际增长4.2%。上半年全县地区生产总值完成62亿元。按可比价格计算,同比增长6.4%。",
        "facts": [
            ("urban_income", "level", 38620.0, 2023, "", "actual", None),
            ("urban_income", "yoy_pct", 4.2, 2023, "", "actual", None),
            ("gdp", "level", 62.0, 2023, "H1", "actual", None),
            ("gdp", "yoy_pct", 6.4, 2023, "H1", "actual", None),
        ],
        "absent": [("urban_income", "yoy_pct", 5.1)],
    },
    {
        "id": "next_sentence_with_a_subject_of_its_own",
        # its own subject (or a non-catalog one: 税收收入) takes the rate, not the sentence before's
        "text": (
            "全县地区生产总值完成142亿元。按可比价格计算,全县规模以上工业增加值增长5.9%。"
            "全县一般公共预算收入完成9.8亿元,增长2.1%。剔除留抵退税因素后,全县税收收入增长7.3%。"
        ),
        "facts": [
            ("gdp", "level", 142.0, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 5.9, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 2.1, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct"), ("general_budget_revenue", "yoy_pct", 7.3)],
    },
    # ---- one rate on one basis: kept, whatever the basis
    {
        "id": "only_a_current_price_rate",
        "text": "全县地区生产总值完成215亿元,现价增长9.1%。",
        "facts": [("gdp", "yoy_pct", 9.1, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "only_a_nominal_rate",
        "text": "全年社会消费品零售总额完成45.6亿元,名义增长6.8%。",
        "facts": [("retail_sales", "yoy_pct", 6.8, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "only_a_comparable_price_rate",
        "text": "2023年,全县实现地区生产总值128.6亿元,按可比价格计算,增长6.1%。全年地方一般公共预算收入8.1亿元,同口径增长5.4%。",
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 5.4, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- a target and an actual of one rate are two kinds, not two bases
    {
        "id": "target_and_actual_rate",
        "text": "全县地区生产总值目标增长7%,实际增长7.5%。",
        "facts": [("gdp", "yoy_pct", 7.5, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 7.0, 2023, "", "actual")],
    },
    # ---- a growth rate that fell or rose to a figure: the figure is the rate, positive; a share that
    # fell to a figure is its level
    {
        "id": "growth_rate_fell_to",
        "meta": {"year": 2021, "report_date": "2022-01-15"},
        "text": "全县地区生产总值增速回落至3.1%,规模以上工业增加值增速提高到9.5%。社会消费品零售总额增长回落至3%。",
        "facts": [
            ("gdp", "yoy_pct", 3.1, 2021, "", "actual", None),
            ("industrial_va", "yoy_pct", 9.5, 2021, "", "actual", None),
            ("retail_sales", "yoy_pct", 3.0, 2021, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", -3.1), ("retail_sales", "yoy_pct", -3.0)],
    },
    {
        "id": "growth_rate_reached",
        "text": "全县地区生产总值增速达到6.1%,比全国、全省分别高1.1和0.8个百分点。一般公共预算收入增幅达到12%;增速为负3.2%的是社会消费品零售总额。",
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 12.0, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "pp_change"), ("gdp", "yoy_pct", 1.1), ("gdp", "yoy_pct", 0.8)],
    },
    {
        "id": "growth_rate_fell_points_to",
        "meta": {"year": 2021, "report_date": "2022-01-15"},
        "text": "一般公共预算收入增速比上年回落2个百分点至4.3%;固定资产投资增幅收窄至4.8%。",
        "facts": [
            ("general_budget_revenue", "pp_change", -2.0, 2021, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 4.3, 2021, "", "actual", None),
            ("fai", "yoy_pct", 4.8, 2021, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level"), ("fai", "yoy_pct", -4.8)],
    },
    {
        "id": "rate_level_fell_back_to",
        "meta": {"year": 2021, "report_date": "2022-01-15"},
        "text": "全县城镇登记失业率回落至3.5%,贫困发生率回落到0.8%,森林覆盖率回升到62%。",
        "facts": [
            ("unemployment_rate", "level", 3.5, 2021, "", "actual", None),
            ("poverty_incidence", "level", 0.8, 2021, "", "actual", None),
            ("forest_coverage", "level", 62.0, 2021, "", "actual", None),
        ],
        "absent": [("unemployment_rate", "yoy_pct"), ("poverty_incidence", "yoy_pct")],
    },
    {
        "id": "growth_rate_changed_from_to",
        # the start is the base year's growth rate, the end the year described's (EXTRACTION.md: 由X增至Y)
        "meta": {"year": 2021, "report_date": "2022-01-15"},
        "text": "全县规模以上工业增加值增速由2020年的-2.1%提高到8.5%,一般公共预算收入增幅由上年的3%回升至7.2%。",
        "facts": [
            ("industrial_va", "yoy_pct", -2.1, 2020, "", "actual", None),
            ("industrial_va", "yoy_pct", 8.5, 2021, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 3.0, 2020, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 7.2, 2021, "", "actual", None),
        ],
        "absent": [("industrial_va", "yoy_pct", -2.1, 2021), ("general_budget_revenue", "yoy_pct", 3.0, 2021)],
    },
    {
        "id": "growth_rate_turned_from_fall_to_rise",
        "text": (
            "全县地区生产总值增速由上年的-1.2%转为增长5.3%。全县固定资产投资由上年下降3.5%转为增长6.2%。"
            "一般公共预算收入由上年的下降8.1%转为增长4.6%。"
        ),
        "facts": [
            ("gdp", "yoy_pct", -1.2, 2022, "", "actual", None),
            ("gdp", "yoy_pct", 5.3, 2023, "", "actual", None),
            ("fai", "yoy_pct", -3.5, 2022, "", "actual", None),
            ("fai", "yoy_pct", 6.2, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", -8.1, 2022, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 4.6, 2023, "", "actual", None),
        ],
        "absent": [
            ("gdp", "yoy_pct", -1.2, 2023),
            ("fai", "yoy_pct", -3.5, 2023),
            ("general_budget_revenue", "yoy_pct", -8.1, 2023),
        ],
    },
    {
        "id": "growth_rate_rose_from_a_year_to",
        "text": "全县地区生产总值增速从2022年的2.1%提升至6.3%。",
        "facts": [
            ("gdp", "yoy_pct", 2.1, 2022, "", "actual", None),
            ("gdp", "yoy_pct", 6.3, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 2.1, 2023)],
    },
    # ---- growth over a plan's end (较“十三五”末): a base, not the figure's time
    {
        "id": "growth_over_plan_end_one_year_later",
        "meta": {"year": 2021, "report_date": "2022-01-15"},
        "text": "一般公共预算收入较“十三五”末增长30%,地区生产总值较2020年增长8%。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 30.0, 2021, "", "actual", None),
            ("gdp", "yoy_pct", 8.0, 2021, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 30.0, 2020), ("gdp", "yoy_pct", 8.0, 2020)],
    },
    {
        "id": "growth_over_plan_end_several_years_later",
        "text": "全县地区生产总值达到150亿元,比十三五末增长28.5%;固定资产投资比“十三五”期末增长15%。一般公共预算收入较“十三五”末增长30%。",
        "facts": [("gdp", "level", 150.0, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct"), ("fai",), ("general_budget_revenue",)],
    },
    # ---- growth over several years between a year's growth and a two-year average: the average
    # continues the subject (the base year 2021年 is no figure of the clause's own)
    {
        "id": "two_year_average_after_growth_over_two_years",
        "text": "全县地区生产总值增长8.1%,比2021年增长12.6%,两年平均增长6.1%。规模以上工业增加值增长9%,较2021年增长15.2%,两年平均增长7.3%。",
        "facts": [
            ("gdp", "yoy_pct", 8.1, 2023, "", "actual", None),
            ("gdp", "cagr_pct", 6.1, 2023, "", "actual", 2022),
            ("industrial_va", "yoy_pct", 9.0, 2023, "", "actual", None),
            ("industrial_va", "cagr_pct", 7.3, 2023, "", "actual", 2022),
        ],
        "absent": [("gdp", "yoy_pct", 12.6), ("industrial_va", "yoy_pct", 15.2)],
    },
    {
        "id": "counted_average_has_its_span",
        "text": "全县地区生产总值增长6.1%,三年平均增长4.8%。全县一般公共预算收入达到12亿元,五年年均增长9.8%。",
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("gdp", "cagr_pct", 4.8, 2023, "", "actual", 2021),
            ("general_budget_revenue", "cagr_pct", 9.8, 2023, "", "actual", 2019),
        ],
        "absent": [],
    },
    {
        "id": "change_of_rate_against_another_period_is_no_fact",
        "text": "全县地区生产总值增长6.1%,增速比上年提高0.8个百分点,比前三季度提高0.3个百分点。一般公共预算收入增长5.2%,增速较1-11月提高0.6个百分点。",
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("gdp", "pp_change", 0.8, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 5.2, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "pp_change", 0.3), ("general_budget_revenue", "pp_change")],
    },
    # ---- one rate for two subjects (regressions: output already right)
    {
        "id": "respective_rates_of_urban_and_rural",
        "text": "城乡居民人均可支配收入分别增长7.8%和8.9%,增速均高于全市平均水平。",
        "facts": [
            ("urban_income", "yoy_pct", 7.8, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 8.9, 2023, "", "actual", None),
        ],
        "absent": [("resident_income",)],
    },
    {
        "id": "respective_levels_and_rates",
        "text": "城镇、农村常住居民人均可支配收入分别达到38620元和16850元,分别增长5.1%、7.3%。城乡居民收入分别达到3.6万元、1.7万元。",
        "meta": {"year": 2022, "report_date": "2023-01-15"},
        "facts": [
            ("urban_income", "level", 38620.0, 2022, "", "actual", None),
            ("rural_income", "level", 16850.0, 2022, "", "actual", None),
            ("urban_income", "yoy_pct", 5.1, 2022, "", "actual", None),
            ("rural_income", "yoy_pct", 7.3, 2022, "", "actual", None),
        ],
        "values": [("urban_income", 36000.0), ("rural_income", 17000.0)],
        "absent": [("resident_income",)],
    },
    {
        "id": "both_grew_by_one_rate",
        "text": "城镇和农村居民人均可支配收入均增长7%。",
        "facts": [
            ("urban_income", "yoy_pct", 7.0, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 7.0, 2023, "", "actual", None),
        ],
        "absent": [("resident_income",)],
    },
    {
        "id": "one_rate_of_a_compound_subject_alone",
        # 城乡居民收入增长8%: all residents' or each member's? Not a fact either way (attribution._whole_figure).
        "text": "城镇居民人均可支配收入增长7.5%。城乡居民收入增长8%。",
        "facts": [("urban_income", "yoy_pct", 7.5, 2023, "", "actual", None)],  # the guard: a named member
        "absent": [("resident_income",), ("urban_income", "yoy_pct", 8.0), ("rural_income",)],
    },
    {
        "id": "one_level_and_rate_of_a_compound_subject",
        "text": "城乡居民人均可支配收入达到25800元,增长6.9%。",
        "facts": [
            ("resident_income", "level", 25800.0, 2023, "", "actual", None),
            ("resident_income", "yoy_pct", 6.9, 2023, "", "actual", None),
        ],
        "absent": [("urban_income",), ("rural_income",)],
    },
    {
        "id": "two_fiscal_subjects_respective_rates",
        # 税收收入 is no catalog indicator: its 6% is nobody's fact.
        "text": "一般公共预算收入和税收收入分别增长5%、6%。",
        "facts": [("general_budget_revenue", "yoy_pct", 5.0, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct", 6.0)],
    },
    # ---- rates of a part: the part's rate is not the whole's
    {
        "id": "tax_part_rate_not_revenue",
        "text": "一般公共预算收入完成6.3亿元,增长4.2%,其中税收收入4.1亿元,增长8.1%。",
        "facts": [("general_budget_revenue", "yoy_pct", 4.2, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct", 8.1), ("general_budget_revenue", "level", 4.1)],
    },
    {
        "id": "tax_part_rate_without_a_whole_rate",
        "text": "一般公共预算收入完成6.3亿元,其中税收收入4.1亿元,增长8.1%。",
        "facts": [("general_budget_revenue", "level", 6.3, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct"), ("general_budget_revenue", "level", 4.1)],
    },
    {
        "id": "non_catalog_part_of_investment",
        "text": "工业投资增长12%,其中技改投资增长20%。固定资产投资增长10.2%,其中民间投资增长4.5%。",
        "facts": [
            ("industrial_investment", "yoy_pct", 12.0, 2023, "", "actual", None),
            ("fai", "yoy_pct", 10.2, 2023, "", "actual", None),
            ("private_investment", "yoy_pct", 4.5, 2023, "", "actual", None),
        ],
        "absent": [("industrial_investment", "yoy_pct", 20.0), ("fai", "yoy_pct", 4.5)],
    },
    {
        "id": "non_catalog_parts_of_a_rate",
        "text": (
            "全县社会消费品零售总额增长8.2%,其中限额以上单位消费品零售额增长10.5%,网络零售额增长25%。"
            "规模以上工业增加值增长8.5%,其中:国有企业增长5%,股份制企业增长9%,外商投资企业下降2%。"
        ),
        "facts": [
            ("retail_sales", "yoy_pct", 8.2, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 8.5, 2023, "", "actual", None),
        ],
        "absent": [
            ("retail_sales", "yoy_pct", 10.5),
            ("retail_sales", "yoy_pct", 25.0),
            ("industrial_va", "yoy_pct", 5.0),
            ("industrial_va", "yoy_pct", 9.0),
            ("industrial_va", "yoy_pct", -2.0),
        ],
    },
    {
        "id": "catalog_part_is_its_own_indicator",
        "text": "财政总收入完成20.1亿元,其中一般公共预算收入11.3亿元,增长6.2%。全县固定资产投资完成85亿元,其中工业投资32亿元,增长15%。",
        "facts": [
            ("fiscal_revenue", "level", 20.1, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 11.3, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 6.2, 2023, "", "actual", None),
            ("fai", "level", 85.0, 2023, "", "actual", None),
            ("industrial_investment", "yoy_pct", 15.0, 2023, "", "actual", None),
        ],
        "absent": [("fiscal_revenue", "yoy_pct"), ("fai", "yoy_pct")],
    },
    {
        "id": "sector_parts_after_qizhong_colon",
        "text": "地区生产总值186亿元,增长5.6%。其中:第一产业增加值31亿元,增长3.9%;第二产业增加值72亿元,增长6.8%。",
        "facts": [
            ("gdp", "yoy_pct", 5.6, 2023, "", "actual", None),
            ("primary_va", "level", 31.0, 2023, "", "actual", None),
            ("secondary_va", "yoy_pct", 6.8, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 3.9), ("gdp", "yoy_pct", 6.8), ("gdp", "level", 31.0)],
    },
    # ---- growth over a base: absolute increases, multiples and doublings are not levels or rates
    {
        "id": "absolute_increase_is_no_level",
        "text": "全县地区生产总值比上年增长6.3%,一般公共预算收入较上年增加1.2亿元。",
        "facts": [("gdp", "yoy_pct", 6.3, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue",)],
    },
    {
        "id": "absolute_increase_between_level_and_rate",
        "text": "一般公共预算收入完成9.2亿元,比上年增加0.8亿元,增长9.5%。农村居民人均可支配收入16500元,比上年增加1150元,增长7.5%。",
        "facts": [
            ("general_budget_revenue", "level", 9.2, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 9.5, 2023, "", "actual", None),
            ("rural_income", "level", 16500.0, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 7.5, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 0.8), ("rural_income", "level", 1150.0)],
    },
    {
        "id": "revenue_increase_and_decrease_amounts",
        "text": "全年一般公共预算收入7.6亿元,增收3000万元,增长4.1%。税收收入较上年减收0.6亿元,一般公共预算支出下降5.3%。",
        "facts": [
            ("general_budget_revenue", "level", 7.6, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 4.1, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", -5.3, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 0.3), ("general_budget_revenue", "level", 0.6)],
    },
    {
        "id": "net_and_average_increases_are_no_levels",
        "text": (
            "全县金融机构贷款余额净增12亿元。各项贷款余额达到120亿元,比年初净增12亿元,增长11%。"
            "全县一般公共预算收入比上年多收0.8亿元,增长9%。"
            "全县农村居民人均可支配收入达到16500元,年均增加1200元,年均增长8%。"
        ),
        "facts": [
            ("loan_balance", "level", 120.0, 2023, "", "actual", None),
            ("loan_balance", "yoy_pct", 11.0, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 9.0, 2023, "", "actual", None),
            ("rural_income", "level", 16500.0, 2023, "", "actual", None),
            ("rural_income", "cagr_pct", 8.0, 2023, "", "actual", None),
        ],
        "absent": [
            ("loan_balance", "level", 12.0),
            ("general_budget_revenue", "level", 0.8),
            ("rural_income", "level", 1200.0),
        ],
    },
    {
        "id": "multiples_and_doubling_are_no_rates",
        "text": "全县实际利用外资1.5亿美元,增长1.2倍;农村居民人均可支配收入比2015年翻一番。全县规模以上工业总产值比上年增长1.5倍,固定资产投资是2018年的2.1倍。",
        "facts": [("fdi", "level", 15000.0, 2023, "", "actual", None)],  # the guard: the level beside the multiple
        "absent": [
            ("fdi", "yoy_pct"),
            ("rural_income",),
            ("industrial_output",),
            ("fai",),
        ],
    },
    {
        "id": "change_of_a_growth_rate_in_points",
        # the seeds' gold reads 增速…较上年增长2.3个百分点 as the indicator's pp_change
        "text": "规模以上工业增加值增长8.2%,比上年提高1.6个百分点。全县地区生产总值比上年增长6.3%,增速较前三季度回落0.4个百分点。",
        "facts": [
            ("industrial_va", "yoy_pct", 8.2, 2023, "", "actual", None),
            ("industrial_va", "pp_change", 1.6, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.3, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "pp_change")],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_construction(case):
    check_case(case, META)


@pytest.mark.parametrize(
    ("text", "indicator", "value", "flag"),
    [
        ("全年规模以上工业增加值现价增长9.2%,扣除价格因素实际增长6.0%。", "industrial_va", 6.0, "unadjusted=9.2"),
        (
            "全县一般公共预算收入完成9.8亿元,增长2.1%,剔除留抵退税因素后增长7.3%。",
            "general_budget_revenue",
            7.3,
            "unadjusted=2.1",
        ),
        ("全县社会消费品零售总额52.3亿元,名义增长8%,实际增长5.5%。", "retail_sales", 5.5, "unadjusted=8"),
    ],
)
def test_the_rate_left_out_is_on_the_kept_facts_flags(text, indicator, value, flag):
    f = passage_facts({"id": "flags", "text": text}, META)
    rates = f[(f.indicator == indicator) & (f.measure == "yoy_pct")]
    assert list(rates.value) == [value]
    assert flag in rates["flags"].iloc[0].split(",")
    assert "conflict" not in rates["flags"].iloc[0]


def test_two_adjusted_rates_of_one_key_stay_and_conflict():
    """Two rates printed on two comparable bases: no basis decides, both stay flagged (no silent choice)."""
    text = "全县一般公共预算收入完成15.3亿元,按同口径计算增长8.2%,可比增长9.6%。"
    f = passage_facts({"id": "two_adjusted", "text": text}, META)
    rates = f[(f.indicator == "general_budget_revenue") & (f.measure == "yoy_pct")]
    assert sorted(rates.value) == [8.2, 9.6]
    assert all("conflict" in fl.split(",") for fl in rates["flags"])
