"""Investment, trade, tourism and consumption (session 7): amounts of different meaning side by side.
A project list's total cost (总投资) and its year's plan (年度计划投资) are not the investment made
(完成投资, key_project_investment); contracted foreign capital (合同利用外资) is not foreign capital in
use (fdi); a segment's visitors and revenue (乡村旅游, A级景区) are parts of the tourism totals.

Each case is a short report of its own (not copied from a dev set) written for one construction: its
meta, the facts it must give (indicator, measure, value, year, subperiod, kind, period_start) and
the keys it must not give (a prefix of that tuple).
"""

from __future__ import annotations

import pytest
from passages import check_case

META = {"year": 2023, "report_date": "2024-01-12", "region": "临泉县", "level": "county"}
CITY = {"region": "遵义市", "level": "city"}

CASES: list[dict] = [
    # ---- a project list's total cost (总投资) is never the investment made, wherever it stands
    {
        "id": "total_cost_clause_then_invested",
        "text": "2023年,全县实施重点项目120个,总投资856亿元,完成投资236亿元,完成年度计划的112.4%。",
        "facts": [
            ("key_project_investment", "level", 236.0, 2023, "", "actual", None),
            ("key_project_investment", "completion_pct", 112.4, 2023, "", "actual", None),
        ],
        "absent": [("key_project_investment", "level", 856.0)],
    },
    {
        "id": "total_cost_right_after_the_subject",
        "text": "全县重点项目总投资320亿元,当年完成投资86.5亿元。",
        "facts": [("key_project_investment", "level", 86.5, 2023, "", "actual", None)],
        "absent": [("key_project_investment", "level", 320.0)],
    },
    {
        "id": "total_cost_in_brackets_before_the_verb",
        "text": "全县152个重点项目(总投资680亿元)完成投资186亿元,增长12%。",
        "facts": [
            ("key_project_investment", "level", 186.0, 2023, "", "actual", None),
            ("key_project_investment", "yoy_pct", 12.0, 2023, "", "actual", None),
        ],
        "absent": [("key_project_investment", "level", 680.0)],
    },
    {
        "id": "total_cost_in_brackets_after_the_count",
        "meta": CITY,
        "text": "全市实施省级重点项目48个(总投资1260亿元),完成年度投资312亿元。",
        "facts": [("key_project_investment", "level", 312.0, 2023, "", "actual", None)],
        "absent": [("key_project_investment", "level", 1260.0)],
    },
    {
        # near miss: the investment made printed first, the total cost after it
        "id": "invested_then_total_cost",
        "text": "120个重点项目完成投资236亿元,总投资856亿元。",
        "facts": [("key_project_investment", "level", 236.0, 2023, "", "actual", None)],
        "absent": [("key_project_investment", "level", 856.0)],
    },
    # ---- the year's planned investment (年度计划投资) is the year's target, not the investment made
    {
        "id": "planned_then_invested",
        "text": "全年实施重点项目120个,年度计划投资210亿元,完成投资236亿元。",
        "facts": [
            ("key_project_investment", "level", 236.0, 2023, "", "actual", None),
            ("key_project_investment", "level", 210.0, 2023, "", "target", None),
        ],
        "absent": [("key_project_investment", "level", 210.0, 2023, "", "actual")],
    },
    {
        "id": "invested_then_the_plan_in_brackets",
        "text": "全县重点项目完成投资236亿元(年度计划投资210亿元),增长9.6%。",
        "facts": [
            ("key_project_investment", "level", 236.0, 2023, "", "actual", None),
            ("key_project_investment", "yoy_pct", 9.6, 2023, "", "actual", None),
        ],
        "absent": [("key_project_investment", "level", 210.0, 2023, "", "actual")],
    },
    {
        "id": "total_cost_plan_and_invested",
        "meta": CITY,
        "text": "2023年,全市实施市级重点项目200个,总投资2860亿元,年度计划投资520亿元,实际完成投资563亿元。",
        "facts": [
            ("key_project_investment", "level", 563.0, 2023, "", "actual", None),
            ("key_project_investment", "level", 520.0, 2023, "", "target", None),
        ],
        "absent": [
            ("key_project_investment", "level", 2860.0),
            ("key_project_investment", "level", 520.0, 2023, "", "actual"),
        ],
    },
    {
        "id": "next_year_plan_of_key_projects",
        "text": "2024年,计划实施重点项目150个,总投资980亿元,年度计划投资260亿元。",
        "facts": [("key_project_investment", "level", 260.0, 2024, "", "target", None)],
        "absent": [
            ("key_project_investment", "level", 980.0),
            ("key_project_investment", "level", 260.0, 2024, "", "actual"),
        ],
    },
    {
        "id": "this_year_plan_after_the_total_cost",
        "text": "今年,全县计划实施重点项目160个,总投资1020亿元,年度计划完成投资280亿元。",
        "facts": [("key_project_investment", "level", 280.0, 2024, "", "target", None)],
        "absent": [
            ("key_project_investment", "level", 1020.0),
            ("key_project_investment", "level", 280.0, 2024, "", "actual"),
        ],
    },
    {
        # a project's planned total cost (计划总投资) sizes the projects: no target
        "id": "planned_total_cost_as_a_size_class",
        "text": "全年计划总投资亿元以上的重点项目完成投资80亿元,增长12%。",
        "facts": [
            ("key_project_investment", "level", 80.0, 2023, "", "actual", None),
            ("key_project_investment", "yoy_pct", 12.0, 2023, "", "actual", None),
        ],
        "absent": [("key_project_investment", "level", 80.0, 2023, "", "target")],
    },
    {
        "id": "size_class_of_projects_after_the_subject",
        "text": "全县固定资产投资完成126亿元,计划投资5000万元以上项目增长15%,亿元以上项目增长21%。",
        "facts": [("fai", "level", 126.0, 2023, "", "actual", None)],
        "absent": [("fai", "level", 0.5), ("fai", "yoy_pct")],
    },
    {
        # near miss: an assessment's plan figure measured against the year's task is what was done
        "id": "planned_figure_with_its_completion_share",
        "text": "全县68个重点项目年度计划投资42.6亿元,占年任务的100%。",
        "facts": [
            ("key_project_investment", "level", 42.6, 2023, "", "actual", None),
            ("key_project_investment", "completion_pct", 100.0, 2023, "", "actual", None),
        ],
        "absent": [("key_project_investment", "level", 42.6, 2023, "", "target")],
    },
    # ---- contracted foreign capital (合同/协议利用外资) is not foreign capital in use (fdi)
    {
        "id": "contracted_then_used_foreign_capital",
        "text": "全年合同利用外资8600万美元,实际利用外资2300万美元,增长5.3%。",
        "facts": [
            ("fdi", "level", 2300.0, 2023, "", "actual", None),
            ("fdi", "yoy_pct", 5.3, 2023, "", "actual", None),
        ],
        "absent": [("fdi", "level", 8600.0)],
    },
    {
        "id": "contracted_foreign_capital_in_usd_hundred_millions",
        "meta": CITY,
        "text": "全年新批外资项目12个,合同外资1.2亿美元,增长15%;实际使用外资3600万美元,下降2.1%。",
        "facts": [
            ("fdi", "level", 3600.0, 2023, "", "actual", None),
            ("fdi", "yoy_pct", -2.1, 2023, "", "actual", None),
        ],
        "absent": [("fdi", "level", 12000.0), ("fdi", "yoy_pct", 15.0)],
    },
    {
        "id": "agreed_foreign_capital_alone",
        "text": "招商引资成效明显,全年协议利用外资2亿美元。",
        "facts": [],
        "absent": [("fdi",)],
    },
    {
        # the contracted domestic investment (合同引资) is investment_contracted, the funds in place attracted
        "id": "contracted_and_in_place_domestic_investment",
        "text": "全年新引进项目58个,合同引资156亿元,实际到位资金68.2亿元。",
        "facts": [
            ("investment_contracted", "level", 156.0, 2023, "", "actual", None),
            ("investment_attracted", "level", 68.2, 2023, "", "actual", None),
        ],
        "absent": [("investment_attracted", "level", 156.0)],
    },
    # ---- a segment's visitors and revenue (乡村旅游, A级景区, 红色旅游) are parts of the tourism totals
    {
        "id": "rural_tourism_visits_and_revenue",
        "text": "全年乡村旅游接待游客326万人次,增长21%,实现乡村旅游收入18.6亿元。",
        "facts": [],
        "absent": [("tourist_visits",), ("tourism_revenue",)],
    },
    {
        "id": "scenic_spots_visits_after_the_total",
        "meta": CITY,
        "text": "全市接待游客3560万人次,实现旅游综合收入386亿元;全市A级景区共接待游客1260万人次,门票收入5.2亿元。",
        "facts": [
            ("tourist_visits", "level", 3560.0, 2023, "", "actual", None),
            ("tourism_revenue", "level", 386.0, 2023, "", "actual", None),
        ],
        "absent": [("tourist_visits", "level", 1260.0), ("tourism_revenue", "level", 5.2)],
    },
    {
        "id": "key_scenic_spots_alone",
        "text": "全县重点景区接待游客186万人次,增长35%。",
        "facts": [],
        "absent": [("tourist_visits",)],
    },
    {
        "id": "red_tourism_in_a_bulletin",
        "text": "全年共接待国内外游客1256万人次,增长18.2%;其中红色旅游接待游客412万人次,红色旅游综合收入36.5亿元。",
        "facts": [
            ("tourist_visits", "level", 1256.0, 2023, "", "actual", None),
            ("tourist_visits", "yoy_pct", 18.2, 2023, "", "actual", None),
        ],
        "absent": [("tourist_visits", "level", 412.0), ("tourism_revenue",)],
    },
    {
        # near miss: the segment named after the totals, with no figure of its own
        "id": "rural_tourism_named_without_a_figure",
        "text": "全年接待游客856.3万人次,旅游综合收入68.5亿元,乡村旅游和景区建设成效明显。",
        "facts": [
            ("tourist_visits", "level", 856.3, 2023, "", "actual", None),
            ("tourism_revenue", "level", 68.5, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- a share indicator's level, then its change in points: the change is the share's
    {
        "id": "private_investment_share_then_its_change",
        "text": "全年民间投资占固定资产投资比重为56.2%,比上年提高1.3个百分点。",
        "facts": [
            ("private_investment_share", "level", 56.2, 2023, "", "actual", None),
            ("private_investment_share", "pp_change", 1.3, 2023, "", "actual", None),
        ],
        "absent": [("private_investment", "pp_change")],
    },
    {
        "id": "private_investment_growth_share_and_change",
        "meta": CITY,
        "text": "全市民间投资增长5.2%,占固定资产投资的比重为48.6%,较上年下降2.1个百分点。",
        "facts": [
            ("private_investment", "yoy_pct", 5.2, 2023, "", "actual", None),
            ("private_investment_share", "level", 48.6, 2023, "", "actual", None),
            ("private_investment_share", "pp_change", -2.1, 2023, "", "actual", None),
        ],
        "absent": [("private_investment", "pp_change")],
    },
    {
        "id": "livelihood_share_then_its_change",
        "text": "全年民生支出占一般公共预算支出的比重为80.2%,提高1.5个百分点。",
        "facts": [
            ("livelihood_spending_share", "level", 80.2, 2023, "", "actual", None),
            ("livelihood_spending_share", "pp_change", 1.5, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near misses: a share with no catalog indicator; a gap to another place after the share
        "id": "share_without_indicator_and_gap_to_another_place",
        "text": "全县工业投资占全部投资比重达到42%,提高5个百分点。全年民间投资占比达到58.3%,较全省平均水平高3.5个百分点。",
        "facts": [("private_investment_share", "level", 58.3, 2023, "", "actual", None)],
        "absent": [("private_investment_share", "pp_change"), ("industrial_investment",)],
    },
    # ---- funds secured from higher levels (争取上级资金, 争取中央预算内投资) are not attracted investment,
    # and 争取 before funds in a review says they were secured: not a target
    {
        "id": "secured_transition_funds_in_a_review",
        "text": "全年争取衔接资金3.2亿元,增长8%。",
        "facts": [
            ("poverty_funds", "level", 3.2, 2023, "", "actual", None),
            ("poverty_funds", "yoy_pct", 8.0, 2023, "", "actual", None),
        ],
        "absent": [("poverty_funds", "level", 3.2, 2023, "", "target")],
    },
    {
        "id": "secured_funds_in_place",
        "text": "全年争取到位资金12.5亿元,其中争取中央预算内投资3.2亿元。",
        "facts": [],
        "absent": [("investment_attracted",), ("fai",), ("key_project_investment",)],
    },
    {
        "id": "higher_level_funds_then_attracted",
        "meta": CITY,
        "text": "全市争取各类上级资金到位资金152亿元;招商引资到位资金485亿元,增长9.6%。",
        "facts": [
            ("investment_attracted", "level", 485.0, 2023, "", "actual", None),
            ("investment_attracted", "yoy_pct", 9.6, 2023, "", "actual", None),
        ],
        "absent": [("investment_attracted", "level", 152.0)],
    },
    {
        "id": "bond_and_loan_funds_in_place",
        "text": "全年专项债券资金到位资金8.6亿元,银行贷款到位资金12亿元。",
        "facts": [],
        "absent": [("investment_attracted",)],
    },
    {
        # near misses: 争取 before a growth or an outcome stays a target; next year's funds are a target
        "id": "striving_for_growth_and_next_year_funds",
        "text": "今年要争取地区生产总值增长7%,争取固定资产投资完成120亿元,争取衔接资金3.5亿元以上。",
        "facts": [
            ("gdp", "yoy_pct", 7.0, 2024, "", "target", None),
            ("fai", "level", 120.0, 2024, "", "target", None),
            ("poverty_funds", "level", 3.5, 2024, "", "target", None),
        ],
        "absent": [("fai", "level", 120.0, 2024, "", "actual"), ("poverty_funds", "level", 3.5, 2024, "", "actual")],
    },
    # ---- an assessment's task (年度任务) before the subject or right after it is the target; the outturn follows
    {
        "id": "annual_task_before_the_subject",
        "text": "招商引资:年度任务到位资金50亿元,实际到位52.6亿元,完成105.2%。",
        "facts": [
            ("investment_attracted", "level", 50.0, 2023, "", "target", None),
            ("investment_attracted", "level", 52.6, 2023, "", "actual", None),
        ],
        "absent": [("investment_attracted", "level", 50.0, 2023, "", "actual")],
    },
    {
        "id": "task_right_after_the_subject",
        "text": "全年外贸出口任务3000万美元,完成3260万美元,完成任务的108.7%。",
        "facts": [
            ("exports", "level", 3000.0, 2023, "", "target", None),
            ("exports", "level", 3260.0, 2023, "", "actual", None),
            ("exports", "completion_pct", 108.7, 2023, "", "actual", None),
        ],
        "absent": [("exports", "level", 3000.0, 2023, "", "actual")],
    },
    {
        "id": "annual_task_of_foreign_capital",
        "meta": CITY,
        "text": "全市全年任务实际利用外资1.5亿美元,实际完成1.62亿美元。",
        "facts": [
            ("fdi", "level", 15000.0, 2023, "", "target", None),
            ("fdi", "level", 16200.0, 2023, "", "actual", None),
        ],
        "absent": [("fdi", "level", 15000.0, 2023, "", "actual")],
    },
    {
        # a task all done is the outturn too (脱贫任务1200人,已全部脱贫); a task alone is a target
        "id": "task_all_done_is_an_outturn",
        "text": "2019年全县减贫任务1200人,已全部脱贫。2023年全县化债任务1.2亿元。",
        "facts": [
            ("poverty_people_lifted", "level", 1200.0, 2019, "", "actual", None),
            ("debt_resolved", "level", 1.2, 2023, "", "target", None),
        ],
        "absent": [("poverty_people_lifted", "level", 1200.0, 2019, "", "target")],
    },
    {
        # near misses: the task done (完成年度任务, 超额完成任务) is no target
        "id": "task_done_is_no_target",
        "text": "全年超额完成年度任务,招商引资到位资金52.6亿元;外贸出口完成任务3260万美元。",
        "facts": [
            ("investment_attracted", "level", 52.6, 2023, "", "actual", None),
            ("exports", "level", 3260.0, 2023, "", "actual", None),
        ],
        "absent": [
            ("investment_attracted", "level", 52.6, 2023, "", "target"),
            ("exports", "level", 3260.0, 2023, "", "target"),
        ],
    },
    {
        # (预计 governs the rest of its sentence: estimates; the task done makes no target)
        "id": "share_of_the_task_done_mid_year",
        "meta": {"year": 2023, "report_date": "2023-07-20"},
        "text": "上半年,全县预计完成项目投资25亿元;完成年度招商引资任务68%,到位资金34亿元。",
        "facts": [
            ("investment_attracted", "level", 34.0, 2023, "H1", "estimate", None),
            ("investment_attracted", "completion_pct", 68.0, 2023, "H1", "estimate", None),
        ],
        "absent": [
            ("investment_attracted", "completion_pct", 68.0, 2023, "H1", "target"),
            ("investment_attracted", "level", 34.0, 2023, "H1", "target"),
        ],
    },
    # ---- names of the totals the lexicon missed (recall, after the wrong numbers above)
    {
        "id": "industrial_fixed_asset_investment_and_tourist_total",
        "text": "全年工业固定资产投资增长18.6%,技改投资增长25%。全年旅游总人数1350万人次,旅游总收入128亿元。",
        "facts": [
            ("industrial_investment", "yoy_pct", 18.6, 2023, "", "actual", None),
            ("tourist_visits", "level", 1350.0, 2023, "", "actual", None),
            ("tourism_revenue", "level", 128.0, 2023, "", "actual", None),
        ],
        "absent": [("industrial_investment", "yoy_pct", 25.0), ("fai",)],
    },
    # ---- exports of one kind of firm (外资企业, 民营企业) are a part of exports
    {
        "id": "foreign_firms_exports_after_the_total",
        "text": "全年外贸出口1.2亿美元,增长9%;外资企业实现出口3500万美元,增长21%。",
        "facts": [
            ("exports", "level", 12000.0, 2023, "", "actual", None),
            ("exports", "yoy_pct", 9.0, 2023, "", "actual", None),
        ],
        "absent": [("exports", "level", 3500.0), ("exports", "yoy_pct", 21.0)],
    },
    {
        "id": "private_firms_exports_alone",
        "text": "全县民营企业完成出口额8600万美元。",
        "facts": [],
        "absent": [("exports",)],
    },
    # ---- other money of the key projects (loans, expenses, compensation, budget funds) is not their investment
    {
        "id": "loans_for_key_projects",
        "text": "全年为重点项目融资投放贷款56亿元,重点项目完成投资126亿元,完成年度计划的105%。",
        "facts": [
            ("key_project_investment", "level", 126.0, 2023, "", "actual", None),
            ("key_project_investment", "completion_pct", 105.0, 2023, "", "actual", None),
        ],
        "absent": [("key_project_investment", "level", 56.0)],
    },
    {
        "id": "compensation_and_expenses_of_key_projects",
        "meta": CITY,
        "text": "全市兑付重点项目征地拆迁补偿资金8.6亿元,安排重点项目前期经费1.2亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        "id": "budget_funds_in_place_for_key_projects",
        "text": "全年重点项目中央预算内投资到位3.2亿元,省级补助资金到位1.5亿元。",
        "facts": [],
        "absent": [("key_project_investment",), ("investment_attracted",)],
    },
    # ---- 完成投资 after a total cost continues projects or investment, not funds attracted; 招商引资 expenses
    {
        "id": "invested_after_the_total_cost_of_attracted_projects",
        "text": "全年招商引资项目总投资320亿元,完成投资86亿元;招商引资工作经费投入800万元。"
        "全年新引进招商引资项目42个,总投资186亿元,当年完成投资38亿元。",
        "facts": [],
        "absent": [("investment_attracted",), ("key_project_investment",)],
    },
    {
        "id": "invested_after_the_total_cost_of_projects_of_a_kind",
        "text": "全年新开工固定资产投资项目56个,总投资320亿元,完成投资86亿元。全年实施民间投资项目36个,总投资120亿元,完成投资45亿元。",
        "facts": [],
        "absent": [("fai", "level"), ("private_investment", "level")],
    },
    {
        # near miss: the attracted funds in place after the signed projects' total cost stay
        "id": "funds_in_place_after_the_total_cost",
        "text": "全年招商引资签约项目35个,总投资212亿元,到位资金56亿元。",
        "facts": [("investment_attracted", "level", 56.0, 2023, "", "actual", None)],
        "absent": [("investment_attracted", "level", 212.0)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)
