"""Constructions found by the blind set h5 of session 10 (economy, investment, fiscal and income
excerpts of a district, a county-level city, counties and a prefecture-level city), by class:

A. a list of parts of the year before 分别 (一季度、上半年、前三季度和全年…分别增长4.9%、6.1%、6.3%和6.7%):
   one figure per part, in order, the whole year for 全年 (the first was read as the year's);
B. a list of a change's starts (分别由2015年的X和Y提高到A、B): every start is the base year's, not only
   the first (the second was dated to the year described);
C. a target in brackets right after the comparison that names it (增长3.8%,低于年初预期目标(7%)): the
   target's value, a fact of kind target (it was dropped);
D. a clause of the reason of a change between a rate and its adjusted rate (下降6.4%,主要是上年…债券资金
   支出较多,剔除该因素后同口径增长3.1%): the reason's nouns and years take nothing, the adjusted rate is
   the subject's, of its year (it went to a non-catalog noun of the reason);
E. a table row naming only a group of residents (城镇常住居民 | 64316 | 5.3) under a row or a title of
   income per head: the group's income (the row was not read);
F. an average rate with 分别 or 达到 after its growth word (年均增长分别达到6%和8%, 年均增长达到9.2%): a cagr
   (达到 made it a level, dropped);
G. 要达到 after 今年 in a speech (今年到位资金要达到50亿元): the year's goal of the region, as after the
   region's own name (it was blocked as a standard);
H. an adverb of degree before a growth word in a clause of its own (…完成41.3亿元,只下降了0.8%; …,稳步增长8%):
   the clause continues the subject (the rate was dropped);
I. 谋划实施 (全年谋划实施重点项目50个,年度计划投资140亿元): projects carried out, not a pipeline (blocked);
J. a heading of a long plan and a year's work (“十四五”时期奋斗目标和2021年工作安排): the section's work
   items are that year's, the five-year goals keep their own 到2025年 (the items went to 2025);
K. a count of places above a threshold (地区生产总值超过20亿元的达到8个): no level (it was one);
L. a park's figures: a sentence opening on a park that firms enter (工业园区新入驻企业23家,实现规上工业产值…),
   and a park named after the report's region (沂水县经济开发区实现… in 沂水县's report): the park's, not the
   region's (they were the region's);
N. a list of base figures (分别为106.3亿元和5.42亿元,比2015年的82.6亿元和3.9亿元…; 较上年的25610元、14660元
   分别增长…): every member is the base year's level, not only the first (the second was the year described's);
M. metadata: the issuers and their date on one line right under the title (2023年上半年全县经济运行情况分析 /
   郧西县统计局  2023年7月20日): the issuer names the region (it was anonymised).

Each case is a short passage of its own (not copied from the blind texts) written for one
construction: the facts it must give (indicator, measure, value, year, subperiod, kind,
period_start) and the keys it must not give (a prefix of that tuple). Every case but the
near-misses failed before.
"""

from __future__ import annotations

import pytest
from passages import check_case, check_meta

#: A work report of January 2024 on 2023.
META = {"year": 2023, "report_date": "2024-01-12", "region": "临泉县", "level": "county"}
CITY_BULLETIN = {"year": 2023, "report_date": "2024-03-20", "region": "阜阳市", "level": "city"}
#: A report of January 2021 on 2020 (the 十三五 review and the 十四五 plan).
PLAN_2021 = {"year": 2020, "report_date": "2021-01-20"}
#: A plan execution report of January 2023 on 2022.
PLAN_REPORT = {"year": 2022, "report_date": "2023-01-06"}

CASES: list[dict] = [
    # ---- A. a list of parts of the year before 分别: one figure per part, in order
    {
        "id": "parts_list_with_the_whole_year",
        "meta": CITY_BULLETIN,
        "text": "分季度看,一季度、上半年、前三季度和全年全市地区生产总值分别增长5.2%、5.9%、6.0%和6.4%。",
        "facts": [
            ("gdp", "yoy_pct", 5.2, 2023, "Q1", "actual", None),
            ("gdp", "yoy_pct", 5.9, 2023, "H1", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2023, "Q1-Q3", "actual", None),
            ("gdp", "yoy_pct", 6.4, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 5.2, 2023, "")],
    },
    {
        "id": "parts_list_after_the_subject",
        "meta": CITY_BULLETIN,
        "text": "全市规模以上工业增加值一季度、上半年、前三季度分别增长7.1%、7.8%、8.3%。",
        "facts": [
            ("industrial_va", "yoy_pct", 7.1, 2023, "Q1", "actual", None),
            ("industrial_va", "yoy_pct", 7.8, 2023, "H1", "actual", None),
            ("industrial_va", "yoy_pct", 8.3, 2023, "Q1-Q3", "actual", None),
        ],
        "absent": [("industrial_va", "yoy_pct", 7.1, 2023, "Q1-Q3")],
    },
    {
        "id": "parts_list_of_two_with_months",
        "meta": CITY_BULLETIN,
        "text": "1-6月和全年全市社会消费品零售总额分别增长4.4%和6.9%。",
        "facts": [
            ("retail_sales", "yoy_pct", 4.4, 2023, "M1-M6", "actual", None),
            ("retail_sales", "yoy_pct", 6.9, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near-miss: subjects listed, one part named: the figures are the subjects', of that part
        "id": "subjects_listed_one_part",
        "meta": CITY_BULLETIN,
        "text": "全市地区生产总值、一般公共预算收入上半年分别增长5.1%、6.0%。",
        "facts": [
            ("gdp", "yoy_pct", 5.1, 2023, "H1", "actual", None),
            ("general_budget_revenue", "yoy_pct", 6.0, 2023, "H1", "actual", None),
        ],
        "absent": [],
    },
    # ---- B. a list of a change's starts: every start is the base year's
    {
        "id": "starts_listed_with_he",
        "meta": PLAN_2021,
        "text": "五年来,城镇和农村居民人均可支配收入分别由2015年的21340元和11280元提高到28650元、16930元。",
        "facts": [
            ("urban_income", "level", 21340, 2015, "", "actual", None),
            ("rural_income", "level", 11280, 2015, "", "actual", None),
            ("urban_income", "level", 28650, 2020, "", "actual", None),
            ("rural_income", "level", 16930, 2020, "", "actual", None),
        ],
        "absent": [("rural_income", "level", 11280, 2020), ("urban_income", "level", 21340, 2020)],
    },
    {
        "id": "starts_listed_with_dun_two_subjects",
        "meta": PLAN_2021,
        "text": "全县地区生产总值、一般公共预算收入分别由2015年的76.4亿元、4.1亿元增长到2020年的98.2亿元、5.6亿元。",
        "facts": [
            ("gdp", "level", 76.4, 2015, "", "actual", None),
            ("general_budget_revenue", "level", 4.1, 2015, "", "actual", None),
            ("gdp", "level", 98.2, 2020, "", "actual", None),
            ("general_budget_revenue", "level", 5.6, 2020, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 4.1, 2020)],
    },
    {
        # near-miss: one start, one end (already read)
        "id": "one_start_one_end",
        "meta": PLAN_2021,
        "text": "城镇居民人均可支配收入由2015年的21340元提高到28650元。",
        "facts": [
            ("urban_income", "level", 21340, 2015, "", "actual", None),
            ("urban_income", "level", 28650, 2020, "", "actual", None),
        ],
        "absent": [("urban_income", "level", 21340, 2020)],
    },
    # ---- C. a target in brackets right after the comparison that names it
    {
        "id": "below_target_in_brackets",
        "meta": PLAN_REPORT,
        "text": "预计全年实现地区生产总值386亿元,增长3.2%,低于年初预期目标(7.5%)。",
        "facts": [
            ("gdp", "yoy_pct", 3.2, 2022, "", "estimate", None),
            ("gdp", "yoy_pct", 7.5, 2022, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "above_target_in_brackets_then_gap",
        "meta": PLAN_REPORT,
        "text": "规模以上工业增加值增长10.6%,高于年度目标(9%)1.6个百分点。",
        "facts": [
            ("industrial_va", "yoy_pct", 10.6, 2022, "", "actual", None),
            ("industrial_va", "yoy_pct", 9.0, 2022, "", "target", None),
        ],
        "absent": [("industrial_va", "pp_change")],
    },
    {
        # near-miss: the gap itself, no target printed; another place in brackets
        "id": "gap_to_target_and_other_place",
        "meta": PLAN_REPORT,
        "text": "固定资产投资增长5.3%,低于年初目标2.7个百分点;社会消费品零售总额增长4.1%,高于全市(3.5%)。",
        "facts": [
            ("fai", "yoy_pct", 5.3, 2022, "", "actual", None),
            ("retail_sales", "yoy_pct", 4.1, 2022, "", "actual", None),
        ],
        "absent": [("fai", "pp_change"), ("fai", "yoy_pct", 2.7), ("retail_sales", "yoy_pct", 3.5)],
    },
    # ---- D. a reason between a rate and its adjusted rate
    {
        "id": "reason_with_nouns_and_last_year_then_adjusted",
        "text": "二、2024年预算草案\n一般公共预算支出安排58.2亿元,下降5.1%,主要是上年一次性上级补助和债券资金支出较多,"
        "剔除该因素后同口径增长2.6%。",
        "facts": [
            ("fiscal_expenditure", "level", 58.2, 2024, "", "target", None),
            ("fiscal_expenditure", "yoy_pct", 2.6, 2024, "", "target", None),
        ],
        "absent": [("fiscal_expenditure", "yoy_pct", 2.6, 2023)],
    },
    {
        "id": "reason_with_last_year_of_spending",
        "text": "全县一般公共预算支出完成45.6亿元,下降3.2%,主要是去年新增债券资金支出较多,剔除该因素后增长4.8%。",
        "facts": [
            ("fiscal_expenditure", "level", 45.6, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", 4.8, 2023, "", "actual", None),
        ],
        "absent": [("fiscal_expenditure", "yoy_pct", -3.2)],
    },
    {
        # near-miss: a reason without a catalog noun (read before too)
        "id": "reason_of_a_fall_of_revenue",
        "text": "全县一般公共预算收入完成12.5亿元,下降4.2%,主要原因是去年同期有一次性土地收入入库,扣除该因素后增长6.1%。",
        "facts": [
            ("general_budget_revenue", "level", 12.5, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 6.1, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 6.1, 2022)],
    },
    {
        # near-miss: the figure after the reason names no basis: the reason's noun keeps it (not a catalog fact)
        "id": "reason_then_its_own_fall",
        "text": "政府性基金预算收入完成8.2亿元,下降11.4%,主要是土地出让收入减少,下降15.2%。",
        "facts": [],
        "absent": [("general_budget_revenue",), ("fiscal_revenue",)],
    },
    # ---- E. a table row naming only a group of residents under income per head
    {
        "id": "group_rows_under_a_titled_table",
        "meta": CITY_BULLETIN,
        "text": "表2  2023年居民人均可支配收入\n指标                绝对数(元)    比上年增长(%)\n"
        "全体居民人均可支配收入    41236        6.1\n  城镇常住居民        52410        5.0\n  农村常住居民        27354        7.3\n",
        "facts": [
            ("urban_income", "level", 52410, 2023, "", "actual", None),
            ("urban_income", "yoy_pct", 5.0, 2023, "", "actual", None),
            ("rural_income", "level", 27354, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 7.3, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "group_rows_under_the_income_row_then_spending",
        "meta": CITY_BULLETIN,
        "text": "表4  2023年居民收支情况\n指标                绝对数(元)    比上年增长(%)\n"
        "全体居民人均可支配收入    41236        6.1\n城镇居民        52410        5.0\n农村居民        27354        7.3\n"
        "全体居民人均消费支出    28110        8.2\n城镇居民        33050        7.1\n农村居民        20370        9.9\n",
        "facts": [
            ("urban_income", "level", 52410, 2023, "", "actual", None),
            ("rural_income", "level", 27354, 2023, "", "actual", None),
        ],
        "absent": [("urban_income", "level", 33050), ("rural_income", "level", 20370)],
    },
    {
        # near-miss: the groups of another row (population): nothing
        "id": "group_rows_of_population",
        "meta": CITY_BULLETIN,
        "text": "表5  2023年末人口\n指标                绝对数(万人)    比上年增长(%)\n常住人口    250.3    0.4\n城镇    160.1    1.3\n农村    90.2    -1.1\n",
        "facts": [],
        "absent": [("urban_income",), ("rural_income",)],
    },
]


#: A speech of February 2023 on 2022 (今年 = 2023).
SPEECH = {"year": 2022, "report_date": "2023-02-08", "report_type": "讲话"}
#: A report of January 2024 on 2023 with a 2024 plan section.
PLAN_2024 = {"year": 2023, "report_date": "2024-01-09"}
#: The report of 沂水县 (a county whose name has three characters).
YISHUI = {"year": 2022, "report_date": "2023-01-10", "region": "沂水县", "level": "county"}

CASES += [
    # ---- F. an average rate with 分别/达到 after its growth word
    {
        "id": "average_rates_respectively_reached",
        "meta": PLAN_2021,
        "text": "到2025年,城乡居民人均可支配收入年均增长分别达到6.5%和8.5%。",
        "facts": [
            ("urban_income", "cagr_pct", 6.5, 2025, "", "target", None),
            ("rural_income", "cagr_pct", 8.5, 2025, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "average_rate_reached_in_review",
        "meta": PLAN_2021,
        "text": "五年来,一般公共预算收入年均增长达到9.2%,2020年达到5.4亿元。",
        "facts": [
            ("general_budget_revenue", "cagr_pct", 9.2, 2020, "", "actual", 2016),
            ("general_budget_revenue", "level", 5.4, 2020, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near-miss: 达到 after the average's figure names the level
        "id": "average_then_level_reached",
        "meta": PLAN_2021,
        "text": "五年来,地区生产总值年均增长6.1%,2020年达到106.3亿元。",
        "facts": [
            ("gdp", "cagr_pct", 6.1, 2020, "", "actual", 2016),
            ("gdp", "level", 106.3, 2020, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- G. 要达到 after 今年: the region's goal of the year
    {
        "id": "this_year_funds_must_reach",
        "meta": SPEECH,
        "text": "招商引资方面,今年到位资金要达到60亿元,各乡镇、各部门都有任务。",
        "facts": [("investment_attracted", "level", 60, 2023, "", "target", None)],
        "absent": [],
    },
    {
        "id": "this_year_gdp_must_reach",
        "meta": SPEECH,
        "text": "今年地区生产总值要达到180亿元,一般公共预算收入增长6%。",
        "facts": [("gdp", "level", 180, 2023, "", "target", None)],
        "absent": [],
    },
    {
        # near-miss: a standard with no year of the report: still no fact
        "id": "standard_must_reach",
        "meta": SPEECH,
        "text": "脱贫标准是贫困户人均纯收入要达到3800元。",
        "facts": [],
        "absent": [("poverty_income",), ("rural_income",)],
    },
    # ---- H. an adverb of degree before a growth word
    {
        "id": "only_fell",
        "meta": SPEECH,
        "text": "去年社会消费品零售总额完成38.6亿元,基本持平,只下降了0.6%。",
        "facts": [("retail_sales", "yoy_pct", -0.6, 2022, "", "actual", None)],
        "absent": [("retail_sales", "yoy_pct", 0.0)],
    },
    {
        "id": "grew_steadily_and_sharply",
        "text": "固定资产投资完成126亿元,稳步增长8.2%;规模以上工业增加值大幅增长15.3%。",
        "facts": [
            ("fai", "yoy_pct", 8.2, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 15.3, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near-miss: the adverb before a comparison with another place: no fact
        "id": "only_below_the_city",
        "text": "社会消费品零售总额增长4.1%,仅低于全市0.3个百分点。",
        "facts": [("retail_sales", "yoy_pct", 4.1, 2023, "", "actual", None)],
        "absent": [("retail_sales", "pp_change"), ("retail_sales", "yoy_pct", 0.3)],
    },
    # ---- I. 谋划实施: projects carried out
    {
        "id": "planned_and_carried_out_projects",
        "meta": PLAN_2024,
        "text": "二、2024年工作安排\n(一)抓项目扩投资。全年谋划实施重点项目60个以上,总投资310亿元,年度计划投资150亿元。",
        "facts": [("key_project_investment", "level", 150, 2024, "", "target", None)],
        "absent": [("key_project_investment", "level", 310)],
    },
    {
        # near-miss: projects planned and stocked: a pipeline
        "id": "planned_and_stocked_projects",
        "meta": PLAN_2024,
        "text": "二、2024年工作安排\n全年谋划储备重点项目120个,总投资560亿元,计划投资180亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    # ---- J. a heading of a long plan and a year's work
    {
        "id": "plan_and_year_heading_items",
        "meta": {**PLAN_2021, "report_date": "2021-01-22"},
        "text": "二、“十四五”时期奋斗目标和2021年工作安排\n今后五年的主要目标:到2025年,地区生产总值达到160亿元。\n"
        "2021年的主要预期目标是:地区生产总值增长7%。\n实现上述目标,重点抓好以下工作:\n"
        "(一)坚持农业强县。新建高标准农田12万亩,粮食播种面积稳定在260万亩以上。",
        "facts": [
            ("gdp", "level", 160, 2025, "", "target", None),
            ("gdp", "yoy_pct", 7, 2021, "", "target", None),
            ("high_standard_farmland", "level", 120000, 2021, "", "target", None),
        ],
        "absent": [("high_standard_farmland", "level", 120000, 2025), ("grain_area", "level", 2600000, 2025)],
    },
    {
        # near-miss: a heading of the plan alone keeps the plan's end
        "id": "plan_heading_alone",
        "meta": {**PLAN_2021, "report_date": "2021-01-22"},
        "text": "二、“十四五”时期的主要目标\n地区生产总值达到160亿元,新建高标准农田40万亩。",
        "facts": [("gdp", "level", 160, 2025, "", "target", None)],
        "absent": [("gdp", "level", 160, 2021)],
    },
    # ---- K. a count of places above a threshold
    {
        "id": "towns_above_a_gdp",
        "meta": YISHUI,
        "text": "全县18个乡镇(街道)中,地区生产总值超过20亿元的达到6个。",
        "facts": [],
        "absent": [("gdp",)],
    },
    {
        "id": "towns_above_a_revenue",
        "meta": YISHUI,
        "text": "一般公共预算收入突破1亿元的乡镇有5个。",
        "facts": [],
        "absent": [("general_budget_revenue",)],
    },
    {
        # near-miss: the region's total crossed, then its level
        "id": "region_crossed_then_level",
        "meta": YISHUI,
        "text": "全县地区生产总值超过500亿元,达到526亿元。",
        "facts": [("gdp", "level", 526, 2022, "", "actual", None)],
        "absent": [],
    },
    # ---- L. a park's figures
    {
        "id": "park_firms_enter_then_output",
        "meta": YISHUI,
        "text": "工业园区新入驻企业19家,实现规上工业总产值268亿元,增长12.1%。",
        "facts": [],
        "absent": [("industrial_output",)],
    },
    {
        "id": "park_named_after_the_region",
        "meta": YISHUI,
        "text": "沂水县经济开发区实现规上工业总产值268亿元,完成固定资产投资52亿元。",
        "facts": [],
        "absent": [("industrial_output",), ("fai",)],
    },
    {
        # near-miss: the region itself after the park's sentence part
        "id": "region_after_the_park",
        "meta": YISHUI,
        "text": "工业园区新入驻企业19家,全县实现规上工业总产值412亿元;沂水县实现地区生产总值526亿元。",
        "facts": [
            ("industrial_output", "level", 412, 2022, "", "actual", None),
            ("gdp", "level", 526, 2022, "", "actual", None),
        ],
        "absent": [],
    },
]


CASES += [
    # ---- N. a list of base figures
    {
        "id": "bases_listed_after_a_printed_year",
        "meta": PLAN_2021,
        "text": "全县地区生产总值、一般公共预算收入分别为98.2亿元和5.6亿元,比2015年的76.4亿元和4.1亿元均有较大增长。",
        "facts": [
            ("gdp", "level", 76.4, 2015, "", "actual", None),
            ("general_budget_revenue", "level", 4.1, 2015, "", "actual", None),
            ("general_budget_revenue", "level", 5.6, 2020, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 4.1, 2020)],
    },
    {
        "id": "bases_listed_after_last_year",
        "meta": PLAN_2021,
        "text": "城乡居民人均可支配收入分别为27150元、16320元,较上年的26010元、15040元分别增长4.4%、8.5%。",
        "facts": [
            ("urban_income", "level", 26010, 2019, "", "actual", None),
            ("rural_income", "level", 15040, 2019, "", "actual", None),
            ("rural_income", "level", 16320, 2020, "", "actual", None),
            ("rural_income", "yoy_pct", 8.5, 2020, "", "actual", None),
        ],
        "absent": [("rural_income", "level", 15040, 2020)],
    },
    {
        # near-miss: one base figure, then a figure of the year described after a clause break
        "id": "one_base_then_own_figure",
        "meta": PLAN_2021,
        "text": "地区生产总值98.2亿元,比2015年的76.4亿元增加21.8亿元,一般公共预算收入5.6亿元。",
        "facts": [
            ("gdp", "level", 76.4, 2015, "", "actual", None),
            ("general_budget_revenue", "level", 5.6, 2020, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 5.6, 2015)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_construction(case):
    check_case(case, META)


META_CASES = [
    (
        "byline_with_date_under_title",
        "2023年上半年全县经济运行情况分析\n竹溪县统计局  2023年7月18日\n\n今年以来,全县经济运行稳中向好。\n"
        "上半年全县实现地区生产总值68.2亿元,增长6.5%。",
        {"region": "竹溪县", "level": "county", "province": "湖北省", "adcode": "420324", "report_date": "2023-07-18"},
    ),
    # near-miss: a short report whose byline was read before too
    (
        "byline_with_date_three_quarters",
        "2023年前三季度全县经济运行简况\n竹山县统计局 2023年10月25日\n前三季度,全县实现地区生产总值120.5亿元。",
        {"region": "竹山县", "level": "county", "adcode": "420323"},
    ),
    # near-misses: an anonymised issuer stays anonymised; a date alone names nobody
    (
        "anonymised_byline_with_date",
        "2023年上半年全县经济运行情况分析\n某县统计局  2023年7月18日\n\n上半年全县实现地区生产总值68.2亿元。",
        {"level": "anonymised", "region": ""},
    ),
    (
        "date_alone_under_title",
        "2023年前三季度全县经济运行简况\n2023年10月25日\n前三季度,全县实现地区生产总值120.5亿元。",
        {"level": "anonymised", "report_date": "2023-10-25"},
    ),
]


@pytest.mark.parametrize("doc_id,text,want", META_CASES, ids=[c[0] for c in META_CASES])
def test_metadata(doc_id, text, want):
    check_meta(text, doc_id, want)


def test_equal_periods_score_as_one():
    """EXTRACTION.md: the scorer treats H1 and M1-M6 (Q1-Q3 and M1-M9, …) as one subperiod; govkit's own
    evaluate did not (h5_05's gold in H1 against govkit's M1-M6 counted twice as wrong and missed)."""
    import pandas as pd

    from govkit.facts.evaluate import evaluate

    cols = ["doc_id", "indicator", "measure", "value", "year", "subperiod", "optional"]
    gold = pd.DataFrame(
        [["d", "gdp", "yoy_pct", "6.1", "2023", "H1", "0"], ["d", "fai", "yoy_pct", "5", "2023", "Q1-Q3", "0"]],
        columns=cols,
    )
    pred = pd.DataFrame(
        [["d", "gdp", "yoy_pct", "6.1", "2023", "M1-M6", ""], ["d", "fai", "yoy_pct", "5", "2023", "M1-M9", ""]],
        columns=cols,
    )
    f1, p, r = evaluate(gold, pred).overall
    assert (f1, p, r) == (1.0, 1.0, 1.0)
    # near-miss: a different part of the year stays different
    pred.loc[0, "subperiod"] = "M1-M5"
    assert evaluate(gold, pred).overall[0] < 1.0
