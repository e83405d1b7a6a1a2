"""Review r15l (session 13, reviewer r15p) of helper p15's rules (tests/test_panel_blind_r15d.py), attacked
with passages of our own; where a rule read another construction wrongly it was narrowed.

* A restated target after the distance words 与, 距(离), 离 (cue target restated_lead, group gap; asides.
  restates_target): 森林覆盖率达到45.2%,距50%的目标还有差距 read 50% as the year's target; a distance to a goal
  not named the year's (no 年初/年度/全年/今年, no issuer's 下达/定, no 预期/年度/全年/考核 before 目标) is mostly a
  plan's goal of a later year. Now only a goal of the year is read after them. Guards: 与7%的预期目标仍有差距,
  距市下达的7%的目标, 距全年7%的目标 stay targets; 比/较 as before.
* An old town's visitors (aliases.csv null row of a segment's visitors): 千年古城全年接待游客 (the county named by
  its epithet) and 全县依托古城古镇古村落全年接待游客 (the county's visitors, old places its means) lost the
  county's tourist_visits. Now not after 年, 、 nor another old place. Guards: 平遥古城, 塔元庄古村落 stay a spot's.
* The points after a target's name (cue block compare_gap): 目标/计划/预期/预算 right before 高/低/快/慢 blocked
  the points of an adverb (森林覆盖率按计划快速提高1.2个百分点: no comparison). Now only after 比/较 in the clause
  (较4.5%的控制目标低1.4个百分点 stays a gap).
* A change after a restated target (cue target compared_before; older than p15, its reach widened by p15's
  比/较 leads): 失业率3.1%,较4.5%的控制目标低1.4个百分点,比上年下降0.2个百分点 and 增长6.2%,超过6%的年度目标,比上年
  提高0.5个百分点 read the outturn's own change as a target (the restated goal's 目标 governed the sentence).
  Now a target cue after a comparison word and the restated figure is a comparison's base. Guard: a plan's
  change after its own goal (力争增长7%,高于6%的全市预期目标,比上年提高0.5个百分点) stays a target.

Probed and kept: 预计全年实现…增长6%的目标 (a target, as 全年实现…的目标 of an outturn already was), 快报数 after
a budget and after 比/较 + year, adjusted targets (调增/调减 amounts are not read; 产业结构调整 stays a range).
"""

from __future__ import annotations

import pytest
from passages import check_case
from series import run_series, target_pair

REVIEW_2023 = {"year": 2023, "report_date": "2024-01-20", "region": "平山县", "level": "county"}
REVIEW_PINGYAO = {"year": 2023, "report_date": "2024-01-20", "region": "平遥县", "level": "county"}

# --------------------------------------------------------------------------- distance to a goal
DISTANCE_TO_GOAL = [
    # fixed: a goal not named the year's, after 距/与, is no target of the year
    {
        "id": "distance_to_an_unnamed_goal",
        "meta": REVIEW_2023,
        "text": "2023年，全县森林覆盖率达到45.2%，距50%的目标还有差距。",
        "facts": [("forest_coverage", "level", 45.2, 2023, "", "actual", None)],
        "absent": [("forest_coverage", "level", 50.0)],
    },
    # guards: the year's goal (预期, 全年, an issuer's) after them stays a target
    {
        "id": "near_gap_with_the_expected_goal",
        "meta": REVIEW_2023,
        "text": "2023年，全县地区生产总值增长6.5%，与7%的预期目标仍有差距。",
        "facts": [("gdp", "yoy_pct", 6.5, 2023, "", "actual", None), ("gdp", "yoy_pct", 7.0, 2023, "", "target", None)],
        "absent": [],
    },
    {
        "id": "near_distance_to_the_issued_goal",
        "meta": REVIEW_2023,
        "text": "2023年，全县地区生产总值增长6.5%，距市下达的7%的目标还差0.5个百分点。",
        "facts": [("gdp", "yoy_pct", 7.0, 2023, "", "target", None)],
        "absent": [("gdp", "pp_change")],
    },
    {
        "id": "near_distance_to_the_years_goal",
        "meta": REVIEW_2023,
        "text": "2023年，全县地区生产总值增长6.5%，距全年7%的目标还差0.5个百分点。",
        "facts": [("gdp", "yoy_pct", 7.0, 2023, "", "target", None)],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", DISTANCE_TO_GOAL, ids=[c["id"] for c in DISTANCE_TO_GOAL])
def test_a_distance_to_a_goal_restates_only_the_years_goal(case):
    check_case(case, {})


@pytest.mark.xfail(
    strict=True,
    reason="older than p15 (main before it read it too): after 与 the figure gets the rate's subject carried and "
    "goal_after's target kind, outside restated_lead; narrowing that path is another construction",
)
def test_gap_with_an_unnamed_goal_after_yu():
    check_case(
        {
            "id": "gap_with_an_unnamed_goal",
            "meta": REVIEW_2023,
            "text": "2023年，全县森林覆盖率达到45.2%，与50%的目标仍有差距。",
            "facts": [("forest_coverage", "level", 45.2, 2023, "", "actual", None)],
            "absent": [("forest_coverage", "level", 50.0)],
        },
        {},
    )


# --------------------------------------------------------------------------- old towns
OLD_PLACES = [
    # fixed: an epithet, or old places as the means of the county's tourism
    {
        "id": "epithet_old_city",
        "meta": REVIEW_PINGYAO,
        "text": "2023年，千年古城全年接待游客1850万人次，增长25%。",
        "facts": [("tourist_visits", "level", 1850.0, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "old_places_as_means",
        "meta": REVIEW_PINGYAO,
        "text": "2023年，全县依托古城古镇古村落全年接待游客1850万人次，增长25%。",
        "facts": [("tourist_visits", "yoy_pct", 25.0, 2023, "", "actual", None)],
        "absent": [],
    },
    # guards: a named old town or village is a scenic spot
    {
        "id": "near_named_old_city",
        "meta": REVIEW_PINGYAO,
        "text": "2023年，平遥古城全年接待游客1850万人次，增长25%。",
        "facts": [],
        "absent": [("tourist_visits",)],
    },
    {
        "id": "near_named_old_village",
        "meta": REVIEW_2023,
        "text": "文旅融合持续深化，塔元庄古村落全年接待游客86万人次，增长21.3%。",
        "facts": [],
        "absent": [("tourist_visits",)],
    },
]


@pytest.mark.parametrize("case", OLD_PLACES, ids=[c["id"] for c in OLD_PLACES])
def test_an_old_place_is_a_spot_only_when_named(case):
    check_case(case, {})


# --------------------------------------------------------------------------- a target's name before points
GAP_TO_TARGET = [
    # fixed: 计划 before an adverb (快速) is no comparison: the points are the rate's own change
    {
        "id": "plan_then_adverb",
        "meta": REVIEW_2023,
        "text": "全县森林覆盖率按计划快速提高1.2个百分点，达到45%。",
        "facts": [],
        "values": [("forest_coverage", 1.2)],
        "absent": [],
    },
    # guard: after 比/较, the gap to the target
    {
        "id": "near_gap_to_a_restated_target",
        "meta": REVIEW_2023,
        "text": "城镇登记失业率3.1%，较4.5%的控制目标低1.4个百分点。",
        "facts": [("unemployment_rate", "level", 4.5, 2023, "", "target", None)],
        "absent": [("unemployment_rate", "pp_change")],
    },
]


@pytest.mark.parametrize("case", GAP_TO_TARGET, ids=[c["id"] for c in GAP_TO_TARGET])
def test_a_targets_name_makes_a_gap_only_after_a_comparison(case):
    check_case(case, {})


# --------------------------------------------------------------------------- a change after a restated target
CHANGE_AFTER_RESTATED = [
    # fixed: the outturn's own change after a restated target is no target
    {
        "id": "change_after_a_gap_to_the_target",
        "meta": REVIEW_2023,
        "text": "城镇登记失业率3.1%，较4.5%的控制目标低1.4个百分点，比上年下降0.2个百分点。",
        "facts": [("unemployment_rate", "pp_change", -0.2, 2023, "", "actual", None)],
        "absent": [("unemployment_rate", "pp_change", -0.2, 2023, "", "target")],
    },
    {
        "id": "change_after_a_target_outdone",
        "meta": REVIEW_2023,
        "text": "地区生产总值增长6.2%，超过6%的年度目标，比上年提高0.5个百分点。",
        "facts": [
            ("gdp", "pp_change", 0.5, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2023, "", "target", None),
        ],
        "absent": [("gdp", "pp_change", 0.5, 2023, "", "target")],
    },
    {
        "id": "change_after_a_points_gap",
        "meta": REVIEW_2023,
        "text": "地区生产总值增长6.2%，比6%的年度目标高0.2个百分点，比上年提高0.5个百分点。",
        "facts": [
            ("gdp", "pp_change", 0.5, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2023, "", "target", None),
        ],
        "absent": [("gdp", "pp_change", 0.2), ("gdp", "pp_change", 0.5, 2023, "", "target")],
    },
    # guard: a plan's goal before the comparison governs its change
    {
        "id": "near_plan_goal_then_change",
        "meta": REVIEW_2023,
        "text": "2024年，全县地区生产总值力争增长7%，高于6%的全市预期目标，比上年提高0.5个百分点。",
        "facts": [
            ("gdp", "yoy_pct", 7.0, 2024, "", "target", None),
            ("gdp", "pp_change", 0.5, 2024, "", "target", None),
        ],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", CHANGE_AFTER_RESTATED, ids=[c["id"] for c in CHANGE_AFTER_RESTATED])
def test_a_change_after_a_restated_target_is_the_outturns(case):
    check_case(case, {})


# --------------------------------------------------------------------------- a target adjusted in its sentence
ADJUST_PLAN = (
    "关于平山县2024年国民经济和社会发展计划调整方案的报告\n——2024年8月26日在平山县第十八届人民代表大会常务委员会"
    "第二十次会议上\n各位委员：\n"
)


def test_an_adjective_adjustment_between_two_goals_keeps_the_range(tmp_path):
    """Fixed: 调整后的 naming another thing in a clause between a floor and a goal adjusted no target (the
    floor was dropped as adjusted, the range lost): the adjusting words stand in the later figure's clause."""
    text = ADJUST_PLAN + "2024年，全县地区生产总值确保增长6%，按照调整后的产业布局，力争增长7%。"
    _panel, _conflicts, tvo = run_series(tmp_path, {"adjective_adjustment": text})
    g = target_pair(tvo, "gdp", "yoy_pct", 2024)
    assert g["target"] == pytest.approx(6.0) and g["target_high"] == pytest.approx(7.0), g
