"""Constructions found by a blind test of excerpts of our own (session 12, helper h12, set h12): county
and district reports whose figures are mostly fiscal and investment — two budget execution reports
(one with a budget table flattened into text and a wrapped line), two plan execution reports with next
year's targets, two statistical bulletins and two part-year economic reviews (1-6月, 1-9月; one in
full-width digits with a page number) — Zhejiang, Hunan, Hebei, Sichuan, Guangxi, Heilongjiang, Anhui,
Fujian.

By class:

* **a printed year inside the factor removed from a rate** — 按自然口径增长15.3%,剔除2022年留抵退税因素后
  同口径增长8.4% in a report on 2023: the year names the factor's year, not the figure's (the rate was
  dated 2022; the relative form 剔除上年…因素后 was already read so). A factor that names its year and
  runs longer (扣除2022年一次性疫情防控支出影响后增长2.6%) still continues the subject and marks the adjusted
  rate (the rate was lost, or kept beside the unadjusted one as a conflict). A year that opens the clause
  after the adjustment (剔除留抵退税因素后,2022年全县…) still dates the figure.
* **the part of the year before the investment made** — 重点建设项目186个,年度计划投资208.5亿元,1—11月完成
  投资197.3亿元,完成年度计划的94.6%,预计全年完成投资212.0亿元: a clause opening on a part of the year and
  then on the investment made (1—11月完成投资, 1-9月完成投资, 截至9月底完成投资, 前10个月完成投资) carries
  the projects to the clauses after it, as 完成投资 alone does (the share and the year's estimate were lost:
  the digits of 1—11月 made the clause one with figures of its own, which ends the subject's reach).
  A total cost before it still does not govern it (招商引资项目…总投资…,1-9月完成投资…: no funds attracted).
* **a budget's sum planned at a rate in one clause** — 一般公共预算收入按增长6%安排为10.39亿元 (支出按下降2.5%安排为
  35.6亿元, 按照同口径增长6.5%的预期目标编列9.14亿元): the sum is the budget's level for the year, a target (it
  was lost: the rate before it ended the subject's reach; after a comma, 增长6%,安排12.8亿元, it was read). Only
  a budget's subject (…收入, …支出) opening on 按/按照 and a rate; a sum for another use (安排民生支出7.2亿元) and an
  investment planned at a rate keep their reading.
* **a plan column printing a growth in a row of a sum** — ``指标名称 单位 2023年计划 2023年预计完成 增长% 2024年计划``
  over ``地区生产总值 亿元 315 310.6 5.2 6.5%左右`` (``增长6%以上``, ``下降3%``): the plan cell is the target's growth,
  yoy_pct (it was no figure: a percent in a level column of a sum was not read). Only a plan (target) column;
  a rate's row (城镇登记失业率 | % | … | 4.5%) and an estimate column keep their reading.
* **a line broken before a figure** — ``…财政总收入完成12.6亿元,增长`` / ``6.1%。…``, ``全年化解政府隐性债务`` /
  ``3.2亿元,…``: a line ending in a Han character and a next line opening on a figure and its unit are one
  sentence however short the line (lines under 20 characters were kept apart, and the figure lost). A line
  opening on a year (2023年,…), on a count of a list, or after a label of a word or two stays a line.
* **a budget table's share of the adjusted budget** — ``项目 年初预算 调整预算 执行数 为调整预算% 比上年±%`` (完成调整
  预算%): the share is completion_pct (the header was no column the table knew, and the share and the
  growth after it were lost); 完成预算% was read before.
* **a plan table's column of a part of the year alone** — ``指标名称 单位 1-6月 同比增长% 全年目标 完成进度%`` (前三季度
  | 增速% | 年度计划): the part's column is its outturn, and the growth beside it that part's (in a table with a
  plan column only columns printing their kind were read, so the half year's figures were lost while the
  plan's were read). A year alone (2023年 | 2024年目标) stays unread: its kind is not told.
* **the same part of the year before, named 上年同期** — 上半年…完成5.62亿元,上年同期为5.31亿元 (…(上年同期为80.2亿元)…):
  the first half of the year before (it was lost, while 去年同期为 was read: 上年同期 was kept out of the
  words that date a figure as a comparison base, which 比/较 before it already tell). 比上年同期增长 and
  上年末 stay bases.
* **growth since the end of last year at a month's end** — 6月末,…贷款余额198.4亿元,较上年末增长8.5% (比去年末): growth
  since January, no catalog measure, as 较年初 (it was a yoy of the whole year: the 年末 of 上年末 was read as
  the year's end). At the year's end (年末,…比上年末增长10.3%) it stays the yoy.

Left (seen, not changed): a growth column after two years' levels (``2023年执行数 2024年预算数 比上年增长%``)
stays unread by design (table_columns: of which year?), though its figures are the later year's growth.
"""

from __future__ import annotations

import pytest
from passages import check_case

from govkit.pipeline.corpus import document_from_text

#: A budget report of January 2024 on 2023.
BUDGET = {"year": 2023, "report_date": "2024-01-16", "region": "缙云县", "level": "county"}
#: A plan execution report of January 2023 on 2022.
PLAN = {"year": 2022, "report_date": "2023-01-10", "region": "攸县", "level": "county"}
#: A review of October 2023 of the first three quarters.
REVIEW = {"year": 2023, "report_date": "2023-10-26", "region": "北流市", "level": "county"}

CASES: list[dict] = [
    # ---- a printed year inside the factor removed from a rate
    {
        "id": "year_of_the_factor_removed_budget_revenue",
        "text": "全县一般公共预算收入完成12.6亿元,自然口径增长11.2%,剔除2022年留抵退税因素后同口径增长4.3%。",
        "facts": [
            ("general_budget_revenue", "level", 12.6, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 4.3, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 4.3, 2022)],
    },
    {
        "id": "year_of_the_factor_removed_spending_deducted",
        "text": "一般公共预算支出45.8亿元,扣除2022年一次性疫情防控支出影响后增长2.6%。",
        "facts": [
            ("fiscal_expenditure", "level", 45.8, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", 2.6, 2023, "", "actual", None),
        ],
        "absent": [("fiscal_expenditure", "yoy_pct", 2.6, 2022)],
    },
    {
        # the rate before the adjusted one is not the fact (it was a conflict of two rates)
        "id": "year_of_the_factor_removed_after_the_unadjusted_rate",
        "text": "一般公共预算支出45.8亿元,下降3.1%,扣除2022年一次性疫情防控支出影响后增长2.6%。",
        "facts": [("fiscal_expenditure", "yoy_pct", 2.6, 2023, "", "actual", None)],
        "absent": [("fiscal_expenditure", "yoy_pct", -3.1)],
    },
    {
        "id": "year_of_the_factor_removed_total_revenue_year_named_with_du",
        "text": "财政总收入完成21.3亿元,剔除2022年度一次性土地收入因素后增长6.1%。",
        "facts": [("fiscal_revenue", "yoy_pct", 6.1, 2023, "", "actual", None)],
        "absent": [("fiscal_revenue", "yoy_pct", 6.1, 2022)],
    },
    {
        # near miss: the year opens the clause after the adjustment and dates the figure
        "id": "year_of_the_factor_near_miss_year_after_the_adjustment",
        "text": "剔除留抵退税因素后,2022年全县一般公共预算收入同口径增长5.6%。",
        "facts": [("general_budget_revenue", "yoy_pct", 5.6, 2022, "", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct", 5.6, 2023)],
    },
    # ---- the part of the year before the investment made
    {
        "id": "investment_made_in_months_carries_projects_to_share",
        "text": "全县42个省市重点项目年度计划投资86.5亿元,1-10月完成投资78.2亿元,完成年度计划的90.4%。",
        "meta": PLAN,
        "facts": [
            ("key_project_investment", "level", 78.2, 2022, "M1-M10", "actual", None),
            ("key_project_investment", "completion_pct", 90.4, 2022, "M1-M10", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "investment_made_in_months_then_year_estimate",
        "text": "全县列入省市重点项目56个,1-9月完成投资63.7亿元,占年度计划的81.2%,预计全年完成投资82亿元。",
        "meta": PLAN,
        "facts": [
            ("key_project_investment", "level", 63.7, 2022, "Q1-Q3", "actual", None),
            ("key_project_investment", "completion_pct", 81.2, 2022, "Q1-Q3", "actual", None),
            ("key_project_investment", "level", 82.0, 2022, "", "estimate", None),
        ],
        "absent": [],
    },
    {
        "id": "investment_made_to_a_month_end_carries_projects",
        "text": "全县重点建设项目118个,截至9月底完成投资45.6亿元,为年度计划的72.3%。",
        "meta": REVIEW,
        "facts": [
            ("key_project_investment", "level", 45.6, 2023, "M1-M9", "actual", None),
            ("key_project_investment", "completion_pct", 72.3, 2023, "M1-M9", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "investment_made_in_first_months_carries_projects",
        "text": "全市纳入调度的重点项目64个,前10个月完成投资51.2亿元,完成年度计划的88.6%。",
        "meta": REVIEW,
        "facts": [
            ("key_project_investment", "level", 51.2, 2023, "M1-M10", "actual", None),
            ("key_project_investment", "completion_pct", 88.6, 2023, "M1-M10", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: read before too — a half year named in words already carried the projects
        "id": "investment_made_near_miss_half_year_in_words",
        "text": "纳入调度的重点建设项目118个,上半年累计完成投资45.6亿元,为年度计划的52.3%。",
        "meta": REVIEW,
        "facts": [
            ("key_project_investment", "level", 45.6, 2023, "H1", "actual", None),
            ("key_project_investment", "completion_pct", 52.3, 2023, "H1", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: a total cost between the projects attracted and the investment made
        "id": "investment_made_near_miss_total_cost_of_projects_attracted",
        "text": "全市招商引资项目35个,总投资120亿元,1-9月完成投资46亿元,完成年度计划的78%。",
        "meta": REVIEW,
        "facts": [],
        "absent": [("investment_attracted",), ("key_project_investment",)],
    },
]


#: A budget draft's passage: the draft's heading sets the year and its kind.
_DRAFT = "关于南江县2023年预算执行情况和2024年预算草案的报告\n二、2024年预算草案\n"

CASES += [
    # ---- a budget's sum planned at a rate in one clause
    {
        "id": "budget_planned_at_rate_revenue",
        "text": _DRAFT + "2024年,全县一般公共预算收入按增长6%安排为10.39亿元。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 6.0, 2024, "", "target", None),
            ("general_budget_revenue", "level", 10.39, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "budget_planned_at_a_fall_spending",
        "text": _DRAFT + "全县一般公共预算支出按下降2.5%安排为35.6亿元,主要是上年一次性支出不再安排。",
        "facts": [
            ("fiscal_expenditure", "yoy_pct", -2.5, 2024, "", "target", None),
            ("fiscal_expenditure", "level", 35.6, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "budget_planned_at_rate_named_as_goal_outside_a_draft",
        "text": "2024年一般公共预算收入按照同口径增长6.5%的预期目标编列9.14亿元。",
        "facts": [("general_budget_revenue", "level", 9.14, 2024, "", "target", None)],
        "absent": [],
    },
    {
        # near miss: a sum planned for another use after the revenue's outturn and rate
        "id": "budget_planned_near_miss_other_use",
        "text": "一般公共预算收入完成9.8亿元,按同口径增长8.4%,安排民生支出7.2亿元。",
        "facts": [
            ("general_budget_revenue", "level", 9.8, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 8.4, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 7.2), ("fiscal_expenditure",)],
    },
    {
        # near miss: a subject that is no budget's (an investment) planned at a rate keeps its rate only
        "id": "budget_planned_near_miss_investment_at_rate",
        "text": _DRAFT + "全县固定资产投资按增长8%安排为120亿元。",
        "facts": [("fai", "yoy_pct", 8.0, 2024, "", "target", None)],
        "absent": [("fai", "level")],
    },
]


#: A plan report's table in text: the plan columns print some targets as a level, some as a growth.
_PLAN_TABLE = (
    "关于石门县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
    "2023年主要指标完成情况及2024年计划如下:\n"
    "指标名称 单位 2023年计划 2023年预计完成 增长% 2024年计划\n"
)
_TABLE_META = {"year": 2023, "report_date": "2024-01-10", "region": "石门县", "level": "county"}

CASES += [
    # ---- a plan column printing a growth in a row of a sum
    {
        "id": "plan_table_growth_cell_about",
        "text": _PLAN_TABLE + "地区生产总值 亿元 315 310.6 5.2 6.5%左右\n社会消费品零售总额 亿元 128 126.3 6.8 7%\n",
        "meta": _TABLE_META,
        "facts": [
            ("gdp", "level", 310.6, 2023, "", "estimate", None),
            ("gdp", "yoy_pct", 6.5, 2024, "", "target", None),
            ("retail_sales", "yoy_pct", 7.0, 2024, "", "target", None),
        ],
        "absent": [("gdp", "level", 6.5), ("retail_sales", "level", 7.0)],
    },
    {
        "id": "plan_table_growth_cell_named_growth",
        "text": _PLAN_TABLE + "一般公共预算收入 亿元 12.8 13.05 7.9 增长6%以上\n地区生产总值 亿元 315 310.6 5.2 330\n",
        "meta": _TABLE_META,
        "facts": [
            ("general_budget_revenue", "yoy_pct", 6.0, 2024, "", "target", None),
            ("gdp", "level", 330.0, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "plan_table_growth_cell_fall",
        "text": _PLAN_TABLE + "单位地区生产总值能耗 吨标准煤/万元 0.52 0.51 -3.1 下降3%\n",
        "meta": _TABLE_META,
        "facts": [("energy_intensity", "yoy_pct", -3.0, 2024, "", "target", None)],
        "absent": [],
    },
    {
        # near miss: a rate's row keeps its plan cell as the rate's level
        "id": "plan_table_growth_cell_near_miss_rate_row",
        "text": _PLAN_TABLE + "城镇登记失业率 % 4.5 4.2 — 4.5%\n地区生产总值 亿元 315 310.6 5.2 330\n",
        "meta": _TABLE_META,
        "facts": [
            ("unemployment_rate", "level", 4.5, 2024, "", "target", None),
            ("gdp", "level", 330.0, 2024, "", "target", None),
        ],
        "absent": [("unemployment_rate", "yoy_pct")],
    },
    {
        # near miss: a percent in an estimate column of a row of a sum is not read
        "id": "plan_table_growth_cell_near_miss_estimate_column",
        "text": _PLAN_TABLE + "地区生产总值 亿元 315 5.2% — 330\n",
        "meta": _TABLE_META,
        "facts": [("gdp", "level", 330.0, 2024, "", "target", None)],
        "absent": [("gdp", "yoy_pct", 5.2), ("gdp", "level", 5.2)],
    },
]


CASES += [
    # ---- a line broken before a figure
    {
        "id": "figure_runs_on_after_growth_word",
        "text": "一、一般公共预算\n全县财政总收入完成12.6亿元,增长\n6.1%。一般公共预算支出58.96亿元,下降3.5%。",
        "facts": [
            ("fiscal_revenue", "level", 12.6, 2023, "", "actual", None),
            ("fiscal_revenue", "yoy_pct", 6.1, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "figure_runs_on_after_subject",
        "text": "二、政府债务\n全年化解政府隐性债务\n3.2亿元,超额完成年度化债任务。",
        "facts": [("debt_resolved", "level", 3.2, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "figure_runs_on_share_after_short_line",
        "text": "全县民生支出占比达到\n82.5%,教育支出增长4.2%。",
        "facts": [("livelihood_spending_share", "level", 82.5, 2023, "", "actual", None)],
        "absent": [],
    },
]


#: A budget report's table in text (万元).
_BUDGET_TABLE = "关于安化县2023年预算执行情况和2024年预算草案的报告\n表1 2023年一般公共预算收支执行情况(单位:万元)\n"
_BUDGET_META = {"year": 2023, "report_date": "2024-01-10", "region": "安化县", "level": "county"}

CASES += [
    # ---- a budget table's column of the share of the adjusted budget
    {
        "id": "budget_table_share_of_adjusted_budget",
        "text": _BUDGET_TABLE
        + "项目 年初预算 调整预算 执行数 为调整预算% 比上年±%\n"
        + "一般公共预算收入 75000 76500 77820 101.7 6.3\n一般公共预算支出 420000 455000 431260 94.8 -2.1\n",
        "meta": _BUDGET_META,
        "facts": [
            ("general_budget_revenue", "level", 7.782, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 7.65, 2023, "", "target", None),
            ("general_budget_revenue", "completion_pct", 101.7, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 6.3, 2023, "", "actual", None),
            ("fiscal_expenditure", "completion_pct", 94.8, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", -2.1, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "budget_table_share_done_of_adjusted_budget",
        "text": _BUDGET_TABLE
        + "项目 调整预算数 执行数 完成调整预算% 比上年增减%\n"
        + "一般公共预算收入 76500 77820 101.7 6.3\n一般公共预算支出 455000 431260 94.8 -2.1\n",
        "meta": _BUDGET_META,
        "facts": [
            ("general_budget_revenue", "completion_pct", 101.7, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", -2.1, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: read before too — the share of the budget without 调整
        "id": "budget_table_share_near_miss_plain_budget",
        "text": _BUDGET_TABLE
        + "项目 年初预算 调整预算 执行数 完成预算% 比上年增长%\n"
        + "一般公共预算收入 75000 76500 77820 101.7 6.3\n",
        "meta": _BUDGET_META,
        "facts": [("general_budget_revenue", "completion_pct", 101.7, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "level", 1.017)],
    },
]


#: A part-year review's table of indicators beside the year's targets.
_REVIEW_META = {"year": 2024, "report_date": "2024-07-18", "region": "金沙县", "level": "county"}

CASES += [
    # ---- a plan table's column of a part of the year alone
    {
        "id": "plan_table_part_of_year_alone_is_its_outturn",
        "text": "金沙县2024年上半年主要经济指标完成情况\n指标名称 单位 1-6月 同比增长% 全年目标 完成进度%\n"
        "地区生产总值 亿元 168.3 5.6 — —\n一般公共预算收入 万元 52360 4.1 98000 53.4\n",
        "meta": _REVIEW_META,
        "facts": [
            ("gdp", "level", 168.3, 2024, "M1-M6", "actual", None),
            ("gdp", "yoy_pct", 5.6, 2024, "M1-M6", "actual", None),
            ("general_budget_revenue", "level", 5.236, 2024, "M1-M6", "actual", None),
            ("general_budget_revenue", "yoy_pct", 4.1, 2024, "M1-M6", "actual", None),
            ("general_budget_revenue", "level", 9.8, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "plan_table_quarters_alone_beside_the_year_plan",
        "text": "金沙县2024年前三季度主要经济指标\n指标 单位 前三季度 增速% 年度计划\n"
        "社会消费品零售总额 亿元 63.8 5.2 88\n规模以上工业增加值 % — 7.9 9\n",
        "meta": {**_REVIEW_META, "report_date": "2024-10-20"},
        "facts": [
            ("retail_sales", "level", 63.8, 2024, "Q1-Q3", "actual", None),
            ("retail_sales", "yoy_pct", 5.2, 2024, "Q1-Q3", "actual", None),
            ("retail_sales", "level", 88.0, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        # near miss: a year alone is no part of the year (its kind untold): not read, before and after
        "id": "plan_table_part_of_year_near_miss_year_alone",
        "text": "金沙县2024年主要经济指标\n指标名称 单位 2023年 2024年目标\n地区生产总值 亿元 330.5 350\n",
        "meta": _REVIEW_META,
        "facts": [],
        "absent": [("gdp", "level", 330.5)],
    },
]


#: A half-year review of July 2024.
_HALF_META = {"year": 2024, "report_date": "2024-07-10", "region": "武功县", "level": "county"}

CASES += [
    # ---- the same part of the year before, named 上年同期
    {
        "id": "same_part_of_last_year_named_shangnian_tongqi",
        "text": "上半年,全县一般公共预算收入完成5.62亿元,上年同期为5.31亿元。",
        "meta": _HALF_META,
        "facts": [
            ("general_budget_revenue", "level", 5.62, 2024, "H1", "actual", None),
            ("general_budget_revenue", "level", 5.31, 2023, "H1", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 5.31, 2024)],
    },
    {
        "id": "same_part_of_last_year_in_brackets",
        "text": "1-9月,全县固定资产投资完成86.4亿元(上年同期为80.2亿元),同比增长7.7%。",
        "meta": _HALF_META,
        "facts": [
            ("fai", "level", 86.4, 2024, "Q1-Q3", "actual", None),
            ("fai", "level", 80.2, 2023, "Q1-Q3", "actual", None),
            ("fai", "yoy_pct", 7.7, 2024, "Q1-Q3", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: read before too — 比上年同期 is the growth's base
        "id": "same_part_of_last_year_near_miss_base",
        "text": "上半年,全县一般公共预算收入完成5.62亿元,比上年同期增长5.8%。",
        "meta": _HALF_META,
        "facts": [("general_budget_revenue", "yoy_pct", 5.8, 2024, "H1", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct", 5.8, 2023)],
    },
    {
        # (a balance at a month's end: M1-M6 here, the scorer's H1; the gold takes H1 and M6 as two readings)
        "id": "growth_since_last_year_end_at_a_month_end",
        "text": "6月末,全县各项贷款余额198.4亿元,较上年末增长8.5%。",
        "meta": _HALF_META,
        "facts": [("loan_balance", "level", 198.4, 2024, "M1-M6", "actual", None)],
        "absent": [("loan_balance", "yoy_pct"), ("loan_balance", "level", 198.4, 2023)],
    },
    {
        # read before too (去年末 was no year's end of the figure's)
        "id": "growth_since_last_year_end_at_a_quarter_end",
        "text": "9月末,全县金融机构各项存款余额312.6亿元,各项贷款余额236.4亿元,比去年末增长9.8%。",
        "meta": {**_HALF_META, "report_date": "2024-10-15"},
        "facts": [("loan_balance", "level", 236.4, 2024, "M1-M9", "actual", None)],
        "absent": [("loan_balance", "yoy_pct")],
    },
    {
        # near miss: at the year's end the end of last year is a year ago: yoy, as 比年初 there
        "id": "growth_since_last_year_end_near_miss_at_year_end",
        "text": "年末,全县各项贷款余额256.1亿元,比上年末增长10.3%。",
        "meta": {"year": 2023, "report_date": "2024-03-20", "region": "武功县", "level": "county"},
        "facts": [
            ("loan_balance", "level", 256.1, 2023, "", "actual", None),
            ("loan_balance", "yoy_pct", 10.3, 2023, "", "actual", None),
        ],
        "absent": [],
    },
]


@pytest.mark.parametrize(
    "text",
    [
        "一、财政\n2023年,全县财政总收入完成12.6亿元。",  # a year opens the paragraph after a heading
        "各位代表:\n12个重点项目全部开工。",  # a count without a unit of the list opens a paragraph
        "财政\n12.6亿元",  # a label too short to be a sentence broken
    ],
)
def test_figure_runs_on_near_miss_lines_kept(text):
    # read before too: these line breaks stay
    assert document_from_text(text, "r14a_wrap").text.count("\n") == text.count("\n")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, BUDGET)
