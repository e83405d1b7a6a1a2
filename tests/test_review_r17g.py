"""Review of the h22 rules (session 15, branch s15-b22: 8d867f0, 8d188e0, 8edc56c, 072bb8b; reviewer r17g),
probed with passages of other genres (investment news, work reports, plan execution reports, audit
findings, city and county reports), by rule:

1. Signed money after signing words (block pipeline_signed / pipeline_unsigned): a subject naming signed
   money (签约资金, 协议投资额) lets 签约/招引 before it in its clause pass. Misfired on a part of the
   year's signings in the same clause: one event's (在第三届…大会上, 恳谈会上, 农博会期间, 在招商活动中),
   the signed projects not landed or cancelled (已签约未开工项目9个、签约资金28亿元; 解除签约项目5个、…),
   and one party's deal (与中国建材集团签约光伏储能项目、签约资金20亿元): each read as the year's
   investment_contracted. Narrowed in data (pipeline_unsigned: the events by their names, 未落地/未开工,
   解除/终止, 与…签约 without a count); 各类招商活动中 and 与52家企业签约 (all the year's) still read.
2. 协议投资额 (investment_contracted): an event's agreed amount with no pipeline word in the sentence
   (招商推介会上协议投资额20亿元) was not probed at all (the pipeline gate looked for 签约 etc. only):
   a signed subject now is (blocking.py). 全年签订合作协议35个、协议投资额120亿元 still reads.
3. Key projects by their levels (市区重点工程项目): 市区 at the start of the subject is the city's and the
   district's lists only in a district's report; in a city's report (and a county's) 市区 is the urban core,
   and 市区重点项目完成投资120亿元 was read as the region's key-project investment. Narrowed (place
   district_levels, other_places.part_of_region). 省州县, 市、县, 州县 kept; 城区/主城区 were no misfire.
4. Plan-list growth labels (growth_label, rate_value with 计划/预计完成): probed with rates (城镇化率,
   研发经费投入强度: no growth read), a heading 财政收入稳定增长: before its own subjects, two items in one
   sentence: no misfire.
5. Goal words in a table's target column (goal_text_cell): probed 持平 and 同步 in a review table's growth
   column and a 增减 column: rows kept, no figure read for them, the other cells read: no misfire.
6. A target in words then what was achieved (target goal_in_words): misfired on plans, where the goal in
   words is followed by the goal's figure (2025年,城镇新增就业:确保完成市下达目标任务,实现5000人以上;
   2025年粮食总产量:确保与上年持平,实现28万吨以上: 2025's "outturn"), and on a list of goals after a
   label (2025年主要目标任务:城乡居民收入增长与经济增长同步,实现地区生产总值增长6%左右: the GDP goal
   read as actual). Narrowed (kinds._own_goal_in_words): the words count as the target's figure only without a
   striving word, without a subject of their own before them, and not in a year after the one described.
   A label after a later year (2025年主要目标任务:) governs goals only, whatever the first goal's form
   (older than h22: …城乡居民收入增长7%,实现地区生产总值增长6%左右 was read as 2025's outturn too).
   同步 and 持平 in an outturn (全年粮食总产量与上年基本持平,达到28.6万吨; 全年城乡居民收入与经济增长同步
   增长,…) read as before.
"""

from __future__ import annotations

import pytest
from passages import check_case

#: A county work report of January 2025 on 2024.
META = {"year": 2024, "report_date": "2025-01-14", "region": "巫溪县", "level": "county"}
#: A district's plan execution report of January 2025 on 2024.
DISTRICT = {"year": 2024, "report_date": "2025-01-08", "region": "平谷区", "level": "county"}
#: A prefecture-level city's work report of January 2025 on 2024.
CITY = {"year": 2024, "report_date": "2025-01-10", "region": "宜宾市", "level": "city"}

NO_SIGNED = [("investment_contracted",)]

CASES: list[dict] = [
    # ---- 1. signed money after signing words: a part of the year's signings stays blocked
    {
        "id": "one_conferences_signings_stay_blocked",
        "text": "在第三届文旅产业发展大会上签约项目20个、签约资金80亿元。",
        "facts": [],
        "absent": NO_SIGNED,
    },
    {
        "id": "one_investment_forums_signings_stay_blocked",
        "text": "在粤港澳大湾区招商恳谈会上签约项目15个、签约金额60亿元。",
        "facts": [],
        "absent": NO_SIGNED,
    },
    {
        "id": "one_fairs_agreed_amount_stays_blocked",
        "text": "第二届农博会期间签约项目18个、协议投资额72亿元。",
        "facts": [],
        "absent": NO_SIGNED,
    },
    {
        "id": "one_campaigns_signings_stay_blocked",
        "text": "在招商活动中签约项目10个、签约资金40亿元。",
        "facts": [],
        "absent": NO_SIGNED,
    },
    {
        # 2. no pipeline word but the event: the agreed amount is probed too
        "id": "agreed_amount_at_one_event_stays_blocked",
        "text": "招商推介会上协议投资额20亿元。",
        "facts": [],
        "absent": NO_SIGNED,
    },
    {
        "id": "signed_but_not_started_stays_blocked",
        "text": "已签约未开工项目9个、签约资金28亿元。",
        "facts": [],
        "absent": NO_SIGNED,
    },
    {
        "id": "audit_signed_not_landed_stays_blocked",
        "text": "审计发现,全县签约未落地项目12个、涉及签约资金35亿元。",
        "facts": [],
        "absent": NO_SIGNED,
    },
    {
        "id": "cancelled_signings_stay_blocked",
        "text": "解除签约项目5个、签约资金10亿元。",
        "facts": [],
        "absent": NO_SIGNED,
    },
    {
        "id": "one_partys_deal_stays_blocked",
        "text": "与中国建材集团签约光伏储能项目、签约资金20亿元。",
        "facts": [],
        "absent": NO_SIGNED,
    },
    {
        # no signed money: a family doctor's signings
        "id": "family_doctor_signings_are_no_money",
        "text": "家庭医生签约服务12.3万人、签约率达到45%。",
        "facts": [],
        "absent": NO_SIGNED,
    },
    {
        "id": "one_collective_signing_stays_blocked",
        "text": "集中签约项目15个、签约资金60亿元。",
        "facts": [],
        "absent": NO_SIGNED,
    },
    # must read: the year's signings
    {
        "id": "signings_with_many_firms_counted_are_the_years",
        "text": "全年与52家企业签约、签约资金186亿元。",
        "facts": [("investment_contracted", "level", 186, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "signings_at_all_campaigns_are_the_years",
        "text": "全年在各类招商活动中签约项目48个、签约资金126亿元。",
        "facts": [("investment_contracted", "level", 126, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        # 社会 ends in 会 but names no event
        "id": "social_investment_signings_are_the_years",
        "text": "全年新签约社会投资项目48个、签约资金126亿元。",
        "facts": [("investment_contracted", "level", 126, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "agreements_signed_and_their_amount",
        "text": "全年签订合作协议35个、协议投资额120亿元。",
        "facts": [("investment_contracted", "level", 120, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "signed_money_then_funds_in_place",
        "text": "全年新签约项目52个、签约资金186亿元、到位资金45亿元。",
        "facts": [
            ("investment_contracted", "level", 186, 2024, "", "actual", None),
            ("investment_attracted", "level", 45, 2024, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- 3. key projects by levels: 市区 in a city's or a county's report is the urban core
    {
        "id": "urban_core_key_projects_in_a_citys_report",
        "text": "全年市区重点项目完成投资120亿元,中心城区新增绿地30万平方米。",
        "meta": CITY,
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        "id": "urban_core_key_works_in_a_citys_report_after_a_year",
        "text": "2024年,市区重点工程项目完成投资150亿元。",
        "meta": CITY,
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        "id": "urban_core_key_projects_in_a_countys_report",
        "text": "全年实施市区重点项目30个,完成投资60亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        # must read: a district's report (the author's construction), and levels in a city's report
        "id": "city_and_district_levels_in_a_districts_report",
        "text": "全年实施市区重点工程项目96个,完成投资152.3亿元。",
        "meta": DISTRICT,
        "facts": [("key_project_investment", "level", 152.3, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "city_and_district_two_levels_in_a_citys_report",
        "text": "全年实施市区两级重点项目120个,完成投资310亿元。",
        "meta": CITY,
        "facts": [("key_project_investment", "level", 310, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "prefecture_and_county_levels_after_a_verb",
        "text": "全年共有州县重点项目42个,完成投资26.8亿元。",
        "facts": [("key_project_investment", "level", 26.8, 2024, "", "actual", None)],
        "absent": [],
    },
    # ---- 4. plan-list growth labels
    {
        "id": "rate_of_urbanisation_label_reads_no_growth",
        "text": "9.常住人口城镇化率增长:计划65%,完成65.3%。",
        "meta": DISTRICT,
        "facts": [],
        "absent": [("urbanization_rate", "yoy_pct")],
    },
    {
        "id": "heading_growth_then_own_subjects",
        "text": "(二)财政收入稳定增长:一般公共预算收入完成12.5亿元,增长5.2%。",
        "meta": DISTRICT,
        "facts": [
            ("general_budget_revenue", "level", 12.5, 2024, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 5.2, 2024, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "two_growth_items_in_one_sentence",
        "text": "城镇居民人均可支配收入增长:计划6%,预计完成6.2%,农村居民人均可支配收入增长:计划7%,预计完成7.5%。",
        "meta": DISTRICT,
        "facts": [
            ("urban_income", "yoy_pct", 6, 2024, "", "target", None),
            ("urban_income", "yoy_pct", 6.2, 2024, "", "estimate", None),
            ("rural_income", "yoy_pct", 7, 2024, "", "target", None),
            ("rural_income", "yoy_pct", 7.5, 2024, "", "estimate", None),
        ],
        "absent": [],
    },
    # ---- 6. a target in words then a figure: in a plan, the goal's figure, not an outturn
    {
        "id": "striving_goal_in_words_then_the_goals_figure",
        "text": "2025年,城镇新增就业:确保完成市下达目标任务,实现5000人以上。",
        "facts": [("new_urban_jobs", "level", 5000, 2025, "", "target", None)],
        "absent": [("new_urban_jobs", "level", 5000, 2025, "", "actual")],
    },
    {
        "id": "flat_goal_then_the_goals_figure_next_year",
        "text": "2025年粮食总产量:确保与上年持平,实现28万吨以上。",
        "facts": [("grain_output", "level", 28, 2025, "", "target", None)],
        "absent": [("grain_output", "level", 28, 2025, "", "actual")],
    },
    {
        "id": "plan_word_goal_in_words_in_next_years_plan",
        "text": "2025年,城镇新增就业:计划完成市下达目标任务,实现5000人以上。",
        "facts": [],
        "absent": [("new_urban_jobs", "level", 5000, 2025, "", "actual")],
    },
    {
        "id": "goal_list_after_a_label_goes_on",
        "text": "2025年主要目标任务:城乡居民收入增长与经济增长同步,实现地区生产总值增长6%左右。",
        "facts": [("gdp", "yoy_pct", 6, 2025, "", "target", None)],
        "absent": [("gdp", "yoy_pct", 6, 2025, "", "actual")],
    },
    {
        # older than h22 (main read it so too): the same list with the first goal in a figure; a label
        # after a later year governs goals only
        "id": "goal_list_in_figures_after_a_later_years_label",
        "text": "2025年主要目标任务:城乡居民收入增长7%,实现地区生产总值增长6%左右。",
        "facts": [("gdp", "yoy_pct", 6, 2025, "", "target", None)],
        "absent": [("gdp", "yoy_pct", 6, 2025, "", "actual")],
    },
    {
        "id": "striving_income_goal_in_words_then_its_level",
        "text": "2025年工作目标:城镇居民人均可支配收入力争与经济增长同步,达到4.5万元。",
        "facts": [("urban_income", "level", 45000, 2025, "", "target", None)],
        "absent": [("urban_income", "level", 45000, 2025, "", "actual")],
    },
    # must read: the outturn after a goal in words of the year described
    {
        "id": "flat_goal_then_output_achieved",
        "text": "粮食总产量:计划与上年持平,完成28.6万吨,下降1.2%。",
        "meta": DISTRICT,
        "facts": [
            ("grain_output", "level", 28.6, 2024, "", "actual", None),
            ("grain_output", "yoy_pct", -1.2, 2024, "", "actual", None),
        ],
        "absent": [("grain_output", "level", 28.6, 2024, "", "target")],
    },
    {
        "id": "task_set_above_then_jobs_achieved",
        "text": "2024年城镇新增就业:计划完成市下达目标任务,实际完成5230人。",
        "meta": DISTRICT,
        "facts": [("new_urban_jobs", "level", 5230, 2024, "", "actual", None)],
        "absent": [],
    },
    # 持平 and 同步 in an outturn's words
    {
        "id": "flat_as_the_outturns_change",
        "text": "全年粮食总产量与上年基本持平,达到28.6万吨。",
        "facts": [("grain_output", "level", 28.6, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "in_step_as_the_years_description",
        "text": "全年城乡居民收入与经济增长同步增长,城镇居民人均可支配收入达到42000元,增长5.2%。",
        "facts": [
            ("urban_income", "level", 42000, 2024, "", "actual", None),
            ("urban_income", "yoy_pct", 5.2, 2024, "", "actual", None),
        ],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)


#: A review table (tab-separated) whose growth column states 持平 and 同步 in words.
REVIEW_TABLE = (
    "表2  2024年主要指标完成情况\n\n"
    "指标\t单位\t2024年\t比上年增长%\n"
    "地区生产总值\t亿元\t452.3\t5.2\n"
    "粮食播种面积\t万亩\t45.1\t持平\n"
    "粮食总产量\t万吨\t28.6\t1.2\n"
    "城镇新增就业\t人\t8632\t3.5\n\n"
    "以上数据为快报数。\n"
)


def test_flat_in_a_growth_column_keeps_the_rows():
    check_case(
        {
            "id": "review_table_flat_cell",
            "text": REVIEW_TABLE,
            "facts": [
                ("gdp", "yoy_pct", 5.2, 2024, "", "actual", None),
                ("grain_output", "level", 28.6, 2024, "", "actual", None),
                ("grain_output", "yoy_pct", 1.2, 2024, "", "actual", None),
                ("new_urban_jobs", "level", 8632, 2024, "", "actual", None),
            ],
            "absent": [("grain_area", "yoy_pct")],
        },
        DISTRICT,
    )
