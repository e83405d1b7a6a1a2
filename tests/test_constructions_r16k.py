"""Constructions a reviewer found giving wrong numbers or metadata on main (session 14, helper k17), by class:

- a goal set at the year's start or by a body, the verb opening the goal (年初确定全年地区生产总值增长6.5%,
  年初提出/制定…, 今年年初,县政府确定全年…, 县委明确今年…, 上级要求今年…): the year's target (kind target),
  carried to the later clauses of its ;-segment unless an outturn follows (…,实际增长6.8%; …,全年实现…增长6.8%);
  near misses: 完成年初确定的…目标 beside an outturn keeps the outturn, 年初确定的 is no verb;
- a named higher level setting the year's goal (自治区要求今年…增长6%, 市里要求今年…, 市委确定全年…): the goal
  it sets for itself or for its counties, whose share the text does not print. EXTRACTION.md leaves an issued
  target open (only 下达 tasks measured against are read), so no fact is read; 市委要求我县今年… names the
  region (its target), and 市委 in a county-level city's report is its own (its target);
- a village's own words before the subject (全村农村居民人均可支配收入…, 该村…, 本村…): the village's figure,
  not the county's rural income; 健全村级… is no such word;
- metadata: the government's reports on its debt risk (关于化解政府债务风险工作情况的报告) are 其他, as the
  blind round h21 typed them, not 工作总结; a body's line above a title that names its own region (韶关市人民政府
  / 乐昌市2023年政府工作报告) is no first words of that title: the title's region wins (临泉县人民政府 / 2023年
  工作总结 still reads as one title); a standing committee's short name (安福县人大常委会) is an issuer's line.
  A forwarding notice (吉安市人民政府办公室关于转发《…》的通知) is left as it is: EXTRACTION.md and the gold
  metas say nothing of forwarded documents.

Each case is a short passage of its own (not copied from any corpus); every case but the near misses failed
before.
"""

from __future__ import annotations

import pytest
from passages import check_case, recognised

#: A county work report of January 2024 on 2023.
META = {"year": 2023, "report_date": "2024-01-10", "region": "安福县", "level": "county"}
#: A county-level city's work report of January 2024 on 2023.
CITY_META = {"year": 2023, "report_date": "2024-01-12", "region": "乐昌市", "level": "county"}

CASES: list[dict] = [
    # ---- a goal set at the year's start, the verb opening it
    {
        "id": "year_start_set_then_outturn",
        "text": "2023年,年初确定全年地区生产总值增长6.5%,实际完成增长6.8%。",
        "facts": [("gdp", "yoy_pct", 6.5, 2023, "", "target", None), ("gdp", "yoy_pct", 6.8, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 6.5, 2023, "", "actual")],
    },
    {
        "id": "year_start_body_sets_a_list",
        "text": "今年年初,县政府确定全年地区生产总值增长6.5%、一般公共预算收入增长5%,固定资产投资增长10%。",
        "facts": [
            ("gdp", "yoy_pct", 6.5, 2023, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 5, 2023, "", "target", None),
            ("fai", "yoy_pct", 10, 2023, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.5, 2023, "", "actual"), ("fai", "yoy_pct", 10, 2023, "", "actual")],
    },
    {
        "id": "year_start_drawn_up_then_achieved_clause",
        "text": "年初制定全年社会消费品零售总额增长8%,全年实现社会消费品零售总额增长8.4%。",
        "facts": [
            ("retail_sales", "yoy_pct", 8, 2023, "", "target", None),
            ("retail_sales", "yoy_pct", 8.4, 2023, "", "actual", None),
        ],
        "absent": [("retail_sales", "yoy_pct", 8.4, 2023, "", "target")],
    },
    {
        # near miss: 年初确定的 names the goal beside the outturn (no verb opening it)
        "id": "goal_named_beside_outturn_stays",
        "text": "全县完成年初确定的地区生产总值增长6.5%的目标,实际增长6.8%。",
        "facts": [("gdp", "yoy_pct", 6.8, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 6.8, 2023, "", "target"), ("gdp", "yoy_pct", 6.5, 2023, "", "actual")],
    },
    {
        # near miss: a review without a goal set keeps its outturns
        "id": "review_without_goal_stays",
        "text": "年初以来,全县上下攻坚克难,全年地区生产总值增长6.8%,固定资产投资增长10.2%。",
        "facts": [
            ("gdp", "yoy_pct", 6.8, 2023, "", "actual", None),
            ("fai", "yoy_pct", 10.2, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.8, 2023, "", "target")],
    },
    {
        # near miss: measures drawn up at the year's start (no indicator's goal): the growth after is an outturn
        "id": "measures_drawn_up_then_outturn_stays",
        "text": "年初制定出台稳增长20条措施,全年地区生产总值增长6.8%。",
        "facts": [("gdp", "yoy_pct", 6.8, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 6.8, 2023, "", "target")],
    },
    {
        # near miss: a body naming works to do (no indicator's goal) carries no goal to the jobs after it
        "id": "works_named_then_jobs_stay",
        "text": "县政府明确今年实施民生实事10件,全年城镇新增就业5200人。",
        "facts": [("new_urban_jobs", "level", 5200, 2023, "", "actual", None)],
        "absent": [("new_urban_jobs", "level", 5200, 2023, "", "target")],
    },
    # ---- a body setting the year's goal
    {
        "id": "county_committee_sets_the_goal",
        "text": "县委明确今年地区生产总值增长7%。",
        "facts": [("gdp", "yoy_pct", 7, 2023, "", "target", None)],
        "absent": [("gdp", "yoy_pct", 7, 2023, "", "actual")],
    },
    {
        "id": "higher_level_requires_the_county",
        "text": "上级要求今年一般公共预算收入增长6%。",
        "facts": [("general_budget_revenue", "yoy_pct", 6, 2023, "", "target", None)],
        "absent": [("general_budget_revenue", "yoy_pct", 6, 2023, "", "actual")],
    },
    {
        "id": "city_committee_requires_our_county",
        "text": "市委要求我县今年固定资产投资增长10%。",
        "facts": [("fai", "yoy_pct", 10, 2023, "", "target", None)],
        "absent": [("fai", "yoy_pct", 10, 2023, "", "actual")],
    },
    # ---- a named higher level's goal: no fact of the county
    {
        "id": "region_requires_this_year",
        "text": "自治区要求今年地区生产总值增长6%。",
        "facts": [],
        "absent": [("gdp",)],
    },
    {
        "id": "city_requires_this_year",
        "text": "市里要求今年固定资产投资增长10%、社会消费品零售总额增长7%。",
        "facts": [],
        "absent": [("fai",), ("retail_sales",)],
    },
    {
        # the county's own goal after the higher level's stays (the region named after it)
        "id": "own_goal_after_higher_goal_stays",
        "text": "省委确定全年地区生产总值增长5.5%,全县地区生产总值力争增长6.5%。",
        "facts": [("gdp", "yoy_pct", 6.5, 2023, "", "target", None)],
        "absent": [("gdp", "yoy_pct", 5.5)],
    },
    {
        # near miss: the higher level's requirement followed (按照…要求): the county's own figure stays
        "id": "requirement_followed_stays",
        "text": "按照市委要求,今年完成植树造林1.2万亩。",
        "facts": [("afforestation", "level", 12000, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: a province's plain figure is no goal (blocked as ever by 全省, not by this rule)
        "id": "county_outturn_without_goal_stays",
        "text": "全年地区生产总值增长6.2%,一般公共预算收入增长5.1%。",
        "facts": [("gdp", "yoy_pct", 6.2, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- a village's own words
    {
        "id": "whole_village_income",
        "text": "全村农村居民人均可支配收入达到1.8万元,增长9%。",
        "facts": [],
        "absent": [("rural_income",)],
    },
    {
        "id": "this_village_income_in_a_story",
        "text": "石门村发展高山蔬菜,该村农村居民人均可支配收入由2020年的1.1万元提高到1.6万元。",
        "facts": [],
        "absent": [("rural_income",)],
    },
    {
        # near miss: the county's own rural income stays
        "id": "county_rural_income_stays",
        "text": "全县农村居民人均可支配收入达到1.8万元,增长9%。",
        "facts": [("rural_income", "level", 18000, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: 健全村级… holds 全村 but names no village
        "id": "perfecting_village_bodies_stays",
        "text": "健全村级组织体系,农村居民人均可支配收入达到1.8万元。",
        "facts": [("rural_income", "level", 18000, 2023, "", "actual", None)],
        "absent": [],
    },
]

CITY_CASES: list[dict] = [
    {
        # a county-level city's own 市委 sets the region's goal: its target, not another level's
        "id": "own_city_committee_sets_the_goal",
        "text": "市委明确今年地区生产总值增长6%。",
        "facts": [("gdp", "yoy_pct", 6, 2023, "", "target", None)],
        "absent": [("gdp", "yoy_pct", 6, 2023, "", "actual")],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_goal_set_and_village_constructions(case):
    check_case(case, META)


@pytest.mark.parametrize("case", CITY_CASES, ids=[c["id"] for c in CITY_CASES])
def test_goal_set_in_a_county_level_city(case):
    check_case(case, CITY_META)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("关于化解政府债务风险工作情况的报告\n安福县人民政府\n2023年,全县化解政府隐性债务5亿元。", "其他"),
        ("安福县人民政府关于政府隐性债务化解工作情况的报告\n2023年,全县化解债务5亿元。", "其他"),
        # near miss: a summary of the government's work stays a summary
        ("安福县人民政府关于2023年工作情况的报告\n2023年,全县地区生产总值增长5%。", "工作总结"),
    ],
)
def test_debt_reports_are_typed_other(text, want):
    assert recognised(text, "debt")["report_type"] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a city government's line above a county-level city's title: the title's region is the report's
        (
            "韶关市人民政府\n乐昌市2023年政府工作报告\n各位代表:\n2023年,全市地区生产总值增长5%。",
            {"region": "乐昌市", "level": "county", "prefecture": "韶关市"},
        ),
        (
            "吉安市人民政府\n安福县2023年国民经济和社会发展统计公报\n2023年,全县地区生产总值增长5%。",
            {"region": "安福县", "level": "county"},
        ),
        # near misses: the issuer above a title without a name is the title's first words (its region the report's)
        (
            "韶关市人民政府\n2023年政府工作报告\n各位代表:\n2023年,全市地区生产总值增长5%。",
            {"region": "韶关市", "level": "city"},
        ),
        (
            "临泉县人民政府\n2023年工作总结\n2023年,全县地区生产总值增长5%。",
            {"region": "临泉县", "level": "county", "report_type": "工作总结"},
        ),
        # a standing committee's short name on the issuer line above a title without a name
        (
            "安福县人大常委会\n关于2023年全县财政预算执行情况的审查报告\n2023年,全县一般公共预算收入10亿元。",
            {"region": "安福县", "level": "county", "adcode": "360829"},
        ),
        (
            "安福县人大常委会办公室\n关于2023年全县国民经济和社会发展计划执行情况的调研报告\n全县地区生产总值增长5%。",
            {"region": "安福县", "level": "county"},
        ),
    ],
)
def test_issuer_lines_above_a_title(text, want):
    got = recognised(text, "issuer")
    assert {k: got[k] for k in want} == want, got
