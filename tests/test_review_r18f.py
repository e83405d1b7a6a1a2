"""Review r18f (session 16) of the h25 rules (tests/test_blind_r18b.py), probed with passages of my own in
other genres and with other meanings of the trigger words:

- a table under a heading saying the plan was achieved (table_kinds.in_plan_section, frames.plan_achieved):
  MISFIRED on a plan heading whose aim is an achievement after a colon (二、2021年工作安排:全面完成各项目标任务,
  三、“十四五”奋斗目标:基本实现农业农村现代化, 四、2021年工作目标:顺利完成…): the next year's plain table was read
  as that year's outturns (2021 actuals in a January 2021 report). Narrowed: the achievement must follow the plan's
  words right away (frame plan_achieved_gap: only 任务, 已, 均已, 全部, 得以 between; 年度目标任务超额完成 still a
  review);
- a bound sign before a table figure (number bound_before_figure): a limit column and a target column as the
  author's; a bound in a column of the year (<0.5) keeps the printed number as 0.5以下 does (EXTRACTION.md:
  以上 keeps the printed number): no narrowing;
- an area named after an island, township or port (block part_before): 贫困地区/山区/城区 are untouched; the
  author's exclusion of 全区/本地区 (a lookbehind before the name) never acted, so 全岛地区 (an island county's
  whole island, 平潭) lost its figure. Narrowed: no 全 right before 岛/镇/港 (全岛地区, 全镇地区 are the whole);
- the base of a share named with the own whole word (share base_before): no misfire found;
- 市区重大工程 before its investment: no misfire found (works without their investment stay none);
- funds named without their figure, then the money put in (continuation funds_put_in): MISFIRED on an audit's
  sampled projects (抽查扶贫资金项目32个,投入4.5亿元: 4.5 read as the funds) and on projects counted before the money
  (实施衔接资金项目326个,投入3.2亿元), on a list of funds (东西部协作资金和衔接资金,投入6.5亿元: their sum) and on money
  as an attribute (投入3.2亿元的项目闲置). Narrowed: the funds stand in the clause right before, that clause holds no
  figure, no joiner stands right before the funds (continuation funds_list_before) and no 的 right after the money
  (continuation funds_put_in_attribute) (totals.named_put_in), as the construction says (统筹用好过渡期衔接资金,
  确保投入不低于6.5亿元). Left: a provincial part (争取省级财政专项扶贫资金,投入1.3亿元) reads as the funds, as the
  same words with the figure in place did before h25.
"""

from __future__ import annotations

import pytest
from passages import check_case

#: A county's poverty-alleviation summary of December 2020 on 2020.
SUMMARY = {"year": 2020, "report_date": "2020-12-18", "region": "融水苗族自治县", "level": "county"}
#: A county's work report of January 2021: its plan for 2021.
PLAN = {"year": 2021, "report_date": "2021-01-20", "region": "融水苗族自治县", "level": "county"}
#: A district's half-year plan execution report of July 2024.
HALF = {"year": 2024, "report_date": "2024-07-10", "region": "崇明区", "level": "county"}
#: An island county's statistical bulletin on 2023.
ISLAND = {"year": 2023, "report_date": "2024-03-28", "region": "岱山县", "level": "county"}

_PLAIN = "| 指标 | 单位 | 数值 |\n| 农村危房改造 | 户 | 800 |\n| 贫困劳动力转移就业 | 万人 | 4.0 |\n"
_CELLS = "指标\n单位\n目标\n完成\n农村危房改造\n户\n1200\n1286\n贫困劳动力转移就业\n万人\n3.8\n4.13\n"
_NO_2021_ACTUALS = [("housing_renovated", "level", 800), ("poverty_labor_transfer", "level", 40000)]

ACHIEVED_CASES: list[dict] = [
    {
        # misfired: the plan's aim after a colon read as the achievement; the plain table became 2021 actuals
        "id": "plan_heading_with_aim_after_colon_stays_a_plan",
        "meta": PLAN,
        "text": "二、2021年工作安排:全面完成各项目标任务\n" + _PLAIN,
        "facts": [],
        "absent": _NO_2021_ACTUALS,
    },
    {
        "id": "goal_heading_basically_realise_stays_a_plan",
        "meta": PLAN,
        "text": "三、“十四五”奋斗目标:基本实现农业农村现代化\n" + _PLAIN,
        "facts": [],
        "absent": _NO_2021_ACTUALS,
    },
    {
        "id": "work_goal_heading_smoothly_complete_stays_a_plan",
        "meta": PLAN,
        "text": "四、2021年工作目标:顺利完成脱贫攻坚成果巩固\n" + _PLAIN,
        "facts": [],
        "absent": _NO_2021_ACTUALS,
    },
    {
        # near misses (not read before either): the achievement as a measure's name, a closing aim
        "id": "targets_and_their_means_stay_a_plan",
        "meta": PLAN,
        "text": "二、2021年主要目标任务和如期实现的举措\n" + _PLAIN,
        "facts": [],
        "absent": _NO_2021_ACTUALS,
    },
    {
        "id": "striving_to_close_stays_a_plan",
        "meta": PLAN,
        "text": "二、2021年目标任务:确保圆满收官\n" + _PLAIN,
        "facts": [],
        "absent": _NO_2021_ACTUALS,
    },
    {
        # an achievement heading under a plan section (三、2021年工作安排): the section's plan still holds
        "id": "achievement_sub_heading_under_a_plan_section_stays_a_plan",
        "meta": PLAN,
        "text": "三、2021年工作安排\n（一）年度目标任务全面完成\n" + _PLAIN,
        "facts": [],
        "absent": _NO_2021_ACTUALS,
    },
    {
        # must: the year's targets then 任务 and the achievement (年度目标 is found first): a review
        "id": "year_targets_exceeded_is_a_review",
        "text": "（二）年度目标任务超额完成\n" + _CELLS,
        "facts": [
            ("housing_renovated", "level", 1200, 2020, "", "target", None),
            ("housing_renovated", "level", 1286, 2020, "", "actual", None),
            ("poverty_labor_transfer", "level", 41300, 2020, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "targets_all_completed_is_a_review",
        "text": "一、脱贫攻坚目标任务均已全面完成\n" + _CELLS,
        "facts": [("housing_renovated", "level", 1286, 2020, "", "actual", None)],
        "absent": [],
    },
    {
        # a review's table with next year's column: each column keeps its own year and kind
        "id": "achieved_heading_over_a_table_with_next_years_targets",
        "meta": PLAN,
        "text": "一、2020年目标任务全面完成\n| 指标 | 单位 | 2020年完成 | 2021年目标 |\n| 农村危房改造 | 户 | 1286 | 800 |\n",
        "facts": [
            ("housing_renovated", "level", 1286, 2020, "", "actual", None),
            ("housing_renovated", "level", 800, 2021, "", "target", None),
        ],
        "absent": [("housing_renovated", "level", 800, 2021, "", "actual")],
    },
]


@pytest.mark.parametrize("case", ACHIEVED_CASES, ids=[c["id"] for c in ACHIEVED_CASES])
def test_table_under_achievement_heading(case):
    check_case(case, SUMMARY)


BOUND_CASES: list[dict] = [
    {
        # a limit column (上限) is no target column: its bounds stay unread, the outturns read
        "id": "bounds_in_a_limit_column_stay_unread",
        "text": "2023年约束性指标完成情况\n| 指标 | 单位 | 上限 | 完成 |\n| 城镇登记失业率 | % | ≤4.5 | 3.1 |\n",
        "facts": [("unemployment_rate", "level", 3.1, 2023, "", "actual", None)],
        "absent": [("unemployment_rate", "level", 4.5)],
    },
    {
        "id": "bound_in_a_target_column_is_the_printed_target",
        "text": "2023年主要指标完成情况\n| 指标 | 单位 | 目标 | 完成 |\n| 城镇登记失业率 | % | ≤4.5 | 3.1 |\n"
        "| 农村危房改造 | 户 | 1200 | 1286 |\n",
        "facts": [
            ("unemployment_rate", "level", 4.5, 2023, "", "target", None),
            ("unemployment_rate", "level", 3.1, 2023, "", "actual", None),
            ("housing_renovated", "level", 1286, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # bounds in a header of age groups: no figure of the population's read from them
        "id": "age_group_header_bounds_read_nothing",
        "text": "表2 2023年末人口年龄构成\n| 年龄段 | <18岁 | 18-59岁 | ≥60岁 |\n| 人数(万人) | 12.3 | 30.1 | 9.8 |\n",
        "facts": [],
        "absent": [("resident_population",)],
    },
]


@pytest.mark.parametrize("case", BOUND_CASES, ids=[c["id"] for c in BOUND_CASES])
def test_bound_sign_review(case):
    check_case(case, ISLAND)


AREA_CASES: list[dict] = [
    {
        # misfired (lost): an island county's whole island
        "id": "whole_island_is_the_county",
        "meta": {"year": 2023, "report_date": "2024-01-10", "region": "平潭综合实验区", "level": "county"},
        "text": "全岛地区固定资产投资增长8.1%。",
        "facts": [("fai", "yoy_pct", 8.1, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "island_area_investment_is_a_part",
        "meta": HALF,
        "text": "上半年横沙岛地区固定资产投资增长15.2%。",
        "facts": [],
        "absent": [("fai",)],
    },
    {
        "id": "main_island_area_is_a_part",
        "text": "本岛地区固定资产投资增长9.3%。",
        "facts": [],
        "absent": [("fai",)],
    },
    {
        # near misses: GDP's own 地区 after the whole island; poor areas, mountain areas (not this rule's words)
        "id": "whole_island_gdp_stays",
        "text": "全岛地区生产总值增长6.1%,规模以上工业产值增长8.2%。",
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("industrial_output", "yoy_pct", 8.2, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "poor_areas_untouched",
        "meta": HALF,
        "text": "上半年贫困地区农村居民人均可支配收入增长8.1%。",
        "facts": [("rural_income", "yoy_pct", 8.1, 2024, "H1", "actual", None)],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", AREA_CASES, ids=[c["id"] for c in AREA_CASES])
def test_area_review(case):
    check_case(case, ISLAND)


OTHER_CASES: list[dict] = [
    {
        # share base: the base's change in points is no subject's
        "id": "share_change_in_points_takes_no_base",
        "meta": HALF,
        "text": "民间投资占全区固定资产投资比重较上年提高2.1个百分点。",
        "facts": [],
        "absent": [("fai",)],
    },
    {
        "id": "revenue_share_of_the_citys",
        "meta": {"year": 2023, "report_date": "2024-01-16", "region": "兰考县", "level": "county"},
        "text": "全县一般公共预算收入12.3亿元,占全市一般公共预算收入的8.1%。",
        "facts": [("general_budget_revenue", "level", 12.3, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "level", 8.1)],
    },
    {
        # 市区重大工程 pushed on, the investment in a clause of its own: not read (a missing number)
        "id": "major_works_without_investment_in_their_clause",
        "meta": HALF,
        "text": "全区35个市区重大工程加快推进,上半年完成投资41.2亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        "id": "completion_rate_of_major_works_is_no_amount",
        "meta": HALF,
        "text": "力争全年市区重大工程计划投资完成率100%。",
        "facts": [],
        "absent": [("key_project_investment", "level")],
    },
]


@pytest.mark.parametrize("case", OTHER_CASES, ids=[c["id"] for c in OTHER_CASES])
def test_share_and_works_review(case):
    check_case(case, ISLAND)


FUNDS_CASES: list[dict] = [
    {
        # misfired: the sampled projects' money read as the year's funds
        "id": "audit_sampled_projects_money_is_no_funds",
        "text": "抽查扶贫资金项目32个,投入4.5亿元,发现问题15个。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        "id": "counted_projects_money_is_no_funds",
        "text": "实施衔接资金项目326个,投入3.2亿元。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        # misfired: a list of funds, the money put in is their sum
        "id": "listed_funds_money_is_their_sum",
        "text": "统筹东西部协作资金和衔接资金,投入6.5亿元。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        # misfired (an audit finding): the money put in as an attribute of idle projects
        "id": "money_put_in_as_an_attribute_is_no_funds",
        "text": "扶贫资金项目资产管护不到位,投入3.2亿元的项目闲置。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        "id": "central_part_of_the_funds_stays_none",
        "text": "用好中央衔接资金,投入2.1亿元。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        # near misses (right before too): funds with their figure, then a part put in; other senses of 投入
        "id": "funds_with_their_figure_keep_it",
        "text": "2020年,下达衔接资金8.3亿元,累计投入6.1亿元。",
        "facts": [("poverty_funds", "level", 8.3, 2020, "", "actual", None)],
        "absent": [("poverty_funds", "level", 6.1)],
    },
    {
        "id": "manpower_put_in_is_no_money",
        "text": "加强扶贫资金监管,投入不少于120人。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        "id": "rate_of_use_is_no_money",
        "text": "加快衔接资金拨付,投入使用率达到95%。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        "id": "money_put_in_a_use_is_no_funds_total",
        "text": "整合涉农资金,投入产业发展3.1亿元。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        "id": "roads_between_take_the_money",
        "text": "下达衔接资金,新建道路12公里,投入1.2亿元。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        "id": "social_capital_put_in_is_no_funds",
        "text": "扶贫资金之外,引导社会资本投入1.8亿元。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        # must: funds named without their figure, the money put in right after
        "id": "subsidy_funds_then_the_year_put_in",
        "text": "管好用好财政衔接推进乡村振兴补助资金,全年投入5.4亿元。",
        "facts": [("poverty_funds", "level", 5.4, 2020, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "integrated_funds_then_a_goal_put_in",
        "meta": PLAN,
        "text": "强化涉农整合资金保障,确保投入达到3.6亿元。",
        "facts": [("poverty_funds", "level", 3.6, 2021, "", "target", None)],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", FUNDS_CASES, ids=[c["id"] for c in FUNDS_CASES])
def test_funds_put_in_review(case):
    check_case(case, SUMMARY)
