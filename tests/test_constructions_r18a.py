"""Constructions govkit read as wrong numbers, left open by session 15 (closing note), by class:

- signing words in an earlier comma clause of the ;-segment (5月与某公司签约,签约金额15亿元; 在第三届文旅产业
  发展大会上,签约项目20个,签约资金80亿元; 9月,县政府与中国建材集团签订合作协议,协议投资额50亿元): one deal's or
  one event's signed money, a part of the year's, not the year's investment_contracted (session 15 blocked
  them inside the same clause only: cue block pipeline_one_deal_before). An event counted (举办招商推介会12场),
  many parties (与52家企业签约), a clause naming the whole after the deal (…,全年签约资金达到126亿元; 通过与客商
  洽谈签约,全年签约项目48个,…: block signed_whole) and another ;-segment keep the year's signed money;
- the key projects of the levels below a city's (县区重点项目, 县市区, 区县, 县(市、区), 全市县区) in a city's
  report: the counties' and districts' lists, parts of the city, not its own key-project investment (spec: not a fact of the report's
  region); a list naming the city's own level (市县重点项目) and 县区重点项目 in a county's or a district's report
  are kept (cue place levels_below_city);
- a task a higher level set, then what is done so far (市下达我县的高标准农田建设任务为2万亩,目前已完成1.5万亩):
  the task is a target, the figure after 目前已完成 an outturn, not a second target (cue target achieved_after);
  a task revised (由3万亩调减至2万亩): the task after 调减至 is the year's target; the one it replaces stays a
  target flagged conflict, which the panel lists as adjusted (analysis/targets.py; project convention, kept);
- 全年实现/完成/达到 in a part-year review (March to October of its year): part-year reviews use the words
  loosely for the year so far or for a forecast; which, the words do not tell, so no fact (a missing number,
  not a wrong one: report_date.part_ahead, cue time fullyear_outturn). 预计全年 (an estimate), a figure the
  season has settled without such a verb (全年粮食播种面积107.6万亩 in October: h23_04's gold), a summary of
  December and a part of the year named keep their readings;
- a level in brackets after a comparison with an earlier part (增速比上半年提高0.6个百分点(上半年增长5.2%)):
  not reproduced at 2421e8e (the bracket is read as that part's or not at all); the cases pin it;
- a part counted after 其中 (其中,新签约外资项目5个,签约资金3.2亿元): the money of those projects, a part, not
  the year's signed money, whether the sentence before gave a whole of another indicator (到位资金), none, or
  its own (already dropped by parts_follow): cue attribution parts_counted, up to the ;-segment's end or a
  clause naming the region's whole (…,全县农村居民人均可支配收入…: parts_counted_end). A subject named bare
  after 其中 (其中,工业投资增长15%), a month of the part (其中,3月当月增长9.2%) and a year (其中2022年…) keep
  their readings.

Each case is a passage of its own (not copied from any corpus); the near misses passed before.
"""

from __future__ import annotations

import pytest
from passages import check_case

#: A county's work report of January 2024 on 2023.
META = {"year": 2023, "report_date": "2024-01-10", "region": "桐梓县", "level": "county"}
#: A city's work report of January 2024 on 2023.
CITY = {"year": 2023, "report_date": "2024-01-10", "region": "遵义市", "level": "city"}
#: A county's review of the first eight months, dated September 2023.
REVIEW = {"year": 2023, "report_date": "2023-09-10", "region": "桐梓县", "level": "county"}
#: A county's review of the first three quarters, dated October 2023.
Q3 = {"year": 2023, "report_date": "2023-10-20", "region": "桐梓县", "level": "county"}
#: A county's year-end summary of December 2023.
SUMMARY = {"year": 2023, "report_date": "2023-12-10", "region": "桐梓县", "level": "county"}

SIGNED = "investment_contracted"
KEY = "key_project_investment"
FARMLAND = "high_standard_farmland"

CASES: list[dict] = [
    # ---- signing words in an earlier comma clause
    {
        "id": "one_deal_in_the_clause_before",
        "text": "5月与某公司签约,签约金额15亿元,项目已开工。全年招商引资到位资金32亿元。",
        "facts": [("investment_attracted", "level", 32, 2023, "", "actual", None)],
        "absent": [(SIGNED,)],
    },
    {
        "id": "one_event_in_the_clause_before",
        "text": "在第三届文旅产业发展大会上,签约项目20个,签约资金80亿元。",
        "facts": [],
        "absent": [(SIGNED,)],
    },
    {
        "id": "one_agreement_in_the_clause_before",
        "text": "9月,县政府与中国建材集团签订合作协议,协议投资额50亿元。",
        "facts": [],
        "absent": [(SIGNED,)],
    },
    {
        "id": "a_ceremony_in_the_clause_before",
        "text": "在项目集中签约仪式上,共签约项目8个,签约金额32亿元。",
        "facts": [],
        "absent": [(SIGNED,)],
    },
    {
        # near miss: the events counted, their signings may be all the year's
        "id": "events_counted_keep_the_years_signed_money",
        "text": "全年举办招商推介会12场,签约项目48个,签约资金126亿元。",
        "facts": [(SIGNED, "level", 126, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "many_parties_keep_the_years_signed_money",
        "text": "全年与52家企业签约,签约资金186亿元。",
        "facts": [(SIGNED, "level", 186, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: the subject's clause names the year's whole after one deal
        "id": "whole_named_after_one_deal",
        "text": "5月与某公司签约,全年签约资金达到126亿元。",
        "facts": [(SIGNED, "level", 126, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: the deal in another ;-segment
        "id": "deal_in_another_segment",
        "text": "5月与某公司签约光伏项目;全年签约项目48个,签约资金126亿元。",
        "facts": [(SIGNED, "level", 126, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "one_ceremony_in_a_speech",
        "text": "今天,我们与5家企业集中签约,签约金额达120亿元。",
        "facts": [],
        "absent": [(SIGNED,)],
    },
    {
        # near miss: a comparison with the year before, no deal
        "id": "comparison_with_last_year_is_no_deal",
        "text": "与去年相比签约项目增加5个,签约资金达到126亿元。",
        "facts": [(SIGNED, "level", 126, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: the year's whole named after a deal negotiated
        "id": "whole_named_after_deals_negotiated",
        "text": "通过与客商洽谈签约,全年签约项目48个,签约资金126亿元。",
        "facts": [(SIGNED, "level", 126, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- the key projects of the levels below a city's
    {
        "id": "counties_and_districts_key_projects_in_a_citys_report",
        "text": "全年实施市级重点项目86个,完成投资210亿元。实施县区重点项目320个,完成投资180亿元。",
        "meta": CITY,
        "facts": [(KEY, "level", 210, 2023, "", "actual", None)],
        "absent": [(KEY, "level", 180)],
    },
    {
        "id": "counties_key_projects_progress_in_a_citys_report",
        "text": "县区重点项目完成投资180亿元,完成年度计划的105%。",
        "meta": CITY,
        "facts": [],
        "absent": [(KEY,)],
    },
    {
        "id": "counties_cities_districts_key_projects",
        "text": "全年实施县市区重点项目320个,完成投资180亿元。",
        "meta": CITY,
        "facts": [],
        "absent": [(KEY,)],
    },
    {
        "id": "districts_and_counties_in_a_municipalitys_report",
        "text": "全年实施区县重点项目520个,完成投资1800亿元。",
        "meta": {**CITY, "region": "重庆市", "level": "province"},
        "facts": [],
        "absent": [(KEY,)],
    },
    {
        "id": "counties_key_projects_after_the_citys_whole",
        "text": "全市县区重点项目完成投资320亿元。",
        "meta": CITY,
        "facts": [],
        "absent": [(KEY,)],
    },
    {
        "id": "counties_key_projects_with_bracketed_levels",
        "text": "全年实施县(市、区)重点项目320个,完成投资180亿元。",
        "meta": CITY,
        "facts": [],
        "absent": [(KEY,)],
    },
    {
        # near miss: a park's key projects beside the city's own
        "id": "citys_own_key_projects_beside_a_parks",
        "text": "全年实施重点项目86个,完成投资210亿元。高新区重点项目完成投资50亿元。",
        "meta": CITY,
        "facts": [(KEY, "level", 210, 2023, "", "actual", None)],
        "absent": [(KEY, "level", 50)],
    },
    {
        # near miss: the city's own level listed with the counties'
        "id": "city_and_county_key_projects_stay_the_citys",
        "text": "全年实施市县重点项目320个,完成投资180亿元。",
        "meta": CITY,
        "facts": [(KEY, "level", 180, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "county_district_key_projects_in_a_countys_report",
        "text": "全年实施县区重点项目32个,完成投资18亿元。",
        "facts": [(KEY, "level", 18, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "county_district_key_projects_in_a_districts_report",
        "text": "全年实施县区重点项目32个,完成投资18亿元。",
        "meta": {"region": "汇川区"},
        "facts": [(KEY, "level", 18, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- a task a higher level set, then what is done so far
    {
        "id": "task_then_done_so_far",
        "text": "市下达我县的高标准农田建设任务为2万亩,目前已完成1.5万亩。",
        "meta": SUMMARY,
        "facts": [
            (FARMLAND, "level", 20000, 2023, "", "target", None),
            (FARMLAND, "level", 15000, 2023, "", "actual", None),
        ],
        "absent": [(FARMLAND, "level", 15000, 2023, "", "target")],
    },
    {
        "id": "task_revised_then_done_so_far",
        "text": "市下达我县的高标准农田建设任务由3万亩调减至2万亩,目前已完成1.5万亩。",
        "meta": SUMMARY,
        "facts": [
            (FARMLAND, "level", 20000, 2023, "", "target", None),
            (FARMLAND, "level", 15000, 2023, "", "actual", None),
        ],
        "absent": [(FARMLAND, "level", 15000, 2023, "", "target")],
    },
    {
        "id": "task_then_done_so_far_summed",
        "text": "省下达我县造林任务5万亩,目前已累计完成4.2万亩。",
        "meta": SUMMARY,
        "facts": [
            ("afforestation", "level", 50000, 2023, "", "target", None),
            ("afforestation", "level", 42000, 2023, "", "actual", None),
        ],
        "absent": [("afforestation", "level", 42000, 2023, "", "target")],
    },
    {
        # near miss: the task passed on to the townships is no outturn
        "id": "task_passed_on_is_no_outturn",
        "text": "市下达我县的高标准农田建设任务为2万亩,目前已下达到各乡镇1.5万亩。",
        "meta": SUMMARY,
        "facts": [(FARMLAND, "level", 20000, 2023, "", "target", None)],
        "absent": [(FARMLAND, "level", 15000)],
    },
    {
        "id": "task_then_the_years_outturn",
        "text": "上级下达我县城镇新增就业任务4000人,全年完成4520人。",
        "meta": SUMMARY,
        "facts": [
            ("new_urban_jobs", "level", 4000, 2023, "", "target", None),
            ("new_urban_jobs", "level", 4520, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- 全年实现… in a part-year review
    {
        "id": "whole_year_achieved_in_a_review_of_september",
        "text": "1-8月,全县完成固定资产投资45亿元,增长8%。全年实现地区生产总值150亿元以上。",
        "meta": REVIEW,
        "facts": [("fai", "level", 45, 2023, "M1-M8", "actual", None)],
        "absent": [("gdp",)],
    },
    {
        "id": "whole_year_done_and_its_growth_in_a_review",
        "text": "全县全年完成固定资产投资80亿元,增长8%。",
        "meta": REVIEW,
        "facts": [],
        "absent": [("fai",)],
    },
    {
        "id": "whole_year_reached_in_a_review_of_july",
        "text": "全年旅游综合收入达到52亿元。",
        "meta": {**REVIEW, "report_date": "2023-07-25"},
        "facts": [],
        "absent": [("tourism_revenue",)],
    },
    {
        # near miss: an estimate of the year
        "id": "whole_year_estimated_in_a_review",
        "text": "预计全年实现地区生产总值150亿元,增长6%。",
        "meta": REVIEW,
        "facts": [("gdp", "level", 150, 2023, "", "estimate", None), ("gdp", "yoy_pct", 6, 2023, "", "estimate", None)],
        "absent": [],
    },
    {
        # near miss: a figure the season has settled, no verb of an outturn
        "id": "whole_year_sown_area_in_a_review_of_october",
        "text": "全年粮食播种面积107.6万亩,比上年增加1.2万亩。",
        "meta": Q3,
        "facts": [("grain_area", "level", 1076000, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "whole_year_achieved_in_a_summary_of_december",
        "text": "全年实现地区生产总值150亿元,增长6%。",
        "meta": {**REVIEW, "report_date": "2023-12-20"},
        "facts": [("gdp", "level", 150, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "part_of_the_year_achieved_in_a_review",
        "text": "1-8月,全县实现地区生产总值98亿元,增长5.2%。",
        "meta": REVIEW,
        "facts": [("gdp", "level", 98, 2023, "M1-M8", "actual", None)],
        "absent": [("gdp", "level", 98, 2023, "")],
    },
    # ---- a part counted after 其中
    {
        "id": "foreign_signings_after_funds_in_place",
        "text": "全年招商引资到位资金45亿元。其中,新签约外资项目5个,签约资金3.2亿元。",
        "facts": [("investment_attracted", "level", 45, 2023, "", "actual", None)],
        "absent": [(SIGNED,)],
    },
    {
        "id": "counted_part_after_no_whole_then_the_own_region",
        "text": "全年招商引资成效明显。其中,新签约外资项目5个,签约资金3.2亿元;全县实际利用外资1.2亿美元。",
        "facts": [("fdi", "level", 12000, 2023, "", "actual", None)],
        "absent": [(SIGNED,)],
    },
    {
        "id": "industrial_projects_counted_then_their_investment",
        "text": "全年实施项目120个,总投资500亿元。其中,工业项目45个,完成工业投资32亿元。",
        "facts": [],
        "absent": [("industrial_investment",)],
    },
    {
        "id": "counted_part_after_its_own_whole",
        "text": "全年签约项目28个,签约资金126亿元。其中,新签约外资项目5个,签约资金3.2亿元。",
        "facts": [(SIGNED, "level", 126, 2023, "", "actual", None)],
        "absent": [(SIGNED, "level", 3.2)],
    },
    {
        # near miss: the region's whole named after the count
        "id": "own_whole_after_a_counted_part",
        "text": "全年脱贫1.2万人。其中,贫困村15个,全县农村居民人均可支配收入12680元。",
        "facts": [("rural_income", "level", 12680, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: a subject of its own named bare after 其中
        "id": "subject_named_bare_after_qizhong",
        "text": "全年固定资产投资增长8%。其中,工业投资增长15%。",
        "facts": [("industrial_investment", "yoy_pct", 15, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "month_of_the_part_after_qizhong",
        "text": "1—3月,全县规模以上工业增加值增长7.6%。其中,3月当月增长9.2%。",
        "meta": REVIEW,
        "facts": [("industrial_va", "yoy_pct", 9.2, 2023, "M3", "actual", None)],
        "absent": [],
    },
    # ---- a level in brackets after a comparison with an earlier part (pins: not reproduced)
    {
        "id": "earlier_parts_growth_in_brackets",
        "text": "前三季度,全县规模以上工业增加值增长5.8%,增速比上半年提高0.6个百分点(上半年增长5.2%)。",
        "meta": Q3,
        "facts": [("industrial_va", "yoy_pct", 5.8, 2023, "Q1-Q3", "actual", None)],
        "absent": [("industrial_va", "pp_change"), ("industrial_va", "yoy_pct", 5.2, 2023, "Q1-Q3")],
    },
    {
        "id": "earlier_parts_rate_in_brackets",
        "text": "前三季度,全县城镇调查失业率为5.1%,比上半年下降0.2个百分点(上半年为5.3%)。",
        "meta": Q3,
        "facts": [("surveyed_unemployment_rate", "level", 5.1, 2023, "Q1-Q3", "actual", None)],
        "absent": [("surveyed_unemployment_rate", "level", 5.3, 2023, "Q1-Q3")],
    },
    {
        "id": "earlier_parts_level_in_brackets",
        "text": "前三季度,全县一般公共预算收入完成8.2亿元,增长6.1%,较上半年回落(上半年完成5.6亿元)。",
        "meta": Q3,
        "facts": [
            ("general_budget_revenue", "level", 8.2, 2023, "Q1-Q3", "actual", None),
            ("general_budget_revenue", "level", 5.6, 2023, "H1", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 5.6, 2023, "Q1-Q3")],
    },
    {
        "id": "earlier_quarters_growth_in_brackets",
        "text": "前三季度,全县社会消费品零售总额增长6.3%,较一季度回落(一季度为7.1%)。",
        "meta": Q3,
        "facts": [("retail_sales", "yoy_pct", 6.3, 2023, "Q1-Q3", "actual", None)],
        "absent": [("retail_sales", "yoy_pct", 7.1, 2023, "Q1-Q3")],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_construction(case):
    check_case(case, META)
