"""Constructions of whole county documents (a work report, a statistical bulletin, a plan execution
report and a budget report, as users download them) found by the blind set h22 (session 15), by class:

- signed money named after the words of a signing (新签约招商项目48个、签约资金126.4亿元; 招引项目32个、
  签约金额85亿元): the subject counts signings, so 签约/招引 before it in its clause do not make it a
  pipeline's money; the words of money not yet signed (意向, 洽谈, 拟签约, 储备) and of one event's
  signings (推介会现场) still block it, and a signed project's total cost (新签约项目48个、总投资126.4亿元)
  stays no fact;
- the amount of the agreements signed (签约引进项目63个,协议投资额86.5亿元): signed money, as 签约金额;
- key projects listed by the levels of government that list them (市区重点工程项目 in a district's report,
  省州县重点项目 in a county's of an autonomous prefecture) and named 重点工程项目: the key projects, not
  the urban core's (市区) nor a place named 省州县; a field's works (水利重点工程项目), the levels after 全
  (全市县区重点项目) and a name ending in level words (万州区重点项目) stay no key projects of the region;
- a plan list's item naming the growth with 增长 (or a fall with 降低) before a colon, then the plan and
  the outturn (2.一般公共预算收入增长:计划4%,完成4.6%; 1.地区生产总值增长:计划5%左右,预计完成5.2%): the
  target and the outturn (or estimate) of that growth (a rate's label keeps its levels: 森林覆盖率增长:计划
  68.2%,完成68.3%); after a target stated in words (计划与经济增长基本
  同步, 计划完成市级下达任务) the clause of what was achieved is the outturn, not a target;
- a plain-text table whose target column states a goal in words in some rows (与经济增长同步,
  完成市级下达任务): the rows stay rows of the table (their lines were joined into one run, 8632 and 8000
  becoming 86328000), and the figures of the other rows are read.

Each case is a short passage of its own (not copied from any corpus); every case but the near misses
failed before.
"""

from __future__ import annotations

import pytest
from passages import check_case, passage_facts

from govkit.pipeline.corpus import document_from_text

#: A county work report of January 2025 on 2024.
META = {"year": 2024, "report_date": "2025-01-14", "region": "巫溪县", "level": "county"}
#: A district's plan execution report of January 2025 on 2024.
PLAN = {"year": 2024, "report_date": "2025-01-08", "region": "平谷区", "level": "county"}

CASES: list[dict] = [
    # ---- signed money after the words of a signing
    {
        "id": "signed_money_after_new_signed_projects",
        "text": "全年新签约招商项目48个、签约资金126.4亿元,实际到位资金38.2亿元。",
        "facts": [
            ("investment_contracted", "level", 126.4, 2024, "", "actual", None),
            ("investment_attracted", "level", 38.2, 2024, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "signed_amount_after_projects_attracted",
        "text": "全年招引亿元以上项目32个、签约金额85亿元,其中工业项目18个。",
        "facts": [("investment_contracted", "level", 85, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "contract_money_after_signed_projects",
        "text": "新签约项目21个、合同引资额46亿元。",
        "facts": [("investment_contracted", "level", 46, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: money intended, not signed
        "id": "intended_signing_stays_blocked",
        "text": "全年意向签约资金30亿元,洽谈项目15个。",
        "facts": [],
        "absent": [("investment_contracted",)],
    },
    {
        # near miss: projects in talks, money to be signed
        "id": "money_to_be_signed_stays_blocked",
        "text": "洽谈项目15个、拟签约资金42亿元。",
        "facts": [],
        "absent": [("investment_contracted",)],
    },
    {
        # near miss: one event's signings, a part of the year's
        "id": "one_events_signings_stay_blocked",
        "text": "招商推介会现场签约项目12个、签约资金56亿元。",
        "facts": [],
        "absent": [("investment_contracted",)],
    },
    {
        # near miss: a stocked project's signed amount
        "id": "stocked_projects_signed_amount_stays_blocked",
        "text": "储备项目20个、签约金额50亿元。",
        "facts": [],
        "absent": [("investment_contracted",)],
    },
    {
        # near miss: the signed projects' total cost is no signed money, nor investment made
        "id": "signed_projects_total_cost_stays_no_fact",
        "text": "全年新签约项目48个、总投资126.4亿元。",
        "facts": [],
        "absent": [("investment_contracted",), ("fai",), ("key_project_investment",)],
    },
    # ---- the amount of the agreements signed
    {
        "id": "agreed_investment_amount_is_signed_money",
        "text": "全年签约引进项目63个,协议投资额86.5亿元;实际利用外资2860万美元。",
        "facts": [
            ("investment_contracted", "level", 86.5, 2024, "", "actual", None),
            ("fdi", "level", 2860, 2024, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # read before too (协议引资 is an alias): the summed form beside the new one
        "id": "agreed_attracted_total_is_signed_money",
        "text": "新签约项目12个,协议引资总额32亿元。",
        "facts": [("investment_contracted", "level", 32, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: one company's agreement and the investment it plans
        "id": "one_agreement_to_invest_stays_no_fact",
        "text": "与某新能源公司签订协议,投资10亿元建设光伏电站。",
        "facts": [],
        "absent": [("investment_contracted",)],
    },
    {
        # near miss: an intended agreement
        "id": "intended_agreed_amount_stays_blocked",
        "text": "全年意向协议投资额20亿元。",
        "facts": [],
        "absent": [("investment_contracted",)],
    },
    # ---- key projects listed by levels of government, and 重点工程项目
    {
        "id": "city_and_district_key_works_projects",
        "text": "全年实施市区重点工程项目96个,完成投资152.3亿元,完成年度计划的101.6%。",
        "meta": PLAN,
        "facts": [
            ("key_project_investment", "level", 152.3, 2024, "", "actual", None),
            ("key_project_investment", "completion_pct", 101.6, 2024, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "province_prefecture_county_key_projects",
        "text": "全年实施省州县重点项目42个,完成投资26.8亿元,占年度计划的104.5%。",
        "facts": [
            ("key_project_investment", "level", 26.8, 2024, "", "actual", None),
            ("key_project_investment", "completion_pct", 104.5, 2024, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "levels_with_a_stop_then_key_works_projects",
        "text": "列入市、县重点工程项目35个,完成投资41.2亿元。",
        "facts": [("key_project_investment", "level", 41.2, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "key_works_projects_planned",
        "text": "安排市区重点工程项目100个,年度计划完成投资150亿元以上。",
        "meta": {**PLAN, "year": 2025, "report_date": "2025-01-08"},
        "facts": [("key_project_investment", "level", 150, 2025, "", "target", None)],
        "absent": [],
    },
    {
        # near miss: a field's key works, a part of the investment
        "id": "water_key_works_projects_stay_no_key_projects",
        "text": "水利重点工程项目完成投资5亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        # near miss: the urban core's key projects
        "id": "urban_core_key_projects_stay_a_part",
        "text": "中心城区重点项目完成投资50亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        # near miss: the urban core (市区) before another subject is still a part of the region
        "id": "urban_core_gdp_stays_a_part",
        "text": "市区实现地区生产总值320亿元。",
        "facts": [],
        "absent": [("gdp",)],
    },
    {
        # near miss: the levels after 全 of a higher level: that place's key projects, not the county's
        "id": "levels_after_the_citys_whole_stay_the_citys",
        "text": "全市县区重点项目完成投资320亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        "id": "levels_after_the_provinces_whole_stay_the_provinces",
        "text": "全省市县重点项目完成投资3200亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        # near miss: a district's name ending in level words (万州区, 通州区): that district's key projects
        "id": "district_name_ending_in_levels_stays_another_place",
        "text": "万州区重点项目完成投资200亿元,通州区重点工程项目完成投资180亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        # near miss: the province's key projects
        "id": "province_key_projects_stay_the_provinces",
        "text": "全省重点项目完成投资5200亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    # ---- a plan list's item: 增长 before a colon, then the plan and the outturn
    {
        "id": "plan_list_growth_plan_and_estimate",
        "text": "(一)主要指标完成情况\n1.地区生产总值增长:计划5%左右,预计完成5.2%。\n"
        "2.一般公共预算收入增长:计划4%,完成4.6%。\n3.固定资产投资增长:计划6%,完成2.4%,未完成年度计划。",
        "meta": PLAN,
        "facts": [
            ("gdp", "yoy_pct", 5, 2024, "", "target", None),
            ("gdp", "yoy_pct", 5.2, 2024, "", "estimate", None),
            ("general_budget_revenue", "yoy_pct", 4, 2024, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 4.6, 2024, "", "actual", None),
            ("fai", "yoy_pct", 6, 2024, "", "target", None),
            ("fai", "yoy_pct", 2.4, 2024, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "plan_list_fall_plan_and_outturn",
        "text": "6.单位地区生产总值能耗降低:计划3%,完成3.5%。",
        "meta": PLAN,
        "facts": [
            ("energy_intensity", "yoy_pct", -3, 2024, "", "target", None),
            ("energy_intensity", "yoy_pct", -3.5, 2024, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "plan_list_growth_plan_at_the_start_and_actual",
        "text": "4.农村居民人均可支配收入增长:年初计划7%,实际完成6.2%。",
        "meta": PLAN,
        "facts": [
            ("rural_income", "yoy_pct", 7, 2024, "", "target", None),
            ("rural_income", "yoy_pct", 6.2, 2024, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # a target stated in words, then what was achieved: the outturn (it was read as a target)
        "id": "goal_in_words_then_growth_achieved",
        "text": "5.全体居民人均可支配收入增长:计划与经济增长基本同步,完成5.1%。",
        "meta": PLAN,
        "facts": [("resident_income", "yoy_pct", 5.1, 2024, "", "actual", None)],
        "absent": [("resident_income", "yoy_pct", 5.1, 2024, "", "target")],
    },
    {
        "id": "task_set_above_in_words_then_level_achieved",
        "text": "8.细颗粒物年均浓度:计划完成市级下达任务,完成31微克/立方米。",
        "meta": PLAN,
        "facts": [("pm25", "level", 31, 2024, "", "actual", None)],
        "absent": [("pm25", "level", 31, 2024, "", "target")],
    },
    {
        # near miss: a goal in words, then a goal of another subject (完成 inside a list of goals)
        "id": "goal_in_words_then_another_subjects_goal_stays_a_goal",
        "text": "力争城乡居民收入增长与经济增长同步,完成固定资产投资100亿元。",
        "facts": [("fai", "level", 100, 2024, "", "target", None)],
        "absent": [("fai", "level", 100, 2024, "", "actual")],
    },
    {
        # near miss: a rate's label with 增长 or 下降: its percentages are the rate's levels, not growth
        "id": "rate_growth_label_keeps_the_rates_levels",
        "text": "3.森林覆盖率增长:计划68.2%,完成68.3%。4.贫困发生率下降:为0.8%。",
        "meta": PLAN,
        "facts": [("forest_coverage", "level", 68.3, 2024, "", "actual", None)],
        "absent": [("forest_coverage", "yoy_pct"), ("poverty_incidence", "yoy_pct")],
    },
    {
        # near miss: a level after the growth's label stays a level
        "id": "level_after_growth_label_stays_a_level",
        "text": "1.地区生产总值增长:全年实现地区生产总值452亿元。",
        "meta": PLAN,
        "facts": [("gdp", "level", 452, 2024, "", "actual", None)],
        "absent": [("gdp", "yoy_pct")],
    },
    {
        # near miss: a share after the growth's label is no growth of the subject
        "id": "share_after_growth_label_is_no_growth",
        "text": "3.固定资产投资增长:民间投资占比35%。",
        "meta": PLAN,
        "facts": [],
        "absent": [("fai", "yoy_pct")],
    },
    {
        # near miss: a bare percent after a money indicator's name with no growth word stays no fact
        "id": "percent_after_money_name_without_growth_stays_no_fact",
        "text": "2.一般公共预算收入:计划4%,完成4.6%。",
        "meta": PLAN,
        "facts": [],
        "absent": [("general_budget_revenue",)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)


#: A plain-text table of targets (tab-separated, as a table copied into a .txt prints), some of whose
#: target cells are words.
GOAL_TABLE = (
    "表1  平谷区2025年主要预期目标\n\n"
    "指标名称\t单位\t2024年预计完成\t2025年计划\n"
    "地区生产总值增长\t%\t5.2\t5左右\n"
    "全体居民人均可支配收入增长\t%\t5.1\t与经济增长同步\n"
    "城镇新增就业人数\t人\t8632\t8000\n"
    "城镇登记失业率\t%\t1.86\t3以内\n"
    "细颗粒物（PM2.5）年均浓度\t微克/立方米\t31\t完成市级下达任务\n"
    "森林覆盖率\t%\t68.3\t68.4\n\n"
    "上述目标的安排,兼顾了需要和可能。\n"
)

PIPED_GOAL_TABLE = (
    "2025年主要预期目标\n"
    "| 指标 | 单位 | 2024年完成 | 2025年目标 |\n"
    "| 城乡居民人均可支配收入增长 | % | 6.1 | 与经济增长同步 |\n"
    "| 城镇新增就业 | 人 | 5230 | 5000 |\n"
    "| 空气质量优良天数比例 | % | 92.3 | 持平 |\n"
    "| 森林覆盖率 | % | 45.2 | 45.5 |\n"
)


def test_goal_words_keep_the_rows_of_a_table():
    text = document_from_text(GOAL_TABLE, "goal_table").text
    assert "86328000" not in text
    assert "城镇新增就业人数 人 8632 8000" in text


@pytest.mark.parametrize(
    "table,want",
    [
        (
            GOAL_TABLE,
            [
                ("new_urban_jobs", "level", 8632, 2024, "", "estimate", None),
                ("new_urban_jobs", "level", 8000, 2025, "", "target", None),
                ("unemployment_rate", "level", 3, 2025, "", "target", None),
                ("forest_coverage", "level", 68.4, 2025, "", "target", None),
                ("resident_income", "yoy_pct", 5.1, 2024, "", "estimate", None),
            ],
        ),
        (
            PIPED_GOAL_TABLE,
            [
                ("new_urban_jobs", "level", 5000, 2025, "", "target", None),
                ("forest_coverage", "level", 45.5, 2025, "", "target", None),
                ("good_air_rate", "level", 92.3, 2024, "", "actual", None),
            ],
        ),
    ],
    ids=["tab_separated", "piped"],
)
def test_goal_words_in_a_target_column_leave_the_other_figures(table, want):
    check_case(
        {"id": "goal_table", "text": table, "facts": want, "absent": [("new_urban_jobs", "level", 86328000)]}, PLAN
    )


def test_goal_words_in_prose_stay_prose():
    # near miss: the same words in a sentence are no table cell
    f = passage_facts({"id": "goal_prose", "text": "城乡居民收入增长与经济增长同步,城镇新增就业5000人。"}, PLAN)
    got = {(r.indicator, r.measure, float(r.value)) for r in f.itertuples()}
    assert got == {("new_urban_jobs", "level", 5000.0)}
