"""Constructions found by reviewing session 6's rules on passages of unseen reports: the same words
used differently, where a rule of the session gave a wrong number or dropped a correct one.

* A bracket between a subject and its figure is an aside (its figures are not the subject's), unless
  it holds only the subject's own change: 固定资产投资(同比增长12%)完成86亿元, 森林覆盖率(比上年提高
  0.5个百分点)达到62% (the growth and the change in points are the subject's).
* A subject right after 比/较 is the base of a comparison (比地区生产总值增速高2.3个百分点), but not
  after the end of a comparison with the own past: 与上年相比地区生产总值增长6.5%, 与去年同期相比全县
  规模以上工业增加值增长5% (a bulletin's line without a comma) are the subject's own growth.
* A subject named inside such an aside governs no figure after the bracket: 固定资产投资(其中工业投资增长
  15%)增长9% is the growth of investment; 城镇新增就业(含农民工返乡创业带动就业)5200人 is new jobs.
* A year in such an aside dates the aside's figure only: 城镇居民人均可支配收入(2022年为38500元)达到
  40200元 is of the report's year.
* 今年 in a sentence of plans is the year the report is delivered in; in a half-year report its target
  (今年全县地区生产总值预期增长7%, no part of the year named) is the whole year's, not the half's.
* A sentence opening on 其中 lists parts of the whole before it, named by words before the indicator
  (其中,省重点项目完成投资…); the indicator named bare right after 其中 is the whole restated:
  其中,新增城镇就业完成年度目标的105% is the whole's completion, kept.
* A campaign's sum (累计脱贫…) with no known start is no fact, but 一年来 or 过去一年 right before it
  dates it to the year reviewed (一年来,全县累计减贫1200人; 过去一年,累计完成易地扶贫搬迁2100人).
* After a target set by a higher level with the subject after the cue (上级下达我县城镇新增就业任务4000人),
  a clause opening on what was achieved and continuing that subject (,全年完成4520人) is the outturn.
* A target cue that is the base of a comparison (比省下达任务多600人) makes no figure after it a target:
  the growth after it (,增长8%) is achieved.
* A comparison with the target or plan that only qualifies the change right after it (超预期增长25%,
  好于预期增长6.5%) leaves the growth the subject's own; a gap to the target (比预期低0.7个百分点,
  超预期目标0.3个百分点) is still no figure.
* 人均国内生产总值 is per-capita GDP (an alias), not GDP in 亿元 (6.2万元 was read as GDP 0.00062亿元).
* 执行 right before a figure is the outturn of a budget, except after 预计 (预计全年执行15.6亿元: an
  estimate of the outturn, made before the year ended).

Each case is a short report of its own (not copied from a dev set): its meta, the facts it must give
(indicator, measure, value, year, subperiod, kind, period_start) and the keys it must not give.
"""

from __future__ import annotations

import pytest
from passages import check_case

from govkit.pipeline.corpus import document_from_text

META = {"year": 2023, "report_date": "2024-01-12", "region": "临泉县", "level": "county"}

CASES: list[dict] = [
    # ---- a bracket of the subject's own change is no aside
    {
        "id": "bracket_of_growth_between_subject_and_level",
        "text": "固定资产投资(同比增长12%)完成86亿元。全县森林覆盖率(比上年提高0.5个百分点)达到62%。",
        "facts": [
            ("fai", "yoy_pct", 12, 2023, "", "actual", None),
            ("fai", "level", 86, 2023, "", "actual", None),
            ("forest_coverage", "pp_change", 0.5, 2023, "", "actual", None),
            ("forest_coverage", "level", 62, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "bracket_of_scope_or_part_stays_an_aside",
        "text": (
            "固定资产投资(500万元以上项目)完成126亿元,增长9%。城镇新增就业(含灵活就业1200人)4521人。"
            "一般公共预算收入(全口径为18.3亿元)完成10.2亿元。"
        ),
        "facts": [
            ("fai", "level", 126, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 4521, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 10.2, 2023, "", "actual", None),
        ],
        "absent": [
            ("fai", "level", 500),
            ("new_urban_jobs", "level", 1200),
            ("general_budget_revenue", "level", 18.3),
        ],
    },
    {
        "id": "subject_in_an_aside_governs_no_figure_after_it",
        "text": (
            "固定资产投资(其中工业投资增长15%)增长9%。城镇新增就业(含农民工返乡创业带动就业)5200人。"
            "全县粮食总产量(夏粮、秋粮合计)52万吨。"
        ),
        "facts": [
            ("fai", "yoy_pct", 9, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 5200, 2023, "", "actual", None),
            ("grain_output", "level", 52, 2023, "", "actual", None),
        ],
        "absent": [("industrial_investment", "yoy_pct", 9)],
    },
    {
        "id": "year_of_an_aside_dates_only_its_figure",
        "text": "城镇居民人均可支配收入(2022年为38500元)达到40200元,增长4.4%。全县森林覆盖率(2020年为58%)提高到61.2%。",
        "facts": [
            ("urban_income", "level", 40200, 2023, "", "actual", None),
            ("urban_income", "yoy_pct", 4.4, 2023, "", "actual", None),
            ("forest_coverage", "level", 61.2, 2023, "", "actual", None),
        ],
        "absent": [("urban_income", "level", 40200, 2022), ("forest_coverage", "level", 61.2, 2020)],
    },
    # ---- 今年…预期 in a half-year report: the year's target
    {
        "id": "this_years_target_in_a_half_year_report",
        "text": (
            "上半年,全县地区生产总值增长5.8%。今年全县地区生产总值预期增长7%。"
            "今年上半年,全县固定资产投资目标增长9%,实际增长9.5%。"
        ),
        "meta": {"report_date": "2023-07-20"},
        "facts": [
            ("gdp", "yoy_pct", 5.8, 2023, "H1", "actual", None),
            ("gdp", "yoy_pct", 7, 2023, "", "target", None),
            ("fai", "yoy_pct", 9, 2023, "H1", "target", None),
            ("fai", "yoy_pct", 9.5, 2023, "H1", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 7, 2023, "H1")],
    },
    # ---- 与上年相比 right before the subject: its own growth, not a comparison base
    {
        "id": "compared_with_last_year_right_before_the_subject",
        "text": "与上年相比地区生产总值增长6.5%。与去年同期相比全县规模以上工业增加值增长5%。",
        "facts": [
            ("gdp", "yoy_pct", 6.5, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 5, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "subject_after_bi_is_still_a_base",
        "text": "农村居民人均可支配收入增长8.1%,比地区生产总值增速高2.3个百分点。",
        "facts": [("rural_income", "yoy_pct", 8.1, 2023, "", "actual", None)],
        "absent": [("gdp",), ("rural_income", "pp_change")],
    },
    # ---- 其中 + the indicator named bare: the whole restated
    {
        "id": "whole_restated_after_qizhong",
        "text": (
            "全县新增城镇就业4200人,城镇登记失业率3.1%。其中,新增城镇就业完成年度目标的105%。"
            "全年完成营造林4.2万亩。其中人工造林1.6万亩。"
        ),
        "facts": [
            ("new_urban_jobs", "level", 4200, 2023, "", "actual", None),
            ("new_urban_jobs", "completion_pct", 105, 2023, "", "actual", None),
            ("afforestation", "level", 42000, 2023, "", "actual", None),
        ],
        "absent": [("afforestation", "level", 16000)],
    },
    # ---- 一年来 / 过去一年 before a campaign's sum: the year's
    {
        "id": "campaign_sum_of_the_year_reviewed",
        "text": "一年来,全县累计减贫1200人,贫困发生率降至0.5%。过去一年,累计完成易地扶贫搬迁2100人,实现脱贫4300人。",
        "meta": {"year": 2019, "report_date": "2020-01-10"},
        "facts": [
            ("poverty_people_lifted", "level", 1200, 2019, "", "actual", None),
            ("relocation_people", "level", 2100, 2019, "", "actual", None),
            ("poverty_people_lifted", "level", 4300, 2019, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "campaign_sum_without_a_start_stays_dropped",
        "text": "全年减少贫困人口2100人,累计脱贫3.8万户12.6万人。",
        "meta": {"year": 2019, "report_date": "2020-01-10"},
        "facts": [("poverty_people_lifted", "level", 2100, 2019, "", "actual", None)],
        "absent": [("poverty_people_lifted", "level", 126000), ("poverty_households_lifted", "level", 38000)],
    },
    # ---- 下达…任务 before the subject, then the outturn
    {
        "id": "outturn_after_a_task_set_from_above",
        "text": (
            "上级下达我县城镇新增就业任务4000人,全年完成4520人,完成率113%。"
            "市下达我县一般公共预算收入目标任务12亿元,实际完成12.6亿元,增长8%。"
        ),
        "facts": [
            ("new_urban_jobs", "level", 4000, 2023, "", "target", None),
            ("new_urban_jobs", "level", 4520, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 12, 2023, "", "target", None),
            ("general_budget_revenue", "level", 12.6, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 8, 2023, "", "actual", None),
        ],
        "absent": [("new_urban_jobs", "level", 4520, 2023, "", "target")],
    },
    {
        "id": "a_goal_listing_another_subject_stays_a_goal",
        "text": "今年,力争地区生产总值增长7%,固定资产投资增长10%。",
        "meta": {"year": 2024, "report_date": "2024-01-12"},
        "facts": [
            ("gdp", "yoy_pct", 7, 2024, "", "target", None),
            ("fai", "yoy_pct", 10, 2024, "", "target", None),
        ],
        "absent": [],
    },
    # ---- 比省下达任务: a comparison with the task set
    {
        "id": "task_set_from_above_as_a_comparison_base",
        "text": "全年新增城镇就业4600人,比省下达任务多600人,增长8%。一般公共预算收入12.6亿元,比市下达目标多0.6亿元,增长6%。",
        "facts": [
            ("new_urban_jobs", "level", 4600, 2023, "", "actual", None),
            ("new_urban_jobs", "yoy_pct", 8, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 12.6, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 6, 2023, "", "actual", None),
        ],
        "absent": [("new_urban_jobs", "yoy_pct", 8, 2023, "", "target"), ("general_budget_revenue", "level", 0.6)],
    },
    # ---- 超预期增长: the subject's own growth
    {
        "id": "beyond_expectations_qualifies_the_growth",
        "text": (
            "全年旅游收入超预期增长25%,达到45亿元。地区生产总值好于预期增长6.5%。"
            "社会消费品零售总额增长5.3%,比预期低0.7个百分点。规模以上工业增加值增长8.3%,超预期目标0.3个百分点。"
        ),
        "facts": [
            ("tourism_revenue", "yoy_pct", 25, 2023, "", "actual", None),
            ("tourism_revenue", "level", 45, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.5, 2023, "", "actual", None),
            ("retail_sales", "yoy_pct", 5.3, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 8.3, 2023, "", "actual", None),
        ],
        "absent": [("retail_sales", "pp_change"), ("industrial_va", "pp_change"), ("industrial_va", "yoy_pct", 0.3)],
    },
    # ---- 人均国内生产总值: per-capita GDP
    {
        "id": "per_capita_gdp_named_with_guonei",
        "text": "人均国内生产总值达到6.2万元。全县地区生产总值286亿元。",
        "facts": [
            ("gdp_per_capita", "level", 62000, 2023, "", "actual", None),
            ("gdp", "level", 286, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "level", 0.00062)],
    },
    # ---- 预计全年执行: an estimate
    {
        "id": "estimated_full_year_execution",
        "text": "一般公共预算收入预计全年执行15.6亿元,增长6%。一般公共预算支出1-11月执行30.2亿元。",
        "meta": {"report_date": "2023-12-20"},
        "facts": [
            ("general_budget_revenue", "level", 15.6, 2023, "", "estimate", None),
            ("general_budget_revenue", "yoy_pct", 6, 2023, "", "estimate", None),
            ("fiscal_expenditure", "level", 30.2, 2023, "M1-M11", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 15.6, 2023, "", "actual")],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_construction(case):
    check_case(case, META)


# ---- metadata: a speech at a quarterly meeting reviewing the economy is of the year its title names
ANALYSIS_MEETINGS = [
    (
        "undated_speech_page_of_april",
        "在2024年全县经济运行分析会上的讲话\n来源:临泉县人民政府 发布时间:2024-04-22\n同志们:\n"
        "今天召开经济运行分析会。一季度,全县地区生产总值增长5.1%。",
        2024,
    ),
    (
        "dated_speech_of_april",
        "在2024年全县经济形势分析会上的讲话\n临泉县县长 李某\n(2024年4月18日)\n同志们:\n"
        "一季度,全县规模以上工业增加值增长7.2%。",
        2024,
    ),
    (
        "meeting_of_last_year_held_in_january",
        "在2023年全县经济运行分析会上的讲话\n临泉县县长 李某\n(2024年1月20日)\n同志们:\n"
        "2023年,全县地区生产总值增长5.6%。",
        2023,
    ),
]


@pytest.mark.parametrize("case", ANALYSIS_MEETINGS, ids=[c[0] for c in ANALYSIS_MEETINGS])
def test_analysis_meeting_year(case):
    _id, text, year = case
    assert document_from_text(text, _id).meta.year == year


# ---- metadata: a word that begins with a unit word after 某 or XX (某区域, 某市民, XX县域) masks no unit
UNMASKED = [
    (
        "district_report_speaking_of_some_region",
        "2023年包河区人民政府工作报告\n——2024年1月10日在包河区第五届人民代表大会第四次会议上\n各位代表:\n"
        "现在,我代表区人民政府向大会报告工作。过去一年,面对某区域性风险挑战,全区地区生产总值增长6%。",
        "包河区",
    ),
    (
        "city_report_speaking_of_some_citizens",
        "2023年界首市人民政府工作报告\n——2024年1月10日在界首市第十八届人民代表大会第四次会议上\n各位代表:\n"
        "现在,我代表市人民政府向大会报告工作。过去一年,某市民热线受理诉求2.1万件,全市地区生产总值增长6%。",
        "界首市",
    ),
    (
        "county_report_with_a_masked_county_economy",
        "2023年临泉县人民政府工作报告\n——2024年1月10日在临泉县第十八届人民代表大会第四次会议上\n各位代表:\n"
        "现在,我代表县人民政府向大会报告工作。过去一年,全县地区生产总值增长6%,XX县域经济稳步发展。",
        "临泉县",
    ),
]


@pytest.mark.parametrize("case", UNMASKED, ids=[c[0] for c in UNMASKED])
def test_unit_word_beginning_a_word_masks_no_unit(case):
    _id, text, region = case
    meta = document_from_text(text, _id).meta
    assert (meta.region, meta.level) == (region, "county")
