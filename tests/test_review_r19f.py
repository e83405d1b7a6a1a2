"""Review r19f of helper k7's seven rules (tests/test_constructions_r19d.py), attacked with passages of other
genres (audit findings, budget execution reports, self-checks, plan tables, island districts) and other meanings
of their trigger words. Every passage is written for this file (not copied from any corpus). Per rule: what was
probed, what misfired, what was narrowed.

1. time task_revised_from (a 下达 task 由X调减至Y: X is no fact). Probed: quotas of other things (考核指标由8项调整为12
   项, 建设用地指标由300亩调增至450亩: no fact), a goal named 任务/指标 (预期指标由8%调整为6.5%), a budget task,
   an audit finding. Misfired: an audit's unapproved revision (县林业局将年度造林任务由3万亩调减为2万亩,未报省林业局
   批准) read 2万亩 as the year's target: the task in force is neither surely. Narrowed: time
   task_revision_unapproved (spans.unapproved_task_revision) drops the revised task too in such a sentence.
   Not narrowed, reported: the drop of X is not the mechanism of the region's own goals (目标由8%调整为6.5% keeps
   both, flagged conflict; the panel's evidence.adjusted_targets pairs them, and its cue panel/target_adjusted
   already pairs 调减至/调整到 between a task's two figures too), and 预期指标由8%调整为6.5% drops 8 while
   预期目标由8%调整为6.5% keeps it: pinned below as it reads now.
2. completion field_named / generic_words (a share of another field's task). Probed: 就业培训任务, 网络零售任务,
   税收任务, 非税收入任务, 工业任务, 收入任务, 引资任务. Misfired: 完成就业培训任务的120% after 城镇新增就业 kept as
   the jobs' completion (就业 is shared; the name's head is 培训); 完成网络零售任务的140% after 社会消费品零售总额
   (零售 shared). Narrowed: the name's head (its last two characters) must be the subject's (measures.
   completion_field_fits); 网络零售/电商 a field of no catalog indicator in completion_fields.csv.
3. measure_after part_done / plan_rate_before (≥50 and >5× the plan: progress, not growth). Probed: plan tables
   of a self-check with high real growth (招商引资 计划10%,1-11月完成65%; 实际利用外资 目标8%,完成120%), a rate
   item, an energy item, 完成年度目标的95%. No wrong number: the figures it drops are ambiguous (missing, not
   wrong); 计划12%,上半年完成52% stays read as growth (under 5×): left, a numeric judgement.
4. continuation funds_one_level (省级…资金,投入X). Probed: every level, a list of levels, 县级, 市级以上, 上级下达的.
   Misfired: 统筹县级财政衔接资金,投入0.8亿元 and 统筹市级以上财政衔接资金,投入2.1亿元 read as the year's funds
   (县本级 was a part, 县级 not). Narrowed: 县级 and …以上 in the cue.
5. place one_char_town / block part_before (islands). Probed: 村庄乡村…, 集镇, 全岛, 本岛, 平潭岛 in 平潭县, 海岛 in
   an island county. No wrong number; 海岛 (any island, a common word) in 长海县 drops the county's GDP (missing):
   left, reported.
6. time that_year_after_month_span. Probed: 当年价格 after 去年10月以来 (a price basis), a five-year review,
   2023年10月起 in a report on 2023. Misfired: 去年10月以来,…按当年价格计算,地区生产总值完成150亿元,增长6.5% lost
   the year's GDP (当年 there dates nothing). Narrowed: time that_year_price (printed_year).
7. block department_budget. Probed: an audit bureau's audit of the budget, a budget's management reform, the tax
   bureau's revenue task, the finance bureau's own department budget. Misfired: 县审计局2023年度预算执行审计发现,
   一般公共预算支出28.6亿元 (the county's, lost); 县政府办公室预算管理改革持续深化,一般公共预算收入完成12.5亿元
   (lost); 税务局预算收入…,一般公共预算收入完成12.5亿元 (lost); 县财政局部门预算收入合计0.3亿元,一般公共预算支出
   0.28亿元 read as the county's spending (a wrong number: the finance bureau as a department). Narrowed: the
   tax bureau is no department there, nor the audit bureau before 预算执行 (its audit), the finance and tax
   bureaus are when 部门 follows, and 预算 before 管理/改革/初审/审查/审议/监督 is no department's budget (a first
   narrowing with 审计/编制/绩效 there let a department's audited accounts and drawn-up budget through as the
   county's: kept as cases).
"""

from __future__ import annotations

import pytest
from passages import check_case

#: A county's work report of January 2024 on 2023.
META = {"year": 2023, "report_date": "2024-01-10", "region": "桐梓县", "level": "county"}
SELF_CHECK = {"report_date": "2023-12-15"}
BUDGET = {"report_type": "预算执行情况报告"}
AUDIT = {"report_type": "其他"}

JOBS = "new_urban_jobs"
FUNDS = "poverty_funds"
REV = "general_budget_revenue"
SPEND = "fiscal_expenditure"

CASES: list[dict] = [
    # ---- 1. task_revised_from
    {
        # misfired: an audit's finding of a revision without approval; neither task is surely in force
        "id": "audit_unapproved_task_cut",
        "meta": AUDIT,
        "text": "审计发现,县林业局将年度造林任务由3万亩调减为2万亩,未报省林业局批准,实际完成造林1.8万亩。",
        "facts": [("afforestation", "level", 18000, 2023, "", "actual", None)],
        "absent": [("afforestation", "level", 20000), ("afforestation", "level", 30000)],
    },
    {
        "id": "audit_task_cut_on_its_own",
        "meta": AUDIT,
        "text": "县人社局擅自将城镇新增就业任务由4000人调减为3000人,全年城镇新增就业3100人。",
        "facts": [(JOBS, "level", 3100, 2023, "", "actual", None)],
        "absent": [(JOBS, "level", 3000), (JOBS, "level", 4000)],
    },
    {
        # must trigger: a self-check's task raised by the city, the new task kept
        "id": "task_raised_by_the_city",
        "meta": SELF_CHECK,
        "text": "市下达的城镇新增就业任务从4000人调整为4500人,全年城镇新增就业4620人。",
        "facts": [(JOBS, "level", 4500, 2023, "", "target", None), (JOBS, "level", 4620, 2023, "", "actual", None)],
        "absent": [(JOBS, "level", 4000)],
    },
    {
        # must trigger: a task of money in place with 数
        "id": "task_with_shu",
        "text": "城镇新增就业任务数由4000人调增至4500人。",
        "facts": [(JOBS, "level", 4500, 2023, "", "target", None)],
        "absent": [(JOBS, "level", 4000)],
    },
    {
        # near miss: a count of assessment items revised: no fact, the jobs after it the year's
        "id": "near_count_of_indicators",
        "text": "考核指标由8项调整为12项,城镇新增就业4620人。",
        "facts": [(JOBS, "level", 4620, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: a revised statistical figure (an actual): the revision, not a task
        "id": "near_revised_statistics_indicator",
        "text": "经统计部门核定,地区生产总值指标由186.2亿元调整为195.4亿元。",
        "facts": [("gdp", "level", 195.4, 2023, "", "actual", None)],
        "absent": [("gdp", "level", 186.2)],
    },
    {
        # the region's own goal named 目标 keeps both targets (panel: evidence.adjusted_targets pairs them)
        "id": "own_goal_keeps_both",
        "text": "经县人大常委会批准,地区生产总值增长预期目标由8%调整为6.5%。",
        "facts": [("gdp", "yoy_pct", 8, 2023, "", "target", None), ("gdp", "yoy_pct", 6.5, 2023, "", "target", None)],
        "absent": [],
    },
    {
        # the same goal named 指标 drops the first (as it reads now: the two mechanisms disagree; reported)
        "id": "own_goal_named_zhibiao_reads_the_adjusted",
        "text": "经县人大常委会批准,地区生产总值增长预期指标由8%调整为6.5%。",
        "facts": [("gdp", "yoy_pct", 6.5, 2023, "", "target", None)],
        "absent": [],
    },
    # ---- 2. completion field_named / generic_words
    {
        # misfired: 就业培训 shares 就业 with the subject; its head is 培训
        "id": "employment_training_task",
        "text": "城镇新增就业5200人,完成就业培训任务的120%。",
        "facts": [(JOBS, "level", 5200, 2023, "", "actual", None)],
        "absent": [(JOBS, "completion_pct")],
    },
    {
        # misfired: online retail is no share of the retail sales (completion_fields.csv)
        "id": "online_retail_task",
        "text": "社会消费品零售总额完成45亿元,完成网络零售任务的140%。",
        "facts": [("retail_sales", "level", 45, 2023, "", "actual", None)],
        "absent": [("retail_sales", "completion_pct")],
    },
    {
        # must trigger: a tax task after the budget revenue: no share of it
        "id": "tax_task_after_budget_revenue",
        "meta": BUDGET,
        "text": "一般公共预算收入完成12.5亿元,完成市下达税收任务的102.3%。",
        "facts": [(REV, "level", 12.5, 2023, "", "actual", None)],
        "absent": [(REV, "completion_pct")],
    },
    {
        # near miss: the subject's own task, its head 就业
        "id": "near_own_jobs_task",
        "text": "城镇新增就业5200人,完成城镇新增就业任务的115%。",
        "facts": [
            (JOBS, "level", 5200, 2023, "", "actual", None),
            (JOBS, "completion_pct", 115, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "near_revenue_task",
        "meta": BUDGET,
        "text": "一般公共预算收入完成12.5亿元,完成收入任务的102.3%。",
        "facts": [(REV, "completion_pct", 102.3, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_industry_task",
        "text": "规模以上工业增加值增长8%,完成市下达工业任务的110%。",
        "facts": [("industrial_va", "completion_pct", 110, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_consumption_task",
        "text": "社会消费品零售总额完成45亿元,完成消费任务的101%。",
        "facts": [("retail_sales", "completion_pct", 101, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- 3. part_done / plan_rate_before
    {
        # must trigger: a plan table's progress
        "id": "plan_table_progress",
        "meta": SELF_CHECK,
        "text": "一般公共预算收入增长:计划6%,1-11月完成92%。",
        "facts": [(REV, "yoy_pct", 6, 2023, "", "target", None)],
        "absent": [(REV, "yoy_pct", 92)],
    },
    {
        # ambiguous (growth of 120% or the plan's share): missing rather than wrong
        "id": "plan_table_high_outturn_dropped",
        "meta": SELF_CHECK,
        "text": "实际利用外资增长:目标8%,完成120%。",
        "facts": [("fdi", "yoy_pct", 8, 2023, "", "target", None)],
        "absent": [("fdi", "yoy_pct", 120)],
    },
    {
        # near miss: an outturn near the plan stays the growth
        "id": "near_energy_item",
        "meta": SELF_CHECK,
        "text": "单位GDP能耗降低:计划3%,完成3.5%。",
        "facts": [("energy_intensity", "yoy_pct", -3.5, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: a share of the year's goal named stays a completion
        "id": "near_share_of_goal_named",
        "meta": SELF_CHECK,
        "text": "固定资产投资增长:目标增长8%,1-11月完成年度目标的95%。",
        "facts": [("fai", "completion_pct", 95, 2023, "M1-M11", "actual", None)],
        "absent": [("fai", "yoy_pct", 95)],
    },
    # ---- 4. funds_one_level
    {
        # misfired: the county level's own funds are a part
        "id": "county_level_funds",
        "text": "统筹县级财政衔接资金,投入0.8亿元。",
        "facts": [],
        "absent": [(FUNDS,)],
    },
    {
        # misfired: the levels above the county's are a part
        "id": "funds_of_levels_above",
        "text": "统筹市级以上财政衔接资金,投入2.1亿元。",
        "facts": [],
        "absent": [(FUNDS,)],
    },
    {
        # must trigger: two upper levels listed
        "id": "central_and_province_funds",
        "text": "统筹中央和省级财政衔接推进乡村振兴补助资金,累计投入2.5亿元。",
        "facts": [],
        "absent": [(FUNDS,)],
    },
    {
        # near miss: every level named is the whole
        "id": "near_three_levels",
        "text": "统筹省、市、县三级财政衔接资金,投入2.1亿元。",
        "facts": [(FUNDS, "level", 2.1, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: 县级 before the verb: the county level integrates every level's funds
        "id": "near_county_level_integrates",
        "text": "县级统筹整合财政涉农资金,投入3.2亿元。",
        "facts": [(FUNDS, "level", 3.2, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_every_level",
        "text": "整合各级财政涉农资金,投入3.2亿元。",
        "facts": [(FUNDS, "level", 3.2, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- 5. one_char_town / islands
    {
        # near miss: 村庄乡村 is no town 庄乡
        "id": "near_village_word",
        "meta": {"region": "崇明区"},
        "text": "新建村庄乡村振兴示范村,地区生产总值增长4.1%。",
        "facts": [("gdp", "yoy_pct", 4.1, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: the island the county is named after is the county
        "id": "near_own_island",
        "meta": {"region": "平潭县"},
        "text": "平潭岛地区生产总值增长6%。",
        "facts": [("gdp", "yoy_pct", 6, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_whole_island",
        "meta": {"region": "崇明区"},
        "text": "全岛地区生产总值完成400亿元。",
        "facts": [("gdp", "level", 400, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # must trigger: an island of the district
        "id": "island_of_the_district",
        "meta": {"region": "崇明区"},
        "text": "长兴岛地区生产总值完成88亿元。",
        "facts": [],
        "absent": [("gdp",)],
    },
    {
        # must trigger: a one-character town
        "id": "one_char_town_revenue",
        "text": "店镇一般公共预算收入增长5%。",
        "facts": [],
        "absent": [(REV,)],
    },
    # ---- 6. that_year_after_month_span
    {
        # misfired: 当年价格 is a price basis, the GDP the year's
        "id": "price_basis_after_span",
        "text": "去年10月以来,全县经济持续回暖,按当年价格计算,地区生产总值完成150亿元,增长6.5%。",
        "facts": [("gdp", "level", 150, 2023, "", "actual", None), ("gdp", "yoy_pct", 6.5, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # must trigger: a span from a month of 2019 in a review, 当年 of it
        "id": "span_of_an_earlier_year",
        "text": "2019年7月起,我县实施“双百工程”,五年累计新增就业2.1万人,当年城镇新增就业4620人。",
        "facts": [],
        "absent": [(JOBS, "level", 4620)],
    },
    {
        # must trigger: a self-check of December 2023, 去年 = 2022
        "id": "span_from_last_year_in_a_self_check",
        "meta": {"report_date": "2023-12-20"},
        "text": "去年10月起,全县启动国土绿化行动,当年完成造林1.2万亩。",
        "facts": [],
        "absent": [("afforestation",)],
    },
    {
        # near miss: a span of the year described, printed
        "id": "near_span_of_the_year",
        "text": "2023年10月起,全县实施消费券发放,当年社会消费品零售总额完成45亿元。",
        "facts": [("retail_sales", "level", 45, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- 7. department_budget
    {
        # misfired: the audit bureau's audit of the county's budget execution
        "id": "audit_bureau_audits_the_budget",
        "meta": AUDIT,
        "text": "县审计局2023年度预算执行审计发现,一般公共预算支出28.6亿元,增长4%。",
        "facts": [(SPEND, "level", 28.6, 2023, "", "actual", None), (SPEND, "yoy_pct", 4, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # misfired: a budget's management reform, not an office's budget
        "id": "budget_management_reform",
        "meta": BUDGET,
        "text": "县政府办公室预算管理改革持续深化,一般公共预算收入完成12.5亿元。",
        "facts": [(REV, "level", 12.5, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # misfired: the tax bureau collects the county's revenue
        "id": "tax_bureau_revenue_task",
        "meta": BUDGET,
        "text": "县税务局年度预算收入任务顺利完成,一般公共预算收入完成12.5亿元,增长5%。",
        "facts": [(REV, "level", 12.5, 2023, "", "actual", None), (REV, "yoy_pct", 5, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # misfired (a wrong number): the finance bureau's own department budget
        "id": "finance_bureau_department_budget",
        "meta": BUDGET,
        "text": "县财政局部门预算收入合计0.3亿元,一般公共预算支出0.28亿元。",
        "facts": [],
        "absent": [(SPEND,)],
    },
    {
        # must trigger: a media centre's budget
        "id": "centre_budget",
        "meta": BUDGET,
        "text": "县融媒体中心年度预算一般公共预算支出0.2亿元。",
        "facts": [],
        "absent": [(SPEND,)],
    },
    {
        # the committee of the people's congress reviews the county's budget
        "id": "congress_committee_review",
        "meta": BUDGET,
        "text": "县人大财政经济委员会预算初审意见认为,全县一般公共预算收入完成12.5亿元。",
        "facts": [(REV, "level", 12.5, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # must trigger (the narrowing must not reach it): a department's accounts audited
        "id": "department_accounts_audited",
        "meta": AUDIT,
        "text": "县教育局2023年度部门决算审计发现,一般公共预算支出5.2亿元。",
        "facts": [],
        "absent": [(SPEND,)],
    },
    {
        # must trigger: a department's budget drawn up
        "id": "department_budget_drawn_up",
        "meta": BUDGET,
        "text": "县卫健局部门预算编制情况:一般公共预算支出2.9亿元。",
        "facts": [],
        "absent": [(SPEND,)],
    },
    {
        # must trigger: the audit bureau's own budget
        "id": "audit_bureau_own_budget",
        "meta": BUDGET,
        "text": "县审计局2023年度预算:一般公共预算支出0.05亿元。",
        "facts": [],
        "absent": [(SPEND,)],
    },
    {
        # near miss: the finance bureau's report of the county's budget
        "id": "near_finance_bureau_report",
        "meta": BUDGET,
        "text": "根据县财政局预算执行情况,全县一般公共预算收入完成12.5亿元。",
        "facts": [(REV, "level", 12.5, 2023, "", "actual", None)],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_r19f(case):
    check_case(case, META)
