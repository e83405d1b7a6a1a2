"""Review (session 14, r16h) of the rules of blind round h20 (branch s14-b20, tests/test_blind_r16b.py): each
rule's trigger probed in passages of its own, in other genres and with other meanings of its words.

- rate_basis 新口径/原口径/旧口径 (按新口径增长 the fact, the old-scope rate in the flags): probed with 新口径 as a
  noun of a count, 按原口径统计 opening a sentence, a fall on the new scope, 旧口径, 原口径 beside 同口径. No misfire.
- floor_held 始终/一直/历年/常年 and 连续多年: probed with 始终 on a policy (始终坚持就业优先), 连续5年增长,
  连续三年突破 then the year, 一直在稳步增长, a span then the bound (2021年以来, 2021—2025年, 五年内). Misfired on a
  bound held within a single year: 全年城镇登记失业率一直控制在3.5%以内 (the year's ceiling, read before the rule)
  and a goal of the plan year (2026年主要预期目标:城镇登记失业率始终控制在4.5%以内: the target lost). Narrowed:
  始终/一直/历年/常年 block no figure when a single year (全年, 今年以来, 2026年, not a bare 今年; block floor_held_year) is named
  after the last span word (floor_held_span) before them; 连续N年 always blocks. A goal with no year named
  (今后,…要始终控制在4.5%以内) stays blocked: its kind words do not reach past 始终, it would be an outturn.
- totals.py (sum_of_parts, funding_part, funds_summed): probed with totals of years, of uses (用于产业发展…),
  of counts, of a fund inside a bigger one, of revenue plus transfers, of spending by source. Misfired on credit
  listed as a source (衔接资金3.2亿元,金融贷款1.5亿元,合计4.7亿元: 4.7 read as the fund's level). Narrowed:
  金融, 银行, 贷款 are no funding_part.
- span_fiveyear by verb (五年新建/新增/投入…): probed with 十五五 goals, 力争五年, 建成后五年投入运营, 前五年.
  Misfired on 每五年 (a rhythm, read as the sum of 2021-2025). Narrowed: not after 每.
- target secured (争取 under a long name): probed with 积极争取 in a plan, 力争争取, 2026年/明年/今后五年,
  下一步, 新的一年. Misfired on 新的一年/下一步 (a time ahead named by words: the funds to secure read as
  secured, actual) — a weakness of short names before h20 too, widened by the longer window. Narrowed: target
  secured_ahead (新的一年, 明年, 下一步, 今后, 未来, 十五五 in the ;-segment) keeps them targets. Left: 下半年 in a
  half-year report (a year-end summary reviews 下半年 with the same words).
- revised_away/revised_from/revised_to (由X修订为Y): probed with a growth target revised, a budget revised, a plan
  revised, 核实为, 修订 of a plan beside 由2020年的…增加到…. Misfired on a budget revised (收入预算由11.5亿元修订为
  10.8亿元: 10.8 read as the outturn; before the rule 11.5 was). Narrowed: block revised_planned, neither figure of a
  budget revised is read (missing rather than wrong).
- reckoned_at_rate (按此测算为…): probed with per-capita figures, a completion share, an average rate and a
  sum of another subject after 按此. No misfire.
"""

from __future__ import annotations

import pytest
from passages import check_case

#: A county work report of January 2026 on 2025.
META = {"year": 2025, "report_date": "2026-01-10", "region": "金寨县", "level": "county"}
#: A summary of December 2025.
SUMMARY = {"year": 2025, "report_date": "2025-12-18"}
#: A half-year report of July 2025.
MIDYEAR = {"year": 2025, "report_date": "2025-07-10"}

CASES: list[dict] = [
    # ---- rate_basis 新口径/原口径/旧口径
    {
        "id": "new_scope_as_a_count_after_the_rate",
        "text": "全县一般公共预算收入11.28亿元,增长3.2%;按新口径统计的规模以上工业企业达到186家。",
        "facts": [("general_budget_revenue", "yoy_pct", 3.2, 2025, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "old_scope_opening_the_sentence",
        "text": "按原口径统计,全县一般公共预算收入11.28亿元,增长3.2%。",
        "facts": [
            ("general_budget_revenue", "level", 11.28, 2025, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 3.2, 2025, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "fall_on_the_new_scope",
        "text": "全年固定资产投资下降3.5%,按新口径计算下降1.2%。",
        "facts": [("fai", "yoy_pct", -1.2, 2025, "", "actual", None)],
        "absent": [("fai", "yoy_pct", -3.5)],
    },
    {
        "id": "old_scope_beside_the_same_scope",
        "text": "全年一般公共预算收入11.28亿元,同口径增长5.3%,按原口径增长2.1%。",
        "facts": [("general_budget_revenue", "yoy_pct", 5.3, 2025, "", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct", 2.1)],
    },
    {
        "id": "former_scope_word",
        "text": "社会消费品零售总额126.8亿元,按新口径增长6.5%,按旧口径增长4.2%。",
        "facts": [("retail_sales", "yoy_pct", 6.5, 2025, "", "actual", None)],
        "absent": [("retail_sales", "yoy_pct", 4.2)],
    },
    # ---- floor_held: 始终/一直/历年/常年, 连续N年
    {
        "id": "always_on_a_policy_then_figures",
        "text": "全县始终坚持就业优先,城镇新增就业5200人,城镇登记失业率3.1%。",
        "facts": [
            ("new_urban_jobs", "level", 5200, 2025, "", "actual", None),
            ("unemployment_rate", "level", 3.1, 2025, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "floor_all_along_then_the_year",
        "text": "全县粮食总产量始终稳定在20亿斤以上,2025年达到21.3亿斤。",
        "facts": [("grain_output", "level", 106.5, 2025, "", "actual", None)],
        "absent": [("grain_output", "level", 100)],
    },
    {
        "id": "floor_all_along_after_a_span_opening",
        "text": "2021年以来,全县森林覆盖率始终保持在70%以上。",
        "facts": [],
        "absent": [("forest_coverage",)],
    },
    {
        "id": "floor_all_along_after_a_range_of_years",
        "text": "2021—2025年,全县森林覆盖率始终保持在70%以上。",
        "facts": [],
        "absent": [("forest_coverage",)],
    },
    {
        "id": "floor_all_along_within_five_years",
        "text": "五年内,全县森林覆盖率一直保持在70%以上。",
        "facts": [],
        "absent": [("forest_coverage",)],
    },
    {
        # misfired: the year's own ceiling was lost
        "id": "ceiling_held_all_the_year",
        "text": "全年城镇登记失业率一直控制在3.5%以内。",
        "facts": [("unemployment_rate", "level", 3.5, 2025, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "ceiling_held_in_a_named_year",
        "text": "2025年,全县城镇登记失业率一直控制在3.5%以内。",
        "facts": [("unemployment_rate", "level", 3.5, 2025, "", "actual", None)],
        "absent": [],
    },
    {
        # misfired: the plan year's target was lost
        "id": "ceiling_held_as_the_plan_years_goal",
        "text": "2026年主要预期目标:城镇登记失业率始终控制在4.5%以内,粮食总产量稳定在20亿斤以上。",
        "facts": [
            ("unemployment_rate", "level", 4.5, 2026, "", "target", None),
            ("grain_output", "level", 100, 2026, "", "target", None),
        ],
        "absent": [],
    },
    {
        # a goal with no year named stays blocked (it would be read as the outturn of 2025)
        "id": "ceiling_held_as_a_goal_ahead",
        "text": "今后,城镇登记失业率要始终控制在4.5%以内。",
        "facts": [],
        "absent": [("unemployment_rate", "level", 4.5, 2025, "", "actual")],
    },
    {
        # a bare 今年 in a report of January is the plan year: the goal, with no kind word, stays blocked
        "id": "ceiling_held_this_year_in_a_january_report",
        "text": "今年,城镇登记失业率始终控制在4.5%以内,居民收入增长与经济增长同步。",
        "facts": [],
        "absent": [("unemployment_rate", "level", 4.5, 2025, "", "actual")],
    },
    {
        "id": "ceiling_held_so_far_this_year",
        "meta": MIDYEAR,
        "text": "今年以来,全县城镇登记失业率一直控制在3.5%以内。",
        "facts": [("unemployment_rate", "level", 3.5, 2025, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "years_of_growth_then_the_year",
        "text": "全县粮食产量连续5年增长,2025年达到21.3亿斤。",
        "facts": [("grain_output", "level", 106.5, 2025, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "years_above_a_threshold_then_the_year",
        "text": "全县一般公共预算收入连续三年突破10亿元,2025年完成11.28亿元。",
        "facts": [("general_budget_revenue", "level", 11.28, 2025, "", "actual", None)],
        "absent": [("general_budget_revenue", "level", 10)],
    },
    {
        "id": "growing_all_along_then_the_year",
        "text": "全县地区生产总值一直在稳步增长,2025年为305.6亿元。",
        "facts": [("gdp", "level", 305.6, 2025, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "floor_over_years_then_the_year",
        "text": "全县粮食总产量连续五年稳定在20亿斤以上,今年达到21.3亿斤,增长2.1%。",
        "facts": [
            ("grain_output", "level", 106.5, 2025, "", "actual", None),
            ("grain_output", "yoy_pct", 2.1, 2025, "", "actual", None),
        ],
        "absent": [("grain_output", "level", 100)],
    },
    # ---- totals.py: a fund's total after its parts by source
    {
        "id": "fund_total_with_a_partner_province",
        "meta": SUMMARY,
        "text": "全年投入衔接资金3.2亿元,东西部协作资金0.3亿元,共计3.5亿元,带动脱贫人口增收2.1亿元。",
        "facts": [("poverty_funds", "level", 3.5, 2025, "", "actual", None)],
        "absent": [("poverty_funds", "level", 2.1)],
    },
    {
        "id": "fund_total_of_county_and_townships",
        "meta": SUMMARY,
        "text": "全年投入衔接资金3.2亿元,县级0.5亿元、乡镇0.1亿元,合计3.8亿元。",
        "facts": [("poverty_funds", "level", 3.8, 2025, "", "actual", None)],
        "absent": [],
    },
    {
        # misfired: loans are no part of the fund
        "id": "fund_and_loans_summed",
        "meta": SUMMARY,
        "text": "全年投入衔接资金3.2亿元,金融贷款1.5亿元,合计4.7亿元。",
        "facts": [("poverty_funds", "level", 3.2, 2025, "", "actual", None)],
        "absent": [("poverty_funds", "level", 4.7)],
    },
    {
        "id": "fund_of_two_years_summed",
        "meta": SUMMARY,
        "text": "2024年投入衔接资金3.2亿元,2025年投入3.5亿元,共计6.7亿元。",
        "facts": [],
        "absent": [("poverty_funds", "level", 6.7)],
    },
    {
        "id": "fund_by_use_summed",
        "meta": SUMMARY,
        "text": "全年投入衔接资金3.2亿元,用于产业发展2.1亿元,基础设施1.1亿元,共计3.2亿元。",
        "facts": [("poverty_funds", "level", 3.2, 2025, "", "actual", None)],
        "absent": [("poverty_funds", "level", 2.1), ("poverty_funds", "level", 1.1)],
    },
    {
        "id": "projects_of_a_fund_counted",
        "meta": SUMMARY,
        "text": "全年实施衔接资金项目126个,县级项目38个,共计164个。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        "id": "a_fund_inside_a_bigger_one",
        "meta": SUMMARY,
        "text": "全年整合涉农资金5.6亿元,其中衔接资金3.2亿元,县级配套0.5亿元,共计3.7亿元。",
        "facts": [("poverty_funds", "level", 5.6, 2025, "", "actual", None)],
        "absent": [("poverty_funds", "level", 3.7)],
    },
    {
        "id": "revenue_and_transfers_summed",
        "text": "全年一般公共预算收入11.28亿元,上级补助25.3亿元,合计36.58亿元。",
        "facts": [("general_budget_revenue", "level", 11.28, 2025, "", "actual", None)],
        "absent": [("general_budget_revenue", "level", 36.58)],
    },
    {
        "id": "spending_and_funds_by_source_summed",
        "text": "全年一般公共预算支出42.1亿元,省级资金12.3亿元,县级资金8.6亿元,合计63亿元。",
        "facts": [("fiscal_expenditure", "level", 42.1, 2025, "", "actual", None)],
        "absent": [("fiscal_expenditure", "level", 63)],
    },
    # ---- span_fiveyear by its verb
    {
        "id": "five_year_sum_after_the_year",
        "text": "2025年城镇新增就业5200人,五年新增城镇就业2.6万人。",
        "facts": [
            ("new_urban_jobs", "level", 5200, 2025, "", "actual", None),
            ("new_urban_jobs", "level", 26000, 2025, "", "actual", 2021),
        ],
        "absent": [],
    },
    {
        # misfired: a rhythm read as the sum of 2021-2025
        "id": "every_five_years",
        "text": "全县每五年新增城镇就业约2万人。",
        "facts": [],
        "absent": [("new_urban_jobs", "level", 20000, 2025, "", "actual", 2021)],
    },
    {
        "id": "five_year_goal_of_the_next_plan",
        "text": "“十五五”时期主要目标:地区生产总值年均增长6%左右,五年新增城镇就业2.5万人以上,五年新建高标准农田20万亩。",
        # (session 15: the five years' sum keeps its span, 2026-2030, as 五年来… does in a review)
        "facts": [
            ("new_urban_jobs", "level", 25000, 2030, "", "target", 2026),
            ("high_standard_farmland", "level", 200000, 2030, "", "target", 2026),
        ],
        "absent": [("new_urban_jobs", "level", 25000, 2025)],
    },
    {
        "id": "five_year_goal_striven_for",
        "text": "力争五年新增城镇就业2.5万人。",
        "facts": [("new_urban_jobs", "level", 25000, 2030, "", "target", 2026)],
        "absent": [],
    },
    {
        "id": "five_years_after_a_project_is_built",
        "text": "项目建成后五年投入运营,新增产值20亿元。",
        "facts": [],
        "absent": [("poverty_funds",), ("fai",)],
    },
    # ---- target secured: 争取 under a long name
    {
        "id": "secured_under_a_long_name_with_its_growth",
        "text": "全年积极争取中央和省级财政衔接推进乡村振兴补助资金4.82亿元,比上年增长8%。",
        "facts": [
            ("poverty_funds", "level", 4.82, 2025, "", "actual", None),
            ("poverty_funds", "yoy_pct", 8, 2025, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "to_secure_in_the_plan_year",
        "text": "2026年,积极争取中央和省级财政衔接推进乡村振兴补助资金5亿元以上。",
        "facts": [("poverty_funds", "level", 5, 2026, "", "target", None)],
        "absent": [("poverty_funds", "level", 5, 2026, "", "actual")],
    },
    {
        "id": "to_secure_next_year",
        "text": "明年,积极争取中央和省级财政衔接推进乡村振兴补助资金5亿元以上。",
        "facts": [("poverty_funds", "level", 5, 2026, "", "target", None)],
        "absent": [],
    },
    {
        "id": "to_secure_striven_for",
        "text": "2026年,力争争取中央和省级财政衔接推进乡村振兴补助资金5亿元以上。",
        "facts": [("poverty_funds", "level", 5, 2026, "", "target", None)],
        "absent": [],
    },
    {
        # misfired: funds still to secure in the new year read as secured
        "id": "to_secure_in_the_new_year",
        "text": "新的一年,积极争取中央和省级财政衔接推进乡村振兴补助资金5亿元以上。",
        "facts": [],
        "absent": [("poverty_funds", "level", 5, 2025, "", "actual")],
    },
    {
        "id": "to_secure_as_the_next_step",
        "text": "下一步,积极争取上级衔接资金5亿元以上。",
        "facts": [],
        "absent": [("poverty_funds", "level", 5, 2025, "", "actual")],
    },
    {
        "id": "to_secure_in_the_years_ahead",
        "text": "今后五年,积极争取中央和省级财政衔接推进乡村振兴补助资金25亿元以上。",
        # (session 15: funds secured over the five years, their sum: period_start 2026)
        "facts": [("poverty_funds", "level", 25, 2030, "", "target", 2026)],
        "absent": [],
    },
    # ---- revised_away / revised_to
    {
        "id": "growth_rate_revised",
        "text": "根据经济普查结果,2024年全县地区生产总值增速由5.1%修订为5.6%。",
        "facts": [("gdp", "yoy_pct", 5.6, 2024, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 5.1)],
    },
    {
        "id": "a_count_verified",
        "text": "经核实,全县城镇新增就业由5200人核实为4800人。",
        "facts": [("new_urban_jobs", "level", 4800, 2025, "", "actual", None)],
        "absent": [("new_urban_jobs", "level", 5200)],
    },
    {
        "id": "growth_target_revised",
        "meta": MIDYEAR,
        "text": "年中,县政府将全年地区生产总值增长目标由7%修订为6%。",
        "facts": [("gdp", "yoy_pct", 6, 2025, "", "target", None)],
        "absent": [("gdp", "yoy_pct", 6, 2025, "", "actual"), ("gdp", "yoy_pct", 7, 2025, "", "actual")],
    },
    {
        # misfired: the revised budget read as the revenue collected
        "id": "budget_revised",
        "meta": MIDYEAR,
        "text": "经县人大常委会批准,2025年一般公共预算收入预算由11.5亿元修订为10.8亿元。",
        "facts": [],
        "absent": [
            ("general_budget_revenue", "level", 10.8, 2025, "", "actual"),
            ("general_budget_revenue", "level", 11.5, 2025, "", "actual"),
        ],
    },
    {
        "id": "investment_plan_revised",
        "meta": MIDYEAR,
        "text": "2025年全县固定资产投资计划由120亿元修订为110亿元。",
        "facts": [("fai", "level", 110, 2025, "", "target", None)],
        "absent": [("fai", "level", 120), ("fai", "level", 110, 2025, "", "actual")],
    },
    {
        "id": "plans_revised_beside_a_change_over_a_span",
        "text": "今年以来,全县修订完善规划12项,地区生产总值由2020年的212.5亿元增加到335.2亿元。",
        "facts": [
            ("gdp", "level", 212.5, 2020, "", "actual", None),
            ("gdp", "level", 335.2, 2025, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- reckoned_at_rate
    {
        "id": "sum_of_an_expected_rate",
        "text": "2026年一般公共预算支出预计增长3%,据此匡算约为42.5亿元。",
        "facts": [("fiscal_expenditure", "level", 42.5, 2026, "", "estimate", None)],
        "absent": [],
    },
    {
        "id": "reckoned_figure_of_another_subject",
        "text": "2026年一般公共预算收入预期增长4%,按此计算,全县财力将达到35亿元。",
        "facts": [("general_budget_revenue", "yoy_pct", 4, 2026, "", "target", None)],
        "absent": [("general_budget_revenue", "level", 35)],
    },
    {
        "id": "reckoned_per_capita",
        "text": "全县地区生产总值305亿元,增长6%,据此测算,人均地区生产总值达到6.2万元。",
        "facts": [
            ("gdp", "level", 305, 2025, "", "actual", None),
            ("gdp_per_capita", "level", 62000, 2025, "", "actual", None),
        ],
        "absent": [("gdp", "level", 6.2)],
    },
    {
        "id": "reckoned_completion_share",
        "meta": SUMMARY,
        "text": "全年城镇新增就业5200人,按此测算,完成年度目标的104%。",
        "facts": [
            ("new_urban_jobs", "level", 5200, 2025, "", "actual", None),
            ("new_urban_jobs", "completion_pct", 104, 2025, "", "actual", None),
        ],
        "absent": [("new_urban_jobs", "level", 104)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)
