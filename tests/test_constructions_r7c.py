"""Constructions of budget-execution and plan-execution reports (预算执行情况和预算草案的报告,
国民经济和社会发展计划执行情况与计划草案的报告) of counties and cities (session 7): the outturn
printed after a budget or a plan (执行15.6亿元, 执行增长6.2%), a draft budget's 预计 for the year
ahead, the counties' tier of a city's budget (县级…合计), and the lines that must keep giving what
they give (a total of resources, a part of the revenue, shares of the plan and of the budget).

Each case is a short report of its own (not copied from a dev set) written for one construction: its
meta, the facts it must give (indicator, measure, value, year, subperiod, kind, period_start) and
the keys it must not give (a prefix of that tuple).
"""

from __future__ import annotations

import pytest
from passages import check_case

META = {"year": 2023, "report_date": "2024-01-10", "region": "岳西县", "level": "county"}

BUDGET_TITLE = "关于岳西县2023年预算执行情况和2024年预算草案的报告\n"
PLAN_TITLE = "关于岳西县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
CITY = {"region": "安庆市", "level": "city"}

CASES: list[dict] = [
    # ---- 执行 after the budget or the plan: the outturn, its share of the budget and its growth
    {
        "id": "execution_after_initial_and_adjusted_budget",
        "text": BUDGET_TITLE + "一、2023年预算执行情况\n"
        "全县一般公共预算收入年初预算14.9亿元,调整预算15.2亿元,执行15.6亿元,为调整预算的102.6%,增长8.3%。",
        "facts": [
            ("general_budget_revenue", "level", 15.6, 2023, "", "actual", None),
            ("general_budget_revenue", "completion_pct", 102.6, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 8.3, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 14.9, 2023, "", "target", None),
            ("general_budget_revenue", "level", 15.2, 2023, "", "target", None),
        ],
        "absent": [
            ("general_budget_revenue", "level", 14.9, 2023, "", "actual"),
            ("general_budget_revenue", "level", 15.2, 2023, "", "actual"),
            ("general_budget_revenue", "level", 15.6, 2023, "", "target"),
        ],
    },
    # ---- the year's own budget (年初预算, 调整预算数, 预算数) is its target; the outturn after it an actual;
    # a budget of another year or one replaced (上年预算数, 原预算) is not a fact
    {
        "id": "initial_budget_then_whole_year_outturn",
        "text": BUDGET_TITLE + "一、2023年预算执行情况\n"
        "一般公共预算支出年初预算65.0亿元,全年完成68.3亿元,增长5.1%。"
        "全县财政总收入调整预算数为25.0亿元,实际完成25.3亿元,增长7.2%。",
        "facts": [
            ("fiscal_expenditure", "level", 65.0, 2023, "", "target", None),
            ("fiscal_expenditure", "level", 68.3, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", 5.1, 2023, "", "actual", None),
            ("fiscal_revenue", "level", 25.0, 2023, "", "target", None),
            ("fiscal_revenue", "level", 25.3, 2023, "", "actual", None),
            ("fiscal_revenue", "yoy_pct", 7.2, 2023, "", "actual", None),
        ],
        "absent": [
            ("fiscal_expenditure", "level", 68.3, 2023, "", "target"),
            ("fiscal_expenditure", "yoy_pct", 5.1, 2023, "", "target"),
            ("fiscal_expenditure", "level", 65.0, 2023, "", "actual"),
        ],
    },
    {
        "id": "budget_figure_then_accounts_and_earlier_budgets",
        "text": BUDGET_TITLE + "一、2023年预算执行情况\n"
        "一般公共预算收入预算数为12.0亿元,决算数为12.6亿元。"
        "一般公共预算支出原预算58.2亿元,全年执行60.4亿元。",
        "facts": [
            ("general_budget_revenue", "level", 12.0, 2023, "", "target", None),
            ("general_budget_revenue", "level", 12.6, 2023, "", "actual", None),
            ("fiscal_expenditure", "level", 60.4, 2023, "", "actual", None),
        ],
        "absent": [
            ("fiscal_expenditure", "level", 58.2),
            ("general_budget_revenue", "level", 12.6, 2023, "", "target"),
        ],
    },
    {
        "id": "budget_then_revenue_in_the_treasury",
        "text": BUDGET_TITLE + "一、2023年预算执行情况\n"
        "一般公共预算收入年初预算14.9亿元,实际入库15.6亿元,增长8.3%。"
        "财政总收入年初预算24亿元,全年实现25.3亿元,增长7.2%。",
        "facts": [
            ("general_budget_revenue", "level", 14.9, 2023, "", "target", None),
            ("general_budget_revenue", "level", 15.6, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 8.3, 2023, "", "actual", None),
            ("fiscal_revenue", "level", 24.0, 2023, "", "target", None),
            ("fiscal_revenue", "level", 25.3, 2023, "", "actual", None),
            ("fiscal_revenue", "yoy_pct", 7.2, 2023, "", "actual", None),
        ],
        "absent": [
            ("general_budget_revenue", "level", 15.6, 2023, "", "target"),
            ("fiscal_revenue", "level", 25.3, 2023, "", "target"),
        ],
    },
    {
        "id": "execution_after_a_planned_spending",
        "text": BUDGET_TITLE + "一、2023年预算执行情况\n"
        "一般公共预算支出计划32.0亿元,执行33.4亿元,增长4.5%。政府性基金预算支出执行12.1亿元。",
        "facts": [
            ("fiscal_expenditure", "level", 32.0, 2023, "", "target", None),
            ("fiscal_expenditure", "level", 33.4, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", 4.5, 2023, "", "actual", None),
        ],
        "absent": [
            ("fiscal_expenditure", "level", 33.4, 2023, "", "target"),
            ("fiscal_expenditure", "yoy_pct", 4.5, 2023, "", "target"),
            ("fiscal_expenditure", "level", 12.1),
        ],
    },
    {
        "id": "plan_growth_then_executed_growth",
        "text": PLAN_TITLE + "一、2023年计划执行情况\n"
        "全县地区生产总值年度计划增长8%,执行增长6.2%,低于年度计划1.8个百分点。"
        "固定资产投资计划增长10%,执行下降3.5%。",
        "facts": [
            ("gdp", "yoy_pct", 8.0, 2023, "", "target", None),
            ("gdp", "yoy_pct", 6.2, 2023, "", "actual", None),
            ("fai", "yoy_pct", 10.0, 2023, "", "target", None),
            ("fai", "yoy_pct", -3.5, 2023, "", "actual", None),
        ],
        "absent": [
            ("gdp", "yoy_pct", 6.2, 2023, "", "target"),
            ("gdp", "pp_change"),
            ("fai", "yoy_pct", -3.5, 2023, "", "target"),
        ],
    },
    # a label before a colon, then the plan and the outturn (城镇新增就业:年度计划4000人,完成4523人)
    {
        "id": "label_then_plan_and_outturn",
        "text": PLAN_TITLE + "一、2023年计划执行情况\n"
        "地区生产总值:计划增长7%,执行增长6.1%。城镇新增就业:年度计划4000人,完成4523人。"
        "农村劳动力转移就业:计划数1.2万人,完成1.3万人,完成计划的108%。",
        "facts": [
            ("gdp", "yoy_pct", 7.0, 2023, "", "target", None),
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 4000.0, 2023, "", "target", None),
            ("new_urban_jobs", "level", 4523.0, 2023, "", "actual", None),
            ("labor_transfer", "level", 12000.0, 2023, "", "target", None),
            ("labor_transfer", "level", 13000.0, 2023, "", "actual", None),
            ("labor_transfer", "completion_pct", 108.0, 2023, "", "actual", None),
        ],
        "absent": [
            ("new_urban_jobs", "level", 4523.0, 2023, "", "target"),
            ("gdp", "yoy_pct", 6.1, 2023, "", "target"),
        ],
    },
    # 预计执行 stays an estimate (the year described is not over when the report is written)
    {
        "id": "expected_execution_stays_estimate",
        "meta": {"report_date": "2023-12-26"},
        "text": BUDGET_TITLE + "一、2023年预算执行情况\n"
        "全县一般公共预算支出预计执行68.3亿元,增长5.1%。全年一般公共预算收入预计完成15.6亿元。",
        "facts": [
            ("fiscal_expenditure", "level", 68.3, 2023, "", "estimate", None),
            ("fiscal_expenditure", "yoy_pct", 5.1, 2023, "", "estimate", None),
            ("general_budget_revenue", "level", 15.6, 2023, "", "estimate", None),
        ],
        "absent": [("fiscal_expenditure", "level", 68.3, 2023, "", "actual")],
    },
    # ---- 预计 in the draft budget or plan of the year ahead: the draft's figure, a target
    {
        "id": "draft_budget_expected_revenue_is_target",
        "text": BUDGET_TITLE + "一、2023年预算执行情况\n全县一般公共预算收入完成15.6亿元,增长8.3%。\n"
        "二、2024年预算草案\n2024年全县一般公共预算收入预计19.8亿元,增长6%;一般公共预算支出预计安排70.1亿元。",
        "facts": [
            ("general_budget_revenue", "level", 15.6, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 19.8, 2024, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 6.0, 2024, "", "target", None),
            ("fiscal_expenditure", "level", 70.1, 2024, "", "target", None),
        ],
        "absent": [("general_budget_revenue", "level", 19.8, 2024, "", "estimate")],
    },
    {
        "id": "draft_plan_expected_growth_is_target",
        "text": PLAN_TITLE + "二、2024年国民经济和社会发展计划草案\n"
        "预计全县地区生产总值增长6.5%左右,固定资产投资增长8%,城镇居民人均可支配收入增长6%。",
        "facts": [
            ("gdp", "yoy_pct", 6.5, 2024, "", "target", None),
            ("fai", "yoy_pct", 8.0, 2024, "", "target", None),
            ("urban_income", "yoy_pct", 6.0, 2024, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.5, 2024, "", "estimate")],
    },
    {
        "id": "budget_arrangement_of_next_year_delivered_in_december",
        "meta": {"report_date": "2023-12-20"},
        "text": BUDGET_TITLE + "二、2024年预算安排\n一般公共预算收入预计完成16.5亿元,增长5.8%。",
        "facts": [
            ("general_budget_revenue", "level", 16.5, 2024, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 5.8, 2024, "", "target", None),
        ],
        "absent": [
            ("general_budget_revenue", "level", 16.5, 2024, "", "estimate"),
            ("general_budget_revenue", "level", 16.5, 2023),
        ],
    },
    # ---- the counties' tier of a city's budget is not the city's; the county's own 县级 is
    {
        "id": "city_budget_county_tier_not_the_city",
        "meta": CITY,
        "text": "关于安庆市2023年预算执行情况的报告\n"
        "全市一般公共预算收入完成185.2亿元,增长7.1%。县级一般公共预算收入合计142.9亿元,增长6.0%。",
        "facts": [
            ("general_budget_revenue", "level", 185.2, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 7.1, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 142.9), ("general_budget_revenue", "yoy_pct", 6.0)],
    },
    {
        "id": "city_budget_own_tier_and_county_tier_spending",
        "meta": CITY,
        "text": "关于安庆市2023年预算执行情况的报告\n"
        "全市一般公共预算支出完成402.6亿元,增长4.2%。其中,市本级一般公共预算支出88.1亿元,县级一般公共预算支出314.5亿元。",
        "facts": [("fiscal_expenditure", "level", 402.6, 2023, "", "actual", None)],
        "absent": [("fiscal_expenditure", "level", 88.1), ("fiscal_expenditure", "level", 314.5)],
    },
    {
        "id": "county_tier_in_a_county_report_is_its_own",
        "text": BUDGET_TITLE + "完成县级一般公共预算支出31.2亿元,增长3%。",
        "facts": [
            ("fiscal_expenditure", "level", 31.2, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", 3.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- tables of plans and outturns: each column's kind from its header (计划, 执行, 预计, 完成计划%)
    {
        "id": "table_plan_execution_with_share_of_plan",
        "text": PLAN_TITLE + "表1 2023年主要指标计划执行情况\n"
        "| 指标 | 单位 | 2023年计划 | 2023年执行 | 完成计划% |\n"
        "| 地区生产总值增速 | % | 7 | 6.1 | 87.1 |\n"
        "| 固定资产投资 | 亿元 | 120 | 118.2 | 98.5 |\n"
        "| 城镇居民人均可支配收入 | 元 | 42000 | 42350 | 100.8 |\n",
        "facts": [
            ("gdp", "yoy_pct", 7.0, 2023, "", "target", None),
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("fai", "level", 120.0, 2023, "", "target", None),
            ("fai", "level", 118.2, 2023, "", "actual", None),
            ("fai", "completion_pct", 98.5, 2023, "", "actual", None),
            ("urban_income", "level", 42000.0, 2023, "", "target", None),
            ("urban_income", "level", 42350.0, 2023, "", "actual", None),
            ("urban_income", "completion_pct", 100.8, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "completion_pct"), ("fai", "level", 120.0, 2023, "", "actual")],
    },
    {
        "id": "table_budget_and_outturn_columns_without_a_year",
        "text": BUDGET_TITLE + "一、2023年预算执行情况\n"
        "项目 | 单位 | 预算数 | 执行数 | 为预算% | 增长%\n"
        "一般公共预算收入 | 亿元 | 15.2 | 15.6 | 102.6 | 8.3\n"
        "一般公共预算支出 | 亿元 | 70.2 | 68.3 | 97.3 | 5.1\n",
        "facts": [
            ("general_budget_revenue", "level", 15.2, 2023, "", "target", None),
            ("general_budget_revenue", "level", 15.6, 2023, "", "actual", None),
            ("general_budget_revenue", "completion_pct", 102.6, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 8.3, 2023, "", "actual", None),
            ("fiscal_expenditure", "level", 70.2, 2023, "", "target", None),
            ("fiscal_expenditure", "level", 68.3, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", 5.1, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 8.3, 2023, "", "target")],
    },
    {
        "id": "table_next_year_plan_beside_this_year_estimate",
        "text": PLAN_TITLE + "二、2024年国民经济和社会发展计划草案\n"
        "表2 2024年主要指标计划(草案)\n"
        "| 指标 | 单位 | 2023年预计 | 2024年计划 | 增长% |\n"
        "| 地区生产总值 | 亿元 | 260 | 276 | 6 |\n"
        "| 一般公共预算收入 | 亿元 | 19 | 20 | 5 |\n",
        "facts": [
            ("gdp", "level", 260.0, 2023, "", "estimate", None),
            ("gdp", "level", 276.0, 2024, "", "target", None),
            ("general_budget_revenue", "level", 20.0, 2024, "", "target", None),
        ],
        # the growth beside two years (the estimate's or the plan's?) is not read
        "absent": [("gdp", "yoy_pct"), ("general_budget_revenue", "yoy_pct"), ("gdp", "level", 276.0, 2023)],
    },
    {
        "id": "table_of_targets_under_a_plan_heading",
        "text": PLAN_TITLE + "二、2024年国民经济和社会发展计划草案\n"
        "表3 2024年主要预期目标\n指标 单位 目标 增长(%)\n地区生产总值 亿元 276 6\n固定资产投资 亿元 127 8\n"
        "表4 主要指标\n指标 单位 计划 增长(%)\n社会消费品零售总额 亿元 70 7\n",
        "facts": [
            ("gdp", "level", 276.0, 2024, "", "target", None),
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
            ("fai", "level", 127.0, 2024, "", "target", None),
            ("fai", "yoy_pct", 8.0, 2024, "", "target", None),
        ],
        # a plan column with no year printed in it or its title, and no outturn beside it: not read
        "absent": [("retail_sales",), ("gdp", "level", 276.0, 2024, "", "actual")],
    },
    # a table of a part of the year: 全年计划 is the year's target, 1-6月执行 the part's outturn, a plain 计划
    # (that part's plan, or the year's?) is not read
    {
        "id": "table_half_year_execution_of_the_annual_plan",
        "meta": {"year": 2024, "report_date": "2024-07-20"},
        "text": "岳西县2024年上半年国民经济和社会发展计划执行情况\n"
        "表1 2024年上半年主要指标计划执行情况\n"
        "| 指标 | 单位 | 全年计划 | 1-6月执行 | 完成全年计划% |\n"
        "| 固定资产投资 | 亿元 | 130 | 62.4 | 48 |\n"
        "表2 2024年上半年主要指标\n"
        "| 指标 | 单位 | 计划 | 执行 |\n"
        "| 社会消费品零售总额 | 亿元 | 35 | 33.6 |\n",
        "facts": [
            ("fai", "level", 130.0, 2024, "", "target", None),
            ("fai", "level", 62.4, 2024, "M1-M6", "actual", None),
            ("fai", "completion_pct", 48.0, 2024, "H1", "actual", None),
            ("retail_sales", "level", 33.6, 2024, "H1", "actual", None),
        ],
        "absent": [("fai", "level", 130.0, 2024, "H1"), ("retail_sales", "level", 35.0)],
    },
    # a table of the city government's own tier (市本级) is not the city's
    {
        "id": "table_of_the_city_tier_is_not_the_city",
        "meta": CITY,
        "text": "关于安庆市2023年预算执行情况的报告\n"
        "表1 2023年全市一般公共预算收支执行情况(单位:亿元)\n"
        "| 项目 | 预算数 | 执行数 | 为预算% |\n| 一般公共预算收入 | 180 | 185.2 | 102.9 |\n"
        "表2 2023年市本级一般公共预算收支执行情况(单位:亿元)\n"
        "| 项目 | 预算数 | 执行数 | 为预算% |\n| 一般公共预算收入 | 40 | 42.3 | 105.8 |\n"
        "表3 市本级主要收入\n| 项目 | 2023年 | 增长(%) |\n| 一般公共预算收入 | 42.3 | 5.2 |\n",
        "facts": [
            ("general_budget_revenue", "level", 180.0, 2023, "", "target", None),
            ("general_budget_revenue", "level", 185.2, 2023, "", "actual", None),
            ("general_budget_revenue", "completion_pct", 102.9, 2023, "", "actual", None),
        ],
        "absent": [
            ("general_budget_revenue", "level", 40.0),
            ("general_budget_revenue", "level", 42.3),
            ("general_budget_revenue", "completion_pct", 105.8),
            ("general_budget_revenue", "yoy_pct", 5.2),
        ],
    },
    # the share of a budget or plan whose figure is printed (为年初预算14.9亿元的104.7%): the budget is a
    # target, the share and the growth after it are achieved
    {
        "id": "share_of_a_printed_budget_or_plan",
        "text": BUDGET_TITLE + "一、2023年预算执行情况\n"
        "地方财政收入完成15.6亿元,为年初预算14.9亿元的104.7%,增长8.3%。"
        "一般公共预算支出完成68.3亿元,占调整预算70.2亿元的97.3%,增长5.1%。",
        "facts": [
            ("general_budget_revenue", "level", 15.6, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 14.9, 2023, "", "target", None),
            ("general_budget_revenue", "completion_pct", 104.7, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 8.3, 2023, "", "actual", None),
            ("fiscal_expenditure", "level", 70.2, 2023, "", "target", None),
            ("fiscal_expenditure", "completion_pct", 97.3, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", 5.1, 2023, "", "actual", None),
        ],
        "absent": [
            ("general_budget_revenue", "yoy_pct", 8.3, 2023, "", "target"),
            ("fiscal_expenditure", "yoy_pct", 5.1, 2023, "", "target"),
        ],
    },
    {
        "id": "share_of_a_printed_plan",
        "text": PLAN_TITLE + "一、2023年计划执行情况\n"
        "全县地区生产总值262亿元,为年度计划270亿元的97%,增长5.2%。"
        "固定资产投资完成118.2亿元,完成年度计划120亿元的98.5%,下降3.5%。",
        "facts": [
            ("gdp", "level", 270.0, 2023, "", "target", None),
            ("gdp", "completion_pct", 97.0, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 5.2, 2023, "", "actual", None),
            ("fai", "level", 118.2, 2023, "", "actual", None),
            ("fai", "completion_pct", 98.5, 2023, "", "actual", None),
            ("fai", "yoy_pct", -3.5, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 5.2, 2023, "", "target"), ("fai", "yoy_pct", -3.5, 2023, "", "target")],
    },
    # ---- the difference from the budget or the plan (比预算增收, 超收, 比计划多) is no level; the growth
    # after it is still the subject's, achieved
    {
        "id": "difference_from_budget_then_growth",
        "text": BUDGET_TITLE + "一、2023年预算执行情况\n"
        "全县一般公共预算收入15.6亿元,比预算增收0.8亿元,增长8.3%。"
        "一般公共预算支出68.3亿元,较调整预算少支出1.9亿元,增长5.1%。财政总收入25.3亿元,超收0.4亿元,增长7.2%。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 8.3, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", 5.1, 2023, "", "actual", None),
            ("fiscal_revenue", "level", 25.3, 2023, "", "actual", None),
            ("fiscal_revenue", "yoy_pct", 7.2, 2023, "", "actual", None),
        ],
        "absent": [
            ("general_budget_revenue", "level", 0.8),
            ("fiscal_expenditure", "level", 1.9),
            ("fiscal_revenue", "level", 0.4),
        ],
    },
    {
        "id": "difference_from_plan_then_growth",
        "text": PLAN_TITLE + "一、2023年计划执行情况\n"
        "城镇居民人均可支配收入42350元,比计划多350元,增长6.5%,高于计划0.5个百分点。"
        "农村居民人均可支配收入18650元,较目标少120元,增长7.1%。",
        "facts": [
            ("urban_income", "level", 42350.0, 2023, "", "actual", None),
            ("urban_income", "yoy_pct", 6.5, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 7.1, 2023, "", "actual", None),
        ],
        "absent": [
            ("urban_income", "level", 350.0),
            ("urban_income", "yoy_pct", 6.5, 2023, "", "target"),
            ("urban_income", "pp_change"),
            ("rural_income", "level", 120.0),
        ],
    },
    # ---- lines that give what they give (guards of this report type)
    {
        "id": "total_of_resources_and_parts_are_not_the_revenue",
        "text": BUDGET_TITLE + "一、2023年预算执行情况\n"
        "全县一般公共预算收入完成15.6亿元,增长8.3%。其中:税收收入12.1亿元,增长6.2%;非税收入3.5亿元。"
        "加上上级补助收入45.6亿元、债务转贷收入8.2亿元,收入总计69.4亿元。",
        "facts": [
            ("general_budget_revenue", "level", 15.6, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 8.3, 2023, "", "actual", None),
        ],
        "absent": [
            ("general_budget_revenue", "level", 12.1),
            ("general_budget_revenue", "yoy_pct", 6.2),
            ("general_budget_revenue", "level", 69.4),
            ("fiscal_revenue", "level", 69.4),
        ],
    },
    {
        "id": "whole_revenue_local_part_and_livelihood_share",
        "text": BUDGET_TITLE + "一、2023年预算执行情况\n"
        "全口径财政收入完成25.3亿元,增长7.2%,其中地方级收入15.6亿元,上划中央收入9.7亿元。"
        "一般公共预算支出完成68.3亿元,其中民生支出52.3亿元,占比76.5%。",
        "facts": [
            ("fiscal_revenue", "level", 25.3, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 15.6, 2023, "", "actual", None),
            ("fiscal_expenditure", "level", 68.3, 2023, "", "actual", None),
            ("livelihood_spending_share", "level", 76.5, 2023, "", "actual", None),
        ],
        "absent": [
            ("fiscal_revenue", "level", 9.7),
            ("general_budget_revenue", "level", 9.7),
            ("fiscal_expenditure", "level", 52.3),
        ],
    },
    {
        "id": "share_of_the_plan_two_ways",
        "text": PLAN_TITLE + "一、2023年计划执行情况\n"
        "固定资产投资完成年度计划的96.5%。社会消费品零售总额完成62.1亿元,为计划的101.2%。",
        "facts": [
            ("fai", "completion_pct", 96.5, 2023, "", "actual", None),
            ("retail_sales", "level", 62.1, 2023, "", "actual", None),
            ("retail_sales", "completion_pct", 101.2, 2023, "", "actual", None),
        ],
        "absent": [("fai", "level"), ("retail_sales", "level", 101.2)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)
