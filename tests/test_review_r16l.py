"""Review r16l (session 14) of the rules merged from s14-k17: goals set at the year's start or by a body
(clause_goal 'set', kind target), a higher level's goal (block higher_goal, higher_goal_followed), a village's
words (place other_village) and an issuer line above another region's title (text/recognise title.py).

Probed: a review quoting the goal set and then the outturn (实际, 完成, 截至11月底…), 年初确定的/年初提出的
beside outturns, 县委确定2023年为…年 (a theme year, no indicator goal), a city's report saying 市委要求, 上级要求
followed by 实际完成, a park 明确今年…, 全村 in 开展全村清洁行动 / 实现全村通光纤, a title broken after its year
(关于2023年 / 宁陕县…报告, 2023年 / XX县政府工作报告), a city's issuer above its county's title.

Misfired: 年初确定全年固定资产投资增长10%,全县固定资产投资增长12.1%,一般公共预算收入增长8.3% (a review: the
goal set, then the same indicator's outturn with no outturn verb) read 12.1% and 8.3% as targets. Narrowed
(kinds._goal_restated): a goal set does not go on past a clause naming again an indicator it set; the figures
from there are outturns. Left: 该村…,农村居民人均可支配收入… (the village's second clause) is read as the
county's, as with a named village (龙潭村…): other_village reads only the words right before the subject.
Also misfired (beside other_village, its township twin): 该镇地区生产总值增长6% in a county's report read as the
county's growth. Narrowed: 该镇/该乡 join place other_township (another place in a county's or city's report);
in a township's own report they stay its own (place own_unit_first_township); 该乡村振兴… is no such word.
"""

from __future__ import annotations

import pytest
from passages import check_case, recognised

META = {"year": 2023, "report_date": "2024-01-10", "region": "安福县", "level": "county"}
CITY_META = {"year": 2023, "report_date": "2024-01-10", "region": "吉安市", "level": "city"}

CASES: list[dict] = [
    {
        "id": "set_then_same_indicator_restated",  # misfired: 12.1 and 8.3 read as targets
        "text": "年初确定全年固定资产投资增长10%,全县固定资产投资增长12.1%,一般公共预算收入增长8.3%。",
        "facts": [
            ("fai", "yoy_pct", 10.0, 2023, "", "target", None),
            ("fai", "yoy_pct", 12.1, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 8.3, 2023, "", "actual", None),
        ],
        "absent": [
            ("fai", "yoy_pct", 12.1, 2023, "", "target"),
            ("general_budget_revenue", "yoy_pct", 8.3, 2023, "", "target"),
        ],
    },
    {
        "id": "set_goal_list_carried",  # must trigger: the goal list goes on
        "text": "今年年初,县政府确定全年地区生产总值增长6.5%、一般公共预算收入增长5%,固定资产投资增长10%。",
        "facts": [
            ("gdp", "yoy_pct", 6.5, 2023, "", "target", None),
            ("fai", "yoy_pct", 10.0, 2023, "", "target", None),
        ],
        "absent": [("fai", "yoy_pct", 10.0, 2023, "", "actual")],
    },
    {
        "id": "set_jobs_and_bound_carried",  # must trigger
        "text": "年初确定全年城镇新增就业3000人,城镇登记失业率控制在4%以内。",
        "facts": [("new_urban_jobs", "level", 3000.0, 2023, "", "target", None)],
        "absent": [
            ("new_urban_jobs", "level", 3000.0, 2023, "", "actual"),
            ("unemployment_rate", "level", 4.0, 2023, "", "actual"),
        ],
    },
    {
        "id": "set_goal_then_month_outturn",
        "text": "今年年初,县政府确定全年固定资产投资增长10%,截至11月底,全县完成固定资产投资45.2亿元,增长12.1%。",
        "facts": [("fai", "yoy_pct", 10.0, 2023, "", "target", None)],
        "absent": [
            ("fai", "yoy_pct", 12.1, 2023, "M1-M11", "target"),
            ("fai", "level", 45.2, 2023, "M1-M11", "target"),
        ],
    },
    {
        "id": "set_noun_phrase_beside_outturns",
        "text": "年初确定的12项民生实事全部完成,城镇新增就业3200人,城镇登记失业率3.1%。",
        "facts": [("new_urban_jobs", "level", 3200.0, 2023, "", "actual", None)],
        "absent": [("new_urban_jobs", "level", 3200.0, 2023, "", "target")],
    },
    {
        "id": "theme_year_no_goal",
        "text": "县委确定2023年为招商引资年,全年引进项目52个,到位资金38亿元,增长12%。",
        "facts": [("investment_attracted", "level", 38.0, 2023, "", "actual", None)],
        "absent": [("investment_attracted", "level", 38.0, 2023, "", "target")],
    },
    {
        "id": "higher_requirement_then_actual",
        "text": "上级要求今年完成造林1.2万亩,实际完成1.5万亩。",
        "facts": [("afforestation", "level", 15000.0, 2023, "", "actual", None)],
        "absent": [("afforestation", "level", 15000.0, 2023, "", "target")],
    },
    {
        "id": "park_sets_own_figures_after_county",
        "text": "工业园区明确今年新引进企业20家,全县规模以上工业增加值增长15%。",
        "facts": [("industrial_va", "yoy_pct", 15.0, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "whole_village_action_not_a_place",
        "text": "开展全村清洁行动,农村居民人均可支配收入达到1.8万元,增长8%。",
        "facts": [("rural_income", "level", 18000.0, 2023, "", "actual", None)],
        "absent": [],
    },
]

TOWNSHIP_META = {"year": 2023, "report_date": "2024-01-10", "region": "天堂镇", "level": "township"}

TOWNSHIP_WORD_CASES: list[tuple[dict, dict]] = [
    (  # misfired: the township's growth read as the county's
        {
            "id": "that_township_in_county_report",
            "text": "该镇地区生产总值增长6%,全镇农村居民人均可支配收入达到1.8万元。",
            "facts": [],
            "absent": [("gdp",), ("rural_income",)],
        },
        META,
    ),
    (  # near miss: a story on the township itself
        {
            "id": "that_township_in_own_report",
            "text": "该镇地区生产总值增长6%,全镇农村居民人均可支配收入达到1.8万元。",
            "facts": [("gdp", "yoy_pct", 6.0, 2023, "", "actual", None)],
            "absent": [],
        },
        TOWNSHIP_META,
    ),
    (  # near miss: 该乡村振兴 is no township word
        {
            "id": "rural_revitalisation_not_township",
            "text": "该乡村振兴示范带建设加快,农村居民人均可支配收入达到1.8万元。",
            "facts": [("rural_income", "level", 18000.0, 2023, "", "actual", None)],
            "absent": [],
        },
        META,
    ),
]

CITY_CASES: list[dict] = [
    {
        "id": "own_city_committee",
        "text": "市委要求今年全市地区生产总值增长7%,一般公共预算收入增长6%。",
        "facts": [
            ("gdp", "yoy_pct", 7.0, 2023, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 6.0, 2023, "", "target", None),
        ],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_county(case: dict) -> None:
    check_case(case, META)


@pytest.mark.parametrize("case", CITY_CASES, ids=[c["id"] for c in CITY_CASES])
def test_city(case: dict) -> None:
    check_case(case, CITY_META)


@pytest.mark.parametrize(("case", "meta"), TOWNSHIP_WORD_CASES, ids=[c["id"] for c, _ in TOWNSHIP_WORD_CASES])
def test_township_words(case: dict, meta: dict) -> None:
    check_case(case, meta)


@pytest.mark.parametrize(
    ("text", "region", "rtype"),
    [
        (
            "关于2023年\n宁陕县国民经济和社会发展计划执行情况的报告\n各位代表:\n2023年,全县地区生产总值增长7.1%。",
            "宁陕县",
            "计划执行情况报告",
        ),
        (
            "安康市人民政府\n宁陕县2023年政府工作报告\n各位代表:\n2023年,全县地区生产总值增长7.1%。",
            "宁陕县",
            "政府工作报告",
        ),
    ],
)
def test_titles(text: str, region: str, rtype: str) -> None:
    got = recognised(text, "r16l")
    assert (got["region"], got["report_type"]) == (region, rtype)
