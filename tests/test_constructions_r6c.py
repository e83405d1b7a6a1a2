"""Constructions of periods found by probing: multi-year spans, cumulative sums, part-year and
year-to-date figures, and the completion of a task.

Each case is a short passage of its own (not copied from a dev set) written for one construction:
its meta, the facts it must give (indicator, measure, value, year, subperiod, kind, period_start)
and the keys it must not give (a prefix of that tuple).
"""

from __future__ import annotations

import pytest
from passages import check_case, passage_facts

META_2023 = {"year": 2022, "report_date": "2023-01-12", "region": "苍溪县", "level": "county"}
META_2021 = {"year": 2020, "report_date": "2021-01-18", "region": "苍溪县", "level": "county"}

CASES: list[dict] = [
    # ---- 五年累计 opening a paragraph under a plan heading: the plan's five years, not the last five
    {
        "id": "plan_heading_fiveyear_sum_opening",
        "meta": META_2021,
        "text": (
            "二、“十四五”时期主要目标\n"
            "五年累计完成固定资产投资1800亿元。\n"
            "三、2021年重点工作\n"
            "今年完成固定资产投资400亿元。"
        ),
        "facts": [
            ("fai", "level", 1800.0, 2025, "", "target", 2021),
            ("fai", "level", 400.0, 2021, "", "target", None),
        ],
        "absent": [("fai", "level", 1800.0, 2020)],
    },
    {
        "id": "plan_heading_fiveyear_sum_opening_next_plan",
        "meta": {"year": 2025, "report_date": "2026-01-20"},
        "text": (
            "一、“十四五”时期工作回顾\n"
            "五年累计完成固定资产投资2100亿元。\n"
            "二、“十五五”时期奋斗目标\n"
            "五年累计完成固定资产投资3000亿元，年均增长6%。"
        ),
        "facts": [
            ("fai", "level", 2100.0, 2025, "", "actual", 2021),
            ("fai", "level", 3000.0, 2030, "", "target", 2026),
        ],
        "absent": [("fai", "level", 3000.0, 2025)],
    },
    # ---- 2019—2022年累计: a span of printed years, the end year not a year of its own
    {
        "id": "printed_span_cumulative",
        "text": "2019—2022年，全县累计完成造林面积5.6万亩，建成高标准农田12.3万亩。",
        "facts": [
            ("afforestation", "level", 56000.0, 2022, "", "actual", 2019),
            ("high_standard_farmland", "level", 123000.0, 2022, "", "actual", 2019),
        ],
        "absent": [("afforestation", "level", 56000.0, 2022, "", "actual", None)],
    },
    {
        "id": "printed_span_cumulative_two_years_printed",
        "text": "2019年至2022年，全县累计完成造林面积5.6万亩。2022年，全县完成造林1.2万亩。",
        "facts": [
            ("afforestation", "level", 56000.0, 2022, "", "actual", 2019),
            ("afforestation", "level", 12000.0, 2022, "", "actual", None),
        ],
        "absent": [("afforestation", "level", 56000.0, 2022, "", "actual", None)],
    },
    # ---- a target that is the yardstick of a completion share: the figures after it are actuals
    {
        "id": "completion_yardstick_then_growth",
        "meta": {"year": 2023, "report_date": "2023-07-08"},
        "text": (
            "上半年，全县固定资产投资完成38.2亿元，占全年目标的51.3%，同比增长6.6%；"
            "一般公共预算收入完成4.6亿元，占年度计划的56%，增长3.1%。"
        ),
        "facts": [
            ("fai", "completion_pct", 51.3, 2023, "H1", "actual", None),
            ("fai", "yoy_pct", 6.6, 2023, "H1", "actual", None),
            ("general_budget_revenue", "completion_pct", 56.0, 2023, "H1", "actual", None),
            ("general_budget_revenue", "yoy_pct", 3.1, 2023, "H1", "actual", None),
        ],
        "absent": [("fai", "yoy_pct", 6.6, 2023, "H1", "target")],
    },
    {
        "id": "completion_yardstick_target_in_parens_kept",
        "meta": {"year": 2023, "report_date": "2023-10-08"},
        "text": (
            "1-9月，全县一般公共预算收入完成4.6亿元，为年度目标的76%，同比增长3.1%；"
            "社会消费品零售总额增长5.5%（预期目标6%）。"
        ),
        "facts": [
            ("general_budget_revenue", "yoy_pct", 3.1, 2023, "Q1-Q3", "actual", None),
            ("retail_sales", "yoy_pct", 5.5, 2023, "Q1-Q3", "actual", None),
        ],
        "values": [("retail_sales", 6.0)],
        "absent": [("general_budget_revenue", "yoy_pct", 3.1, 2023, "Q1-Q3", "target")],
    },
    # ---- a part of the year named after a span opened the paragraph: that part of the year described
    {
        "id": "span_opening_then_half_year_speech",
        "meta": {"year": 2024, "report_date": "2024-08-10"},
        "text": (
            "在全县半年经济工作会议上的讲话\n"
            "三年来，全县累计新增城镇就业1.5万人。上半年，全县城镇新增就业2600人，一般公共预算收入增长4.2%。"
        ),
        "facts": [
            ("new_urban_jobs", "level", 15000.0, 2023, "", "actual", 2021),
            ("new_urban_jobs", "level", 2600.0, 2024, "H1", "actual", None),
            ("general_budget_revenue", "yoy_pct", 4.2, 2024, "H1", "actual", None),
        ],
        "absent": [("new_urban_jobs", "level", 2600.0, 2023), ("general_budget_revenue", "yoy_pct", 4.2, 2023)],
    },
    {
        "id": "span_opening_then_half_year_cumulative",
        "meta": {"year": 2024, "report_date": "2024-08-10"},
        "text": (
            "在全县半年经济工作会议上的讲话\n"
            "五年来，全县累计完成固定资产投资820亿元。上半年，累计完成固定资产投资52亿元，增长6%。"
        ),
        "facts": [
            ("fai", "level", 52.0, 2024, "H1", "actual", None),
            ("fai", "yoy_pct", 6.0, 2024, "H1", "actual", None),
        ],
        "absent": [("fai", "level", 52.0, 2023), ("fai", "yoy_pct", 6.0, 2023)],
    },
    # ---- 以来 in a part-year report runs up to that part of the year; its figures after it are that year's
    {
        "id": "since_plan_in_half_year_report",
        "meta": {"year": 2024, "report_date": "2024-07-20"},
        "text": (
            "宁远县2024年上半年经济运行情况\n"
            "“十四五”以来，全县累计完成固定资产投资680亿元。上半年，全县地区生产总值增长5.6%。"
        ),
        "facts": [
            ("fai", "level", 680.0, 2024, "H1", "actual", 2021),
            ("gdp", "yoy_pct", 5.6, 2024, "H1", "actual", None),
        ],
        "absent": [("fai", "level", 680.0, 2023), ("gdp", "yoy_pct", 5.6, 2023)],
    },
    {
        "id": "closed_span_in_half_year_report",
        "meta": {"year": 2024, "report_date": "2024-07-20"},
        "text": "宁远县2024年上半年经济运行情况\n近三年，全县累计新增城镇就业1.5万人。",
        "facts": [("new_urban_jobs", "level", 15000.0, 2023, "", "actual", 2021)],
        "absent": [("new_urban_jobs", "level", 15000.0, 2023, "H1")],
    },
    # ---- a report of one month: 累计 is January to that month, 本月/当月 the month itself
    {
        "id": "monthly_bulletin_cumulative_and_month",
        "meta": {"year": 2023, "report_date": "2023-11-10"},
        "text": (
            "2023年10月经济运行简况\n"
            "规模以上工业增加值当月增长5.3%，累计增长6.0%。当月完成固定资产投资4.1亿元，累计完成42.7亿元，增长7.7%。"
        ),
        "facts": [
            ("industrial_va", "yoy_pct", 5.3, 2023, "M10", "actual", None),
            ("industrial_va", "yoy_pct", 6.0, 2023, "M1-M10", "actual", None),
            ("fai", "level", 4.1, 2023, "M10", "actual", None),
            ("fai", "level", 42.7, 2023, "M1-M10", "actual", None),
            ("fai", "yoy_pct", 7.7, 2023, "M1-M10", "actual", None),
        ],
        "absent": [("fai", "level", 42.7, 2023, "M10"), ("industrial_va", "yoy_pct", 6.0, 2023, "M10")],
    },
    {
        "id": "monthly_air_bulletin_cumulative",
        "meta": {"year": 2023, "report_date": "2023-07-05"},
        "text": (
            "2023年6月环境空气质量月报\n"
            "6月，全县PM2.5平均浓度为19微克/立方米。累计优良天数比例为88.4%，同比上升2.1个百分点。"
            "本月PM10平均浓度为41微克/立方米。"
        ),
        "facts": [
            ("pm25", "level", 19.0, 2023, "M6", "actual", None),
            ("good_air_rate", "level", 88.4, 2023, "M1-M6", "actual", None),
            ("pm10", "level", 41.0, 2023, "M6", "actual", None),
        ],
        "absent": [("good_air_rate", "level", 88.4, 2023, "M6")],
    },
    # ---- 五年年均增长 without 来: the span's average over the last five years (or the plan's)
    {
        "id": "fiveyear_average_without_lai",
        "meta": META_2021,
        "text": (
            "地区生产总值由2015年的120亿元增加到2020年的180亿元，五年年均增长7.5%；一般公共预算收入五年年均增长6.1%。"
        ),
        "facts": [
            ("gdp", "cagr_pct", 7.5, 2020, "", "actual", 2016),
            ("general_budget_revenue", "cagr_pct", 6.1, 2020, "", "actual", 2016),
            ("gdp", "level", 180.0, 2020, "", "actual", None),
        ],
        "absent": [("gdp", "cagr_pct", 7.5, 2020, "", "actual", None)],
    },
    {
        "id": "fiveyear_average_after_target_year",
        "meta": META_2021,
        "text": "力争到2025年，地区生产总值达到260亿元，五年年均增长7%。",
        "facts": [
            ("gdp", "level", 260.0, 2025, "", "target", None),
            ("gdp", "cagr_pct", 7.0, 2025, "", "target", 2021),
        ],
        "absent": [("gdp", "cagr_pct", 7.0, 2020)],
    },
    {
        "id": "fiveyear_average_after_printed_year",
        "text": "2021年，全县实现生产总值123.4亿元，是2016年的1.6倍，五年年均增长9.8%。2022年，全县实现生产总值130.2亿元。",
        "facts": [
            ("gdp", "level", 123.4, 2021, "", "actual", None),
            ("gdp", "cagr_pct", 9.8, 2021, "", "actual", 2017),
            ("gdp", "level", 130.2, 2022, "", "actual", None),
        ],
        "absent": [("gdp", "cagr_pct", 9.8, 2022)],
    },
    # ---- 今后五年/未来五年 opening a paragraph: the next five years' targets, not the review
    {
        "id": "next_five_years_opening",
        "meta": META_2021,
        "text": (
            "今后五年，地区生产总值年均增长7%，五年累计完成固定资产投资1500亿元。\n"
            "过去五年，全县地区生产总值年均增长7.8%。"
        ),
        "facts": [
            ("gdp", "cagr_pct", 7.0, 2025, "", "target", 2021),
            ("fai", "level", 1500.0, 2025, "", "target", 2021),
            ("gdp", "cagr_pct", 7.8, 2020, "", "actual", 2016),
        ],
        "absent": [("gdp", "cagr_pct", 7.0, 2020), ("fai", "level", 1500.0, 2020)],
    },
    # ---- 党的十八大以来: from the year after the congress to the last full year
    {
        "id": "since_party_congress",
        "text": "党的十八大以来，全县地区生产总值年均增长8.1%，城乡居民人均可支配收入年均分别增长8.3%、9.6%。",
        "facts": [
            ("gdp", "cagr_pct", 8.1, 2022, "", "actual", 2013),
            ("urban_income", "cagr_pct", 8.3, 2022, "", "actual", 2013),
            ("rural_income", "cagr_pct", 9.6, 2022, "", "actual", 2013),
        ],
        "absent": [("gdp", "cagr_pct", 8.1, 2022, "", "actual", None)],
    },
    {
        "id": "since_party_congress_cumulative",
        "meta": {"year": 2023, "report_date": "2024-01-15"},
        "text": "十九大以来，全县累计新增城镇就业3.2万人，累计转移农村劳动力12万人次。",
        "facts": [("new_urban_jobs", "level", 32000.0, 2023, "", "actual", 2018)],
        "absent": [("new_urban_jobs", "level", 32000.0, 2023, "", "actual", None)],
    },
    # ---- completion: the subject named inside the task's name; the rate named after the target
    {
        "id": "completion_task_named_by_subject",
        "meta": {"year": 2023, "report_date": "2024-01-10"},
        "text": (
            "全年化解存量债务8.6亿元，完成年度化债任务的105%。"
            "固定资产投资超额完成市下达任务，一般公共预算收入圆满完成目标任务。"
        ),
        "facts": [
            ("debt_resolved", "level", 8.6, 2023, "", "actual", None),
            ("debt_resolved", "completion_pct", 105.0, 2023, "", "actual", None),
        ],
        "absent": [("fai", "completion_pct"), ("general_budget_revenue", "completion_pct")],
    },
    {
        "id": "completion_rate_after_target_word",
        "meta": {"year": 2023, "report_date": "2023-12-28"},
        "text": (
            "全年一般公共预算收入完成5.8亿元，目标完成率为101.5%。"
            "固定资产投资完成63亿元，任务完成率102%，同比增长5%。"
            "社会消费品零售总额完成41.2亿元，为预期目标的98.6%。"
        ),
        "facts": [
            ("general_budget_revenue", "completion_pct", 101.5, 2023, "", "actual", None),
            ("fai", "completion_pct", 102.0, 2023, "", "actual", None),
            ("fai", "yoy_pct", 5.0, 2023, "", "actual", None),
            ("retail_sales", "completion_pct", 98.6, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 101.5), ("fai", "yoy_pct", 5.0, 2023, "", "target")],
    },
    # ---- a target summed over 五年 outside a plan section: the plan running ahead, not the years past
    {
        "id": "fiveyear_sum_target_midterm_review",
        "meta": {"year": 2023, "report_date": "2023-09-18"},
        "text": (
            "苍岭县“十四五”规划纲要实施中期评估报告\n"
            "五年累计完成固定资产投资目标为1800亿元。“十四五”以来，累计完成固定资产投资820亿元。"
        ),
        "facts": [
            ("fai", "level", 1800.0, 2025, "", "target", 2021),
            ("fai", "level", 820.0, 2022, "", "actual", 2021),
        ],
        "absent": [("fai", "level", 1800.0, 2022)],
    },
    {
        "id": "fiveyear_sum_target_in_review",
        "meta": META_2021,
        "text": (
            "一、过去五年工作回顾\n"
            "五年累计完成固定资产投资1200亿元，超过预期目标。五年累计减贫3.2万人，力争五年累计新增城镇就业3万人。"
        ),
        "facts": [
            ("fai", "level", 1200.0, 2020, "", "actual", 2016),
            ("poverty_people_lifted", "level", 32000.0, 2020, "", "actual", 2016),
            ("new_urban_jobs", "level", 30000.0, 2025, "", "target", 2021),
        ],
        "absent": [("new_urban_jobs", "level", 30000.0, 2020)],
    },
    {
        "id": "this_month_in_report_of_several_months",
        "meta": {"year": 2023, "report_date": "2023-11-20"},
        "text": (
            "2023年1-10月全县经济运行情况\n"
            "全县规上工业增加值增长6.1%，其中本月增长4.2%。当月完成固定资产投资4.4亿元。"
            "1-10月，全县社会消费品零售总额增长5.5%，当月增长3.1%。"
        ),
        "facts": [
            ("industrial_va", "yoy_pct", 6.1, 2023, "M1-M10", "actual", None),
            ("industrial_va", "yoy_pct", 4.2, 2023, "M10", "actual", None),
            ("fai", "level", 4.4, 2023, "M10", "actual", None),
            ("retail_sales", "yoy_pct", 5.5, 2023, "M1-M10", "actual", None),
            ("retail_sales", "yoy_pct", 3.1, 2023, "M10", "actual", None),
        ],
        "absent": [("fai", "level", 4.4, 2023, "M1-M10"), ("retail_sales", "yoy_pct", 3.1, 2023, "M1-M10")],
    },
    # ---- a sentence opening on one month or quarter: 累计 in a later clause runs from January
    {
        "id": "opening_month_then_cumulative",
        "meta": {"year": 2023, "report_date": "2023-11-20"},
        "text": (
            "2023年1-10月全县经济运行情况\n"
            "10月份，全县社会消费品零售总额增长4.5%，累计增长5.1%；1-10月，规上工业增加值增长6%。"
        ),
        "facts": [
            ("retail_sales", "yoy_pct", 4.5, 2023, "M10", "actual", None),
            ("retail_sales", "yoy_pct", 5.1, 2023, "M1-M10", "actual", None),
            ("industrial_va", "yoy_pct", 6.0, 2023, "M1-M10", "actual", None),
        ],
        "absent": [("retail_sales", "yoy_pct", 5.1, 2023, "M10")],
    },
    {
        "id": "quarter_report_to_date",
        "meta": {"year": 2023, "report_date": "2023-07-20"},
        "text": "2023年第二季度全县经济运行情况\n二季度，全县地区生产总值增长6.3%；规上工业增加值累计增长5.2%。",
        "facts": [
            ("gdp", "yoy_pct", 6.3, 2023, "Q2", "actual", None),
            ("industrial_va", "yoy_pct", 5.2, 2023, "H1", "actual", None),
        ],
        "absent": [("industrial_va", "yoy_pct", 5.2, 2023, "Q2")],
    },
    {
        "id": "quarter_speech_since_new_year",
        "meta": {"year": 2023, "report_date": "2023-10-26"},
        "text": (
            "在全县三季度经济形势分析会上的讲话\n"
            "今年以来，全县地区生产总值增长5.6%，一般公共预算收入完成6.8亿元，占年度目标的79.1%。"
        ),
        "facts": [
            ("gdp", "yoy_pct", 5.6, 2023, "Q1-Q3", "actual", None),
            ("general_budget_revenue", "level", 6.8, 2023, "Q1-Q3", "actual", None),
            ("general_budget_revenue", "completion_pct", 79.1, 2023, "Q1-Q3", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 5.6, 2023, "Q3")],
    },
    # ---- 空气优良天数 (days) must not swallow 空气优良天数比例 (the rate)
    {
        "id": "good_air_rate_after_days_alias",
        "meta": {"year": 2023, "report_date": "2023-12-06"},
        "text": (
            "2023年11月份环境空气质量状况\n"
            "本月全县环境空气优良天数比例为90%，同比上升3.3个百分点。全县环境空气优良天数为27天。"
        ),
        "facts": [
            ("good_air_rate", "level", 90.0, 2023, "M11", "actual", None),
            ("good_air_rate", "pp_change", 3.3, 2023, "M11", "actual", None),
            ("good_air_days", "level", 27.0, 2023, "M11", "actual", None),
        ],
        "absent": [("good_air_days", "pp_change")],
    },
    # ---- 较2020年增长25% (growth over several years, not a fact) between a subject and its average
    {
        "id": "base_year_growth_then_average",
        "meta": {"year": 2023, "report_date": "2024-01-16"},
        "text": (
            "2023年全县地区生产总值完成152亿元，较2020年增长25%，三年年均增长7.7%。"
            "全县一般公共预算收入8.1亿元，比2018年增长42%，五年年均增长7.3%。"
        ),
        "facts": [
            ("gdp", "cagr_pct", 7.7, 2023, "", "actual", 2021),
            ("general_budget_revenue", "cagr_pct", 7.3, 2023, "", "actual", 2019),
        ],
        "absent": [("gdp", "yoy_pct", 25.0), ("general_budget_revenue", "yoy_pct", 42.0)],
    },
    # ---- the years ahead: 未来三年, 今后五年, a plan period that has not begun; 力争三年累计
    {
        "id": "years_ahead_after_years_past",
        "meta": {"year": 2023, "report_date": "2024-01-16"},
        "text": (
            "过去三年，全县累计新增城镇就业1.1万人。未来三年，全县地区生产总值年均增长6%。"
            "力争三年累计完成固定资产投资300亿元。"
        ),
        "facts": [
            ("new_urban_jobs", "level", 11000.0, 2023, "", "actual", 2021),
            ("gdp", "cagr_pct", 6.0, 2026, "", "target", 2024),
            ("fai", "level", 300.0, 2026, "", "target", 2024),
        ],
        "absent": [("gdp", "cagr_pct", 6.0, 2023), ("fai", "level", 300.0, 2023)],
    },
    {
        "id": "plan_period_opening_before_it_begins",
        "meta": META_2021,
        "text": (
            "“十四五”期间，全县地区生产总值年均增长6.5%，累计完成固定资产投资1600亿元。\n"
            "“十三五”期间，全县地区生产总值年均增长7.2%。"
        ),
        "facts": [
            ("gdp", "cagr_pct", 6.5, 2025, "", "target", 2021),
            ("fai", "level", 1600.0, 2025, "", "target", 2021),
            ("gdp", "cagr_pct", 7.2, 2020, "", "actual", 2016),
        ],
        "absent": [("gdp", "cagr_pct", 6.5, 2025, "", "actual"), ("fai", "level", 1600.0, 2025, "", "actual")],
    },
    # ---- the first or last years of a plan; a government's term; the first months of a year
    {
        "id": "plan_first_years",
        "meta": {"year": 2023, "report_date": "2024-01-16"},
        "text": (
            "“十四五”前三年，全县地区生产总值年均增长6.2%。2021年以来，全县累计完成固定资产投资510亿元。\n"
            "“十三五”后两年，全县一般公共预算收入年均增长4.1%。"
        ),
        "facts": [
            ("gdp", "cagr_pct", 6.2, 2023, "", "actual", 2021),
            ("fai", "level", 510.0, 2023, "", "actual", 2021),
            ("general_budget_revenue", "cagr_pct", 4.1, 2020, "", "actual", 2019),
        ],
        "absent": [("gdp", "cagr_pct", 6.2, 2025), ("fai", "level", 510.0, 2023, "", "target")],
    },
    {
        "id": "government_term_span",
        "meta": META_2021,
        "text": "本届政府任期内，全县地区生产总值年均增长7.4%，累计完成固定资产投资980亿元。",
        "facts": [
            ("gdp", "cagr_pct", 7.4, 2020, "", "actual", 2016),
            ("fai", "level", 980.0, 2020, "", "actual", 2016),
        ],
        "absent": [("fai", "level", 980.0, 2020, "", "actual", None)],
    },
    {
        "id": "first_months_of_year",
        "meta": {"year": 2023, "report_date": "2023-11-15"},
        "text": (
            "前10个月，全县规上工业增加值增长6.4%。一至三季度，全县地区生产总值增长5.2%。"
            "全县前十个月一般公共预算收入增长3%。"
        ),
        "facts": [
            ("industrial_va", "yoy_pct", 6.4, 2023, "M1-M10", "actual", None),
            ("gdp", "yoy_pct", 5.2, 2023, "Q1-Q3", "actual", None),
            ("general_budget_revenue", "yoy_pct", 3.0, 2023, "M1-M10", "actual", None),
        ],
        "absent": [("industrial_va", "yoy_pct", 6.4, 2023, ""), ("gdp", "yoy_pct", 5.2, 2023, "")],
    },
    # ---- 明年 in a speech of December: a year not begun, its figures targets
    {
        "id": "next_year_in_december_speech",
        "meta": {"year": 2023, "report_date": "2023-12-26"},
        "text": "今年以来，全县地区生产总值预计增长6%。明年，全县地区生产总值增长6.5%，一般公共预算收入增长5%。",
        "facts": [
            ("gdp", "yoy_pct", 6.0, 2023, "", "estimate", None),
            ("gdp", "yoy_pct", 6.5, 2024, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 5.0, 2024, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.5, 2024, "", "actual")],
    },
    # ---- a change over a span (累计增长42%, 提高5.2个百分点 over 五年) has no catalog measure
    {
        "id": "change_over_span_not_yearly",
        "meta": META_2021,
        "text": (
            "五年来，全县森林覆盖率提高5.2个百分点，达到68.5%；贫困发生率下降12.3个百分点。2020年，全县地区生产总值增长3.5%。"
        ),
        "facts": [
            ("forest_coverage", "level", 68.5, 2020, "", "actual", None),
            ("gdp", "yoy_pct", 3.5, 2020, "", "actual", None),
        ],
        "absent": [("forest_coverage", "pp_change"), ("poverty_incidence", "pp_change")],
    },
    {
        "id": "cumulative_growth_over_plan",
        "meta": META_2021,
        "text": "“十三五”期间，全县地区生产总值累计增长42%，年均增长7.3%，城镇居民人均可支配收入增长48%。",
        "facts": [("gdp", "cagr_pct", 7.3, 2020, "", "actual", 2016)],
        "absent": [("gdp", "yoy_pct"), ("urban_income", "yoy_pct")],
    },
    # ---- the year of the report itself: 2023年以来 in October 2023, a title 2023年…经济运行 in October
    {
        "id": "since_this_year_in_october",
        "meta": {"year": 2023, "report_date": "2023-10-10"},
        "text": "2023年全县经济运行\n2023年以来，全县地区生产总值增长5%。",
        "facts": [("gdp", "yoy_pct", 5.0, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 5.0, 2022), ("gdp", "yoy_pct", 5.0, 2023, "", "target")],
    },
    {
        "id": "year_heading_plan_only_early_or_ahead",
        "meta": {"year": 2023, "report_date": "2023-12-26"},
        "text": (
            "一、2023年财政运行情况\n全县一般公共预算收入完成7.6亿元，增长4%。\n"
            "三、2024年财政工作\n全县一般公共预算收入安排8亿元，增长5%。"
        ),
        "facts": [
            ("general_budget_revenue", "level", 7.6, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 8.0, 2024, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 5.0, 2024, "", "target", None),
        ],
        "absent": [("general_budget_revenue", "level", 7.6, 2023, "", "target")],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_construction(case):
    check_case(case, META_2023)


@pytest.mark.parametrize(
    ("date", "flagged"),
    [("2023-08-26", True), ("2023-11-28", True), ("2023-12-15", False), ("2024-01-10", False)],
)
def test_since_new_year_months_unknown_is_flagged(date, flagged):
    """今年以来,… in a report dated before December: January to a month the text does not tell. The
    figure stays the year's (the project's convention), flagged to_date; at the year's end it is not."""
    case = {
        "id": "since_new_year_flag",
        "text": "今年以来，全县完成固定资产投资42.6亿元，同比增长7%。上半年，全县规上工业增加值增长5%。",
        "meta": {"year": 2023, "report_date": date},
    }
    f = passage_facts(case, {})
    fai = f[f.indicator == "fai"]
    assert len(fai) == 2 and set(fai.year) == {2023} and set(fai.subperiod) == {""}
    assert all(("to_date" in str(x)) == flagged for x in fai["flags"])
    h1 = f[f.indicator == "industrial_va"]
    assert not any("to_date" in str(x) for x in h1["flags"])
