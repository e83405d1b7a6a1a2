"""Constructions found by a blind test on report excerpts written for it (session 9, helper H3: county
and city work reports, plan and budget execution reports, county statistical bulletins), by class:

* the statistics bureau that computed the figures, opening a county bulletin's sentence (经天水市统计局
  统一核算,2022年全县实现地区生产总值…; 据市统计局反馈数据,…我县…): the source of the county's own
  figures, not a sentence about the city (which 据市统计数据,全市… and 从全市看,… still are);
* a growth rate's sign turned in a clause that continues the subject (一季度地区生产总值下降6.8%,…,
  前三季度实现由负转正增长2.1%; 上半年由降转升,增长1.5%; 止跌回升): the clause goes on with the subject;
* a span before a list's average rates with 分别 between (…分别达到39820元、16950元,五年分别年均增长
  7.6%、9.8%): average rates over that span, as 五年年均增长 already was;
* a 分别 list of growth rates after a whole and its part named after 其中 (财政收入218.6亿元,其中一般
  公共预算收入132.4亿元,分别增长6.1%和8.3%): the first rate is the whole's, not dropped as the part's;
* a budget adjusted during the year (预算为16.42亿元,执行中调整为16.5亿元,实际完成16.85亿元; 经县人大常委会
  批准调整为72.1亿元): the adjusted budget a target, the clause continuing the subject so the outturn after
  it is kept; a draft's budget proposed (收入建议安排17.86亿元, 支出拟安排66.2亿元) a target;
* the signed amount summed (签约总金额186亿元, 合同总金额152.6亿元): investment contracted, as 签约金额 was;
  the signed projects' total cost (总投资) still not;
* a clause listing absolute changes joined by 和 (较上年分别增加2076元和1188元,增长5.4%和6.6%): no figures
  of the subject, but no new subject either: the growth rates after it are still the subject's;
* the plan set at the year's start opening an item's clause (地区生产总值:年初计划增长7%,预计完成218.5亿元):
  a target continuing the item, as 计划增长7% already was;
* a note of a part of the year in brackets right after a figure (增长8.1%(1-11月),固定资产投资增长6.9%):
  it dates that figure alone, neither the later figures of the sentence nor the paragraph (a label's
  note, 主要指标(1-11月):…, and an opening 1-11月,… still date what follows);
* a note right after a figure saying it is an estimate (地区生产总值312.6亿元(预计数)): the figure is an
  estimate, as the growth after it already was;
* funds brought in from outside the province or city (引进省外资金52.3亿元, 实际利用市外资金): investment
  attracted, as 利用省外资金 (the catalog alias) already was;
* the three sectors before a list of their figures, 增加值 left out (一、二、三产业分别增长3.9%、6.8%和6.1%;
  三次产业分别实现增加值…): their value added; their shares (分别占地区生产总值的…) and contributions not;
* the urban and rural parts named bare after all residents' income (居民人均可支配收入27625元,…,其中城镇38760元、
  农村17930元): urban and rural residents' income (not 农村1200元以下人口);
* 重大项目 as the key-project list under another name (其中重大项目完成投资156.7亿元,占年度计划的
  118.4%), its total cost (总投资) still no investment.

Each case is a short passage of its own (not copied from any corpus) written for one construction:
the facts it must give (indicator, measure, value, year, subperiod, kind, period_start) and the keys
it must not give (a prefix of that tuple). Every case but the near misses failed before.
"""

from __future__ import annotations

import pytest
from passages import check_case

#: A county bulletin of April 2023 on 2022.
BULLETIN = {"year": 2022, "report_date": "2023-04-20", "region": "甘谷县", "level": "county"}
#: A county plan execution report of January 2023 on 2022.
PLAN = {"year": 2022, "report_date": "2023-01-05", "region": "西充县", "level": "county"}
#: A county budget execution report of January 2024 on 2023.
BUDGET = {"year": 2023, "report_date": "2024-01-16", "region": "郸城县", "level": "county"}
#: A county work report of February 2021 on 2020.
META = {"year": 2020, "report_date": "2021-02-03", "region": "桂平市", "level": "county"}

CASES: list[dict] = [
    # ---- the statistics bureau that computed the county's figures opens the sentence
    {
        "id": "bureau_computed_then_year_and_own_region",
        "meta": BULLETIN,
        "text": "经天水市统计局统一核算,2022年全县实现地区生产总值112.46亿元,按可比价计算,比上年增长4.3%。",
        "facts": [
            ("gdp", "level", 112.46, 2022, "", "actual", None),
            ("gdp", "yoy_pct", 4.3, 2022, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "bureau_feedback_then_part_of_year",
        "meta": BULLETIN,
        "text": "据市统计局反馈数据,2022年前三季度我县地区生产总值增长5.6%,规模以上工业增加值增长8.2%。",
        "facts": [
            ("gdp", "yoy_pct", 5.6, 2022, "Q1-Q3", "actual", None),
            ("industrial_va", "yoy_pct", 8.2, 2022, "Q1-Q3", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "city_bureau_verified_county_revenue",
        "meta": BULLETIN,
        "text": "经市统计局审定,2022年全县一般公共预算收入完成3.15亿元,增长7.7%。",
        "facts": [
            ("general_budget_revenue", "level", 3.15, 2022, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 7.7, 2022, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: the city's statistics, its figures the city's
        "id": "city_statistics_opening_stays_the_city",
        "meta": BULLETIN,
        "text": "据市统计数据,2022年全市地区生产总值增长5.5%,固定资产投资增长8.1%。",
        "facts": [],
        "absent": [("gdp",), ("fai",)],
    },
    {
        # near miss: 从全市看 still opens a sentence about the city
        "id": "whole_city_view_stays_the_city",
        "meta": BULLETIN,
        "text": "从全市看,2022年地区生产总值增长5.5%,一般公共预算收入增长6.2%。",
        "facts": [],
        "absent": [("gdp",), ("general_budget_revenue",)],
    },
    # ---- a growth rate's sign turned, in a clause continuing the subject
    {
        "id": "turned_positive_after_quarters",
        "meta": META,
        "text": "一季度地区生产总值下降6.8%,上半年降幅收窄至1.2%,前三季度实现由负转正增长2.1%,全年增长4.5%。",
        "facts": [
            ("gdp", "yoy_pct", -6.8, 2020, "Q1", "actual", None),
            ("gdp", "yoy_pct", -1.2, 2020, "H1", "actual", None),
            ("gdp", "yoy_pct", 2.1, 2020, "Q1-Q3", "actual", None),
            ("gdp", "yoy_pct", 4.5, 2020, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "stopped_falling_and_rose",
        "meta": META,
        "text": "全市规模以上工业增加值一季度下降3.2%,前三季度止跌回升增长0.8%。",
        "facts": [
            ("industrial_va", "yoy_pct", -3.2, 2020, "Q1", "actual", None),
            ("industrial_va", "yoy_pct", 0.8, 2020, "Q1-Q3", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "turned_positive_plain",
        "meta": META,
        "text": "一季度全市固定资产投资下降12.4%,1-9月由负转正增长3.6%。",
        "facts": [
            ("fai", "yoy_pct", -12.4, 2020, "Q1", "actual", None),
            ("fai", "yoy_pct", 3.6, 2020, "Q1-Q3", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: the turn in a clause of its own, the figure in the next (continued before too)
        "id": "turned_from_fall_to_rise_then_its_figure",
        "meta": META,
        "text": "全市社会消费品零售总额一季度下降15.2%,上半年下降6.1%,全年实现由降转增,增长1.3%。",
        "facts": [
            ("retail_sales", "yoy_pct", -6.1, 2020, "H1", "actual", None),
            ("retail_sales", "yoy_pct", 1.3, 2020, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: a new subject after the turn takes the figure
        "id": "turned_positive_new_subject",
        "meta": META,
        "text": "一季度地区生产总值下降6.8%,前三季度工业投资由负转正增长3.2%。",
        "facts": [("industrial_investment", "yoy_pct", 3.2, 2020, "Q1-Q3", "actual", None)],
        "absent": [("gdp", "yoy_pct", 3.2)],
    },
    # ---- a span before a list's average rates, 分别 between
    {
        "id": "five_years_each_average",
        "meta": {"year": 2021, "report_date": "2022-01-12"},
        "text": "城镇、农村居民人均可支配收入分别达到39820元、16950元,五年分别年均增长7.6%、9.8%。",
        "facts": [
            ("urban_income", "level", 39820, 2021, "", "actual", None),
            ("rural_income", "level", 16950, 2021, "", "actual", None),
            ("urban_income", "cagr_pct", 7.6, 2021, "", "actual", 2017),
            ("rural_income", "cagr_pct", 9.8, 2021, "", "actual", 2017),
        ],
        "absent": [("urban_income", "yoy_pct"), ("rural_income", "yoy_pct")],
    },
    {
        "id": "three_years_each_average",
        "meta": {"year": 2021, "report_date": "2022-01-12"},
        "text": "财政总收入、一般公共预算收入分别完成12.6亿元、8.1亿元,三年分别年均增长9.1%、10.2%。",
        "facts": [
            ("fiscal_revenue", "cagr_pct", 9.1, 2021, "", "actual", 2019),
            ("general_budget_revenue", "cagr_pct", 10.2, 2021, "", "actual", 2019),
        ],
        "absent": [("fiscal_revenue", "yoy_pct"), ("general_budget_revenue", "yoy_pct")],
    },
    {
        # near miss: no span, the year's growth
        "id": "each_grew_no_span",
        "meta": {"year": 2021, "report_date": "2022-01-12"},
        "text": "城镇、农村居民人均可支配收入分别达到39820元、16950元,分别增长7.6%、9.8%。",
        "facts": [
            ("urban_income", "yoy_pct", 7.6, 2021, "", "actual", None),
            ("rural_income", "yoy_pct", 9.8, 2021, "", "actual", None),
        ],
        "absent": [("urban_income", "cagr_pct"), ("rural_income", "cagr_pct")],
    },
    # ---- 分别 over a whole and its part named after 其中
    {
        "id": "whole_and_part_grew_respectively",
        "meta": {"year": 2022, "report_date": "2023-01-08"},
        "text": "财政收入完成218.6亿元,其中地方一般公共预算收入132.4亿元,分别增长6.1%和8.3%。",
        "facts": [
            ("fiscal_revenue", "level", 218.6, 2022, "", "actual", None),
            ("fiscal_revenue", "yoy_pct", 6.1, 2022, "", "actual", None),
            ("general_budget_revenue", "level", 132.4, 2022, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 8.3, 2022, "", "actual", None),
        ],
        "absent": [("fiscal_revenue", "yoy_pct", 8.3), ("general_budget_revenue", "yoy_pct", 6.1)],
    },
    {
        "id": "investment_and_its_part_grew_respectively",
        "meta": {"year": 2022, "report_date": "2023-01-08"},
        "text": "全年完成固定资产投资218.6亿元,其中工业投资82.4亿元,分别增长6.1%、18.3%。",
        "facts": [
            ("fai", "yoy_pct", 6.1, 2022, "", "actual", None),
            ("industrial_investment", "yoy_pct", 18.3, 2022, "", "actual", None),
        ],
        "absent": [("fai", "yoy_pct", 18.3)],
    },
    {
        # near miss: the part's own growth is the part's
        "id": "part_grew_alone",
        "meta": {"year": 2022, "report_date": "2023-01-08"},
        "text": "财政收入完成218.6亿元,其中一般公共预算收入132.4亿元,增长8.3%。",
        "facts": [("general_budget_revenue", "yoy_pct", 8.3, 2022, "", "actual", None)],
        "absent": [("fiscal_revenue", "yoy_pct")],
    },
    {
        # near miss: a part of the same indicator, its growth is the part's and dropped
        "id": "same_indicator_part_grew",
        "meta": {"year": 2022, "report_date": "2023-01-08"},
        "text": "全年招商引资到位资金75.7亿元,其中省外到位资金53.8亿元,增长12%。",
        "facts": [("investment_attracted", "level", 75.7, 2022, "", "actual", None)],
        "absent": [("investment_attracted", "yoy_pct"), ("investment_attracted", "level", 53.8)],
    },
    # ---- a budget adjusted during the year, then its outturn (budget execution reports)
    {
        "id": "budget_adjusted_in_execution_then_outturn",
        "meta": BUDGET,
        "text": "2023年,全县一般公共预算收入预算为16.42亿元,执行中调整为16.5亿元,实际完成16.85亿元,增长7.4%。",
        "facts": [
            ("general_budget_revenue", "level", 16.42, 2023, "", "target", None),
            ("general_budget_revenue", "level", 16.5, 2023, "", "target", None),
            ("general_budget_revenue", "level", 16.85, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 7.4, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 16.5, 2023, "", "actual")],
    },
    {
        "id": "budget_adjusted_by_approval_then_executed",
        "meta": BUDGET,
        "text": "一般公共预算支出年初预算68.3亿元,经县人大常委会批准调整为72.1亿元,执行72.46亿元,增长4.3%。",
        "facts": [
            ("fiscal_expenditure", "level", 72.1, 2023, "", "target", None),
            ("fiscal_expenditure", "level", 72.46, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", 4.3, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: the adjusted budget named as a noun already continued
        "id": "budget_adjusted_as_a_noun",
        "meta": BUDGET,
        "text": "全县一般公共预算收入年初预算16.42亿元,调整预算16.5亿元,完成16.85亿元,增长7.4%。",
        "facts": [
            ("general_budget_revenue", "level", 16.85, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 7.4, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: a structure adjusted is no budget
        "id": "structure_adjusted_no_budget",
        "meta": BUDGET,
        "text": "第一产业增加值增长4.1%,三次产业结构调整为18.2:30.5:51.3。",
        "facts": [("primary_va", "yoy_pct", 4.1, 2023, "", "actual", None)],
        "absent": [("primary_va", "level")],
    },
    {
        "id": "budget_draft_proposed",
        "meta": BUDGET,
        "text": "2024年,全县一般公共预算收入建议安排17.86亿元,同口径增长6%;一般公共预算支出拟安排66.2亿元。",
        "facts": [
            ("general_budget_revenue", "level", 17.86, 2024, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 6.0, 2024, "", "target", None),
            ("fiscal_expenditure", "level", 66.2, 2024, "", "target", None),
        ],
        "absent": [("general_budget_revenue", "level", 17.86, 2024, "", "actual")],
    },
    # ---- the signed amount summed (签约总金额, 合同总金额, 签约总额)
    {
        "id": "signed_total_amount",
        "meta": BULLETIN,
        "text": "全年完成招商引资实际进资68.2亿元,增长12.5%;签约项目52个,签约总金额186亿元。",
        "facts": [
            ("investment_attracted", "level", 68.2, 2022, "", "actual", None),
            ("investment_contracted", "level", 186, 2022, "", "actual", None),
        ],
        "absent": [("investment_attracted", "level", 186)],
    },
    {
        "id": "contract_total_amount_and_growth",
        "meta": BULLETIN,
        "text": "全年签约亿元以上项目38个,合同总金额152.6亿元,增长18%。",
        "facts": [
            ("investment_contracted", "level", 152.6, 2022, "", "actual", None),
            ("investment_contracted", "yoy_pct", 18, 2022, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: the signed projects' total cost is no signed amount
        "id": "signed_projects_total_cost",
        "meta": BULLETIN,
        "text": "全年新签约项目52个,总投资186亿元。",
        "facts": [],
        "absent": [("investment_contracted",), ("investment_attracted",)],
    },
    # ---- a clause of a list of absolute changes between the levels and their growth rates
    {
        "id": "increments_joined_by_he_then_growth",
        "meta": PLAN,
        "text": "城乡居民人均可支配收入分别达到40528元、19135元,较上年分别增加2076元和1188元,增长5.4%和6.6%。",
        "facts": [
            ("urban_income", "yoy_pct", 5.4, 2022, "", "actual", None),
            ("rural_income", "yoy_pct", 6.6, 2022, "", "actual", None),
        ],
        "absent": [("urban_income", "level", 2076), ("rural_income", "level", 1188)],
    },
    {
        "id": "deposits_and_loans_increments_then_growth",
        "meta": PLAN,
        "text": "年末金融机构各项存款余额362.5亿元、各项贷款余额186.4亿元,比上年末分别增加38.2亿元和21.3亿元,分别增长11.8%和12.9%。",
        "facts": [
            ("loan_balance", "level", 186.4, 2022, "", "actual", None),
            ("loan_balance", "yoy_pct", 12.9, 2022, "", "actual", None),
        ],
        "absent": [("loan_balance", "level", 21.3), ("loan_balance", "yoy_pct", 11.8)],
    },
    {
        # near miss: a clause naming a new noun between the figures ends the subject's reach
        "id": "new_noun_list_ends_reach",
        "meta": PLAN,
        "text": "城乡居民人均可支配收入分别达到40528元、19135元,用电量9.25亿千瓦时和3.1亿千瓦时,增长5.4%和6.6%。",
        "facts": [("urban_income", "level", 40528, 2022, "", "actual", None)],
        "absent": [("urban_income", "yoy_pct"), ("rural_income", "yoy_pct")],
    },
    # ---- the plan set at the year's start before an item's outturn (plan execution reports)
    {
        "id": "item_plan_at_year_start_then_estimate",
        "meta": PLAN,
        "text": "1.地区生产总值:年初计划增长7%,预计完成218.5亿元,增长4.6%。",
        "facts": [
            ("gdp", "yoy_pct", 7, 2022, "", "target", None),
            ("gdp", "level", 218.5, 2022, "", "estimate", None),
            ("gdp", "yoy_pct", 4.6, 2022, "", "estimate", None),
        ],
        "absent": [],
    },
    {
        "id": "item_target_at_year_start_then_outturn",
        "meta": PLAN,
        "text": "规模以上工业增加值:年初目标增长9%,实际增长7.3%。",
        "facts": [
            ("industrial_va", "yoy_pct", 9, 2022, "", "target", None),
            ("industrial_va", "yoy_pct", 7.3, 2022, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- a note of a part of the year in brackets right after a figure: that figure's alone
    {
        "id": "note_after_figure_dates_it_alone",
        "meta": BUDGET,
        "text": "规模以上工业增加值增长8.1%(1-11月),固定资产投资增长6.9%。",
        "facts": [
            ("industrial_va", "yoy_pct", 8.1, 2023, "M1-M11", "actual", None),
            ("fai", "yoy_pct", 6.9, 2023, "", "actual", None),
        ],
        "absent": [("fai", "yoy_pct", 6.9, 2023, "M1-M11")],
    },
    {
        "id": "notes_after_figures_across_a_semicolon",
        "meta": BUDGET,
        "text": "规模以上工业增加值增长8.1%(1-11月数据);固定资产投资增长6.9%,社会消费品零售总额增长6.2%(1-11月)。",
        "facts": [
            ("industrial_va", "yoy_pct", 8.1, 2023, "M1-M11", "actual", None),
            ("fai", "yoy_pct", 6.9, 2023, "", "actual", None),
            ("retail_sales", "yoy_pct", 6.2, 2023, "M1-M11", "actual", None),
        ],
        "absent": [("fai", "yoy_pct", 6.9, 2023, "M1-M11")],
    },
    {
        "id": "note_after_figure_not_the_paragraph",
        "meta": BUDGET,
        "text": "规模以上工业增加值增长8.1%(1-11月)。固定资产投资增长6.9%。",
        "facts": [
            ("industrial_va", "yoy_pct", 8.1, 2023, "M1-M11", "actual", None),
            ("fai", "yoy_pct", 6.9, 2023, "", "actual", None),
        ],
        "absent": [("fai", "yoy_pct", 6.9, 2023, "M1-M11")],
    },
    {
        # near miss: a label's note dates the figures after it
        "id": "label_note_dates_the_list",
        "meta": BUDGET,
        "text": "主要指标(1-11月):规模以上工业增加值增长8.1%,固定资产投资增长6.9%。",
        "facts": [
            ("industrial_va", "yoy_pct", 8.1, 2023, "M1-M11", "actual", None),
            ("fai", "yoy_pct", 6.9, 2023, "M1-M11", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: an opening part of the year dates the sentence
        "id": "opening_months_date_the_sentence",
        "meta": BUDGET,
        "text": "1-11月,规模以上工业增加值增长8.1%,固定资产投资增长6.9%。",
        "facts": [
            ("industrial_va", "yoy_pct", 8.1, 2023, "M1-M11", "actual", None),
            ("fai", "yoy_pct", 6.9, 2023, "M1-M11", "actual", None),
        ],
        "absent": [],
    },
    # ---- a note right after a figure saying it is an estimate
    {
        "id": "estimate_note_after_level",
        "meta": BUDGET,
        "text": "全县地区生产总值312.6亿元(预计数),增长5.8%。",
        "facts": [
            ("gdp", "level", 312.6, 2023, "", "estimate", None),
            ("gdp", "yoy_pct", 5.8, 2023, "", "estimate", None),
        ],
        "absent": [("gdp", "level", 312.6, 2023, "", "actual")],
    },
    {
        # near miss: a note of scope leaves the figure an outturn
        "id": "scope_note_after_level",
        "meta": BUDGET,
        "text": "全县地区生产总值312.6亿元(不含开发区),增长5.8%。",
        "facts": [
            ("gdp", "level", 312.6, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 5.8, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- funds brought in from outside the province or city (引进省外资金, 利用市外资金)
    {
        "id": "funds_from_outside_province",
        "meta": BUDGET,
        "text": "全年引进省外资金52.3亿元,增长12%。",
        "facts": [
            ("investment_attracted", "level", 52.3, 2023, "", "actual", None),
            ("investment_attracted", "yoy_pct", 12, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "funds_from_outside_city_completion",
        "meta": BUDGET,
        "text": "全年实际利用市外资金38.6亿元,同比增长9.1%,完成年度任务的103%。",
        "facts": [
            ("investment_attracted", "level", 38.6, 2023, "", "actual", None),
            ("investment_attracted", "completion_pct", 103, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: support sought from the province is no investment attracted
        "id": "support_sought_from_province",
        "meta": BUDGET,
        "text": "全年争取省级资金支持2.5亿元。",
        "facts": [],
        "absent": [("investment_attracted",)],
    },
    # ---- the three sectors before a list of their figures, 增加值 left out
    {
        "id": "three_sectors_grew_respectively",
        "meta": BUDGET,
        "text": "全县地区生产总值增长5.8%,一、二、三产业分别增长3.9%、6.8%和6.1%。",
        "facts": [
            ("gdp", "yoy_pct", 5.8, 2023, "", "actual", None),
            ("primary_va", "yoy_pct", 3.9, 2023, "", "actual", None),
            ("secondary_va", "yoy_pct", 6.8, 2023, "", "actual", None),
            ("tertiary_va", "yoy_pct", 6.1, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 3.9)],
    },
    {
        "id": "three_sectors_value_added_after_respectively",
        "meta": BUDGET,
        "text": "三次产业分别实现增加值56.9亿元、95.3亿元和160.4亿元。",
        "facts": [
            ("primary_va", "level", 56.9, 2023, "", "actual", None),
            ("secondary_va", "level", 95.3, 2023, "", "actual", None),
            ("tertiary_va", "level", 160.4, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: the sectors' shares are no sector figures
        "id": "three_sectors_shares",
        "meta": BUDGET,
        "text": "三次产业分别占地区生产总值的18.2%、30.5%和51.3%。",
        "facts": [],
        "absent": [("primary_va",), ("secondary_va",), ("tertiary_va",), ("gdp",)],
    },
    {
        # near miss: their contributions to growth neither
        "id": "three_sectors_pulled_growth",
        "meta": BUDGET,
        "text": "三次产业分别拉动经济增长0.7、2.1和3.0个百分点。",
        "facts": [],
        "absent": [("primary_va",), ("secondary_va",), ("tertiary_va",)],
    },
    # ---- the urban and rural parts named bare after all residents' income (其中城镇…、农村…)
    {
        "id": "bare_urban_rural_parts_of_resident_income",
        "meta": {"year": 2022, "report_date": "2023-01-08", "region": "宿州市", "level": "city"},
        "text": "全市居民人均可支配收入27625元,增长6.1%,其中城镇38760元、农村17930元,分别增长5.3%和7.1%。",
        "facts": [
            ("resident_income", "level", 27625, 2022, "", "actual", None),
            ("resident_income", "yoy_pct", 6.1, 2022, "", "actual", None),
            ("urban_income", "level", 38760, 2022, "", "actual", None),
            ("rural_income", "level", 17930, 2022, "", "actual", None),
            ("urban_income", "yoy_pct", 5.3, 2022, "", "actual", None),
            ("rural_income", "yoy_pct", 7.1, 2022, "", "actual", None),
        ],
        "absent": [("resident_income", "level", 38760), ("resident_income", "yoy_pct", 5.3)],
    },
    {
        "id": "bare_urban_rural_residents_in_segments",
        "meta": {"year": 2022, "report_date": "2023-01-08", "region": "宿州市", "level": "city"},
        "text": "全体居民人均可支配收入27625元,其中城镇居民38760元,增长5.3%;农村居民17930元,增长7.1%。",
        "facts": [
            ("urban_income", "level", 38760, 2022, "", "actual", None),
            ("rural_income", "level", 17930, 2022, "", "actual", None),
            ("rural_income", "yoy_pct", 7.1, 2022, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: 农村 before a threshold of income is no rural income
        "id": "rural_threshold_no_income",
        "meta": {"year": 2022, "report_date": "2023-01-08", "region": "宿州市", "level": "city"},
        "text": "全市居民人均可支配收入27625元,其中城镇38760元,农村1200元以下人口全部脱贫。",
        "facts": [("resident_income", "level", 27625, 2022, "", "actual", None)],
        "absent": [("rural_income",)],
    },
    # ---- 重大项目: the key projects under another name
    {
        "id": "major_projects_part_of_investment",
        "meta": META,
        "text": "全年完成固定资产投资增长12.6%,其中重大项目完成投资156.7亿元,占年度计划的118.4%。",
        "facts": [
            ("fai", "yoy_pct", 12.6, 2020, "", "actual", None),
            ("key_project_investment", "level", 156.7, 2020, "", "actual", None),
            ("key_project_investment", "completion_pct", 118.4, 2020, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "major_projects_counted_then_invested",
        "meta": META,
        "text": "全年实施市级重大项目86个,完成投资62.3亿元,同比增长9.4%。",
        "facts": [
            ("key_project_investment", "level", 62.3, 2020, "", "actual", None),
            ("key_project_investment", "yoy_pct", 9.4, 2020, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: the projects' total cost is no investment made
        "id": "major_projects_total_cost",
        "meta": META,
        "text": "全市实施重大项目86个,其中自治区重大项目12个,总投资420亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_blind_r11c(case):
    check_case(case, META)
