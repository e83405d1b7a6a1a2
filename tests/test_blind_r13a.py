"""Constructions found by the blind set h9 of session 11 (prefecture-level cities and city districts,
including districts of municipalities: a statistical bulletin, a plan execution report, a budget
execution report, work reports, a quarterly review, a report to a visiting leader), by class:

A. a base printed with its accounts word after 上年 (比上年决算数78.44亿元增长10.3%, 较上年执行数42.8亿元):
   the base's level, of the year before (it was the year described's);
B. 上年 inside an adjustment phrase of the figure's own clause (剔除上年一次性支出因素后同口径增长1.5%): it
   names the factor's year, not the figure's (the rate went to the year before);
C. a share of a budget or plan whose size is printed before 的 with a long number (完成调整预算123.05亿元的
   96.5%): completion_pct (the phrase fell outside the measure's window: no fact);
D. 民生方面的支出 / 民生领域支出 … 占一般公共预算支出的X%: the livelihood share, as after 民生支出 (no fact);
   and a share reached (民生支出…,占一般公共预算支出比重达到81.2%, 稳定在80%以上): the share, as 占…的81.2%
   (达到 made it a level of the spending: no fact);
E. 重点工程 / 重大工程 (区级重点工程246项,完成投资263.5亿元): the key projects under another name, as
   重点项目 / 重大项目 (not read);
F. the own region's parks as the actor of a clause (全市12个省级以上开发区实现…;完成固定资产投资1210亿元):
   the later figures of the sentence are the parks', not the region's (全市 before the parks, and 占全市的72%,
   were read as the region named);
G. a table row label ending on 增长 before its unit (地区生产总值增长(%) | 6.5 | 5.6): its cells are growth
   rates, as after 增速 (the table was not read);
H. 今年以来 in a report dated after April whose main year is the year before (a report of May 2024 on 2023 and
   the year so far): the report's own year, flagged to_date (it was the year described); 截至目前 too;
I. metadata: a report to a visiting leader (or a speech) dated May–October that reviews the year before
   (2023年,全区…) and goes on to 今年以来: its main year is its own (it was the year before).

Each case is a short passage of its own (not copied from the blind texts) written for one
construction: the facts it must give (indicator, measure, value, year, subperiod, kind,
period_start) and the keys it must not give (a prefix of that tuple). Every case but the
near-misses failed before.
"""

from __future__ import annotations

import pytest
from passages import check_case, check_meta

#: A budget report of January 2024 on 2023.
META = {"year": 2023, "report_date": "2024-01-10", "region": "武清区", "level": "county"}
CITY = {"year": 2023, "report_date": "2024-01-15", "region": "淄博市", "level": "city"}
#: A plan execution report of January 2025 on 2024.
PLAN = {"year": 2024, "report_date": "2025-01-06", "region": "莆田市", "level": "city"}
#: A report to a visiting leader of June 2024 whose main year is 2023.
VISIT = {"year": 2023, "report_date": "2024-06-12", "region": "铁西区", "level": "county"}

CASES: list[dict] = [
    # ---- A. a base printed with its accounts word after 上年
    {
        "id": "base_after_final_accounts_word",
        "text": "全区一般公共预算收入完成24.6亿元,比上年决算数22.35亿元增长10.1%。",
        "facts": [
            ("general_budget_revenue", "level", 24.6, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 22.35, 2022, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 10.1, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 22.35, 2023)],
    },
    {
        "id": "base_after_outturn_word",
        "text": "一般公共预算支出完成58.1亿元,较上年执行数55.4亿元增长4.9%。",
        "facts": [
            ("fiscal_expenditure", "level", 58.1, 2023, "", "actual", None),
            ("fiscal_expenditure", "level", 55.4, 2022, "", "actual", None),
        ],
        "absent": [("fiscal_expenditure", "level", 55.4, 2023)],
    },
    # near miss: the budget printed before its share is the year's own target, not the year before's
    {
        "id": "budget_base_stays_the_years_target",
        "text": "全区一般公共预算收入完成24.6亿元,为年初预算23亿元的107%。",
        "facts": [
            ("general_budget_revenue", "level", 23.0, 2023, "", "target", None),
            ("general_budget_revenue", "completion_pct", 107.0, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 23.0, 2022)],
    },
    # ---- B. 上年 inside an adjustment phrase of the figure's own clause
    {
        "id": "last_year_inside_adjustment_phrase",
        "meta": {"year": 2023, "report_date": "2024-01-10"},
        "text": "二、2024年预算草案\n一般公共预算支出安排72.5亿元,比上年执行数下降3.4%,剔除上年一次性支出因素后同口径增长2.2%。",
        "facts": [
            ("fiscal_expenditure", "level", 72.5, 2024, "", "target", None),
            ("fiscal_expenditure", "yoy_pct", 2.2, 2024, "", "target", None),
        ],
        "absent": [("fiscal_expenditure", "yoy_pct", 2.2, 2023)],
    },
    {
        "id": "last_year_inside_deduction_of_a_printed_year",
        "text": "2024年一般公共预算收入预期33亿元,增长3%,扣除上年一次性土地收入影响后增长5.5%。",
        "facts": [("general_budget_revenue", "yoy_pct", 5.5, 2024, "", "target", None)],
        "absent": [("general_budget_revenue", "yoy_pct", 5.5, 2023)],
    },
    # near miss: 上年 opening the figure's clause still dates it
    {
        "id": "last_year_opening_the_clause_dates_it",
        "text": "全区一般公共预算收入完成31.2亿元,增长5.8%,上年增长4.1%。",
        "facts": [("general_budget_revenue", "yoy_pct", 4.1, 2022, "", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct", 4.1, 2023)],
    },
    # ---- C. a share of a budget whose size is printed before 的
    {
        "id": "completion_of_printed_adjusted_budget",
        "text": "全区一般公共预算支出完成96.01亿元,完成调整预算102.35亿元的93.8%,增长2.4%。",
        "facts": [
            ("fiscal_expenditure", "level", 96.01, 2023, "", "actual", None),
            ("fiscal_expenditure", "completion_pct", 93.8, 2023, "", "actual", None),
        ],
        "absent": [("fiscal_expenditure", "level", 93.8)],
    },
    {
        "id": "completion_of_printed_annual_plan",
        "meta": CITY,
        "text": "全市重点项目完成投资412.36亿元,完成年度计划投资385.2亿元的107.1%。",
        "facts": [("key_project_investment", "completion_pct", 107.1, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- D. 民生方面的支出 … 占一般公共预算支出的X%
    {
        "id": "livelihood_aspect_spending_share",
        "text": "全区用于教育、医疗、养老等民生方面的支出41.3亿元,占一般公共预算支出的78.6%。",
        "facts": [("livelihood_spending_share", "level", 78.6, 2023, "", "actual", None)],
        "absent": [("fiscal_expenditure",)],
    },
    {
        "id": "livelihood_field_spending_share",
        "meta": CITY,
        "text": "全市民生领域支出512亿元,占一般公共预算支出比重为81.2%。",
        "facts": [("livelihood_spending_share", "level", 81.2, 2023, "", "actual", None)],
        "absent": [],
    },
    # D'. the share reached (占…比重达到/稳定在X%), as 占…的X%
    {
        "id": "livelihood_share_reached",
        "meta": CITY,
        "text": "全市民生支出完成512亿元,占一般公共预算支出比重达到81.2%。",
        "facts": [("livelihood_spending_share", "level", 81.2, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "livelihood_share_kept_at",
        "text": "全区民生支出41.2亿元,占一般公共预算支出的比重稳定在80%以上。",
        "facts": [("livelihood_spending_share", "level", 80.0, 2023, "", "actual", None)],
        "absent": [],
    },
    # near misses: a share of no catalog name reached stays no fact; a rate reached stays its level
    {
        "id": "tertiary_share_reached_no_fact",
        "meta": CITY,
        "text": "全市第三产业增加值占地区生产总值比重提高到48.5%,森林覆盖率达到21.6%。",
        "facts": [("forest_coverage", "level", 21.6, 2023, "", "actual", None)],
        "absent": [("tertiary_va",), ("gdp",)],
    },
    # near miss: the share of another spending stays no fact
    {
        "id": "education_spending_share_no_fact",
        "text": "全区教育方面的支出12.4亿元,占一般公共预算支出的18.2%。",
        "facts": [],
        "absent": [("livelihood_spending_share",)],
    },
    # ---- E. 重点工程 / 重大工程 are the key projects
    {
        "id": "district_key_works_investment",
        "meta": {"year": 2023, "report_date": "2024-01-08", "region": "通州区"},
        "text": "全年实施区级重点工程186项,完成投资215.4亿元,完成年度计划的103.6%。",
        "facts": [
            ("key_project_investment", "level", 215.4, 2023, "", "actual", None),
            ("key_project_investment", "completion_pct", 103.6, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "major_works_planned_investment",
        "meta": {"year": 2025, "report_date": "2026-01-09", "region": "闵行区"},
        "text": "三、2026年主要工作\n全年安排市、区重大工程96项,计划完成投资310亿元。",
        "facts": [("key_project_investment", "level", 310.0, 2026, "", "target", None)],
        "absent": [],
    },
    {
        "id": "city_key_works_counted_in_ge",
        "meta": {"year": 2023, "report_date": "2024-01-08", "region": "通州区"},
        "text": "全年实施区重点工程38个,完成投资126.4亿元,完成年度计划的104.2%。",
        "facts": [
            ("key_project_investment", "level", 126.4, 2023, "", "actual", None),
            ("key_project_investment", "completion_pct", 104.2, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # near miss: the reduction of emissions by key works is no key-project figure
    {
        "id": "key_works_emission_reduction_no_fact",
        "text": "二氧化硫、氮氧化物重点工程减排量分别为520吨、310吨,分别完成年度目标的112%、104.6%。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    # near miss: a works programme that is no list of key projects keeps no fact
    {
        "id": "livelihood_works_no_key_projects",
        "text": "全年实施民生实事工程12项,完成投资8.6亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    # ---- F. the own region's parks as the actor of a clause
    {
        "id": "own_parks_actor_then_share_of_the_region",
        "meta": CITY,
        "text": "全市省级以上开发区实现规上工业营业收入3260亿元,占全市的65%;完成固定资产投资520亿元,增长9.4%。",
        "facts": [],
        "absent": [("fai",)],
    },
    {
        "id": "own_parks_counted_actor",
        "meta": CITY,
        "text": "全市6个省级以上开发区实现营业收入2150亿元;完成固定资产投资186亿元,增长12.1%。",
        "facts": [],
        "absent": [("fai",)],
    },
    {
        "id": "own_parks_after_an_opening_clause",
        "meta": CITY,
        "text": "深化园区体制改革,全市10个省级以上开发区实现营业收入1800亿元;完成固定资产投资300亿元,增长8%。",
        "facts": [],
        "absent": [("fai",)],
    },
    # near miss: the region itself opening the clause after an opening clause keeps its figures
    {
        "id": "own_region_after_an_opening_clause",
        "meta": CITY,
        "text": "经济运行稳中有进,全市实现地区生产总值4200亿元,增长5.6%。",
        "facts": [
            ("gdp", "level", 4200.0, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 5.6, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # near miss: the region itself after a clause about its parks keeps its figure
    {
        "id": "region_after_its_parks",
        "meta": CITY,
        "text": "全市8个省级以上开发区完成工业投资210亿元,全市固定资产投资增长6.3%。",
        "facts": [("fai", "yoy_pct", 6.3, 2023, "", "actual", None)],
        "absent": [("industrial_investment",)],
    },
    # ---- G. a table row label ending on 增长 before its unit
    {
        "id": "table_row_label_growth_word",
        "meta": PLAN,
        "text": "关于莆田市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n"
        "表1 2024年主要指标完成情况\n指标          预期目标     预计完成\n"
        "规模以上工业增加值增长(%)   7.5     6.8\n社会消费品零售总额增长(%)   6     5.2\n",
        "facts": [
            ("industrial_va", "yoy_pct", 7.5, 2024, "", "target", None),
            ("industrial_va", "yoy_pct", 6.8, 2024, "", "estimate", None),
            ("retail_sales", "yoy_pct", 6.0, 2024, "", "target", None),
            ("retail_sales", "yoy_pct", 5.2, 2024, "", "estimate", None),
        ],
        "absent": [("industrial_va", "level"), ("retail_sales", "level")],
    },
    {
        "id": "table_row_label_growth_word_bars",
        "meta": PLAN,
        "text": "关于莆田市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n"
        "表2 主要指标\n| 指标 | 2024年目标 | 2024年完成 |\n| 一般公共预算收入增长(%) | 5 | 4.3 |\n",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 5.0, 2024, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 4.3, 2024, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level")],
    },
    # ---- H. 今年以来 in a report of mid-year whose main year is the year before
    {
        "id": "since_new_year_in_a_visit_report",
        "meta": VISIT,
        "text": "(三)招商引资成效明显。今年以来新签约项目64个,签约额215亿元;实际到位资金38.6亿元,增长12.4%。",
        "facts": [
            ("investment_contracted", "level", 215.0, 2024, "", "actual", None),
            ("investment_attracted", "level", 38.6, 2024, "", "actual", None),
            ("investment_attracted", "yoy_pct", 12.4, 2024, "", "actual", None),
        ],
        "absent": [("investment_attracted", "level", 38.6, 2023)],
    },
    {
        "id": "since_new_year_after_comma",
        "meta": VISIT,
        "text": "年初以来,全区固定资产投资完成96.2亿元,增长11.8%。",
        "facts": [("fai", "level", 96.2, 2024, "", "actual", None)],
        "absent": [("fai", "level", 96.2, 2023)],
    },
    {
        "id": "up_to_now_in_a_visit_report",
        "meta": VISIT,
        "text": "二、招商引资情况\n截至目前,全区新签约项目64个,签约额215亿元;实际到位资金38.6亿元。",
        "facts": [
            ("investment_contracted", "level", 215.0, 2024, "", "actual", None),
            ("investment_attracted", "level", 38.6, 2024, "", "actual", None),
        ],
        "absent": [("investment_attracted", "level", 38.6, 2023)],
    },
    # near miss: 截至目前 in a report of January on the year just ended stays that year
    {
        "id": "up_to_now_in_a_report_of_january",
        "text": "截至目前,全区实际到位资金38.6亿元,增长12.4%。",
        "facts": [("investment_attracted", "level", 38.6, 2023, "", "actual", None)],
        "absent": [("investment_attracted", "level", 38.6, 2024)],
    },
    # near miss: the year described printed before the figure keeps it
    {
        "id": "printed_year_in_a_visit_report",
        "meta": VISIT,
        "text": "2023年,全区实际到位资金92.3亿元,增长10.2%。",
        "facts": [("investment_attracted", "level", 92.3, 2023, "", "actual", None)],
        "absent": [("investment_attracted", "level", 92.3, 2024)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_construction(case):
    check_case(case, META)


#: I. a report of a genre dated by its text and date, dated May–October, on the year before and the year so far
HUIBAO = "铁西区工作情况汇报\n(2024年6月12日)\n尊敬的各位领导:\n下面,我就全区经济社会发展情况作简要汇报。\n"
META_CASES = [
    (
        "visit_report_on_the_year_so_far",
        HUIBAO + "2023年,全区实现地区生产总值1020亿元,增长6.8%。今年以来,全区规模以上工业增加值增长8.2%。",
        {"year": 2024},
    ),
    # near miss: without the year so far the year reviewed stays the main year
    (
        "visit_report_on_the_year_before_only",
        HUIBAO + "2023年,全区实现地区生产总值1020亿元,增长6.8%。全区规模以上工业增加值增长8.2%。",
        {"year": 2023},
    ),
    # near miss: a report of February on the year just ended keeps it, 今年以来 or not
    (
        "report_of_february_keeps_the_year_before",
        HUIBAO.replace("2024年6月12日", "2024年2月20日")
        + "2023年,全区实现地区生产总值1020亿元,增长6.8%。今年以来,全区规模以上工业增加值增长8.2%。",
        {"year": 2023},
    ),
]


@pytest.mark.parametrize("doc_id,text,want", META_CASES, ids=[c[0] for c in META_CASES])
def test_metadata(doc_id, text, want):
    check_meta(text, doc_id, want)
