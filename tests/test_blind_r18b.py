"""Constructions found by the blind set h25 (session 16: a district's statistical bulletin as HTML, a county
secretary's speech, a county's 2020 poverty-alleviation summary as DOCX and a district's half-year plan
execution report in GB18030), by class:

- a table under a heading saying the plan was achieved (一、脱贫攻坚目标任务全面完成, （一）年度目标任务圆满完成):
  the heading reviews the plan (frames.plan_achieved, as the frames of the text already read it), so its
  指标 | 单位 | 目标 | 完成 table holds the year's targets and outturns, not targets only (every figure of the
  table was dropped as a plan section's); a striving word before the achievement (确保全面完成2021年目标任务), an
  achievement before the plan's words (全面完成2025年目标任务, a goal's words) and a plain plan heading
  (三、2021年目标任务) still head a plan;
- a bound sign before a figure in a table cell (≥4000, ≤3 in a column of targets): the printed figure, as
  4000以上 (number bound_before_figure); the cell had ended the table, its rows below lost;
- an area named after an island, a township or a port (长兴岛地区, 陈家镇地区, 临港地区) before a subject: a part of
  the district (block part_before), not the district's figure; 全区, 本地区 and 地区生产总值 are not;
- the base of a share named with the report's own whole word (民间投资…,占全区固定资产投资的比重为46.3%): still
  the base (share base_before), so the share is 民间投资's; 占全市固定资产投资的比重 in a county's report is a share
  of the city's investment, no catalog figure;
- 重大工程 after the levels that list it, before the investment it made (全区35个市区重大工程上半年完成投资41.2亿元,
  确保全年市区重大工程完成投资78.5亿元): the key projects (Shanghai's name of the list), not the urban core's
  (市区); a field's works (水利重大工程), 全市县区重大工程 and works without their investment are not;
- funds named without their figure, then a clause of only the money put in (统筹用好过渡期衔接资金,确保投入不低于
  6.5亿元): the funds' amount (continuation funds_put_in), for a catalog name of money put in only (扶贫及衔接资金投入:
  新建高标准农田5万亩,投入1.2亿元 gives the farmland no money).

Each case is a short passage of its own (not copied from any corpus); every case but the near misses
failed before.
"""

from __future__ import annotations

import pytest
from passages import check_case, docx_with_table

from govkit.text.read import read_file

#: A county's poverty-alleviation summary of December 2020 on 2020.
SUMMARY = {"year": 2020, "report_date": "2020-12-18", "region": "融水苗族自治县", "level": "county"}
#: A district's half-year plan execution report of July 2024.
HALF = {"year": 2024, "report_date": "2024-07-10", "region": "崇明区", "level": "county"}
#: A district's statistical bulletin of March 2024 on 2023.
BULLETIN = {"year": 2023, "report_date": "2024-03-28", "region": "蓟州区", "level": "county"}
#: A county's work report of January 2024 on 2023.
COUNTY = {"year": 2023, "report_date": "2024-01-16", "region": "兰考县", "level": "county"}

_CELL_TABLE = "指标\n单位\n目标\n完成\n农村危房改造\n户\n1200\n1286\n贫困劳动力转移就业\n万人\n3.8\n4.13\n"

ACHIEVED_CASES: list[dict] = [
    {
        "id": "cell_table_under_plan_achieved_heading",
        "text": "一、脱贫攻坚目标任务全面完成\n主要指标完成情况见下表。\n" + _CELL_TABLE,
        "facts": [
            ("housing_renovated", "level", 1200, 2020, "", "target", None),
            ("housing_renovated", "level", 1286, 2020, "", "actual", None),
            ("poverty_labor_transfer", "level", 38000, 2020, "", "target", None),
            ("poverty_labor_transfer", "level", 41300, 2020, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "cell_table_under_sub_heading_completed_in_full",
        "text": "一、主要工作\n（一）年度目标任务圆满完成\n" + _CELL_TABLE,
        "facts": [
            ("housing_renovated", "level", 1286, 2020, "", "actual", None),
            ("poverty_labor_transfer", "level", 38000, 2020, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "pipe_table_under_plan_achieved_heading",
        "text": "二、“十三五”脱贫攻坚目标任务如期完成\n| 指标 | 单位 | 目标 | 完成 |\n| 贫困村出列 | 个 | 18 | 18 |\n"
        "| 农村危房改造 | 户 | 1200 | 1286 |\n",
        "facts": [
            ("housing_renovated", "level", 1200, 2020, "", "target", None),
            ("housing_renovated", "level", 1286, 2020, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: a striving word before the achievement aims at it: the table is the plan's (2021)
        "id": "striving_to_complete_targets_stays_a_plan",
        "text": "二、确保全面完成2021年目标任务\n" + _CELL_TABLE,
        "facts": [("housing_renovated", "level", 1200, 2021, "", "target", None)],
        "absent": [("housing_renovated", "level", 1286, 2020), ("housing_renovated", "level", 1200, 2020)],
    },
    {
        # near miss: the achievement before the plan's words may be a goal's (a work report's plan heading): its
        # table of plain figures is not read as the year's outturns
        "id": "achievement_before_the_plan_words_stays_a_plan",
        "meta": {"year": 2024, "report_date": "2025-01-16"},
        "text": "三、全面完成2025年目标任务,确保“十四五”圆满收官\n| 指标 | 单位 | 数值 |\n| 一般公共预算收入 | 亿元 | 12.5 |\n"
        "| 固定资产投资 | 亿元 | 160 |\n",
        "facts": [],
        "absent": [("general_budget_revenue", "level", 12.5, 2024), ("fai", "level", 160, 2024)],
    },
    {
        # near miss: a plain plan heading
        "id": "plain_plan_heading_stays_a_plan",
        "text": "三、2021年目标任务\n" + _CELL_TABLE,
        "facts": [("poverty_labor_transfer", "level", 38000, 2021, "", "target", None)],
        "absent": [("poverty_labor_transfer", "level", 41300, 2020)],
    },
]


@pytest.mark.parametrize("case", ACHIEVED_CASES, ids=[c["id"] for c in ACHIEVED_CASES])
def test_table_under_a_heading_saying_the_plan_was_achieved(case):
    check_case(case, SUMMARY)


def test_docx_table_under_plan_achieved_heading(tmp_path):
    """The DOCX of the blind set's shape: the heading, paragraphs, then the table (one cell per line)."""
    rows = [
        ["指标", "单位", "目标", "完成"],
        ["贫困人口脱贫", "人", "15108", "15108"],
        ["农村危房改造", "户", "1200", "1286"],
        ["贫困户人均纯收入", "元", "≥4000", "10862"],
        ["财政专项扶贫资金投入", "亿元", "6.5", "6.83"],
    ]
    paras = ["一、脱贫攻坚目标任务全面完成", "2020年,全县剩余贫困人口全部脱贫。", "主要指标完成情况见下表。"]
    text = read_file(docx_with_table(tmp_path / "t.docx", paras, rows)).text
    case = {
        "id": "docx_achieved",
        "text": text,
        "facts": [
            ("housing_renovated", "level", 1200, 2020, "", "target", None),
            ("housing_renovated", "level", 1286, 2020, "", "actual", None),
            ("poverty_funds", "level", 6.5, 2020, "", "target", None),
            ("poverty_funds", "level", 6.83, 2020, "", "actual", None),
        ],
        "absent": [],
    }
    check_case(case, SUMMARY)


BOUND_CASES: list[dict] = [
    {
        "id": "bound_signs_in_a_pipe_table_of_targets",
        "text": "2020年主要指标完成情况\n| 指标 | 单位 | 目标 | 完成 |\n| 贫困发生率 | % | ≤3 | 0.8 |\n"
        "| 贫困户人均纯收入 | 元 | ≥4000 | 10862 |\n| 农村危房改造 | 户 | 1200 | 1286 |\n",
        "facts": [
            ("poverty_incidence", "level", 3, 2020, "", "target", None),
            ("poverty_incidence", "level", 0.8, 2020, "", "actual", None),
            ("poverty_income", "level", 4000, 2020, "", "target", None),
            ("poverty_income", "level", 10862, 2020, "", "actual", None),
            ("housing_renovated", "level", 1286, 2020, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # the row after a bound sign is still the table's (the sign had ended it)
        "id": "bound_sign_in_a_cell_per_line_table",
        "text": "主要指标完成情况\n指标\n单位\n目标\n完成\n贫困户人均纯收入\n元\n≥4000\n10862\n财政专项扶贫资金\n亿元\n6.5\n6.83\n",
        "facts": [
            ("poverty_income", "level", 10862, 2020, "", "actual", None),
            ("poverty_funds", "level", 6.83, 2020, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # another genre: the bounds of a standard column (never read) no longer end an environment table
        "id": "bounds_of_a_standard_column_stay_unread",
        "meta": {"year": 2023, "report_date": "2024-03-16"},
        "text": "表1 2023年县城环境空气质量\n| 项目 | 单位 | 二级标准 | 2023年 | 2022年 |\n"
        "| PM2.5 | 微克/立方米 | ≤35 | 31 | 34 |\n| 优良天数比例 | % | ≥80 | 88.5 | 86.1 |\n",
        "facts": [
            ("pm25", "level", 31, 2023, "", "actual", None),
            ("good_air_rate", "level", 88.5, 2023, "", "actual", None),
        ],
        "absent": [("pm25", "level", 35), ("good_air_rate", "level", 80)],
    },
    {
        # near miss: a bound in a sentence is read as before (its words, not a table cell)
        "id": "bound_in_a_sentence_unchanged",
        "text": "全县农村居民人均可支配收入达到12460元,增长8.9%。",
        "facts": [("rural_income", "level", 12460, 2020, "", "actual", None)],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", BOUND_CASES, ids=[c["id"] for c in BOUND_CASES])
def test_bound_sign_before_a_table_figure(case):
    check_case(case, SUMMARY)


AREA_CASES: list[dict] = [
    {
        "id": "island_area_output_is_a_part",
        "text": "上半年长兴岛地区规模以上工业产值增长11.3%。",
        "facts": [],
        "absent": [("industrial_output",)],
    },
    {
        "id": "township_area_investment_is_a_part",
        "text": "1—5月,陈家镇地区固定资产投资增长18.2%。",
        "facts": [],
        "absent": [("fai",)],
    },
    {
        "id": "port_area_retail_is_a_part",
        "text": "上半年临港地区社会消费品零售总额12.6亿元,增长4.1%。",
        "facts": [],
        "absent": [("retail_sales",)],
    },
    {
        # near misses: the district's own words, and GDP's name
        "id": "whole_district_output_stays",
        "text": "上半年全区规模以上工业产值增长6.9%,本地区地区生产总值增长5.2%。",
        "facts": [
            ("industrial_output", "yoy_pct", 6.9, 2024, "H1", "actual", None),
            ("gdp", "yoy_pct", 5.2, 2024, "H1", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "gdp_alone_stays",
        "text": "上半年地区生产总值增长5.2%。",
        "facts": [("gdp", "yoy_pct", 5.2, 2024, "H1", "actual", None)],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", AREA_CASES, ids=[c["id"] for c in AREA_CASES])
def test_area_named_after_island_town_or_port(case):
    check_case(case, HALF)


SHARE_CASES: list[dict] = [
    {
        "id": "share_of_whole_district_investment",
        "text": "民间投资增长2.8%,占全区固定资产投资的比重为46.3%。",
        "facts": [
            ("private_investment", "yoy_pct", 2.8, 2023, "", "actual", None),
            ("private_investment_share", "level", 46.3, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "share_of_own_county_investment_opening",
        "meta": COUNTY,
        "text": "民间投资占我县固定资产投资的比重为51.2%。",
        "facts": [("private_investment_share", "level", 51.2, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "share_of_whole_district_investment_without_bizhong",
        "text": "民间投资下降1.5%,占全区固定资产投资的38.6%。",
        "facts": [("private_investment_share", "level", 38.6, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: the city's investment in a county's report: no catalog share
        "id": "share_of_the_citys_investment_is_none",
        "meta": COUNTY,
        "text": "民间投资增长2.8%,占全市固定资产投资的比重为8.3%。",
        "facts": [("private_investment", "yoy_pct", 2.8, 2023, "", "actual", None)],
        "absent": [("private_investment_share",), ("fai",)],
    },
    {
        # near miss: a sector's share of GDP is no indicator
        "id": "sector_share_of_gdp_stays_none",
        "text": "第三产业增加值232.64亿元,占全区地区生产总值的比重为58.4%。",
        "facts": [("tertiary_va", "level", 232.64, 2023, "", "actual", None)],
        "absent": [("gdp",)],
    },
]


@pytest.mark.parametrize("case", SHARE_CASES, ids=[c["id"] for c in SHARE_CASES])
def test_share_base_named_with_own_whole_word(case):
    check_case(case, BULLETIN)


WORKS_CASES: list[dict] = [
    {
        "id": "city_and_district_major_works_investment",
        "text": "全区35个市区重大工程上半年完成投资41.2亿元,完成年度计划的52.5%。",
        "facts": [
            ("key_project_investment", "level", 41.2, 2024, "H1", "actual", None),
            ("key_project_investment", "completion_pct", 52.5, 2024, "H1", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "major_works_target_for_the_year",
        "text": "下半年,确保全年市区重大工程完成投资78.5亿元;力争全年规模以上工业总产值增长7%以上。",
        "facts": [
            ("key_project_investment", "level", 78.5, 2024, "", "target", None),
            ("industrial_output", "yoy_pct", 7, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        # read before too (the mark leaves no 市区 before the works): kept beside the cases above
        "id": "listed_levels_with_a_mark",
        "text": "上半年市、区重大工程完成投资40.6亿元。",
        "facts": [("key_project_investment", "level", 40.6, 2024, "H1", "actual", None)],
        "absent": [],
    },
    {
        # near misses: a field's works, the city's lists, and works without their investment
        "id": "field_major_works_stay_none",
        "text": "全区水利重大工程完成投资5.2亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        "id": "city_county_district_lists_stay_none",
        "text": "全市县区重大工程完成投资310亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        "id": "works_without_their_investment_stay_none",
        "text": "加快北沿江铁路、崇明线等重大工程建设,新开工项目12个。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
]


@pytest.mark.parametrize("case", WORKS_CASES, ids=[c["id"] for c in WORKS_CASES])
def test_major_works_after_their_levels(case):
    check_case(case, HALF)


FUNDS_CASES: list[dict] = [
    {
        "id": "transition_funds_then_amount_put_in_as_goal",
        "text": "2021年,我县将推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接。五是统筹用好过渡期衔接资金,确保投入不低于6.5亿元。",
        "facts": [("poverty_funds", "level", 6.5, 2021, "", "target", None)],
        "absent": [],
    },
    {
        "id": "funds_managed_then_amount_put_in",
        "text": "加强财政专项扶贫资金管理,全年投入4.2亿元。",
        "facts": [("poverty_funds", "level", 4.2, 2020, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "funds_topic_then_amount_put_in",
        "text": "衔接资金方面,确保投入6.5亿元。",
        "facts": [("poverty_funds", "level", 6.5, 2020, "", "target", None)],
        "absent": [],
    },
    {
        # near misses: works or jobs before the money put in take none of it
        "id": "farmland_then_money_put_in_stays_none",
        "text": "新建高标准农田5万亩,投入1.2亿元。",
        "facts": [("high_standard_farmland", "level", 50000, 2020, "", "actual", None)],
        "absent": [("poverty_funds",), ("high_standard_farmland", "level", 1.2)],
    },
    {
        "id": "projects_then_money_put_in_stays_none",
        "text": "实施重点项目120个,投入6.5亿元。",
        "facts": [],
        "absent": [("key_project_investment",), ("poverty_funds",)],
    },
    {
        "id": "funds_for_a_use_named_after_the_verb_stay_none",
        "text": "全年城镇新增就业8360人,投入就业补助资金1.2亿元。",
        "facts": [("new_urban_jobs", "level", 8360, 2020, "", "actual", None)],
        "absent": [("poverty_funds",)],
    },
]


@pytest.mark.parametrize("case", FUNDS_CASES, ids=[c["id"] for c in FUNDS_CASES])
def test_funds_then_the_money_put_in(case):
    check_case(case, SUMMARY)
