"""Review of the rules merged in session 7 (round 8): passages of my own that use a merged rule's
words in another construction, where the rule was too broad (a correct fact lost, a wrong number
given) or too narrow. Each case failed before its fix unless marked a near miss.
"""

from __future__ import annotations

import pytest
from passages import check_case, passage_facts

#: A work report of January 2024 on 2023.
META = {"year": 2023, "report_date": "2024-01-12", "region": "临泉县", "level": "county"}

CASES: list[dict] = [
    # ---- 前年 (time before_last_year) is a word of its own, not the end of 目前/当前/截至目前 + 年
    {
        "id": "mu_qian_nian_is_now_a_years_output",
        "text": "全县目前年粮食产量稳定在50万吨以上。",
        "facts": [],
        "values": [("grain_output", 50.0)],
        "absent": [("grain_output", "level", 50.0, 2022)],
    },
    {
        "id": "so_far_within_the_year_is_not_the_year_before_last",
        "text": "截至目前年内城镇新增就业5200人。全县当前年接待游客超过320万人次。",
        "facts": [("new_urban_jobs", "level", 5200.0, 2023, "", "actual", None)],
        "values": [("tourist_visits", 320.0)],
        "absent": [("new_urban_jobs", "level", 5200.0, 2022), ("tourist_visits", "level", 320.0, 2022)],
    },
    {
        # near miss: 前年 standing alone dates its figure two years before the report
        "id": "qian_nian_alone_stays_two_years_back",
        "text": "前年全县地区生产总值增长4.2%。",
        "facts": [("gdp", "yoy_pct", 4.2, 2022, "", "actual", None)],
        "absent": [],
    },
    # ---- 争取 before funds (target secured): investment to be made and a later year's funds stay targets
    {
        "id": "striving_to_complete_an_investment_is_a_goal",
        "text": "2024年,争取全年完成工业投资120亿元,增长10%。",
        "facts": [
            ("industrial_investment", "level", 120.0, 2024, "", "target", None),
            ("industrial_investment", "yoy_pct", 10.0, 2024, "", "target", None),
        ],
        "absent": [("industrial_investment", "level", 120.0, 2024, "", "actual")],
    },
    {
        "id": "next_years_funds_and_attracted_investment_to_strive_for",
        "text": "2024年,争取招商引资到位资金60亿元以上。2024年,争取衔接资金3.5亿元以上。",
        "facts": [
            ("investment_attracted", "level", 60.0, 2024, "", "target", None),
            ("poverty_funds", "level", 3.5, 2024, "", "target", None),
        ],
        "absent": [("poverty_funds", "level", 3.5, 2024, "", "actual")],
    },
    {
        # near miss: funds secured in the year reviewed stay actuals
        "id": "funds_secured_in_the_year_reviewed_stay",
        "text": "2023年,全县争取衔接资金3.2亿元,增长8%;全年争取招商引资到位资金52亿元。",
        "facts": [
            ("poverty_funds", "level", 3.2, 2023, "", "actual", None),
            ("poverty_funds", "yoy_pct", 8.0, 2023, "", "actual", None),
            ("investment_attracted", "level", 52.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- a share's change in points (figures: last_share): not when the clause names a growth rate
    {
        "id": "growth_rate_changed_after_a_share_is_not_the_shares",
        "text": "民间投资增长8%,占固定资产投资比重为56.2%,增速比上年提高1.3个百分点。"
        "民生支出占一般公共预算支出的比重为80.2%,增幅比上年回落0.8个百分点。",
        "facts": [
            ("private_investment", "yoy_pct", 8.0, 2023, "", "actual", None),
            ("private_investment_share", "level", 56.2, 2023, "", "actual", None),
            ("livelihood_spending_share", "level", 80.2, 2023, "", "actual", None),
        ],
        "absent": [("private_investment_share", "pp_change"), ("livelihood_spending_share", "pp_change")],
    },
    {
        # near miss: the share's own change keeps its pp_change
        "id": "shares_own_change_after_it_stays",
        "text": "民间投资占固定资产投资比重为56.2%,比上年提高1.3个百分点。",
        "facts": [("private_investment_share", "pp_change", 1.3, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- a list of years (time year_list) dates no figure after a word of one year (全年, 今年)
    {
        "id": "years_of_an_honour_then_the_years_figure",
        "text": "2022年、2023年连续两年被评为全省营商环境优秀县,全年地区生产总值增长6.5%。",
        "facts": [("gdp", "yoy_pct", 6.5, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "years_of_an_honour_then_this_years_list",
        "text": "2021年和2022年连续两年获评全省县域经济先进县,今年一般公共预算收入、税收收入分别增长8.2%、10.5%。",
        "facts": [("general_budget_revenue", "yoy_pct", 8.2, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct", 8.2, 2021), ("general_budget_revenue", "yoy_pct", 10.5)],
    },
    # ---- a clause opening on a base year (time base_year_opening): not over a figure whose own base is
    # the year before (同比, 比上年)
    {
        "id": "recovery_against_2019_then_growth_on_last_year",
        "text": "与2019年相比,全县接待游客恢复至九成以上,同比增长32.5%。",
        "facts": [("tourist_visits", "yoy_pct", 32.5, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "coverage_against_2020_then_its_change_on_last_year",
        "text": "与2020年相比,全县森林覆盖率达到62%,比上年提高0.5个百分点。",
        "facts": [
            ("forest_coverage", "level", 62.0, 2023, "", "actual", None),
            ("forest_coverage", "pp_change", 0.5, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: growth after the opening with no base of its own is over several years
        "id": "growth_against_2019_stays_no_fact",
        "text": "与2019年相比,全县地区生产总值增长18.6%。",
        "facts": [],
        "absent": [("gdp", "yoy_pct")],
    },
    # ---- the size of a fall named 跌幅, 减幅, 降低幅度: the same words as 降幅 in every cue that reads it
    # (measure_after fall_named, rate_changed_by, rate_named's down group)
    {
        "id": "other_names_of_a_falls_size_changed_in_percent",
        "text": "全年出口总额跌幅收窄3.2%;进口总额减幅收窄2.1%;外贸进出口总额降低幅度扩大1.5%。",
        "facts": [],
        "absent": [("exports", "yoy_pct"), ("imports", "yoy_pct"), ("trade_total", "yoy_pct")],
    },
    {
        "id": "other_names_of_a_falls_size_changed_in_points",
        "meta": {"region": "通江县"},
        "text": "全县规模以上工业增加值降低幅度比上年收窄2.4个百分点,为3.1%。"
        "一般公共预算收入跌幅扩大1.2个百分点,达到5.6%。",
        "facts": [
            ("industrial_va", "pp_change", 2.4, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", -3.1, 2023, "", "actual", None),
            ("general_budget_revenue", "pp_change", -1.2, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", -5.6, 2023, "", "actual", None),
        ],
        "absent": [("industrial_va", "pp_change", -2.4), ("general_budget_revenue", "yoy_pct", 5.6)],
    },
    # ---- a cumulative change then the plan period's target it met (time plan_target_after): 进度目标 is
    # the plan's target so far, not a year's (年度目标)
    {
        "id": "cumulative_fall_meeting_the_plans_target_so_far",
        "text": "单位GDP能耗累计下降12.5%,完成“十四五”进度目标。",
        "facts": [],
        "absent": [("energy_intensity", "yoy_pct")],
    },
    {
        # near miss: the year's target of the plan (年度目标进度) keeps the year's fall
        "id": "fall_meeting_the_plans_year_target_stays",
        "text": "单位GDP能耗累计下降3.1%,完成“十四五”年度目标进度。",
        "facts": [("energy_intensity", "yoy_pct", -3.1, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- a budget allocated (预算安排, 安排预算: kind target) also with the subject between it and the figure
    {
        "id": "budget_allocated_before_the_subject",
        "text": "年初预算安排一般公共预算支出28亿元,调整预算为30亿元。2024年预算安排一般公共预算支出30亿元,增长5%。",
        "facts": [
            ("fiscal_expenditure", "level", 28.0, 2023, "", "target", None),
            ("fiscal_expenditure", "level", 30.0, 2024, "", "target", None),
            ("fiscal_expenditure", "yoy_pct", 5.0, 2024, "", "target", None),
        ],
        "absent": [
            ("fiscal_expenditure", "level", 28.0, 2023, "", "actual"),
            ("fiscal_expenditure", "level", 30.0, 2024, "", "actual"),
        ],
    },
    {
        # near miss: 预算安排 in another clause (funds allocated to a purpose) leaves the outturn actual
        "id": "budget_allocation_in_another_clause_stays_actual",
        "text": "全县通过预算安排资金支持乡村振兴,一般公共预算支出增长8%。",
        "facts": [("fiscal_expenditure", "yoy_pct", 8.0, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- 新增 before the subject (change new_before) is the increment of its own clause's figure only
    {
        "id": "total_after_an_increment_named_before_the_subject",
        "text": "全县新增地区生产总值12亿元,总量达到320亿元。全年新增一般公共预算收入1.2亿元,总额达到12.5亿元,增长10.6%。",
        "facts": [
            ("gdp", "level", 320.0, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 12.5, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 10.6, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "level", 12.0), ("general_budget_revenue", "level", 1.2)],
    },
    # ---- the verbs of a growth rate's change: one list in rate_to, rate_change_end, rate_changed_by,
    # change_to_after and pp_down (减缓, 趋缓, 缩小 were only in rate_changed_by)
    {
        "id": "growth_rate_slowed_to_a_figure",
        "text": "全县地区生产总值增速减缓至3.1%;规上工业增加值增幅缩小至2.1%;固定资产投资增速趋缓至4.5%。",
        "facts": [
            ("gdp", "yoy_pct", 3.1, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 2.1, 2023, "", "actual", None),
            ("fai", "yoy_pct", 4.5, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", -3.1)],
    },
    {
        "id": "growth_rate_narrowed_in_points",
        "text": "全县固定资产投资增幅缩小2.1个百分点。",
        "facts": [("fai", "pp_change", -2.1, 2023, "", "actual", None)],
        "absent": [("fai", "pp_change", 2.1)],
    },
    {
        "id": "growth_rate_slowed_from_last_years",
        "text": "全县地区生产总值增速由上年的5.2%减缓到4.1%。规上工业增加值增速由上年的8.2%加快到10.1%。",
        "facts": [
            ("gdp", "yoy_pct", 5.2, 2022, "", "actual", None),
            ("gdp", "yoy_pct", 4.1, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 8.2, 2022, "", "actual", None),
            ("industrial_va", "yoy_pct", 10.1, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", -4.1), ("gdp", "yoy_pct", 5.2, 2023)],
    },
    {
        # near miss: a fall narrowed in points is a growth rate that rose
        "id": "fall_narrowed_in_points_stays_positive",
        "text": "全县规上工业增加值降幅缩小2.1个百分点。",
        "facts": [("industrial_va", "pp_change", 2.1, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- 前年 as a base (比前年增长): growth over two years when 前年 is not the year before the figure's
    {
        "id": "growth_on_the_year_before_last_in_a_december_speech",
        "meta": {"report_date": "2023-12-20"},
        "text": "全县地区生产总值比前年增长12.3%。",
        "facts": [],
        "absent": [("gdp", "yoy_pct", 12.3)],
    },
    {
        # near miss: in a speech of December the year's own growth on last year stays
        "id": "growth_on_last_year_beside_it_stays",
        "meta": {"report_date": "2023-12-20"},
        "text": "全县地区生产总值比上年增长6.1%,比前年增长12.3%。",
        "facts": [("gdp", "yoy_pct", 6.1, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 12.3)],
    },
    # ---- a contribution in points (block contribution_points_before) is to a growth, not a rate's change
    {
        "id": "a_rates_own_change_after_a_driving_verb",
        "text": "大规模国土绿化行动推动森林覆盖率提高0.8个百分点。大气污染防治攻坚促进全县优良天数比例提高3.2个百分点。",
        "facts": [
            ("forest_coverage", "pp_change", 0.8, 2023, "", "actual", None),
            ("good_air_rate", "pp_change", 3.2, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: a contribution to a flow's growth stays no fact
        "id": "contribution_to_growth_stays_no_fact",
        "text": "服务业增加值增长7%,支撑地区生产总值增长3.2个百分点。工业投资拉动固定资产投资增长3.1个百分点。",
        "facts": [("tertiary_va", "yoy_pct", 7.0, 2023, "", "actual", None)],
        "absent": [("gdp", "pp_change"), ("fai", "pp_change")],
    },
    # ---- a running total (campaigns.running_total): not a sum to the year's end, nor after a part of the year
    {
        "id": "sum_to_the_years_end_after_a_half_year",
        "text": "上半年新增城镇就业2600人,截至年底累计新增城镇就业5200人。一季度转移农村劳动力3200人,到年底累计转移农村劳动力9600人。",
        "facts": [
            ("new_urban_jobs", "level", 2600.0, 2023, "H1", "actual", None),
            ("new_urban_jobs", "level", 5200.0, 2023, "", "actual", None),
            ("labor_transfer", "level", 9600.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: a running total after the year's own figure stays no fact
        "id": "running_total_after_the_years_figure_stays_out",
        "text": "全年新增城镇就业5200人,累计新增城镇就业3.1万人。",
        "facts": [("new_urban_jobs", "level", 5200.0, 2023, "", "actual", None)],
        "absent": [("new_urban_jobs", "level", 31000.0)],
    },
    # ---- the nouns of a decrease (减收额, 减少额) continue the subject like those of an increase (增收额)
    {
        "id": "fall_after_the_decrease_named_as_a_noun",
        "text": "全县一般公共预算收入11.2亿元,减收额1.2亿元,下降9.7%。税收收入8.1亿元,减少额0.6亿元,下降6.9%。",
        "facts": [
            ("general_budget_revenue", "level", 11.2, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", -9.7, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 1.2)],
    },
    # ---- 今年 beside 去年 in a report of January (timing._names_last_year): the new year only for an
    # expectation; an outturn of 今年 is the year looked back on (written in December)
    {
        "id": "this_years_outturn_then_last_years_in_a_january_report",
        "text": "今年全县一般公共预算收入完成16亿元,上年为15.2亿元。今年城镇新增就业5200人,去年为4860人。",
        "facts": [
            ("general_budget_revenue", "level", 16.0, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 5200.0, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 16.0, 2024), ("new_urban_jobs", "level", 5200.0, 2024)],
    },
    {
        # target bound_then_outturn read any 实际为/实际完成 + figure after a figure as its outturn, whatever
        # the measure: the growth before an outturn level is no goal (timing_kind._outturn_next: a percentage's
        # outturn is a percentage; fixed by the lead after the review)
        "id": "growth_before_an_outturn_level_is_no_goal",
        "text": "全年一般公共预算收入增长8.2%,实际为12.3亿元。",
        "facts": [("general_budget_revenue", "yoy_pct", 8.2, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct", 8.2, 2023, "", "target")],
    },
    {
        "id": "growth_before_an_outturn_count_is_no_goal",
        "text": "城镇新增就业同比增长5.1%,全年实际完成4521人。",
        "facts": [
            ("new_urban_jobs", "yoy_pct", 5.1, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 4521.0, 2023, "", "actual", None),
        ],
        "absent": [("new_urban_jobs", "yoy_pct", 5.1, 2023, "", "target")],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)


def test_a_fiscal_level_after_tax_refunds_added_back_does_not_replace_the_receipts():
    """rates.one_rate_per_key on a level (r8b: 优良天数比例87.7%(扣除沙尘影响后为89.2%) keeps 89.2):
    a fiscal level after 扣除留抵退税因素 is a counterfactual, not the revenue received; both stay."""
    f = passage_facts({"text": "全县一般公共预算收入12.3亿元,扣除留抵退税因素后为13.1亿元。", "id": "x"}, META)
    rows = f[(f.indicator == "general_budget_revenue") & (f.measure == "level")]
    assert 12.3 in set(rows.value.round(6)), rows
    assert not any("unadjusted=12.3" in str(fl) for fl in rows["flags"]), rows


#: Found in review, not fixed then; fixed in session 9 (tests/test_constructions_r11b.py, with passages of
#: their own beside these).
FIXED_CASES: list[dict] = [
    {
        # time year_list: a list of years in a clause of its own (an honour) still dates the next clause's
        # lone figure (dropped) when no word of one year (全年, 今年) stands between
        "id": "years_of_an_honour_then_an_undated_figure",
        "text": "2022年、2023年连续两年被评为全省营商环境优秀县,全县地区生产总值增长6.5%。",
        "facts": [("gdp", "yoy_pct", 6.5, 2023, "", "actual", None)],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", FIXED_CASES, ids=[c["id"] for c in FIXED_CASES])
def test_fixed_case(case):
    check_case(case, META)
