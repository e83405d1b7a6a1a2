"""Constructions of the newest county reports (2025 reviews and 2026 plans: work reports of January 2026 with
the 十四五 review and 十五五 goals, 2025 bulletins, budget reports, 巩固衔接 summaries) found by the blind set
h20 (session 14), by class:

- a rate on a statistical scope changed that year (按新口径增长7.9%, 按新口径计算增长; 按原口径增长5.1%,按新口径
  增长7.9%): the rate on the new scope is the fact, the old one kept in the flags; a rate on the old scope
  printed alone is the subject's rate all the same;
- a floor or ceiling held all along a span with no count of years (“十四五”时期…民生支出占比始终保持在75%
  以上, 一直稳定在70%以上, 一直控制在3.5%以内, 连续多年稳定在90亿斤以上): no level of the year, while the
  level printed after it is;
- a fund's total after its parts by source (…补助资金4.82亿元,县级配套0.65亿元,共计5.47亿元; …3.2亿元、县级
  配套资金0.5亿元,合计3.7亿元): the total is the fund's level, its first part flagged ``subtotal``;
- a five-year sum named by its verb (五年新建高标准农田21.6万亩, 五年新增城镇就业2.6万人): a sum over the
  span, not the level of the year printed in the ;-segment before it;
- a figure revised after the economic census (2024年地区生产总值由312.5亿元修订为335.2亿元): the revised figure is
  the year's level, the one it replaces no fact (a change over a span, 由2020年的…增加到…, keeps both ends);
- the sum a budget's rate comes to (预期增长4%,按此测算为19.34亿元): the budget's level, in a clause of its own;
- funds secured (争取) under a long name (争取中央和省级财政衔接推进乡村振兴补助资金4.82亿元): an outturn, not a
  target.

Each case is a short passage of its own (not copied from any corpus); every case but the near misses
failed before.
"""

from __future__ import annotations

import pytest
from passages import check_case, passage_facts

#: A county work report of January 2026 on 2025 (the 十四五 review, 十五五 goals, 2026 targets).
META = {"year": 2025, "report_date": "2026-01-10", "region": "金寨县", "level": "county"}
#: A 巩固衔接 summary of December 2025.
SUMMARY = {"year": 2025, "report_date": "2025-12-18", "region": "花垣县", "level": "county"}

CASES: list[dict] = [
    # ---- a rate on a new or old statistical scope
    {
        "id": "rate_on_the_new_scope",
        "text": "2025年,全县一般公共预算收入11.28亿元,按新口径增长7.9%。",
        "facts": [("general_budget_revenue", "yoy_pct", 7.9, 2025, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "rate_on_the_new_scope_computed",
        "text": "全年规模以上工业总产值612.7亿元,按新口径计算增长6.4%。",
        "facts": [("industrial_output", "yoy_pct", 6.4, 2025, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "old_scope_beside_the_new_one",
        "text": "全年规模以上工业总产值612.7亿元,按原口径增长5.1%,按新口径增长7.9%。",
        "facts": [("industrial_output", "yoy_pct", 7.9, 2025, "", "actual", None)],
        "absent": [("industrial_output", "yoy_pct", 5.1)],
    },
    {
        # near miss: a rate on the old scope printed alone is the subject's rate
        "id": "old_scope_alone_keeps_its_rate",
        "text": "全年规模以上工业总产值612.7亿元,按原口径计算增长5.1%。",
        "facts": [("industrial_output", "yoy_pct", 5.1, 2025, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: 新口径 as a noun opening the sentence, the growth printed plainly
        "id": "new_scope_as_a_noun",
        "text": "新口径下全县规模以上工业企业达到186家,工业总产值612.7亿元,增长7.9%。",
        "facts": [
            ("industrial_output", "level", 612.7, 2025, "", "actual", None),
            ("industrial_output", "yoy_pct", 7.9, 2025, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- a floor or ceiling held all along a span
    {
        "id": "share_held_above_a_floor_all_along",
        "text": "“十四五”时期,全县一般公共预算支出累计完成421.3亿元,民生支出占比始终保持在75%以上。",
        "facts": [("fiscal_expenditure", "level", 421.3, 2025, "", "actual", 2021)],
        "absent": [("livelihood_spending_share",)],
    },
    {
        "id": "cover_held_above_a_floor_then_the_year",
        "text": "全县森林覆盖率一直稳定在70%以上,2025年达到70.1%。",
        "facts": [("forest_coverage", "level", 70.1, 2025, "", "actual", None)],
        "absent": [("forest_coverage", "level", 70)],
    },
    {
        "id": "rate_held_below_a_ceiling_then_the_year",
        "text": "城镇登记失业率一直控制在3.5%以内,全年为2.9%。",
        "facts": [("unemployment_rate", "level", 2.9, 2025, "", "actual", None)],
        "absent": [("unemployment_rate", "level", 3.5)],
    },
    {
        "id": "floor_held_for_many_years",
        "text": "粮食总产量连续多年稳定在90亿斤以上,2025年达到92.4亿斤。",
        "facts": [("grain_output", "level", 462, 2025, "", "actual", None)],
        "absent": [("grain_output", "level", 450)],
    },
    {
        # near miss: a floor set for the coming year is its target
        "id": "floor_of_the_year_ahead_is_a_target",
        "text": "2026年,确保民生支出占比保持在75%以上,确保城镇登记失业率控制在3.5%以内。",
        "facts": [
            ("livelihood_spending_share", "level", 75, 2026, "", "target", None),
            ("unemployment_rate", "level", 3.5, 2026, "", "target", None),
        ],
        "absent": [],
    },
    {
        # near miss: 始终保持 a rank, the level after it
        "id": "rank_held_all_along_then_the_level",
        "text": "全年空气质量优良率始终保持全市第一,达到96.2%。",
        "facts": [("good_air_rate", "level", 96.2, 2025, "", "actual", None)],
        "absent": [],
    },
    # ---- a fund's total after its parts by source
    {
        "id": "fund_total_after_its_parts_by_source",
        "meta": SUMMARY,
        "text": "全年争取中央和省级财政衔接推进乡村振兴补助资金4.82亿元,县级配套0.65亿元,共计5.47亿元,其中用于产业发展的资金3.38亿元。",
        "facts": [("poverty_funds", "level", 5.47, 2025, "", "actual", None)],
        "absent": [("poverty_funds", "level", 3.38)],
    },
    {
        "id": "fund_total_after_a_list_of_parts",
        "meta": SUMMARY,
        "text": "全年落实财政衔接资金3.2亿元、县级配套资金0.5亿元,合计3.7亿元。",
        "facts": [("poverty_funds", "level", 3.7, 2025, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "fund_total_after_two_parts",
        "meta": SUMMARY,
        "text": "全年投入衔接资金3.2亿元,县级配套0.65亿元,自筹资金0.3亿元,共计4.15亿元。",
        "facts": [("poverty_funds", "level", 4.15, 2025, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: the total of parts listed after 其中 is not the fund's
        "id": "total_of_the_parts_after_qizhong",
        "meta": SUMMARY,
        "text": "全年投入衔接资金3.2亿元,其中中央资金2.1亿元、省级资金0.8亿元,合计2.9亿元用于产业发展。",
        "facts": [("poverty_funds", "level", 3.2, 2025, "", "actual", None)],
        "absent": [("poverty_funds", "level", 2.9)],
    },
    {
        # near miss: receipts and transfers summed are no revenue indicator
        "id": "receipts_and_transfers_summed",
        "text": "全县一般公共预算收入8.6亿元,加上市级补助25.3亿元,合计33.9亿元。",
        "facts": [("general_budget_revenue", "level", 8.6, 2025, "", "actual", None)],
        "absent": [("general_budget_revenue", "level", 33.9)],
    },
    {
        # near miss: a total after figures of other nouns
        "id": "total_after_other_nouns",
        "text": "全年接待游客682万人次,实现旅游收入58.3亿元,新建民宿120家,合计投资2.1亿元。",
        "facts": [("tourism_revenue", "level", 58.3, 2025, "", "actual", None)],
        "absent": [("tourism_revenue", "level", 2.1)],
    },
    # ---- a five-year sum named by its verb
    {
        "id": "five_year_sum_after_a_year_printed",
        "text": "五年来,农业基础更加稳固,粮食总产量2025年达到15.9万吨;五年新建高标准农田21.6万亩。",
        "facts": [
            ("grain_output", "level", 15.9, 2025, "", "actual", None),
            ("high_standard_farmland", "level", 216000, 2025, "", "actual", 2021),
        ],
        "absent": [],
    },
    {
        "id": "five_year_sum_of_jobs",
        "text": "全县经济稳中有进,2025年地区生产总值增长6.1%;五年新增城镇就业2.6万人。",
        "facts": [("new_urban_jobs", "level", 26000, 2025, "", "actual", 2021)],
        "absent": [],
    },
    {
        # near miss: the plan's fifth year is one year
        "id": "the_fifth_year_is_one_year",
        "text": "2025年是规划实施的第五年,新建高标准农田3.2万亩。",
        "facts": [("high_standard_farmland", "level", 32000, 2025, "", "actual", None)],
        "absent": [],
    },
    # ---- a figure revised after the economic census: the revised one is the year's, the one replaced none
    {
        "id": "gdp_revised_after_the_census",
        "text": "经第五次全国经济普查后,2024年全县地区生产总值由312.5亿元修订为335.2亿元。",
        "facts": [("gdp", "level", 335.2, 2024, "", "actual", None)],
        "absent": [("gdp", "level", 312.5)],
    },
    {
        "id": "two_figures_revised_in_one_sentence",
        "text": "经济普查后,2023年地区生产总值由原来的298.6亿元修订为312.4亿元,第三产业增加值由120.1亿元修订为131.6亿元。",
        "facts": [
            ("gdp", "level", 312.4, 2023, "", "actual", None),
            ("tertiary_va", "level", 131.6, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "level", 298.6), ("tertiary_va", "level", 120.1)],
    },
    {
        # near miss: a change over the span keeps both ends
        "id": "change_over_the_span_keeps_both_ends",
        "text": "全县地区生产总值由2020年的193.7亿元增加到2025年的268.5亿元。",
        "facts": [
            ("gdp", "level", 193.7, 2020, "", "actual", None),
            ("gdp", "level", 268.5, 2025, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: the revised figure alone, the change against the old one no level
        "id": "revised_figure_alone",
        "text": "根据第五次全国经济普查结果,2023年全县地区生产总值修订为247.9亿元,比修订前增加12.6亿元。",
        "facts": [("gdp", "level", 247.9, 2023, "", "actual", None)],
        "absent": [("gdp", "level", 12.6)],
    },
    # ---- the sum a budget's rate comes to
    {
        "id": "budget_sum_reckoned_at_the_rate",
        "text": "2026年一般公共预算收入预期增长4%,按此测算为19.34亿元;一般公共预算支出安排48.9亿元。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 4, 2026, "", "target", None),
            ("general_budget_revenue", "level", 19.34, 2026, "", "target", None),
        ],
        "absent": [],
    },
    {
        # near miss: a sum needed at a rate with a noun of its own is not read as the subject's level
        "id": "investment_needed_at_a_rate",
        "text": "全年固定资产投资增长8%,按此计算,全年需完成投资120亿元。",
        "facts": [("fai", "yoy_pct", 8, 2025, "", "actual", None)],
        "absent": [("fai", "level")],
    },
    # ---- funds secured under a long name
    {
        "id": "funds_secured_under_a_long_name",
        "meta": SUMMARY,
        "text": "全年争取中央和省级财政衔接推进乡村振兴补助资金4.82亿元。",
        "facts": [("poverty_funds", "level", 4.82, 2025, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: 力争 before it keeps the target
        "id": "funds_to_secure_next_year",
        "meta": SUMMARY,
        "text": "2026年,力争争取中央和省级财政衔接推进乡村振兴补助资金5亿元以上。",
        "facts": [("poverty_funds", "level", 5, 2026, "", "target", None)],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)


def test_the_first_part_of_a_fund_total_is_a_subtotal():
    case = CASES[[c["id"] for c in CASES].index("fund_total_after_its_parts_by_source")]
    f = passage_facts(case, META)
    part = f[(f["indicator"] == "poverty_funds") & (f["value"].round(6) == 4.82)]
    total = f[(f["indicator"] == "poverty_funds") & (f["value"].round(6) == 5.47)]
    assert len(part) == 1 and "subtotal" in part["flags"].iloc[0], f
    assert len(total) == 1 and "subtotal" not in total["flags"].iloc[0] and "conflict" not in total["flags"].iloc[0]
