"""Constructions found by probing work reports and bulletins (session 6): a sentence that opens on
其中 lists the parts of the figures of the sentence before it; a part named as the same indicator as
that whole (…完成投资85.6亿元。其中,省重点项目完成投资32.1亿元) is not a second figure of it. 今年 in a
sentence of plans (目标, 预期, 力争) is the year the report is delivered in: in a speech of December it
is that year, not the next. A bracket between a subject and its figure is an aside about the subject
(its statistical scope, a part it includes): its figures are not the subject's, and the figure after
it is (固定资产投资(500万元以上项目)完成126亿元). A target in brackets beside a figure
(12.3亿元(目标15亿元以上),增长8%) is that figure's: the figures after the bracket stay actual. An assessment report's items (目标任务:增长7%;完成情况:增长7.2%;
任务数4000人,完成4523人; 目标值60%,实际值61.2%) give the target and the outturn; an item's weight and
score (权重5%, 得分4分) are not figures of its indicator.

Each case is a short report of its own (not copied from a dev set) written for one construction: its
meta, the facts it must give (indicator, measure, value, year, subperiod, kind, period_start) and
the keys it must not give (a prefix of that tuple).
"""

from __future__ import annotations

import pytest
from passages import check_case

META = {"year": 2023, "report_date": "2024-01-12", "region": "临泉县", "level": "county"}

CASES: list[dict] = [
    # ---- 其中 opening the next sentence: a part of the whole before it
    {
        "id": "key_projects_then_provincial_part",
        "text": (
            "全年完成重点项目投资85.6亿元,占年度计划的108%。"
            "其中,省重点项目完成投资32.1亿元,市重点项目完成投资28.3亿元。"
        ),
        "facts": [
            ("key_project_investment", "level", 85.6, 2023, "", "actual", None),
            ("key_project_investment", "completion_pct", 108, 2023, "", "actual", None),
        ],
        "absent": [("key_project_investment", "level", 32.1), ("key_project_investment", "level", 28.3)],
    },
    {
        "id": "afforestation_then_planted_part",
        "text": "2023年,全县完成营造林面积4.2万亩,森林覆盖率达到58.6%。其中人工造林1.6万亩,封山育林2.6万亩。",
        "facts": [
            ("afforestation", "level", 42000, 2023, "", "actual", None),
            ("forest_coverage", "level", 58.6, 2023, "", "actual", None),
        ],
        "absent": [("afforestation", "level", 16000)],
    },
    {
        "id": "funds_in_place_then_out_of_province_part_with_growth",
        "text": "全年招商引资到位资金86.5亿元,增长12%。其中:省外到位资金53.8亿元,增长15.2%。",
        "facts": [
            ("investment_attracted", "level", 86.5, 2023, "", "actual", None),
            ("investment_attracted", "yoy_pct", 12, 2023, "", "actual", None),
        ],
        "absent": [("investment_attracted", "level", 53.8), ("investment_attracted", "yoy_pct", 15.2)],
    },
    # ---- kept: parts that are other indicators, and parts of another time
    {
        "id": "parts_that_are_indicators_of_their_own",
        "text": (
            "全县居民人均可支配收入28650元,增长6.8%。"
            "其中,城镇居民人均可支配收入41230元,增长5.2%;农村居民人均可支配收入19870元,增长7.9%。"
            "全年固定资产投资增长9.8%。其中,工业投资增长15.2%,民间投资增长3.1%。"
        ),
        "facts": [
            ("resident_income", "level", 28650, 2023, "", "actual", None),
            ("urban_income", "level", 41230, 2023, "", "actual", None),
            ("urban_income", "yoy_pct", 5.2, 2023, "", "actual", None),
            ("rural_income", "level", 19870, 2023, "", "actual", None),
            ("fai", "yoy_pct", 9.8, 2023, "", "actual", None),
            ("industrial_investment", "yoy_pct", 15.2, 2023, "", "actual", None),
            ("private_investment", "yoy_pct", 3.1, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "a_part_not_opening_its_sentence_is_not_touched",
        "text": "全年完成重点项目投资85.6亿元。全县新增城镇就业4521人,其中高校毕业生就业1200人。",
        "facts": [
            ("key_project_investment", "level", 85.6, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 4521, 2023, "", "actual", None),
        ],
        "absent": [("new_urban_jobs", "level", 1200)],
    },
    {
        "id": "a_part_of_another_time_is_that_times_figure",
        "meta": {"year": 2020, "report_date": "2021-01-12"},
        "text": (
            "五年来,全县累计完成固定资产投资560亿元。其中,2020年完成固定资产投资132亿元,增长9.1%。"
            "2016年以来,全县累计投入扶贫资金12.6亿元。其中,2020年投入扶贫资金3.1亿元。"
        ),
        "facts": [
            ("fai", "level", 560, 2020, "", "actual", 2016),
            ("fai", "level", 132, 2020, "", "actual", None),
            ("fai", "yoy_pct", 9.1, 2020, "", "actual", None),
            ("poverty_funds", "level", 12.6, 2020, "", "actual", 2016),
            ("poverty_funds", "level", 3.1, 2020, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- 今年 in a sentence of plans is the year the report is delivered in
    {
        "id": "year_end_speech_this_years_target_and_outturn",
        "meta": {"year": 2023, "report_date": "2023-12-20"},
        "text": (
            "在全县2023年经济工作会议上的讲话\n"
            "今年全县固定资产投资增长12%,高于目标4个百分点;全县GDP预期目标增长6.5%,实际增长6.8%。"
        ),
        "facts": [
            ("fai", "yoy_pct", 12, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.5, 2023, "", "target", None),
            ("gdp", "yoy_pct", 6.8, 2023, "", "actual", None),
        ],
        "absent": [("fai", "yoy_pct", 12, 2024), ("gdp", "yoy_pct", 6.5, 2024), ("gdp", "yoy_pct", 6.8, 2024)],
    },
    {
        "id": "november_summary_this_year_and_next",
        "meta": {"year": 2023, "report_date": "2023-11-28"},
        "text": (
            "临泉县2023年工作总结和2024年工作计划\n"
            "今年,全县力争完成一般公共预算收入20亿元,预计完成20.3亿元。"
            "明年,全县一般公共预算收入力争增长6%。"
        ),
        "facts": [
            ("general_budget_revenue", "level", 20, 2023, "", "target", None),
            ("general_budget_revenue", "level", 20.3, 2023, "", "estimate", None),
            ("general_budget_revenue", "yoy_pct", 6, 2024, "", "target", None),
        ],
        "absent": [("general_budget_revenue", "level", 20, 2024), ("general_budget_revenue", "level", 20.3, 2024)],
    },
    {
        "id": "january_report_this_year_is_the_plan_year",
        "text": "2023年,全县地区生产总值增长5.8%。今年全县地区生产总值预期增长6%,一般公共预算收入力争增长5%。",
        "facts": [
            ("gdp", "yoy_pct", 5.8, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6, 2024, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 5, 2024, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 6, 2023)],
    },
    # ---- a bracket between a subject and its figure is an aside: its figures are not the subject's
    {
        "id": "statistical_scope_in_brackets",
        "text": ("全县固定资产投资(500万元以上项目)完成126亿元,增长9.1%。全县工业投资(500万元以上)45.2亿元,增长15%。"),
        "facts": [
            ("fai", "level", 126, 2023, "", "actual", None),
            ("fai", "yoy_pct", 9.1, 2023, "", "actual", None),
            ("industrial_investment", "level", 45.2, 2023, "", "actual", None),
            ("industrial_investment", "yoy_pct", 15, 2023, "", "actual", None),
        ],
        "absent": [("fai", "level", 0.05), ("industrial_investment", "level", 0.05)],
    },
    {
        "id": "a_part_included_in_brackets",
        "text": "全年城镇新增就业(含灵活就业1200人)4521人,完成目标任务的113%。全县造林面积(其中人工造林0.6万亩)1.8万亩。",
        "facts": [
            ("new_urban_jobs", "level", 4521, 2023, "", "actual", None),
            ("new_urban_jobs", "completion_pct", 113, 2023, "", "actual", None),
            ("afforestation", "level", 18000, 2023, "", "actual", None),
        ],
        "absent": [("new_urban_jobs", "level", 1200), ("afforestation", "level", 6000)],
    },
    {
        "id": "brackets_after_the_figure_keep_their_reading",
        "text": (
            "地区生产总值增长5.9%(预期目标为8.5%以上)。"
            "全县一般公共预算收入18.6亿元(不含基金收入),增长8.3%。"
            "城镇居民人均可支配收入(41230元)增长5.2%。"
        ),
        "facts": [
            ("gdp", "yoy_pct", 5.9, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 8.5, 2023, "", "target", None),
            ("general_budget_revenue", "level", 18.6, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 8.3, 2023, "", "actual", None),
            ("urban_income", "level", 41230, 2023, "", "actual", None),
            ("urban_income", "yoy_pct", 5.2, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "the_subjects_own_level_in_brackets_before_its_growth",
        "text": "全县地区生产总值(412.6亿元)同比增长6.2%。粮食总产量(约43.2万吨)增长1.8%。",
        "facts": [
            ("gdp", "level", 412.6, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.2, 2023, "", "actual", None),
            ("grain_output", "level", 43.2, 2023, "", "actual", None),
            ("grain_output", "yoy_pct", 1.8, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- a target in brackets beside a figure is of that figure only: what follows is actual
    {
        "id": "level_with_its_target_in_brackets_then_growth",
        "text": (
            "规上工业增加值12.3亿元(目标15亿元以上),增长8%。"
            "全县地区生产总值412.6亿元(年度目标410亿元),同比增长6.2%(目标6.5%)。"
        ),
        "facts": [
            ("industrial_va", "level", 12.3, 2023, "", "actual", None),
            ("industrial_va", "level", 15, 2023, "", "target", None),
            ("industrial_va", "yoy_pct", 8, 2023, "", "actual", None),
            ("gdp", "level", 412.6, 2023, "", "actual", None),
            ("gdp", "level", 410, 2023, "", "target", None),
            ("gdp", "yoy_pct", 6.2, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.5, 2023, "", "target", None),
        ],
        "absent": [("industrial_va", "yoy_pct", 8, 2023, "", "target"), ("gdp", "yoy_pct", 6.2, 2023, "", "target")],
    },
    {
        "id": "a_bare_target_label_in_brackets_still_marks_its_figure",
        "text": "全县地区生产总值(目标)增长6.5%。一般公共预算收入力争达到20亿元,增长8%。",
        "facts": [
            ("gdp", "yoy_pct", 6.5, 2023, "", "target", None),
            ("general_budget_revenue", "level", 20, 2023, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 8, 2023, "", "target", None),
        ],
        "absent": [],
    },
    # ---- assessment reports: an item's target and outturn, its weight and score
    {
        "id": "assessment_item_named_as_a_growth_rate_with_weight",
        "meta": {"year": 2023, "report_date": "2023-12-15"},
        "text": (
            "临泉县2023年度目标责任考核自查报告\n"
            "农村居民人均可支配收入增速(权重5%):目标8%,实际完成8.3%。"
            "地区生产总值增速:目标7%,实际7.2%,得分4分。"
        ),
        "facts": [
            ("rural_income", "yoy_pct", 8, 2023, "", "target", None),
            ("rural_income", "yoy_pct", 8.3, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 7, 2023, "", "target", None),
            ("gdp", "yoy_pct", 7.2, 2023, "", "actual", None),
        ],
        "absent": [("rural_income", "yoy_pct", 5), ("gdp", "level", 4), ("gdp", "yoy_pct", 4)],
    },
    {
        "id": "assessment_items_under_numbered_titles",
        "meta": {"year": 2023, "report_date": "2023-12-15"},
        "text": (
            "临泉县2023年度目标责任考核自查报告\n"
            "1.地区生产总值增速。目标任务:增长7%;完成情况:增长7.2%;自评得分:5分。\n"
            "(三)城镇新增就业(2分)。任务数4000人,完成4523人,完成率113.1%。\n"
            "森林覆盖率:目标值60%,实际值61.2%,得分4分。"
        ),
        "facts": [
            ("gdp", "yoy_pct", 7, 2023, "", "target", None),
            ("gdp", "yoy_pct", 7.2, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 4000, 2023, "", "target", None),
            ("new_urban_jobs", "level", 4523, 2023, "", "actual", None),
            ("new_urban_jobs", "completion_pct", 113.1, 2023, "", "actual", None),
            ("forest_coverage", "level", 60, 2023, "", "target", None),
            ("forest_coverage", "level", 61.2, 2023, "", "actual", None),
        ],
        "absent": [
            ("gdp", "yoy_pct", 7, 2023, "", "actual"),
            ("new_urban_jobs", "level", 4000, 2023, "", "actual"),
            ("forest_coverage", "level", 4),
        ],
    },
    {
        "id": "completing_the_target_is_not_a_target_label",
        "text": "全面完成目标任务,全县地区生产总值增长7%。全年完成任务数的105%。",
        "facts": [("gdp", "yoy_pct", 7, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 7, 2023, "", "target")],
    },
    {
        "id": "completion_said_with_shi",
        "text": "全县完成营造林面积4.2万亩,是年度任务的120%。粮食总产量43.2万吨,是计划的102%。",
        "facts": [
            ("afforestation", "level", 42000, 2023, "", "actual", None),
            ("afforestation", "completion_pct", 120, 2023, "", "actual", None),
            ("grain_output", "level", 43.2, 2023, "", "actual", None),
            ("grain_output", "completion_pct", 102, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- 过去一年 early in a year whose frame is that year's (a speech on the year ahead)
    {
        "id": "speech_of_february_looks_back_on_the_year_just_ended",
        "meta": {"year": 2024, "report_date": "2024-02-20"},
        "text": (
            "在2024年全县高质量发展大会上的讲话\n同志们:\n"
            "过去一年,全县GDP增长6.2%,财政收入突破20亿元。今年,我们的目标是GDP增长6.5%。\n"
            "一年来,全县新增城镇就业4521人。"
        ),
        "facts": [
            ("gdp", "yoy_pct", 6.2, 2023, "", "actual", None),
            ("fiscal_revenue", "level", 20, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.5, 2024, "", "target", None),
            ("new_urban_jobs", "level", 4521, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.2, 2024), ("new_urban_jobs", "level", 4521, 2024)],
    },
    {
        "id": "a_year_end_summary_looks_back_on_its_own_year",
        "meta": {"year": 2024, "report_date": "2024-11-20"},
        "text": "临泉县2024年工作总结\n一年来,全县GDP增长6%,新增城镇就业4600人。",
        "facts": [
            ("gdp", "yoy_pct", 6, 2024, "", "actual", None),
            ("new_urban_jobs", "level", 4600, 2024, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 6, 2023)],
    },
    # ---- per person, per household, per village: a ratio of the indicator, not the indicator
    {
        "id": "per_person_and_per_household_ratios",
        "text": (
            "全县人均财政支出8500元,人均一般公共预算收入1200元。户均旅游收入3万元。"
            "全县常住人口人均地区生产总值5.6万元。农民人均纯收入达到12000元。"
        ),
        "facts": [
            ("gdp_per_capita", "level", 56000, 2023, "", "actual", None),
            ("rural_income", "level", 12000, 2023, "", "actual", None),
        ],
        "absent": [("fiscal_expenditure",), ("general_budget_revenue",), ("tourism_revenue",)],
    },
    {
        "id": "first_quarter_review_of_april_looks_back_on_last_year",
        "meta": {"year": 2024, "report_date": "2024-04-18"},
        "text": (
            "临泉县2024年一季度经济运行情况分析\n一季度,全县地区生产总值增长5.6%。过去一年里,全县规上工业增加值增长8%。"
        ),
        "facts": [
            ("gdp", "yoy_pct", 5.6, 2024, "Q1", "actual", None),
            ("industrial_va", "yoy_pct", 8, 2023, "", "actual", None),
        ],
        "absent": [("industrial_va", "yoy_pct", 8, 2024)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_construction(case):
    check_case(case, META)
