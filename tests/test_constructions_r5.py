"""Constructions found by probing whole reports: how the frame carries across a report's sections.

Each case is a short report of its own (not copied from a dev set) written for one construction: its
meta, the facts it must give (indicator, measure, value, year, subperiod, kind, period_start) and
the keys it must not give (a prefix of that tuple).
"""

from __future__ import annotations

import pytest
from passages import check_case

META_2023 = {"year": 2022, "report_date": "2023-01-12", "region": "苍溪县", "level": "county"}

CASES: list[dict] = [
    # ---- a budget report's draft: 2023年预算草案 is next year's plan, not more of the review
    {
        "id": "budget_draft_heading",
        "text": (
            "关于2022年预算执行情况和2023年预算草案的报告\n"
            "一、2022年预算执行情况\n"
            "全县一般公共预算收入完成9.6亿元,增长4.1%。\n"
            "二、2023年预算草案\n"
            "全县一般公共预算收入安排10.1亿元,比上年执行数增长5.2%。一般公共预算支出安排38.5亿元,下降3.4%。"
        ),
        "facts": [
            ("general_budget_revenue", "level", 9.6, 2022, "", "actual", None),
            ("general_budget_revenue", "level", 10.1, 2023, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 5.2, 2023, "", "target", None),
            ("fiscal_expenditure", "level", 38.5, 2023, "", "target", None),
            ("fiscal_expenditure", "yoy_pct", -3.4, 2023, "", "target", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 5.2, 2022), ("fiscal_expenditure", "level", 38.5, 2022)],
    },
    # ---- a heading opening on a year after the one reviewed (2024年财政工作): that year's plan
    {
        "id": "year_heading_plan",
        "meta": {"year": 2023, "report_date": "2024-01-20"},
        "text": (
            "一、2023年财政运行情况\n"
            "全县一般公共预算收入完成8.2亿元,增长3.6%。统筹衔接资金2.5亿元。\n"
            "三、2024年财政工作\n"
            "(一)抓实收入组织。确保一般公共预算收入增长6%以上。\n"
            "(二)保障重点支出。衔接资金安排不低于2.8亿元。"
        ),
        "facts": [
            ("general_budget_revenue", "level", 8.2, 2023, "", "actual", None),
            ("poverty_funds", "level", 2.5, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 6.0, 2024, "", "target", None),
            ("poverty_funds", "level", 2.8, 2024, "", "target", None),
        ],
        "absent": [("poverty_funds", "level", 2.8, 2023), ("general_budget_revenue", "yoy_pct", 6.0, 2023)],
    },
    {
        "id": "year_heading_of_the_year_reviewed",
        "meta": {"year": 2023, "report_date": "2024-01-20"},
        "text": "二、2023年财政运行\n全县一般公共预算收入完成8.2亿元,一般公共预算支出31.6亿元。",
        "facts": [
            ("general_budget_revenue", "level", 8.2, 2023, "", "actual", None),
            ("fiscal_expenditure", "level", 31.6, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 8.2, 2023, "", "target")],
    },
    {
        "id": "year_title_of_a_report_is_no_plan",
        "meta": {"year": 2023, "report_date": "2024-01-20"},
        "text": "2024年政府工作报告\n全县地区生产总值增长6.1%,一般公共预算收入完成8.2亿元。\n2024年统计公报\n",
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 8.2, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.1, 2024), ("general_budget_revenue", "level", 8.2, 2023, "", "target")],
    },
    # ---- a mid-year summary and plan: the review is H1 (not the title's 下半年), the plan is this year's
    {
        "id": "half_year_summary_and_plan",
        "meta": {"year": 2023, "report_date": "", "region": "莒县"},
        "text": (
            "莒县2023年上半年工作总结和下半年工作打算\n"
            "一、上半年工作开展情况\n"
            "上半年,全县实现地区生产总值156.2亿元,同比增长4.8%。\n"
            "(二)项目建设\n"
            "全县重点项目完成投资42.5亿元,占年度计划的51.2%。\n"
            "三、下半年工作打算\n"
            "全年目标是:地区生产总值增长6%,城镇新增就业4500人。\n"
            "(二)稳定财政收入。预计全年一般公共预算收入完成15.3亿元。"
        ),
        "facts": [
            ("gdp", "level", 156.2, 2023, "H1", "actual", None),
            ("key_project_investment", "level", 42.5, 2023, "H1", "actual", None),
            ("key_project_investment", "completion_pct", 51.2, 2023, "H1", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2023, "", "target", None),
            ("new_urban_jobs", "level", 4500.0, 2023, "", "target", None),
            ("general_budget_revenue", "level", 15.3, 2023, "", "estimate", None),
        ],
        "absent": [
            ("key_project_investment", "level", 42.5, 2023, "H2"),
            ("gdp", "yoy_pct", 6.0, 2024),
            ("general_budget_revenue", "level", 15.3, 2024),
        ],
    },
    {
        "id": "three_quarters_summary_and_q4_plan",
        "meta": {"year": 2022, "report_date": "", "region": "临泽县"},
        "text": (
            "临泽县2022年前三季度工作总结及四季度工作打算\n"
            "一、前三季度工作情况\n"
            "全县社会消费品零售总额完成13.6亿元,增长2.1%。\n"
            "二、四季度工作打算\n"
            "力争全年地区生产总值增长6.5%,社会消费品零售总额增长5%。"
        ),
        "facts": [
            ("retail_sales", "level", 13.6, 2022, "Q1-Q3", "actual", None),
            ("gdp", "yoy_pct", 6.5, 2022, "", "target", None),
            ("retail_sales", "yoy_pct", 5.0, 2022, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.5, 2023), ("retail_sales", "level", 13.6, 2022, "Q4")],
    },
    # ---- the gap to a target (低于年度目标1.4个百分点) is a comparison, not a figure
    {
        "id": "gap_to_target",
        "meta": {"year": 2023, "report_date": "2023-07-20"},
        "text": (
            "1-6月,固定资产投资增长7.1%。固定资产投资增速低于年度目标2.9个百分点,"
            "规模以上工业增加值增速高于年初目标0.8个百分点。森林覆盖率提高0.5个百分点。"
        ),
        "facts": [
            ("fai", "yoy_pct", 7.1, 2023, "M1-M6", "actual", None),
            ("forest_coverage", "pp_change", 0.5, 2023, "M1-M6", "actual", None),
        ],
        "absent": [("fai", "pp_change"), ("industrial_va", "pp_change")],
    },
    # ---- 五年累计 / 五年共: a sum over the five years (the review's, or the plan's among targets)
    {
        "id": "five_year_sum_in_review",
        "meta": {"year": 2015, "report_date": "2016-01-10", "region": "麻城市"},
        "text": (
            "一、“十二五”及2015年工作回顾\n"
            "2015年,全市完成生产总值180.3亿元,增长8.1%;五年累计完成固定资产投资620亿元。\n"
            "五年共实施易地扶贫搬迁9800人,全年减贫2.1万人。"
        ),
        "facts": [
            ("gdp", "level", 180.3, 2015, "", "actual", None),
            ("fai", "level", 620.0, 2015, "", "actual", 2011),
            ("relocation_people", "level", 9800.0, 2015, "", "actual", 2011),
            ("poverty_people_lifted", "level", 21000.0, 2015, "", "actual", None),
        ],
        "absent": [("gdp", "level", 180.3, 2015, "", "actual", 2011)],
    },
    {
        "id": "five_year_sum_among_targets",
        "meta": {"year": 2020, "report_date": "2021-01-15", "region": "龙泉市"},
        "text": (
            "二、“十四五”时期的主要目标\n"
            "今后五年的主要目标是:到2025年,地区生产总值达到260亿元;全社会固定资产投资五年累计完成1100亿元。"
        ),
        "facts": [
            ("gdp", "level", 260.0, 2025, "", "target", None),
            ("fai", "level", 1100.0, 2025, "", "target", 2021),
        ],
        "absent": [("fai", "level", 1100.0, 2020)],
    },
    # ---- “十四五”以来 / 2021年以来 opening a paragraph of a one-year review: that paragraph's span only
    {
        "id": "since_opening_is_a_digression",
        "meta": {"year": 2023, "report_date": "2024-01-16", "region": "容县"},
        "text": (
            "一、2023年工作回顾\n"
            "全年地区生产总值完成286.5亿元,增长5.1%。\n"
            "“十四五”以来,全县地区生产总值年均增长5.8%,累计新增城镇就业1.26万人。\n"
            "(一)民生事业全面进步。\n"
            "城镇新增就业4210人,农村劳动力转移就业2.8万人。"
        ),
        "facts": [
            ("gdp", "cagr_pct", 5.8, 2023, "", "actual", 2021),
            ("new_urban_jobs", "level", 12600.0, 2023, "", "actual", 2021),
            ("new_urban_jobs", "level", 4210.0, 2023, "", "actual", None),
            ("labor_transfer", "level", 28000.0, 2023, "", "actual", None),
        ],
        "absent": [("new_urban_jobs", "level", 4210.0, 2023, "", "actual", 2021)],
    },
    {
        "id": "since_year_opening_is_a_digression",
        "meta": {"year": 2023, "report_date": "2024-01-16", "region": "容县"},
        "text": (
            "一、2023年工作回顾\n"
            "2021年以来,全县累计实施易地扶贫搬迁3200人,改造农村危房1800户。\n"
            "全年改造农村危房560户,新建高标准农田2.1万亩。"
        ),
        "facts": [
            ("relocation_people", "level", 3200.0, 2023, "", "actual", 2021),
            ("housing_renovated", "level", 1800.0, 2023, "", "actual", 2021),
            ("housing_renovated", "level", 560.0, 2023, "", "actual", None),
            ("high_standard_farmland", "level", 21000.0, 2023, "", "actual", None),
        ],
        "absent": [("high_standard_farmland", "level", 21000.0, 2023, "", "actual", 2021)],
    },
    {
        "id": "five_year_opening_still_frames_the_section",
        "meta": {"year": 2020, "report_date": "2021-01-18", "region": "龙泉市"},
        "text": (
            "一、“十三五”及2020年工作回顾\n"
            "“十三五”时期是极不平凡的五年。五年来,全市综合实力显著增强。\n"
            "累计改造农村危房3200户,累计新增城镇就业2.8万人。"
        ),
        "facts": [
            ("housing_renovated", "level", 3200.0, 2020, "", "actual", 2016),
            ("new_urban_jobs", "level", 28000.0, 2020, "", "actual", 2016),
        ],
        "absent": [],
    },
    # ---- a numbered item whose title is an indicator's name: the body's first sentence is that indicator's
    {
        "id": "item_title_names_the_indicator",
        "meta": {"year": 2023, "report_date": "2024-01-15", "region": "兰考县"},
        "text": (
            "(一)主要指标完成情况\n"
            "1.地区生产总值。预计全年完成420亿元,增长5.8%。\n"
            "(三)一般公共预算收入。完成28.6亿元,增长8.2%,完成年度预算的102.3%。\n"
            "4.项目建设。完成投资312亿元。\n"
            "5.社会消费品零售总额。预计全年增长6.8%。全年实施项目68个,完成投资46.8亿元。"
        ),
        "facts": [
            ("gdp", "level", 420.0, 2023, "", "estimate", None),
            ("gdp", "yoy_pct", 5.8, 2023, "", "estimate", None),
            ("general_budget_revenue", "level", 28.6, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 8.2, 2023, "", "actual", None),
            ("general_budget_revenue", "completion_pct", 102.3, 2023, "", "actual", None),
            ("retail_sales", "yoy_pct", 6.8, 2023, "", "estimate", None),
        ],
        "absent": [("retail_sales", "level"), ("gdp", "level", 312.0)],
    },
    # ---- the months between a subject and its figure (固定资产投资1-11月增长9.1%) are not a figure
    {
        "id": "months_between_subject_and_figure",
        "meta": {"year": 2023, "report_date": "2023-12-20", "region": "兰考县"},
        "text": (
            "固定资产投资1-11月增长9.1%,预计全年增长9%。地区生产总值1-9月完成300亿元,增长6.1%。"
            "社会消费品零售总额1至5月完成52.6亿元。"
        ),
        "facts": [
            ("fai", "yoy_pct", 9.1, 2023, "M1-M11", "actual", None),
            ("fai", "yoy_pct", 9.0, 2023, "", "estimate", None),
            ("gdp", "level", 300.0, 2023, "Q1-Q3", "actual", None),
            ("gdp", "yoy_pct", 6.1, 2023, "Q1-Q3", "actual", None),
            ("retail_sales", "level", 52.6, 2023, "M1-M5", "actual", None),
        ],
        "absent": [("fai", "level"), ("gdp", "level", 1.0)],
    },
    # ---- 到位省外资金: funds in place from outside the province
    {
        "id": "funds_from_outside_the_province",
        "meta": {"year": 2023, "report_date": "2024-01-15", "region": "兰考县"},
        "text": "全年新签约项目68个,签约资金452亿元;实际到位省外资金165亿元。上半年到位省外资金68.5亿元,增长9.2%。",
        "facts": [
            ("investment_contracted", "level", 452.0, 2023, "", "actual", None),
            ("investment_attracted", "level", 165.0, 2023, "", "actual", None),
            ("investment_attracted", "level", 68.5, 2023, "H1", "actual", None),
            ("investment_attracted", "yoy_pct", 9.2, 2023, "H1", "actual", None),
        ],
        "absent": [("investment_attracted", "level", 452.0)],
    },
    # ---- a plan heading saying the plan was achieved (目标任务全面完成) is a review; 全年目标 / 下半年… headings are plans
    {
        "id": "plan_achieved_heading_is_a_review",
        "meta": {"year": 2020, "report_date": "2021-01-26", "region": "阆中市"},
        "text": (
            "一、2020年及“十三五”计划执行情况\n"
            "(二)“十三五”规划目标任务全面完成\n"
            "“十三五”期间,全市地区生产总值年均增长7.6%,全社会固定资产投资累计完成1086亿元。累计减贫3.26万人。"
        ),
        "facts": [
            ("gdp", "cagr_pct", 7.6, 2020, "", "actual", 2016),
            ("fai", "level", 1086.0, 2020, "", "actual", 2016),
            ("poverty_people_lifted", "level", 32600.0, 2020, "", "actual", 2016),
        ],
        "absent": [("gdp", "cagr_pct", 7.6, 2020, "", "target")],
    },
    {
        "id": "year_targets_achieved_heading_is_a_review",
        "meta": {"year": 2022, "report_date": "2023-01-10"},
        "text": "一、圆满完成全年目标任务\n全年地区生产总值增长6.5%,一般公共预算收入完成8.1亿元。",
        "facts": [
            ("gdp", "yoy_pct", 6.5, 2022, "", "actual", None),
            ("general_budget_revenue", "level", 8.1, 2022, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.5, 2022, "", "target"), ("gdp", "yoy_pct", 6.5, 2023)],
    },
    {
        "id": "year_targets_headings_are_plans",
        "meta": {"year": 2023, "report_date": "2023-07-25", "region": "灵宝市"},
        "text": (
            "一、上半年经济运行总体平稳\n"
            "上半年全市地区生产总值完成302.6亿元,同比增长6.2%。\n"
            "三、全力以赴冲刺全年目标\n"
            "对照年初确定的目标,全年地区生产总值增长7%、固定资产投资增长12%,任务依然艰巨。\n"
            "(四)兜牢民生底线。全年新增城镇就业7000人。"
        ),
        "facts": [
            ("gdp", "level", 302.6, 2023, "H1", "actual", None),
            ("gdp", "yoy_pct", 7.0, 2023, "", "target", None),
            ("fai", "yoy_pct", 12.0, 2023, "", "target", None),
            ("new_urban_jobs", "level", 7000.0, 2023, "", "target", None),
        ],
        "absent": [
            ("gdp", "yoy_pct", 7.0, 2023, "", "actual"),
            ("new_urban_jobs", "level", 7000.0, 2023, "", "actual"),
        ],
    },
    {
        "id": "striving_to_achieve_heading_is_a_plan",
        "meta": {"year": 2023, "report_date": "2023-07-18", "region": "宜君县"},
        "text": (
            "一、上半年经济运行情况\n"
            "全县地区生产总值完成31.4亿元,增长4.8%。\n"
            "二、凝心聚力,确保全面完成全年目标任务\n"
            "全年地区生产总值增长6%,固定资产投资增长9%。\n"
            "三、力争圆满完成年度目标任务\n"
            "一般公共预算收入完成2.3亿元。"
        ),
        "facts": [
            ("gdp", "level", 31.4, 2023, "H1", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2023, "", "target", None),
            ("fai", "yoy_pct", 9.0, 2023, "", "target", None),
            ("general_budget_revenue", "level", 2.3, 2023, "", "target", None),
        ],
        "absent": [
            ("gdp", "yoy_pct", 6.0, 2023, "", "actual"),
            ("fai", "yoy_pct", 9.0, 2023, "", "actual"),
            ("general_budget_revenue", "level", 2.3, 2023, "", "actual"),
        ],
    },
    {
        "id": "rest_of_year_heading_is_a_plan",
        "meta": {"year": 2023, "report_date": "2023-08-28", "region": "汝州市"},
        "text": (
            "一、上半年预算执行情况\n"
            "上半年化解政府隐性债务1.85亿元,完成年度任务的61.7%。\n"
            "三、下半年工作措施\n"
            "(三)防范化解债务风险。全年化解政府隐性债务3亿元。\n"
            "(四)下半年主要举措\n"
            "新增城镇就业3000人。"
        ),
        "facts": [
            ("debt_resolved", "level", 1.85, 2023, "H1", "actual", None),
            ("debt_resolved", "level", 3.0, 2023, "", "target", None),
            ("new_urban_jobs", "level", 3000.0, 2023, "", "target", None),
        ],
        "absent": [("debt_resolved", "level", 3.0, 2023, "", "actual"), ("debt_resolved", "level", 3.0, 2024)],
    },
    {
        "id": "rest_of_year_heading_without_plan_words_reviews",
        "meta": {"year": 2022, "report_date": "2023-01-16", "region": "富平县"},
        "text": (
            "2022年全县经济运行情况分析\n"
            "一、全年经济运行总体平稳\n"
            "全县地区生产总值完成152.3亿元,增长5.1%。\n"
            "二、四季度经济加快回升\n"
            "四季度,全县规模以上工业增加值增长9.2%。\n"
            "三、下半年主要指标逐月向好\n"
            "全县固定资产投资增长12.1%。"
        ),
        "facts": [
            ("gdp", "level", 152.3, 2022, "", "actual", None),
            ("industrial_va", "yoy_pct", 9.2, 2022, "Q4", "actual", None),
            ("fai", "yoy_pct", 12.1, 2022, "", "actual", None),
        ],
        "absent": [
            ("industrial_va", "yoy_pct", 9.2, 2022, "Q4", "target"),
            ("fai", "yoy_pct", 12.1, 2022, "", "target"),
        ],
    },
    {
        "id": "annual_target_sheet_title",
        "meta": {"year": 2017, "report_date": "", "region": "安乐河镇", "level": "township"},
        "text": "安乐河镇2017年度目标责任考核指标\n全社会固定资产投资\n完成固定资产投资6000万元\n",
        "facts": [("fai", "level", 0.6, 2017, "", "target", None)],
        "absent": [("fai", "level", 0.6, 2017, "", "actual")],
    },
    # ---- a year written in Chinese numerals (二〇一五年累计) is no 五年累计: its figure is the year's
    {
        "id": "chinese_numeral_year_is_not_five_years",
        "meta": {"year": 2015, "report_date": "2016-01-20", "region": "洛川县"},
        "text": "二〇一五年累计完成固定资产投资120.5亿元,增长15.2%。",
        "facts": [
            ("fai", "level", 120.5, 2015, "", "actual", None),
            ("fai", "yoy_pct", 15.2, 2015, "", "actual", None),
        ],
        "absent": [("fai", "level", 120.5, 2015, "", "actual", 2011)],
    },
    # ---- a milestone between a subject's figures (首次突破千亿元) is an aside: the growth after it is the subject's
    {
        "id": "milestone_aside_between_figures",
        "meta": {"year": 2022, "report_date": "2023-02-08", "region": "黄山市", "level": "city"},
        "text": (
            "过去一年,全市地区生产总值达到1002.6亿元,首次突破千亿元,增长4.5%;"
            "社会消费品零售总额101.2亿元,总量突破百亿元大关,增长12.4%。"
            "一般公共预算收入迈上十亿元台阶,增长7.1%。"
        ),
        "facts": [
            ("gdp", "level", 1002.6, 2022, "", "actual", None),
            ("gdp", "yoy_pct", 4.5, 2022, "", "actual", None),
            ("retail_sales", "level", 101.2, 2022, "", "actual", None),
            ("retail_sales", "yoy_pct", 12.4, 2022, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 7.1, 2022, "", "actual", None),
        ],
        "absent": [("gdp", "level", 1000.0), ("retail_sales", "level", 100.0), ("general_budget_revenue", "level")],
    },
    # ---- 在去年增长4.5%的基础上: the year is the base the targets grow from, not their year
    {
        "id": "year_on_basis_is_a_base",
        "meta": {"year": 2022, "report_date": "2023-02-08", "region": "黄山市", "level": "city"},
        "text": (
            "三、2023年主要目标任务\n"
            "今年全市经济社会发展的主要预期目标是:在去年增长4.5%的基础上,地区生产总值增长6.5%左右;"
            "规模以上工业增加值增长9%;城镇新增就业2.6万人。\n"
            "在2022年高基数的基础上,固定资产投资增长10%。"
        ),
        "facts": [
            ("gdp", "yoy_pct", 6.5, 2023, "", "target", None),
            ("industrial_va", "yoy_pct", 9.0, 2023, "", "target", None),
            ("new_urban_jobs", "level", 26000.0, 2023, "", "target", None),
            ("fai", "yoy_pct", 10.0, 2023, "", "target", None),
        ],
        "absent": [
            ("gdp", "yoy_pct", 6.5, 2022),
            ("new_urban_jobs", "level", 26000.0, 2022),
            ("fai", "yoy_pct", 10.0, 2022),
        ],
    },
    # ---- a year followed by 在…基础上 is the time of what follows (the base is the 在 phrase, not the year)
    {
        "id": "year_before_on_basis_is_the_time",
        "meta": {"year": 2022, "report_date": "2023-01-12", "region": "巴州区"},
        "text": (
            "一、过去五年工作回顾\n"
            "2020年在巩固脱贫攻坚成果的基础上,全区地区生产总值增长3.1%。\n"
            "2021年全区在疫情防控常态化基础上,一般公共预算收入增长8.2%。"
        ),
        "facts": [
            ("gdp", "yoy_pct", 3.1, 2020, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 8.2, 2021, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 3.1, 2022), ("general_budget_revenue", "yoy_pct", 8.2, 2022)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_construction(case):
    check_case(case, META_2023)
