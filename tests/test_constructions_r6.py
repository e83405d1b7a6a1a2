"""Constructions found by probing speeches and work summaries (session 5): a part of the year that
does not carry into a sentence about another whole year, and a plan announced by a label inside a
paragraph (2024年工作打算:…).

Each case is a short report of its own (not copied from a dev set) written for one construction: its
meta, the facts it must give (indicator, measure, value, year, subperiod, kind, period_start) and
the keys it must not give (a prefix of that tuple).
"""

from __future__ import annotations

import pytest
from passages import check_case

META = {"year": 2024, "report_date": "2024-07-18", "region": "岳西县", "level": "county"}

CASES: list[dict] = [
    # ---- a half-year report: last year's whole-year figures are not H1
    {
        "id": "last_year_in_a_half_year_speech",
        "text": (
            "在全县2024年上半年经济形势分析会上的讲话\n"
            "上半年,全县实现地区生产总值86.2亿元,同比增长5.6%。\n"
            "去年,全县地区生产总值达到178.5亿元,增长6.1%。"
        ),
        "facts": [
            ("gdp", "level", 86.2, 2024, "H1", "actual", None),
            ("gdp", "level", 178.5, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "level", 178.5, 2023, "H1"), ("gdp", "yoy_pct", 6.1, 2023, "H1")],
    },
    {
        "id": "printed_past_year_after_a_part_year_sentence",
        "meta": {"year": 2024, "report_date": "2024-10-25"},
        "text": (
            "全县2024年前三季度经济运行情况\n"
            "前三季度,全县固定资产投资完成31.4亿元,增长8.2%。"
            "2023年全县固定资产投资完成40.6亿元,增长6.5%,为全年目标打下基础。"
        ),
        "facts": [
            ("fai", "level", 31.4, 2024, "Q1-Q3", "actual", None),
            ("fai", "level", 40.6, 2023, "", "actual", None),
            ("fai", "yoy_pct", 6.5, 2023, "", "actual", None),
        ],
        "absent": [("fai", "level", 40.6, 2023, "Q1-Q3")],
    },
    {
        "id": "past_year_paragraph_opening_in_a_half_year_summary",
        "text": (
            "岳西县2024年上半年工作总结\n"
            "上半年,全县一般公共预算收入完成4.3亿元,同比下降2.1%。\n"
            "2023年,全县一般公共预算收入完成8.9亿元,增长3.2%。"
        ),
        "facts": [
            ("general_budget_revenue", "level", 4.3, 2024, "H1", "actual", None),
            ("general_budget_revenue", "level", 8.9, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 8.9, 2023, "H1")],
    },
    # the same part of last year (去年同期) keeps the part of the year
    {
        "id": "same_period_last_year_keeps_the_part",
        "meta": {"year": 2024, "report_date": "2024-10-25"},
        "text": (
            "全县2024年1-9月经济运行简况\n"
            "1-9月,全县社会消费品零售总额完成52.3亿元,增长4.4%。去年同期,全县社会消费品零售总额为50.1亿元。"
            "2023年同期全县固定资产投资为31.2亿元。去年,全县社会消费品零售总额为68.1亿元。"
        ),
        "facts": [
            ("retail_sales", "level", 52.3, 2024, "Q1-Q3", "actual", None),
            ("retail_sales", "level", 50.1, 2023, "Q1-Q3", "actual", None),
            ("fai", "level", 31.2, 2023, "Q1-Q3", "actual", None),
            ("retail_sales", "level", 68.1, 2023, "", "actual", None),
        ],
        "absent": [("retail_sales", "level", 50.1, 2023, ""), ("retail_sales", "level", 68.1, 2023, "Q1-Q3")],
    },
    # ---- a plan announced by a label inside a paragraph: its figures are targets
    {
        "id": "inline_plan_label_with_year",
        "meta": {"year": 2023, "report_date": "2023-12-20", "region": "兴宁区"},
        "text": (
            "兴宁区2023年度工作总结\n"
            "预计全年完成地区生产总值320亿元,增长5.5%。\n"
            "2024年工作打算:地区生产总值增长6%左右,一般公共预算收入增长5%。"
        ),
        "facts": [
            ("gdp", "yoy_pct", 5.5, 2023, "", "estimate", None),
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 5.0, 2024, "", "target", None),
        ],
        "absent": [
            ("gdp", "yoy_pct", 6.0, 2024, "", "actual"),
            ("general_budget_revenue", "yoy_pct", 5.0, 2024, "", "actual"),
        ],
    },
    {
        "id": "inline_plan_label_next_year",
        "meta": {"year": 2023, "report_date": "2023-12-20", "region": "兴宁区"},
        "text": (
            "兴宁区2023年度工作总结\n"
            "全年完成固定资产投资96亿元。明年工作思路:固定资产投资增长8%,社会消费品零售总额增长6%。"
        ),
        "facts": [
            ("fai", "level", 96.0, 2023, "", "actual", None),
            ("fai", "yoy_pct", 8.0, 2024, "", "target", None),
            ("retail_sales", "yoy_pct", 6.0, 2024, "", "target", None),
        ],
        "absent": [("fai", "yoy_pct", 8.0, 2024, "", "actual"), ("fai", "yoy_pct", 8.0, 2023)],
    },
    {
        "id": "inline_next_steps_label",
        "meta": {"year": 2024, "report_date": "2024-07-10", "region": "兴宁区"},
        "text": (
            "兴宁区2024年上半年工作汇报\n"
            "上半年,全区规模以上工业增加值增长7.2%。"
            "下一步工作打算:确保全年规模以上工业增加值增长8%,城镇新增就业5000人。"
        ),
        "facts": [
            ("industrial_va", "yoy_pct", 7.2, 2024, "H1", "actual", None),
            ("industrial_va", "yoy_pct", 8.0, 2024, "", "target", None),
            ("new_urban_jobs", "level", 5000.0, 2024, "", "target", None),
        ],
        "absent": [("industrial_va", "yoy_pct", 8.0, 2024, "H1"), ("new_urban_jobs", "level", 5000.0, 2024, "H1")],
    },
    # a label that reviews (重点工作完成情况:) is no plan
    {
        "id": "review_label_is_no_plan",
        "meta": {"year": 2023, "report_date": "2023-12-20", "region": "兴宁区"},
        "text": "兴宁区2023年度工作总结\n重点工作完成情况:全年完成固定资产投资96亿元,增长7.4%。",
        "facts": [
            ("fai", "level", 96.0, 2023, "", "actual", None),
            ("fai", "yoy_pct", 7.4, 2023, "", "actual", None),
        ],
        "absent": [("fai", "level", 96.0, 2023, "", "target")],
    },
    # ---- an assessment's target and outturn side by side: the figure after 完成/达到 is achieved
    {
        "id": "target_then_achieved_amount",
        "meta": {"year": 2023, "report_date": "2024-01-08", "region": "凤台县"},
        "text": (
            "凤台县2023年度目标责任考核自查报告\n"
            "2.一般公共预算收入。目标任务3.2亿元,完成3.35亿元,完成目标的104.7%。\n"
            "3.城镇新增就业:年度目标4000人,完成4523人。"
        ),
        "facts": [
            ("general_budget_revenue", "level", 3.2, 2023, "", "target", None),
            ("general_budget_revenue", "level", 3.35, 2023, "", "actual", None),
            ("general_budget_revenue", "completion_pct", 104.7, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 4000.0, 2023, "", "target", None),
            ("new_urban_jobs", "level", 4523.0, 2023, "", "actual", None),
        ],
        "absent": [
            ("general_budget_revenue", "level", 3.35, 2023, "", "target"),
            ("new_urban_jobs", "level", 4523.0, 2023, "", "target"),
        ],
    },
    {
        "id": "target_value_then_reached_rate",
        "meta": {"year": 2023, "report_date": "2024-01-08", "region": "凤台县"},
        "text": "森林覆盖率目标值31%,达到31.6%;粮食总产量计划12万吨,实现12.6万吨。",
        "facts": [
            ("forest_coverage", "level", 31.0, 2023, "", "target", None),
            ("forest_coverage", "level", 31.6, 2023, "", "actual", None),
            ("grain_output", "level", 12.0, 2023, "", "target", None),
            ("grain_output", "level", 12.6, 2023, "", "actual", None),
        ],
        "absent": [
            ("forest_coverage", "level", 31.6, 2023, "", "target"),
            ("grain_output", "level", 12.6, 2023, "", "target"),
        ],
    },
    {
        "id": "task_before_colon_subject",
        "meta": {"year": 2023, "report_date": "2024-01-08", "region": "凤台县"},
        "text": (
            "凤台县2023年度目标责任考核自查报告\n"
            "(三)农村劳动力转移就业:年度任务3.5万人,完成3.62万人。\n"
            "(四)造林:全年任务数2万亩,实际完成2.3万亩,完成年度任务的115%。"
        ),
        "facts": [
            ("labor_transfer", "level", 35000.0, 2023, "", "target", None),
            ("labor_transfer", "level", 36200.0, 2023, "", "actual", None),
            ("afforestation", "level", 20000.0, 2023, "", "target", None),
            ("afforestation", "level", 23000.0, 2023, "", "actual", None),
            ("afforestation", "completion_pct", 115.0, 2023, "", "actual", None),
        ],
        "absent": [
            ("labor_transfer", "level", 35000.0, 2023, "", "actual"),
            ("afforestation", "level", 20000.0, 2023, "", "actual"),
        ],
    },
    # ---- a part of the year opening a clause continues the subject (its target before it)
    {
        "id": "part_of_year_clause_after_a_target",
        "meta": {"year": 2023, "report_date": "2023-12-10", "region": "凤台县"},
        "text": ("固定资产投资年度目标增长10%,1-11月增长8.2%。\n城镇新增就业年度目标5000人,截至10月底完成4620人。"),
        "facts": [
            ("fai", "yoy_pct", 10.0, 2023, "", "target", None),
            ("fai", "yoy_pct", 8.2, 2023, "M1-M11", "actual", None),
            ("new_urban_jobs", "level", 5000.0, 2023, "", "target", None),
            ("new_urban_jobs", "level", 4620.0, 2023, "M1-M10", "actual", None),
        ],
        "absent": [
            ("fai", "yoy_pct", 8.2, 2023, "M1-M11", "target"),
            ("new_urban_jobs", "level", 4620.0, 2023, "M1-M10", "target"),
        ],
    },
    # ---- thousands of hectares, the unit of a statistical bulletin's sown areas
    {
        "id": "thousand_hectares",
        "meta": {"year": 2023, "report_date": "2024-03-20", "region": "凤台县"},
        "text": "全年粮食播种面积86.5千公顷,增长0.3%。全年完成植树造林3.6千公顷,新造林1200公顷。",
        "facts": [
            ("grain_area", "level", 1297500.0, 2023, "", "actual", None),
            ("afforestation", "level", 54000.0, 2023, "", "actual", None),
        ],
        "absent": [("grain_area", "level", 86.5), ("afforestation", "level", 3.6)],
    },
    # ---- 今后五年 under a heading that printed the year its targets aim at: that year
    {
        "id": "next_five_years_under_a_target_year_heading",
        "meta": {"year": 2017, "report_date": "2018-02-19", "region": "凤台县"},
        "text": (
            "凤台县2018年政府工作报告\n"
            "二、到2020年的奋斗目标\n"
            "今后五年,我们将奋力实现以下主要目标:粮食产量稳定在4.9万吨以上;地方一般公共预算收入力争达到5.2亿元。"
        ),
        "facts": [
            ("grain_output", "level", 4.9, 2020, "", "target", None),
            ("general_budget_revenue", "level", 5.2, 2020, "", "target", None),
        ],
        "absent": [("grain_output", "level", 4.9, 2022), ("general_budget_revenue", "level", 5.2, 2022)],
    },
    # a goal listing other subjects after it stays a goal
    {
        "id": "goal_list_of_other_subjects_stays_target",
        "meta": {"year": 2024, "report_date": "2024-01-15", "region": "凤台县"},
        "text": "今年,全县要力争地区生产总值增长6.5%,完成固定资产投资120亿元,实现一般公共预算收入13亿元。",
        "facts": [
            ("gdp", "yoy_pct", 6.5, 2024, "", "target", None),
            ("fai", "level", 120.0, 2024, "", "target", None),
            ("general_budget_revenue", "level", 13.0, 2024, "", "target", None),
        ],
        "absent": [("fai", "level", 120.0, 2024, "", "actual")],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)
